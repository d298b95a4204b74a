/**
 * Monitoring settings, what the properties section's monitoring calls work on: the service
 * properties (type 8: AgentId, TaskType, TaskPeriodValue, ...) that tell an agent what to collect. Setting them replaces the whole set; a check "now" runs the
 * emulator's simulated probe and stores what it measured as the entity's stat (and history); a
 * test runs the probe without storing anything.
 */

import { badRequest, conflict } from '../errors.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import type { Kind } from './entity-kind.ts';
import { itemsOf, numeric, OWNER_TYPE, ownerRecord, requireRights, touched } from './entity-parts.ts';
import { pushStat } from './history.ts';

export const SERVICE_TYPE = 8;

interface Setting {
  name: string;
  value?: string;
  destroy?: boolean;
}

const isService = (property: Rec) => numeric(property.type_id) === SERVICE_TYPE;

/** Replaces the entity's service properties with `settings` (ids are kept for names that stay). */
export function setMonitoring(store: Store, user: UserRecord, kind: Kind, id: string | number, settings: Setting[]) {
  const record = ownerRecord(store, user, kind, id);
  // monitoring settings are service properties, which always need this right as well
  requireRights(user, 'manage-service-properties');
  const items = itemsOf(store, record, 'properties');
  const wanted = new Map(settings.map((s) => [s.name, String(s.value ?? '')]));
  for (const name of wanted.keys()) {
    if (items.some((p) => p.name === name && !isService(p)))
      throw conflict(`"${name}" is already a property of this entity that is not a monitoring setting`);
  }
  const before = structuredClone(record);
  const previous = new Map(items.filter(isService).map((p) => [String(p.name), p]));
  const kept = items.filter((p) => !isService(p));
  for (const [name, value] of wanted) {
    kept.push({
      id: previous.get(name)?.id ?? store.newId(),
      name,
      value,
      type_id: SERVICE_TYPE,
      owner_id: record.id,
      owner_type: OWNER_TYPE[kind] as number,
    });
  }
  record.properties = kept;
  touched(store, user, kind, record, before);
}

/** The settings a check uses: the saved ones, overridden by those sent (`destroy` leaves one out). */
function effectiveSettings(store: Store, record: Rec, sent: Setting[]): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const p of itemsOf(store, record, 'properties').filter(isService)) settings[String(p.name)] = String(p.value);
  for (const s of sent) {
    if (s.destroy) delete settings[s.name];
    else if (s.value !== undefined) settings[s.name] = s.value;
  }
  if (!settings.TaskType) throw badRequest('No TaskType: the monitoring settings name no check to run');
  return settings;
}

/** A number in [0, 1) that depends only on the text (stable simulated measurements). */
function unit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** What the simulated agent measures for a task type. */
export function probe(settings: Record<string, string>, now: number): Record<string, unknown> {
  const type = String(settings.TaskType);
  const target = settings.PingHost ?? settings.HttpUrl ?? settings.Url ?? settings.Host ?? type;
  const jitter = unit(`${target}:${Math.floor(now / 1000)}`);
  const responseTime = round(5 + jitter * 45);
  switch (type.toLowerCase()) {
    case 'ping': {
      const count = Number(settings.PingPacketsCount ?? 4) || 4;
      return {
        host: target,
        packetsTransmitted: count,
        packetsReceived: count,
        packetLoss: 0,
        rtt: { min: round(responseTime * 0.8), avg: responseTime, max: round(responseTime * 1.3) },
      };
    }
    case 'http':
    case 'httprequest':
    case 'url':
      return { url: target, statusCode: 200, responseTime, available: 1 };
    default:
      return { taskType: type, target, available: 1, responseTime };
  }
}

export function measure(store: Store, user: UserRecord, kind: Kind, id: string | number, sent: Setting[]) {
  const record = ownerRecord(store, user, kind, id);
  const settings = effectiveSettings(store, record, sent);
  const timestamp = store.now();
  return { record, settings, timestamp, payload: probe(settings, timestamp) };
}

/** Runs the check and stores its result as the entity's latest stat. */
export function checkNow(store: Store, user: UserRecord, kind: Kind, id: string | number, sent: Setting[]) {
  const { record, settings, timestamp, payload } = measure(store, user, kind, id, sent);
  const key = store.key(kind, String(record.id));
  pushStat(store, key, payload, timestamp);
  Object.assign(store.state.stat[key] as Record<string, unknown>, {
    taskType: settings.TaskType,
    agentId: settings.AgentId ?? null,
    initiator: user.login,
  });
  store.updated(store.state.stat[key]);
  return undefined;
}
