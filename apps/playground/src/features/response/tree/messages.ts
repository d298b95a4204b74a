import type { JsonSchema } from '@saymon-sdk/core/json-schema';
import type { Expansion, NodePath, RowsAnswer, SearchAnswer } from './model.ts';

/** What a JSON answer became: a tree (with the fields its schema does not name), or text it is not. */
export type Opened =
  | { kind: 'tree'; expansion: Expansion; unknown: string[] }
  | { kind: 'text'; text: string; reason?: string };

export type Request =
  | { id: number; op: 'open'; bytes: ArrayBuffer; schema?: JsonSchema; unknownOf: boolean }
  | { id: number; op: 'rows'; expansion: Expansion; from: number; count: number; find?: NodePath }
  | { id: number; op: 'search'; query: string };

export type Reply = { id: number } & (
  | { op: 'open'; result: Opened }
  | { op: 'rows'; result: RowsAnswer }
  | { op: 'search'; result: SearchAnswer }
);
