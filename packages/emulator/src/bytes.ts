/**
 * Base64 and UTF-8 helpers on web APIs (`atob`, `btoa`, `TextDecoder`) instead of Node's
 * `Buffer`, so the emulator's app runs unchanged in a browser tab (the playground) as well as
 * under Node. Persistence to files stays Node-only and lives in `persistence.ts`.
 */

/** Bytes → base64 (chunked: `String.fromCharCode(...bytes)` overflows the stack on large files). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Base64 → bytes; `undefined` when the text is not base64 (callers answer as for bad input). */
export function fromBase64(text: string): Uint8Array | undefined {
  const binary = binaryOf(text);
  return binary === undefined ? undefined : bytesOf(binary);
}

/** Base64 → a binary string (one char per byte), `undefined` when the text is not base64. */
function binaryOf(text: string): string | undefined {
  try {
    return atob(text);
  } catch {
    return undefined;
  }
}

/** A binary string (one char per byte, as `atob` gives) → its bytes. */
function bytesOf(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const utf8 = new TextDecoder();
const NON_ASCII = /[\u0080-\uffff]/;

/** Base64 → UTF-8 text (the Basic credentials), `undefined` when it is not base64. */
export function base64ToText(text: string): string | undefined {
  const binary = binaryOf(text);
  if (binary === undefined) return undefined;
  // ASCII bytes are their own UTF-8 text (most credentials): no byte copy, no decoder
  return NON_ASCII.test(binary) ? utf8.decode(bytesOf(binary)) : binary;
}
