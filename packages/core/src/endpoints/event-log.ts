import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { eventLogSchema } from '../models/event-log.ts';
import { flag, int, jsonParam, timeBound } from '../schema/conventions.ts';

export const eventLogList = defineEndpoint({
  id: 'eventLog.list',
  section: 'Event Log',
  title: 'Get Event Log',
  method: 'GET',
  path: '/node/api/event-log',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(
      z.looseObject({
        filter: z.optional(jsonParam()),
        from: z.optional(timeBound()),
        to: z.optional(timeBound()),
        /** 1 SNMP trap, 2 MQTT message. */
        type: z.optional(int()),
        inverse: z.optional(flag()),
        limit: z.optional(int()),
        skip: z.optional(int()),
        sortField: z.optional(z.string()),
        /** `asc` by default. */
        sortDirection: z.optional(z.union([z.enum(['asc', 'desc']), z.string()])),
      }),
    ),
    response: z.array(eventLogSchema()),
  }),
});
