import * as z from 'zod/mini';
import { incidentLevelSchema } from '../models/incident-level.ts';
import { defineEndpoint } from '../registry/define.ts';
import { int, maybe, pathParam } from '../schema/conventions.ts';

export const incidentLevelsCreate = defineEndpoint({
  id: 'incidentLevels.create',
  section: "Incident Levels",
  title: "Create Incident Level",
  summary: "Adds a new custom incident level.",
  method: 'POST',
  path: '/node/api/incident-levels',
  permissions: "manage-configuration",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      ui: maybe(z.looseObject({
        colors: maybe(z.looseObject({
          main: maybe(z.string()),
        })),
      })),
      description: maybe(z.string()),
      comment: maybe(z.string()),
    })),
    response: incidentLevelSchema(),
  }),
});

export const incidentLevelsDelete = defineEndpoint({
  id: 'incidentLevels.delete',
  section: "Incident Levels",
  title: "Delete Incident Level",
  summary: "Not found in the stored documentation; method and path follow the pattern of its documented siblings.",
  method: 'DELETE',
  path: '/node/api/incident-levels/:id',
  permissions: "",
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
  section: "Incident Levels",
  title: "Update Incident Level",
  summary: "Modifies an existing incident level and returns it.",
  method: 'PATCH',
  path: '/node/api/incident-levels/:id',
  permissions: "manage-configuration",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    query: z.optional(z.looseObject({
      recalcPriority: z.optional(int()),
    })),
    body: z.optional(z.looseObject({
      name: maybe(z.string()),
      ui: maybe(z.looseObject({
        colors: maybe(z.looseObject({
          main: maybe(z.string()),
        })),
      })),
      description: maybe(z.string()),
      comment: maybe(z.string()),
    })),
    response: incidentLevelSchema(),
  }),
});
