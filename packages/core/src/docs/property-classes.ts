import type * as section from '../endpoints/property-classes.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Property Classes section does, in one line. */
export const propertyClassesSummaries = summarize<typeof section>()({
  'propertyClasses.create': 'Defines a new property class and returns it as stored, with its id.',
  'propertyClasses.get': 'Returns one property class.',
  'propertyClasses.list': 'Returns all property classes, the built-in (system) ones included.',
  'propertyClasses.update': 'Changes the given fields of a property class and returns the updated class.',
  'propertyClasses.valueTypes': 'Returns the value types (date, ip, dictionary, ...) a property class can be built on.',
});
