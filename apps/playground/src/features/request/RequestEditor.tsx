import type { ValidationIssue } from '@saymon-sdk/core';
import { type RequestExample, summaryOf } from '@saymon-sdk/core/docs';
import { useEffect, useRef } from 'preact/hooks';
import { type BodyMode, type EndpointForm, type FormState, UPLOAD_FIELD } from '../../lib/form-state.ts';
import type { Endpoint } from '../../lib/registry.ts';
import { MethodBadge, ProvenanceBadge } from '../explorer/Explorer.tsx';
import { FieldInput } from './FieldInput.tsx';
import { JsonEditor } from './JsonEditor.tsx';

interface Props {
  endpoint: Endpoint;
  form: EndpointForm;
  state: FormState;
  issues: ValidationIssue[];
  formErrors: Record<string, string>;
  onChange(state: FormState): void;
  onBodyMode(mode: BodyMode): void;
  /** The docs' request examples of the endpoint. */
  examples: readonly RequestExample[];
  /** Which one the form started from: its index, `empty`, or `own` (a replayed or shared request). */
  example: number | 'empty' | 'own';
  onExample(choice: number | 'empty'): void;
  /** Shown under the choice (the docs' ids are not the target's). */
  exampleNote?: string;
  onSend(): void;
  sending: boolean;
  blockedReason?: string;
}

/** A short label of a documented example for the choice. */
export function exampleLabel(example: RequestExample, index: number): string {
  const title = example.title && example.title.length > 60 ? `${example.title.slice(0, 57)}…` : example.title;
  return `Docs example ${index + 1}${title ? `: ${title}` : ''}`;
}

/** The SDK's issues and the form's own problems for one field (`body.name`). */
function errorFor(issues: ValidationIssue[], formErrors: Record<string, string>, part: string, name: string) {
  const own = formErrors[`${part}.${name}`];
  if (own) return own;
  const issue = issues.find(
    (i) => i.path[0] === part && (i.path[1] === name || (part === 'path' && i.path.length === 1)),
  );
  return issue?.message;
}

