/** Every endpoint's scenario, keyed by registry id: the type makes a missing one a compile error. */
import type { EndpointId } from '@saymon-sdk/node';
import { authScenarios } from './auth.ts';
import { catalogScenarios } from './catalog.ts';
import { configScenarios } from './config.ts';
import { entityScenarios } from './entities.ts';
import { incidentScenarios } from './incidents.ts';
import { jobScenarios } from './jobs.ts';
import { linkScenarios } from './links.ts';
import { monitoringScenarios } from './monitoring.ts';
import { objectScenarios } from './objects.ts';
import { operationScenarios } from './operations.ts';
import { propertyScenarios } from './properties.ts';
import { resourceScenarios } from './resources.ts';
import { statScenarios } from './stat.ts';
import type { Scenario } from './types.ts';
import { userScenarios } from './users.ts';

export const allScenarios: { [K in EndpointId]: Scenario } = {
  ...authScenarios,
  ...catalogScenarios,
  ...configScenarios,
  ...entityScenarios,
  ...incidentScenarios,
  ...jobScenarios,
  ...linkScenarios,
  ...monitoringScenarios,
  ...objectScenarios,
  ...operationScenarios,
  ...propertyScenarios,
  ...resourceScenarios,
  ...statScenarios,
  ...userScenarios,
};
