/** A local server that answers every request with `{}` and counts them: the proof that nothing was sent. */
import { createServer } from 'node:http';
import { onTestFinished } from 'vitest';

export async function counter() {
  let requests = 0;
  const server = createServer((_, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, requests: () => requests };
}
