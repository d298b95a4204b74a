/**
 * What happens in the demo estate over the last 24 hours: a few problems (CPU overload, a filling
 * disk, failing and slow HTTP checks, a congested WAN link, a short outage that has cleared), the
 * metric history they leave, the states and state history that follow, incidents and event log.
 */
import { pushStat } from '../domain/history.ts';
import type { IncidentRecord, Rec, State } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { CLASS, INCIDENT_LEVEL, STATE, USER_IDS } from './base.ts';
import type { Random } from './random.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Metric history: one point every 5 minutes over the last 24 hours, the last one at `now`. */
export const DEMO_STEP_MS = 5 * MINUTE;
export const DEMO_HISTORY_MS = DAY;

export type Profile = 'server' | 'network' | 'service' | 'database' | 'wan';
export type ProblemKind = 'cpu' | 'disk' | 'down' | 'slow' | 'flap' | 'congested';
export interface Problem {
  kind: ProblemKind;
  onset: number;
  end?: number;
}
export interface Probe {
  key: string;
  entity: Rec;
  entityType: 1 | 2;
  profile: Profile;
  base: number;
  problem?: Problem;
  counters: [number, number];
  last: Record<string, unknown>;
  /** The values reported when the problem began. */
  atOnset?: Record<string, unknown>;
}
export interface Ctx {
  store: Store;
  state: State;
  rnd: Random;
  now: number;
  probes: Probe[];
}

export const grid = (now: number, ago: number) => now - Math.round(ago / DEMO_STEP_MS) * DEMO_STEP_MS;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
/** Daily load curve: 0 at 03:00 UTC, 1 at 15:00 UTC. */
const diurnal = (t: number) => 0.5 - 0.5 * Math.cos((2 * Math.PI * ((t % DAY) / HOUR - 3)) / 24);

export function chooseProblems(ctx: Ctx) {
  const { rnd, now } = ctx;
  const taken = new Set<Probe>();
  const pick = (filter: (p: Probe) => boolean, count: number) => {
    const chosen = rnd.sample(
      ctx.probes.filter((p) => !taken.has(p) && filter(p)),
      count,
    );
    for (const p of chosen) taken.add(p);
    return chosen;
  };
  const isClass =
    (...ids: number[]) =>
    (p: Probe) =>
      ids.includes(Number(p.entity.class_id));
  const named = (re: RegExp) => (p: Probe) => re.test(String(p.entity.name));
  const set = (probes: Probe[], kind: ProblemKind, ago: () => number, span?: number) => {
    for (const p of probes) {
      const onset = grid(now, ago());
      p.problem = { kind, onset, ...(span ? { end: onset + span } : {}) };
    }
  };
  set(
    pick((p) => isClass(CLASS.server)(p) && named(/app|k8s/)(p), 2),
    'cpu',
    () => rnd.int(25, 70) * MINUTE,
  );
  // the disk fills linearly from 86% to 91.5% over the day: it crosses 90% at 16/22 of it
  set(pick(isClass(CLASS.server), 1), 'disk', () => DAY - (DAY * 16) / 22);
  set(pick(isClass(CLASS.httpCheck), 2), 'down', () => rnd.int(15, 40) * MINUTE);
  set(pick(isClass(CLASS.httpCheck), 1), 'slow', () => rnd.int(30, 90) * MINUTE);
  // two short outages that are over: one long ago (in incident history by now), one still listed as cleared
  set(pick(isClass(CLASS.httpCheck, CLASS.service), 1), 'flap', () => 6 * HOUR, 20 * MINUTE);
  set(pick(isClass(CLASS.httpCheck, CLASS.service), 1), 'flap', () => rnd.int(35, 50) * MINUTE, 10 * MINUTE);
  set(
    pick((p) => p.profile === 'wan', 1),
    'congested',
    () => rnd.int(50, 150) * MINUTE,
  );
}

