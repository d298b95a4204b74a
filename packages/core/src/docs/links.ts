import type * as section from '../endpoints/links.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Links section does, in one line. */
export const linksSummaries = summarize<typeof section>()({
  'links.addDocument': 'Attaches a web-link document (JSON) or an uploaded file (multipart) to a link and returns it.',
  'links.create': 'Connects a source object to a target object with a new link and returns that link.',
  'links.delete': 'Removes a link (inferred from how objects are deleted; the answer is undocumented).',
  'links.deleteDocument':
    'Removes one document from a link (inferred from the object call; the answer is undocumented).',
  'links.deleteStateConditions':
    'Drops the state conditions of a link (inferred from the object call; the answer is undocumented).',
  'links.get': 'Reads one link, optionally limited to the requested fields.',
  'links.getDocument': 'Reads one document attached to a link: its kind, name and URL or upload reference.',
  'links.history': 'Reads the time series of chosen link metrics over a time window, optionally downsampled.',
  'links.incidentConditions': 'Lists the conditions under which a link raises incidents.',
  'links.lastMetrics': 'Reads the latest data points (one unless a length is given) of chosen link metrics.',
  'links.list': 'Lists all links the caller may see, with default fields or the requested ones.',
  'links.metricNames': "Lists the names of the numeric values in a link's current data, usable as history metrics.",
  'links.paths': "Returns every id chain from the link's source object up to the root, with the objects met on them.",
  'links.setIncidentConditions': 'Adds incident conditions to a link and returns what was stored, with ids.',
  'links.setManualState':
    'Pins a link to a state, optionally within a time window, or clears the pin; returns the link.',
  'links.setStat': 'Submits monitoring data for a link, as an agent would; answers with no body.',
  'links.setState': 'Switches a link to the given state and returns the link.',
  'links.setStateConditions': 'Replaces the rules that decide which state a link takes; answers with no body.',
  'links.setStateTriggers': 'Replaces the actions a link fires on state changes (inferred from the object call).',
  'links.setStatMeta': "Describes a link's data fields (type, change rate), keyed by field path; answers with no body.",
  'links.stat': 'Reads the latest monitoring data stored for a link.',
  'links.stateConditions': 'Lists the rules that decide which state a link takes.',
  'links.stateConditionsExist': 'Tells whether a link has state conditions of its own.',
  'links.stateHistory': 'Lists the state changes of a link, optionally within a time window and paged.',
  'links.stateTriggers': 'Lists the actions (e-mail, script, ...) a link fires when it enters given states.',
  'links.statMeta': "Reads the description of a link's data fields (type, change rate) and the reporting agent.",
  'links.update': 'Changes the given fields of a link (not its class) and returns the link.',
});
