/**
 * What follows from the store: the endpoint on screen, its form, its documented examples, the form's
 * state and the input built from it, the target. Each is cached by what it depends on, so a selector
 * returns the same object until that changes (components re-render only then).
 */
import { examplesOf, type RequestExample } from '@saymon-sdk/core/docs';
import { type Built, buildInput, type EndpointForm, type FormState, formOf } from '../lib/form-state.ts';
import { type Endpoint, endpointById } from '../lib/registry.ts';
import type { Target } from '../lib/send.ts';
import { tabFetch } from '../lib/tab-target.ts';
import { tabSnippetServer } from '../lib/targets.ts';
import { resolveState, type Scope } from '../lib/variables.ts';
import { type Start, startOf } from './start-input.ts';
import { DEFAULT_ENDPOINT, type ExampleChoice, type PlaygroundState } from './store.ts';

function cachedBy<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, make(key));
    return cache.get(key) as V;
  };
}

export const endpointOf = (s: PlaygroundState): Endpoint =>
  endpointById(s.endpointId) ?? (endpointById(DEFAULT_ENDPOINT) as Endpoint);
export const formFor: (endpoint: Endpoint) => EndpointForm = cachedBy(formOf);
export const examplesFor: (endpoint: Endpoint) => readonly RequestExample[] = cachedBy(examplesOf);
const starts = new Map<string, { made: number; start: Start }>();
/**
 * The form an endpoint opens on (what a user wants first; see `startOf`), kept for a minute so a
 * selector returns the same object (its "last hour" moves on after that).
 */
export function startFor(endpoint: Endpoint, now = Date.now()): Start {
  const kept = starts.get(endpoint.id);
  if (kept && now - kept.made < 60_000) return kept.start;
  const start = startOf(endpoint, formFor(endpoint), examplesFor(endpoint), now);
  starts.set(endpoint.id, { made: now, start });
  return start;
}

export function choiceOf(s: PlaygroundState): ExampleChoice {
  const endpoint = endpointOf(s);
  return s.choices[endpoint.id] ?? startFor(endpoint).choice;
}

export function formStateOf(s: PlaygroundState): FormState {
  const endpoint = endpointOf(s);
  return s.states[endpoint.id] ?? startFor(endpoint).state;
}

let lastScope: { key: unknown[]; scope: Scope } | undefined;
/** What `{{name}}` references read: the last answer, captured values, the active environment's values. */
export function scopeOf(s: PlaygroundState): Scope {
  const environment = s.environments.find((e) => e.id === s.environmentId);
  const key = [s.lastAnswer, s.captures, environment?.values];
  if (lastScope?.key.every((k, i) => k === key[i])) return lastScope.scope;
  const scope: Scope = { values: { ...environment?.values, ...s.captures } };
  if (s.lastAnswer !== undefined) scope.last = s.lastAnswer;
  lastScope = { key, scope };
  return scope;
}

let lastBuilt: { endpoint: Endpoint; state: FormState; scope: Scope; built: Built } | undefined;
/**
 * The call input of the form on screen, its `{{name}}` references resolved (the same object while the
 * form and the variables are unchanged): what the dry run checks, the snippets show and Send sends.
 */
export function builtOf(s: PlaygroundState): Built {
  const endpoint = endpointOf(s);
  const state = formStateOf(s);
  const scope = scopeOf(s);
  if (lastBuilt?.endpoint !== endpoint || lastBuilt.state !== state || lastBuilt.scope !== scope) {
    const resolved = resolveState(state, scope, { jsonBody: endpoint.bodyKind !== 'text' });
    const built = buildInput(endpoint, formFor(endpoint), resolved.state);
    lastBuilt = { endpoint, state, scope, built: { ...built, errors: { ...built.errors, ...resolved.errors } } };
  }
  return lastBuilt.built;
}

/** The form's input as typed, its references kept (what a saved request keeps). */
export function templateOf(s: PlaygroundState): Built {
  const endpoint = endpointOf(s);
  return buildInput(endpoint, formFor(endpoint), formStateOf(s));
}

let lastTarget: { key: unknown[]; target: Target | undefined } | undefined;
/** Where calls go: undefined until the config is known (the in-tab emulator loads on its first call). */
export function targetOf(s: PlaygroundState): Target | undefined {
  const key = [s.config, s.targetKind];
  if (lastTarget?.key.every((k, i) => k === key[i])) return lastTarget.target;
  lastTarget = { key, target: makeTarget(s) };
  return lastTarget.target;
}

function makeTarget({ config, targetKind }: PlaygroundState): Target | undefined {
  if (!config) return undefined;
  if (targetKind === 'tab')
    return { kind: 'tab', url: `${location.origin}/__tab`, server: tabSnippetServer(config), fetch: tabFetch };
  if (targetKind === 'local')
    return config.local ? { kind: 'local', url: `${location.origin}/__local`, server: config.local.server } : undefined;
  return config.real?.server
    ? { kind: 'real', url: `${location.origin}/__real`, server: config.real.server }
    : undefined;
}
