import type { HandlerMap } from '../handler.ts';
import { agentHandlers } from './agents.ts';
import { v2Handlers } from './api-v2.ts';
import { authHandlers } from './authentication.ts';
import { bulkHandlers } from './bulks.ts';
import { catalogHandlers } from './catalog.ts';
import { configHandlers } from './config.ts';
import { entityHandlers } from './entities.ts';
import { incidentHandlers } from './incidents.ts';
import { jobHandlers } from './jobs.ts';
import { linkHandlers } from './links.ts';
import { metricTokenHandlers } from './metric-tokens.ts';
import { monitoringHandlers } from './monitoring.ts';
import { mqttHandlers } from './mqtt.ts';
import { objectHandlers } from './objects.ts';
import { operationHandlers } from './operations.ts';
import { propertyHandlers } from './properties.ts';
import { resourceHandlers } from './resources.ts';
import { statHandlers } from './stat.ts';
import { statRuleHandlers } from './stat-rules.ts';
import { userHandlers } from './users.ts';

/** Every endpoint's handler; the type makes a missing one a compile error. */
export const allHandlers: HandlerMap = {
  ...agentHandlers,
  ...v2Handlers,
  ...authHandlers,
  ...bulkHandlers,
  ...catalogHandlers,
  ...configHandlers,
  ...entityHandlers,
  ...incidentHandlers,
  ...jobHandlers,
  ...linkHandlers,
  ...monitoringHandlers,
  ...objectHandlers,
  ...operationHandlers,
  ...propertyHandlers,
  ...resourceHandlers,
  ...statHandlers,
  ...statRuleHandlers,
  ...metricTokenHandlers,
  ...mqttHandlers,
  ...userHandlers,
};
