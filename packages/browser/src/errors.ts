import { type RequestInfo, SaymonError } from '@saymon-sdk/core';

/**
 * A session write that SAYMON would refuse: newer servers require the `csrf` cookie's value in
 * `x-csrf-token` on every write, and a page can only read the cookies of its own host. Raised
 * before anything is sent.
 */
export class SaymonCsrfError extends SaymonError {
  override name = 'SaymonCsrfError';
  /** The SAYMON server's origin, e.g. `https://saymon.example.com`. */
  readonly serverOrigin: string;
  /** The page's origin, when the code runs in a page. */
  readonly pageOrigin: string | undefined;

  constructor(init: { serverOrigin: string; pageOrigin?: string; request?: RequestInfo }) {
    const page = init.pageOrigin ? `this page (${init.pageOrigin})` : 'this context';
    super(
      `SAYMON refuses session writes without the csrf token, and ${page} cannot read the csrf cookie of ` +
        `${init.serverOrigin} (a page only sees the cookies of its own host), so nothing was sent. ` +
        `Across origins use token auth ({ type: 'token', token }) or Basic auth; to keep session auth, ` +
        `serve the page from ${init.serverOrigin} or reach SAYMON through a proxy on the page's origin.`,
      { request: init.request },
    );
    this.serverOrigin = init.serverOrigin;
    this.pageOrigin = init.pageOrigin;
  }
}

/**
 * The browser did not send the session cookie: the server said "Not logged in" right after a
 * successful login. Across sites (another registrable domain) browsers send a cookie only when
 * the server marks it `SameSite=None; Secure`, and some block such cookies altogether.
 */
export class SaymonSessionCookieError extends SaymonError {
  override name = 'SaymonSessionCookieError';
  readonly serverOrigin: string;
  readonly pageOrigin: string | undefined;

  constructor(init: { serverOrigin: string; pageOrigin?: string; request?: RequestInfo; cause?: unknown }) {
    const page = init.pageOrigin ? `this page (${init.pageOrigin})` : 'this context';
    super(
      `The session login succeeded, but the browser did not send the session cookie of ${init.serverOrigin} ` +
        `from ${page}: across sites browsers only send cookies marked SameSite=None; Secure (and may block them). ` +
        `Use token auth ({ type: 'token', token }) or Basic auth, serve the page from the SAYMON site or through ` +
        `a proxy on the page's origin, or have the server mark its cookies SameSite=None; Secure over https.`,
      { request: init.request, cause: init.cause },
    );
    this.serverOrigin = init.serverOrigin;
    this.pageOrigin = init.pageOrigin;
  }
}
