import { useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../lib/snippets.ts';

interface Props {
  language: Language;
  onLanguage(language: Language): void;
  code: string | undefined;
  note?: string;
}

export function CodePanel({ language, onLanguage, code, note }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <section class="panel code" aria-labelledby="code-title">
      <h2 id="code-title">Code</h2>
      <div class="code-bar">
        <label for="snippet-language" class="sr-only">
          Language
        </label>
        <select
          id="snippet-language"
          value={language}
          onChange={(e) => onLanguage((e.target as HTMLSelectElement).value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!code}
          onClick={async () => {
            if (!code) return;
            await navigator.clipboard?.writeText(code).catch(() => {});
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <section aria-label={`${language} snippet`}>
        <pre class="snippet">
          <code>{code ?? 'Fix the input to see the code.'}</code>
        </pre>
      </section>
      {note ? <p class="muted small">{note}</p> : null}
    </section>
  );
}
