import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { incidentLevelSchema } from '../models/incident-level.ts';
import { int, maybe, pathParam } from '../schema/conventions.ts';

/** The writable fields of an incident level. */
const levelBody = () =>
  z.looseObject({
    name: maybe(z.string()),
    ui: maybe(
      z.looseObject({
        colors: maybe(
          z.looseObject({
            /** Hex RGB, e.g. `#808080`. */
            main: maybe(z.string()),
          }),
        ),
      }),
    ),
    description: maybe(z.string()),
    comment: maybe(z.string()),
    /** The level's rank; the web interface cannot change it, this call can. */
    priority: maybe(int()),
  });

export const incidentLevelsCreate = defineEndpoint({
  id: 'incidentLevels.create',
  section: 'Incident Levels',
  title: 'Create Incident Level',
  method: 'POST',
  path: '/node/api/incident-levels',
  permissions: 'manage-configuration',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: levelBody(),
    response: incidentLevelSchema(),
  }),
});

export const incidentLevelsDelete = defineEndpoint({
  id: 'incidentLevels.delete',
  section: 'Incident Levels',
  title: 'Delete Incident Level',
  method: 'DELETE',
  path: '/node/api/incident-levels/:id',
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

export const incidentLevelsUpdate = defineEndpoint({
  id: 'incidentLevels.update',
  section: 'Incident Levels',
  title: 'Update Incident Level',
  method: 'PATCH',
  path: '/node/api/incident-levels/:id',
  permissions: 'manage-configuration',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(
      z.looseObject({
        /** Renumber the priorities of all levels from 0 without gaps (newer docs only). */
        recalcPriority: z.optional(int()),
      }),
    ),
    body: levelBody(),
    response: incidentLevelSchema(),
  }),
});
