import * as z from 'zod';
import { Estate, isoTime } from '../estate.ts';
import { defineTool } from '../tool.ts';
import { incidentView, loadLevels } from './incident-view.ts';
import { objectInput } from './object-input.ts';

export const objectStatus = defineTool({
  name: 'object_status',
  title: 'Object status',
  description:
    "One object's status: its state and since when (ISO time), class, path in the tree, properties (IP, " +
    'vendor, serial number, OS, …), the metrics it reports, its active incidents, and the state of each child. ' +
    'Name the object by its exact name, its path as the tools show it, or its id. Example: {"object": "msk1-web04"}.',
  effect: 'read',
  idempotent: true,
  input: z.object({
    object: objectInput(),
  }),
  run: async (args, { client }) => {
    const estate = await Estate.load(client);
    const object = estate.resolve(args.object);
    const id = String(object.id);
    const [record, incidents, levels, metrics] = await Promise.all([
      client.objects.get({ id }),
      client.incidents.list(),
      loadLevels(client),
      client.objects.metricNames({ id }),
    ]);
    const own = incidents
      .filter((i) => String(i.entityId) === id)
      .sort((a, b) => Number(b.timestamp) - Number(a.timestamp))
      .map((i) => incidentView(i, levels, estate));
    const properties = Object.fromEntries((record.properties ?? []).map((p) => [String(p.name), p.value]));
    const children = estate.children(object).map((c) => ({
      id: String(c.id),
      name: String(c.name),
      class: estate.classOf(c),
      state: estate.stateOf(c),
      ...(isoTime(c.last_state_update) ? { since: isoTime(c.last_state_update) } : {}),
    }));
    const summary = estate.summary(object);
    const troubled = children.filter((c) => c.state !== 'Working');
    return {
      summary:
        `${summary.name} (${summary.class}) is ${summary.state}${summary.since ? ` since ${summary.since}` : ''}; ` +
        `${own.length} active incident(s)` +
        `${own.length > 0 ? `: ${own.map((i) => i.text).join('; ')}` : ''}; ${children.length} child(ren)` +
        `${troubled.length > 0 ? `, not Working: ${troubled.map((c) => `${c.name} (${c.state})`).join(', ')}` : ''}.`,
      data: { ...summary, properties, metrics, incidents: own, children },
    };
  },
});
