import * as z from 'zod';
import { Estate } from '../estate.ts';
import { defineTool } from '../tool.ts';
import { since } from '../window.ts';
import { incidentView, loadLevels } from './incident-view.ts';

export const activeIncidents = defineTool({
  name: 'active_incidents',
  title: 'Active incidents',
  description:
    'Lists active incidents, newest first: id, level (Alarm, Major, Warning, …), text, when raised (ISO), the ' +
    'object or link it is on with its path, and who acknowledged it and when. Filter by an object (and everything ' +
    'below it), level, acknowledgement, age and entity kind. Example: {"since": "24h", "unacknowledged": true}.',
  effect: 'read',
  idempotent: true,
  input: z.object({
    object: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Only incidents on this object (exact name, path or id) and, unless `onlyThisObject`, on objects below it.',
      ),
    onlyThisObject: z.boolean().optional().describe('With `object`: leave out the objects below it.'),
    level: z.array(z.string().min(1)).optional().describe('Only these levels, by name (e.g. ["Alarm"]).'),
    unacknowledged: z.boolean().optional().describe('true: only those nobody acknowledged; false: only acknowledged.'),
    since: z
      .string()
      .optional()
      .describe('Only incidents raised after this: a window back from now ("24h", "7d") or an ISO time.'),
    on: z.enum(['object', 'link']).optional().describe('Only incidents on objects, or only on links.'),
    limit: z.number().int().min(1).max(500).default(100).describe('At most this many (default 100).'),
  }),
  run: async (args, { client }) => {
    const [estate, levels, all] = await Promise.all([Estate.load(client), loadLevels(client), client.incidents.list()]);
    let found = [...all];
    if (args.object) {
      const target = estate.resolve(args.object);
      const ids = new Set([String(target.id)]);
      if (!args.onlyThisObject) for (const o of estate.descendants(target)) ids.add(String(o.id));
      found = found.filter((i) => Number(i.entityType) !== 2 && ids.has(String(i.entityId)));
    }
    if (args.level) {
      const wanted = new Set(args.level.map((l) => l.toLowerCase()));
      const known = [...levels.values()];
      const unknown = args.level.filter((l) => !known.some((k) => k.toLowerCase() === l.toLowerCase()));
      if (unknown.length > 0) {
        return {
          summary: `No incident level is named ${unknown.map((u) => `"${u}"`).join(', ')}. Levels: ${known.join(', ')}.`,
          data: { total: 0, items: [], levels: known },
        };
      }
      found = found.filter((i) => wanted.has((levels.get(String(i.state)) ?? '').toLowerCase()));
    }
    if (args.unacknowledged !== undefined) found = found.filter((i) => !i.acknowledgedBy === args.unacknowledged);
    if (args.since) {
      const from = since(args.since);
      found = found.filter((i) => Number(i.timestamp) >= from);
    }
    if (args.on) found = found.filter((i) => (Number(i.entityType) === 2 ? 'link' : 'object') === args.on);
    found.sort((a, b) => Number(b.timestamp) - Number(a.timestamp));
    const items = found.slice(0, args.limit).map((i) => incidentView(i, levels, estate));
    return {
      summary:
        found.length === 0
          ? 'No active incident matches.'
          : `${found.length} active incident(s)${found.length > items.length ? `, ${items.length} shown` : ''}, newest first: ` +
            `${items
              .slice(0, 5)
              .map((i) => `[${i.level}] ${i.text}`)
              .join('; ')}${items.length > 5 ? '; …' : ''}.`,
      data: { total: found.length, items },
      narrow: 'Filter by `object`, `level`, `since` or `unacknowledged`, or lower `limit`.',
    };
  },
});
