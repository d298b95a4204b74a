/**
 * Reading answers within bounds: a byte limit counted while the body streams (not only from
 * `Content-Length`), and, for streamed bodies, the call's deadline. Hand-written because neither
 * ky nor fetch bound a body: ky's `timeout` ends when the headers arrive and it reads any size.
 */

/** Default `maxResponseBytes`: answers read into memory (JSON, text, error bodies). */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Error bodies only feed a message and a snippet: at most this much is read, the rest is dropped. */
export const ERROR_BODY_BYTES = 1024 * 1024;

/** The body broke off (connection reset, `TypeError: terminated`) after `received` bytes. */
export class IncompleteBodyError extends Error {
  override name = 'IncompleteBodyError';
  readonly code: string | undefined;
  readonly received: number;

  constructor(received: number, cause: unknown) {
    super(`the connection closed after ${received} bytes of the answer`);
    this.received = received;
    this.code = findCode(cause);
  }
}

/** Finds a runtime error code (`ECONNRESET`, `UND_ERR_SOCKET`) in an error or its causes. */
export function findCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isAbortError = (error: unknown) =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/** What a too-large answer is known to be: announced by `Content-Length`, or counted while reading. */
export interface Oversize {
  /** The `Content-Length` the server sent (of the encoded bytes, when a content coding was used). */
  announced?: number;
  /** The limit was passed while counting the bytes read (after decoding). */
  counted?: boolean;
  /** The content coding the bytes were decoded from (`gzip`, `br`, ...). */
  encoding?: string;
}

/** The content coding of an answer, when it used one (`identity` is none). */
export function contentEncoding(headers: Headers): string | undefined {
  const value = headers.get('content-encoding')?.trim().toLowerCase();
  return value && value !== 'identity' ? value : undefined;
}

/** The announced size, when the server sent a plain `Content-Length` and no content coding. */
export function announcedLength(headers: Headers): number | undefined {
  // an encoded body's Content-Length counts the encoded bytes, not what the body decodes to
  if (contentEncoding(headers)) return undefined;
  const value = headers.get('content-length');
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

export interface LimitedBody {
  bytes: Uint8Array<ArrayBuffer>;
  /** The body was longer than the limit and only its start was kept (`onOverflow: 'truncate'`). */
  truncated: boolean;
}

/**
 * Reads a whole body, at most `limit` bytes. Over the limit it either throws `tooLarge()` or keeps
 * the first `limit` bytes (`truncate`); the rest is cancelled, never buffered. A stream failure
 * becomes `IncompleteBodyError`; aborts pass through.
 */
export async function readLimited(
  response: Response,
  limit: number | false,
  onOverflow: 'throw' | 'truncate',
  tooLarge: (size: Oversize) => Error,
): Promise<LimitedBody> {
  const body = response.body;
  if (!body) return { bytes: new Uint8Array(0), truncated: false };
  const announced = announcedLength(response.headers);
  if (limit !== false && announced !== undefined && announced > limit && onOverflow === 'throw') {
    await body.cancel().catch(() => {});
    throw tooLarge({ announced });
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (error) {
      if (isAbortError(error)) throw error;
      throw new IncompleteBodyError(received, error);
    }
    if (next.done) break;
    const chunk = next.value;
    if (limit !== false && received + chunk.byteLength > limit) {
      void reader.cancel().catch(() => {});
      if (onOverflow === 'throw') throw tooLarge({ counted: true, encoding: contentEncoding(response.headers) });
      chunks.push(chunk.subarray(0, limit - received));
      received = limit;
      return { bytes: concat(chunks, received), truncated: true };
    }
    chunks.push(chunk);
    received += chunk.byteLength;
  }
  return { bytes: concat(chunks, received), truncated: false };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  // the usual small answer arrives in one chunk: no copy
  const [only] = chunks;
  if (chunks.length === 1 && only && only.byteLength === length && only.buffer instanceof ArrayBuffer)
    return only as Uint8Array<ArrayBuffer>;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
