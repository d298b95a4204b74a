import { useMemo } from 'preact/hooks';
import { allEndpoints, type Endpoint, search, sections } from '../../lib/registry.ts';

export function MethodBadge({ method }: { method: string }) {
  return <span class={`method method-${method.toLowerCase()}`}>{method}</span>;
}

export function ProvenanceBadge({ provenance }: { provenance: string }) {
  return (
    <span class={`badge provenance-${provenance}`} title={`provenance: ${provenance}`}>
      {provenance}
    </span>
  );
}

/** The search box's id: `Ctrl/⌘+K` focuses it. */
export const SEARCH_ID = 'endpoint-search';

interface Props {
  query: string;
  onQuery(query: string): void;
  selected: string;
  onSelect(endpoint: Endpoint): void;
}

export function Explorer({ query, onQuery, selected, onSelect }: Props) {
  const groups = useMemo(() => sections(search(query, allEndpoints)), [query]);
  const count = groups.reduce((n, g) => n + g.endpoints.length, 0);
  return (
    <nav class="explorer" aria-label="Endpoints">
      <div class="search">
        <input
          id={SEARCH_ID}
          type="search"
          aria-label="Search endpoints by title, path or id"
          placeholder="Search title, path or id (Ctrl+K)"
          value={query}
          onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              const first = groups[0]?.endpoints[0];
              if (first) onSelect(first);
            }
          }}
        />
        <div class="muted small" aria-live="polite">
          {count} of {allEndpoints.length} endpoints
        </div>
      </div>
      <div class="sections">
        {groups.map((group) => (
          <section key={group.name}>
            <h2>{group.name}</h2>
            <ul>
              {group.endpoints.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    class={e.id === selected ? 'endpoint selected' : 'endpoint'}
                    aria-current={e.id === selected ? 'true' : undefined}
                    onClick={() => onSelect(e)}
                    title={`${e.method} ${e.path} (${e.id})`}
                  >
                    <MethodBadge method={e.method} />
                    <span class="title">{e.title}</span>
                    {e.provenance !== 'documented' ? (
                      <span class={`dot provenance-${e.provenance}`} title={e.provenance} />
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}
