import * as z from 'zod/mini';
import { defineEndpoint } from '../registry/define.ts';
import { flag, int, maybe, timeBound } from '../schema/conventions.ts';

export const limitsBlockedRequests = defineEndpoint({
  id: 'limits.blockedRequests',
  section: "Limits",
  title: "Get list of blocked requests",
  summary: "Reads the log of requests that the REST server blocked because of its rate/limit rules, with optional filters and paging.",
  method: 'GET',
  path: '/node/api/limit-block-log',
  permissions: "manage-users",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    query: z.optional(z.looseObject({
      from: z.optional(timeBound()),
      ip: z.optional(flag()),
      limit: z.optional(int()),
      login: z.optional(flag()),
      skip: z.optional(int()),
      to: z.optional(timeBound()),
      uri: z.optional(flag()),
      user: z.optional(flag()),
    })),
    response: z.looseObject({
      ip: maybe(z.string()),
      login: maybe(z.string()),
      timestamp: maybe(z.number()),
      ttl: maybe(z.number()),
      uri: maybe(z.string()),
      user: maybe(z.string()),
    }),
  }),
});
