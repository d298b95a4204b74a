/**
 * `pnpm tour` (first-call.mjs) as a newcomer runs it: the port it wants is taken (another emulator,
 * another app), so it says so in one line, takes a free port and prints the URL it really got.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, it, onTestFinished } from 'vitest';

const tour = fileURLToPath(new URL('../first-call.mjs', import.meta.url));

/** A plain TCP server holding a port on 127.0.0.1 (where the emulator listens). */
async function occupy(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port };
}

/** Runs the tour with `env`; stopped (SIGTERM) and awaited when the test ends. */
function runTour(env: Record<string, string>) {
  const child = spawn(process.execPath, [tour], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk) => {
    output.stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output.stderr += chunk;
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  onTestFinished(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  });
  return { child, output, exited };
}

async function waitFor(child: ChildProcess, output: { stdout: string }, pattern: RegExp): Promise<RegExpMatchArray> {
  for (;;) {
    const match = output.stdout.match(pattern);
    if (match) return match;
    if (child.exitCode !== null) throw new Error(`the tour exited (${child.exitCode}) before ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('its port taken, the tour says so in one line, takes a free port and prints the URL it got', async () => {
  const { server, port } = await occupy();
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { child, output, exited } = runTour({ PORT: String(port) });

  const [, url] = await waitFor(child, output, /keeps running at (http:\/\/127\.0\.0\.1:\d+)/);
  const real = new URL(url as string);
  expect(real.port).not.toBe(String(port));
  expect(output.stdout).toContain(`Port ${port} is taken: the emulator takes a free one`);
  expect(output.stdout).toContain(`SAYMON emulator: ${url}/node/api`);
  expect(output.stdout).toContain('Logged in as admin.');
  expect(output.stderr).toBe('');
  // the printed URL is the emulator's: a call there answers as SAYMON does
  const answer = await fetch(`${url}/node/api/users/current`, {
    headers: { authorization: `Basic ${Buffer.from('admin:saymon').toString('base64')}` },
  });
  expect(answer.status).toBe(200);
  expect(((await answer.json()) as { login: string }).login).toBe('admin');

  child.kill('SIGTERM');
  expect(await exited).toEqual([0, null]);
});

it('a PORT that is not a port is one clear line and exit code 1, no stack', async () => {
  const { output, exited } = runTour({ PORT: 'eighty' });
  expect(await exited).toEqual([1, null]);
  expect(output.stderr.trim()).toBe('PORT must be a number from 0 to 65535, got "eighty".');
  expect(output.stdout).toBe('');
});
