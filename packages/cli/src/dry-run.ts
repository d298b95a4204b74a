/**
 * `--dry-run`: the request the SDK would send, as a `curl` command with the credentials as shell
 * variables (`$SAYMON_TOKEN`, `$SAYMON_LOGIN:$SAYMON_PASSWORD`); nothing is sent. The SDK builds the
 * request as always (checked input, encoded query and body, auth applied); a `fetch` that records it
 * instead of sending ends the call.
 */
import { shellQuote } from './argv.ts';

/** Thrown by the recording `fetch`: the request was recorded, not sent. */
class NotSent extends Error {}

export interface Recorder {
  readonly fetch: typeof globalThis.fetch;
  readonly request: () => Request | undefined;
}

export function recorder(): Recorder {
  let recorded: Request | undefined;
  return {
    fetch: async (input, init) => {
      recorded = new Request(input, init);
      throw new NotSent('dry run: not sent');
    },
    request: () => recorded,
  };
}

/** The curl command for a recorded request, credentials replaced by the variables they come from. */
export async function curlOf(
  request: Request,
  env: Readonly<Record<string, string | undefined>>,
  files?: Readonly<Record<string, string>>,
): Promise<string> {
  const url = new URL(request.url);
  const param = env.SAYMON_TOKEN_PARAM || 'api-token';
  let urlText = url.toString();
  if (url.searchParams.has(param)) {
    url.searchParams.set(param, 'TOKEN');
    urlText = url
      .toString()
      .replace(`${encodeURIComponent(param)}=TOKEN`, `${encodeURIComponent(param)}=\${SAYMON_TOKEN}`);
  }
  const args = ['curl', '--request', request.method, `"${urlText.replace(/["\\`]/g, '\\$&')}"`];
  for (const [name, value] of request.headers) {
    if (name === 'authorization') {
      args.push('--user', '"$SAYMON_LOGIN:$SAYMON_PASSWORD"');
      continue;
    }
    if (name === 'cookie' || name === 'x-csrf-token' || name === 'user-agent') continue;
    args.push('--header', shellQuote(`${name}: ${value}`));
  }
  if (request.body) {
    const type = request.headers.get('content-type') ?? '';
    if (type.startsWith('multipart/form-data')) {
      for (const [name, value] of await request.formData()) {
        args.push(
          '--form',
          shellQuote(typeof value === 'string' ? `${name}=${value}` : `${name}=@${files?.[name] ?? value.name}`),
        );
      }
    } else args.push('--data-binary', shellQuote(redactBody(await request.text(), type)));
  }
  return args.join(' ');
}

const SECRET_KEY = /pass(word)?$|token|secret|^sid$|csrf/i;

/** A JSON body with the values of secret-looking fields (passwords, tokens) replaced: they are never printed. */
function redactBody(text: string, type: string): string {
  if (!type.includes('json')) return text;
  try {
    return JSON.stringify(JSON.parse(text), (key, value) =>
      key && SECRET_KEY.test(key) && typeof value === 'string' ? '<redacted>' : value,
    );
  } catch {
    return text;
  }
}
