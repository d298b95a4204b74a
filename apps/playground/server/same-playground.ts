/**
 * Which requests the dev server's routes (`/__real/*`, `/__local/*`, `/__playground/*`) answer:
 * those of the playground's own page only. A page on another origin (another site, or another port
 * of this machine) can make the browser send requests here — an auto-submitted `text/plain` form,
 * an image, a `no-cors` fetch — and the proxy would forward them with whatever it adds. Browsers
 * say where a request comes from in `Sec-Fetch-Site` (and `Origin`); a request that says nothing
 * is refused too, as is one whose `Host` is not this machine's loopback (DNS rebinding).
 */
import type { IncomingMessage } from 'node:http';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

/** Why a request does not come from the playground's own page, or `undefined` when it does. */
export function notFromPlayground(req: IncomingMessage): string | undefined {
  const host = req.headers.host ?? '';
  if (!LOOPBACK.test(host)) return 'its Host is not this machine';
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  if (site !== undefined && site !== 'same-origin') return `it comes from another site (Sec-Fetch-Site: ${site})`;
  if (origin !== undefined && !sameHost(origin, host)) return 'it comes from another origin';
  if (site === undefined && origin === undefined) return 'it does not say where it comes from';
  return undefined;
}

function sameHost(origin: string, host: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase();
  } catch {
    return false;
  }
}
