/** An incident as the task tools show it: level and entity by name, times in ISO. */
import type { SaymonClient } from '@saymon-sdk/node';
import { type Estate, isoTime } from '../estate.ts';

type Incident = Awaited<ReturnType<SaymonClient['incidents']['list']>>[number];

export type Levels = ReadonlyMap<string, string>;

export async function loadLevels(client: SaymonClient): Promise<Levels> {
  return new Map((await client.incidentLevels.list()).map((l) => [String(l.id), String(l.name)]));
}

export function incidentView(incident: Incident, levels: Levels, estate: Estate) {
  const isLink = Number(incident.entityType) === 2;
  const entity = isLink ? undefined : estate.object(String(incident.entityId));
  const view: Record<string, unknown> = {
    id: String(incident.id),
    level: levels.get(String(incident.state)) ?? String(incident.state),
    text: incident.text,
    raised: isoTime(incident.timestamp),
    on: isLink ? 'link' : 'object',
    entityId: String(incident.entityId),
  };
  if (entity) {
    view.entity = String(entity.name);
    view.path = estate.path(entity);
  }
  if (incident.acknowledgedBy) {
    view.acknowledgedBy = incident.acknowledgedBy;
    view.acknowledged = isoTime(incident.acknowledgementTimestamp);
  }
  if (incident.comment) view.comment = incident.comment;
  if (incident.count !== undefined && incident.count !== null) view.count = incident.count;
  return view;
}
