import { agentsSummaries } from './agents.ts';
import { apiV2Summaries } from './api-v2.ts';
import { authenticationSummaries } from './authentication.ts';
import { bulksSummaries } from './bulks.ts';
import { classesSummaries } from './classes.ts';
import { configurationSummaries } from './configuration.ts';
import { dictionariesSummaries } from './dictionaries.ts';
import { dictionaryGroupsSummaries } from './dictionary-groups.ts';
import { entitiesSummaries } from './entities.ts';
import { eventLogSummaries } from './event-log.ts';
import { flowsSummaries } from './flows.ts';
import { historyAnnotationsSummaries } from './history-annotations.ts';
import { incidentLevelsSummaries } from './incident-levels.ts';
import { incidentsSummaries } from './incidents.ts';
import { jobsSummaries } from './jobs.ts';
import { limitsSummaries } from './limits.ts';
import { linksSummaries } from './links.ts';
import { metricTokensSummaries } from './metric-tokens.ts';
import { mqttSummaries } from './mqtt.ts';
import { notificationTemplatesSummaries } from './notification-templates.ts';
import { objectsSummaries } from './objects.ts';
import { operationsSummaries } from './operations.ts';
import { presetsSummaries } from './presets.ts';
import { propertiesSummaries } from './properties.ts';
import { propertyClassesSummaries } from './property-classes.ts';
import { referencesSummaries } from './references.ts';
import { resourcesSummaries } from './resources.ts';
import { scriptsSummaries } from './scripts.ts';
import { serviceSummaries } from './service.ts';
import { statSummaries } from './stat.ts';
import { statRulesSummaries } from './stat-rules.ts';
import { stateHistorySummaries } from './state-history.ts';
import { statesSummaries } from './states.ts';
import { tagsSummaries } from './tags.ts';
import { userGroupsSummaries } from './user-groups.ts';
import { usersSummaries } from './users.ts';

/** Every endpoint's one-line summary, by endpoint id. */
export const summaries = {
  ...agentsSummaries,
  ...apiV2Summaries,
  ...authenticationSummaries,
  ...bulksSummaries,
  ...classesSummaries,
  ...configurationSummaries,
  ...dictionariesSummaries,
  ...dictionaryGroupsSummaries,
  ...entitiesSummaries,
  ...eventLogSummaries,
  ...flowsSummaries,
  ...historyAnnotationsSummaries,
  ...incidentLevelsSummaries,
  ...incidentsSummaries,
  ...jobsSummaries,
  ...limitsSummaries,
  ...linksSummaries,
  ...metricTokensSummaries,
  ...mqttSummaries,
  ...notificationTemplatesSummaries,
  ...objectsSummaries,
  ...operationsSummaries,
  ...presetsSummaries,
  ...propertiesSummaries,
  ...propertyClassesSummaries,
  ...referencesSummaries,
  ...resourcesSummaries,
  ...scriptsSummaries,
  ...serviceSummaries,
  ...statRulesSummaries,
  ...statSummaries,
  ...stateHistorySummaries,
  ...statesSummaries,
  ...tagsSummaries,
  ...userGroupsSummaries,
  ...usersSummaries,
} as const;
