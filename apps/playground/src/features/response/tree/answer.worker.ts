/// <reference lib="webworker" />
/**
 * The answer worker: parses a big JSON answer, finds the fields its schema does not name, and answers
 * the tree's questions (rows of a window, search) off the page's thread. It is given bytes and sends
 * nothing anywhere but back to the page.
 */
import type { Reply, Request } from './messages.ts';
import type { AnswerModel } from './model.ts';
import { openAnswer } from './open.ts';

let model: AnswerModel | undefined;

self.onmessage = (event: MessageEvent<Request>) => {
  const request = event.data;
  let reply: Reply;
  if (request.op === 'open') {
    const result = openAnswer(new Uint8Array(request.bytes), request.schema, request.unknownOf);
    model = result.model;
    reply = { id: request.id, op: 'open', result: result.opened };
  } else if (request.op === 'rows') {
    const result = model?.rows(request.expansion, request.from, request.count, request.find) ?? {
      from: request.from,
      total: 0,
      rows: [],
      found: -1,
    };
    reply = { id: request.id, op: 'rows', result };
  } else {
    reply = { id: request.id, op: 'search', result: model?.search(request.query) ?? { paths: [], total: 0 } };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
