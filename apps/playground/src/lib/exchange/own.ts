/**
 * The playground's own collection file: `{ format, version, name, requests: [{ name, endpointId,
 * input }] }`, the saved requests exactly as the collections keep them (without ids). Written with
 * every input through `redactInput`; read as untrusted data: only what fits the shape is taken, an
 * unknown endpoint id is reported, and registry-marked secrets are dropped again.
 */

import { isRecord, readCallInput } from '../read-input.ts';
import { redactInput } from '../redact.ts';
import { endpointById } from '../registry.ts';
import type { CallInput } from '../wire.ts';
import { finish } from './to-saved.ts';
import type { ExportedCollection, ImportReport } from './types.ts';

export const OWN_FORMAT = 'saymon-playground-collection';

export interface OwnFile {
  format: typeof OWN_FORMAT;
  version: 1;
  name: string;
  requests: { name: string; endpointId: string; input: CallInput }[];
}

export function isOwn(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && value.format === OWN_FORMAT;
}

export function toOwn(collection: ExportedCollection): OwnFile {
  return {
    format: OWN_FORMAT,
    version: 1,
    name: collection.name,
    requests: collection.requests.flatMap((r) =>
      endpointById(r.endpointId)
        ? [{ name: r.name, endpointId: r.endpointId, input: redactInput(r.endpointId, r.input, []) }]
        : [],
    ),
  };
}

export function readOwn(value: Record<string, unknown>): ImportReport {
  const report: ImportReport = { format: 'saymon', requests: [], unmatched: [], dropped: [] };
  if (typeof value.name === 'string') report.name = value.name;
  for (const [i, item] of (Array.isArray(value.requests) ? value.requests : []).entries()) {
    const name = isRecord(item) && typeof item.name === 'string' && item.name ? item.name : `request ${i + 1}`;
    const endpointId = isRecord(item) && typeof item.endpointId === 'string' ? item.endpointId : '';
    const endpoint = endpointById(endpointId);
    const input = isRecord(item) ? readCallInput(item.input ?? {}) : undefined;
    if (!endpoint || !input) {
      report.unmatched.push({
        name,
        request: endpointId || '(no endpoint id)',
        reason: endpoint ? 'its input is not of the playground’s shape' : 'no registry endpoint has this id',
      });
      continue;
    }
    const done = finish(endpoint, name, input, []);
    report.requests.push(done.request);
    report.dropped.push(...done.dropped);
  }
  return report;
}
