import * as z from 'zod/mini';
import { defineEndpoint } from '../registry/define.ts';
import { anyObject, id, maybe, pathParam } from '../schema/conventions.ts';

export const bulksRunForObjects = defineEndpoint({
  id: 'bulks.runForObjects',
  section: "Bulks",
  title: "Run Bulk Operation for Objects",
  summary: "Starts an asynchronous batch change on all objects matching a search filter and returns its bulk id.",
  method: 'POST',
  path: '/node/api/bulk/objects',
  permissions: "run-bulks & manage-objects",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      search: maybe(anyObject()),
      bulk: maybe(z.array(z.looseObject({
        modify: maybe(anyObject()),
        properties: maybe(z.looseObject({
          createOrModify: maybe(anyObject()),
        })),
        stateConditions: maybe(anyObject()),
        stateTriggers: maybe(anyObject()),
        incidentConditions: maybe(anyObject()),
      }))),
    })),
    response: z.looseObject({
      bulkId: maybe(id()),
      finished: maybe(z.unknown()),
    }),
  }),
});

export const bulksStatus = defineEndpoint({
  id: 'bulks.status',
  section: "Bulks",
  title: "Get Bulk Operation Status",
  summary: "Reports whether an asynchronous bulk operation has finished.",
  method: 'GET',
  path: '/node/api/bulk/:id/status',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.looseObject({
      finished: maybe(z.boolean()),
    }),
  }),
});
