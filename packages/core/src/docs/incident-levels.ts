import type * as section from '../endpoints/incident-levels.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Incident Levels section does, in one line. */
export const incidentLevelsSummaries = summarize<typeof section>()({
  'incidentLevels.create': 'Defines a custom incident level (name, colour, description) and returns it.',
  'incidentLevels.delete': 'Deletes a custom incident level (inferred from the documented update call).',
  'incidentLevels.update': 'Changes the given fields of an incident level and returns the updated level.',
});
