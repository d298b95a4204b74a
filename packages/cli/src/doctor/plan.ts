/**
 * What a doctor run calls and in which order, from the registry alone: the server's version first,
 * then every read without path parameters (the lists among them name the ids), then every read
 * whose path parameters a list answer can fill. Each parameter's list is the read at the path before
 * it (`/objects/:id/stat` takes its id from `GET /objects`), so no second table of ids is kept.
 */
import { type AnyEndpoint, pathParams } from '@saymon-sdk/core';

export interface IdSource {
  /** The SDK name of the path parameter. */
  readonly param: string;
  /** The read whose answer lists records with an `id`: the path up to the parameter. */
  readonly list: AnyEndpoint;
}

export type Step =
  | { readonly kind: 'call'; readonly endpoint: AnyEndpoint; readonly ids: readonly IdSource[] }
  | { readonly kind: 'skip'; readonly endpoint: AnyEndpoint; readonly reason: string };

export interface Plan {
  readonly version: AnyEndpoint | undefined;
  /** Reads without path parameters (lists first). */
  readonly first: readonly Step[];
  /** Reads filled with ids from the first wave's answers. */
  readonly second: readonly Step[];
  /** Endpoints not called at all, each with its reason. */
  readonly skipped: readonly Step[];
}

const VERSION_ID = 'service.versionHash';

function prefixOf(template: string, segment: number): string {
  return template.split('/').slice(0, segment).join('/');
}

/** The id sources of each path parameter, or why one cannot be filled. */
function idSources(endpoint: AnyEndpoint, reads: readonly AnyEndpoint[]): IdSource[] | string {
  const segments = endpoint.path.split('/');
  const names = pathParams(endpoint.path).map((p) => p.name);
  const sources: IdSource[] = [];
  let index = 0;
  for (const [i, segment] of segments.entries()) {
    if (!segment.startsWith(':')) continue;
    const param = names[index++] as string;
    const listPath = prefixOf(endpoint.path, i);
    const list = reads.find((r) => r.method === 'GET' && r.path === listPath);
    if (!list) return `no read lists what ${segment} names (nothing at GET ${listPath})`;
    sources.push({ param, list });
  }
  return sources;
}

/** The run's plan for these endpoints; `skipReason` tells why a non-read is left alone. */
export function planRun(all: readonly AnyEndpoint[]): Plan {
  const reads = all.filter((e) => e.effect === 'read');
  const version = reads.find((e) => e.id === VERSION_ID);
  const first: Step[] = [];
  const second: Step[] = [];
  const skipped: Step[] = [];
  for (const endpoint of all) {
    if (endpoint === version) continue;
    if (endpoint.effect !== 'read') {
      skipped.push({
        kind: 'skip',
        endpoint,
        reason: `the registry marks it ${endpoint.effect}: doctor sends only reads`,
      });
      continue;
    }
    if (pathParams(endpoint.path).length === 0) {
      first.push({ kind: 'call', endpoint, ids: [] });
      continue;
    }
    const sources = idSources(endpoint, reads);
    if (typeof sources === 'string') skipped.push({ kind: 'skip', endpoint, reason: sources });
    else second.push({ kind: 'call', endpoint, ids: sources });
  }
  // the lists that name ids first, so the second wave can start on the earliest answers
  const listed = new Set(second.flatMap((s) => (s.kind === 'call' ? s.ids.map((i) => i.list) : [])));
  first.sort((a, b) => Number(listed.has(b.endpoint)) - Number(listed.has(a.endpoint)));
  return { version, first, second, skipped };
}
