/**
 * `--dry-run`: the request the SDK would send, as a `curl` command, and nothing sent. The SDK builds
 * the request as always (checked input, encoded query and body, auth applied); a `fetch` that
 * records it instead of sending ends the call. The command is written by core's snippet generator,
 * the playground's curl snippet: credentials and the body's secrets are shell variables.
 */
import { type CurlRequest, curlSnippet, type SnippetAuth } from '@saymon-sdk/core/snippets';

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

/** Headers that carry credentials or are the sender's own (curl sets its own accept and user agent). */
const LEFT_OUT = new Set(['authorization', 'cookie', 'x-csrf-token', 'accept', 'user-agent']);

/** How the run authenticates, from the environment it was given (the saved profile merged in). */
function authOf(env: Readonly<Record<string, string | undefined>>, request: Request): SnippetAuth {
  if (env.SAYMON_TOKEN) return { type: 'token' };
  if (env.SAYMON_LOGIN && request.headers.has('authorization'))
    return { type: env.SAYMON_AUTH?.toLowerCase() === 'session' ? 'session' : 'basic', login: env.SAYMON_LOGIN };
  return { type: 'none' };
}

/** The generator's input for a recorded request: credentials out, the token parameter out of the query. */
export async function curlRequestOf(
  request: Request,
  env: Readonly<Record<string, string | undefined>>,
  files?: Readonly<Record<string, string>>,
): Promise<CurlRequest> {
  const url = new URL(request.url);
  const auth = authOf(env, request);
  const tokenParam = env.SAYMON_TOKEN_PARAM || 'api-token';
  if (auth.type === 'token') url.searchParams.delete(tokenParam);
  const type = request.headers.get('content-type') ?? '';
  const multipart = type.startsWith('multipart/form-data');
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers)
    if (!LEFT_OUT.has(name) && !(multipart && name === 'content-type')) headers[name] = value;
  let body: string | undefined;
  let upload: { field: string; name: string; type: string } | undefined;
  const form: [string, string][] = [];
  if (multipart) {
    for (const [name, value] of await request.formData()) {
      if (typeof value === 'string') form.push([name, value]);
      else upload = { field: name, name: files?.[name] ?? value.name, type: value.type };
    }
  } else if (request.body) body = await request.text();
  return {
    server: url.origin,
    wire: {
      method: request.method,
      pathAndQuery: `${url.pathname}${url.search}`,
      headers,
      ...(body !== undefined ? { body } : {}),
      ...(upload ? { upload } : {}),
      ...(form.length > 0 ? { form } : {}),
    },
    auth,
    ...(auth.type === 'token' ? { tokenParam } : {}),
  };
}

/** The curl command for a recorded request. */
export async function curlOf(
  request: Request,
  env: Readonly<Record<string, string | undefined>>,
  files?: Readonly<Record<string, string>>,
): Promise<string> {
  return curlSnippet(await curlRequestOf(request, env, files));
}
