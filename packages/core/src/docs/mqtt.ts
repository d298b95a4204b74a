import type * as section from '../endpoints/mqtt.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's MQTT section does, in one line. */
export const mqttSummaries = summarize<typeof section>()({
  'mqtt.subscriptions': 'Lists the MQTT topics the server listens to, each with the object or link it feeds.',
});
