/**
 * The one secret classifier: which names carry a credential (query parameters, headers, fields,
 * SAYMON properties), and which values are secrets. Every redaction of the SDKs asks it: core's
 * redactor, the playground's history and share links, and the Python client (its `_secrets.py`
 * is generated from the tables below).
 *
 * A name is cut into words (`newPassword` → new, password; `x-csrf-token` → x, csrf, token) and is
 * secret when one word is a secret word, or two neighbours make a secret pair. Whole words only:
 * `monkey` holds no `key`, `bypass` no `pass`, `sidebar` no `sid`.
 */

/** Words that make a name secret wherever they stand in it. */
export const SECRET_WORDS: readonly string[] = [
  'apikey',
  'authorization',
  'cookie',
  'credential',
  'credentials',
  'csrf',
  'pass',
  'passphrase',
  'passwd',
  'password',
  'pwd',
  'secret',
  'sid',
  'token',
];

/** Neighbouring words that make a name secret together (`session id`, `api key`); neither alone does. */
export const SECRET_PAIRS: readonly (readonly [string, string])[] = [
  ['access', 'key'],
  ['api', 'key'],
  ['auth', 'key'],
  ['private', 'key'],
  ['session', 'id'],
];

/** The words of a name: camelCase, snake_case, kebab-case, dotted and spaced names alike, lowercased. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const words = new Set(SECRET_WORDS);

/** Whether a parameter, header, field or property name carries a credential. */
export function isSecretName(name: string): boolean {
  const parts = nameWords(name);
  for (let i = 0; i < parts.length; i++) {
    if (words.has(parts[i] as string)) return true;
    const next = parts[i + 1];
    if (next !== undefined && SECRET_PAIRS.some(([a, b]) => a === parts[i] && b === next)) return true;
  }
  return false;
}

/** Secrets shorter than this are not looked for (they would match everywhere). */
export const MIN_SECRET_LENGTH = 3;

/**
 * Whether a value is one of the known secrets. Equality, not containment: a note that merely
 * mentions the password is not itself a secret (text redaction removes the password from it).
 */
export function isSecretValue(value: unknown, secrets: readonly string[]): boolean {
  return typeof value === 'string' && value.length >= MIN_SECRET_LENGTH && secrets.includes(value);
}

/**
 * Whether a record is a SAYMON property (`{ name, value }`) whose name looks secret: its `value`
 * is then a secret (a monitoring property named `password`, `bindPassword`, `api key`, ...).
 */
export function isSecretProperty(record: Record<string, unknown>): boolean {
  return typeof record.name === 'string' && 'value' in record && isSecretName(record.name);
}

export const REDACTED = '[REDACTED]';

/**
 * A copy of a JSON-like value with every secret removed: the value of each secret-named key, the
 * `value` of each secret-looking property, each string equal to a known secret. Other strings go
 * through `text` (pass a redactor's, to take known secrets out of longer text), keys through `key`.
 */
export function redactFields(
  value: unknown,
  options: {
    secrets?: readonly string[];
    text?: (text: string) => string;
    key?: (key: string) => string;
    /** Called with each value hidden because of its name (to collect a call's secrets). */
    found?: (value: unknown) => void;
  } = {},
  depth = 0,
): unknown {
  const secrets = options.secrets ?? [];
  if (typeof value === 'string') return isSecretValue(value, secrets) ? REDACTED : (options.text?.(value) ?? value);
  if (!value || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) return value.map((item) => redactFields(item, options, depth + 1));
  const record = value as Record<string, unknown>;
  const property = isSecretProperty(record);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    const hidden = (isSecretName(key) || (property && key === 'value')) && item !== null && item !== undefined;
    if (hidden) options.found?.(item);
    // defineProperty: a `__proto__` key stays a plain key
    Object.defineProperty(out, options.key?.(key) ?? key, {
      value: hidden ? REDACTED : redactFields(item, options, depth + 1),
      enumerable: true,
      writable: true,
    });
  }
  return out;
}
