import type * as section from '../endpoints/user-groups.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's User Groups section does, in one line. */
export const userGroupsSummaries = summarize<typeof section>()({
  'userGroups.create': 'Adds a user group with the given name (and optional rights) and returns it.',
  'userGroups.delete': 'Removes a user group; its members keep their accounts. Answers nothing.',
  'userGroups.get': 'Returns one user group.',
  'userGroups.list': "Returns the user groups: all of them with manage-users, otherwise only the caller's own.",
  'userGroups.update': 'Changes the given fields of a user group and returns the updated group.',
});
