import { useState } from 'preact/hooks';
import { type Environment, isSecretVariable } from '../../lib/environments.ts';
import { asText } from '../../lib/variables.ts';
import { useStore } from '../../state/store.ts';
import {
  chooseEnvironment,
  createEnvironment,
  deleteEnvironment,
  downloadEnvironment,
  forgetCapture,
  removeVariable,
  setVariable,
  takeCurrentSettings,
} from './actions.ts';
import { loadEnvironmentsOnce } from './persist.ts';

loadEnvironmentsOnce();

const AUTH_LABELS = { basic: 'Basic', session: 'Session', token: 'Token', none: 'no auth' } as const;
const TARGET_LABELS = { tab: 'emulator in this tab', local: 'local emulator server', real: 'real SAYMON' } as const;

function Variables({ environment }: { environment: Environment }) {
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const add = () => {
    if (name.trim() && setVariable(environment.id, name.trim(), value)) {
      setName('');
      setValue('');
    }
  };
  return (
    <>
      <table class="variables" aria-label={`Variables of ${environment.name}`}>
        <tbody>
          {Object.entries(environment.values).map(([n, v]) => (
            <tr key={n}>
              <th scope="row">
                <code>{`{{${n}}}`}</code>
              </th>
              <td>{isSecretVariable(n) ? <span class="muted">secret (this tab only)</span> : <code>{v}</code>}</td>
              <td>
                <button
                  type="button"
                  class="link"
                  aria-label={`Remove ${n}`}
                  onClick={() => removeVariable(environment.id, n)}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* no form element: nothing here may submit or navigate (test/hostile/network-paths); Enter sets */}
      <fieldset
        class="variable-add"
        aria-label="Set a variable"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') add();
        }}
      >
        <input
          aria-label="Variable name"
          placeholder="name"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <input
          aria-label="Variable value"
          placeholder="value"
          type={isSecretVariable(name) ? 'password' : 'text'}
          value={value}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="button" disabled={!name.trim()} onClick={add}>
          Set
        </button>
      </fieldset>
    </>
  );
}

function Captures() {
  const captures = useStore((s) => s.captures);
  const names = Object.keys(captures);
  if (!names.length) return null;
  return (
    <ul class="captures" aria-label="Values saved from answers">
      {names.map((n) => (
        <li key={n}>
          <code>{`{{${n}}}`}</code> ={' '}
          {isSecretVariable(n) ? (
            <span class="muted small">(a secret: not shown)</span>
          ) : (
            <code class="capture-value">{asText(captures[n]).slice(0, 60)}</code>
          )}
          <button type="button" class="link" aria-label={`Forget ${n}`} onClick={() => forgetCapture(n)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Named sets of target, auth and variables; `{{name}}` in any field of the form. */
export function EnvironmentPanel() {
  const environments = useStore((s) => s.environments);
  const id = useStore((s) => s.environmentId);
  const active = environments.find((e) => e.id === id);
  return (
    <section class="panel environments" aria-labelledby="environments-title">
      <h2 id="environments-title">Environment</h2>
      <div class="env-bar">
        <label for="environment" class="sr-only">
          Active environment
        </label>
        <select
          id="environment"
          value={id ?? ''}
          onChange={(e) => chooseEnvironment(e.currentTarget.value || undefined)}
        >
          <option value="">No environment</option>
          {environments.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={createEnvironment}>
          New
        </button>
      </div>
      {active ? (
        <>
          <p class="muted small">
            {TARGET_LABELS[active.target]}
            {active.serverUrl ? ` ${active.serverUrl}` : ''} · {AUTH_LABELS[active.auth]}
            {active.login ? ` as ${active.login}` : ''}
          </p>
          <div class="env-actions">
            <button type="button" class="link" onClick={() => takeCurrentSettings(active.id)}>
              Use current target and auth
            </button>
            <button type="button" class="link" onClick={() => downloadEnvironment(active)}>
              Download
            </button>
            <button type="button" class="link" onClick={() => deleteEnvironment(active)}>
              Delete
            </button>
          </div>
          <Variables environment={active} />
        </>
      ) : null}
      <Captures />
      <p class="muted small">
        Write <code>{'{{name}}'}</code> in any field; <code>{'{{last.id}}'}</code> reads the last answer.
      </p>
    </section>
  );
}
