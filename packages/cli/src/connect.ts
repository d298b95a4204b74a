/**
 * The client of a run: `SAYMON_*` variables over a saved profile, through `@saymon-sdk/node`, loaded
 * only when a call is made.
 */
import type { NodeClientOptions, SaymonClient } from '@saymon-sdk/node';
import type { CliIo } from './io.ts';

/** The environment over the saved profile (--profile, SAYMON_PROFILE, or the current one without SAYMON_URL). */
export async function runEnv(io: CliIo, profile?: string): Promise<Record<string, string | undefined>> {
  const { profileEnv, profilesFile } = await import('@saymon-sdk/node');
  return profileEnv(profile, io.env, profilesFile(io.env));
}

export async function connect(
  io: CliIo,
  overrides: Partial<NodeClientOptions> = {},
  profile?: string,
): Promise<SaymonClient> {
  const { createClientFromEnv } = await import('@saymon-sdk/node');
  const env = await runEnv(io, profile);
  // a dry run shows Basic auth with variables: a session's login would put the password in a body
  if (overrides.fetch && env.SAYMON_AUTH === 'session') env.SAYMON_AUTH = 'basic';
  // no credentials at all: calls that need none work, the others get the server's 401 (auth exit code)
  const anonymous = !env.SAYMON_TOKEN && !env.SAYMON_LOGIN && !env.SAYMON_PASSWORD;
  return createClientFromEnv(
    { ...(anonymous ? { auth: { type: 'none' } } : {}), ...io.clientOptions, ...overrides },
    env as Record<string, string | undefined>,
  );
}
