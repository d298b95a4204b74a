import { useEffect, useRef } from 'preact/hooks';
import { type FormState, UPLOAD_FIELD } from '../../lib/form-state.ts';

/** The file of an upload, sent as multipart/form-data in the `file` field. */
export function FileField(props: { state: FormState; error?: string; onFile(file: File | undefined): void }) {
  const { file, fileName } = props.state;
  const id = `field-body-${UPLOAD_FIELD}`;
  const input = useRef<HTMLInputElement>(null);
  // a file input cannot be given a value: empty it when the state has no file (cleared, replayed)
  useEffect(() => {
    if (!file && input.current) input.current.value = '';
  }, [file]);
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={id}>
        <span class="name">File to upload</span>
        <span class="required" title="required">
          *<span class="sr-only"> (required)</span>
        </span>
        <span class="type">multipart/form-data, field “{UPLOAD_FIELD}”</span>
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(e) => props.onFile((e.target as HTMLInputElement).files?.[0])}
      />
      {file ? (
        <p class="muted small">
          {file.name}, {file.type || 'no type'}, {file.size} B: sent as is; snippets read it by name, history and links
          keep only its name.
        </p>
      ) : fileName ? (
        <p class="muted small">The request had the file {fileName}: choose it again.</p>
      ) : null}
      {props.error ? (
        <div class="error-text" id={`${id}-error`} role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  );
}
