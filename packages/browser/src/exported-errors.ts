/**
 * The browser's error classes as the package exports them. Only the session strategy throws them,
 * and it loads on first use (`session.ts`). esbuild keeps in a page's first load whatever a lazy
 * chunk uses of a module that the entry reaches through its imports, used or not: re-exported from
 * `errors.ts` directly, both classes (1.3 kB minified) rode in every token or Basic app's first load.
 * Bound to constants here, which such an app does not use, they load with the session strategy
 * (`test/size.test.ts` checks it). The values are the classes themselves (`instanceof`, `new`).
 */
import { SaymonCsrfError as CsrfError, SaymonSessionCookieError as SessionCookieError } from './errors.ts';

export const SaymonCsrfError = CsrfError;
export type SaymonCsrfError = CsrfError;
export const SaymonSessionCookieError = SessionCookieError;
export type SaymonSessionCookieError = SessionCookieError;
