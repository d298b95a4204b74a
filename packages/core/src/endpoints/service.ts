import * as z from 'zod/mini';
import { defineEndpoint } from '../registry/define.ts';

export const serviceVersionHash = defineEndpoint({
  id: 'service.versionHash',
  section: "Service",
  title: "Get SAYMON Version Hash",
  summary: "Returns the hash identifying the SAYMON build installed on the server.",
  method: 'GET',
  path: '/node/api/version/hash',
  permissions: "",
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  auth: false,
  schemas: () => ({
    response: z.string(),
  }),
});
