import type * as section from '../endpoints/stat-rules.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Stat Rules section does, in one line. */
export const statRulesSummaries = summarize<typeof section>()({
  'statRules.listForLink': 'Lists the rules applied to data arriving for a link.',
  'statRules.listForObject': 'Lists the rules applied to data arriving for an object.',
  'statRules.setForLink': 'Replaces the data-processing rules of a link and returns the stored list.',
  'statRules.setForObject': 'Replaces the data-processing rules of an object and returns the stored list.',
});
