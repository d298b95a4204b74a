import type * as section from '../endpoints/classes.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Classes section does, in one line. */
export const classesSummaries = summarize<typeof section>()({
  'classes.create': 'Creates a class from a name and optional class fields and returns it.',
  'classes.delete': 'Deletes a class (inferred from the documented read and update calls).',
  'classes.get': 'Returns one class by id (id, name, description, category_id and operations).',
  'classes.incidentConditions':
    'Returns the incident conditions of a class (inferred from the documented replace call).',
  'classes.list': 'Returns all classes; fields other than id, name, operations and client_data appear only once set.',
  'classes.setIncidentConditions':
    'Replaces all incident conditions of a class and returns them; 409 when conditional incidents are disabled.',
  'classes.setStateConditions': 'Replaces all state conditions of a class; answers with no body.',
  'classes.stateConditions': 'Returns the state conditions of a class (inferred from the documented replace call).',
  'classes.update': 'Changes the given fields of a class (all but id) and returns the updated class.',
});
