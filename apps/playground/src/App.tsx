import browserPackage from '@saymon-sdk/browser/package.json' with { type: 'json' };
import type { ValidationIssue } from '@saymon-sdk/core';
import { examplesOf } from '@saymon-sdk/core/docs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildInput, emptyState, type FormState, formOf, stateFromInput, switchBodyMode } from './lib/form-state.ts';
import { parseShareHash, redactInput, shareHash } from './lib/redact.ts';
import { allEndpoints, type Endpoint, endpointById, isMutating } from './lib/registry.ts';
import { type AuthSettings, Caller, type Outcome, secretsOf, type Target } from './lib/send.ts';
import { LANGUAGES, type Language, type SnippetAuth, snippet } from './lib/snippets.ts';
import {
  addHistory,
  clearHistory,
  type HistoryEntry,
  loadHistory,
  saveSetting,
  saveTabSecret,
  setting,
  tabSecret,
} from './lib/storage.ts';
import type { TabEmulator } from './lib/tab-emulator.ts';
import { loadServerConfig, type ServerConfig, tabSnippetNote, tabSnippetServer } from './lib/targets.ts';
import { type DryRun, dryRun } from './lib/wire.ts';
import { AuthPanel } from './ui/AuthPanel.tsx';
import { CodePanel } from './ui/CodePanel.tsx';
import { Explorer } from './ui/Explorer.tsx';
import { HistoryPanel } from './ui/HistoryPanel.tsx';
import { RequestEditor } from './ui/RequestEditor.tsx';
import { ResponseView } from './ui/ResponseView.tsx';

type TargetKind = Target['kind'];

const TARGET_LABELS: Record<TargetKind, string> = {
  tab: 'Emulator in this tab',
  local: 'Local emulator server',
  real: 'Real SAYMON (via proxy)',
};
const DEMO_AUTH: AuthSettings = { type: 'basic', login: 'admin', password: 'saymon' };
const DEFAULT_ENDPOINT = 'objects.list';

function initialAuth(kind: TargetKind): AuthSettings {
  return (
    tabSecret<AuthSettings>(`auth:${kind}`) ??
    (kind === 'real' ? { type: 'basic', login: '', password: '' } : DEMO_AUTH)
  );
}

function snippetAuth(auth: AuthSettings): SnippetAuth {
  if (auth.type === 'basic' || auth.type === 'session') return { type: auth.type, login: auth.login };
  return auth.type === 'token' ? { type: 'token' } : { type: 'none' };
}

