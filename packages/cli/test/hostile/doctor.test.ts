/**
 * `saymon doctor` against a hostile server: prototype keys, deep nesting, the password echoed as
 * a field name, text where JSON belongs, answers too slow for the time bound. The report stays a
 * report (no crash, no secret, no prototype pollution) and the run ends in time.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { endpoints } from '@saymon-sdk/core';
import { createRouter } from '@saymon-sdk/core/adapter';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { DoctorReport } from '../../src/doctor/outcome.ts';
import { run } from '../../src/run.ts';

const PASSWORD = 'Hostile-Pw-90210';
const ENV = { SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: PASSWORD };
const router = createRouter(endpoints);
type Answer = (response: ServerResponse) => unknown;

const json = (value: string) => (response: ServerResponse) =>
  response.writeHead(200, { 'content-type': 'application/json' }).end(value);

/** A server that answers the given endpoints and says every other route does not exist. */
async function hostile(answers: Partial<Record<string, Answer>>): Promise<string> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const id = router.match(request.method ?? 'GET', url.pathname)?.endpoint.id;
    const answer = id ? answers[id] : undefined;
    if (answer) return answer(response);
    response
      .writeHead(404, { 'content-type': 'application/json' })
      .end(JSON.stringify({ code: 'ResourceNotFound', message: `${url.pathname} does not exist` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function doctor(url: string, extra: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await run(['doctor', url, '-o', 'json', '--rate', '100', '--in-flight', '4', ...extra], {
    env: ENV,
    stdout: { write: (c) => out.push(String(c)) },
    stderr: { write: (c) => err.push(String(c)) },
    stdin: [],
  });
  if (!out.length) throw new Error(`no report: ${err.join('')}`);
  return { exitCode: result.exitCode, text: out.join(''), report: JSON.parse(out.join('')) as DoctorReport };
}

describe('saymon doctor against a hostile server', () => {
  it('reports prototype keys as drift, polluting nothing, and an answer nested too deeply as failed', async () => {
    let deep = '1';
    for (let i = 0; i < 5000; i++) deep = `[${deep}]`;
    const url = await hostile({
      'service.versionHash': json('"abc"'),
      'objects.list': json(`[{"id":"1","name":"a","__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}]`),
      'tags.list': json(`[{"id":"1","name":"t","deep":${deep}}]`),
    });
    const { report } = await doctor(url);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const byId = new Map(report.endpoints.map((e) => [e.id, e]));
    expect(byId.get('objects.list')?.findings).toEqual(
      expect.arrayContaining([
        { kind: 'extra', path: '[].__proto__', seen: 'object' },
        { kind: 'extra', path: '[].constructor', seen: 'object' },
      ]),
    );
    expect(byId.get('tags.list')).toMatchObject({
      outcome: 'failed',
      reason: 'the answer could not be compared: it is nested too deeply',
    });
  });

  it('never prints the password, even as the name of a field it reports', async () => {
    const url = await hostile({
      'service.versionHash': json(`"${PASSWORD}"`),
      'users.current': json(JSON.stringify({ id: '1', login: 'admin', [PASSWORD]: 1, echo: `pw=${PASSWORD}` })),
    });
    const { text, report } = await doctor(url);
    expect(report.endpoints.find((e) => e.id === 'users.current')?.outcome).toBe('drift');
    expect(text).not.toContain(PASSWORD);
  });

  it('counts text where JSON belongs as a failed call, not a crash', async () => {
    const url = await hostile({
      'service.versionHash': json('"abc"'),
      'objects.list': (response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{not json'),
    });
    const { report, exitCode } = await doctor(url);
    expect(report.endpoints.find((e) => e.id === 'objects.list')).toMatchObject({ outcome: 'failed' });
    expect(exitCode).toBe(1);
  });

  it('starts nothing after the time bound: the rest is not tried, saying why', async () => {
    const slow: Answer = async (response) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      response.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    };
    const answers = Object.fromEntries(endpoints.filter((e) => e.effect === 'read').map((e) => [e.id, slow]));
    const url = await hostile(answers);
    const { report } = await doctor(url, ['--in-flight', '1', '--max-time', '1']);
    const late = report.endpoints.filter((e) => e.reason?.includes('time bound'));
    expect(late.length).toBeGreaterThan(20);
    expect(report.summary.conforms + report.summary.drift).toBeLessThan(10);
  });
});
