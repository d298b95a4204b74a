import { useState } from 'preact/hooks';
import type { Collection } from '../../lib/collections.ts';
import { endpointById } from '../../lib/registry.ts';
import { endpointOf } from '../../state/derived.ts';
import { useStore } from '../../state/store.ts';
import {
  deleteCollectionNamed,
  deleteSaved,
  openSaved,
  renameCollectionNamed,
  renameSaved,
  saveCurrent,
} from './actions.ts';
import { loadCollectionsOnce } from './persist.ts';

loadCollectionsOnce();

/** Saving the request on screen: a name and the collection (chosen or new). */
function SaveForm({ collections }: { collections: Collection[] }) {
  const endpoint = useStore(endpointOf);
  const [name, setName] = useState('');
  const [collection, setCollection] = useState('');
  const save = async () => {
    if (await saveCurrent(collection || collections[0]?.name || 'My requests', name)) setName('');
  };
  // no form element: nothing here may submit or navigate (test/hostile/network-paths); Enter saves
  return (
    <fieldset
      class="save-request"
      aria-label="Save this request"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') save();
      }}
    >
      <label>
        <span class="small">Save this request as</span>
        <input value={name} placeholder={endpoint.title} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        <span class="small">in collection</span>
        <input
          list="collection-names"
          value={collection}
          placeholder={collections[0]?.name ?? 'My requests'}
          onInput={(e) => setCollection(e.currentTarget.value)}
        />
      </label>
      <datalist id="collection-names">
        {collections.map((c) => (
          <option key={c.id} value={c.name} />
        ))}
      </datalist>
      <button type="button" onClick={save}>
        Save
      </button>
    </fieldset>
  );
}

function CollectionView({ collection }: { collection: Collection }) {
  return (
    <li class="collection">
      <div class="collection-head">
        <h3>{collection.name}</h3>
        <button type="button" class="link" onClick={() => renameCollectionNamed(collection)}>
          Rename
        </button>
        <button type="button" class="link" onClick={() => deleteCollectionNamed(collection)}>
          Delete
        </button>
      </div>
      <ul aria-label={`Requests in ${collection.name}`}>
        {collection.requests.map((r) => (
          <li key={r.id} class="saved-request">
            <button type="button" class="history-item" onClick={() => openSaved(r)} title="Open this request">
              <span class="method-text">{endpointById(r.endpointId)?.method}</span>
              <span class="title">{r.name}</span>
            </button>
            <button
              type="button"
              class="link"
              aria-label={`Rename ${r.name}`}
              onClick={() => renameSaved(collection.id, r)}
            >
              Rename
            </button>
            <button
              type="button"
              class="link"
              aria-label={`Delete ${r.name}`}
              onClick={() => deleteSaved(collection.id, r)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Saved requests in named collections (this browser's IndexedDB; never a credential). */
export function CollectionsPanel() {
  const collections = useStore((s) => s.collections);
  return (
    <section class="panel collections" aria-labelledby="collections-title">
      <h2 id="collections-title">Collections</h2>
      <SaveForm collections={collections} />
      {collections.length === 0 ? <p class="muted small">Saved requests appear here.</p> : null}
      <ul class="collection-list" aria-label="Collections">
        {collections.map((c) => (
          <CollectionView key={c.id} collection={c} />
        ))}
      </ul>
    </section>
  );
}
