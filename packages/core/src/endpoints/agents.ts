import * as z from 'zod/mini';
import { defineEndpoint } from '../registry/define.ts';

export const agentsUploadUpdate = defineEndpoint({
  id: 'agents.uploadUpdate',
  section: "Agents",
  title: "Upload Agent Update",
  summary: "Uploads an agent update package.",
  method: 'POST',
  path: '/node/api/agents/update',
  permissions: "upload-agent-updates",
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    response: z.unknown(),
  }),
});
