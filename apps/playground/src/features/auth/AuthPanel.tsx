import type { AuthSettings } from '../../lib/send.ts';

interface Props {
  auth: AuthSettings;
  onAuth(auth: AuthSettings): void;
  /** Another kind of auth (login and password carry over). */
  onSwitch(type: AuthSettings['type']): void;
  onTokenFlow(): void;
  onLogout(): void;
  busy: boolean;
  message?: { kind: 'ok' | 'error'; text: string };
}

const KINDS = [
  { id: 'basic', label: 'Basic' },
  { id: 'session', label: 'Session' },
  { id: 'token', label: 'Token' },
  { id: 'none', label: 'None' },
] as const;

export function AuthPanel({ auth, onAuth, onSwitch, onTokenFlow, onLogout, busy, message }: Props) {
  return (
    <section class="panel auth" aria-labelledby="auth-title">
      <h2 id="auth-title">Auth</h2>
      <div class="segmented" role="radiogroup" aria-label="Auth kind">
        {KINDS.map((k) => (
          <label key={k.id} class={auth.type === k.id ? 'on' : ''}>
            <input
              type="radio"
              name="auth-kind"
              value={k.id}
              checked={auth.type === k.id}
              onChange={() => onSwitch(k.id)}
            />
            {k.label}
          </label>
        ))}
      </div>
      {auth.type === 'basic' || auth.type === 'session' ? (
        <div class="auth-fields">
          <label>
            Login
            <input
              autocomplete="username"
              value={auth.login}
              onInput={(e) => onAuth({ ...auth, login: (e.target as HTMLInputElement).value })}
            />
          </label>
          <label>
            Password
            <input
              type="password"
              autocomplete="current-password"
              value={auth.password}
              onInput={(e) => onAuth({ ...auth, password: (e.target as HTMLInputElement).value })}
            />
          </label>
        </div>
      ) : null}
      {auth.type === 'token' ? (
        <div class="auth-fields">
          <label>
            API token
            <input
              type="password"
              autocomplete="off"
              value={auth.token}
              onInput={(e) => onAuth({ type: 'token', token: (e.target as HTMLInputElement).value })}
            />
          </label>
        </div>
      ) : null}
      <div class="auth-actions">
        {auth.type === 'basic' || auth.type === 'session' ? (
          <button
            type="button"
            onClick={onTokenFlow}
            disabled={busy}
            title="Creates an API token for the logged-in user, then switches to token auth"
          >
            Create a token and use it
          </button>
        ) : null}
        {auth.type !== 'none' ? (
          <button type="button" onClick={onLogout} disabled={busy}>
            {auth.type === 'session' ? 'Log out' : 'Forget credentials'}
          </button>
        ) : null}
      </div>
      {message ? (
        <p class={message.kind === 'ok' ? 'ok-text small' : 'error-text small'} role="status">
          {message.text}
        </p>
      ) : null}
      <p class="muted small">Credentials stay in this tab (session storage): never in history, links or snippets.</p>
    </section>
  );
}
