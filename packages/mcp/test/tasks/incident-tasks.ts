/** Tasks about incidents: what is open, where, since when, who took it. */
import { DAY, Estate, incidentsOn, iso } from './estate.ts';
import type { OperatorTask } from './types.ts';

export const incidentTasks: OperatorTask[] = [
  {
    id: 'unacknowledged-last-day',
    question: 'Which incidents were raised in the last day and are still unacknowledged?',
    kind: 'read',
    oracle: async (client) => {
      const since = Date.now() - DAY;
      const open = (await client.incidents.list()).filter((i) => Number(i.timestamp) >= since && !i.acknowledgedBy);
      return { facts: open.flatMap((i) => [String(i.id), String(i.text)]) };
    },
  },
  {
    id: 'incidents-k8s-node01',
    question: 'What incidents are open on msk1-k8s-node01?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const found = await incidentsOn(client, String(estate.byName('msk1-k8s-node01').id));
      return { facts: found.map((i) => String(i.text)) };
    },
  },
  {
    id: 'incidents-spb2',
    question: 'What is currently wrong in Saint Petersburg DC-2?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const ids = new Set(estate.descendants(estate.byName('Saint Petersburg DC-2')).map((o) => String(o.id)));
      const found = (await client.incidents.list()).filter((i) => ids.has(String(i.entityId)));
      return { facts: found.map((i) => String(i.text)) };
    },
  },
  {
    id: 'alarm-level-incidents',
    question: 'Which incidents are at the Alarm level?',
    kind: 'read',
    oracle: async (client) => {
      const levels = await client.incidentLevels.list();
      const alarm = levels.find((l) => l.name === 'Alarm');
      const found = (await client.incidents.list()).filter((i) => String(i.state) === String(alarm?.id));
      return { facts: found.map((i) => String(i.text)) };
    },
  },
  {
    id: 'newest-incident',
    question: 'What is the newest incident, and when was it raised?',
    kind: 'read',
    oracle: async (client) => {
      const [newest] = (await client.incidents.list()).sort((a, b) => Number(b.timestamp) - Number(a.timestamp));
      if (!newest) throw new Error('no incidents');
      return { facts: [String(newest.text), iso(newest.timestamp as number)] };
    },
  },
  {
    id: 'who-acknowledged-auth-service',
    question: 'Has anyone taken the auth-service /health incident, and who?',
    kind: 'read',
    oracle: async (client) => {
      const [incident] = (await client.incidents.list()).filter((i) =>
        String(i.text).startsWith('auth-service /health'),
      );
      if (!incident?.acknowledgedBy) throw new Error('the demo incident on auth-service /health is not acknowledged');
      return { facts: [String(incident.acknowledgedBy)] };
    },
  },
  {
    id: 'link-incidents',
    question: 'Are any network links in trouble?',
    kind: 'read',
    oracle: async (client) => {
      const found = (await client.incidents.list()).filter((i) => Number(i.entityType) === 2);
      return { facts: found.map((i) => String(i.text)) };
    },
  },
  {
    id: 'why-spb2-k8s-node02',
    question: 'Why is spb2-k8s-node02 not OK?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const node = estate.byName('spb2-k8s-node02');
      const found = await incidentsOn(client, String(node.id));
      return { facts: [estate.stateOf(node), ...found.map((i) => String(i.text))] };
    },
  },
  {
    id: 'incident-levels',
    question: 'Which incident levels does this SAYMON use?',
    kind: 'read',
    oracle: async (client) => ({ facts: (await client.incidentLevels.list()).map((l) => String(l.name)) }),
  },
  {
    id: 'maintenance-notes',
    question: 'Was any maintenance announced on the charts in the last day?',
    kind: 'read',
    oracle: async (client) => {
      const notes = await client.historyAnnotations.list({ query: { from: Date.now() - DAY, to: Date.now() } });
      return { facts: notes.map((n) => String(n.content)) };
    },
  },
];
