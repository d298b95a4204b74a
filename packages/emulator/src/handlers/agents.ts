/** Agents: the update package agents fetch. */
import { toBase64 } from '../bytes.ts';
import { AGENT_UPDATE_FILE, keepAgentUpdate } from '../domain/agent-updates.ts';
import { badRequest } from '../errors.ts';
import { handlers } from '../handler.ts';

export const agentHandlers = handlers({
  'agents.uploadUpdate': async ({ store, user, body }) => {
    const form = body instanceof FormData ? body : undefined;
    const file = form?.get('file') ?? [...(form?.values() ?? [])].find((v) => typeof v !== 'string');
    if (!file || typeof file === 'string') throw badRequest('No update package: send the file in the "file" field');
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.length === 0) throw badRequest('The update package is empty');
    const name = (file as File).name || AGENT_UPDATE_FILE;
    const stored = { name, contentType: file.type || 'application/octet-stream', data: toBase64(bytes) };
    return keepAgentUpdate(store, user, stored, bytes.length);
  },
});
