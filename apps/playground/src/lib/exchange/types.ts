/**
 * What import reads besides the collections model: import and export read and write the saved
 * requests and collections of `../collections.ts` (`SavedRequest`, `Collection`), no look-alike of
 * them; an imported request gets a fresh id, an exported one is written without it.
 */
import type { Collection, SavedRequest } from '../collections.ts';

/** What an export writes: a collection's name and requests (its id stays in this browser). */
export type ExportedCollection = Pick<Collection, 'name' | 'requests'>;

/** A request of an imported file that no registry endpoint has: reported, never guessed. */
export interface Unmatched {
  name: string;
  /** `GET /path` (the path only: a query may hold a credential). */
  request: string;
  reason: string;
}

export type ImportFormat = 'curl' | 'postman' | 'openapi' | 'saymon';

export interface ImportReport {
  format: ImportFormat;
  /** The collection's own name when the file has one. */
  name?: string;
  requests: SavedRequest[];
  unmatched: Unmatched[];
  /** Each credential found and dropped, said in words (`the Authorization header of "Get all"`). */
  dropped: string[];
}

/** A request read from an imported text before it is matched to an endpoint. */
export interface HttpRequest {
  /** Empty: named after its endpoint (a curl command). */
  name: string;
  method: string;
  /** Absolute (`http://host/node/api/objects?x=1`), or a path (`/node/api/objects`). */
  url: string;
  headers: [string, string][];
  body?: HttpBody;
  /** Credentials the reader met outside headers and URL (`the login and password of --user`). */
  dropped?: string[];
}

export type HttpBody =
  | { kind: 'text'; text: string }
  /** multipart/form-data or urlencoded fields; a file field is named by its file name only. */
  | { kind: 'form'; fields: { name: string; value: string; file?: { name: string; type: string } }[] };

/** Thrown for text no importer reads (the dialog shows its message; nothing is imported). */
export class ImportError extends Error {
  override name = 'ImportError';
}
