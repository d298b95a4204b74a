import { type AnyEndpoint, pathParams } from '@saymon-sdk/core';
import { forbidden } from './errors.ts';
import { ENTITY_PERMISSIONS, missingPermissions, type PermissionNode, parsePermissions } from './permissions.ts';
import type { UserRecord } from './store/state.ts';
import type { Store } from './store/store.ts';

const parsed = new Map<string, PermissionNode | undefined>();

/** Where an endpoint's path names an entity: its kind and the SDK name of the parameter holding its id. */
type Address = { kind: string; name: string };
const addresses = new Map<string, Address[]>();

/** The `/objects/:x`, `/links/:x`, `/entities/:x` and `/refs/:x` places of a template, in order (worked out once). */
function addressesOf(template: string): Address[] {
  let found = addresses.get(template);
  if (found) return found;
  const segments = template.split('/').filter(Boolean);
  const names = new Map(pathParams(template).map((p) => [p.template, p.name]));
  found = [];
  for (let i = 0; i < segments.length - 1; i++) {
    const kind = segments[i] as string;
    const next = segments[i + 1] as string;
    if ((kind === 'objects' || kind === 'links' || kind === 'entities' || kind === 'refs') && next.startsWith(':'))
      found.push({ kind, name: names.get(next.slice(1)) ?? '' });
  }
  addresses.set(template, found);
  return found;
}

/**
 * The entity a path addresses: the first parameter after `/objects/`, `/links/`, `/entities/` or
 * `/refs/`. `params` are keyed by SDK names (see `pathParams`).
 */
function addressed(template: string, params: Record<string, string>): { kind: string; id: string } | undefined {
  for (const { kind, name } of addressesOf(template)) {
    const id = params[name];
    if (id !== undefined) return { kind, id };
  }
  return undefined;
}

/**
 * Enforces an endpoint's SAYMON permission expression for a user. Named permissions come from
 * the user's list; `objectPermissions` / `linkPermissions` / `entityPermissions` mean the user
 * can see the object or link the path addresses. Throws 403 naming what is missing.
 */
export function checkPermissions(
  endpoint: AnyEndpoint,
  user: UserRecord,
  store: Store,
  params: Record<string, string>,
) {
  if (!parsed.has(endpoint.id)) parsed.set(endpoint.id, parsePermissions(endpoint.permissions));
  const target = addressed(endpoint.path, params);
  const has = (name: string): boolean => {
    if (!ENTITY_PERMISSIONS.has(name)) return user.permissions.includes(name);
    if (!target) return true;
    if (target.kind === 'refs') {
      const ref = store.state.refs[target.id];
      return !ref || [ref.owner, ref.target].every((id) => id === undefined || store.canSeeObject(user, String(id)));
    }
    const object = target.kind !== 'links' ? store.findObject(target.id) : undefined;
    if (object) return store.canSeeObject(user, String(object.id));
    const link = target.kind !== 'objects' ? store.state.links[target.id] : undefined;
    if (link) return store.canSeeLink(user, link);
    return true; // unknown ids are answered with 404 by the handler
  };
  const missing = missingPermissions(parsed.get(endpoint.id), has);
  if (missing.length > 0) throw forbidden(missing.join(', '));
}

// ---- checks a handler makes itself (for rules the registry's expressions cannot express) ----

/** Whether a user holds a named permission. */
export const holds = (user: UserRecord | undefined, permission: string) =>
  user?.permissions.includes(permission) ?? false;

/** 403 naming the alternatives unless the user holds one of the permissions. */
export function requireAny(user: UserRecord, ...permissions: string[]) {
  if (!permissions.some((p) => holds(user, p))) throw forbidden(permissions.join(' | '));
}

/** 403 unless the user may manage the configuration (levels, states and other server-wide lists). */
export const requireManage = (user: UserRecord) => requireAny(user, 'manage-configuration');
