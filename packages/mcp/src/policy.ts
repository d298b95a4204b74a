/**
 * What the server may change. Reads are decided by the registry's effect marks, not the HTTP
 * method: SAYMON reads by POST too (`objects.search`, `stat.history`), and some PUTs only preview.
 */
import type { AnyEndpoint } from '@saymon-sdk/core';

export type Effect = AnyEndpoint['effect'];

export interface WritePolicy {
  /** `--allow-writes`: calls that create or change records. */
  readonly allowWrites: boolean;
  /** `--allow-destructive` (with `--allow-writes`): calls that remove what nothing brings back. */
  readonly allowDestructive: boolean;
}

export const READ_ONLY: WritePolicy = Object.freeze({ allowWrites: false, allowDestructive: false });

/** Whether a call of this effect is allowed. */
export function allows(policy: WritePolicy, effect: Effect): boolean {
  if (effect === 'read') return true;
  if (effect === 'write') return policy.allowWrites;
  return policy.allowWrites && policy.allowDestructive;
}

/** The flags a call of this effect needs that the server was not started with. */
export function missingFlags(policy: WritePolicy, effect: Effect): string[] {
  const missing: string[] = [];
  if (effect !== 'read' && !policy.allowWrites) missing.push('--allow-writes');
  if (effect === 'destructive' && !policy.allowDestructive) missing.push('--allow-destructive');
  return missing;
}

/** Why a call is refused (naming the flags the server needs), or `undefined` when it is allowed. */
export function refusal(policy: WritePolicy, what: string, effect: Effect): string | undefined {
  const missing = missingFlags(policy, effect);
  if (missing.length === 0) return undefined;
  const kind = effect === 'destructive' ? 'removes data that no call brings back' : 'changes data';
  return (
    `Refused: ${what} ${kind}, and this saymon-mcp server is read-only for such calls. ` +
    `Nothing was sent. The person running the server can restart it with ${missing.join(' ')} to allow it.`
  );
}