export function RequestEditor(props: Props) {
  const { endpoint, form, state, issues, formErrors, onChange } = props;
  const set = (part: 'path' | 'query' | 'body', name: string, value: string) =>
    onChange({ ...state, [part]: { ...state[part], [name]: value } });
  const modes: BodyMode[] = [
    ...(form.bodyForm ? (['form'] as const) : []),
    ...(form.upload !== 'only' ? (['json'] as const) : []),
    ...(form.upload ? (['file'] as const) : []),
  ];
  const waitingForFile = state.bodyMode === 'file' && Boolean(formErrors[`body.${UPLOAD_FIELD}`]);
  const otherIssues = issues.filter(
    (i) =>
      !(waitingForFile && i.path[0] === 'body') &&
      !(
        (i.path[0] === 'path' || i.path[0] === 'query' || i.path[0] === 'body') &&
        typeof i.path[1] === 'string' &&
        ((i.path[0] === 'path' && form.path.some((f) => f.name === i.path[1])) ||
          (i.path[0] === 'query' && form.query.some((f) => f.name === i.path[1])) ||
          (i.path[0] === 'body' && state.bodyMode === 'form' && form.body.some((f) => f.name === i.path[1])))
      ),
  );
  return (
    <section class="panel request" aria-labelledby="request-title">
      <header class="endpoint-head">
        <div class="line">
          <MethodBadge method={endpoint.method} />
          <code class="path">{endpoint.path}</code>
        </div>
        <h2 id="request-title">{endpoint.title}</h2>
        <p class="summary">{summaryOf(endpoint.id)}</p>
        <div class="meta">
          <ProvenanceBadge provenance={endpoint.provenance} />
          <span class="badge id" title="SDK method">
            client.{endpoint.id}()
          </span>
          <span class="badge section">{endpoint.section}</span>
          {endpoint.auth === false ? <span class="badge">no credentials needed</span> : null}
        </div>
        <div class="permissions">
          <span class="muted">Permissions: </span>
          {endpoint.permissions ? <code>{endpoint.permissions}</code> : <span class="muted">none named</span>}
          {endpoint.permissionsSource === 'sibling' ? <span class="muted"> (from a documented sibling)</span> : null}
        </div>
      </header>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSend();
        }}
      >
        {props.examples.length ? (
          <div class="examples">
            <label for="example">Start from</label>
            <select
              id="example"
              value={String(props.example)}
              onChange={(e) => {
                const value = (e.target as HTMLSelectElement).value;
                if (value !== 'own') props.onExample(value === 'empty' ? 'empty' : Number(value));
              }}
            >
              {props.example === 'own' ? <option value="own">Your request (history or link)</option> : null}
              {props.examples.map((example, i) => (
                <option key={i} value={String(i)} title={example.title}>
                  {exampleLabel(example, i)}
                </option>
              ))}
              <option value="empty">Empty form</option>
            </select>
            <button type="button" onClick={() => props.onExample('empty')} disabled={props.example === 'empty'}>
              Clear form
            </button>
            {props.exampleNote ? (
              <p class="muted small example-note" role="note">
                {props.exampleNote}
              </p>
            ) : null}
          </div>
        ) : null}
        {(['path', 'query'] as const).map((part) =>
          form[part].length ? (
            <fieldset key={part}>
              <legend>{part === 'path' ? 'Path' : 'Query'}</legend>
              {form[part].map((f) => (
                <FieldInput
                  key={f.name}
                  field={f}
                  part={part}
                  value={state[part][f.name] ?? ''}
                  error={errorFor(issues, formErrors, part, f.name)}
                  onChange={(v) => set(part, f.name, v)}
                />
              ))}
            </fieldset>
          ) : null,
        )}
        {form.hasBody ? (
          <fieldset>
            <legend>Body</legend>
            {modes.length > 1 ? (
              <div class="tabs" role="tablist" aria-label="Body editor">
                {modes.map((mode) => (
                  <button
                    key={mode}
                    type="button"
                    role="tab"
                    aria-selected={state.bodyMode === mode}
                    onClick={() => props.onBodyMode(mode)}
                  >
                    {MODE_LABELS[mode]}
                  </button>
                ))}
              </div>
            ) : null}
            {state.bodyMode === 'file' && form.upload ? (
              <FileField
                state={state}
                error={formErrors[`body.${UPLOAD_FIELD}`]}
                onFile={(file) => onChange({ ...state, file, fileName: file?.name })}
              />
            ) : state.bodyMode === 'form' && form.bodyForm ? (
              <div class="body-form">
                {form.body.map((f) => (
                  <FieldInput
                    key={f.name}
                    field={f}
                    part="body"
                    value={state.body[f.name] ?? ''}
                    error={errorFor(issues, formErrors, 'body', f.name)}
                    onChange={(v) => set('body', f.name, v)}
                  />
                ))}
                {Object.keys(state.bodyExtra).length ? (
                  <p class="muted small">Also sent, from the JSON editor: {Object.keys(state.bodyExtra).join(', ')}</p>
                ) : null}
              </div>
            ) : endpoint.bodyKind === 'text' ? (
              <textarea
                aria-label="Request body (text)"
                rows={4}
                value={state.bodyText}
                onInput={(e) => onChange({ ...state, bodyText: (e.target as HTMLTextAreaElement).value })}
              />
            ) : (
              <JsonEditor
                label="Request body (JSON)"
                value={state.bodyText}
                onChange={(bodyText) => onChange({ ...state, bodyText })}
              />
            )}
            {formErrors.body ? (
              <div class="error-text" role="alert">
                {formErrors.body}
              </div>
            ) : null}
          </fieldset>
        ) : null}
        {otherIssues.length ? (
          <ul class="issues" role="alert" aria-label="Validation">
            {otherIssues.map((i) => (
              <li key={i.path.join('.') + i.message}>
                <code>{i.path.join('.') || '(input)'}</code>: {i.message}
              </li>
            ))}
          </ul>
        ) : null}
        <div class="actions">
          <button type="submit" class="primary" disabled={props.sending} aria-keyshortcuts="Control+Enter Meta+Enter">
            {props.sending ? 'Sending…' : 'Send'}
          </button>
          <span class="muted small">Ctrl/⌘ + Enter</span>
          {props.blockedReason ? <span class="warning small">{props.blockedReason}</span> : null}
        </div>
      </form>
    </section>
  );
}

const MODE_LABELS: Record<BodyMode, string> = { form: 'Form', json: 'JSON', file: 'File (multipart)' };

/** The file of an upload, sent as multipart/form-data in the `file` field. */
function FileField(props: { state: FormState; error?: string; onFile(file: File | undefined): void }) {
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
