import type * as section from '../endpoints/event-log.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Event Log section does, in one line. */
export const eventLogSummaries = summarize<typeof section>()({
  'eventLog.list': 'Returns received SNMP traps and MQTT messages, filtered by time window and kind, sorted and paged.',
});
