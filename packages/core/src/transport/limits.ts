/**
 * Stage "body and limits", the limits: a call's timeout and byte limits (its own, else the
 * client's, else the defaults), and the error for an answer over one of them.
 */
import { type RequestInfo, SaymonResponseTooLargeError } from '../errors.ts';
import { DEFAULT_MAX_RESPONSE_BYTES, type Oversize } from './body.ts';
import type { OutgoingCall, TransportOptions } from './types.ts';

export const DEFAULT_TIMEOUT = 30_000;

export interface CallLimits {
  /** Milliseconds for the whole call, retries included; `false`: none. */
  timeout: number | false;
  maxResponse: number | false;
  maxDownload: number | false;
}

type LimitOptions = Pick<TransportOptions, 'timeout' | 'maxResponseBytes' | 'maxDownloadBytes'>;

export function callLimits(
  call: Pick<OutgoingCall, 'timeout' | 'maxResponseBytes' | 'maxDownloadBytes'>,
  client: LimitOptions,
): CallLimits {
  const requested = call.timeout ?? client.timeout ?? DEFAULT_TIMEOUT;
  return {
    timeout: requested === 0 || requested === false ? false : requested,
    maxResponse: call.maxResponseBytes ?? client.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxDownload: call.maxDownloadBytes ?? client.maxDownloadBytes ?? false,
  };
}

/** The error of a call whose answer passed `limit` of `option`. */
export const tooLargeError =
  (requestInfo: () => RequestInfo) =>
  (option: 'maxResponseBytes' | 'maxDownloadBytes', limit: number) =>
  (size: Oversize): SaymonResponseTooLargeError =>
    new SaymonResponseTooLargeError({ limit, option, ...size, request: requestInfo() });
