import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { pathParam } from '../schema/conventions.ts';

export const resourcesImage = defineEndpoint({
  id: 'resources.image',
  section: 'Resources',
  title: 'Download Image by UID',
  method: 'GET',
  // Served outside /node/api; real clients call it with the same credentials (Basic auth).
  path: '/node-resources/images/uid/:uid',
  permissions: '',
  provenance: 'real-client',
  bodyKind: 'none',
  responseKind: 'binary',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
  }),
});
