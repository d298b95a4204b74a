export { type AuditLog, auditLogSchema } from './audit-log.ts';
export { type Class, classSchema } from './class.ts';
export { type Dictionary, dictionarySchema } from './dictionary.ts';
export { type DictionaryForMonitoring, dictionaryForMonitoringSchema } from './dictionary-for-monitoring.ts';
export { type DictionaryGroup, dictionaryGroupSchema } from './dictionary-group.ts';
export { documentSchema, type EntityDocument } from './document.ts';
export { type ErrorResponse, errorResponseSchema } from './error-response.ts';
export { type EventLog, eventLogSchema } from './event-log.ts';
export { type Flow, flowSchema } from './flow.ts';
export { type HistoryAnnotation, historyAnnotationSchema } from './history-annotation.ts';
export { type Incident, incidentSchema } from './incident.ts';
export { type IncidentCondition, incidentConditionSchema } from './incident-condition.ts';
export { type IncidentLevel, incidentLevelSchema } from './incident-level.ts';
export { type Job, jobSchema } from './job.ts';
export { type Link, type LinkListItem, linkListFields, linkListItemSchema, linkSchema } from './link.ts';
export { type ManualState, manualStateSchema } from './manual-state.ts';
export { type MetricSeries, metricSeriesSchema } from './metric-series.ts';
export { type MetricToken, metricTokenSchema } from './metric-token.ts';
export { type MQTTSubscription, mqttSubscriptionSchema } from './mqtt-subscription.ts';
export { type NotificationTemplate, notificationTemplateSchema } from './notification-template.ts';
export {
  objectListFields,
  objectListItemSchema,
  objectSchema,
  type SaymonObject,
  type SaymonObjectListItem,
} from './object.ts';
export { type Operation, operationSchema } from './operation.ts';
export { type Permission, permissionNames } from './permissions.ts';
export { type Preset, presetSchema } from './preset.ts';
export { type Property, type PropertyChange, propertyChangeSchema, propertySchema } from './property.ts';
export { type PropertyClass, propertyClassSchema } from './property-class.ts';
export { type PropertyValueType, propertyValueTypeSchema } from './property-value-type.ts';
export { type Reference, referenceSchema } from './reference.ts';
export { type Script, scriptSchema } from './script.ts';
export { type StatRecord, statSchema } from './stat.ts';
export { type StatMeta, statMetaSchema } from './stat-meta.ts';
export { type StatRule, statRuleSchema } from './stat-rule.ts';
export { type State, stateSchema } from './state.ts';
export { type StateChangeReason, stateChangeReasonSchema } from './state-change-reason.ts';
export { type StateCondition, stateConditionSchema } from './state-condition.ts';
export { type StateHistory, stateHistorySchema } from './state-history.ts';
export { type StateTrigger, stateTriggerSchema } from './state-trigger.ts';
export { type Tag, tagSchema } from './tag.ts';
export { type User, userSchema } from './user.ts';
export { type UserGroup, userGroupSchema } from './user-group.ts';
export { type Widget, widgetSchema } from './widget.ts';
