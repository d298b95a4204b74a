/**
 * Chaining: a value of an answer (any node of the tree) goes into a request's form, is saved as a
 * `{{name}}` variable, or is copied. The answer is parsed again here on first use (one click, not
 * every render): the tree's rows may live in the answer worker.
 */
import { isSecretVariable, VARIABLE_NAME } from '../../lib/environments.ts';
import type { BodyMode, FormState } from '../../lib/form-state.ts';
import type { Endpoint } from '../../lib/registry.ts';
import type { Exchange } from '../../lib/send.ts';
import { asText } from '../../lib/variables.ts';
import { formFor, formStateOf } from '../../state/derived.ts';
import { getState, update } from '../../state/store.ts';
import { setFormState } from '../request/actions.ts';
import { displayPath, type NodePath, preview } from '../response/tree/model.ts';

const SEP = '\u001f';
const parsed = new WeakMap<Exchange, unknown>();

/** The value at a node of an exchange's JSON answer. */
export function valueAt(exchange: Exchange, path: NodePath): unknown {
  if (!parsed.has(exchange)) parsed.set(exchange, JSON.parse(new TextDecoder().decode(exchange.body)));
  let value = parsed.get(exchange);
  for (const key of path === '' ? [] : path.split(SEP)) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** What "use in request" carries: an object's `id` when it has one, else the value under its own key. */
export function carried(path: NodePath, value: unknown): { from: string; key: string; value: unknown } {
  const from = displayPath(path);
  const object = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (object && 'id' in value) return { from: `${from}.id`, key: 'id', value: (value as { id: unknown }).id };
  return { from, key: path.split(SEP).pop() ?? '', value };
}

export function carry(path: NodePath, value: unknown): void {
  update({ carry: carried(path, value) });
  document.getElementById('carry')?.focus();
}

export type Part = 'path' | 'query' | 'body';
export interface Slot {
  part: Part;
  name: string;
}

/** The fields of the form on screen a value can go into (body fields while the body is a form). */
export function slotsOf(endpoint: Endpoint, bodyMode: BodyMode): Slot[] {
  const form = formFor(endpoint);
  const body = bodyMode === 'form' ? form.body : [];
  return [
    ...form.path.map((f) => ({ part: 'path' as const, name: f.name })),
    ...form.query.map((f) => ({ part: 'query' as const, name: f.name })),
    ...body.map((f) => ({ part: 'body' as const, name: f.name })),
  ];
}

/** The field whose name is the value's key (case and `_` aside), else the only path parameter for an `id`. */
export function matchSlot(slots: readonly Slot[], key: string): Slot | undefined {
  const plain = (name: string) => name.toLowerCase().replace(/[_-]/g, '');
  const exact = slots.find((s) => plain(s.name) === plain(key));
  if (exact) return exact;
  const path = slots.filter((s) => s.part === 'path');
  return /id$/i.test(key) && path.length === 1 ? path[0] : undefined;
}

/** Puts the carried value into a field of the form on screen. */
export function putCarry(slot: Slot): void {
  const { carry: value } = getState();
  if (!value) return;
  const state: FormState = formStateOf(getState());
  const text = asText(value.value);
  setFormState({ ...state, [slot.part]: { ...state[slot.part], [slot.name]: text } });
  update({ carry: undefined, notice: `${value.from} put into ${slot.part} ${slot.name}.` });
}

/**
 * Keeps a value as `{{name}}` for this tab; what happened, in words, for the status beside the button
 * (the variables panel may be closed): the name, and the value unless the name is a secret's.
 */
export function saveAsVariable(path: NodePath, value: unknown): { ok: boolean; message: string } | undefined {
  const suggested = (path.split(SEP).pop() ?? 'value').replace(/^\d+$/, 'item').replace(/[^\w-]/g, '_');
  const name = prompt('Save this value as the variable named', suggested)?.trim();
  if (!name) return undefined;
  if (!VARIABLE_NAME.test(name))
    return { ok: false, message: `“${name}” cannot be a variable name: a letter or _, then letters, digits, _ or -.` };
  update((s) => ({ captures: { ...s.captures, [name]: value } }));
  const shown = isSecretVariable(name) ? 'its value not shown: the name is a secret’s' : `= ${preview(value, 40)}`;
  return { ok: true, message: `Saved as {{${name}}} (${shown}); use {{${name}}} in any field of a request.` };
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard?.writeText(text).catch(() => {});
}
