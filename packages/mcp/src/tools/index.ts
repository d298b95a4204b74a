/** Every tool the server has, for a policy; which of them it lists is `listed` in server.ts. */
import type { WritePolicy } from '../policy.ts';
import type { Tool } from '../tool.ts';
import { callEndpoint } from './call-endpoint.ts';
import { describeEndpoint, searchEndpoints } from './discovery.ts';
import { findObjects } from './find-objects.ts';
import { activeIncidents } from './incidents.ts';
import { metricHistory } from './metrics.ts';
import { objectStatus } from './object-status.ts';
import { acknowledgeIncident, commentIncident, setManualState } from './writes.ts';

export function allTools(policy: WritePolicy): Tool[] {
  return [
    findObjects,
    objectStatus,
    activeIncidents,
    metricHistory,
    searchEndpoints,
    describeEndpoint,
    callEndpoint(policy),
    acknowledgeIncident,
    commentIncident,
    setManualState,
  ];
}
