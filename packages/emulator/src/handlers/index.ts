import type { HandlerMap } from '../handler.ts';
import { agentHandlers } from './agents.ts';
import { v2Handlers } from './api-v2.ts';
import { authHandlers } from './authentication.ts';
import { bulkHandlers } from './bulks.ts';
import { classHandlers } from './classes.ts';
import { configurationHandlers } from './configuration.ts';
import { dictionaryHandlers } from './dictionaries.ts';
import { dictionaryGroupHandlers } from './dictionary-groups.ts';
import { entityHandlers } from './entities.ts';
import { eventLogHandlers } from './event-log.ts';
import { flowHandlers } from './flows.ts';
import { historyAnnotationHandlers } from './history-annotations.ts';
import { incidentLevelHandlers } from './incident-levels.ts';
import { incidentHandlers } from './incidents.ts';
import { jobHandlers } from './jobs.ts';
import { limitHandlers } from './limits.ts';
import { linkHandlers } from './links.ts';
import { metricTokenHandlers } from './metric-tokens.ts';
import { mqttHandlers } from './mqtt.ts';
import { notificationTemplateHandlers } from './notification-templates.ts';
import { objectHandlers } from './objects.ts';
import { operationHandlers } from './operations.ts';
import { presetHandlers } from './presets.ts';
import { propertyHandlers } from './properties.ts';
import { propertyClassHandlers } from './property-classes.ts';
import { referenceHandlers } from './references.ts';
import { resourceHandlers } from './resources.ts';
import { scriptHandlers } from './scripts.ts';
import { serviceHandlers } from './service.ts';
import { statHandlers } from './stat.ts';
import { statRuleHandlers } from './stat-rules.ts';
import { stateHistoryHandlers } from './state-history.ts';
import { stateHandlers } from './states.ts';
import { tagHandlers } from './tags.ts';
import { userGroupHandlers } from './user-groups.ts';
import { userHandlers } from './users.ts';

/**
 * Every endpoint's handler; the type makes a missing one a compile error. One file per registry
 * section, named as core's endpoint files are (`test/handler-sections.test.ts` checks it), in
 * file order; `crud-factory.ts` and `entity-factory.ts` build handlers for the section files.
 */
export const allHandlers: HandlerMap = {
  ...agentHandlers,
  ...v2Handlers,
  ...authHandlers,
  ...bulkHandlers,
  ...classHandlers,
  ...configurationHandlers,
  ...dictionaryHandlers,
  ...dictionaryGroupHandlers,
  ...entityHandlers,
  ...eventLogHandlers,
  ...flowHandlers,
  ...historyAnnotationHandlers,
  ...incidentLevelHandlers,
  ...incidentHandlers,
  ...jobHandlers,
  ...limitHandlers,
  ...linkHandlers,
  ...metricTokenHandlers,
  ...mqttHandlers,
  ...notificationTemplateHandlers,
  ...objectHandlers,
  ...operationHandlers,
  ...presetHandlers,
  ...propertyHandlers,
  ...propertyClassHandlers,
  ...referenceHandlers,
  ...resourceHandlers,
  ...scriptHandlers,
  ...serviceHandlers,
  ...statRuleHandlers,
  ...statHandlers,
  ...stateHistoryHandlers,
  ...stateHandlers,
  ...tagHandlers,
  ...userGroupHandlers,
  ...userHandlers,
};
