/**
 * Stage "body and limits", the body: how a call's body reaches fetch. With the runtime's own fetch
 * (no `fetch` option) and a body that can be sent again (text, bytes), the request goes out as URL
 * + init rather than as ky's Request: fetch would copy a Request's body through a new stream (a
 * TransformStream and a pipe per call). The init carries everything the Request holds (method,
 * headers as the hooks left them, ky's signal for timeouts and aborts, `redirect: 'manual'`). A
 * custom fetch still gets the Request.
 */

type FetchArgs = Parameters<typeof globalThis.fetch>;

/** Bodies fetch reads without consuming them: text and bytes (not streams; FormData gets a new boundary). */
export const resendable = (body: BodyInit | undefined) =>
  body === undefined || typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body);

/**
 * Whether ky gets the body: not one fetch gets beside the Request (ky's Request would wrap it in a
 * stream that nothing reads).
 */
export const kyCarriesBody = (body: BodyInit | undefined, customFetch: boolean) =>
  body !== undefined && (customFetch || !resendable(body));

/** The arguments fetch is called with for ky's `input` and `init`. */
export function directArgs(
  input: FetchArgs[0],
  init: FetchArgs[1],
  body: BodyInit | undefined,
  customFetch: boolean,
): FetchArgs {
  // a call without a body gains nothing: fetch takes ky's Request as it is (its headers are not re-read)
  if (customFetch || !(input instanceof Request) || body === undefined || !resendable(body)) return [input, init];
  const { method, headers, signal, redirect } = input;
  return [input.url, { ...init, method, headers, signal, redirect, body: body ?? null }];
}
