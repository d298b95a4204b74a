/**
 * The estate as the task tools see it: every object with its class and state by name, and its
 * place in the tree (read with three calls: objects, states, classes).
 */
import type { SaymonClient } from '@saymon-sdk/node';
import { ToolError } from './answer.ts';

/** The fields the task tools read of every object (a real estate's full records would be far larger). */
const FIELDS = ['name', 'parent_id', 'class_id', 'state_id', 'last_state_update'] as const;

const listObjects = (client: SaymonClient) => client.objects.list({ query: { fields: [...FIELDS] } });
type ObjectItem = Awaited<ReturnType<typeof listObjects>>[number];

/** A time as the task tools give it: ISO 8601 in UTC (`undefined` for none). */
export function isoTime(ms: unknown): string | undefined {
  const n = Number(ms);
  return ms === undefined || ms === null || !Number.isFinite(n) || n <= 0 ? undefined : new Date(n).toISOString();
}

/** One object in a task tool's answer. */
export interface ObjectSummary {
  readonly id: string;
  readonly name: string;
  readonly class: string;
  readonly state: string;
  /** When the object entered its state (ISO). */
  readonly since?: string;
  /** Its parents from the top, e.g. `Moscow DC-1 / Rack MSK1-R01`. */
  readonly path: string;
}

/** A name or path as compared: any case, runs of spaces as one, spaces around `/` dropped. */
const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\/+/, '');

export class Estate {
  private readonly byId: ReadonlyMap<string, ObjectItem>;
  private readonly kids = new Map<string, ObjectItem[]>();

  private constructor(
    readonly objects: readonly ObjectItem[],
    private readonly states: ReadonlyMap<string, string>,
    private readonly classes: ReadonlyMap<string, string>,
  ) {
    this.byId = new Map(objects.map((o) => [String(o.id), o]));
    for (const object of objects) {
      for (const parent of (object.parent_id ?? []).map(String)) {
        const list = this.kids.get(parent) ?? [];
        list.push(object);
        this.kids.set(parent, list);
      }
    }
  }

  static async load(client: SaymonClient): Promise<Estate> {
    const [objects, states, classes] = await Promise.all([
      listObjects(client),
      client.states.list(),
      client.classes.list(),
    ]);
    return new Estate(
      objects,
      new Map(states.map((s) => [String(s.id), String(s.name)])),
      new Map(classes.map((c) => [String(c.id), String(c.name)])),
    );
  }

  get stateNames(): string[] {
    return [...this.states.values()];
  }

  get classNames(): string[] {
    return [...this.classes.values()];
  }

  /** The id of a state by its name (any case), or a tool error naming the states there are. */
  stateId(name: string): string {
    const found = [...this.states].find(([, n]) => n.toLowerCase() === name.toLowerCase());
    if (!found) throw new ToolError(`No state is named "${name}". States: ${this.stateNames.join(', ')}.`);
    return found[0];
  }

  object(id: string): ObjectItem | undefined {
    return this.byId.get(id);
  }

  stateOf(object: { readonly state_id?: unknown }): string {
    return this.states.get(String(object.state_id)) ?? String(object.state_id);
  }

  classOf(object: { readonly class_id?: unknown }): string {
    return this.classes.get(String(object.class_id)) ?? String(object.class_id);
  }

  children(object: ObjectItem): ObjectItem[] {
    return this.kids.get(String(object.id)) ?? [];
  }

  /** Every object below `object`, breadth first. */
  descendants(object: ObjectItem): ObjectItem[] {
    const out: ObjectItem[] = [];
    const seen = new Set([String(object.id)]);
    const queue = [object];
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

  /** The names of an object's parents from the top (first parent at each step; the root left out). */
  path(object: ObjectItem): string {
    const names: string[] = [];
    const seen = new Set<string>([String(object.id)]);
    for (let parent = this.parentOf(object); parent; parent = this.parentOf(parent)) {
      if (seen.has(String(parent.id)) || (parent.parent_id ?? []).length === 0) break;
      seen.add(String(parent.id));
      names.unshift(String(parent.name));
    }
    return names.join(' / ');
  }

  /** The path and the object's own name: `Moscow DC-1 / Rack MSK1-R01 / msk1-web01`. */
  fullPath(object: ObjectItem): string {
    const path = this.path(object);
    return path ? `${path} / ${object.name}` : String(object.name);
  }

  private parentOf(object: ObjectItem): ObjectItem | undefined {
    const first = (object.parent_id ?? [])[0];
    return first === undefined ? undefined : this.byId.get(String(first));
  }

  summary(object: ObjectItem): ObjectSummary {
    const since = isoTime(object.last_state_update);
    return {
      id: String(object.id),
      name: String(object.name),
      class: this.classOf(object),
      state: this.stateOf(object),
      ...(since ? { since } : {}),
      path: this.path(object),
    };
  }

  /**
   * The one object an assistant names: by id, by its exact name (any case), or by its path and
   * name (`Moscow DC-1 / Rack MSK1-R02 / msk1-web04 / nginx`, as the tools show paths). A name several
   * objects share is a tool error that lists them with their ids and paths, to ask again by id.
   */
  resolve(ref: string): ObjectItem {
    const byId = this.byId.get(ref);
    if (byId) return byId;
    const key = normalize(ref);
    const named = this.objects.filter((o) =>
      ref.includes('/') ? normalize(this.fullPath(o)) === key : normalize(String(o.name)) === key,
    );
    if (named.length === 1) return named[0] as ObjectItem;
    if (named.length > 1) {
      const list = named.slice(0, 20).map((o) => `- ${o.id}: ${this.fullPath(o)}`);
      throw new ToolError(
        `${named.length} objects are named "${ref}"; ask again with one id, or the path as shown:\n${list.join('\n')}`,
      );
    }
    const near = this.objects
      .filter((o) => String(o.name).toLowerCase().includes(ref.toLowerCase()))
      .slice(0, 10)
      .map((o) => `"${o.name}"`);
    throw new ToolError(
      `No object has the id or name "${ref}".${near.length > 0 ? ` Names that contain it: ${near.join(', ')}.` : ' Use find_objects to search by part of a name.'}`,
    );
  }
}
