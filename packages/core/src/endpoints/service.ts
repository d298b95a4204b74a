import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';

export const serviceVersionHash = defineEndpoint({
  id: 'service.versionHash',
  section: 'Service',
  title: 'Get SAYMON Version Hash',
  method: 'GET',
  path: '/node/api/version/hash',
  permissions: '',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'text',
  auth: false,
  schemas: () => ({
    response: z.string(),
  }),
});
