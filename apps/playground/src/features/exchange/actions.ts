/**
 * What the import and export dialog does with the page: the requests it can export (the one on screen,
 * the history, the last import), opening an imported request in the form, and files to download.
 */
import type { CollectionLike, SavedRequestLike } from '../../lib/exchange/types.ts';
import { redactInput } from '../../lib/redact.ts';
import { endpointById } from '../../lib/registry.ts';
import { secretsOf } from '../../lib/send.ts';
import { builtOf, endpointOf, targetOf } from '../../state/derived.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { replay, select } from '../request/actions.ts';

export type ExportSource = 'screen' | 'history' | 'imported';

/** The saved requests of a source; every input without the secrets in use and those the registry marks. */
export function requestsOf(
  s: PlaygroundState,
  source: ExportSource,
  imported: readonly SavedRequestLike[],
): SavedRequestLike[] {
  if (source === 'imported') return [...imported];
  if (source === 'history')
    return s.entries.flatMap((e) => {
      const endpoint = endpointById(e.endpoint);
      return endpoint
        ? [{ name: `${endpoint.title} (${new Date(e.time).toISOString()})`, endpointId: e.endpoint, input: e.input }]
        : [];
    });
  const endpoint = endpointOf(s);
  const input = redactInput(endpoint.id, builtOf(s).input, secretsOf(s.auth));
  return [{ name: endpoint.title, endpointId: endpoint.id, input }];
}

/** The server an exported Postman collection names as `{{baseUrl}}` (what snippets call). */
export function exportServer(s: PlaygroundState): string {
  return targetOf(s)?.server ?? 'http://127.0.0.1:8080';
}

/** Opens an imported request in the form, as a history replay does. */
export function openSaved(request: SavedRequestLike): void {
  const endpoint = endpointById(request.endpointId);
  if (!endpoint) return;
  select(endpoint);
  replay({ endpoint: endpoint.id, input: request.input });
}

/** A file name from a collection's name (`My checks` → `my-checks`). */
export function fileStem(collection: Pick<CollectionLike, 'name'>): string {
  return (
    collection.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'collection'
  );
}
