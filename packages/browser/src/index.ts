/**
 * @saymon-sdk/browser — the SAYMON REST API client for browsers. Everything from
 * `@saymon-sdk/core`, with `createClient` and `createCore` that keep a session in the browser's
 * cookie store (`credentials: 'include'`, the csrf cookie echoed where the page can read it).
 */
// Core's root entry, wholesale: a name exported below (`createClient`, `createCore`) replaces core's of the same
// name; index.test.ts checks that nothing of core is missing and lists what this adapter adds.
export * from '@saymon-sdk/core';
export { type BrowserAuthOptions, type PageSessionOptions, resolveBrowserAuth } from './auth.ts';
export { type BrowserClientOptions, createClient, createCore } from './client.ts';
export { SaymonCsrfError, SaymonSessionCookieError } from './exported-errors.ts';
export { type BrowserSessionSettings, browserSessionAuth } from './session.ts';
