import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { flag, id, int, maybe, timeBound } from '../schema/conventions.ts';

/** One entry of the block log. */
const blockRecord = () =>
  z.looseObject({
    ip: maybe(z.string()),
    login: maybe(z.string()),
    /** User id. */
    user: maybe(id()),
    uri: maybe(z.string()),
    /** When the block started, in ms. */
    timestamp: maybe(z.number()),
    /** Remaining block time in seconds. */
    ttl: maybe(z.number()),
  });

export const limitsBlockedRequests = defineEndpoint({
  id: 'limits.blockedRequests',
  section: 'Limits',
  title: 'Get list of blocked requests',
  method: 'GET',
  path: '/node/api/limit-block-log',
  permissions: 'manage-users',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    // The boolean filters: true keeps records where the field is set (newer docs: false keeps those where it is empty).
    query: z.optional(
      z.looseObject({
        from: z.optional(timeBound()),
        to: z.optional(timeBound()),
        limit: z.optional(int()),
        skip: z.optional(int()),
        ip: z.optional(flag()),
        login: z.optional(flag()),
        uri: z.optional(flag()),
        user: z.optional(flag()),
      }),
    ),
    // The docs list the fields of one record without saying whether it comes wrapped in an array;
    // limit/skip paging says it is a list. Both forms are accepted.
    response: z.union([z.array(blockRecord()), blockRecord()]),
  }),
});
