import type * as section from '../endpoints/users.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Users section does, in one line. */
export const usersSummaries = summarize<typeof section>()({
  'users.auditLog': 'Returns the audit-log records of the changes one user made, filtered by time and paged.',
  'users.captcha':
    'Returns a CAPTCHA image (SVG markup) and the token to send back with Register User; needs no credentials.',
  'users.changePassword':
    "Replaces a user's password; the body carries the current and the new password in clear text. Answers nothing.",
  'users.confirmRegistration':
    'Activates a self-registered account with the token from the confirmation e-mail (password null keeps it) and returns a status message.',
  'users.create': 'Adds a user account (login, password, permissions, ...) and returns the stored user.',
  'users.current': 'Returns the user the request is authenticated as.',
  'users.delete': 'Removes a user account. Answers nothing.',
  'users.get': 'Returns one user; without manage-users only id and login (holding the display name) come back.',
  'users.list': 'Returns every user account; private fields such as passwords are left out.',
  'users.restorePassword':
    'Sets a new password with the recovery token from the e-mail and returns a status message; needs no credentials.',
  'users.sessionLog':
    'Returns login-session records (user, start, end, expiry), filtered by time and paged from the newest.',
  'users.setFavorites': "Replaces the calling user's favorites collections and returns the new set.",
  'users.signup':
    'Self-registers an account with a solved CAPTCHA and sends a confirmation e-mail; returns the new user and needs no credentials.',
  'users.update': 'Changes the given fields of a user and returns the updated user.',
});
