/** The update package agents fetch, kept in `state.files` under one name. */
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { StoredFile, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** Where an uploaded agent update package is kept (`state.files`, so agents can fetch it). */
export const AGENT_UPDATE_FILE = 'agent-update';

/** Keeps an uploaded update package (replacing the last one) and audits it; answers what the upload call answers. */
export function keepAgentUpdate(store: Store, user: UserRecord, file: StoredFile, size: number) {
  store.state.files[AGENT_UPDATE_FILE] = file;
  const answer = { name: file.name, size, timestamp: store.now() };
  store.audit(user, 'update', AUDIT_ENTITY.unnamed, AGENT_UPDATE_FILE, null, answer);
  return answer;
}
