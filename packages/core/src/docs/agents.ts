import type * as section from '../endpoints/agents.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Agents section does, in one line. */
export const agentsSummaries = summarize<typeof section>()({
  'agents.uploadUpdate':
    'Uploads an agent update package to the server as a multipart form; the answer is not documented.',
});
