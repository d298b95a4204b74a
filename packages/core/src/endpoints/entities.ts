import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { linkSchema } from '../models/link.ts';
import { objectSchema } from '../models/object.ts';
import { anyObject, commaList, flag, id, pathParam, timestamp } from '../schema/conventions.ts';

/** An entity is an object or a link; both answer with their own model. */
const entitySchema = () => z.union([objectSchema(), linkSchema()]);
/** What `fields` can select on an entity: the object fields and a link's own ones. */
const entityFields = () =>
  z.extend(
    objectSchema(),
    z.partial(z.pick(linkSchema(), { source: true, target: true, source_name: true, target_name: true })).shape,
  );

export const entitiesGet = defineEndpoint({
  id: 'entities.get',
  section: 'Entities',
  title: 'Get Entity by ID',
  method: 'GET',
  path: '/node/api/entities/:id',
  permissions: 'entityPermissions',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({ fields: z.optional(commaList()) })),
    response: entitySchema(),
    fields: entityFields(),
  }),
});

export const entitiesSetManualState = defineEndpoint({
  id: 'entities.setManualState',
  section: 'Entities',
  title: "Set Entity's Manual State",
  method: 'PUT',
  path: '/node/api/entities/:id/manual-state',
  permissions: 'entityPermissions & (modify-objects | manage-objects | modify-links | manage-links)',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.looseObject({
      // Documented as required, but not needed with `clear: true`.
      stateId: z.optional(id()),
      // Typed String in the docs; the examples send a boolean.
      clear: z.optional(flag()),
      since: z.optional(timestamp()),
      until: z.optional(timestamp()),
      clearedByStateId: z.optional(z.array(id())),
      reason: z.optional(z.string()),
      /** Newest docs: while pinned, the entity drops agent data and REST stat writes. */
      unmanaged: z.optional(z.boolean()),
    }),
    // `manual_state` holds the pin (state, reason, user); it is null after clearing.
    response: entitySchema(),
  }),
});

export const entitiesSetStat = defineEndpoint({
  id: 'entities.setStat',
  section: 'Entities',
  title: 'Set Entity Stat',
  method: 'POST',
  path: '/node/api/entities/:id/stat',
  permissions: 'entityPermissions + (modify-objects | manage-objects)',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'empty',
  // Free-form agent data, e.g. { averageCpuLoad: { oneMinuteAverageLoad: 1.2 } }; unmanaged entities ignore it.
  schemas: () => ({ path: z.object({ id: pathParam() }), body: anyObject() }),
});

export const entitiesSetState = defineEndpoint({
  id: 'entities.setState',
  section: 'Entities',
  title: 'Set Entity State',
  method: 'PUT',
  path: '/node/api/entities/:id/state',
  permissions: 'entityPermissions & (modify-objects | manage-objects | modify-links | manage-links)',
  permissionsSource: 'sibling',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    // snake_case here, unlike `stateId` of the manual-state call.
    body: z.looseObject({ state_id: id() }),
    response: entitySchema(),
  }),
});
