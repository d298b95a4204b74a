import * as z from 'zod/mini';
import { statSchema } from '../models/stat.ts';
import { defineEndpoint } from '../registry/define.ts';
import { anyObject, id, int, maybe } from '../schema/conventions.ts';

export const statHistory = defineEndpoint({
  id: 'stat.history',
  section: "Stat",
  title: "Get Stat History",
  summary: "Fetches stored stat (agent data) history records for a set of objects and/or links, newest first, with time window, paging and payload filters.",
  method: 'POST',
  path: '/node/api/stat-history',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.optional(z.looseObject({
      ids: maybe(z.array(z.string())),
      from: maybe(int()),
      to: maybe(int()),
      skip: maybe(int()),
      limit: maybe(int()),
      after: maybe(int()),
      exclude: maybe(anyObject()),
      include: maybe(anyObject()),
    })),
    response: z.array(statSchema()),
  }),
});

export const statSearch = defineEndpoint({
  id: 'stat.search',
  section: "Stat",
  title: "Get Stat for Several Entities",
  summary: "Returns the current stat records of several objects and/or links named in the request body.",
  method: 'POST',
  path: '/node/api/stat/search',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    body: z.array(z.looseObject({
      type: maybe(z.string()),
      id: maybe(id()),
    })),
    response: z.array(z.unknown()),
  }),
});
