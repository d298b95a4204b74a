/**
 * A doctor run: the server's version first, then every read the plan can fill, paced by the gate
 * behind the guarded `fetch` the client was made with. Ids come from the first record of each list
 * answer; a list that is empty or fails leaves the reads that need its ids "not tried", saying so.
 */
import type { AnyEndpoint, SaymonClient } from '@saymon-sdk/core';
import { type Checked, checkEndpoint, type ExtraInput } from './check.ts';
import { type DoctorReport, type EndpointReport, summarize } from './outcome.ts';
import { pageLimit } from './page-limit.ts';
import { planRun, type Step } from './plan.ts';

export interface EngineOptions {
  readonly client: SaymonClient;
  readonly endpoints: readonly AnyEndpoint[];
  /** The origin, for the report. */
  readonly server: string;
  /** The documented request examples of an endpoint (`examplesOf` of `@saymon-sdk/core/docs`). */
  readonly examples?: (id: string) => readonly DocumentedExample[];
  readonly now?: () => number;
}

export interface DocumentedExample extends ExtraInput {
  readonly title?: string;
}

/** A string the docs print as a placeholder (`$object_id`, `<object_id_1>`), not as data. */
const PLACEHOLDER = /^(?:\$[A-Za-z_]\w*|<[^>]+>)$/;

function hasPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return PLACEHOLDER.test(value);
  if (Array.isArray(value)) return value.some(hasPlaceholder);
  if (value && typeof value === 'object') return Object.values(value).some(hasPlaceholder);
  return false;
}

/**
 * The first documented example whose query and body are data (no placeholder): a read that needs
 * input sends it, with its path parameters from the run's own ids.
 */
export function usableExample(
  examples: readonly DocumentedExample[],
): { input: ExtraInput; title: string } | undefined {
  const at = examples.findIndex((e) => !hasPlaceholder(e.query) && !hasPlaceholder(e.body));
  const example = examples[at];
  if (!example) return undefined;
  const input = {
    ...(example.query !== undefined ? { query: example.query } : {}),
    ...(example.body !== undefined ? { body: example.body } : {}),
  };
  return { input, title: example.title ?? `example ${at + 1}` };
}

/** The `id` of the first record of a list answer, if it has one. */
function firstId(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : undefined;
  const id = (list?.find((item) => item && typeof item === 'object' && 'id' in item) as { id?: unknown } | undefined)
    ?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

export async function runDoctor(options: EngineOptions): Promise<DoctorReport> {
  const now = options.now ?? Date.now;
  const started = now();
  const { client } = options;
  const plan = planRun(options.endpoints);
  const calls = new Map<string, Promise<Checked>>();
  /** Each endpoint is called once per set of path parameters and input. */
  const checked = (endpoint: AnyEndpoint, path: Record<string, string> = {}, input: ExtraInput = {}) => {
    const key = `${endpoint.id} ${JSON.stringify(path)} ${JSON.stringify(input)}`;
    let call = calls.get(key);
    if (!call) {
      call = checkEndpoint(client, endpoint, path, input);
      calls.set(key, call);
    }
    return call;
  };
  /**
   * The call without input (but a page limit where the query takes one); where the SDK says it needs
   * some, again with a documented example's.
   */
  const attempt = async (endpoint: AnyEndpoint, path: Record<string, string> = {}): Promise<EndpointReport> => {
    const plain = await checked(endpoint, path, pageLimit(endpoint));
    if (!plain.needsInput) return plain.report;
    const example = usableExample(options.examples?.(endpoint.id) ?? []);
    if (!example)
      return { ...plain.report, reason: `${plain.report.reason}; no documented example without placeholders` };
    const result = await checked(endpoint, path, example.input);
    return { ...result.report, example: example.title };
  };

  let version: string | undefined;
  const reports: EndpointReport[] = [];
  if (plan.version) {
    const result = await checked(plan.version);
    reports.push(result.report);
    if (typeof result.value === 'string') version = result.value;
    // no answer at all (unreachable, no answer in time): nothing else is sent
    if (result.report.outcome === 'failed' && result.report.status === undefined) {
      const reason = `not sent: the version call got no answer (${result.report.reason})`;
      for (const endpoint of options.endpoints)
        if (endpoint !== plan.version)
          reports.push({ id: endpoint.id, method: endpoint.method, path: endpoint.path, outcome: 'not-tried', reason });
      return finish(reports);
    }
  }

  const fill = async (step: Step & { kind: 'call' }): Promise<EndpointReport> => {
    const path: Record<string, string> = {};
    for (const source of step.ids) {
      // the same call as the list's own check (memoised), so each list is asked once
      const list = await checked(source.list, pickFor(source.list, path), pageLimit(source.list));
      const id = firstId(list.value);
      if (id === undefined) {
        const why = list.value === undefined ? `it was ${list.report.outcome}` : 'it named no record with an id';
        return {
          id: step.endpoint.id,
          method: step.endpoint.method,
          path: step.endpoint.path,
          outcome: 'not-tried',
          reason: `its ${source.param} comes from ${source.list.id}, and ${why}`,
        };
      }
      path[source.param] = id;
    }
    return attempt(step.endpoint, path);
  };

  const first = plan.first.map((step) => attempt(step.endpoint));
  const second = plan.second.map((step) => (step.kind === 'call' ? fill(step) : Promise.resolve(skipReport(step))));
  reports.push(...(await Promise.all([...first, ...second])));
  reports.push(...plan.skipped.map(skipReport));
  return finish(reports);

  function finish(list: EndpointReport[]): DoctorReport {
    const order = new Map(options.endpoints.map((e, i) => [e.id, i]));
    list.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    return {
      server: options.server,
      ...(version !== undefined ? { version } : {}),
      startedAt: new Date(started).toISOString(),
      durationMs: Math.round(now() - started),
      endpoints: list,
      summary: summarize(list),
    };
  }
}

/** The path parameters a nested list takes, from those already filled (same SDK names). */
function pickFor(list: AnyEndpoint, filled: Record<string, string>): Record<string, string> {
  const names = [...list.path.matchAll(/:(\w+)/g)].length;
  return Object.fromEntries(Object.entries(filled).slice(0, names));
}

function skipReport(step: Step): EndpointReport {
  const { endpoint } = step;
  return {
    id: endpoint.id,
    method: endpoint.method,
    path: endpoint.path,
    outcome: 'not-tried',
    reason: step.kind === 'skip' ? step.reason : 'not planned',
  };
}
