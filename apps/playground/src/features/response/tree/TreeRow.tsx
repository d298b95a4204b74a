import type { Row } from './model.ts';

interface Props {
  row: Row;
  /** Its place in a virtual scroll box (px), or undefined when every row is rendered in flow. */
  top: number | undefined;
  current: boolean;
  /** The row chosen for the answer's value actions (use in request, save as variable, copy). */
  picked: boolean;
  onToggle(): void;
  onPick(): void;
}

/** One line of the answer tree: `key: value`, or a toggle with the object's or list's preview. */
export function TreeRow({ row, top, current, picked, onToggle, onPick }: Props) {
  const style = { paddingLeft: `${row.depth * 16 + 4}px`, ...(top === undefined ? {} : { top: `${top}px` }) };
  const cls = `tree-row${top === undefined ? '' : ' placed'}${current ? ' hit' : ''}${picked ? ' picked' : ''}`;
  if (row.kind === 'value') {
    return (
      <div class={cls} style={style} aria-current={current ? 'true' : undefined}>
        <button type="button" class="tree-key tree-pick" aria-pressed={picked} onClick={onPick}>
          {row.key}
        </button>
        <span class="tree-punct">:</span>
        <span class={`tree-value v-${valueKind(row.text)}`}>{row.text}</span>
      </div>
    );
  }
  const what = row.kind === 'array' ? `${row.size} items` : `${row.size} fields`;
  return (
    <div class={cls} style={style} aria-current={current ? 'true' : undefined}>
      <button
        type="button"
        class="tree-toggle"
        aria-expanded={row.open}
        onClick={() => {
          onToggle();
          onPick();
        }}
        title={what}
      >
        <span aria-hidden="true">{row.open ? '▾' : '▸'}</span>
        <span class="tree-key">{row.key}</span>
        <span class="tree-punct">:</span>
        <span class="tree-preview">{row.text}</span>
        {row.open ? <span class="tree-size">{what}</span> : null}
      </button>
    </div>
  );
}

function valueKind(text: string): string {
  if (text.startsWith('"')) return 'string';
  if (text === 'null') return 'null';
  if (text === 'true' || text === 'false') return 'boolean';
  return 'number';
}
