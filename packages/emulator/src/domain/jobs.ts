/** Jobs: custom results added to the record of an operation run. */
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** Adds a result (`payload`, who sent it, when) to a job's `results` list. */
export function addJobResult(store: Store, user: UserRecord, job: Rec, payload: unknown): void {
  const results = Array.isArray(job.results) ? job.results : job.results ? [job.results] : [];
  results.push({ payload, by: user.id, timestamp: store.now() });
  job.results = results;
  store.audit(user, 'update', AUDIT_ENTITY.unnamed, String(job.id), null, job);
}
