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
