import { kindOfType } from '../domain/entity-kind.ts';
import { createLink, createObject } from '../domain/tree.ts';
import type { Rec, State } from '../store/state.ts';
import { Store } from '../store/store.ts';
import { CLASS, STATE, TAG, USER_IDS } from './base.ts';
import {
  type Ctx,
  chooseProblems,
  DAY,
  grid,
  HOUR,
  logEvents,
  MINUTE,
  type Profile,
  raiseIncidents,
  settleStates,
  writeHistory,
} from './demo-activity.ts';
import { createRandom } from './random.ts';

export { DEMO_HISTORY_MS, DEMO_STEP_MS } from './demo-activity.ts';
/** Objects of these classes report metrics (and have history). */
export const MONITORED_CLASS_IDS: readonly number[] = [
  CLASS.server,
  CLASS.switch,
  CLASS.router,
  CLASS.firewall,
  CLASS.httpCheck,
  CLASS.database,
  CLASS.service,
];
/** The clock ids are made with while building, so ids are the same whatever `now` is. */
const ID_CLOCK = 1_736_899_200_000;

const SITES = [
  { code: 'msk1', name: 'Moscow DC-1', address: 'Moscow, Russia', geo: [55.7558, 37.6173], racks: 4, net: 10 },
  {
    code: 'spb2',
    name: 'Saint Petersburg DC-2',
    address: 'Saint Petersburg, Russia',
    geo: [59.9343, 30.3351],
    racks: 3,
    net: 20,
  },
  {
    code: 'nsk3',
    name: 'Novosibirsk DC-3',
    address: 'Novosibirsk, Russia',
    geo: [55.0084, 82.9357],
    racks: 2,
    net: 30,
  },
];
const SERVER_HW = [
  ['HPE', 'ProLiant DL360 Gen10', 'CZ'],
  ['Dell', 'PowerEdge R650', 'D'],
  ['Lenovo', 'ThinkSystem SR650 V2', 'J'],
  ['Supermicro', 'SYS-1029P-WTR', 'S'],
] as const;
const NET_HW: Record<'switch' | 'router' | 'firewall', readonly (readonly [string, string, string, string])[]> = {
  switch: [
    ['Cisco', 'Catalyst 9300-48T', 'FOC', '17.9.4'],
    ['Arista', '7050SX3-48YC8', 'JPE', '4.31.2F'],
  ],
  router: [['Juniper', 'MX204', 'JN', '22.4R3']],
  firewall: [['Fortinet', 'FortiGate 400F', 'FG4H', '7.4.3']],
} as const;
const OS = ['Ubuntu 22.04 LTS', 'Rocky Linux 9.3', 'Debian 12'];
const APPS = ['billing-api', 'orders-api', 'auth-service', 'catalog-api', 'notification-service'];
/** Services per role: name, class, port, version, health URL path (HTTP checks). */
type ServiceSpec = [string, number, string, string, string?];
const ROLES: Record<string, ServiceSpec[]> = {
  web: [
    ['nginx', CLASS.service, '443', '1.24.0'],
    ['HTTPS /healthz', CLASS.httpCheck, '443', '', 'https://{host}/healthz'],
  ],
  app: [
    ['{app} /health', CLASS.httpCheck, '8080', '', 'http://{ip}:8080/health'],
    ['docker', CLASS.service, '', '24.0.7'],
  ],
  db: [
    ['PostgreSQL', CLASS.database, '5432', '16.2'],
    ['pgbouncer', CLASS.service, '6432', '1.22.0'],
  ],
  cache: [['Redis', CLASS.database, '6379', '7.2.4']],
  mq: [
    ['RabbitMQ', CLASS.service, '5672', '3.13.0'],
    ['RabbitMQ management', CLASS.httpCheck, '15672', '', 'http://{ip}:15672/'],
  ],
  'k8s-node': [
    ['kubelet', CLASS.service, '10250', 'v1.29.2'],
    ['containerd', CLASS.service, '', '1.7.13'],
  ],
  backup: [['Bacula file daemon', CLASS.service, '9102', '13.0.4']],
};
const ROLE_WEIGHTS = ['web', 'web', 'app', 'app', 'app', 'db', 'cache', 'mq', 'k8s-node', 'k8s-node', 'backup'];
const EXTERNAL = ['www', 'shop', 'api', 'status', 'docs', 'mail'];

