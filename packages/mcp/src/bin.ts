#!/usr/bin/env node
/**
 * `saymon-mcp`: connects with `SAYMON_*` variables or a saved profile, then serves MCP over stdio
 * (stdout carries the protocol: messages go to stderr) or, with `--http`, streamable HTTP on loopback.
 */
import { createClientFromEnv, isSaymonError, profileEnv, profilesFile } from '@saymon-sdk/node';
import { errorText } from './errors.ts';
import { serveHttp } from './http.ts';
import { OptionsError, parseOptions, USAGE } from './options.ts';
import { createSaymonMcpServer, type SaymonMcpOptions } from './server.ts';
import { serveStdio } from './stdio.ts';
import { VERSION } from './version.ts';

/** Why the server could not start: the SDK's own words (redacted), or the system's for a port in use. */
function startupProblem(error: unknown): string {
  if (isSaymonError(error)) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && error instanceof Error) return error.message;
  return errorText(error);
}

async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    process.stderr.write(`saymon-mcp: ${error.message}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  let client: ReturnType<typeof createClientFromEnv>;
  try {
    const env = await profileEnv(options.profile, process.env, profilesFile(process.env));
    client = createClientFromEnv({}, env);
  } catch (error) {
    process.stderr.write(`saymon-mcp: ${startupProblem(error)}\n`);
    return 2;
  }
  const settings: SaymonMcpOptions = {
    client,
    policy: options.policy,
    ...(options.maxAnswerChars ? { maxAnswerChars: options.maxAnswerChars } : {}),
  };
  const mode = options.policy.allowWrites
    ? `writes allowed${options.policy.allowDestructive ? ', destructive calls too' : ''}`
    : 'read-only';
  if (options.http) {
    const running = await serveHttp(() => createSaymonMcpServer(settings), options.http);
    process.stderr.write(`saymon-mcp ${VERSION} (${mode}) at ${running.url}\n`);
    const stop = () => void running.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  }
  await serveStdio(settings);
  process.stderr.write(`saymon-mcp ${VERSION} (${mode}) on stdio\n`);
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`saymon-mcp: ${startupProblem(error)}\n`);
    process.exitCode = 1;
  },
);
