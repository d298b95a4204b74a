/** Command names from registry ids: `objects.setStat` → `objects set-stat`, `eventLog.list` → `event-log list`. */
import type { RegisteredEndpoint } from '@saymon-sdk/core';

/** camelCase → kebab-case (`setStatMeta` → `set-stat-meta`). */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export interface CommandName {
  readonly group: string;
  readonly verb: string;
}

/** The command words of an endpoint id. */
export function commandOf(id: string): CommandName {
  const [group = '', verb = ''] = id.split('.');
  return { group: kebab(group), verb: kebab(verb) };
}

/** Group → verb → endpoint, for the whole registry, in registry order. */
export function commandTree(
  endpoints: readonly RegisteredEndpoint[],
): ReadonlyMap<string, ReadonlyMap<string, RegisteredEndpoint>> {
  const tree = new Map<string, Map<string, RegisteredEndpoint>>();
  for (const endpoint of endpoints) {
    const { group, verb } = commandOf(endpoint.id);
    const verbs = tree.get(group) ?? new Map<string, RegisteredEndpoint>();
    tree.set(group, verbs);
    verbs.set(verb, endpoint);
  }
  return tree;
}

/** kebab-case → camelCase (`set-stat` → `setStat`). */
function camel(word: string): string {
  return word.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The endpoint of `saymon <group> <verb>`, found by its id without building the whole tree (the
 * start-up of every call); `undefined` when no endpoint's command words are these.
 */
export function findCommand(
  lookup: (id: string) => RegisteredEndpoint | undefined,
  group: string,
  verb: string,
): RegisteredEndpoint | undefined {
  const endpoint = lookup(`${camel(group)}.${camel(verb)}`);
  if (!endpoint) return undefined;
  const name = commandOf(endpoint.id);
  return name.group === group && name.verb === verb ? endpoint : undefined;
}
