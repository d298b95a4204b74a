/**
 * `saymon login`: asks for a login and password (or reads the password from stdin with
 * `--password-stdin`), creates an API token for that user and saves it as a profile. The password
 * is not stored, and neither it nor the token is printed.
 */
import { parseArgs } from 'node:util';
import { connect } from './connect.ts';
import { UsageError } from './exit-codes.ts';
import { GLOBAL_OPTIONS } from './global-options.ts';
import { type CliIo, type RunResult, readAll } from './io.ts';
import { ask } from './prompt.ts';

export const LOGIN_USAGE = 'saymon login [--url <url>] [--login <login>] [--password-stdin] [--profile <name>]';

export async function runLogin(args: readonly string[], io: CliIo): Promise<RunResult> {
  const options = {
    ...GLOBAL_OPTIONS,
    url: { type: 'string' },
    login: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    profile: { type: 'string' },
  } as const;
  let values: { [K in keyof typeof options]?: string | boolean | undefined };
  try {
    ({ values } = parseArgs({ args: [...args], options, strict: true }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (usage: ${LOGIN_USAGE})`);
  }
  if (values.help) {
    io.stdout.write(
      `Usage: ${LOGIN_USAGE}\n\nAsks for a login and password (or reads the password from standard input with --password-stdin),\ncreates an API token for that user and saves it with the URL as a profile ("default" unless named),\nin a file only you can read. Neither the password nor the token is printed or kept elsewhere.\n`,
    );
    return { exitCode: 0 };
  }
  const url = (values.url as string | undefined) ?? io.env.SAYMON_URL;
  if (!url) throw new UsageError(`login needs the server: --url <url> or SAYMON_URL (usage: ${LOGIN_USAGE})`);
  const login = (values.login as string | undefined) ?? (await ask('Login: ', false, io, LOGIN_USAGE)).trim();
  const password = values['password-stdin']
    ? (await readAll(io.stdin)).replace(/\r?\n$/, '')
    : await ask('Password: ', true, io, LOGIN_USAGE);
  if (!login || !password) throw new UsageError('login: the login and the password may not be empty');
  const name = (values.profile as string | undefined) ?? 'default';
  const { profilesFile, saveProfile } = await import('@saymon-sdk/node');
  const client = await connect({
    ...io,
    env: {
      SAYMON_URL: url,
      SAYMON_LOGIN: login,
      SAYMON_PASSWORD: password,
      SAYMON_CONFIG_DIR: io.env.SAYMON_CONFIG_DIR,
    },
  });
  const me = await client.users.current();
  const token = await client.authTokens.create({ id: String(me.id) });
  const file = profilesFile(io.env);
  await saveProfile(name, { url, token }, file);
  io.stderr.write(`Logged in to ${url} as ${login}: API token saved as profile "${name}" in ${file}\n`);
  return { exitCode: 0 };
}
