/** The server configuration: what callers see of it (mail credentials only with manage-configuration) and its merge patch. */
import { FORBIDDEN_KEYS } from '../safe-json.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { copyOf } from '../store/store.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A JSON merge patch (RFC 7386): objects merge, `null` removes a setting, anything else replaces.
 * Keys that reach a prototype (`__proto__`, `constructor`, `prototype`) are skipped at any depth.
 */
export function mergePatch(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || FORBIDDEN_KEYS.has(key)) continue;
    if (value === null) delete target[key];
    else if (isPlainObject(value)) {
      const current = isPlainObject(target[key]) ? (target[key] as Record<string, unknown>) : {};
      target[key] = mergePatch(current, value);
    } else target[key] = structuredClone(value);
  }
  return target;
}

/** The configuration as a caller sees it: mail transport settings (credentials) only with manage-configuration. */
export function configurationView(config: Record<string, unknown>, full: boolean): Record<string, unknown> {
  const copy = copyOf(config);
  if (!full) {
    const email = (copy.server as { email?: Record<string, unknown> } | undefined)?.email;
    if (isPlainObject(email)) delete email.transport;
  }
  return copy;
}

/**
 * Merge-patches the configuration and audits the change without the mail credentials (readers of
 * a user's log, manage-users, may not hold manage-configuration); answers the whole new configuration.
 */
export function updateConfiguration(store: Store, user: UserRecord, patch: Record<string, unknown>) {
  const before = configurationView(store.state.configuration, false);
  mergePatch(store.state.configuration, patch);
  // the sections were merged into in place
  store.updated(...Object.values(store.state.configuration));
  store.audit(
    user,
    'update',
    AUDIT_ENTITY.unnamed,
    'configuration',
    before,
    configurationView(store.state.configuration, false),
  );
  return configurationView(store.state.configuration, true);
}
