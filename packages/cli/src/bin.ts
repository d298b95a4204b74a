#!/usr/bin/env node
import module from 'node:module';

// Node keeps the compiled code of the modules a run loaded (in its temp dir, `node-compile-cache`, as
// npm does; NODE_DISABLE_COMPILE_CACHE=1 turns it off): compiling the registry, core, ky and zod was
// the largest part of every start-up. Turned on before anything else is imported, so it covers them.
module.enableCompileCache?.();

const { run } = await import('./run.ts');

// `saymon … | head`: the reader left; stop quietly instead of failing on EPIPE
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// the first Ctrl-C stops starting calls (a bulk run then says how far it got); the second ends at once
const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort(new Error('interrupted'));
});

const result = await run(process.argv.slice(2), {
  signal: interrupt.signal,
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
process.exitCode = result.exitCode;
