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
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Base64 → UTF-8 text (the Basic credentials), `undefined` when it is not base64. */
export function base64ToText(text: string): string | undefined {
  const bytes = fromBase64(text);
  return bytes && new TextDecoder().decode(bytes);
}
