import { useState } from 'preact/hooks';
import type { HistoryEntry } from '../../lib/storage.ts';
import { entryTime, searchHistory } from './search.ts';

interface Props {
  entries: HistoryEntry[];
  onReplay(entry: HistoryEntry): void;
  onClear(): void;
}

const TARGETS: Record<string, string> = { tab: 'in-tab', local: 'local', real: 'real' };

export function HistoryPanel({ entries, onReplay, onClear }: Props) {
  const [query, setQuery] = useState('');
  const shown = searchHistory(entries, query);
  return (
    <section class="panel history" aria-labelledby="history-title">
      <div class="panel-head">
        <h2 id="history-title">History</h2>
        {entries.length ? (
          <button type="button" class="link" onClick={onClear}>
            Clear
          </button>
        ) : null}
      </div>
      {entries.length === 0 ? (
        <p class="muted small">Requests you send appear here (no credentials are kept).</p>
      ) : (
        <input
          type="search"
          class="history-search"
          aria-label="Search the history"
          placeholder="Search: endpoint, status, target, time, value"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      )}
      {entries.length && !shown.length ? <p class="muted small">No sent request matches.</p> : null}
      <ul aria-label="Sent requests">
        {shown.map((e) => (
          <li key={e.id}>
            <button type="button" class="history-item" onClick={() => onReplay(e)} title="Load this request again">
              <span class={`status-chip s${String(e.status)[0]}`}>{e.status}</span>
              <span class="method-text">{e.method}</span>
              <span class="title">{e.endpoint}</span>
              <span class="muted small">{TARGETS[e.target] ?? e.target}</span>
              <time class="muted small" dateTime={new Date(e.time).toISOString()}>
                {entryTime(e.time)}
              </time>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
