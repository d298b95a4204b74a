/**
 * Where the tree's rows come from: the page itself for small answers (at once, no round trip), the
 * answer worker for big ones (parsing, the schema walk and row windows off the page's thread).
 */
import type { JsonSchema } from '@saymon-sdk/core/json-schema';
import type { Opened, Reply, Request } from './messages.ts';
import type { AnswerModel, Expansion, NodePath, RowsAnswer, SearchAnswer } from './model.ts';
import { openAnswer } from './open.ts';

/** Answers up to this size are parsed on the page (well under a millisecond's work per kilobyte). */
export const WORKER_FROM = 64 * 1024;

type Maybe<T> = T | Promise<T>;

export interface AnswerSource {
  rows(expansion: Expansion, from: number, count: number, find?: NodePath): Maybe<RowsAnswer>;
  search(query: string): Maybe<SearchAnswer>;
  close(): void;
}

class LocalSource implements AnswerSource {
  constructor(private model: AnswerModel) {}
  rows(expansion: Expansion, from: number, count: number, find?: NodePath) {
    return this.model.rows(expansion, from, count, find);
  }
  search(query: string) {
    return this.model.search(query);
  }
  close() {}
}

type Ask = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

class WorkerSource implements AnswerSource {
  private next = 0;
  private waiting = new Map<number, (reply: Reply) => void>();
  constructor(private worker: globalThis.Worker) {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      this.waiting.get(event.data.id)?.(event.data);
      this.waiting.delete(event.data.id);
    };
  }
  ask(request: Ask, transfer: Transferable[] = []): Promise<Reply> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }
  async rows(expansion: Expansion, from: number, count: number, find?: NodePath) {
    const reply = await this.ask({ op: 'rows', expansion, from, count, ...(find ? { find } : {}) });
    return (reply as Extract<Reply, { op: 'rows' }>).result;
  }
  async search(query: string) {
    return ((await this.ask({ op: 'search', query })) as Extract<Reply, { op: 'search' }>).result;
  }
  close() {
    this.worker.terminate();
    this.waiting.clear();
  }
}

export interface OpenedAnswer {
  opened: Opened;
  source?: AnswerSource;
}

/** Opens a JSON answer: on the page when it is small (returned at once), else in a new answer worker. */
export function openJson(bytes: Uint8Array, schema: JsonSchema | undefined, unknownOf: boolean): Maybe<OpenedAnswer> {
  if (bytes.byteLength <= WORKER_FROM) {
    const { opened, model } = openAnswer(bytes, schema, unknownOf);
    return { opened, ...(model ? { source: new LocalSource(model) } : {}) };
  }
  const worker = new Worker(new URL('./answer.worker.ts', import.meta.url), { type: 'module' });
  const source = new WorkerSource(worker);
  const copy = bytes.slice().buffer;
  return source.ask({ op: 'open', bytes: copy, ...(schema ? { schema } : {}), unknownOf }, [copy]).then((reply) => {
    const opened = (reply as Extract<Reply, { op: 'open' }>).result;
    if (opened.kind !== 'tree') source.close();
    return { opened, ...(opened.kind === 'tree' ? { source } : {}) };
  });
}
