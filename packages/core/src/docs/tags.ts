import type * as section from '../endpoints/tags.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Tags section does, in one line. */
export const tagsSummaries = summarize<typeof section>()({
  'tags.create': 'Adds a tag with the given name and returns it.',
  'tags.delete': 'Removes a tag. Answers nothing.',
  'tags.get': 'Returns one tag.',
  'tags.list':
    'Returns every tag (id and name); clients also use it as a cheap check that the URL and credentials work.',
  'tags.update': 'Renames a tag and returns it.',
});
