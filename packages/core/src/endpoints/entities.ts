import * as z from 'zod/mini';
import { defineEndpoint } from '../registry/define.ts';
import { anyObject, commaList, id, int, maybe, pathParam } from '../schema/conventions.ts';

export const entitiesGet = defineEndpoint({
  id: 'entities.get',
  section: "Entities",
  title: "Get Entity by ID",
  summary: "Fetches a single object or link by its ID, whichever kind the ID belongs to.",
  method: 'GET',
  path: '/node/api/entities/:id',
  permissions: "entityPermissions",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({
      fields: z.optional(commaList()),
    })),
    response: z.unknown(),
  }),
});

export const entitiesSetManualState = defineEndpoint({
  id: 'entities.setManualState',
  section: "Entities",
  title: "Set Entity's Manual State",
  summary: "Pins an object or link to a chosen state (optionally time-bounded or unmanaged) or clears such a pin.",
  method: 'PUT',
  path: '/node/api/entities/:id/manual-state',
  permissions: "entityPermissions",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      stateId: id(),
      clear: maybe(z.string()),
      until: maybe(int()),
      clearedByStateId: maybe(z.array(z.unknown())),
      reason: maybe(z.string()),
      since: maybe(int()),
      unmanaged: maybe(z.boolean()),
    }),
    response: z.looseObject({
      manual_state: maybe(anyObject()),
    }),
  }),
});

export const entitiesSetStat = defineEndpoint({
  id: 'entities.setStat',
  section: "Entities",
  title: "Set Entity Stat",
  summary: "Pushes monitoring data (stat) into an object or link, like an agent would.",
  method: 'POST',
  path: '/node/api/entities/:id/stat',
  permissions: "entityPermissions + (modify-objects | manage-objects)",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.optional(z.looseObject({})),
  }),
});

export const entitiesSetState = defineEndpoint({
  id: 'entities.setState',
  section: "Entities",
  title: "Set Entity State",
  summary: "Switches an object or link to a given state and returns the updated entity.",
  method: 'PUT',
  path: '/node/api/entities/:id/state',
  permissions: "entityPermissions",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      state_id: id(),
    }),
    response: z.unknown(),
  }),
});
