import type * as section from '../endpoints/service.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Service section does, in one line. */
export const serviceSummaries = summarize<typeof section>()({
  'service.versionHash': 'Returns, as text, the hash of the SAYMON build the server runs; needs no credentials.',
});