/** Adds the demo estate (sites, racks, servers, services, links, metrics, incidents). */
export function seedDemo(state: State, now: number): void {
  const ctx: Ctx = { store: new Store(state, () => ID_CLOCK), state, rnd: createRandom(), now, probes: [] };
  buildEstate(ctx);
  chooseProblems(ctx);
  writeHistory(ctx);
  settleStates(ctx);
  raiseIncidents(ctx);
  logEvents(ctx);
  state.historyAnnotations = {};
  for (const [ago, content] of [
    [20 * HOUR, 'Planned maintenance: core router firmware upgrade in Moscow DC-1'],
    [7 * HOUR, 'Release 2.14 of billing-api rolled out'],
  ] as const) {
    const id = ctx.store.newId();
    const timestamp = grid(now, ago);
    state.historyAnnotations[id] = { id, timestamp, content, changed: timestamp + 2 * MINUTE, user: USER_IDS.admin };
  }
  subscribeAndBlock(ctx);
  state.auditLog = [];
}

/** MQTT subscriptions of the message-queue services, and a few requests the rate limiter blocked. */
function subscribeAndBlock({ store, state, now }: Ctx) {
  const queues = Object.values(state.objects)
    .filter((o) => /rabbitmq|mq/i.test(String(o.name)))
    .slice(0, 4);
  state.mqttSubscriptions = queues.map((object, i) => ({
    id: store.newId(),
    owner: { entityId: String(object.id), entityType: 1 },
    topic: `saymon/${String(object.name)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')}/stat`,
    ...(i % 2 === 0 ? { dataExpiryPeriod: 15 * MINUTE } : {}),
  }));
  state.blockedRequests = [
    {
      id: store.newId(),
      ip: '10.20.4.17',
      login: 'monitoring-bot',
      user: USER_IDS.viewer,
      uri: '/node/api/objects',
      timestamp: grid(now, 10 * MINUTE),
      ttl: 3600,
    },
    {
      id: store.newId(),
      ip: '10.20.9.3',
      login: '',
      user: '',
      uri: '/node/api/users/session',
      timestamp: grid(now, 3 * HOUR),
      ttl: 900,
    },
  ];
}

