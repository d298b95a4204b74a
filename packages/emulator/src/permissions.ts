/**
 * SAYMON's permission expressions, as written on each method page: names joined by `|` (any),
 * `&` or `+` (all), with parentheses; `objectPermissions`, `linkPermissions` and
 * `entityPermissions` stand for access to the object or link the call addresses.
 */
export type PermissionNode =
  | { kind: 'name'; name: string }
  | { kind: 'all'; items: PermissionNode[] }
  | { kind: 'any'; items: PermissionNode[] };

export function parsePermissions(expression: string): PermissionNode | undefined {
  const tokens = expression.match(/[()|&+]|[A-Za-z][\w-]*/g) ?? [];
  if (tokens.length === 0) return undefined;
  let pos = 0;
  const peek = () => tokens[pos];
  function primary(): PermissionNode {
    const token = tokens[pos++];
    if (token === '(') {
      const node = anyOf();
      pos++; // ')'
      return node;
    }
    return { kind: 'name', name: token ?? '' };
  }
  function allOf(): PermissionNode {
    const items = [primary()];
    while (peek() === '&' || peek() === '+') {
      pos++;
      items.push(primary());
    }
    return items.length === 1 ? (items[0] as PermissionNode) : { kind: 'all', items };
  }
  function anyOf(): PermissionNode {
    const items = [allOf()];
    while (peek() === '|') {
      pos++;
      items.push(allOf());
    }
    return items.length === 1 ? (items[0] as PermissionNode) : { kind: 'any', items };
  }
  return anyOf();
}

/**
 * Evaluates an expression. `has(name)` answers for one name. Returns the names that are missing
 * (empty when the expression holds), so a 403 can say what is needed.
 */
export function missingPermissions(node: PermissionNode | undefined, has: (name: string) => boolean): string[] {
  if (!node) return [];
  switch (node.kind) {
    case 'name':
      return has(node.name) ? [] : [node.name];
    case 'all':
      return node.items.flatMap((item) => missingPermissions(item, has));
    case 'any': {
      const options = node.items.map((item) => missingPermissions(item, has));
      if (options.some((missing) => missing.length === 0)) return [];
      return [options.map((missing) => missing.join(' & ')).join(' | ')];
    }
  }
}

/** Names that stand for access to the addressed entity rather than a granted permission. */
export const ENTITY_PERMISSIONS = new Set([
  'objectPermissions',
  'linkPermissions',
  'entityPermissions',
  'referencePermissions',
]);

/** Every permission name the registry's expressions use (an administrator holds them all). */
export function permissionNamesIn(expressions: readonly string[]): string[] {
  const names = new Set<string>();
  for (const expression of expressions) {
    for (const name of expression.match(/[A-Za-z][\w-]*/g) ?? []) if (!ENTITY_PERMISSIONS.has(name)) names.add(name);
  }
  return [...names].sort();
}
