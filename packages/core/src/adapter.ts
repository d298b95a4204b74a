/**
 * @saymon-sdk/core/adapter — what the runtime adapters (`@saymon-sdk/node`, `@saymon-sdk/browser`)
 * build on and applications do not call: registering a wrapping auth strategy's hidden parts so
 * redaction and `client.login()` / `client.session()` keep working through the wrapper.
 */

export { deferredAuth } from './auth/deferred.ts';
export { conceal, type EstablishedSession, type SessionControl, secretsOf, sessionControlOf } from './auth/secrets.ts';