/** A time on the history grid `ago` ms before now. */
function buildEstate(ctx: Ctx) {
  const { store, rnd, now } = ctx;
  const root = ctx.state.objects['1'] as Rec;
  const stamp = (record: Rec, parentCreated: number) => {
    const created = Math.min(parentCreated + rnd.int(1, 20) * DAY + rnd.int(0, DAY / MINUTE) * MINUTE, now - 2 * DAY);
    record.created = created;
    record.updated = Math.min(created + rnd.int(0, 40) * DAY, now - DAY);
    record.last_state_update = created;
    return created;
  };
  const props = (values: Record<string, string>) =>
    Object.entries(values).map(([name, value]) => ({ id: store.newId(), name, value, type_id: 1 }));
  const add = (parent: Rec, name: string, classId: number, values: Record<string, string>, extra = {}) => {
    const record = createObject(store, {
      name,
      class_id: classId,
      state_id: STATE.working,
      parent_id: [String(parent.id)],
      properties: props(values),
      ...extra,
    });
    stamp(record, Number(parent.created));
    return record;
  };
  const probe = (entity: Rec, profile: Profile, base: number, entityType: 1 | 2 = 1) => {
    const key = `${kindOfType(entityType)}:${entity.id}`;
    const counters: [number, number] = [rnd.int(1e11, 9e12), rnd.int(1e11, 9e12)];
    ctx.probes.push({ key, entity, entityType, profile, base, counters, last: {} });
  };
  const link = (source: Rec, target: Rec, name: string, bandwidth: string, tags: string[] = []) => {
    const record = createLink(store, {
      source: String(source.id),
      target: String(target.id),
      name,
      class_id: CLASS.link,
      state_id: STATE.working,
      properties: props({ Bandwidth: bandwidth }),
      tags,
      weight: 1,
    });
    stamp(record, Math.max(Number(source.created), Number(target.created)));
    return record;
  };
  const sn = (prefix: string) => prefix + rnd.chars(10 - prefix.length);
  root.created = now - 420 * DAY;
  root.updated = now - 30 * DAY;
  root.last_state_update = root.created;

  const routers: Rec[] = [];
  for (const site of SITES) {
    const siteObject = add(root, site.name, CLASS.site, { Address: site.address }, { geoposition: site.geo });
    const netDevice = (kind: 'router' | 'firewall', name: string, ip: string, classId: number) => {
      const [vendor, model, prefix, firmware] = rnd.pick(NET_HW[kind]);
      const values = { SN: sn(prefix), Vendor: vendor, Model: model, IP: ip, Location: site.name, Firmware: firmware };
      const device = add(siteObject, name, classId, values, { tags: [TAG.production, TAG.network, TAG.critical] });
      probe(device, 'network', rnd.float(2e8, 6e8));
      return device;
    };
    const router = netDevice('router', `${site.code}-core-rt01`, `10.${site.net}.0.1`, CLASS.router);
    const firewall = netDevice('firewall', `${site.code}-fw01`, `10.${site.net}.0.2`, CLASS.firewall);
    link(firewall, router, `${firewall.name} port1 — ${router.name} xe-0/1/0`, '10 Gbit/s', [TAG.network]);
    routers.push(router);
    const counts: Record<string, number> = {};
    for (let r = 1; r <= site.racks; r++) {
      const rackName = `${site.code}-r${String(r).padStart(2, '0')}`;
      const rack = add(siteObject, `Rack ${rackName.toUpperCase()}`, CLASS.rack, {
        Location: `${site.name}, hall A, row ${Math.ceil(r / 2)}`,
        Units: '42',
      });
      const [vendor, model, prefix, firmware] = rnd.pick(NET_HW.switch);
      const ip = (host: number) => `10.${site.net}.${r}.${host}`;
      const sw = add(
        rack,
        `${rackName}-sw01`,
        CLASS.switch,
        { SN: sn(prefix), Vendor: vendor, Model: model, IP: ip(2), Location: `${rack.name}, U42`, Firmware: firmware },
        { tags: [TAG.production, TAG.network] },
      );
      probe(sw, 'network', rnd.float(5e7, 3e8));
      link(sw, router, `${sw.name} Eth49 — ${router.name} et-0/0/${r}`, '40 Gbit/s', [TAG.network]);
      const servers = rnd.int(4, 5);
      for (let s = 1; s <= servers; s++) {
        const role = rnd.pick(ROLE_WEIGHTS);
        counts[role] = (counts[role] ?? 0) + 1;
        const host = `${site.code}-${role}${String(counts[role]).padStart(2, '0')}`;
        const [vendor, model, prefix] = rnd.pick(SERVER_HW);
        const address = ip(10 + s);
        const tags: string[] = [rnd.chance(0.15) ? TAG.staging : TAG.production];
        if (role === 'db' || role === 'cache') tags.push(TAG.database);
        if (role === 'db') tags.push(TAG.critical);
        const server = add(
          rack,
          host,
          CLASS.server,
          {
            SN: sn(prefix),
            Vendor: vendor,
            Model: model,
            IP: address,
            Location: `${rack.name}, U${2 + 2 * s}`,
            OS: rnd.pick(OS),
          },
          { discovery_id: address, tags },
        );
        probe(server, 'server', rnd.float(12, 45));
        const port = `eth0 — ${sw.name} Gi1/0/${s}`;
        link(server, sw, `${host} ${port}`, rnd.pick(['1 Gbit/s', '10 Gbit/s', '10 Gbit/s', '25 Gbit/s']));
        const app = rnd.pick(APPS);
        const specs: ServiceSpec[] = [...(ROLES[role] ?? []), ['SSH', CLASS.service, '22', 'OpenSSH 9.6']];
        for (const [template, classId, servicePort, version, url] of specs) {
          const name = template.replace('{app}', app);
          const values: Record<string, string> = url
            ? { URL: url.replace('{host}', `${host}.example.net`).replace('{ip}', address) }
            : { Port: servicePort, Version: version };
          const service = add(server, name, classId, values, { tags: [...tags] });
          const profile = classId === CLASS.database ? 'database' : 'service';
          probe(service, profile, classId === CLASS.httpCheck ? rnd.float(40, 220) : rnd.float(1, 12));
        }
      }
    }
  }
  const external = add(root, 'External checks', CLASS.group, {}, { tags: [TAG.external] });
  for (const name of EXTERNAL) {
    const url = `https://${name}.example.com/`;
    const check = add(external, `${name}.example.com`, CLASS.httpCheck, { URL: url }, { tags: [TAG.external] });
    probe(check, 'service', rnd.float(120, 480));
  }
  const wan: [number, number][] = [
    [0, 1],
    [0, 2],
    [1, 2],
  ];
  for (const [a, b] of wan) {
    const [source, target] = [routers[a] as Rec, routers[b] as Rec];
    const wanLink = link(source, target, `WAN ${source.name} — ${target.name}`, '1 Gbit/s', [
      TAG.network,
      TAG.critical,
    ]);
    probe(wanLink, 'wan', rnd.float(250, 450), 2);
  }
}
