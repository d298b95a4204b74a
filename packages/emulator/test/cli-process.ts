/** The emulator's CLI as a child process, for tests that kill it or check how it starts. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { onTestFinished } from 'vitest';

export const cli = new URL('../dist/cli.js', import.meta.url).pathname;

/** Starts the CLI with a free port; resolves with its URL once it says it is listening (killed when the test finishes; call it inside a test). */
export async function start(
  args: string[],
): Promise<{ child: ChildProcess; url: string; output: () => string; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  onTestFinished(() => {
    child.kill('SIGKILL');
  });
  const exited = once(child, 'exit');
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = output.match(/listening on (http:\/\/[^\s/]+)/);
      if (match) {
        clearInterval(timer);
        resolve(match[1] as string);
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`emulator exited with ${code}: ${output}`));
    });
  });
  return { child, url, output: () => output, exited };
}

/** Runs the CLI to its end (for arguments it refuses): the exit code and what it printed. */
export function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