function sample(ctx: Ctx, p: Probe, t: number, start: number): Record<string, unknown> {
  const { rnd } = ctx;
  const d = diurnal(t);
  const problem = p.problem && t >= p.problem.onset && t < (p.problem.end ?? Infinity) ? p.problem.kind : undefined;
  switch (p.profile) {
    case 'server': {
      const cpu = problem === 'cpu' ? rnd.float(91, 98) : clamp(p.base * (0.4 + 0.9 * d) + rnd.noise(6), 0.5, 88);
      const diskBase = p.problem?.kind === 'disk' ? 86 + (5.5 * (t - start)) / DAY : 30 + (p.base % 1) * 40;
      return {
        cpu: { load: round(cpu) },
        mem: { used: round(clamp(35 + p.base + rnd.noise(3) + 10 * d, 5, 95)) },
        disk: { used: round(diskBase + rnd.noise(0.05), 2) },
      };
    }
    case 'network': {
      const rate = (k: number) => p.base * k * (0.25 + 0.75 * d) * (1 + rnd.noise(0.08));
      p.counters[0] += Math.round(rate(1) * (DEMO_STEP_MS / 1000));
      p.counters[1] += Math.round(rate(0.7) * (DEMO_STEP_MS / 1000));
      return {
        ifHCInOctets: p.counters[0],
        ifHCOutOctets: p.counters[1],
        cpu: { load: round(clamp(8 + 15 * d + rnd.noise(3), 1, 60)) },
      };
    }
    case 'wan': {
      const utilization =
        problem === 'congested' ? rnd.float(92, 98) : clamp((p.base / 10) * (0.3 + d) + rnd.noise(4), 3, 85);
      return { throughputMbps: round(utilization * 10), utilization: round(utilization) };
    }
    default: {
      const down = problem === 'down' || problem === 'flap';
      const rt =
        problem === 'slow' ? rnd.float(1800, 2600) : p.base * (0.8 + 0.6 * d) + Math.abs(rnd.noise(p.base / 5));
      const values: Record<string, unknown> = { responseTimeMs: down ? 10_000 : round(rt), available: down ? 0 : 1 };
      if (p.profile === 'database') values.connections = down ? 0 : Math.round(20 + 180 * d + rnd.noise(10));
      return values;
    }
  }
}

export function writeHistory(ctx: Ctx) {
  const { store, now } = ctx;
  const start = now - DEMO_HISTORY_MS;
  for (const p of ctx.probes) {
    for (let t = start; t <= now; t += DEMO_STEP_MS) {
      p.last = sample(ctx, p, t, start);
      if (t === p.problem?.onset) p.atOnset = p.last;
      pushStat(store, p.key, p.last, t);
    }
    const stat = ctx.state.stat[p.key] as Record<string, unknown>;
    Object.assign(stat, { entityId: String(p.entity.id), entityType: p.entityType, period: DEMO_STEP_MS });
  }
}

/** The state a problem puts its entity in (the flap is over by now). */
/** The condition branch that moved an entity into a problem state, in the words of its state conditions. */
const CONDITION_TEXT: Record<ProblemKind, string> = {
  cpu: 'CPU load above 90%',
  disk: 'Disk usage above 90%',
  slow: 'Response time above 1500 ms',
  congested: 'WAN utilization above 90%',
  down: 'Connection refused',
  flap: 'Connection timed out',
};

/**
 * Why an entity's own check changed its state, in the documented reason fields only: a failed check
 * is a sensor error (code 4) with its exception; a value is the condition branch that fired.
 */
function ownReason(kind: ProblemKind | undefined, state: number): object {
  if (kind === 'down' || kind === 'flap') {
    const exceptionClass = kind === 'down' ? 'java.net.ConnectException' : 'java.net.SocketTimeoutException';
    return { code: 4, data: { exceptionClass, message: CONDITION_TEXT[kind] } };
  }
  return { branch: { state, description: kind ? CONDITION_TEXT[kind] : 'Back within limits' } };
}

const PROBLEM_STATE: Record<ProblemKind, number> = {
  cpu: STATE.overloaded,
  disk: STATE.overloaded,
  slow: STATE.overloaded,
  congested: STATE.overloaded,
  down: STATE.alarm,
  flap: STATE.working,
};

