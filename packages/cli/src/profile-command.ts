/** `saymon profile list|use|remove`: the profiles `saymon login` saved (no token is ever shown). */
import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes.ts';
import { GLOBAL_OPTIONS } from './global-options.ts';
import type { CliIo, RunResult } from './io.ts';
import { outputFormat, render } from './output.ts';

const USAGE = 'saymon profile list | saymon profile use <name> | saymon profile remove <name>';

export async function runProfile(args: readonly string[], io: CliIo): Promise<RunResult> {
  let parsed: { values: { output?: string | undefined; help?: boolean | undefined }; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: GLOBAL_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (usage: ${USAGE})`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`Usage: ${USAGE}\n`);
    return { exitCode: 0 };
  }
  const { profilesFile, readProfiles, removeProfile, useProfile } = await import('@saymon-sdk/node');
  const file = profilesFile(io.env);
  const [verb, name, ...extra] = positionals;
  if (verb === 'list' && name === undefined) {
    const store = await readProfiles(file);
    const rows = Object.entries(store.profiles).map(([profile, p]) => ({
      profile,
      url: p.url,
      auth: p.token ? 'token' : p.login ? `login ${p.login}` : 'none',
      current: store.current === profile,
    }));
    const text = await render(rows, outputFormat(values.output, io.stdout));
    if (rows.length > 0 && text !== undefined) io.stdout.write(`${text}\n`);
    else if (rows.length === 0) io.stderr.write(`no profiles in ${file}: saymon login saves one\n`);
    return { exitCode: 0, value: rows };
  }
  if ((verb === 'use' || verb === 'remove') && name && extra.length === 0) {
    await (verb === 'use' ? useProfile(name, file) : removeProfile(name, file));
    io.stderr.write(verb === 'use' ? `profile "${name}" is now the current one\n` : `profile "${name}" removed\n`);
    return { exitCode: 0 };
  }
  throw new UsageError(`usage: ${USAGE}`);
}
