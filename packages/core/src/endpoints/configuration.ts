import * as z from 'zod/mini';
import { defineEndpoint } from '../registry/define.ts';
import { maybe } from '../schema/conventions.ts';

export const configurationGet = defineEndpoint({
  id: 'configuration.get',
  section: "Configuration",
  title: "Get Server Configuration",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'GET',
  path: '/node/api/configuration',
  permissions: "",
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.unknown(),
  }),
});

export const configurationUpdate = defineEndpoint({
  id: 'configuration.update',
  section: "Configuration",
  title: "Update Server Configuration",
  summary: "Changes server configuration settings and returns the resulting configuration.",
  method: 'PATCH',
  path: '/node/api/configuration',
  permissions: "manage-configuration",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      server: maybe(z.looseObject({
        retain_expired_stat: maybe(z.unknown()),
        history_update_period: maybe(z.unknown()),
        stat_scan_period: maybe(z.unknown()),
        event_log_max_bytes: maybe(z.unknown()),
        default_result_timeout: maybe(z.unknown()),
        incident_timeout: maybe(z.unknown()),
        email: maybe(z.unknown()),
        user: maybe(z.looseObject({
          new_user_access: maybe(z.unknown()),
        })),
      })),
    })),
    response: z.unknown(),
  }),
});
