import type * as section from '../endpoints/entities.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Entities section does, in one line. */
export const entitiesSummaries = summarize<typeof section>()({
  'entities.get': 'Reads an object or a link by id, whichever it is, optionally limited to the requested fields.',
  'entities.setManualState':
    'Pins an object or link to a state (timed, or unmanaged to ignore incoming data) or clears the pin; returns the entity.',
  'entities.setStat': 'Submits monitoring data for an object or link, as an agent would; answers with no body.',
  'entities.setState': 'Switches an object or link to the given state and returns the entity.',
});
