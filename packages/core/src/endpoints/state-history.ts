import * as z from 'zod/mini';
import { stateHistorySchema } from '../models/state-history.ts';
import { defineEndpoint } from '../registry/define.ts';
import { flag, int, repeated, timeBound } from '../schema/conventions.ts';

export const stateHistoryList = defineEndpoint({
  id: 'stateHistory.list',
  section: "State History",
  title: "Get All State History",
  summary: "Returns state-change history records for objects and links, paged by limit/skip within an optional time range.",
  method: 'GET',
  path: '/node/api/state-history',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(z.looseObject({
      from: z.optional(timeBound()),
      to: z.optional(timeBound()),
      limit: z.optional(z.string()),
      skip: z.optional(z.string()),
    })),
    response: z.array(stateHistorySchema()),
  }),
});

export const stateHistoryLog = defineEndpoint({
  id: 'stateHistory.log',
  section: "State History",
  title: "Get State History Log",
  summary: "Returns state-change history for accessible objects and links with rich filters (state, class, tag, entity, name).",
  method: 'GET',
  path: '/node/api/state-history-log',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(z.looseObject({
      from: z.optional(timeBound()),
      to: z.optional(timeBound()),
      limit: z.optional(z.string()),
      skip: z.optional(z.string()),
      inverse: z.optional(flag()),
      downsample: z.optional(flag()),
      stateId: z.optional(repeated()),
      classId: z.optional(repeated()),
      tagId: z.optional(repeated()),
      entityId: z.optional(repeated()),
      entityType: z.optional(int()),
      entityName: z.optional(z.string()),
    })),
    response: z.array(stateHistorySchema()),
  }),
});
