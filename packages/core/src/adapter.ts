/**
 * @saymon-sdk/core/adapter — what the runtime adapters (`@saymon-sdk/node`, `@saymon-sdk/browser`)
 * and tools built on the SDK (the emulator, the playground) use, and applications do not call:
 * auth strategy factories and the wrapping of a strategy's hidden parts (so redaction and
 * `client.login()` / `client.session()` keep working through a wrapper), the redactor and the one
 * secret classifier, the
 * registry's router, URL helpers, response validation and the transport's types. Not part of the
 * semver-stable surface: it may change in any minor release, with the adapters of the same version.
 */

export { deferredAuth } from './auth/deferred.ts';
export { basicAuth, resolveAuth, sessionAuth, tokenAuth } from './auth/index.ts';
export { conceal, type EstablishedSession, type SessionControl, secretsOf, sessionControlOf } from './auth/secrets.ts';
export { createRouter, type RouteMatch } from './contract/match.ts';
export { sdkParamName } from './contract/path-params.ts';
export { createRedactor, REDACTED, type Redactor, redactHeaders, redactUrl, type SecretSource } from './redact.ts';
export {
  isSecretName,
  isSecretProperty,
  isSecretValue,
  redactFields,
  SECRET_PAIRS,
  SECRET_WORDS,
} from './secret-names.ts';
export type { OutgoingCall, Transport } from './transport/http.ts';
export { normalizeBaseUrl } from './transport/url.ts';
export { type CheckedInput, type CheckInputOptions, checkInput, type InputParts } from './validation/input.ts';
export { validateResponse } from './validation/response.ts';
export { answerSchema } from './validation/selection.ts';
export { WORDS } from './validation/words.ts';
