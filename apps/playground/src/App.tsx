/**
 * The page: a layout of its features (targets, explorer, request, response, auth, code, history),
 * each reading the one store (`state/store.ts`) and acting through its own `actions.ts`.
 */
import { useEffect } from 'preact/hooks';
import { AuthPane } from './features/auth/AuthPane.tsx';
import './features/workspace.css';
import { CodePane } from './features/code/CodePane.tsx';
import { CollectionsPane } from './features/collections/CollectionsPane.tsx';
import { EnvironmentPane } from './features/environments/EnvironmentPane.tsx';
import { SEARCH_ID } from './features/explorer/Explorer.tsx';
import { ExplorerPane } from './features/explorer/ExplorerPane.tsx';
import { loadHistory } from './features/history/actions.ts';
import { HistoryPane } from './features/history/HistoryPane.tsx';
import { send } from './features/request/actions.ts';
import { RequestPane } from './features/request/RequestPane.tsx';
import { ResponsePane } from './features/response/ResponsePane.tsx';
import { loadConfig, preloadTabWhenIdle } from './features/targets/actions.ts';
import { TopBar } from './features/targets/TopBar.tsx';
import { allEndpoints } from './lib/registry.ts';
import { update, useStore } from './state/store.ts';

/** `Ctrl/⌘+Enter` sends, `Ctrl/⌘+K` goes to the endpoint search. */
function onKey(e: KeyboardEvent) {
  if (!(e.ctrlKey || e.metaKey)) return;
  if (e.key === 'Enter') {
    e.preventDefault();
    send();
  } else if (e.key.toLowerCase() === 'k') {
    e.preventDefault();
    const search = document.getElementById(SEARCH_ID) as HTMLInputElement | null;
    search?.focus();
    search?.select();
  }
}

function Notice() {
  const notice = useStore((s) => s.notice);
  if (!notice) return null;
  return (
    <div class="notice" role="status">
      {notice}
      <button type="button" class="link" aria-label="Dismiss" onClick={() => update({ notice: undefined })}>
        ×
      </button>
    </div>
  );
}

export function App() {
  const theme = useStore((s) => s.theme);
  useEffect(() => {
    loadConfig().then(preloadTabWhenIdle);
    loadHistory();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div class="app">
      <a class="skip-link" href="#request">
        Skip to the request
      </a>
      <TopBar />
      <Notice />
      <main class="layout">
        <ExplorerPane />
        <div class="center">
          <RequestPane />
          <ResponsePane />
        </div>
        <aside class="side">
          <EnvironmentPane />
          <AuthPane />
          <CodePane />
          <CollectionsPane />
          <HistoryPane />
        </aside>
      </main>
      <footer class="footer muted small">
        {allEndpoints.length} endpoints from the @saymon-sdk/core registry · credentials never leave this tab's memory
        and session storage
      </footer>
    </div>
  );
}
