import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';

export const agentsUploadUpdate = defineEndpoint({
  id: 'agents.uploadUpdate',
  section: 'Agents',
  title: 'Upload Agent Update',
  method: 'POST',
  path: '/node/api/agents/update',
  permissions: 'upload-agent-updates',
  provenance: 'real-client',
  // The docs only name the call (as a permission example); an upload is sent as a multipart form.
  bodyKind: 'multipart',
  responseKind: 'json',
  schemas: () => ({
    body: z.instanceof(FormData),
    response: z.unknown(),
  }),
});
