import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Exchange } from '../../lib/send.ts';
import { asText } from '../../lib/variables.ts';
import { update } from '../../state/store.ts';
import { displayPath, type NodePath, preview } from '../response/tree/model.ts';
import { carry, copyText, saveAsVariable, valueAt } from './actions.ts';

async function copy(text: string, what: string) {
  await copyText(text);
  update({ notice: `${what} copied.` });
}

/** The file name an answer downloads as: its endpoint's last path segment, `.json` for JSON. */
function answerFile(exchange: Exchange): string {
  const last = exchange.url.split('?')[0]?.split('/').filter(Boolean).pop() ?? 'answer';
  return `${last.replace(/[^\w.-]/g, '_')}${/json/.test(exchange.contentType) ? '.json' : '.txt'}`;
}

/** Copy or download the whole answer (a text or JSON body). */
export function AnswerTools({ exchange }: { exchange: Exchange }) {
  const text = () => new TextDecoder().decode(exchange.body);
  return (
    <fieldset class="answer-tools" aria-label="The whole answer">
      <button type="button" onClick={() => copy(text(), 'The answer')}>
        Copy answer
      </button>
      <button
        type="button"
        onClick={() => {
          const url = URL.createObjectURL(new Blob([exchange.body as BlobPart], { type: exchange.contentType }));
          Object.assign(document.createElement('a'), { href: url, download: answerFile(exchange) }).click();
          setTimeout(() => URL.revokeObjectURL(url), 1000);
        }}
      >
        Download answer
      </button>
    </fieldset>
  );
}

/** What can be done with the node chosen in the tree: use it in a request, keep it as a variable, copy it. */
export function NodeActions({ exchange, path }: { exchange: Exchange; path: NodePath }) {
  const value = useMemo(() => valueAt(exchange, path), [exchange, path]);
  const [saved, setSaved] = useState<{ ok: boolean; message: string }>();
  useEffect(() => setSaved(undefined), [exchange, path]);
  return (
    <fieldset class="node-actions" aria-label="Chosen value">
      <span class="small">
        <code>{displayPath(path)}</code> = <code>{preview(value, 60)}</code>
      </span>
      <button type="button" onClick={() => carry(path, value)}>
        Use in request
      </button>
      <button type="button" onClick={() => setSaved(saveAsVariable(path, value) ?? saved)}>
        Save as variable
      </button>
      <button type="button" onClick={() => copy(asText(value), 'The value')}>
        Copy value
      </button>
      {/* always in the page, so a screen reader announces each new message */}
      <p
        role="status"
        aria-label="Variable saved"
        class={`node-status small${saved?.ok === false ? ' error-text' : ''}`}
      >
        {saved?.message ?? ''}
      </p>
    </fieldset>
  );
}
