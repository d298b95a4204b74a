/**
 * The header the dev server's proxy puts on an answer it made itself because the server could not be
 * reached (or its login answer held no session): the page then says the proxy answered, not SAYMON.
 * Shared by the proxy (`server/proxy.ts`) and the page (`send.ts`).
 */
export const PROXY_FAILURE_HEADER = 'x-playground-proxy';
