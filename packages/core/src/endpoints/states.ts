import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { stateSchema } from '../models/state.ts';
import { id, int, maybe, pathParam } from '../schema/conventions.ts';

/** The writable fields of a state. */
const stateBody = () =>
  z.looseObject({
    // One doc version's example sends an id; servers assign it otherwise.
    id: maybe(id()),
    name: maybe(z.string()),
    ui: maybe(
      z.looseObject({
        colors: maybe(
          z.looseObject({
            /** Defaults to rgb(40 173 250) when omitted. */
            main: maybe(z.string()),
            shadow: maybe(z.string()),
            light: maybe(z.string()),
            background: maybe(z.string()),
            svgBackground: maybe(z.array(z.string())),
          }),
        ),
      }),
    ),
    /** Defaults to 0 when omitted. */
    priority: maybe(int()),
  });

export const statesCreate = defineEndpoint({
  id: 'states.create',
  section: 'States',
  title: 'Create State',
  method: 'POST',
  path: '/node/api/states',
  permissions: 'manage-configuration',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: stateBody(),
    response: stateSchema(),
  }),
});

export const statesDelete = defineEndpoint({
  id: 'states.delete',
  section: 'States',
  title: 'Delete State',
  method: 'DELETE',
  path: '/node/api/states/:id',
  permissions: 'manage-configuration',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.unknown(),
  }),
});

export const statesList = defineEndpoint({
  id: 'states.list',
  section: 'States',
  title: 'Get All States',
  method: 'GET',
  path: '/node/api/states',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.array(stateSchema()),
  }),
});

export const statesUpdate = defineEndpoint({
  id: 'states.update',
  section: 'States',
  title: 'Update State',
  method: 'PATCH',
  path: '/node/api/states/:id',
  permissions: 'manage-configuration',
  permissionsSource: 'sibling',
  provenance: 'inferred',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: stateBody(),
    response: z.unknown(),
  }),
});
