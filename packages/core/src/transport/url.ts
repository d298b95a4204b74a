import { SaymonValidationError } from '../errors.ts';
import { REDACTED } from '../redact.ts';

/**
 * The server root that endpoint paths (`/node/api/...`) are appended to. Accepts `https://host`,
 * `host:port` (no scheme means `http://`, as with curl), trailing slashes, and a URL that already
 * ends in `/node/api` (the part before it is kept, for installs behind a path prefix).
 */
export function normalizeBaseUrl(input: string | URL): string {
  let text = String(input).trim();
  if (!text) throw new SaymonValidationError({ issues: [{ path: ['url'], message: 'The server URL is empty' }] });
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `http://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // the text may carry `user:password@` (and a password may hold `/`, `#`, `@`): all up to the last `@` goes
    const shown = String(input).replace(/^([a-z][a-z0-9+.-]*:\/\/)?[\s\S]*@/i, `$1${REDACTED}@`);
    throw new SaymonValidationError({
      issues: [{ path: ['url'], message: `Not a valid server URL: ${shown}` }],
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SaymonValidationError({ issues: [{ path: ['url'], message: `Unsupported protocol ${url.protocol}` }] });
  }
  let path = url.pathname.replace(/\/+$/, '');
  path = path.replace(/\/node\/api$/, '');
  return `${url.origin}${path}`;
}

const HOSTILE_SEGMENTS = new Set(['.', '..']);

/**
 * Fills a path template (`/node/api/objects/:id`) with percent-encoded values. A value can never
 * reach another route: `/`, `?`, `#` and `%` are encoded, and the dot segments that URL parsers
 * fold (`.`, `..`) are refused.
 */
export function fillPath(template: string, params: Record<string, unknown>, endpointId?: string): string {
  return template.replace(/:([A-Za-z_]\w*)/g, (_, name: string) => {
    const raw = params[name];
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
  });
}
