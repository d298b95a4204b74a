import type { SaymonClient } from '../client/create-client.ts';
import type { ResponseOf } from '../contract/define.ts';
import type { EndpointById } from '../registry/registry.ts';
import type { CallOptions } from '../transport/options.ts';
import { checkConcurrency } from './concurrency.ts';

/** An object as `objects.get` answers it. */
type TreeObject = ResponseOf<EndpointById<'objects.get'>>;

/** One object reached by `walkObjects`. */
export interface TreeNode {
  object: TreeObject;
  /** 0 for the start object. */
  depth: number;
  /** The object it was reached from; `undefined` for the start object. */
  parentId: string | undefined;
}

export interface WalkOptions extends Omit<CallOptions, 'signal'> {
  /** Objects read at once (default 8). */
  concurrency?: number;
  /** How deep to go below the start object (default: no limit). */
  maxDepth?: number;
  /** Stops the walk: pending reads are aborted and the iterator throws the reason. */
  signal?: AbortSignal;
}

const childIds = (object: TreeObject): string[] => {
  const ids = (object as { child_ids?: unknown }).child_ids;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id !== '') : [];
};

type Outcome = { key: number; node?: TreeNode; error?: unknown };

/**
 * Walks the object tree from an id, following `child_ids`, with at most `concurrency` reads in
 * flight; yields each object as it arrives (each once, even where the tree joins). A failed read
 * ends the walk with its error.
 *
 * ```ts
 * for await (const { object, depth } of walkObjects(client, rootId, { concurrency: 10 })) console.log(depth, object.name);
 * ```
 */
export async function* walkObjects(
  client: SaymonClient,
  rootId: string,
  options: WalkOptions = {},
): AsyncGenerator<TreeNode, void, undefined> {
  const { concurrency = 8, maxDepth = Number.POSITIVE_INFINITY, signal, ...callOptions } = options;
  const limit = checkConcurrency(concurrency);
  const stop = new AbortController();
  const abort = () => stop.abort(signal?.reason);
  signal?.addEventListener('abort', abort, { once: true });
  const queue: { id: string; depth: number; parentId: string | undefined }[] = [
    { id: rootId, depth: 0, parentId: undefined },
  ];
  const seen = new Set([rootId]);
  const running = new Map<number, Promise<Outcome>>();
  let key = 0;
  try {
    while (queue.length > 0 || running.size > 0) {
      signal?.throwIfAborted();
      while (running.size < limit && queue.length > 0) {
        const next = queue.shift() as (typeof queue)[number];
        const k = key++;
        running.set(
          k,
          client.objects.get({ id: next.id }, { ...callOptions, signal: stop.signal }).then(
            (object) => ({ key: k, node: { object, depth: next.depth, parentId: next.parentId } }),
            (error: unknown) => ({ key: k, error }),
          ),
        );
      }
      const outcome = await Promise.race(running.values());
      running.delete(outcome.key);
      if (!outcome.node) throw signal?.aborted ? signal.reason : outcome.error;
      const { node } = outcome;
      if (node.depth < maxDepth) {
        for (const child of childIds(node.object)) {
          if (seen.has(child)) continue;
          seen.add(child);
          queue.push({ id: child, depth: node.depth + 1, parentId: String(node.object.id) });
        }
      }
      yield node;
    }
  } finally {
    signal?.removeEventListener('abort', abort);
    // an early `break` or an error: reads still in flight are not needed
    if (running.size > 0) stop.abort();
  }
}
