/**
 * Headers for files users upload (documents, images) when the emulator serves them back: they are
 * data, never a page. A browser that opens one gets no script to run on the API's origin: active
 * types (HTML, SVG, XML, scripts) are sent as `application/octet-stream`, documents as attachments,
 * always with `nosniff` and a CSP that allows nothing (`sandbox` too, for browsers that still render).
 */

/** Types a browser renders as a document or runs: a stored one would run with the viewer's session. */
const ACTIVE =
  /^(text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/xml|application\/xml|[a-z]+\/[a-z.+-]*xml|text\/(java|ecma)script|application\/(x-)?(java|ecma)script|text\/xsl|application\/pdf|multipart\/x-mixed-replace)\b/i;
/** Images a page may show inline. */
const INLINE_IMAGE = /^image\/(png|jpeg|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon)$/i;

const PASSIVE = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'cross-origin-resource-policy': 'same-site',
};

/** The type to send: the stored one unless a browser would render or run it. */
export function passiveType(stored: string): string {
  const type = stored.split(';')[0]?.trim() ?? '';
  return !type || ACTIVE.test(type) ? 'application/octet-stream' : stored;
}

/** `attachment; filename*=UTF-8''…`: the file's name survives, quotes and control characters do not. */
function attachment(name: string): string {
  const safe = name.replace(/[\p{Cc}"\\]/gu, '_') || 'file';
  return `attachment; filename*=UTF-8''${encodeURIComponent(safe)}`;
}

/** Headers for a document download: always an attachment. */
export function documentHeaders(storedType: string, name: string): Record<string, string> {
  return { ...PASSIVE, 'content-type': passiveType(storedType), 'content-disposition': attachment(name) };
}

/** Headers for an image: shown inline only when it is a raster image type, else an attachment. */
export function imageHeaders(storedType: string, name = 'image'): Record<string, string> {
  const type = storedType.split(';')[0]?.trim() ?? '';
  if (INLINE_IMAGE.test(type)) return { ...PASSIVE, 'content-type': type, 'content-disposition': 'inline' };
  return documentHeaders(storedType, name);
}
