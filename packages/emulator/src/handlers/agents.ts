/** Agents: the update package agents fetch. */
import { toBase64 } from '../bytes.ts';
import { badRequest } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';

/** Where an uploaded agent update package is kept (`state.files`, so agents can fetch it). */
export const AGENT_UPDATE_FILE = 'agent-update';

export const agentHandlers = handlers({
  'agents.uploadUpdate': async ({ store, user, body }) => {
    const form = body instanceof FormData ? body : undefined;
    const file = form?.get('file') ?? [...(form?.values() ?? [])].find((v) => typeof v !== 'string');
    if (!file || typeof file === 'string') throw badRequest('No update package: send the file in the "file" field');
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.length === 0) throw badRequest('The update package is empty');
    const name = (file as File).name || AGENT_UPDATE_FILE;
    store.state.files[AGENT_UPDATE_FILE] = {
      name,
      contentType: file.type || 'application/octet-stream',
      data: toBase64(bytes),
    };
    const answer = { name, size: bytes.length, timestamp: store.now() };
    store.audit(user, 'update', AUDIT_ENTITY.unnamed, AGENT_UPDATE_FILE, null, answer);
    return answer;
  },
});
