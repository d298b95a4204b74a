#!/usr/bin/env node
import { run } from './run.ts';

const result = await run(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
process.exitCode = result.exitCode;
