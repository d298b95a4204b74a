import type * as section from '../endpoints/jobs.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Jobs section does, in one line. */
export const jobsSummaries = summarize<typeof section>()({
  'jobs.addResult': "Attaches a caller-defined result (any JSON fields) to a job's results; answers with no body.",
  'jobs.findByEntities':
    'Returns the jobs run on the given objects, or on the given links, optionally within a time window.',
  'jobs.get': 'Returns one job: the record of a single operation run and its results.',
  'jobs.listForLink': 'Returns the jobs (operation runs) recorded for a link.',
  'jobs.listForObject': 'Returns the jobs (operation runs) recorded for an object.',
});
