import { useEffect, useState } from 'preact/hooks';
import type { Exchange } from '../../lib/send.ts';
import type { AnswerFilter } from '../filter/AnswerFilter.tsx';
import { useLazy } from '../lazy.ts';
import { formatBytes } from './status-text.ts';
import { JsonTree } from './tree/JsonTree.tsx';
import { type Answer, RAW_PREVIEW } from './useAnswer.ts';

/** The name a downloaded answer is saved under: the last segment of its path, else `response.bin`. */
function fileName(url: string): string {
  try {
    const last = new URL(url, 'http://x').pathname.split('/').pop();
    return last ? decodeURIComponent(last) : 'response.bin';
  } catch {
    return 'response.bin';
  }
}

/** A blob URL of the whole answer, for the answers shown only in part (too large) or not as text. */
function useDownload(exchange: Exchange, answer: Answer | undefined) {
  const [download, setDownload] = useState<string | undefined>();
  useEffect(() => {
    if (!answer || (answer.kind !== 'large' && answer.kind !== 'binary')) return setDownload(undefined);
    const url = URL.createObjectURL(
      new Blob([exchange.body as BlobPart], { type: exchange.contentType || 'application/octet-stream' }),
    );
    setDownload(url);
    return () => URL.revokeObjectURL(url);
  }, [exchange, answer?.kind]);
  return download;
}

/** Copy, download and the chosen node's actions: loaded with the first answer, not the first view. */
const loadTools = () => import('../chaining/AnswerTools.tsx');

/** The jq filter's form, in a chunk of its own (never in the first load), fetched once a tree is shown. */
function useFilter(wanted: boolean) {
  const [Filter, setFilter] = useState<typeof AnswerFilter | undefined>();
  useEffect(() => {
    if (wanted && !Filter) import('../filter/AnswerFilter.tsx').then((m) => setFilter(() => m.AnswerFilter));
  }, [wanted, Filter]);
  return Filter;
}

/** The body of an answer: a tree, text, the start of a very large answer, or a binary file. */
export function AnswerBody({ exchange, answer }: { exchange: Exchange; answer: Answer | undefined }) {
  const download = useDownload(exchange, answer);
  const [picked, setPicked] = useState<{ exchange: Exchange; path: string } | undefined>();
  const path = picked?.exchange === exchange ? picked.path : undefined;
  const tools = useLazy(loadTools, true);
  // fetched with the first answer, not with its tree: the tree's parent then stays the same while a big answer is
  // laid out (wrapping it later remounted the tree, which started over from 0 rows)
  const Filter = useFilter(true);
  if (answer?.kind === 'tree') {
    const tree = (
      <section aria-label="Response body">
        <JsonTree
          key={answer.source}
          source={answer.source}
          initial={answer.opened.expansion}
          picked={path}
          onPick={(p) => setPicked({ exchange, path: p })}
        />
      </section>
    );
    return (
      <>
        {tools ? <tools.AnswerTools exchange={exchange} /> : null}
        {tools && path !== undefined ? <tools.NodeActions exchange={exchange} path={path} /> : null}
        {Filter ? <Filter answer={exchange.body}>{tree}</Filter> : tree}
      </>
    );
  }
  if (answer?.kind === 'loading')
    return (
      <section aria-label="Response body">
        <p class="muted" role="status">
          Parsing {formatBytes(answer.size)} of JSON…
        </p>
      </section>
    );
  if (answer?.kind === 'large')
    return (
      <div>
        <p class="warning">
          {formatBytes(answer.size)}: too large for a tree. The first {formatBytes(RAW_PREVIEW)} as text;{' '}
          <a href={download} download="response.json">
            download the whole answer
          </a>
          .
        </p>
        <section aria-label="Response body">
          <pre class="raw">{answer.text}</pre>
        </section>
      </div>
    );
  if (answer?.kind === 'binary') {
    const image = /^image\/(png|jpeg|gif|webp|bmp|x-icon)$/.test(exchange.contentType.split(';')[0] ?? '');
    return (
      <section aria-label="Response body">
        <p>
          Binary answer ({exchange.contentType || 'unknown type'}, {formatBytes(answer.size)}).{' '}
          <a href={download} download={fileName(exchange.url)}>
            Download
          </a>
        </p>
        {download && image ? (
          <img
            class="image-answer"
            src={download}
            alt={`Answer: ${fileName(exchange.url)}, ${formatBytes(answer.size)}`}
          />
        ) : null}
      </section>
    );
  }
  const shown = answer?.kind === 'text' && answer.text;
  return (
    <>
      {shown && tools ? <tools.AnswerTools exchange={exchange} /> : null}
      <section aria-label="Response body">
        <pre class="raw">{shown || '(empty body)'}</pre>
      </section>
    </>
  );
}
