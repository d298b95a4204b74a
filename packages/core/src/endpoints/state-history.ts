import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { stateHistorySchema } from '../models/state-history.ts';
import { flag, int, repeated, timeBound } from '../schema/conventions.ts';

/** Time window and paging shared by both state-history reads. */
const windowQuery = () => ({
  from: z.optional(timeBound()),
  to: z.optional(timeBound()),
  limit: z.optional(int()),
  skip: z.optional(int()),
});

export const stateHistoryList = defineEndpoint({
  id: 'stateHistory.list',
  section: 'State History',
  title: 'Get All State History',
  method: 'GET',
  path: '/node/api/state-history',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    // Newer docs: limit defaults to 10 and skip to 0.
    query: z.optional(z.looseObject(windowQuery())),
    // The docs print only the first record of the array: accept it on its own too.
    response: z.union([z.array(stateHistorySchema()), stateHistorySchema()]),
  }),
});

export const stateHistoryLog = defineEndpoint({
  id: 'stateHistory.log',
  section: 'State History',
  title: 'Get State History Log',
  method: 'GET',
  path: '/node/api/state-history-log',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(
      z.looseObject({
        ...windowQuery(),
        /** Oldest first when true. */
        inverse: z.optional(flag()),
        /** Drop consecutive records with the same state. */
        downsample: z.optional(flag()),
        stateId: z.optional(repeated()),
        /** Needs a time window within the server's maximum. */
        classId: z.optional(repeated()),
        /** Needs a time window within the server's maximum. */
        tagId: z.optional(repeated()),
        entityId: z.optional(repeated()),
        entityType: z.optional(int()),
        /** Matches the entity name or a part of it. */
        entityName: z.optional(z.string()),
      }),
    ),
    response: z.array(stateHistorySchema()),
  }),
});
