import { useEffect, useRef } from 'preact/hooks';

interface Props {
  value: string;
  onChange(value: string): void;
  label: string;
}

/**
 * The raw JSON editor: CodeMirror 6 with JSON highlighting and linting, loaded on first use so the
 * first load does not pay for it. Until it is there, a plain textarea holds the text.
 */
export function JsonEditor({ value, onChange, label }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<{ destroy(): void; setText(text: string): void; text(): string } | null>(null);
  const change = useRef(onChange);
  change.current = onChange;

  useEffect(() => {
    let cancelled = false;
    import('./codemirror.ts').then(({ createJsonEditor }) => {
      if (cancelled || !host.current) return;
      host.current.textContent = '';
      view.current = createJsonEditor(host.current, value, label, (text) => change.current(text));
    });
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    if (view.current && view.current.text() !== value) view.current.setText(value);
  }, [value]);

  return (
    <div class="json-editor" ref={host}>
      <textarea
        aria-label={label}
        value={value}
        onInput={(e) => onChange((e.target as HTMLTextAreaElement).value)}
        rows={8}
      />
    </div>
  );
}
