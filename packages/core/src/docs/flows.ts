import type * as section from '../endpoints/flows.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Flows section does, in one line. */
export const flowsSummaries = summarize<typeof section>()({
  'flows.create': 'Draws a new flow through the given objects inside a parent object and returns it.',
  'flows.delete': 'Removes a flow. Answers nothing.',
  'flows.get': 'Returns one flow.',
  'flows.list': 'Returns every flow.',
  'flows.update':
    'Changes the given fields of a flow, such as its colour and line style in client_data. Answers nothing.',
});
