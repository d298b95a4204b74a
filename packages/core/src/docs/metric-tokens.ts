import type * as section from '../endpoints/metric-tokens.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Metric Tokens section does, in one line. */
export const metricTokensSummaries = summarize<typeof section>()({
  'metricTokens.create':
    'Issues a token through which one metric of an object or link can be read without credentials.',
  'metricTokens.delete':
    'Revokes a metric token (inferred: listed in the docs menu, no page; the answer is undocumented).',
  'metricTokens.history':
    "Reads the time series of a token's metric over the last `duration` milliseconds, without credentials.",
  'metricTokens.stat': "Reads the current value and metadata of a token's metric, without credentials.",
});
