import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { anyObject, int, maybe } from '../schema/conventions.ts';

/** The server configuration document (its documented part; other sections pass through). */
const configuration = () =>
  z.looseObject({
    /** Whether incident conditions (alarm generation conditions) are on; when `false`, setting them answers 409. */
    conditional_incidents_enabled: maybe(z.boolean()),
    server: maybe(
      z.looseObject({
        retain_expired_stat: maybe(z.boolean()),
        /** ms */
        history_update_period: maybe(int()),
        /** ms */
        stat_scan_period: maybe(int()),
        /** A size such as `"1 G"`. */
        event_log_max_bytes: maybe(z.union([z.string(), z.number()])),
        /** ms */
        default_result_timeout: maybe(int()),
        /** How long cleared incidents stay active before going to history, in ms. */
        incident_timeout: maybe(int()),
        email: maybe(
          z.looseObject({
            disabled: maybe(z.boolean()),
            transport: maybe(anyObject()),
            fields: maybe(anyObject()),
            max_json_length: maybe(int()),
          }),
        ),
        user: maybe(
          z.looseObject({
            new_user_access: maybe(z.string()),
          }),
        ),
      }),
    ),
  });

export const configurationGet = defineEndpoint({
  id: 'configuration.get',
  section: 'Configuration',
  title: 'Get Server Configuration',
  method: 'GET',
  path: '/node/api/configuration',
  permissions: '',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: configuration(),
  }),
});

export const configurationUpdate = defineEndpoint({
  id: 'configuration.update',
  section: 'Configuration',
  title: 'Update Server Configuration',
  method: 'PATCH',
  path: '/node/api/configuration',
  permissions: 'manage-configuration',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: configuration(),
    response: configuration(),
  }),
});
