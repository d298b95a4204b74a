import type * as section from '../endpoints/references.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's References section does, in one line. */
export const referencesSummaries = summarize<typeof section>()({
  'references.create':
    'Shows an existing object inside another (owner) object by adding a reference, and returns the reference.',
  'references.delete': 'Removes a reference; the target object stays. Answers nothing.',
  'references.get': 'Returns one reference (owner, target, client data).',
  'references.list': 'Returns every reference.',
  'references.update': "Replaces a reference's client data (its UI placement) and returns the reference.",
});
