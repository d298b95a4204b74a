import type * as section from '../endpoints/resources.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Resources section does, in one line. */
export const resourcesSummaries = summarize<typeof section>()({
  'resources.image': "Fetches a stored image (e.g. the uid in an object's `background`) as raw bytes.",
});
