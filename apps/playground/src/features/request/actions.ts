import { type BodyMode, emptyState, type FormState, stateFromInput, switchBodyMode } from '../../lib/form-state.ts';
import { parseShareHash, redactInput, shareHash } from '../../lib/redact.ts';
import { type Endpoint, endpointById } from '../../lib/registry.ts';
import { secretsOf } from '../../lib/send.ts';
import { addHistory, type HistoryEntry, saveSetting } from '../../lib/storage.ts';
import { builtOf, endpointOf, examplesFor, formFor, formStateOf, targetOf } from '../../state/derived.ts';
import { lastHour } from '../../state/start-input.ts';
import { getState, update } from '../../state/store.ts';
import { callerFor } from '../caller.ts';

/** A share link in the address (`#/objects.get?r=…`) wins over the endpoint last used and its examples. */
export function openSharedLink(hash = location.hash): void {
  const shared = parseShareHash(hash);
  const endpoint = shared && endpointById(shared.endpoint);
  if (!shared || !endpoint) return;
  update((s) => ({
    endpointId: endpoint.id,
    states: { ...s.states, [endpoint.id]: stateFromInput(formFor(endpoint), shared.input) },
    choices: { ...s.choices, [endpoint.id]: 'own' },
  }));
}

export function select(endpoint: Endpoint): void {
  saveSetting('endpoint', endpoint.id);
  update({ endpointId: endpoint.id, touched: false, outcome: undefined });
  window.history.replaceState(null, '', `#/${endpoint.id}`);
}

/** The form on screen, edited. */
export function setFormState(next: FormState): void {
  const id = endpointOf(getState()).id;
  update((s) => ({ touched: true, states: { ...s.states, [id]: next } }));
}

export function setBodyMode(mode: BodyMode): void {
  const s = getState();
  setFormState(switchBodyMode(formFor(endpointOf(s)), formStateOf(s), mode));
}

/** Another documented example (its time window moved to the last hour), or an empty form. */
export function chooseExample(next: number | 'empty'): void {
  const endpoint = endpointOf(getState());
  const form = formFor(endpoint);
  const example = typeof next === 'number' ? examplesFor(endpoint)[next] : undefined;
  const state = example ? stateFromInput(form, lastHour(example, Date.now())) : emptyState(form);
  update((s) => ({
    touched: false,
    states: { ...s.states, [endpoint.id]: state },
    choices: { ...s.choices, [endpoint.id]: next },
  }));
}

export async function send(): Promise<void> {
  update({ touched: true });
  const s = getState();
  const target = targetOf(s);
  const built = builtOf(s);
  if (!target || s.sending || Object.keys(built.errors).length) return;
  const endpoint = endpointOf(s);
  update({ sending: true });
  try {
    const result = await callerFor(target).send(endpoint, built.input);
    update({ outcome: result });
    if (result.kind === 'sent' && result.value !== undefined && !result.error) update({ lastAnswer: result.value });
    if (result.kind === 'sent') {
      const entry: HistoryEntry = {
        id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
        time: Date.now(),
        endpoint: endpoint.id,
        method: endpoint.method,
        target: s.targetKind,
        input: redactInput(endpoint.id, built.input, secretsOf(s.auth)),
        status: result.exchange?.status ?? result.error?.name ?? 'error',
      };
      update({ entries: await addHistory(entry) });
    }
  } finally {
    update({ sending: false });
  }
}

/** A request from history (or an imported one) in the form. */
export function replay(entry: Pick<HistoryEntry, 'endpoint' | 'input'>): void {
  const endpoint = endpointById(entry.endpoint);
  if (!endpoint) return;
  update((s) => ({
    endpointId: endpoint.id,
    states: { ...s.states, [endpoint.id]: stateFromInput(formFor(endpoint), entry.input) },
    choices: { ...s.choices, [endpoint.id]: 'own' },
    touched: true,
    outcome: undefined,
  }));
}

export async function share(): Promise<void> {
  const s = getState();
  const link = `${location.origin}${location.pathname}${shareHash(endpointOf(s).id, builtOf(s).input, secretsOf(s.auth))}`;
  window.history.replaceState(null, '', link);
  await navigator.clipboard?.writeText(link).catch(() => {});
  update({ notice: 'Share link copied (it holds the request, never credentials).' });
}
