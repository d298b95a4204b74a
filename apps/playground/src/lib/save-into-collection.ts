/**
 * Imported requests saved as a collection: a new one (its name must be free: two collections of one
 * name would be merged by the next save, silently) or an existing one, where a request already in it
 * (same name, endpoint and values) is not added twice. Either way the result says what happened.
 */
import { type Collection, cleanName, newId, type SavedRequest } from './collections.ts';

export type SaveTarget = { kind: 'new'; name: string } | { kind: 'existing'; id: string };

export type SaveOutcome =
  | {
      ok: true;
      collections: Collection[];
      collectionId: string;
      /** The requests added, with their new ids. */
      added: SavedRequest[];
      /** Names of the requests left out as already in the collection. */
      skipped: string[];
      message: string;
    }
  | { ok: false; message: string };

/** A JSON text of a value with its object keys sorted: equal values give equal texts. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const keyOf = (r: Pick<SavedRequest, 'name' | 'endpointId' | 'input'>) =>
  canonical([cleanName(r.name), r.endpointId, r.input]);

const plural = (n: number) => `${n} request${n === 1 ? '' : 's'}`;

function namesOf(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((n) => `“${n}”`);
  return names.length > 5 ? `${shown.join(', ')} and ${names.length - 5} more` : shown.join(', ');
}

/** Saves `requests` (an import's) into the target; nothing changes when the outcome is not ok. */
export function saveIntoCollection(
  list: readonly Collection[],
  target: SaveTarget,
  requests: readonly SavedRequest[],
): SaveOutcome {
  if (requests.length === 0) return { ok: false, message: 'Nothing to save: the import has no matched request.' };
  let collection: Collection;
  if (target.kind === 'new') {
    const name = cleanName(target.name);
    if (!name) return { ok: false, message: 'Name the new collection.' };
    if (list.some((c) => c.name === name))
      return {
        ok: false,
        message: `A collection named “${name}” exists already: choose it to add to it, or give another name. Nothing was saved.`,
      };
    collection = { id: newId(), name, requests: [] };
  } else {
    const found = list.find((c) => c.id === target.id);
    if (!found) return { ok: false, message: 'That collection is gone (deleted meanwhile). Nothing was saved.' };
    collection = found;
  }
  const seen = new Set(collection.requests.map(keyOf));
  const added: SavedRequest[] = [];
  const skipped: string[] = [];
  for (const request of requests) {
    const key = keyOf(request);
    if (seen.has(key)) {
      skipped.push(cleanName(request.name));
      continue;
    }
    seen.add(key);
    added.push({ ...request, id: newId(), name: cleanName(request.name) || request.endpointId });
  }
  const updated = { ...collection, requests: [...collection.requests, ...added] };
  const collections = target.kind === 'new' ? [...list, updated] : list.map((c) => (c.id === updated.id ? updated : c));
  const where = target.kind === 'new' ? `the new collection “${updated.name}”` : `“${updated.name}”`;
  const already = target.kind === 'new' ? 'given twice in the import' : `already in “${updated.name}”`;
  const message =
    added.length === 0
      ? `Nothing added to ${where}: ${skipped.length === 1 ? 'the request is' : `all ${skipped.length} requests are`} already in it.`
      : `Saved ${plural(added.length)} in ${where}${
          skipped.length
            ? `; ${plural(skipped.length)} ${already} not added again (same name, endpoint and values): ${namesOf(skipped)}`
            : ''
        }.`;
  return { ok: true, collections, collectionId: updated.id, added, skipped, message };
}
