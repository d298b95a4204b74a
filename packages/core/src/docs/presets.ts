import type * as section from '../endpoints/presets.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Presets section does, in one line. */
export const presetsSummaries = summarize<typeof section>()({
  'presets.create': 'Saves a named preset (for example an incident-table layout) and returns it with its new id.',
  'presets.delete': 'Removes a preset. Answers nothing.',
  'presets.get': 'Returns one preset.',
  'presets.list': 'Returns every preset.',
  'presets.update': "Changes a preset's name, key or data and returns the updated preset.",
});
