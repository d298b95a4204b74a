import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export interface Child {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Spawns a node script and waits for it to print its port (the first match of `port`: by default
 * a line holding only the number), then serves from 127.0.0.1 until `stop()`.
 */
export async function spawnServer(
  script: string | URL,
  args: string[] = [],
  port: RegExp = /^(\d+)\s*$/m,
  timeoutMs = 20_000,
): Promise<Child> {
  const child = spawn(process.execPath, [script instanceof URL ? script.pathname : script, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const found = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script}: no port within ${timeoutMs} ms`)), timeoutMs);
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = port.exec(text);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${found}`,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      child.stdin?.end();
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
