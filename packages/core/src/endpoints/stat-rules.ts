import * as z from 'zod/mini';
import { defineEndpoint } from '../contract/define.ts';
import { statRuleSchema } from '../models/stat-rule.ts';
import { pathParam } from '../schema/conventions.ts';

export const statRulesListForLink = defineEndpoint({
  id: 'statRules.listForLink',
  section: 'Stat Rules',
  title: 'Get Link Stat Rules',
  method: 'GET',
  path: '/node/api/links/:link_id/stat-rules',
  permissions: 'linkPermissions & manage-links',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  // Some doc examples call /objects/:link_id/stat-rules by mistake.
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(statRuleSchema()),
  }),
});

export const statRulesListForObject = defineEndpoint({
  id: 'statRules.listForObject',
  section: 'Stat Rules',
  title: 'Get Object Stat Rules',
  method: 'GET',
  path: '/node/api/objects/:object_id/stat-rules',
  permissions: 'objectPermissions & manage-objects',
  provenance: 'documented',
  bodyKind: 'none',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    response: z.array(statRuleSchema()),
  }),
});

export const statRulesSetForLink = defineEndpoint({
  id: 'statRules.setForLink',
  section: 'Stat Rules',
  title: 'Set Link Stat Rules',
  method: 'PUT',
  path: '/node/api/links/:link_id/stat-rules',
  permissions: 'linkPermissions & manage-links',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(statRuleSchema()),
    response: z.array(statRuleSchema()),
  }),
});

export const statRulesSetForObject = defineEndpoint({
  id: 'statRules.setForObject',
  section: 'Stat Rules',
  title: 'Set Object Stat Rules',
  method: 'PUT',
  path: '/node/api/objects/:object_id/stat-rules',
  permissions: 'objectPermissions & manage-objects',
  provenance: 'documented',
  bodyKind: 'json',
  responseKind: 'json',
  schemas: () => ({
    path: z.object({ id: pathParam() }),
    body: z.array(statRuleSchema()),
    response: z.array(statRuleSchema()),
  }),
});
