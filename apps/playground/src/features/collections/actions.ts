/**
 * Saved requests: the request on screen saved into a named collection (its `{{name}}` references
 * kept, secrets removed as in history), reopened, renamed, deleted (after a confirm).
 */
import {
  type Collection,
  cleanName,
  deleteCollection,
  deleteRequest,
  renameCollection,
  renameRequest,
  type SavedRequest,
  saveRequest,
} from '../../lib/collections.ts';
import { stateFromInput } from '../../lib/form-state.ts';
import { redactInput } from '../../lib/redact.ts';
import { endpointById } from '../../lib/registry.ts';
import { secretsOf } from '../../lib/send.ts';
import { saveSetting } from '../../lib/storage.ts';
import { endpointOf, formFor, templateOf } from '../../state/derived.ts';
import { getState, update } from '../../state/store.ts';
import { storeCollections } from './persist.ts';

/** Kept in IndexedDB first, then shown: what the page lists survives a reload at once. */
async function keep(collections: Collection[]): Promise<void> {
  await storeCollections(collections);
  update({ collections });
}

/** Saves the request on screen as `name` into the collection `collectionName` (made when new). */
export async function saveCurrent(collectionName: string, name: string): Promise<boolean> {
  const s = getState();
  const endpoint = endpointOf(s);
  if (!cleanName(collectionName)) {
    update({ notice: 'Name the collection to save the request into.' });
    return false;
  }
  const input = redactInput(endpoint.id, templateOf(s).input, secretsOf(s.auth));
  const saved = saveRequest(s.collections, collectionName, {
    name: cleanName(name) || endpoint.title,
    endpointId: endpoint.id,
    input,
  });
  await keep(saved.collections);
  update({ notice: `Saved “${cleanName(name) || endpoint.title}” in ${cleanName(collectionName)} (no credentials).` });
  return true;
}

/** Opens a saved request in the form (as a history replay does: values it did not keep are asked for). */
export function openSaved(request: SavedRequest): void {
  const endpoint = endpointById(request.endpointId);
  if (!endpoint) return;
  saveSetting('endpoint', endpoint.id);
  update((s) => ({
    endpointId: endpoint.id,
    states: { ...s.states, [endpoint.id]: stateFromInput(formFor(endpoint), request.input) },
    choices: { ...s.choices, [endpoint.id]: 'own' },
    touched: false,
    outcome: undefined,
  }));
}

export async function renameSaved(collectionId: string, request: SavedRequest): Promise<void> {
  const name = cleanName(prompt('New name of the saved request', request.name) ?? '');
  if (name) await keep(renameRequest(getState().collections, collectionId, request.id, name));
}

export async function deleteSaved(collectionId: string, request: SavedRequest): Promise<void> {
  if (!confirm(`Delete the saved request “${request.name}”? It cannot be undone.`)) return;
  await keep(deleteRequest(getState().collections, collectionId, request.id));
}

export async function renameCollectionNamed(collection: Collection): Promise<void> {
  const name = cleanName(prompt('New name of the collection', collection.name) ?? '');
  if (name) await keep(renameCollection(getState().collections, collection.id, name));
}

export async function deleteCollectionNamed(collection: Collection): Promise<void> {
  const count = collection.requests.length;
  if (!confirm(`Delete the collection “${collection.name}” and its ${count} saved request${count === 1 ? '' : 's'}?`))
    return;
  await keep(deleteCollection(getState().collections, collection.id));
}
