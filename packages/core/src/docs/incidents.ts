import type * as section from '../endpoints/incidents.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Incidents section does, in one line. */
export const incidentsSummaries = summarize<typeof section>()({
  'incidentLevels.list': 'Returns every incident level (built-in and custom) with its id and name.',
  'incidents.acknowledge': 'Acknowledges an incident in the name of the calling user; answers with no body.',
  'incidents.clear':
    'Sets an incident to Cleared (state 3); the server moves it to history once incident_timeout passes.',
  'incidents.clearAll': 'Sets all incidents, or those matching the given filter, to Cleared; answers with no body.',
  'incidents.clearRemove':
    'Clears an incident and marks it to be dropped instead of kept in history; answers with no body.',
  'incidents.clearRemoveAll':
    'Clears all incidents, or those matching the given filter, and marks them to be dropped; answers with no body.',
  'incidents.comment': 'Posts a plain-text comment on an active incident; answers with no body.',
  'incidents.create': 'Raises a new incident from the given fields and returns the stored record.',
  'incidents.get': 'Returns one active incident by its id.',
  'incidents.history':
    'Returns a page of past (cleared) incidents; `owner=true` embeds the owning entity in each record.',
  'incidents.list': 'Returns the active incidents visible to the caller, optionally filtered, sorted and paged.',
  'incidents.unacknowledge':
    'Withdraws the acknowledgement of an incident (acknowledgedBy and its timestamp become null); answers with no body.',
  'incidents.undoClear': 'Restores a cleared incident that is still active to its lastState; answers with no body.',
  'incidents.undoRemove':
    'Drops the removal mark of a cleared incident so it goes to history after all; answers with no body.',
});
