import { SaymonValidationError } from '@saymon-sdk/core';

/** The exit codes of `saymon`, documented in the README. */
export const EXIT = {
  /** The call succeeded. */
  ok: 0,
  /** SAYMON answered with an error status (other than 401), or an answer did not match the registry. */
  api: 1,
  /** Bad input: unknown command or flag, wrong type, unreadable file, bad JSON. Nothing was sent. */
  usage: 2,
  /** The server could not be reached, or did not answer in time. */
  network: 3,
  /** Credentials missing, rejected (401) or the session could not be opened. */
  auth: 4,
  /** `saymon diff`: the files and the server differ (push would change something). */
  differs: 5,
  /** Interrupted (Ctrl-C): a bulk run says how far it got. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A problem with what the user typed: one line, the usage exit code, nothing sent. A kind of
 * `SaymonValidationError`, as the SDK's own refusals of bad input.
 */
export class UsageError extends SaymonValidationError {
  override name = 'UsageError';
  constructor(message: string) {
    super({ message, issues: [{ path: [], message }] });
  }
}
