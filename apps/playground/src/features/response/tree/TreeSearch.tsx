import { useEffect, useState } from 'preact/hooks';
import { ancestorsOf, displayPath, type Expansion, type NodePath, opened, type SearchAnswer } from './model.ts';
import type { AnswerSource } from './source.ts';

interface Props {
  source: AnswerSource;
  expansion: Expansion;
  onHit(path: NodePath, expansion: Expansion): void;
}

/** Search in the answer: keys and values, the hits one after another (Enter: next, Shift+Enter: back). */
export function TreeSearch({ source, expansion, onHit }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<SearchAnswer | undefined>();
  const [at, setAt] = useState(0);
  useEffect(() => {
    setFound(undefined);
    if (!query) return;
    let current = true;
    const timer = setTimeout(async () => {
      const answer = await source.search(query);
      if (!current) return;
      setFound(answer);
      setAt(0);
      const first = answer.paths[0];
      if (first) onHit(first, opened(expansion, ancestorsOf(first)));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [source, query]);
  const step = (by: number) => {
    if (!found?.paths.length) return;
    const next = (at + by + found.paths.length) % found.paths.length;
    setAt(next);
    const path = found.paths[next] as NodePath;
    onHit(path, opened(expansion, ancestorsOf(path)));
  };
  const current = found?.paths[at];
  return (
    <div class="tree-search">
      <input
        type="search"
        aria-label="Search in the answer"
        placeholder="Search in the answer"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          }
        }}
      />
      <button type="button" onClick={() => step(-1)} disabled={!found?.paths.length} aria-label="Previous match">
        ↑
      </button>
      <button type="button" onClick={() => step(1)} disabled={!found?.paths.length} aria-label="Next match">
        ↓
      </button>
      <span class="muted small" aria-live="polite">
        {!query
          ? ''
          : !found
            ? 'searching…'
            : found.total === 0
              ? 'no match'
              : `${at + 1} of ${found.total}${found.total > found.paths.length ? ` (first ${found.paths.length} shown)` : ''}: ${displayPath(current ?? '')}`}
      </span>
    </div>
  );
}
