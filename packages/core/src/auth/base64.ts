/** Base64 of a UTF-8 string, in any runtime (logins and passwords may hold non-ASCII characters). */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
