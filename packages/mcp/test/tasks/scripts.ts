/**
 * The scripted answers: for each task, the tool calls an assistant would make (no model), later
 * calls built from earlier results. The proof tests run them through an MCP client over stdio.
 */
import type { McpSession } from '../harness.ts';
import { COMMENT } from './write-tasks.ts';

type Script = (mcp: McpSession) => Promise<void>;

const status =
  (object: string): Script =>
  async (mcp) =>
    void (await mcp.call('object_status', { object }));
const find =
  (args: Record<string, unknown>): Script =>
  async (mcp) =>
    void (await mcp.call('find_objects', args));
const incidents =
  (args: Record<string, unknown>): Script =>
  async (mcp) =>
    void (await mcp.call('active_incidents', args));
const history =
  (object: string, metric: string, window: string): Script =>
  async (mcp) =>
    void (await mcp.call('metric_history', { object, metrics: [metric], window }));

/** The id of the first item a list tool returned. */
const firstId = (answer: Record<string, unknown>) => String((answer.items as { id: string }[])[0]?.id);

export const SCRIPTS: Readonly<Record<string, Script>> = {
  'not-ok-under-moscow': find({ under: 'Moscow DC-1', notOk: true }),
  'state-of-web04': status('msk1-web04'),
  'children-of-web04': status('msk1-web04'),
  'properties-of-web01': status('msk1-web01'),
  'ip-of-db01': status('msk1-db01'),
  'serial-of-core-router': status('msk1-core-rt01'),
  'os-of-spb2-db01': status('spb2-db01'),
  'class-of-core-router': status('msk1-core-rt01'),
  'servers-in-rack-r02': find({ under: 'Rack MSK1-R02', class: 'Server' }),
  'where-is-cache01': status('msk1-cache01'),
  firewalls: find({ class: 'Firewall' }),
  sites: find({ class: 'Site' }),
  'alarm-objects': find({ state: ['Alarm'] }),
  'not-ok-servers-nsk3': find({ under: 'Novosibirsk DC-3', class: 'Server', notOk: true }),
  'billing-api-checks': find({ name: 'billing-api' }),
  overloaded: find({ state: ['Overloaded'] }),
  'external-check-www': status('www.example.com'),
  'unacknowledged-last-day': incidents({ since: '24h', unacknowledged: true }),
  'incidents-k8s-node01': incidents({ object: 'msk1-k8s-node01' }),
  'incidents-spb2': incidents({ object: 'Saint Petersburg DC-2' }),
  'alarm-level-incidents': incidents({ level: ['Alarm'] }),
  'newest-incident': incidents({ limit: 1 }),
  'who-acknowledged-auth-service': incidents({ unacknowledged: false }),
  'link-incidents': incidents({ on: 'link' }),
  'why-spb2-k8s-node02': status('spb2-k8s-node02'),
  'incident-levels': async (mcp) => {
    const found = await mcp.call('search_endpoints', { query: 'incident levels', limit: 3 });
    await mcp.call('call_endpoint', { id: firstId(found) });
  },
  'maintenance-notes': async (mcp) => {
    const found = await mcp.call('search_endpoints', { query: 'history annotations', limit: 3 });
    const id = firstId(found);
    await mcp.call('describe_endpoint', { id });
    const now = Date.now();
    await mcp.call('call_endpoint', { id, query: { from: now - 24 * 3600_000, to: now } });
  },
  'max-cpu-web01': history('msk1-web01', 'cpu.load', '1h'),
  'avg-mem-web01': history('msk1-web01', 'mem.used', '1h'),
  'last-disk-web01': history('msk1-web01', 'disk.used', '1h'),
  'min-cpu-k8s-node02': history('spb2-k8s-node02', 'cpu.load', '1h'),
  'peak-cpu-k8s-node01-6h': history('msk1-k8s-node01', 'cpu.load', '6h'),
  'metrics-of-web01': status('msk1-web01'),
  'acknowledge-newest-k8s-node02': async (mcp) => {
    const found = await mcp.call('active_incidents', { object: 'spb2-k8s-node02', onlyThisObject: true, limit: 1 });
    await mcp.call('acknowledge_incident', { id: firstId(found) });
  },
  'comment-k8s-node01': async (mcp) => {
    const found = await mcp.call('active_incidents', { object: 'msk1-k8s-node01', onlyThisObject: true, limit: 1 });
    await mcp.call('comment_incident', { id: firstId(found), comment: COMMENT });
  },
  'manual-stopped-web02': async (mcp) =>
    void (await mcp.call('set_manual_state', { object: 'msk1-web02', state: 'Stopped', reason: 'being rebuilt' })),
};
