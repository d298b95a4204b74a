/** Bulk operations: one change applied to every object a search selects (see `domain/bulks.ts`). */
import { type Doc, runBulk } from '../domain/bulks.ts';
import { matches } from '../domain/object-search.ts';
import { notFound } from '../errors.ts';
import { handlers } from '../handler.ts';

export const bulkHandlers = handlers({
  'bulks.runForObjects': ({ store, user, body }) => {
    const steps = (body.bulk ?? []) as Doc[];
    const selected = Object.values(store.state.objects).filter(
      (object) => store.canSeeObject(user, String(object.id)) && matches(object, (body.search ?? {}) as Doc),
    );
    const id = runBulk(store, user, selected, steps);
    // the changes are already made; the reply says "not finished" like a real server's first answer,
    // so that clients go through their polling path
    return { bulkId: id, finished: false };
  },
  'bulks.status': ({ store, path }) => {
    const bulk = store.state.bulks[String(path.id)];
    if (!bulk) throw notFound('Bulk operation', path.id);
    return { finished: bulk.status === 'done' || bulk.finished === true };
  },
});
