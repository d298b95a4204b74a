/**
 * What the import and export dialog does with the page: the requests it can export (the one on screen,
 * the history, the last import, a saved collection), opening an imported request in the form, and
 * files to download.
 */
import { type Collection, newId, type SavedRequest } from '../../lib/collections.ts';
import { redactInput } from '../../lib/redact.ts';
import { endpointById } from '../../lib/registry.ts';
import { type SaveOutcome, type SaveTarget, saveIntoCollection } from '../../lib/save-into-collection.ts';
import { secretsOf } from '../../lib/send.ts';
import { builtOf, endpointOf, targetOf } from '../../state/derived.ts';
import { getState, type PlaygroundState, update } from '../../state/store.ts';
import { loadCollectionsOnce, storeCollections } from '../collections/persist.ts';
import { replay, select } from '../request/actions.ts';

/** Where exported requests come from: the page's own sources, or a saved collection by its id. */
export type ExportSource = 'screen' | 'history' | 'imported' | { collection: string };

export const sameSource = (a: ExportSource, b: ExportSource): boolean =>
  typeof a === 'string' || typeof b === 'string' ? a === b : a.collection === b.collection;

/** The saved collection a source names, when it still exists. */
export function collectionOf(s: PlaygroundState, source: ExportSource): Collection | undefined {
  return typeof source === 'string' ? undefined : s.collections.find((c) => c.id === source.collection);
}

/** The saved requests of a source; every input without the secrets in use and those the registry marks. */
export function requestsOf(
  s: PlaygroundState,
  source: ExportSource,
  imported: readonly SavedRequest[],
): SavedRequest[] {
  if (typeof source !== 'string') return [...(collectionOf(s, source)?.requests ?? [])];
  if (source === 'imported') return [...imported];
  if (source === 'history')
    return s.entries.flatMap((e) => {
      const endpoint = endpointById(e.endpoint);
      const name = endpoint && `${endpoint.title} (${new Date(e.time).toISOString()})`;
      return name ? [{ id: newId(), name, endpointId: e.endpoint, input: e.input }] : [];
    });
  const endpoint = endpointOf(s);
  const input = redactInput(endpoint.id, builtOf(s).input, secretsOf(s.auth));
  return [{ id: newId(), name: endpoint.title, endpointId: endpoint.id, input }];
}

/** The server an exported Postman collection names as `{{baseUrl}}` (what snippets call). */
export function exportServer(s: PlaygroundState): string {
  return targetOf(s)?.server ?? 'http://127.0.0.1:8080';
}

/** Opens an imported request in the form, as a history replay does. */
export function openSaved(request: SavedRequest): void {
  const endpoint = endpointById(request.endpointId);
  if (!endpoint) return;
  select(endpoint);
  replay({ endpoint: endpoint.id, input: request.input });
}

/** A file name from a collection's name (`My checks` → `my-checks`). */
export function fileStem(collection: Pick<Collection, 'name'>): string {
  return (
    collection.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'collection'
  );
}

/**
 * Saves an import's requests into a collection (new or existing) and keeps the collections; the saved
 * collections are read first, so a save before the collections panel was ever opened keeps them too.
 */
export async function saveImported(target: SaveTarget, requests: readonly SavedRequest[]): Promise<SaveOutcome> {
  await loadCollectionsOnce();
  const outcome = saveIntoCollection(getState().collections, target, requests);
  if (outcome.ok) {
    await storeCollections(outcome.collections);
    update({ collections: outcome.collections });
  }
  return outcome;
}
