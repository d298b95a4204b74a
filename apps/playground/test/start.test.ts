/**
 * `pnpm playground` with the emulator port taken: the emulator server takes a free port, and the
 * dev server tells the page that port (the page's snippets name it), not the one it asked for.
 */
import { once } from 'node:events';
import { createServer } from 'node:net';
import { expect, it, onTestFinished } from 'vitest';
import { startPlayground } from '../server/start.ts';

it("the emulator port taken, the dev server's config names the port the emulator server got", async () => {
  const blocker = createServer().listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  onTestFinished(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
  const taken = (blocker.address() as { port: number }).port;

  const lines: string[] = [];
  const playground = await startPlayground({ port: 0, emulatorPort: taken }, (line) => lines.push(line));
  onTestFinished(() => playground.close());

  expect(lines).toEqual([`Port ${taken} is taken: the emulator server picks a free one.`]);
  expect(playground.emulator.port).not.toBe(taken);
  const config = (await (await fetch(new URL('__playground/config.json', playground.url))).json()) as {
    local?: { server: string };
  };
  expect(config.local?.server).toBe(playground.emulator.url);
  expect(config.local?.server).toBe(`http://127.0.0.1:${playground.emulator.port}`);
  // and the page's local target reaches that server through the proxy
  const answer = await fetch(new URL('__local/node/api/users/current', playground.url), {
    headers: { authorization: `Basic ${Buffer.from('admin:saymon').toString('base64')}` },
  });
  expect(answer.status).toBe(200);
});
