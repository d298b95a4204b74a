import type * as section from '../endpoints/properties.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Properties section does, in one line. */
export const propertiesSummaries = summarize<typeof section>()({
  'properties.checkLinkNow':
    'Makes the agent poll a link right now with the given monitoring settings; answers with no body.',
  'properties.checkObjectNow':
    'Makes the agent poll an object right now with the given monitoring settings; answers with no body.',
  'properties.createForClass': 'Attaches a new property to a class and returns the created property.',
  'properties.createForFlow': 'Attaches a new property to a flow and returns the created property with its id.',
  'properties.createForLink': 'Attaches a new property to a link and returns the created property with its id.',
  'properties.createForObject': 'Attaches a new property to an object and returns the created property with its id.',
  'properties.deleteForClass': 'Deletes one property of a class; answers with no body.',
  'properties.deleteForFlow':
    'Deletes one property of a flow (undocumented; modelled on the class variant, body ignored).',
  'properties.deleteForLink':
    'Deletes one property of a link (undocumented; modelled on the class variant, body ignored).',
  'properties.deleteForObject':
    'Deletes one property of an object (undocumented; modelled on the class variant, body ignored).',
  'properties.listForChildren':
    'Returns the Info (type 1) properties of an object and of the child objects the caller may see, each tagged with its object.',
  'properties.listForClass':
    'Returns the properties defined on a class (undocumented; modelled on the link and flow variants).',
  'properties.listForFlow': 'Returns every property of a flow.',
  'properties.listForLink': 'Returns every property of a link.',
  'properties.setLinkMonitoring':
    "Overwrites a link's whole set of monitoring settings (settings left out are dropped); answers with no body.",
  'properties.setObjectMonitoring':
    "Overwrites an object's whole set of monitoring settings (settings left out are dropped); answers with no body.",
  'properties.testLinkMonitoring': 'Tries out monitoring settings on a link without saving them; answers with no body.',
  'properties.testObjectMonitoring':
    'Tries out monitoring settings on an object without saving them and returns the data they produced.',
  'properties.updateForClass':
    "Changes a class property's name, value or type and returns the property (at least its id).",
  'properties.updateForFlow':
    "Changes a flow property's name, value or type; the answer holds the id, owner and only the changed fields.",
  'properties.updateForLink':
    "Changes a link property's name, value or type and returns the whole property with its owner.",
  'properties.updateForObject': "Changes an object property's name, value or type and returns the property.",
});