export function settleStates(ctx: Ctx) {
  const { state, store } = ctx;
  const priority = (id: number) => Number(state.states[String(id)]?.priority ?? 0);
  const history: Rec[] = [];
  const entry = (entity: Rec, entityType: number, stateId: number, timestamp: number, reason?: object) => {
    history.push({
      id: '',
      entityId: String(entity.id),
      entityType,
      entityName: String(entity.name),
      entityClass: entity.class_id as number,
      stateId,
      timestamp,
      ...(reason ? { reason } : {}),
    });
    entity.last_state_update = timestamp;
  };
  const problems = new Map(ctx.probes.filter((p) => p.problem).map((p) => [String(p.entity.id), p]));
  type Cause = { stateId: number; at: number; root?: Rec };
  const causes = new Map<string, Cause>();
  const cause = (id: string): Cause => {
    const known = causes.get(id);
    if (known) return known;
    const object = state.objects[id] as Rec;
    const problem = problems.get(id)?.problem;
    let best: Cause = problem
      ? { stateId: PROBLEM_STATE[problem.kind], at: problem.onset }
      : { stateId: STATE.working, at: 0 };
    for (const child of object.child_ids as string[]) {
      const c = cause(child);
      const better = priority(c.stateId) > priority(best.stateId);
      if (better || (c.stateId === best.stateId && c.stateId !== STATE.working && c.at < best.at))
        best = { stateId: c.stateId, at: c.at, root: c.root ?? (state.objects[child] as Rec) };
    }
    causes.set(id, best);
    return best;
  };
  const transitions = (entity: Rec, entityType: number, c: Cause, problem?: Problem) => {
    entry(entity, entityType, STATE.created, Number(entity.created));
    entry(entity, entityType, STATE.working, Number(entity.created) + 90_000, { code: 3 });
    if (problem?.kind === 'flap' && problem.end) {
      entry(entity, entityType, STATE.alarm, problem.onset, ownReason(problem.kind, STATE.alarm));
      entry(entity, entityType, STATE.working, problem.end, ownReason(undefined, STATE.working));
    }
    if (c.stateId !== STATE.working) {
      const rootCause = c.root
        ? { entityId: String(c.root.id), entityType: 1, entityName: String(c.root.name) }
        : undefined;
      entry(
        entity,
        entityType,
        c.stateId,
        c.at,
        rootCause ? { code: 10, rootCause } : ownReason(problem?.kind, c.stateId),
      );
    }
    entity.state_id = c.stateId;
  };
  for (const object of Object.values(state.objects)) {
    transitions(object, 1, cause(String(object.id)), problems.get(String(object.id))?.problem);
  }
  for (const link of Object.values(state.links)) {
    const problem = problems.get(String(link.id))?.problem;
    const stateId = problem ? PROBLEM_STATE[problem.kind] : STATE.working;
    transitions(link, 2, { stateId, at: problem?.onset ?? 0 }, problem);
  }
  history.sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
  for (const record of history) record.id = store.newId();
  state.stateHistory = history;
}

const INCIDENT_TEXT: Record<ProblemKind, [string, number, (last: Record<string, unknown>) => string]> = {
  cpu: [INCIDENT_LEVEL.major, 2, (v) => `CPU load ${(v.cpu as { load: number }).load}% is above 90%`],
  disk: [INCIDENT_LEVEL.warning, 2, (v) => `Disk usage ${(v.disk as { used: number }).used}% is above 90%`],
  slow: [INCIDENT_LEVEL.warning, 2, (v) => `Response time ${v.responseTimeMs} ms is above 1500 ms`],
  congested: [INCIDENT_LEVEL.warning, 2, (v) => `WAN utilization ${v.utilization}% is above 90%`],
  down: [INCIDENT_LEVEL.alarm, 1, () => 'State changed to Alarm: connection refused'],
  flap: [INCIDENT_LEVEL.alarm, 1, () => 'State changed to Alarm: connection timed out'],
};

