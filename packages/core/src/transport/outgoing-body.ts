/**
 * Stage "body and limits", the request: how a call reaches fetch. With the runtime's own fetch (no
 * `fetch` option) and a body that can be sent again (none, text, bytes), ky builds its Request
 * without the call's headers and body, and fetch gets URL + init: the method, signal (ky's, for
 * timeouts and aborts) and `redirect` of ky's Request, the call's headers and body. fetch builds
 * one Request from that, as it does for a bare `fetch(url, init)`; otherwise the headers would be
 * copied into ky's merged options, ky's Request and fetch's Request, and a body would go through a
 * new stream (a TransformStream and a pipe per call). A custom fetch, and a body that can be read
 * once (a stream, FormData with its boundary), get ky's Request as it is.
 */

/** Bodies fetch reads without consuming them: text and bytes (not streams; FormData gets a new boundary). */
export const resendable = (body: BodyInit | undefined) =>
  body === undefined || typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body);

/** Whether a call goes to fetch as URL + init beside ky's Request (see above). */
export const goesBeside = (body: BodyInit | undefined, customFetch: boolean) => !customFetch && resendable(body);

/** The init of a call sent beside ky's Request. */
export const besideInit = (
  request: Request,
  headers: Headers,
  body: BodyInit | undefined,
  signal: AbortSignal = request.signal,
): RequestInit => ({
  method: request.method,
  headers,
  signal,
  redirect: request.redirect,
  body,
});
