/**
 * The writes an operator asks for. Each tool's effect and idempotence are those of the registry
 * endpoint it calls; the server lists them only when started with `--allow-writes`.
 */
import { getEndpoint } from '@saymon-sdk/core';
import * as z from 'zod';
import { Estate } from '../estate.ts';
import { defineTool } from '../tool.ts';
import { objectInput } from './object-input.ts';

const marks = (
  id: 'incidents.acknowledge' | 'incidents.unacknowledge' | 'incidents.comment' | 'objects.setManualState',
) => {
  const endpoint = getEndpoint(id);
  return { effect: endpoint.effect, idempotent: endpoint.idempotent };
};

export const acknowledgeIncident = defineTool({
  name: 'acknowledge_incident',
  title: 'Acknowledge an incident',
  description:
    'Acknowledges an active incident in the name of the user the server runs as (or withdraws the ' +
    'acknowledgement with `undo: true`). Take the id from active_incidents or object_status. Example: {"id": ' +
    '"6786fa800000000000000753"}.',
  ...marks('incidents.acknowledge'),
  input: z.object({
    id: z.string().min(1).describe('The incident id.'),
    undo: z.boolean().optional().describe('Withdraw the acknowledgement instead.'),
  }),
  run: async (args, { client }) => {
    if (args.undo) await client.incidents.unacknowledge({ id: args.id });
    else await client.incidents.acknowledge({ id: args.id });
    const after = await client.incidents.get({ id: args.id });
    return {
      summary: `Incident ${args.id} ${args.undo ? 'is no longer acknowledged' : `is acknowledged by ${String(after.acknowledgedBy)}`}: ${after.text}.`,
      data: { id: args.id, acknowledgedBy: after.acknowledgedBy ?? null, text: after.text },
    };
  },
});

export const commentIncident = defineTool({
  name: 'comment_incident',
  title: 'Comment on an incident',
  description:
    'Posts a plain-text comment on an active incident (it replaces the shown comment). Example: {"id": ' +
    '"6786fa800000000000000753", "comment": "Looking into it"}.',
  ...marks('incidents.comment'),
  input: z.object({
    id: z.string().min(1).describe('The incident id.'),
    comment: z.string().min(1).max(4000).describe('The comment text.'),
  }),
  run: async (args, { client }) => {
    await client.incidents.comment({ id: args.id, body: args.comment });
    const after = await client.incidents.get({ id: args.id });
    return {
      summary: `Commented on incident ${args.id} (${after.text}).`,
      data: { id: args.id, comment: after.comment ?? null, commentsCount: after.commentsCount ?? null },
    };
  },
});

export const setManualState = defineTool({
  name: 'set_manual_state',
  title: 'Set an object state by hand',
  description:
    "Sets an object's state by hand (a manual state, e.g. Stopped during maintenance) with a reason, or clears " +
    'the manual state with `clear: true` so monitoring decides again. Example: {"object": "msk1-web02", "state": ' +
    '"Stopped", "reason": "rebuild"}.',
  ...marks('objects.setManualState'),
  input: z.object({
    object: objectInput(),
    state: z.string().min(1).optional().describe('The state by name (e.g. "Stopped"); required unless `clear`.'),
    reason: z.string().max(1000).optional().describe('Why, for the state history.'),
    clear: z.boolean().optional().describe('Remove the manual state instead.'),
  }),
  run: async (args, { client }) => {
    const estate = await Estate.load(client);
    const object = estate.resolve(args.object);
    if (!args.clear && !args.state) {
      return {
        summary: `Name a state (one of ${estate.stateNames.join(', ')}) or pass clear: true.`,
        data: { states: estate.stateNames },
      };
    }
    const body = args.clear
      ? { clear: true }
      : { stateId: estate.stateId(args.state as string), ...(args.reason ? { reason: args.reason } : {}) };
    await client.objects.setManualState({ id: String(object.id), body });
    const after = await client.objects.get({ id: String(object.id) });
    const state = estate.stateOf(after);
    return {
      summary: `${object.name} (${object.id}) is now ${state}${args.clear ? ' (manual state cleared)' : ' (set by hand)'}.`,
      data: { id: String(object.id), name: String(object.name), state },
    };
  },
});
