/**
 * A parsed JSON answer as rows of a tree: which rows are visible under an expansion, a window of
 * them, a preview of every collapsed object or list, search over keys and values. Pure (no DOM):
 * the answer worker runs it for big answers, the page itself for small ones.
 */

/** Where a node is: its keys from the root, joined by U+001F (root: ''). */
export type NodePath = string;
const SEP = '\u001f';

export interface Expansion {
  /** Everything open (small answers), else only the root's level. */
  all: boolean;
  /** Paths that differ from `all`: open ones when `all` is false, closed ones when true. */
  toggled: readonly NodePath[];
}

export interface Row {
  path: NodePath;
  depth: number;
  key: string;
  kind: 'object' | 'array' | 'value';
  /** A value's JSON, or a preview of a collapsed object or list (`{ id: "1", name: "Root", … }`). */
  text: string;
  /** Entries of an object or list. */
  size: number;
  open: boolean;
}

export interface RowsAnswer {
  /** The index of the first row given. */
  from: number;
  total: number;
  rows: Row[];
  /** The row index of `find`, or -1. */
  found: number;
}

export interface SearchAnswer {
  paths: NodePath[];
  total: number;
}

/** Under this many nodes an answer opens fully expanded. */
const OPEN_ALL_NODES = 2_000;
const PREVIEW = 80;

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] => v !== null && typeof v === 'object';

function entries(value: Record<string, unknown> | unknown[]): [string, unknown][] {
  return Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
}

function literal(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** A one-line preview, cut at about `budget` characters. */
export function preview(value: unknown, budget = PREVIEW): string {
  if (!isContainer(value)) return literal(value);
  const list = Array.isArray(value);
  const open = list ? '[' : '{';
  const close = list ? ']' : '}';
  let out = open;
  const parts = entries(value);
  for (const [i, [key, child]] of parts.entries()) {
    const shown = isContainer(child) ? (Array.isArray(child) ? `[…${child.length}]` : '{…}') : literal(child);
    const part = `${i ? ', ' : ' '}${list ? '' : `${key}: `}${shown}`;
    if (out.length + part.length > budget) return `${out}${i ? ', ' : ' '}… ${close}`;
    out += part;
  }
  return `${out}${parts.length ? ' ' : ''}${close}`;
}

export class AnswerModel {
  private counted: number | undefined;
  constructor(readonly root: unknown) {}

  /** Nodes in the answer, counted up to `cap`. */
  nodes(cap = OPEN_ALL_NODES + 1): number {
    if (this.counted !== undefined) return this.counted;
    let n = 0;
    const count = (v: unknown) => {
      if (n >= cap || !isContainer(v)) return;
      for (const [, child] of entries(v)) {
        n++;
        count(child);
        if (n >= cap) return;
      }
    };
    count(this.root);
    this.counted = n;
    return n;
  }

  defaultExpansion(): Expansion {
    return { all: this.nodes() <= OPEN_ALL_NODES, toggled: [] };
  }

  /** The visible rows from `from` (at most `count`), their total, and the index of `find`. */
  rows(expansion: Expansion, from: number, count: number, find?: NodePath): RowsAnswer {
    const toggled = new Set(expansion.toggled);
    const rows: Row[] = [];
    let index = 0;
    let found = -1;
    const visit = (value: Record<string, unknown> | unknown[], path: NodePath, depth: number) => {
      for (const [key, child] of entries(value)) {
        const here = path === '' ? key : `${path}${SEP}${key}`;
        const container = isContainer(child);
        const open = container && expansion.all !== toggled.has(here);
        if (here === find) found = index;
        if (index >= from && index < from + count) {
          rows.push({
            path: here,
            depth,
            key,
            kind: container ? (Array.isArray(child) ? 'array' : 'object') : 'value',
            text: container ? (open ? (Array.isArray(child) ? '[' : '{') : preview(child)) : literal(child),
            size: container ? (Array.isArray(child) ? child.length : Object.keys(child).length) : 0,
            open,
          });
        }
        index++;
        if (open) visit(child, here, depth + 1);
      }
    };
    if (isContainer(this.root)) visit(this.root, '', 0);
    return { from, total: index, rows, found };
  }

  /** Paths whose key or value contains `query` (case-insensitive), in order; at most `limit` of them. */
  search(query: string, limit = 1_000): SearchAnswer {
    const needle = query.toLowerCase();
    const paths: NodePath[] = [];
    let total = 0;
    if (!needle) return { paths, total };
    const visit = (value: Record<string, unknown> | unknown[], path: NodePath) => {
      for (const [key, child] of entries(value)) {
        const here = path === '' ? key : `${path}${SEP}${key}`;
        const hit =
          (!Array.isArray(value) && key.toLowerCase().includes(needle)) ||
          (!isContainer(child) && literal(child).toLowerCase().includes(needle));
        if (hit) {
          total++;
          if (paths.length < limit) paths.push(here);
        }
        if (isContainer(child)) visit(child, here);
      }
    };
    if (isContainer(this.root)) visit(this.root, '');
    return { paths, total };
  }
}

/** The paths that must be open for `path` to be visible (its ancestors, not itself). */
export function ancestorsOf(path: NodePath): NodePath[] {
  const parts = path.split(SEP);
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join(SEP));
}

/** `expansion` with `paths` open. */
export function opened(expansion: Expansion, paths: readonly NodePath[]): Expansion {
  const toggled = new Set(expansion.toggled);
  for (const p of paths) {
    if (expansion.all) toggled.delete(p);
    else toggled.add(p);
  }
  return { all: expansion.all, toggled: [...toggled] };
}

/** `expansion` with `path` flipped. */
export function toggledAt(expansion: Expansion, path: NodePath): Expansion {
  const toggled = new Set(expansion.toggled);
  if (toggled.has(path)) toggled.delete(path);
  else toggled.add(path);
  return { all: expansion.all, toggled: [...toggled] };
}

/** A path as people write it: `[12].name`. */
export function displayPath(path: NodePath): string {
  return path
    .split(SEP)
    .map((k) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '');
}
