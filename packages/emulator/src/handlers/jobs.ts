/** Jobs: the records of operation runs (written by the operation handlers) and custom job results. */

import { addJobResult } from '../domain/jobs.ts';
import { requireLink, requireObject, requireRecord } from '../domain/lookup.ts';
import { badRequest, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { LinkRecord, ObjectRecord, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** Whether the user may see the object or link a job ran on. */
function canSeeJob(store: Store, user: UserRecord, job: Rec): boolean {
  const owner = String(job.owner_id);
  if (Number(job.owner_type) === 2) {
    const link = store.state.links[owner];
    return link !== undefined && store.canSeeLink(user, link);
  }
  return store.state.objects[owner] !== undefined && store.canSeeObject(user, owner);
}

function requireJob(store: Store, user: UserRecord, id: string | number): Rec {
  const job = requireRecord(store.state.jobs, 'Job', id);
  if (!canSeeJob(store, user, job)) throw notFound('Job', id);
  return job;
}

/** Jobs of some entities (owner type 1 objects, 2 links), oldest first, within an optional window. */
function jobsOf(store: Store, ownerType: number, ids: string[], from?: number, to?: number): Rec[] {
  const wanted = new Set(ids);
  return Object.values(store.state.jobs)
    .filter((job) => Number(job.owner_type ?? 1) === ownerType && wanted.has(String(job.owner_id)))
    .filter(
      (job) =>
        (from === undefined || Number(job.timestamp) >= from) && (to === undefined || Number(job.timestamp) <= to),
    )
    .sort((a, b) => Number(a.timestamp) - Number(b.timestamp));
}

const asList = (value: unknown): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String).filter((v) => v !== '');

export const jobHandlers = handlers({
  'jobs.get': ({ store, user, path }) => requireJob(store, user, path.id),
  'jobs.addResult': ({ store, user, path, body }) => {
    const job = requireJob(store, user, path.id);
    addJobResult(store, user, job, body);
    return undefined;
  },
  'jobs.findByEntities': ({ store, user, body }) => {
    const objects = asList(body.objects);
    const links = asList(body.links);
    if (objects.length > 0 && links.length > 0) throw badRequest('Send either "objects" or "links", not both');
    if (objects.length === 0 && links.length === 0)
      throw badRequest('Mandatory "objects" or "links" parameter is absent/empty.');
    const visible =
      objects.length > 0
        ? objects
            .map((id) => store.findObject(id))
            .filter((o): o is ObjectRecord => !!o && store.canSeeObject(user, String(o.id)))
        : links.map((id) => store.state.links[id]).filter((l): l is LinkRecord => !!l && store.canSeeLink(user, l));
    return jobsOf(
      store,
      objects.length > 0 ? 1 : 2,
      visible.map((r) => String(r.id)),
      body.from,
      body.to,
    );
  },
  'jobs.listForObject': ({ store, user, path }) => jobsOf(store, 1, [String(requireObject(store, user, path.id).id)]),
  'jobs.listForLink': ({ store, user, path }) => jobsOf(store, 2, [String(requireLink(store, user, path.id).id)]),
});
