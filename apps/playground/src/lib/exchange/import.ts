/**
 * One entry for every import: the pasted or chosen text is recognised (a curl command, a Postman
 * collection, an OpenAPI document or operation or a reference to one of ours, the playground's own
 * collection file) and read into saved requests, the unmatched and the dropped credentials.
 */
import { readCurl } from './curl.ts';
import { isOpenApi, readOpenApi, readOperationReference } from './openapi.ts';
import { isOwn, readOwn } from './own.ts';
import { isPostman, readPostman } from './postman.ts';
import { toSaved } from './to-saved.ts';
import { type HttpRequest, ImportError, type ImportReport } from './types.ts';

/** Larger texts are refused before they are read (a collection of thousands of requests is ~1 MB). */
export const MAX_IMPORT_CHARS = 8 * 1024 * 1024;

function matchAll(format: ImportReport['format'], requests: HttpRequest[], dropped: string[]): ImportReport {
  const report: ImportReport = { format, requests: [], unmatched: [], dropped: [...dropped] };
  for (const request of requests) {
    const result = toSaved(request);
    if (result.ok) {
      report.requests.push(result.request);
      report.dropped.push(...result.dropped);
    } else report.unmatched.push(result.unmatched);
  }
  return report;
}

export function importText(text: string): ImportReport {
  if (text.length > MAX_IMPORT_CHARS)
    throw new ImportError(`The text is over ${MAX_IMPORT_CHARS / 1024 / 1024} MiB: nothing was imported.`);
  const trimmed = text.trim();
  if (!trimmed) throw new ImportError('Nothing to import: paste a command or choose a file.');
  if (!/^[{[]/.test(trimmed) && /^\s*(?:\$\s+)?curl\s/m.test(trimmed)) return matchAll('curl', readCurl(trimmed), []);
  let json: unknown;
  let parsed = false;
  try {
    json = JSON.parse(trimmed);
    parsed = true;
  } catch {}
  if (parsed) {
    if (isOwn(json)) return readOwn(json);
    if (isPostman(json)) {
      const postman = readPostman(json);
      return { ...matchAll('postman', postman.requests, postman.dropped), name: postman.name };
    }
    if (isOpenApi(json)) return readOpenApi(json);
    throw new ImportError(
      'This JSON is not a Postman v2.1 collection, an OpenAPI document or operation, nor a playground collection.',
    );
  }
  const reference = readOperationReference(trimmed);
  if (reference) return reference;
  throw new ImportError(
    'Not a curl command, JSON, an operationId (objects.get) nor a method and path (GET /node/api/objects/{id}).',
  );
}
