import type { JsonSchema } from '@saymon-sdk/core/json-schema';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Exchange } from '../../lib/send.ts';
import type { Opened } from './tree/messages.ts';
import { type AnswerSource, openJson } from './tree/source.ts';

/** Answers larger than this are shown as raw text with a download, not as a tree. */
export const TREE_LIMIT = 16 * 1024 * 1024;
export const RAW_PREVIEW = 256 * 1024;

export type Answer =
  | { kind: 'binary'; size: number }
  | { kind: 'large'; size: number; text: string }
  | { kind: 'text'; size: number; text: string }
  | { kind: 'loading'; size: number }
  | { kind: 'tree'; size: number; source: AnswerSource; opened: Extract<Opened, { kind: 'tree' }> };

function isText(contentType: string) {
  return /json|text|xml|javascript|html/.test(contentType) || contentType === '';
}

/**
 * What the body of an exchange is shown as. A JSON object or list becomes a tree, parsed on the page
 * when small and in the answer worker when big (the page shows "parsing" meanwhile).
 */
export function useAnswer(exchange: Exchange | undefined, schema: JsonSchema | undefined, conforms: boolean) {
  const first = useMemo((): Answer | undefined => {
    if (!exchange) return undefined;
    const size = exchange.body.byteLength;
    if (!isText(exchange.contentType)) return { kind: 'binary', size };
    if (size > TREE_LIMIT)
      return { kind: 'large', size, text: new TextDecoder().decode(exchange.body.subarray(0, RAW_PREVIEW)) };
    if (!/json/.test(exchange.contentType) || size === 0)
      return { kind: 'text', size, text: new TextDecoder().decode(exchange.body) };
    return { kind: 'loading', size };
  }, [exchange]);
  const [opened, setOpened] = useState<{ exchange: Exchange; answer: Answer } | undefined>();
  // a small JSON answer opens at once (no frame without its tree); a big one in the worker
  const now = useMemo(() => {
    if (!exchange || first?.kind !== 'loading') return undefined;
    const result = openJson(exchange.body, schema, conforms);
    return result instanceof Promise ? result : toAnswer(result, first.size);
  }, [exchange]);
  useEffect(() => {
    if (!(now instanceof Promise) || !exchange || !first) return;
    let current = true;
    now.then((result) => current && setOpened({ exchange, answer: toAnswer(result, first.size) }));
    return () => {
      current = false;
    };
  }, [now]);
  useEffect(() => {
    const answer = now instanceof Promise ? opened?.answer : now;
    return () => {
      if (answer?.kind === 'tree') answer.source.close();
    };
  }, [now, opened]);
  if (now && !(now instanceof Promise)) return now;
  if (now instanceof Promise) return opened && opened.exchange === exchange ? opened.answer : first;
  return first;
}

function toAnswer(result: { opened: Opened; source?: AnswerSource }, size: number): Answer {
  if (result.opened.kind === 'tree' && result.source)
    return { kind: 'tree', size, source: result.source, opened: result.opened };
  return { kind: 'text', size, text: result.opened.kind === 'text' ? result.opened.text : '' };
}
