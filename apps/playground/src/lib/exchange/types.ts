/**
 * The shapes import and export read and write: a saved request is a registry endpoint id, a name
 * and the input the form takes (`CallInput`), a collection a name and its requests. The same fields
 * as the collections model (`SavedRequest`, `Collection` of `../collections.ts`), which adds ids:
 * its values fit these types as they are.
 */
import type { CallInput } from '../wire.ts';

export interface SavedRequestLike {
  name: string;
  /** A registry endpoint id, `objects.get`. */
  endpointId: string;
  input: CallInput;
}

export interface CollectionLike {
  name: string;
  requests: readonly SavedRequestLike[];
}

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
  requests: SavedRequestLike[];
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
