/** The page's origin and host, when the code runs in a page or worker. */
export function pageLocation(): { origin: string; hostname: string } | undefined {
  const location = (globalThis as { location?: { origin: string; hostname: string } }).location;
  return location ? { origin: location.origin, hostname: location.hostname } : undefined;
}

/**
 * A cookie of the server at `url`, as the page sees it in `document.cookie`. A page sees the
 * (non-HttpOnly) cookies of its own host only, on any port: for another host the answer is
 * `undefined` even when the browser holds one.
 */
export function readServerCookie(url: URL, name: string): string | undefined {
  const doc = (globalThis as { document?: { cookie: string } }).document;
  if (!doc || pageLocation()?.hostname !== url.hostname) return undefined;
  for (const part of doc.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}
