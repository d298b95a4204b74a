/** What the API steps read of a request's URL: its path and its query. */
export interface RequestUrl {
  readonly pathname: string;
  readonly searchParams: URLSearchParams;
}

/**
 * An http(s) URL with a lower-case host, no user info, no query and no fragment, whose path holds only
 * characters `new URL` keeps as they are and no `.` (so no dot segment, and no `%2e` one either, see below).
 */
const PLAIN = /^https?:\/\/[a-z0-9.:[\]-]+(\/[\w\-~!$&'()*+,;=:@%/]*)$/;

/**
 * The request URL's path and query, as `new URL(href)` gives them. URLs as plain as most API calls'
 * (`/node/api/objects/42`, no query) are read without building a URL: the path is the rest after the host.
 */
export function requestUrl(href: string): RequestUrl {
  const plain = PLAIN.exec(href);
  const pathname = plain?.[1];
  if (pathname !== undefined && !/%2e/i.test(pathname)) return new PlainUrl(pathname);
  return new URL(href);
}

/** A URL without a query: its (empty) `searchParams` are made when first read, most requests never do. */
class PlainUrl implements RequestUrl {
  private params: URLSearchParams | undefined;
  constructor(readonly pathname: string) {}
  get searchParams(): URLSearchParams {
    this.params ??= new URLSearchParams();
    return this.params;
  }
}

/** The request path with runs of `/` folded, as SAYMON's router reads it. */
export const folded = (url: RequestUrl) =>
  url.pathname.includes('//') ? url.pathname.replace(/\/{2,}/g, '/') : url.pathname;
