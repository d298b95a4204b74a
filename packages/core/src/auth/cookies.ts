/** Reads `name=value` pairs from `Set-Cookie` headers (attributes such as `Path` are ignored). */
export function readSetCookies(headers: Headers): Record<string, string> {
  const lines =
    typeof headers.getSetCookie === 'function'
      ? headers.getSetCookie()
      : (headers.get('set-cookie') ?? '').split(/,(?=\s*[^;,=\s]+=)/);
  const out: Record<string, string> = {};
  for (const line of lines) {
    const pair = line.split(';', 1)[0] ?? '';
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}
