import type * as section from '../endpoints/configuration.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Configuration section does, in one line. */
export const configurationSummaries = summarize<typeof section>()({
  'configuration.get': 'Returns the server configuration (inferred from the documented update call).',
  'configuration.update': 'Changes the given server settings and returns the configuration that results.',
});
