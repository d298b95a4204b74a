/** State history: the deprecated list and the log (filters, downsampling), of what the caller may see. */
import { inWindow, timeWindow } from '../domain/history.ts';
import { count, flagValue, page, sortBy, valuesOf } from '../domain/listing.ts';
import { badRequest } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** Widest window the class and tag filters of the state history log accept. */
const MAX_FILTER_WINDOW = 31 * 86_400_000;

interface HistoryEntry {
  entry: Rec;
  entity: Rec;
}

/** State history entries of entities that still exist and the user may see, with the entity. */
function visibleHistory(store: Store, user: UserRecord): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const entry of store.state.stateHistory) {
    const id = String(entry.entityId);
    if (String(entry.entityType) === '2') {
      const link = store.state.links[id];
      if (link && store.canSeeLink(user, link)) out.push({ entry, entity: link });
    } else {
      const object = store.state.objects[id];
      if (object && store.canSeeObject(user, id)) out.push({ entry, entity: object });
    }
  }
  return out;
}

function presentHistory({ entry, entity }: HistoryEntry, skip: number): Rec {
  return {
    ...entry,
    entityType: Number(entry.entityType ?? 1),
    entityName: entry.entityName ?? (entity.name as string | undefined) ?? '',
    entityClass: entry.entityClass ?? (entity.class_id as string | undefined),
    skip,
  };
}

/** Newest first unless `oldestFirst`. */
function byTime(list: HistoryEntry[], oldestFirst: boolean) {
  return sortBy(list, 'entry.timestamp', oldestFirst ? 'asc' : 'desc');
}

export const stateHistoryHandlers = handlers({
  'stateHistory.list': ({ store, user, query }) => {
    const range = timeWindow(store, query);
    const skip = count(query?.skip, 'skip') ?? 0;
    const limit = count(query?.limit, 'limit') ?? 10;
    const list = byTime(
      visibleHistory(store, user).filter(({ entry }) => inWindow(entry.timestamp, range)),
      false,
    );
    return page(list, skip, limit).map((item, i) => presentHistory(item, skip + i));
  },
  'stateHistory.log': ({ store, user, query }) => {
    const range = timeWindow(store, query);
    const classIds = valuesOf(query?.classId);
    const tagIds = valuesOf(query?.tagId);
    if (classIds.length > 0 || tagIds.length > 0) {
      if (range.from === undefined) throw badRequest('Filtering by class or tag needs a time window ("from" and "to")');
      if ((range.to ?? store.now()) - range.from > MAX_FILTER_WINDOW)
        throw badRequest('Filtering by class or tag needs a time window of at most 31 days');
    }
    const stateIds = valuesOf(query?.stateId);
    const entityIds = valuesOf(query?.entityId);
    const type = query?.entityType === undefined ? undefined : String(query.entityType);
    const name = query?.entityName?.toLowerCase();
    let list = visibleHistory(store, user).filter(({ entry, entity }) => {
      if (!inWindow(entry.timestamp, range)) return false;
      if (stateIds.length > 0 && !stateIds.includes(String(entry.stateId))) return false;
      if (entityIds.length > 0 && !entityIds.includes(String(entry.entityId))) return false;
      if (type !== undefined && String(entry.entityType ?? 1) !== type) return false;
      if (classIds.length > 0 && !classIds.includes(String(entity.class_id))) return false;
      if (tagIds.length > 0 && !valuesOf(entity.tags).some((t) => tagIds.includes(t))) return false;
      return (
        name === undefined ||
        String(entity.name ?? '')
          .toLowerCase()
          .includes(name)
      );
    });
    if (flagValue(query?.downsample)) {
      // drop records that repeat the previous state of the same entity
      const last = new Map<string, string>();
      list = byTime(list, true).filter(({ entry }) => {
        const key = `${entry.entityType ?? 1}:${entry.entityId}`;
        const repeat = last.get(key) === String(entry.stateId);
        last.set(key, String(entry.stateId));
        return !repeat;
      });
    }
    const skip = count(query?.skip, 'skip') ?? 0;
    const ordered = byTime(list, flagValue(query?.inverse) === true);
    return page(ordered, skip, count(query?.limit, 'limit')).map((item, i) => presentHistory(item, skip + i));
  },
});
