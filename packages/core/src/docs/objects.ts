import type * as section from '../endpoints/objects.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Objects section does, in one line. */
export const objectsSummaries = summarize<typeof section>()({
  'objects.addDocument':
    'Attaches a web-link document (JSON) or an uploaded file (multipart) to an object and returns it.',
  'objects.childLinks': 'Lists the links running between the children of an object.',
  'objects.children': 'Lists the objects placed directly inside an object.',
  'objects.clone':
    'Copies an object together with its nested objects and links, and returns the copy (without the nested ones).',
  'objects.cloneInBackground':
    'Starts copying an object as a background job and returns the bulk id to poll for completion.',
  'objects.create':
    'Creates an object (under the root unless a parent is given) and returns it; an existing discovery_id updates that object instead.',
  'objects.delete': 'Deletes an object given its id or discovery id.',
  'objects.deleteDocument': 'Detaches and deletes one document of an object.',
  'objects.deleteStateConditions': "Drops an object's own state conditions, so that those of its class apply again.",
  'objects.get':
    'Reads one object by id or discovery id, with all fields or only the requested ones (`path` gives its full name).',
  'objects.getDocument': 'Reads one document of an object: its name, kind and URL or upload reference.',
  'objects.history':
    'Reads the time series of chosen object metrics between two times, optionally downsampled (`5m-avg`, `all-max`, ...).',
  'objects.incidentConditions':
    'Lists the conditions under which an object raises incidents (inferred from the link call of the same name).',
  'objects.lastMetrics': 'Reads the latest data points (one unless a length is given) of chosen object metrics.',
  'objects.list': 'Lists all objects the caller may see, with default fields or the requested ones.',
  'objects.metricNames': 'Lists the names of the metrics an object has data for.',
  'objects.paths': 'Returns every id chain from an object up to the root, and the objects met on the way.',
  'objects.properties': 'Lists the properties of an object.',
  'objects.search':
    'Returns the objects matching MongoDB-style criteria on their fields (`$in`, `$gte`, `$regex`, `$elemMatch`, ...).',
  'objects.setIncidentConditions': 'Replaces the list of conditions under which an object raises incidents.',
  'objects.setManualState':
    'Imposes a state on an object by hand (for a time span if given), or lifts it with `clear`.',
  'objects.setStat': 'Stores monitoring data for an object as if an agent had sent it.',
  'objects.setState': 'Puts an object into the given state and returns the object.',
  'objects.setStateConditions': 'Replaces the list of conditions that decide the state of an object.',
  'objects.setStateTriggers': 'Replaces the list of actions fired when an object enters given states.',
  'objects.setStatMeta':
    'Stores the data type and change rate of stat fields of an object (`{ group: { field: { type, changeRate } } }`).',
  'objects.stat': 'Reads the latest monitoring data of an object.',
  'objects.stateConditions': 'Lists the conditions that decide the state of an object.',
  'objects.stateHistory': 'Lists the state changes of an object, optionally between two times and paged.',
  'objects.stateTriggers': 'Lists the actions (e-mail, script, ...) fired when an object enters given states.',
  'objects.statMeta': 'Reads the agent details of an object and the type and change rate of each of its stat fields.',
  'objects.update': 'Changes the given fields of an object (not its class) and returns the object.',
});
