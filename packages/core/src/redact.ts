/**
 * Secrets never leave the SDK in anything it prints: error messages, error JSON, hook payloads
 * meant for logs, URLs, server text quoted in errors. Which names and values are secrets is the
 * one classifier's call (`secret-names.ts`); this file applies it: by name (query parameters,
 * headers, JSON fields) and by value (whatever the auth strategy holds right now, in the encodings
 * a server may echo it in).
 */
import { isSecretName, MIN_SECRET_LENGTH, REDACTED, redactFields } from './secret-names.ts';

export { REDACTED };

/** Whether a header's value is a credential by its name. */
export function isSecretHeader(name: string): boolean {
  return isSecretName(name);
}

/** What a redactor needs to know: the current secret values and extra secret parameter names. */
export interface SecretSource {
  /** Current secret values (passwords, tokens, session ids, csrf, Basic header); read on every use. */
  secrets(): readonly string[];
  /** Query parameter names that carry a credential besides the built-in ones (a custom token `param`). */
  secretParams?(): readonly string[];
}

/** Removes secrets from anything the SDK renders. One per client; it reads the secrets on every call. */
export interface Redactor {
  /** A URL with credential parameters, values equal to a secret and any `user:password@` replaced. */
  url(url: string | URL): string;
  /** Headers as a plain object, credential headers replaced, other values text-redacted. */
  headers(headers: Headers | Record<string, string>): Record<string, string>;
  /** The same as a `Headers` object (for errors that keep response headers). */
  headerObject(headers: Headers): Headers;
  /**
   * Text with every known secret (and its URL-, JSON- and HTML-escaped forms) replaced. With
   * `truncated`, a secret's beginning at the very end of the text (a body cut short) goes too.
   */
  text(text: string, options?: { truncated?: boolean }): string;
  /** A parsed JSON value with every string (keys included) redacted; the input is not changed. */
  json(value: unknown): unknown;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The forms a secret takes when a server echoes it inside a URL, a JSON document or an HTML page. */
function variants(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const uri = encodeURIComponent(secret);
  const forms = [
    secret,
    json,
    JSON.stringify(json).slice(1, -1), // JSON quoted inside JSON (SAYMON's 401 messages)
    uri,
    uri.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    new URLSearchParams({ x: secret }).toString().slice(2),
    escapeHtml(secret),
    escapeHtml(secret)
      .replace(/&quot;/g, '&#34;')
      .replace(/'/g, '&#39;'),
  ];
  return [...new Set(forms)].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `name=value` in text, after the start, a space or a separator; the value up to the next separator. */
const NAME_VALUE = /(^|[\s?&;,"'(<])([\w.-]+)=[^&\s;"'<>]+/g;

/** Builds the redactor of one client from its auth strategy (and any extra fixed secrets). */
export function createRedactor(source: SecretSource, extra: () => readonly string[] = () => []): Redactor {
  let cachedKey = '';
  let cached: { pattern: RegExp | undefined; raw: string[]; params: Set<string> } | undefined;

  function current() {
    const raw = [...source.secrets(), ...extra()].filter((s) => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH);
    const params = source.secretParams?.() ?? [];
    const key = JSON.stringify([raw, params]);
    if (cached && key === cachedKey) return cached;
    const forms = [...new Set(raw.flatMap(variants))].sort((a, b) => b.length - a.length);
    cachedKey = key;
    cached = {
      pattern: forms.length ? new RegExp(forms.map(escapeRegExp).join('|'), 'g') : undefined,
      raw,
      params: new Set(params.map((p) => p.toLowerCase())),
    };
    return cached;
  }

  /** Whether a query parameter carries a credential: by the classifier, or named by the auth strategy. */
  const secretParam = (name: string) => isSecretName(name) || current().params.has(name.toLowerCase());

  function text(input: string, options: { truncated?: boolean } = {}): string {
    const { pattern, raw } = current();
    let out = pattern ? input.replace(pattern, REDACTED) : input;
    if (options.truncated) out = dropTrailingPrefix(out, raw);
    // `name=value` pairs of credential parameters anywhere in text (a URL quoted in a message)
    return out.replace(NAME_VALUE, (pair, lead: string, name: string) =>
      secretParam(name) ? `${lead}${name}=${REDACTED}` : pair,
    );
  }

  function url(input: string | URL): string {
    let parsed: URL;
    try {
      parsed = new URL(String(input));
    } catch {
      return text(String(input).replace(/\/\/[^/@\s]*@/, `//${REDACTED}@`));
    }
    if (parsed.username || parsed.password) {
      parsed.username = REDACTED;
      parsed.password = '';
    }
    const entries = [...parsed.searchParams.entries()];
    const secretValue = (value: string) => text(value) !== value;
    if (entries.some(([key, value]) => secretParam(key) || secretValue(value))) {
      const out = new URLSearchParams();
      for (const [key, value] of entries) out.append(key, secretParam(key) || secretValue(value) ? REDACTED : value);
      parsed.search = out.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED);
    }
    return text(parsed.toString());
  }

  function headers(input: Headers | Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    const entries = input instanceof Headers ? [...input.entries()] : Object.entries(input);
    for (const [key, value] of entries) out[key] = isSecretHeader(key) ? REDACTED : text(value);
    return out;
  }

  function headerObject(input: Headers): Headers {
    const out = new Headers();
    for (const [key, value] of input.entries()) out.append(key, isSecretHeader(key) ? REDACTED : text(value));
    return out;
  }

  function json(value: unknown): unknown {
    // secret-named fields and secret properties by the classifier, known secrets in every string
    return redactFields(value, { secrets: current().raw, text, key: text });
  }

  return { url, headers, headerObject, text, json };
}

/**
 * Removes the start of a secret left at the end of a cut text (`..."password":"s3cr`), also when
 * the cut split a character (the decoder then ends the text with U+FFFD).
 */
function dropTrailingPrefix(text: string, secrets: readonly string[]): string {
  const out = text.replace(/\uFFFD+$/, '');
  for (const secret of secrets) {
    for (let length = secret.length - 1; length >= MIN_SECRET_LENGTH; length--) {
      if (out.endsWith(secret.slice(0, length))) {
        return out.slice(0, out.length - length) + REDACTED;
      }
    }
  }
  return text;
}

const noSecrets = createRedactor({ secrets: () => [] });

/** A URL with the built-in credential query values (and any user:password) replaced by `[REDACTED]`. */
export function redactUrl(url: string | URL): string {
  return noSecrets.url(url);
}

/** Headers as a plain object, with credential values replaced. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  return noSecrets.headers(headers);
}

/** Removes every given secret value (and credential parameters) from a piece of text. */
export function redactText(text: string, secrets: readonly string[]): string {
  return createRedactor({ secrets: () => secrets }).text(text);
}
