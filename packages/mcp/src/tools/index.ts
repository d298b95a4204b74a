/** Every tool the server has, for a policy; which of them it lists is `listed` in server.ts. */
import type { WritePolicy } from '../policy.ts';
import type { Tool } from '../tool.ts';
import { callEndpoint } from './call-endpoint.ts';
import { describeEndpoint, searchEndpoints } from './discovery.ts';

export function allTools(policy: WritePolicy): Tool[] {
  return [searchEndpoints, describeEndpoint, callEndpoint(policy)];
}
