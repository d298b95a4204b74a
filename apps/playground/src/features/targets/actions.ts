import { devServer } from '../../lib/gate.ts';
import { saveSetting } from '../../lib/storage.ts';
import { tabEmulator } from '../../lib/tab-target.ts';
import { loadServerConfig } from '../../lib/targets.ts';
import { getState, initialAuth, type TargetKind, update } from '../../state/store.ts';
import { forgetCaller } from '../caller.ts';

/** Asks the dev server where its emulator server listens (a static build has no answer: `{}`). */
export async function loadConfig(): Promise<void> {
  const config = await loadServerConfig();
  update({ config, ...(config.real?.server ? { realUrl: config.real.server } : {}) });
}

/**
 * Once the first view is up and the page is idle, the in-tab emulator (when it is the target) loads, so
 * the first Send finds it ready; a Send before that waits for it. It is not part of the first load.
 */
export function preloadTabWhenIdle(): void {
  const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 500));
  whenIdle(() => {
    if (getState().targetKind === 'tab') tabEmulator().catch(() => {}); // a Send tries again and shows why
  });
}

export function chooseTarget(kind: TargetKind): void {
  saveSetting('target', kind);
  update({ targetKind: kind, auth: initialAuth(kind), outcome: undefined, authMessage: undefined });
}

export async function resetTab(): Promise<void> {
  if (!confirm('Reset the in-tab emulator to the demo estate? Everything you created or changed in it is lost.'))
    return;
  const tab = await tabEmulator();
  await tab.reset();
  forgetCaller();
  update({ outcome: undefined, notice: 'The in-tab emulator is back to the demo estate.' });
}

export async function connectReal(): Promise<void> {
  const response = await devServer('/__playground/real', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url: getState().realUrl }),
  });
  const body = (await response.json()) as { server?: string; error?: string };
  if (!response.ok || !body.server) {
    update({ notice: body.error ?? 'The dev server refused that URL.' });
    return;
  }
  forgetCaller();
  const server = body.server;
  update((s) => ({
    config: { ...s.config, real: { server } },
    notice: `Real target: ${server} (through the dev server's proxy).`,
  }));
}
