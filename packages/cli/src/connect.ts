/** The client of a run: `SAYMON_*` variables through `@saymon-sdk/node`, loaded only when a call is made. */
import type { SaymonClient } from '@saymon-sdk/node';
import type { CliIo } from './io.ts';

export async function connect(io: CliIo): Promise<SaymonClient> {
  const { createClientFromEnv } = await import('@saymon-sdk/node');
  const { env } = io;
  // no credentials at all: calls that need none work, the others get the server's 401 (auth exit code)
  const anonymous = !env.SAYMON_TOKEN && !env.SAYMON_LOGIN && !env.SAYMON_PASSWORD;
  return createClientFromEnv(
    { ...(anonymous ? { auth: { type: 'none' } } : {}), ...io.clientOptions },
    env as Record<string, string | undefined>,
  );
}
