/**
 * A JSON answer as a virtualized tree: only the rows in view (and a few around) are in the DOM, each
 * row one line (fixed height), a collapsed object or list showing a preview. Rows come from an
 * `AnswerSource` (the page or the answer worker). Search moves through the hits, opening their parents.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Expansion, NodePath, RowsAnswer } from './model.ts';
import { toggledAt } from './model.ts';
import type { AnswerSource } from './source.ts';
import { TreeRow } from './TreeRow.tsx';
import { TreeSearch } from './TreeSearch.tsx';

export const ROW_HEIGHT = 20;
/** Up to this many visible rows, all are rendered (no scroll box of its own). */
const ALL_ROWS = 400;
const OVERSCAN = 20;
const FIRST_WINDOW = 80;

interface Props {
  source: AnswerSource;
  initial: Expansion;
  /** The node chosen for the value actions, and how a row is chosen. */
  picked?: NodePath | undefined;
  onPick?(path: NodePath): void;
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T>)?.then === 'function';
}

export function JsonTree({ source, initial, picked, onPick }: Props) {
  const [expansion, setExpansion] = useState(initial);
  const [window, setWindow] = useState({ from: 0, count: FIRST_WINDOW });
  const [hit, setHit] = useState<NodePath | undefined>();
  const [answer, setAnswer] = useState<RowsAnswer | undefined>(() => {
    const first = source.rows(initial, 0, ALL_ROWS);
    return isPromise(first) ? undefined : first;
  });
  const box = useRef<HTMLElement>(null);
  const scrollTo = useRef<{ path: NodePath; placed: boolean } | undefined>(undefined);

  const all = (answer?.total ?? 0) <= ALL_ROWS;
  const from = all ? 0 : window.from;
  const count = all ? ALL_ROWS : window.count;
  useEffect(() => {
    let current = true;
    const next = source.rows(expansion, from, count, hit);
    if (isPromise(next)) next.then((a) => current && setAnswer(a));
    else setAnswer(next);
    return () => {
      current = false;
    };
  }, [source, expansion, from, count, hit]);

  // a search hit: once its index is known, the tree's own scroll puts its row a third down the box;
  // once the row is in the page, the page scrolls as little as it takes to show it
  useLayoutEffect(() => {
    const target = scrollTo.current;
    const el = box.current;
    if (!answer || !el || !target || target.path !== hit || answer.found < 0) return;
    if (!all && !target.placed) {
      target.placed = true;
      el.scrollTop = Math.max(0, answer.found * ROW_HEIGHT - el.clientHeight / 3);
      onScroll();
    }
    const row = el.querySelector('.tree-row.hit');
    if (!row) return; // it comes with the rows of the window just scrolled to
    scrollTo.current = undefined;
    row.scrollIntoView({ block: 'nearest' });
  }, [answer]);

  const frame = useRef(0);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const el = box.current;
      if (!el) return;
      const first = Math.max(0, Math.floor(el.scrollTop / ROW_HEIGHT) - OVERSCAN);
      const visible = Math.ceil(el.clientHeight / ROW_HEIGHT) + 2 * OVERSCAN;
      setWindow((w) => (w.from === first && w.count === visible ? w : { from: first, count: visible }));
    });
  };

  const goTo = (path: NodePath, next: Expansion) => {
    scrollTo.current = { path, placed: false };
    setExpansion(next);
    setHit(path);
  };

  const total = answer?.total ?? 0;
  const rows = answer?.rows ?? [];
  const firstShown = answer?.from ?? 0;
  return (
    <div class="json-tree-wrap">
      <TreeSearch source={source} expansion={expansion} onHit={goTo} />
      <section
        class={all ? 'json-tree' : 'json-tree virtual'}
        ref={box}
        onScroll={all ? undefined : onScroll}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll box is reachable by keyboard to scroll it
        tabIndex={all ? undefined : 0}
        aria-label={`Answer tree, ${total} rows`}
      >
        <div class="json-tree-rows" style={all ? undefined : { height: `${total * ROW_HEIGHT}px` }}>
          {rows.map((row, i) => (
            <TreeRow
              key={row.path}
              row={row}
              top={all ? undefined : (firstShown + i) * ROW_HEIGHT}
              current={row.path === hit}
              picked={row.path === picked}
              onToggle={() => setExpansion((e) => toggledAt(e, row.path))}
              onPick={() => onPick?.(row.path)}
            />
          ))}
        </div>
      </section>
    </div>
  );
}
