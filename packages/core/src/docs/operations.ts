import type * as section from '../endpoints/operations.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Operations section does, in one line. */
export const operationsSummaries = summarize<typeof section>()({
  'operations.createForClass':
    'Adds an MQTT or script operation to a class (its entities inherit it) and returns it with its id.',
  'operations.createForLink': 'Adds an MQTT or script operation to a link and returns it with its id.',
  'operations.createForObject': 'Adds an MQTT or script operation to an object and returns it with its id.',
  'operations.deleteForClass':
    'Deletes an operation of a class (page not found; path follows the update call, body ignored).',
  'operations.deleteForLink':
    'Deletes an operation of a link (page not found; path follows the update call, body ignored).',
  'operations.deleteForObject':
    'Deletes an operation of an object (page not found; path follows the update call, body ignored).',
  'operations.executeForEntity':
    'Starts an operation of an object or link, addressed by entity id, and returns the id of the new job.',
  'operations.executeForLink': 'Starts an operation of a link and returns the id of the new job.',
  'operations.executeForObject': 'Starts an operation of an object and returns the id of the new job.',
  'operations.updateForClass':
    "Changes a class operation's name, description, popup flag or parameters and returns the operation.",
  'operations.updateForLink':
    "Changes a link operation's name, description, popup flag or parameters and returns the operation.",
  'operations.updateForObject':
    "Changes an object operation's name, description, popup flag or parameters and returns the operation.",
});
