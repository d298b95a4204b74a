/** Errors as one line on stderr (or JSON with `--error-format json`) and the exit code they map to. */
import {
  isSaymonApiError,
  isSaymonNetworkError,
  isSaymonResponseValidationError,
  isSaymonSessionError,
  isSaymonTimeoutError,
  isSaymonValidationError,
} from '@saymon-sdk/core';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { OutputStream } from './io.ts';

export type ErrorKind = 'api' | 'usage' | 'network' | 'timeout' | 'auth' | 'response' | 'internal';

export interface ErrorReport {
  readonly kind: ErrorKind;
  readonly exitCode: ExitCode;
  readonly message: string;
  readonly status?: number;
  readonly code?: string;
}

/** What an error means for the user. SDK messages carry no secrets (the SDK redacts them). */
export function reportOf(error: unknown): ErrorReport {
  const message = error instanceof Error ? error.message : String(error);
  if (isSaymonApiError(error)) {
    const auth = error.status === 401;
    return {
      kind: auth ? 'auth' : 'api',
      exitCode: auth ? EXIT.auth : EXIT.api,
      message,
      status: error.status,
      ...(error.code ? { code: String(error.code) } : {}),
    };
  }
  if (isSaymonSessionError(error)) return { kind: 'auth', exitCode: EXIT.auth, message };
  if (isSaymonTimeoutError(error)) return { kind: 'timeout', exitCode: EXIT.network, message };
  if (isSaymonNetworkError(error)) return { kind: 'network', exitCode: EXIT.network, message };
  if (isSaymonResponseValidationError(error)) return { kind: 'response', exitCode: EXIT.api, message };
  if (isSaymonValidationError(error)) return { kind: 'usage', exitCode: EXIT.usage, message };
  return { kind: 'internal', exitCode: EXIT.api, message };
}

/** Writes the error and returns its exit code. */
export function reportError(error: unknown, format: 'text' | 'json', stderr: OutputStream): ExitCode {
  const report = reportOf(error);
  if (format === 'json') {
    const { exitCode, ...rest } = report;
    stderr.write(`${JSON.stringify({ error: rest, exitCode })}\n`);
  } else {
    stderr.write(`saymon: ${report.message.split('\n')[0]}\n`);
  }
  return report.exitCode;
}
