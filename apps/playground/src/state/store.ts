/**
 * The page's one state store: a plain object, replaced (never mutated) by `update`, read by components
 * through `useStore(select)`, the `useSyncExternalStore` pattern on Preact's own hooks. No library:
 * a store is `getState`, `update` and `subscribe`; zustand (or preact/compat for React's hook) would be
 * the same lines plus a dependency in the first load, which has a budget. Actions live beside their
 * feature (`src/features/*`), derived values in `derived.ts`.
 */
import { useLayoutEffect, useReducer } from 'preact/hooks';
import type { Collection } from '../lib/collections.ts';
import type { Environment } from '../lib/environments.ts';
import type { FormState } from '../lib/form-state.ts';
import type { AuthSettings, Outcome, Target } from '../lib/send.ts';
import { LANGUAGES, type Language } from '../lib/snippets.ts';
import { type HistoryEntry, setting, tabSecret } from '../lib/storage.ts';
import type { ServerConfig } from '../lib/targets.ts';
import type { DryRun } from '../lib/wire.ts';

export type TargetKind = Target['kind'];
/** Which documented example an endpoint's form started from: its index, `empty`, or `own` (history or link). */
export type ExampleChoice = number | 'empty' | 'own';
export type Theme = 'light' | 'dark';

export interface PlaygroundState {
  /** undefined until the dev server has said where its emulator server listens (snippets wait for it). */
  config: ServerConfig | undefined;
  targetKind: TargetKind;
  auth: AuthSettings;
  readOnly: boolean;
  realUrl: string;
  query: string;
  endpointId: string;
  /** Each endpoint's form, once edited (else it starts from `startOf`). */
  states: Readonly<Record<string, FormState>>;
  choices: Readonly<Record<string, ExampleChoice>>;
  touched: boolean;
  dry: DryRun | undefined;
  outcome: Outcome | undefined;
  sending: boolean;
  entries: HistoryEntry[];
  language: Language;
  theme: Theme;
  authBusy: boolean;
  authMessage: { kind: 'ok' | 'error'; text: string } | undefined;
  notice: string | undefined;
  /** The value of the last answer that came (`{{last}}`), kept across endpoints. */
  lastAnswer: unknown;
  /** Values taken from answers with "save as variable" (`{{name}}`), this tab's memory only. */
  captures: Readonly<Record<string, unknown>>;
  environments: Environment[];
  /** The active environment's id: its values are variables; undefined for none. */
  environmentId: string | undefined;
  collections: Collection[];
  /** A value taken from an answer with "use in request", waiting for the field it goes into. */
  carry: { from: string; key: string; value: unknown } | undefined;
}

export const DEMO_AUTH: AuthSettings = { type: 'basic', login: 'admin', password: 'saymon' };
export const DEFAULT_ENDPOINT = 'objects.list';

export function initialAuth(kind: TargetKind): AuthSettings {
  return (
    tabSecret<AuthSettings>(`auth:${kind}`) ??
    (kind === 'real' ? { type: 'basic', login: '', password: '' } : DEMO_AUTH)
  );
}

function initialState(): PlaygroundState {
  const targetKind = setting<TargetKind>('target', 'tab');
  const language = setting<Language>('language', 'curl');
  return {
    config: undefined,
    targetKind,
    auth: initialAuth(targetKind),
    readOnly: true,
    realUrl: '',
    query: '',
    endpointId: setting('endpoint', DEFAULT_ENDPOINT),
    states: {},
    choices: {},
    touched: false,
    dry: undefined,
    outcome: undefined,
    sending: false,
    entries: [],
    language: LANGUAGES.some((l) => l.id === language) ? language : 'curl',
    theme: setting<Theme>('theme', globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
    authBusy: false,
    authMessage: undefined,
    notice: undefined,
    lastAnswer: undefined,
    captures: {},
    environments: [],
    environmentId: undefined,
    collections: [],
    carry: undefined,
  };
}

let state: PlaygroundState | undefined;
const listeners = new Set<() => void>();

export function getState(): PlaygroundState {
  state ??= initialState();
  return state;
}

/** Replaces the parts given (or computed from the current state); every subscriber is told once. */
export function update(
  change: Partial<PlaygroundState> | ((current: PlaygroundState) => Partial<PlaygroundState>),
): void {
  const current = getState();
  state = { ...current, ...(typeof change === 'function' ? change(current) : change) };
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The part of the state a component reads; it renders again only when that part changes (`Object.is`). */
export function useStore<T>(select: (state: PlaygroundState) => T): T {
  const value = select(getState());
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const latest = { select, value };
  useLayoutEffect(() => {
    const check = () => {
      if (!Object.is(latest.select(getState()), latest.value)) rerender(0);
    };
    check(); // a change between render and subscription
    return subscribe(check);
  });
  return value;
}
