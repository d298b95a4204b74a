import type { AuthSettings } from '../../lib/send.ts';
import { saveTabSecret } from '../../lib/storage.ts';
import { targetOf } from '../../state/derived.ts';
import { getState, type TargetKind, update } from '../../state/store.ts';
import { callerFor, forgetCaller } from '../caller.ts';

/** The login and password in use before token or no auth (this tab's memory only), for a switch back. */
const lastPair: Partial<Record<TargetKind, { login: string; password: string }>> = {};

/** The credentials of the current target (kept in this tab's session storage). */
export function setAuth(auth: AuthSettings): void {
  const { auth: before, targetKind } = getState();
  if (before.type === 'basic' || before.type === 'session')
    lastPair[targetKind] = { login: before.login, password: before.password };
  saveTabSecret(`auth:${getState().targetKind}`, auth);
  update({ auth });
}

/** Another kind of auth: login and password carry over between Basic and Session; the last message goes. */
export function switchAuth(type: AuthSettings['type']): void {
  const { auth, targetKind } = getState();
  const { login, password } =
    auth.type === 'basic' || auth.type === 'session' ? auth : (lastPair[targetKind] ?? { login: '', password: '' });
  update({ authMessage: undefined });
  if (type === 'basic' || type === 'session') setAuth({ type, login, password });
  else if (type === 'token') setAuth({ type, token: auth.type === 'token' ? auth.token : '' });
  else setAuth({ type: 'none' });
}

/** The documented token flow: the current user's API token, then token auth. */
export async function tokenFlow(): Promise<void> {
  const target = targetOf(getState());
  if (!target) return;
  update({ authBusy: true, authMessage: undefined });
  try {
    const result = await callerFor(target).createToken();
    if (result.kind === 'created') {
      setAuth({ type: 'token', token: result.token });
      update({ authMessage: { kind: 'ok', text: `Created an API token for ${result.who}; now using token auth.` } });
    } else update({ authMessage: { kind: 'error', text: `Could not create a token: ${result.message}` } });
  } finally {
    update({ authBusy: false });
  }
}

export async function logout(): Promise<void> {
  const { auth } = getState();
  const target = targetOf(getState());
  update({ authBusy: true });
  try {
    const result = auth.type === 'session' && target ? await callerFor(target).logout() : ({ kind: 'done' } as const);
    update({
      authMessage:
        result.kind === 'done'
          ? { kind: 'ok', text: auth.type === 'session' ? 'Logged out.' : 'Credentials forgotten.' }
          : { kind: 'error', text: result.message },
    });
  } finally {
    setAuth(
      auth.type === 'token'
        ? { type: 'token', token: '' }
        : auth.type === 'none'
          ? { type: 'basic', login: '', password: '' }
          : { type: auth.type, login: auth.login, password: '' },
    );
    const kept = lastPair[getState().targetKind];
    if (kept) kept.password = '';
    forgetCaller();
    update({ authBusy: false });
  }
}
