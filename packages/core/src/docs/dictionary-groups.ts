import type * as section from '../endpoints/dictionary-groups.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Dictionary Groups section does, in one line. */
export const dictionaryGroupsSummaries = summarize<typeof section>()({
  'dictionaryGroups.create': 'Adds a group to file dictionaries under and returns it.',
  'dictionaryGroups.delete': 'Removes a dictionary group. Answers nothing.',
  'dictionaryGroups.list': 'Returns every dictionary group.',
  'dictionaryGroups.update': "Changes a dictionary group's name or description and returns the updated group.",
});
