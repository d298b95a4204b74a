/**
 * A read-only user cannot stall the emulator: patterns that backtrack without end in a JavaScript
 * regular expression (`^(.|.)*$x` over a long text) and templates built to make a renderer
 * quadratic or exponential are answered, and while four of them run, other calls still answer.
 * What is checked is liveness (the server answers), not speed.
 */
import { describe, expect, it } from 'vitest';
import { start } from '../cli-process.ts';
import { ADMIN, Findings, VIEWER } from './findings.ts';

/** Exponential for a backtracking engine on a text of n characters: 2^n ways to match `.` twice over. */
const EVIL = '^(.|.)*$x';
const LONG_NAME = 'a'.repeat(48);
/** Generous: a call that has not answered by then is stalled, not slow. */
const STALLED_MS = 20_000;

/**
 * The emulator in a process of its own (the CLI): a stalled event loop there cannot stall the test,
 * which then reports the finding instead of hanging with it.
 */
async function emulator(): Promise<string> {
  const { url } = await start(['--seed', 'demo']);
  // a long text for the patterns to run over: an object's name (search)
  const created = await fetch(`${url}/node/api/objects`, {
    method: 'POST',
    headers: { authorization: ADMIN, 'content-type': 'application/json' },
    body: JSON.stringify({ name: LONG_NAME, parent_id: '1' }),
  });
  expect(created.status).toBe(200);
  return url;
}

interface Vector {
  name: string;
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: unknown;
}

const query = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const vectors: Vector[] = [
  {
    name: 'objects.search $regex',
    method: 'POST',
    path: '/node/api/objects/search',
    body: { search: { name: { $regex: EVIL } } },
  },
  {
    name: 'objects.search $regex with $options',
    method: 'POST',
    path: '/node/api/objects/search',
    body: { search: { name: { $regex: EVIL, $options: 'is' } } },
  },
  {
    name: 'incidents filter _m (text)',
    method: 'GET',
    path: `/node/api/incidents?filter=${query([['text', { value: EVIL, op: '_m' }]])}`,
  },
  {
    name: 'event-log filter $regex (trap bindings, a JSON text)',
    method: 'GET',
    path: `/node/api/event-log?filter=${query({ 'payload.bindings': { $regex: EVIL } })}`,
  },
  {
    name: 'event-log filter $regex (entity name)',
    method: 'GET',
    path: `/node/api/event-log?filter=${query({ 'payload.message': { $regex: EVIL } })}`,
  },
  {
    name: 'template preview, 200 KB of unclosed sections',
    method: 'PATCH',
    path: '/node/api/notification-templates/preview',
    body: { content: '{{#items}}'.repeat(20_000), templateType: 'email' },
  },
  {
    name: 'template preview, sections nested over a list',
    method: 'PATCH',
    path: '/node/api/notification-templates/preview',
    body: { content: `${'{{#items}}'.repeat(16)}x${'{{/items}}'.repeat(16)}`, templateType: 'email' },
  },
  {
    name: 'template preview, sections nested over a list, writing nothing',
    method: 'PATCH',
    path: '/node/api/notification-templates/preview',
    body: { content: `${'{{#items}}'.repeat(16)}${'{{/items}}'.repeat(16)}`, templateType: 'email' },
  },
  {
    name: 'template preview, 2 MB',
    method: 'PATCH',
    path: '/node/api/notification-templates/preview',
    body: { content: '{{#items}}'.repeat(200_000), templateType: 'email' },
  },
];

function send(url: string, vector: Vector, signal: AbortSignal): Promise<Response> {
  return fetch(url + vector.path, {
    method: vector.method,
    headers: { authorization: VIEWER, 'content-type': 'application/json' },
    body: vector.body === undefined ? undefined : JSON.stringify(vector.body),
    signal,
  });
}

/** Whether `users/current` answers while the vector's requests run. */
async function staysLive(url: string, vector: Vector): Promise<string | undefined> {
  const stop = AbortSignal.timeout(STALLED_MS);
  const running = Array.from({ length: 4 }, () => send(url, vector, stop).then((r) => r.status));
  const health = await fetch(`${url}/node/api/users/current`, {
    headers: { authorization: VIEWER },
    signal: AbortSignal.timeout(STALLED_MS),
  }).then(
    (r) => r.status,
    () => 'no answer',
  );
  const statuses = await Promise.all(running.map((p) => p.catch(() => 'no answer')));
  if (health !== 200) return `users/current answered ${health} while it ran`;
  // a clear refusal (400 for syntax RE2 lacks, 413 for a template over the cap) or an answer
  const bad = statuses.filter((s) => s !== 200 && s !== 400 && s !== 413);
  return bad.length ? `the vector itself answered ${bad.join(', ')}` : undefined;
}

describe('hostile: liveness', () => {
  it(
    'answers every pattern and template a read-only user sends, and keeps answering others meanwhile',
    async () => {
      const findings = new Findings('liveness');
      const url = await emulator();
      for (const vector of vectors) {
        const problem = await staysLive(url, vector);
        findings.check(vector.name, problem);
        if (problem) break; // the process is stalled: the vectors after it would only repeat the finding
      }
      findings.print();
      expect(findings.found).toEqual([]);
    },
    60_000 + 2 * STALLED_MS,
  );

  it('refuses what the linear engine cannot run, and templates over the cap, with a clear answer', async () => {
    const signal = AbortSignal.timeout(STALLED_MS);
    const url = await emulator();
    const backreference = await send(
      url,
      { name: '', method: 'POST', path: '/node/api/objects/search', body: { search: { name: { $regex: '(a)\\1' } } } },
      signal,
    );
    expect(backreference.status).toBe(400);
    expect(((await backreference.json()) as { message: string }).message).toMatch(/Invalid \$regex: .*RE2/);
    const big = await send(
      url,
      {
        name: '',
        method: 'PATCH',
        path: '/node/api/notification-templates/preview',
        body: { content: 'x'.repeat(300_000) },
      },
      signal,
    );
    expect(big.status).toBe(413);
    expect(((await big.json()) as { message: string }).message).toMatch(/longer than the preview limit of 262144/);
  }, 60_000);
});
