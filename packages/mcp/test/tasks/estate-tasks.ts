/** Tasks about objects: where they are, what state they are in and since when, what they hold. */
import { Estate, iso, parentName } from './estate.ts';
import type { OperatorTask } from './types.ts';

const props = async (client: Parameters<OperatorTask['oracle']>[0], name: string) => {
  const estate = await Estate.load(client);
  return client.objects.properties({ id: estate.byName(name).id });
};

export const estateTasks: OperatorTask[] = [
  {
    id: 'not-ok-under-moscow',
    question: 'Which objects under Moscow DC-1 are not OK, and since when?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const bad = estate.descendants(estate.byName('Moscow DC-1')).filter((o) => estate.notOk(o));
      return { facts: bad.flatMap((o) => [String(o.name), estate.stateOf(o), iso(o.last_state_update as number)]) };
    },
  },
  {
    id: 'state-of-web04',
    question: 'What state is msk1-web04 in, and since when?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const web = estate.byName('msk1-web04');
      return { facts: [estate.stateOf(web), iso(web.last_state_update as number)] };
    },
  },
  {
    id: 'children-of-web04',
    question: 'What runs on msk1-web04 and is any of it down?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const kids = estate.children(estate.byName('msk1-web04'));
      return { facts: kids.flatMap((o) => [String(o.name), estate.stateOf(o)]) };
    },
  },
  {
    id: 'properties-of-web01',
    question: 'What properties does the object named msk1-web01 have?',
    kind: 'read',
    oracle: async (client) => ({
      facts: (await props(client, 'msk1-web01')).flatMap((p) => [String(p.name), String(p.value)]),
    }),
  },
  {
    id: 'ip-of-db01',
    question: 'What is the IP address of msk1-db01?',
    kind: 'read',
    oracle: async (client) => ({
      facts: (await props(client, 'msk1-db01')).filter((p) => p.name === 'IP').map((p) => String(p.value)),
    }),
  },
  {
    id: 'serial-of-core-router',
    question: 'What is the serial number of msk1-core-rt01?',
    kind: 'read',
    oracle: async (client) => ({
      facts: (await props(client, 'msk1-core-rt01')).filter((p) => p.name === 'SN').map((p) => String(p.value)),
    }),
  },
  {
    id: 'os-of-spb2-db01',
    question: 'Which operating system does spb2-db01 run?',
    kind: 'read',
    oracle: async (client) => ({
      facts: (await props(client, 'spb2-db01')).filter((p) => p.name === 'OS').map((p) => String(p.value)),
    }),
  },
  {
    id: 'class-of-core-router',
    question: 'What kind of device is msk1-core-rt01?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      return { facts: [estate.classOf(estate.byName('msk1-core-rt01'))] };
    },
  },
  {
    id: 'servers-in-rack-r02',
    question: 'Which servers are in Rack MSK1-R02?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const kids = estate.children(estate.byName('Rack MSK1-R02')).filter((o) => estate.classOf(o) === 'Server');
      return { facts: kids.map((o) => String(o.name)) };
    },
  },
  {
    id: 'where-is-cache01',
    question: 'Where is msk1-cache01 — which site and rack?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const rack = estate.byId(String(estate.byName('msk1-cache01').parent_id?.[0])) as never;
      return { facts: [parentName(estate, estate.byName('msk1-cache01')), parentName(estate, rack)] };
    },
  },
  {
    id: 'firewalls',
    question: 'Which firewalls do we have, and are they all fine?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const found = estate.objects.filter((o) => estate.classOf(o) === 'Firewall');
      return { facts: found.flatMap((o) => [String(o.name), estate.stateOf(o)]) };
    },
  },
  {
    id: 'sites',
    question: 'Which sites are monitored, and what state is each in?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const found = estate.objects.filter((o) => estate.classOf(o) === 'Site');
      return { facts: found.flatMap((o) => [String(o.name), estate.stateOf(o)]) };
    },
  },
  {
    id: 'alarm-objects',
    question: 'Which objects are in Alarm right now?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      return { facts: estate.objects.filter((o) => estate.stateOf(o) === 'Alarm').map((o) => String(o.name)) };
    },
  },
  {
    id: 'not-ok-servers-nsk3',
    question: 'Which servers in Novosibirsk DC-3 are not working properly?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const bad = estate
        .descendants(estate.byName('Novosibirsk DC-3'))
        .filter((o) => estate.classOf(o) === 'Server' && estate.notOk(o));
      return { facts: bad.flatMap((o) => [String(o.name), estate.stateOf(o)]) };
    },
  },
  {
    id: 'billing-api-checks',
    question: 'Where do we check billing-api, and on which servers?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const found = estate.objects.filter((o) => String(o.name).includes('billing-api'));
      return { facts: found.map((o) => parentName(estate, o)) };
    },
  },
  {
    id: 'overloaded',
    question: 'Is anything overloaded, and since when?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const found = estate.objects.filter((o) => estate.stateOf(o) === 'Overloaded');
      return { facts: found.flatMap((o) => [String(o.name), iso(o.last_state_update as number)]) };
    },
  },
  {
    id: 'external-check-www',
    question: 'Is www.example.com up?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      return { facts: [estate.stateOf(estate.byName('www.example.com'))] };
    },
  },
];
