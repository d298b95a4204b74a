/**
 * Text answers (`responseKind: 'text'`): SAYMON returns some of them as a JSON string literal (a
 * token). Its own module, apart from the session's cookie reading (`auth/cookies.ts`), so that
 * every call can unwrap text without carrying code only session auth runs.
 */

/** Unwraps a JSON string literal (`"abc"` → `abc`); other text is returned trimmed. */
export function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('"')) {
    try {
      const value = JSON.parse(trimmed) as unknown;
      if (typeof value === 'string') return value;
    } catch {}
  }
  return trimmed;
}