export function raiseIncidents(ctx: Ctx) {
  const { state, store } = ctx;
  state.incidents = {};
  const acknowledged = new Set<ProblemKind>();
  const withProblems = ctx.probes.filter((p) => p.problem).sort((a, b) => a.problem!.onset - b.problem!.onset);
  for (const p of withProblems) {
    const problem = p.problem as Problem;
    const [level, type, text] = INCIDENT_TEXT[problem.kind];
    // an open incident shows the current values; the cleared one those it was raised with
    const values = (problem.end ? p.atOnset : p.last) ?? p.last;
    const id = store.newId();
    const incident: IncidentRecord = {
      id,
      entityId: String(p.entity.id),
      entityType: p.entityType,
      type,
      state: level,
      lastState: level,
      text: `${p.entity.name}: ${text(values)}`,
      data: JSON.stringify(values),
      localTimestamp: problem.onset,
      timestamp: problem.onset + 1_500,
      count: 1,
      commentsCount: 0,
      properties: [],
      reason: type === 1 ? { code: 4, data: { available: 0 } } : { data: values },
    };
    if (problem.end) Object.assign(incident, { state: INCIDENT_LEVEL.cleared, clearTimestamp: problem.end });
    else if ((problem.kind === 'cpu' || problem.kind === 'down') && !acknowledged.has(problem.kind)) {
      acknowledged.add(problem.kind);
      const at = Math.min(problem.onset + 8 * MINUTE, ctx.now);
      Object.assign(incident, {
        acknowledgedBy: USER_IDS.admin,
        acknowledgementTimestamp: at,
        comment: 'Investigating, on-call engineer notified.',
        commentedBy: USER_IDS.admin,
        commentTimestamp: at,
        commentsCount: 1,
      });
    }
    state.incidents[id] = incident;
  }
}

export function logEvents(ctx: Ctx) {
  const { state, store, rnd, now } = ctx;
  const events: Record<string, unknown>[] = [];
  const entityOf = (o: Rec) => ({ entityId: String(o.id), entityName: String(o.name), entityType: 1 });
  const ipOf = (o: Rec) => String((o.properties as Rec[]).find((p) => p.name === 'IP')?.value ?? '');
  const devices = Object.values(state.objects).filter(
    (o) => o.class_id === CLASS.switch || o.class_id === CLASS.router,
  );
  for (const device of rnd.sample(devices, 6)) {
    const port = rnd.int(1, 48);
    const down = grid(now, rnd.int(30, 23 * 60) * MINUTE);
    const up = down + rnd.int(1, 25) * MINUTE;
    for (const [t, isDown] of [
      [down, true],
      [up, false],
    ] as const) {
      if (t > now) continue;
      events.push({
        type: 1,
        level: isDown ? 2 : 0,
        entity: entityOf(device),
        payload: {
          trapOid: `1.3.6.1.6.3.1.1.5.${isDown ? 3 : 4}`,
          enterpriseOid: '1.3.6.1.4.1.8072.3.2.10',
          senderAddress: ipOf(device),
          agentAddress: ipOf(device),
          genericTrap: isDown ? 2 : 3,
          specificTrap: 0,
          bindings: JSON.stringify({ ifIndex: port, ifDescr: `port ${port}`, ifOperStatus: isDown ? 2 : 1 }),
          text: `Interface port ${port} ${isDown ? 'down' : 'up'}`,
        },
        timestamp: t + rnd.int(0, 59_000),
      });
    }
  }
  const apps = Object.values(state.objects).filter(
    (o) => o.class_id === CLASS.httpCheck && /api|service/.test(String(o.name)),
  );
  for (const app of rnd.sample(apps, 5)) {
    const name = String(app.name).split(' ')[0];
    events.push({
      type: 2,
      level: 0,
      entity: entityOf(app),
      payload: {
        topic: `deploy/${name}`,
        message: JSON.stringify({
          service: name,
          version: `2.${rnd.int(10, 20)}.${rnd.int(0, 9)}`,
          status: 'finished',
        }),
      },
      timestamp: grid(now, rnd.int(60, 20 * 60) * MINUTE) + rnd.int(0, 59_000),
    });
  }
  for (const p of ctx.probes.filter((x) => x.problem?.kind === 'down')) {
    events.push({
      type: 2,
      level: 3,
      entity: entityOf(p.entity),
      payload: { topic: `health/${p.entity.name}`, message: 'connect ECONNREFUSED' },
      timestamp: (p.problem as Problem).onset + 1_000,
    });
  }
  events.sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
  state.eventLog = events.map((e) => {
    const id = store.newId();
    return { id, _id: id, ...e };
  });
}
