import type * as section from '../endpoints/authentication.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Authentication section does, in one line. */
export const authenticationSummaries = summarize<typeof section>()({
  'authTokens.create':
    'Generates a fresh API token for a user and returns it as text (pass it later as the api-token query parameter).',
  'authTokens.delete': "Revokes a user's API token; the user's authenticationToken becomes null.",
  'sessions.create':
    'Logs in with a login and password (or an API token) and returns the new session id as text; the sid cookie is set too.',
  'sessions.delete': 'Logs out: ends the session named by the sid cookie sent with the request.',
  'sessions.verify': 'Tells whether a session id is still valid: true if so, false (null on older servers) if not.',
});
