import type * as section from '../endpoints/history-annotations.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's History Annotations section does, in one line. */
export const historyAnnotationsSummaries = summarize<typeof section>()({
  'historyAnnotations.create':
    'Pins a text note to a moment on the history timeline and returns the stored annotation.',
  'historyAnnotations.delete': 'Deletes a history annotation; answers with no body.',
  'historyAnnotations.list': 'Returns the history annotations that fall between `from` and `to`.',
  'historyAnnotations.update': 'Replaces the text of a history annotation and returns the updated annotation.',
});
