/**
 * Every way a program may render an SDK object, for the "no secret in the client" tests:
 * `util.inspect` (showHidden, any depth, getters), `JSON.stringify`, `String()`, a walk over every
 * own key (non-enumerable and symbol keys too) and prototype getter, and `structuredClone`.
 * `findLeaks` returns a description of each rendering that shows one of the secrets.
 */
import { inspect } from 'node:util';

const attempt = (render: () => unknown): string => {
  try {
    return String(render());
  } catch (error) {
    return `threw: ${error instanceof Error ? `${error.name} ${error.message}` : String(error)}`;
  }
};

/** All values reachable from `root` by own keys, prototype getters, Map/Set entries. */
function reachable(root: unknown, limit = 20_000): unknown[] {
  const seen = new Set<unknown>();
  const out: unknown[] = [];
  const stack = [root];
  while (stack.length && out.length < limit) {
    const value = stack.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) {
      out.push(value);
      continue;
    }
    seen.add(value);
    out.push(value);
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    if (value instanceof Set) for (const v of value) stack.push(v);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (!descriptor) continue;
      if ('value' in descriptor) stack.push(descriptor.value);
      else stack.push(attempt(() => descriptor.get?.call(value)));
    }
    // getters on prototypes (classes), up to Object.prototype / Function.prototype
    let proto = Object.getPrototypeOf(value);
    while (proto && proto !== Object.prototype && proto !== Function.prototype && proto !== Error.prototype) {
      for (const key of Reflect.ownKeys(proto)) {
        const descriptor = Object.getOwnPropertyDescriptor(proto, key);
        if (descriptor?.get) stack.push(attempt(() => descriptor.get?.call(value)));
      }
      proto = Object.getPrototypeOf(proto);
    }
  }
  return out;
}

/** The renderings of one value. */
function renderings(value: unknown): [string, string][] {
  return [
    [
      'inspect showHidden depth ∞ getters',
      attempt(() => inspect(value, { showHidden: true, depth: Infinity, getters: true, showProxy: true })),
    ],
    ['JSON.stringify', attempt(() => JSON.stringify(value))],
    ['String()', attempt(() => String(value))],
    [
      'Object.entries',
      attempt(() => inspect(typeof value === 'object' && value ? Object.entries(value) : value, { depth: 3 })),
    ],
    ['structuredClone', attempt(() => inspect(structuredClone(value), { showHidden: true, depth: Infinity }))],
  ];
}

export interface LeakReport {
  /** How many renderings were checked. */
  checked: number;
  leaks: string[];
}

export function findLeaks(roots: Record<string, unknown>, secrets: readonly string[]): LeakReport {
  const forms = [
    ...new Set(secrets.filter(Boolean).flatMap((s) => [s, encodeURIComponent(s), Buffer.from(s).toString('base64')])),
  ];
  const leaks: string[] = [];
  let checked = 0;
  for (const [name, root] of Object.entries(roots)) {
    // renderings of the root, and of everything reachable from it
    for (const [i, value] of reachable(root).entries()) {
      for (const [how, text] of i === 0 ? renderings(value) : renderings(value).slice(0, 2)) {
        checked++;
        for (const form of forms) {
          if (text.includes(form)) leaks.push(`${name} (reachable value #${i}) via ${how} shows a secret`);
        }
      }
    }
  }
  return { checked, leaks };
}