export function App() {
  const shared = useMemo(() => parseShareHash(location.hash), []);
  // undefined until the dev server has said where its emulator server listens (snippets wait for it)
  const [config, setConfig] = useState<ServerConfig | undefined>();
  const [targetKind, setTargetKind] = useState<TargetKind>(() => setting<TargetKind>('target', 'tab'));
  const [tab, setTab] = useState<TabEmulator | undefined>();
  const [auth, setAuthState] = useState<AuthSettings>(() => initialAuth(setting<TargetKind>('target', 'tab')));
  const [readOnly, setReadOnly] = useState(true);
  const [realUrl, setRealUrl] = useState('');
  const [query, setQuery] = useState('');
  const [endpointId, setEndpointId] = useState(() =>
    shared && endpointById(shared.endpoint) ? shared.endpoint : setting('endpoint', DEFAULT_ENDPOINT),
  );
  const endpoint = (endpointById(endpointId) ?? endpointById(DEFAULT_ENDPOINT)) as Endpoint;
  const form = useMemo(() => formOf(endpoint), [endpoint]);
  const [states, setStates] = useState<Record<string, FormState>>(() =>
    shared && endpointById(shared.endpoint)
      ? { [shared.endpoint]: stateFromInput(formOf(endpointById(shared.endpoint)!), shared.input) }
      : {},
  );
  const examples = useMemo(() => examplesOf(endpoint), [endpoint]);
  // which documented example each endpoint's form started from; a shared or replayed request wins
  const [choices, setChoices] = useState<Record<string, number | 'empty' | 'own'>>(() =>
    shared && endpointById(shared.endpoint) ? { [shared.endpoint]: 'own' } : {},
  );
  const choice = choices[endpoint.id] ?? (examples.length ? 0 : 'empty');
  const fallback = useMemo(
    () => (examples[0] ? stateFromInput(form, examples[0]) : emptyState(form)),
    [form, examples],
  );
  const state = states[endpoint.id] ?? fallback;
  const [touched, setTouched] = useState(false);
  const [dry, setDry] = useState<DryRun | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [sending, setSending] = useState(false);
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [language, setLanguage] = useState<Language>(() => {
    const saved = setting<Language>('language', 'curl');
    return LANGUAGES.some((l) => l.id === saved) ? saved : 'curl';
  });
  const [theme, setTheme] = useState<'light' | 'dark'>(() =>
    setting('theme', matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
  );
  const [authBusy, setAuthBusy] = useState(false);
  const [authMessage, setAuthMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const searchRef = useRef<HTMLInputElement>(null);
  const caller = useRef<Caller | null>(null);

  // ---- targets ----
  useEffect(() => {
    loadServerConfig().then((c) => {
      setConfig(c);
      if (c.real?.server) setRealUrl(c.real.server);
    });
    loadHistory().then(setEntries);
  }, []);
  useEffect(() => {
    if (targetKind !== 'tab' || tab) return;
    import('./lib/tab-emulator.ts').then((m) => m.startTabEmulator()).then(setTab);
  }, [targetKind, tab]);
  const available: Record<TargetKind, boolean> = {
    tab: true,
    local: Boolean(config?.local),
    real: Boolean(config?.real),
  };
  const target: Target | undefined = useMemo(() => {
    if (!config) return undefined;
    if (targetKind === 'tab')
      return tab
        ? { kind: 'tab', url: `${location.origin}/__tab`, server: tabSnippetServer(config), fetch: tab.fetch }
        : undefined;
    if (targetKind === 'local')
      return config.local
        ? { kind: 'local', url: `${location.origin}/__local`, server: config.local.server }
        : undefined;
    return config.real?.server
      ? { kind: 'real', url: `${location.origin}/__real`, server: config.real.server }
      : undefined;
  }, [targetKind, tab, config]);

  const setAuth = useCallback(
    (next: AuthSettings) => {
      setAuthState(next);
      saveTabSecret(`auth:${targetKind}`, next);
    },
    [targetKind],
  );
  const chooseTarget = (kind: TargetKind) => {
    setTargetKind(kind);
    saveSetting('target', kind);
    setAuthState(initialAuth(kind));
    setOutcome(undefined);
    setAuthMessage(undefined);
  };

  // ---- editor ----
  const built = useMemo(() => buildInput(endpoint, form, state), [endpoint, form, state]);
  useEffect(() => {
    let current = true;
    dryRun(endpoint, built.input).then((result) => current && setDry(result));
    return () => {
      current = false;
    };
  }, [endpoint, built]);
  const issues: ValidationIssue[] = touched && dry && !dry.ok ? dry.issues : [];
  const formErrors = touched ? built.errors : {};
  const setState = (next: FormState) => {
    setTouched(true);
    setStates((all) => ({ ...all, [endpoint.id]: next }));
  };
  const chooseExample = (next: number | 'empty') => {
    const example = typeof next === 'number' ? examples[next] : undefined;
    setStates((all) => ({ ...all, [endpoint.id]: example ? stateFromInput(form, example) : emptyState(form) }));
    setChoices((all) => ({ ...all, [endpoint.id]: next }));
    setTouched(false);
  };
  const chosen = typeof choice === 'number' ? examples[choice] : undefined;
  const docIds = Object.entries(chosen?.path ?? {}).filter(([name, value]) => state.path[name] === value);
  const exampleNote =
    docIds.length && targetKind !== 'real'
      ? `The path ${docIds.length === 1 ? 'id is' : 'ids are'} the docs' (${docIds.map(([, v]) => v).join(', ')}), not the demo estate's: sent as is, the emulator answers 404 Not Found. Take an id from a list call.`
      : undefined;
  const select = (e: Endpoint) => {
    setEndpointId(e.id);
    saveSetting('endpoint', e.id);
    setTouched(false);
    setOutcome(undefined);
    window.history.replaceState(null, '', `#/${e.id}`);
  };

  // ---- sending ----
  const callerFor = (t: Target) => {
    caller.current ??= new Caller(t, auth);
    caller.current.configure(t, auth);
    return caller.current;
  };
  const send = async () => {
    setTouched(true);
    if (!target || sending) return;
    if (Object.keys(built.errors).length) return;
    setSending(true);
    try {
      const result = await callerFor(target).send(endpoint, built.input, readOnly);
      setOutcome(result);
      if (result.kind === 'sent') {
        const entry: HistoryEntry = {
          id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
          time: Date.now(),
          endpoint: endpoint.id,
          method: endpoint.method,
          target: targetKind,
          input: redactInput(built.input, secretsOf(auth)),
          status: result.exchange?.status ?? result.error?.name ?? 'error',
        };
        setEntries(await addHistory(entry));
      }
    } finally {
      setSending(false);
    }
  };
  const download = async (path: string) => {
    if (!target || sending) return;
    setSending(true);
    try {
      setOutcome(await callerFor(target).download(path));
    } finally {
      setSending(false);
    }
  };
  const sendRef = useRef(send);
  sendRef.current = send;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      if (e.key === 'Enter') {
        e.preventDefault();
        sendRef.current();
      } else if (e.key.toLowerCase() === 'k') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    saveSetting('theme', theme);
  }, [theme]);

  // ---- auth actions ----
  const tokenFlow = async () => {
    if (!target) return;
    setAuthBusy(true);
    setAuthMessage(undefined);
    try {
      const client = callerFor(target).current();
      const me = await client.users.current();
      const token = await client.authTokens.create({ id: me.id });
      setAuth({ type: 'token', token });
      setAuthMessage({ kind: 'ok', text: `Created an API token for ${me.login ?? me.id}; now using token auth.` });
    } catch (error) {
      setAuthMessage({ kind: 'error', text: `Could not create a token: ${redactedMessage(error, auth)}` });
    } finally {
      setAuthBusy(false);
    }
  };
  const logout = async () => {
    setAuthBusy(true);
    try {
      if (auth.type === 'session' && target) await callerFor(target).current().logout();
      setAuthMessage({ kind: 'ok', text: auth.type === 'session' ? 'Logged out.' : 'Credentials forgotten.' });
    } catch (error) {
      setAuthMessage({ kind: 'error', text: redactedMessage(error, auth) });
    } finally {
      setAuth(
        auth.type === 'token'
          ? { type: 'token', token: '' }
          : {
              type: auth.type === 'session' ? 'session' : 'basic',
              login: auth.type === 'none' ? '' : 'login' in auth ? auth.login : '',
              password: '',
            },
      );
      caller.current = null;
      setAuthBusy(false);
    }
  };

  const resetTab = async () => {
    await tab?.reset();
    caller.current = null;
    setOutcome(undefined);
    setNotice('The in-tab emulator is back to the demo estate.');
  };

  const share = async () => {
    const link = `${location.origin}${location.pathname}${shareHash(endpoint.id, built.input, secretsOf(auth))}`;
    window.history.replaceState(null, '', link);
    await navigator.clipboard?.writeText(link).catch(() => {});
    setNotice('Share link copied (it holds the request, never credentials).');
  };

  const replay = (entry: HistoryEntry) => {
    const e = endpointById(entry.endpoint);
    if (!e) return;
    setEndpointId(e.id);
    setStates((all) => ({ ...all, [e.id]: stateFromInput(formOf(e), entry.input) }));
    setChoices((all) => ({ ...all, [e.id]: 'own' }));
    setTouched(true);
    setOutcome(undefined);
  };

  const connectReal = async () => {
    const response = await fetch('/__playground/real', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: realUrl }),
    });
    const body = (await response.json()) as { server?: string; error?: string };
    if (!response.ok || !body.server) {
      setNotice(body.error ?? 'The dev server refused that URL.');
      return;
    }
    setConfig((c) => ({ ...c, real: { server: body.server } }));
    caller.current = null;
    setNotice(`Real target: ${body.server} (through the dev server's proxy).`);
  };

  const code = useMemo(() => {
    if (!dry?.ok || !target) return undefined;
    return snippet(language, {
      endpoint,
      server: target.server,
      input: built.input,
      wire: dry.wire,
      auth: snippetAuth(auth),
    });
  }, [dry, target, language, endpoint, built, auth]);

  const blockedReason =
    targetKind === 'real' && readOnly && isMutating(endpoint)
      ? 'Read-only is on: this call changes data and will not be sent.'
      : undefined;

  return (
    <div class="app">
      <header class="topbar">
        <div class="brand">
          <strong>SAYMON playground</strong>
          <span class="muted small" title="@saymon-sdk/browser version">
            SDK {browserPackage.version}
          </span>
        </div>
        <div class="target">
          <label for="target">Target</label>
          <select
            id="target"
            value={targetKind}
            onChange={(e) => chooseTarget((e.target as HTMLSelectElement).value as TargetKind)}
          >
            {(Object.keys(TARGET_LABELS) as TargetKind[]).map((k) => (
              <option key={k} value={k} disabled={!available[k]}>
                {TARGET_LABELS[k]}
                {available[k] ? '' : ' (needs pnpm playground)'}
              </option>
            ))}
          </select>
          {targetKind === 'tab' ? (
            <button type="button" onClick={resetTab} disabled={!tab} title="Back to the demo estate">
              Reset emulator
            </button>
          ) : null}
          {targetKind === 'real' ? (
            <>
              <label class="sr-only" for="real-url">
                SAYMON URL
              </label>
              <input
                id="real-url"
                class="url"
                placeholder="https://saymon.example.com"
                value={realUrl}
                onInput={(e) => setRealUrl((e.target as HTMLInputElement).value)}
              />
              <button type="button" onClick={connectReal}>
                Connect
              </button>
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  aria-checked={readOnly}
                  checked={readOnly}
                  onChange={(e) => setReadOnly((e.target as HTMLInputElement).checked)}
                />
                Read-only
              </label>
            </>
          ) : null}
        </div>
        <div class="tools">
          <button type="button" onClick={share} title="Copy a link that restores this request">
            Share link
          </button>
          <button
            type="button"
            aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            {theme === 'dark' ? 'Light' : 'Dark'} theme
          </button>
        </div>
      </header>
      {notice ? (
        <div class="notice" role="status">
          {notice}
          <button type="button" class="link" aria-label="Dismiss" onClick={() => setNotice(undefined)}>
            ×
          </button>
        </div>
      ) : null}
      <main class="layout">
        <Explorer query={query} onQuery={setQuery} selected={endpoint.id} onSelect={select} searchRef={searchRef} />
        <div class="center">
          <RequestEditor
            endpoint={endpoint}
            form={form}
            state={state}
            issues={issues}
            formErrors={formErrors}
            onChange={setState}
            onBodyMode={(mode) => setState(switchBodyMode(form, state, mode))}
            examples={examples}
            example={choice}
            onExample={chooseExample}
            exampleNote={exampleNote}
            onSend={send}
            sending={sending || !target}
            blockedReason={blockedReason}
          />
          <ResponseView
            outcome={outcome}
            responseSchema={outcome?.kind === 'sent' && outcome.label ? undefined : form.schemas.response}
            dark={theme === 'dark'}
            onDownload={download}
          />
        </div>
        <aside class="side">
          <AuthPanel
            auth={auth}
            onAuth={setAuth}
            onTokenFlow={tokenFlow}
            onLogout={logout}
            busy={authBusy || !target}
            message={authMessage}
          />
          <CodePanel
            language={language}
            onLanguage={(l) => {
              setLanguage(l);
              saveSetting('language', l);
            }}
            code={code}
            note={targetKind === 'tab' ? tabSnippetNote(config) : undefined}
          />
          <HistoryPanel
            entries={entries}
            onReplay={replay}
            onClear={async () => {
              await clearHistory();
              setEntries([]);
            }}
          />
        </aside>
      </main>
      <footer class="footer muted small">
        {allEndpoints.length} endpoints from the @saymon-sdk/core registry · credentials never leave this tab's memory
        and session storage
      </footer>
    </div>
  );
}

function redactedMessage(error: unknown, auth: AuthSettings): string {
  let text = error instanceof Error ? error.message : String(error);
  for (const secret of secretsOf(auth)) text = text.split(secret).join('[REDACTED]');
  return text;
}
