import type { ValidationIssue } from '@saymon-sdk/core';
import type { RequestExample } from '@saymon-sdk/core/docs';
import { type BodyMode, type EndpointForm, type FormState, UPLOAD_FIELD } from '../../lib/form-state.ts';
import type { Endpoint } from '../../lib/registry.ts';
import { EndpointHead } from './EndpointHead.tsx';
import { ExampleChoice } from './ExampleChoice.tsx';
import { FieldInput } from './FieldInput.tsx';
import { FileField } from './FileField.tsx';
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
    <section class="panel request" id="request" tabIndex={-1} aria-labelledby="request-title">
      <EndpointHead endpoint={endpoint} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onSend();
        }}
      >
        {props.examples.length ? (
          <ExampleChoice
            examples={props.examples}
            example={props.example}
            onExample={props.onExample}
            note={props.exampleNote}
          />
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
