/** The one SDK caller of the page (a session logs in once and is reused), configured from the store. */
import { Caller, type Target } from '../lib/send.ts';
import { getState } from '../state/store.ts';

let caller: Caller | null = null;

export function callerFor(target: Target): Caller {
  const { auth, readOnly } = getState();
  caller ??= new Caller(target, auth, readOnly);
  caller.configure(target, auth, readOnly);
  return caller;
}

/** The next call starts a new client (new credentials, a reset emulator, another real server). */
export function forgetCaller(): void {
  caller = null;
}
