/** The writes an operator asks for: acknowledge, comment, set a state by hand. */
import { Estate, incidentsOn } from './estate.ts';
import type { OperatorTask } from './types.ts';

export const COMMENT = 'Looking into it: the pods were rescheduled (Ivan)';

const newestOn = async (client: Parameters<OperatorTask['oracle']>[0], name: string) => {
  const estate = await Estate.load(client);
  const [incident] = await incidentsOn(client, String(estate.byName(name).id));
  if (!incident) throw new Error(`no incident on ${name}`);
  return incident;
};

export const writeTasks: OperatorTask[] = [
  {
    id: 'acknowledge-newest-k8s-node02',
    question: 'Acknowledge the newest incident on spb2-k8s-node02.',
    kind: 'write',
    oracle: async (client) => {
      const incident = await newestOn(client, 'spb2-k8s-node02');
      return {
        facts: [String(incident.id)],
        verify: async (after) => {
          const now = await after.incidents.get({ id: incident.id });
          if (!now.acknowledgedBy) throw new Error(`incident ${incident.id} is not acknowledged`);
        },
      };
    },
  },
  {
    id: 'comment-k8s-node01',
    question: `Note on the msk1-k8s-node01 incident: "${COMMENT}".`,
    kind: 'write',
    oracle: async (client) => {
      const incident = await newestOn(client, 'msk1-k8s-node01');
      return {
        facts: [String(incident.id)],
        verify: async (after) => {
          const now = await after.incidents.get({ id: incident.id });
          if (now.comment !== COMMENT) throw new Error(`incident ${incident.id} has comment ${String(now.comment)}`);
        },
      };
    },
  },
  {
    id: 'manual-stopped-web02',
    question: 'Put msk1-web02 into the Stopped state by hand: it is being rebuilt.',
    kind: 'write',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const web = estate.byName('msk1-web02');
      const stopped = [...estate.stateNames].find(([, name]) => name === 'Stopped')?.[0];
      return {
        facts: [String(web.id), 'Stopped'],
        verify: async (after) => {
          const now = await after.objects.get({ id: web.id });
          if (String(now.state_id) !== stopped) throw new Error(`msk1-web02 is in state ${String(now.state_id)}`);
        },
      };
    },
  },
];
