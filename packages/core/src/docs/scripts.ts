import type * as section from '../endpoints/scripts.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Scripts section does, in one line. */
export const scriptsSummaries = summarize<typeof section>()({
  'scripts.create': 'Stores a new script (name and source text) and returns it.',
  'scripts.delete': 'Removes a stored script. Answers nothing.',
  'scripts.get': 'Returns one stored script with its source text.',
  'scripts.list': 'Returns every stored script.',
  'scripts.update': "Changes a script's name or source text and returns the updated script.",
});
