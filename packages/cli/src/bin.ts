#!/usr/bin/env node
import { run } from './run.ts';

// `saymon … | head`: the reader left; stop quietly instead of failing on EPIPE
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const result = await run(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
process.exitCode = result.exitCode;
