/**
 * Saved requests in this browser's IndexedDB, loaded with the collections panel (first use); what does
 * not fit the model (`readCollections`) is dropped on reading.
 */
import { get, set } from 'idb-keyval';
import { type Collection, readCollections } from '../../lib/collections.ts';
import { update } from '../../state/store.ts';

const COLLECTIONS_KEY = 'saymon-playground:collections';

export async function loadCollections(): Promise<Collection[]> {
  try {
    return readCollections(await get(COLLECTIONS_KEY));
  } catch {
    return [];
  }
}

export async function storeCollections(list: readonly Collection[]): Promise<void> {
  await set(COLLECTIONS_KEY, list).catch(() => {});
}

let loaded: Promise<void> | undefined;
/** Reads the saved collections into the store, once per page. */
export function loadCollectionsOnce(): Promise<void> {
  loaded ??= loadCollections().then((collections) => update({ collections }));
  return loaded;
}
