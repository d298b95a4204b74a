import type { HistoryEntry } from '../../lib/storage.ts';

interface Props {
  entries: HistoryEntry[];
  onReplay(entry: HistoryEntry): void;
  onClear(): void;
}

export function HistoryPanel({ entries, onReplay, onClear }: Props) {
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
      ) : null}
      <ul aria-label="Sent requests">
        {entries.map((e) => (
          <li key={e.id}>
            <button type="button" class="history-item" onClick={() => onReplay(e)} title="Load this request again">
              <span class={`status-chip s${String(e.status)[0]}`}>{e.status}</span>
              <span class="method-text">{e.method}</span>
              <span class="title">{e.endpoint}</span>
              <span class="muted small">{e.target}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
