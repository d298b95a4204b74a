import type { ValidationIssue } from '@saymon-sdk/core';
import { summaryOf } from '@saymon-sdk/core/docs';
import type { EndpointForm, FormState } from '../lib/form-state.ts';
import type { Endpoint } from '../lib/registry.ts';
import { MethodBadge, ProvenanceBadge } from './Explorer.tsx';
import { FieldInput } from './FieldInput.tsx';
import { JsonEditor } from './JsonEditor.tsx';

interface Props {
  endpoint: Endpoint;
  form: EndpointForm;
  state: FormState;
  issues: ValidationIssue[];
  formErrors: Record<string, string>;
  onChange(state: FormState): void;
  onBodyMode(mode: 'form' | 'json'): void;
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
  const otherIssues = issues.filter(
    (i) =>
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
            {form.bodyForm ? (
              <div class="tabs" role="tablist" aria-label="Body editor">
                <button
                  type="button"
                  role="tab"
                  aria-selected={state.bodyMode === 'form'}
                  onClick={() => props.onBodyMode('form')}
                >
                  Form
                </button>
                <button
                  type="button"
                  role="tab"
                  aria-selected={state.bodyMode === 'json'}
                  onClick={() => props.onBodyMode('json')}
                >
                  JSON
                </button>
              </div>
            ) : null}
            {state.bodyMode === 'form' && form.bodyForm ? (
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
