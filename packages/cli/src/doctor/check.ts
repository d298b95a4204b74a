/** One endpoint called and judged: its answer compared with the registry, its error classified. */
import type { AnyEndpoint, EndpointSchemas, SaymonClient } from '@saymon-sdk/core';
import { isSaymonApiError, isSaymonSessionError, isSaymonValidationError } from '@saymon-sdk/core';
import { toJsonSchema } from '@saymon-sdk/core/json-schema';
import { driftOf } from './drift.ts';
import { DeadlineReached } from './gate.ts';
import { ReadOnlyRefusal } from './guard.ts';
import type { EndpointReport } from './outcome.ts';

export interface Checked {
  readonly report: EndpointReport;
  /** The answer (for the lists whose items name ids); `undefined` when the call failed. */
  readonly value?: unknown;
  /** The SDK refused the call before sending it: it needs a query or body the run did not give. */
  readonly needsInput?: boolean;
}

/** What a call sends beside its path parameters (a documented example's query and body). */
export interface ExtraInput {
  readonly query?: unknown;
  readonly body?: unknown;
}

function causeOf(error: unknown, kind: typeof DeadlineReached | typeof ReadOnlyRefusal): Error | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    if (current instanceof kind) return current;
    current = (current as Error).cause;
  }
  return undefined;
}

/** Calls `endpoint` with these path parameters and no other input; never throws. */
export async function checkEndpoint(
  client: SaymonClient,
  endpoint: AnyEndpoint,
  path: Readonly<Record<string, string>> = {},
  input: ExtraInput = {},
): Promise<Checked> {
  const base = { id: endpoint.id, method: endpoint.method, path: endpoint.path };
  let value: unknown;
  try {
    value = await client.call(endpoint, { ...input, path, responseValidation: 'off', retry: 0 } as never);
  } catch (error) {
    const deadline = causeOf(error, DeadlineReached);
    if (deadline) return { report: { ...base, outcome: 'not-tried', reason: deadline.message } };
    const refused = causeOf(error, ReadOnlyRefusal);
    if (refused) return { report: { ...base, outcome: 'not-tried', reason: refused.message } };
    if (isSaymonValidationError(error)) {
      const first = error.issues[0];
      const what = first ? `${first.path.join('.') || 'input'}: ${first.message}` : error.message;
      return {
        report: { ...base, outcome: 'not-tried', reason: `needs input doctor cannot discover (${what})` },
        needsInput: true,
      };
    }
    if (isSaymonApiError(error)) {
      const status = error.status;
      // restify's ResourceNotFound (or no SAYMON error at all) is a route this server lacks; another
      // code (NotFound: the record has none, e.g. a link without state triggers) is a route it has
      const code = error.code === undefined ? undefined : String(error.code);
      if (status === 404 && (code === undefined || code === 'ResourceNotFound'))
        return { report: { ...base, outcome: 'absent', status } };
      if (status === 404)
        return {
          report: {
            ...base,
            outcome: 'not-tried',
            status,
            reason: `answered 404 ${code}: the route exists, no record to compare`,
          },
        };
      if (status === 403) return { report: { ...base, outcome: 'forbidden', status } };
      return { report: { ...base, outcome: 'failed', status, reason: error.message.split('\n')[0] } };
    }
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    // session auth whose login was refused: the credentials, as a 401 would say
    if (isSaymonSessionError(error)) return { report: { ...base, outcome: 'failed', status: 401, reason: message } };
    return { report: { ...base, outcome: 'failed', reason: message } };
  }
  const schema = (endpoint.schemas() as EndpointSchemas).response;
  if (!schema || endpoint.responseKind === 'binary' || endpoint.responseKind === 'empty')
    return { report: { ...base, outcome: 'conforms' }, value };
  let findings: ReturnType<typeof driftOf>;
  try {
    findings = driftOf(schema, toJsonSchema(schema, 'output'), value);
  } catch (error) {
    // a hostile answer (nesting thousands deep) must not end the run
    const why = error instanceof RangeError ? 'it is nested too deeply' : String((error as Error).message ?? error);
    return { report: { ...base, outcome: 'failed', reason: `the answer could not be compared: ${why}` } };
  }
  return {
    report: { ...base, outcome: findings.length ? 'drift' : 'conforms', ...(findings.length ? { findings } : {}) },
    value,
  };
}
