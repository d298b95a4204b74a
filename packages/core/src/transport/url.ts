import { sdkParamName } from '../contract/path-params.ts';
import { SaymonValidationError } from '../errors.ts';
import { REDACTED, redactUrl } from '../redact.ts';

/** `localhost`, `127.x.x.x` and `[::1]`: hosts whose traffic never leaves the machine. */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * A server address without a scheme: `https://`, as a credential sent in the clear (a token rides
 * in the query) should never be the default; loopback hosts (`localhost:8080`, `127.0.0.1:3000`,
 * `[::1]` or `::1`) stay `http://`, as local servers such as the emulator speak plain HTTP.
 */
function withScheme(text: string): string {
  const address = text === '::1' ? '[::1]' : text;
  const host = /^(\[[^\]]*\]|[^/:?#]*)/.exec(address)?.[0] ?? '';
  return `${LOOPBACK.test(host) ? 'http' : 'https'}://${address}`;
}

/**
 * The server root that endpoint paths (`/node/api/...`) are appended to. Accepts `https://host`,
 * `host:port` (no scheme means `https://`, loopback hosts `http://`), trailing slashes, and a URL
 * that already ends in `/node/api` (the part before it is kept, for installs behind a path prefix).
 */
export function normalizeBaseUrl(input: string | URL): string {
  let text = String(input).trim();
  if (!text) throw new SaymonValidationError({ issues: [{ path: ['url'], message: 'The server URL is empty' }] });
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = withScheme(text);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SaymonValidationError({
      issues: [{ path: ['url'], message: `Not a valid server URL: ${withoutUserinfo(String(input))}` }],
    });
  }
  if (url.username || url.password) {
    // credentials in the URL would be sent nowhere (fetch refuses them) and printed everywhere
    throw new SaymonValidationError({
      issues: [
        {
          path: ['url'],
          message: `The server URL holds credentials (${withoutUserinfo(url.href)}): put them in \`auth\`, e.g. { type: 'basic', login, password }`,
          code: 'credentials_in_url',
        },
      ],
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SaymonValidationError({ issues: [{ path: ['url'], message: `Unsupported protocol ${url.protocol}` }] });
  }
  let path = url.pathname.replace(/\/+$/, '');
  path = path.replace(/\/node\/api$/, '');
  return `${url.origin}${path}`;
}

/** A URL text with any `user:password@` replaced, valid or not (the password never shows). */
function withoutUserinfo(text: string): string {
  // up to the last `@`: a password may hold `/`, `?`, `#` or `@` itself
  const at = text.lastIndexOf('@');
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? '';
  return redactUrl(at < 0 ? text : `${scheme}${REDACTED}${text.slice(at)}`);
}

const HOSTILE_SEGMENTS = new Set(['.', '..']);

interface CompiledPath {
  /** The text between parameters: one more than `names`. */
  readonly literals: readonly string[];
  readonly names: readonly string[];
}

/** Templates split once into literals and parameter names (a call only joins them). */
const compiled = { sdk: new Map<string, CompiledPath>(), template: new Map<string, CompiledPath>() };

function compilePath(template: string, names: 'sdk' | 'template'): CompiledPath {
  const cache = compiled[names];
  let found = cache.get(template);
  if (!found) {
    const literals: string[] = [];
    const params: string[] = [];
    let last = 0;
    for (const match of template.matchAll(/:([A-Za-z_]\w*)/g)) {
      const templateName = match[1] as string;
      literals.push(template.slice(last, match.index));
      params.push(names === 'sdk' ? sdkParamName(templateName, params.length) : templateName);
      last = match.index + match[0].length;
    }
    literals.push(template.slice(last));
    found = { literals, names: params };
    // registry templates are a few hundred; routes callers pass themselves could be unbounded
    if (cache.size < 1_000) cache.set(template, found);
  }
  return found;
}

/**
 * Fills a path template (`/node/api/objects/:object_id/docs/:doc_id`) with percent-encoded values,
 * taken from `params` by their SDK names (`{ id, docId }`, see `pathParams`). A value can never
 * reach another route: `/`, `?`, `#` and `%` are encoded, and the dot segments that URL parsers
 * fold (`.`, `..`) are refused.
 */
export function fillPath(
  template: string,
  params: Record<string, unknown>,
  endpointId?: string,
  /** `template`: `params` are keyed by the template's own names (routes the registry lacks). */
  names: 'sdk' | 'template' = 'sdk',
): string {
  const { literals, names: keys } = compilePath(template, names);
  let path = literals[0] as string;
  for (let index = 0; index < keys.length; index++) {
    const name = keys[index] as string;
    path += encodeParam(params[name], name, endpointId) + literals[index + 1];
  }
  return path;
}

function encodeParam(raw: unknown, name: string, endpointId: string | undefined): string {
  const issue = (message: string) =>
    new SaymonValidationError({ endpointId, issues: [{ path: ['path', name], message }] });
  if (raw === undefined || raw === null) throw issue('Required path parameter is missing');
  const value = String(raw);
  if (value === '') throw issue('Path parameter is empty');
  if (HOSTILE_SEGMENTS.has(value)) throw issue(`"${value}" is not a valid id: it would change the route`);
  try {
    return encodeURIComponent(value);
  } catch {
    throw issue('Path parameter is not a well-formed string');
  }
}
