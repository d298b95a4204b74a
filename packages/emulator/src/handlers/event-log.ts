/** The event log: SNMP traps, MQTT messages and incident changes, of the entities the caller may see. */
import { inWindow, timeWindow } from '../domain/history.ts';
import { count, direction, flagValue, jsonQuery, matchesDocument, page, sortBy } from '../domain/listing.ts';
import { handlers } from '../handler.ts';

export const eventLogHandlers = handlers({
  'eventLog.list': ({ store, user, query }) => {
    const range = timeWindow(store, query);
    const filter = jsonQuery(query?.filter, 'filter');
    const type = query?.type === undefined ? undefined : String(query.type);
    const entries = store.state.eventLog.filter((entry) => {
      if (!inWindow(entry.timestamp, range)) return false;
      if (type !== undefined && String(entry.type) !== type) return false;
      const entity = entry.entity as { entityId?: unknown; entityType?: unknown } | null | undefined;
      if (entity?.entityId !== undefined) {
        const id = String(entity.entityId);
        if (String(entity.entityType) === '2') {
          const link = store.state.links[id];
          if (link && !store.canSeeLink(user, link)) return false;
        } else if (store.state.objects[id] && !store.canSeeObject(user, id)) return false;
      }
      return matchesDocument(entry, filter);
    });
    let sorted = sortBy(entries, query?.sortField || 'timestamp', direction(query?.sortDirection, 'asc'));
    if (flagValue(query?.inverse)) sorted = sorted.toReversed();
    const skip = count(query?.skip, 'skip') ?? 0;
    // the documented entry id is `_id`; the store's own `id` is not sent
    return page(sorted, skip, count(query?.limit, 'limit')).map(({ id, ...entry }, i) => ({
      ...entry,
      _id: String(entry._id ?? id),
      skip: skip + i,
    }));
  },
});
