/** What the oracles need from the estate, read with the SDK directly (plain calls, no MCP code). */
import type { SaymonClient } from '@saymon-sdk/node';

export type ObjectRecord = Awaited<ReturnType<SaymonClient['objects']['list']>>[number];
export type IncidentRecord = Awaited<ReturnType<SaymonClient['incidents']['list']>>[number];

/** A time as the task tools write it: ISO 8601 in UTC. */
export const iso = (ms: number | string) => new Date(Number(ms)).toISOString();

/** A figure as the task tools give it: rounded to 2 decimals. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

export const DAY = 24 * 3600_000;

export class Estate {
  private constructor(
    readonly objects: readonly ObjectRecord[],
    readonly stateNames: ReadonlyMap<string, string>,
    readonly classNames: ReadonlyMap<string, string>,
  ) {}

  static async load(client: SaymonClient): Promise<Estate> {
    const [objects, states, classes] = await Promise.all([
      client.objects.list(),
      client.states.list(),
      client.classes.list(),
    ]);
    return new Estate(
      objects,
      new Map(states.map((s) => [String(s.id), String(s.name)])),
      new Map(classes.map((c) => [String(c.id), String(c.name)])),
    );
  }

  /** The one object of that name (the suite names only unique ones). */
  byName(name: string): ObjectRecord {
    const found = this.objects.filter((o) => o.name === name);
    if (found.length !== 1) throw new Error(`${found.length} objects are named ${name}`);
    return found[0] as ObjectRecord;
  }

  byId(id: string): ObjectRecord | undefined {
    return this.objects.find((o) => String(o.id) === id);
  }

  stateOf(object: ObjectRecord): string {
    return this.stateNames.get(String(object.state_id)) ?? String(object.state_id);
  }

  classOf(object: ObjectRecord): string {
    return this.classNames.get(String(object.class_id)) ?? String(object.class_id);
  }

  children(object: ObjectRecord): ObjectRecord[] {
    return this.objects.filter((o) => (o.parent_id ?? []).map(String).includes(String(object.id)));
  }

  /** Every object below `object` (children, their children, ...). */
  descendants(object: ObjectRecord): ObjectRecord[] {
    const out: ObjectRecord[] = [];
    const queue = [object];
    const seen = new Set([String(object.id)]);
    for (let next = queue.shift(); next; next = queue.shift()) {
      for (const child of this.children(next)) {
        if (seen.has(String(child.id))) continue;
        seen.add(String(child.id));
        out.push(child);
        queue.push(child);
      }
    }
    return out;
  }

  /** Whether an object is in trouble: any state but Working. */
  notOk(object: ObjectRecord): boolean {
    return this.stateOf(object) !== 'Working';
  }
}

/** The named object's first parent. */
export function parentName(estate: Estate, object: ObjectRecord): string {
  const parent = estate.byId(String((object.parent_id ?? [])[0]));
  if (!parent) throw new Error(`${object.name} has no parent`);
  return String(parent.name);
}

/** Summary figures of one metric of one object over a relative window, as the SDK reads them. */
export async function metricSummary(client: SaymonClient, id: string, metric: string, from: string) {
  const [series] = await client.objects.history({ id, query: { metrics: [metric], from } });
  const values = (series?.dps ?? []).map(([, v]) => Number(v)).filter((v) => Number.isFinite(v));
  if (values.length === 0) throw new Error(`no ${metric} points for ${id}`);
  return {
    min: round2(Math.min(...values)),
    max: round2(Math.max(...values)),
    avg: round2(values.reduce((a, b) => a + b, 0) / values.length),
    last: round2(values[values.length - 1] as number),
  };
}

/** The active incidents on one entity, newest first. */
export async function incidentsOn(client: SaymonClient, entityId: string): Promise<IncidentRecord[]> {
  const all = await client.incidents.list();
  return all.filter((i) => String(i.entityId) === entityId).sort((a, b) => Number(b.timestamp) - Number(a.timestamp));
}
