import type * as section from '../endpoints/dictionaries.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Dictionaries section does, in one line. */
export const dictionariesSummaries = summarize<typeof section>()({
  'dictionaries.create': 'Stores a new key/value dictionary and returns it.',
  'dictionaries.delete': 'Removes a dictionary. Answers nothing.',
  'dictionaries.get': 'Returns one dictionary.',
  'dictionaries.list': 'Returns every dictionary.',
  'dictionaries.update': "Changes a dictionary's name or content and returns the updated dictionary.",
});
