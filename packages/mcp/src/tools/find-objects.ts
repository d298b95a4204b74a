import * as z from 'zod';
import { ToolError } from '../answer.ts';
import { Estate } from '../estate.ts';
import { defineTool } from '../tool.ts';

export const findObjects = defineTool({
  name: 'find_objects',
  title: 'Find objects',
  description:
    'Finds monitored objects (sites, racks, servers, services, checks) by part of their name, by a parent they sit ' +
    'under, by class and by state. Each result has its id, name, class, state, since when it is in that state (ISO ' +
    'time) and its path in the tree. Use `notOk: true` for everything that is not in the Working state. Example: ' +
    '{"under": "Moscow DC-1", "notOk": true}.',
  effect: 'read',
  idempotent: true,
  input: z.object({
    name: z.string().min(1).optional().describe('Part of the object name, any case (e.g. "web", "billing-api").'),
    under: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Only objects below this one, at any depth: its exact name, its path as the tools show it, or its id (e.g. "Moscow DC-1").',
      ),
    class: z.string().min(1).optional().describe('Class name, any case (e.g. "Server", "Firewall", "Site").'),
    state: z.array(z.string().min(1)).optional().describe('Only these states, by name (e.g. ["Alarm", "Overloaded"]).'),
    notOk: z.boolean().optional().describe('Only objects whose state is not Working.'),
    limit: z.number().int().min(1).max(500).default(100).describe('At most this many results (default 100).'),
  }),
  run: async (args, { client }) => {
    const estate = await Estate.load(client);
    let found = args.under ? estate.descendants(estate.resolve(args.under)) : [...estate.objects];
    if (args.name) {
      const part = args.name.toLowerCase();
      found = found.filter((o) => String(o.name).toLowerCase().includes(part));
    }
    if (args.class) {
      const wanted = args.class.toLowerCase();
      if (!estate.classNames.some((c) => c.toLowerCase() === wanted)) {
        throw new ToolError(`No class is named "${args.class}". Classes: ${estate.classNames.join(', ')}.`);
      }
      found = found.filter((o) => estate.classOf(o).toLowerCase() === wanted);
    }
    if (args.state) {
      const ids = new Set(args.state.map((s) => estate.stateId(s)));
      found = found.filter((o) => ids.has(String(o.state_id)));
    }
    if (args.notOk) found = found.filter((o) => estate.stateOf(o) !== 'Working');
    const items = found.slice(0, args.limit).map((o) => estate.summary(o));
    const shown = items
      .slice(0, 10)
      .map((o) => `${o.name} (${o.state}${o.since ? ` since ${o.since}` : ''})`)
      .join(', ');
    return {
      summary:
        found.length === 0
          ? 'No object matches.'
          : `${found.length} object(s) match${found.length > items.length ? `, ${items.length} shown` : ''}: ${shown}${items.length > 10 ? ', …' : ''}.`,
      data: { total: found.length, items },
      narrow: 'Add `under`, `class`, `state` or `name`, or lower `limit`.',
    };
  },
});
