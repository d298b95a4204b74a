import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { statSchema } from '../models/stat.ts';
import { anyObject, id, int, timestamp } from '../schema/conventions.ts';

export const statHistory = defineEndpoint({
  id: 'stat.history',
  section: 'Stat',
  title: 'Get Stat History',
  method: 'POST',
  path: '/node/api/stat-history',
  permissions: '',
  permissionsSource: 'open',
  provenance: 'documented',
  // a read: the entity ids and time window travel in the body
  effect: 'read',
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.looseObject({
      /** Entities the caller may not read are skipped. The oldest docs describe a comma-separated string. */
      ids: z.optional(z.union([z.array(z.string()), z.string()])),
      from: z.optional(timestamp()),
      to: z.optional(timestamp()),
      /** Not to be combined with `after`. */
      skip: z.optional(int()),
      /** Defaults to 10. */
      limit: z.optional(int()),
      /** Only records older than this (live scrolling); typed String in older docs. Not with `skip`. */
      after: z.optional(z.union([timestamp(), z.string()])),
      /** `{ 'payload.<field>': value }`: drop matching records. */
      exclude: z.optional(anyObject()),
      /** `{ 'payload.<field>': value }`: keep only matching records. */
      include: z.optional(anyObject()),
    }),
    response: z.array(statSchema()),
  }),
});

export const statSearch = defineEndpoint({
  id: 'stat.search',
  section: 'Stat',
  title: 'Get Stat for Several Entities',
  method: 'POST',
  path: '/node/api/stat/search',
  permissions: '',
  permissionsSource: 'open',
  provenance: 'documented',
  // a read: the entity ids travel in the body
  effect: 'read',
  idempotent: true,
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.array(
      z.looseObject({
        type: z.optional(z.enum(['objects', 'links'])),
        id: z.optional(id()),
      }),
    ),
    response: z.array(statSchema()),
  }),
});
