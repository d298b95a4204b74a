import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { anyObject, opt, pathParam } from '../schema/conventions.ts';

export const bulksRunForObjects = defineEndpoint({
  id: 'bulks.runForObjects',
  section: 'Bulks',
  title: 'Run Bulk Operation for Objects',
  method: 'POST',
  path: '/node/api/bulk/objects',
  permissions: 'run-bulks & manage-objects',
  provenance: 'documented',
  // changes every object the search matches (an empty search: all of them)
  effect: 'destructive',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      /** Object Search criteria (Mongo-style, e.g. `{ name: { $regex: '^CPU$' } }`); empty selects every object. */
      search: z.optional(anyObject()),
      /** The changes applied to each matched object. */
      bulk: z.optional(
        z.array(
          z.looseObject({
            modify: z.optional(anyObject()),
            // The docs' example writes the key dotted, as here; their field table nests it under `properties`.
            'properties.createOrModify': z.optional(anyObject()),
            properties: z.optional(z.looseObject({ createOrModify: z.optional(anyObject()) })),
            stateConditions: z.optional(anyObject()),
            stateTriggers: z.optional(anyObject()),
            incidentConditions: z.optional(anyObject()),
          }),
        ),
      ),
    }),
    response: z.looseObject({
      bulkId: opt(z.string()),
      finished: opt(z.boolean()),
    }),
  }),
});

export const bulksStatus = defineEndpoint({
  id: 'bulks.status',
  section: 'Bulks',
  title: 'Get Bulk Operation Status',
  method: 'GET',
  // Some doc samples use /bulks/ (plural); the documented path is singular.
  path: '/node/api/bulk/:id/status',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.looseObject({
      finished: opt(z.boolean()),
    }),
  }),
});
