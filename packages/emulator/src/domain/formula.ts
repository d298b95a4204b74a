/**
 * SAYMON's formula conditions: `{ "_formula": { "definition": "{{a.b}} / {{c}}", "value": "<=0.8" } }`.
 * Placeholders are dotted metric paths into the entity's last stat; the rest is the syntax of
 * SAYMON's formula editor (arithmetic, `^`, `%`, comparisons, `and` / `or` / `not`, `x ? y : z`,
 * `abs x`, `min(a, b)`, ...), which is the syntax of expr-eval: the maintained `expr-eval-fork`
 * parses and evaluates it (no `eval`, no `Function`). Anything that cannot be evaluated (a missing
 * metric, a non-numeric value, a malformed or oversized formula, a result that is not a finite
 * number or a boolean) makes the condition false; nothing throws.
 */
import { type Expression, Parser } from 'expr-eval-fork';

/** Limits for request-supplied formulas: longer, deeper or wider ones never hold. */
export const formulaLimits = { length: 4096, depth: 64, placeholders: 100 } as const;

const parser = new Parser({
  allowMemberAccess: false,
  operators: { assignment: false, fndef: false, concatenate: false },
});

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Whether `key` names data of `value`: an own property, and for a list an index (not `length`). */
function holdsKey(value: unknown, key: string): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return false;
  return !Array.isArray(value) || /^\d+$/.test(key);
}

/**
 * Looks up a metric by its dotted path (a key that itself contains dots first). Only the data's
 * own keys count: `constructor`, `toString` or `__proto__` of plain data are not metrics.
 */
export function metricAt(data: unknown, path: string): unknown {
  if (path === '') return undefined;
  if (holdsKey(data, path)) return data[path];
  let current: unknown = data;
  for (const part of path.split('.')) {
    if (!holdsKey(current, part)) return undefined;
    current = current[part];
  }
  return current;
}

/** A finite number, or a text that is one (agents often send numbers as text); otherwise `undefined`. */
function numeric(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const char of text) {
    if (char === '(') max = Math.max(max, ++depth);
    else if (char === ')') depth--;
  }
  return max;
}

const parsed = new Map<string, Expression | null>();

/** Parses once per distinct text (a bounded cache); `null` when the text does not parse. */
function compile(text: string): Expression | null {
  let expression = parsed.get(text);
  if (expression === undefined) {
    try {
      expression = parser.parse(text);
    } catch {
      // a syntax error, or a stack overflow on pathological input
      expression = null;
    }
    if (parsed.size >= 500) parsed.clear();
    parsed.set(text, expression);
  }
  return expression;
}

/**
 * Evaluates a formula text with `{{path}}` placeholders resolved by `lookup`. Answers a finite
 * number or a boolean, or `undefined` when the formula cannot be evaluated.
 */
export function evaluateFormula(definition: unknown, lookup: (path: string) => unknown): number | boolean | undefined {
  if (typeof definition !== 'string' || definition.trim() === '') return undefined;
  if (definition.length > formulaLimits.length || nestingDepth(definition) > formulaLimits.depth) return undefined;
  const values: Record<string, number> = Object.create(null);
  let count = 0;
  let missing = false;
  const text = definition.replace(PLACEHOLDER, (_match, path: string) => {
    const value = numeric(lookup(path));
    if (value === undefined) missing = true;
    const name = `__metric${count++}`;
    values[name] = value ?? Number.NaN;
    return ` ${name} `;
  });
  if (missing || count > formulaLimits.placeholders || text.includes('{{') || text.includes('}}')) return undefined;
  const expression = compile(text);
  if (!expression) return undefined;
  try {
    const result: unknown = expression.evaluate(values);
    if (typeof result === 'boolean') return result;
    return typeof result === 'number' && Number.isFinite(result) ? result : undefined;
  } catch {
    // an unknown variable or function, or a type error inside the formula
    return undefined;
  }
}

type Comparison = '<' | '<=' | '>' | '>=' | '==' | '!=';

const operatorNames: Record<string, Comparison> = {
  _gt: '>',
  _gte: '>=',
  _lt: '<',
  _lte: '<=',
  _eq: '==',
  _neq: '!=',
};

function compare(result: number, op: Comparison, expected: number): boolean {
  switch (op) {
    case '<':
      return result < expected;
    case '<=':
      return result <= expected;
    case '>':
      return result > expected;
    case '>=':
      return result >= expected;
    case '==':
      return result === expected;
    case '!=':
      return result !== expected;
  }
}

/** The comparisons a formula's `value` asks for: `"<=0.8"`, `"> 5"`, `"=1"`, `3`, `{ "_gt": 5 }`. */
function comparisons(value: unknown): [Comparison, number][] | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? [['==', value]] : undefined;
  if (typeof value === 'string') {
    const match = /^\s*(<=|>=|==|!=|<>|=|<|>)?\s*(.*?)\s*$/.exec(value);
    const expected = numeric(match?.[2]);
    if (!match || expected === undefined) return undefined;
    const op = match[1] === '=' ? '==' : match[1] === '<>' ? '!=' : ((match[1] ?? '==') as Comparison);
    return [[op, expected]];
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const list: [Comparison, number][] = [];
    for (const [name, expected] of Object.entries(value)) {
      const op = Object.hasOwn(operatorNames, name) ? operatorNames[name] : undefined;
      const n = numeric(expected);
      if (!op || n === undefined) return undefined;
      list.push([op, n]);
    }
    return list.length > 0 ? list : undefined;
  }
  return undefined;
}

/**
 * Whether a `_formula` test holds for the data: the formula's number meets every comparison of
 * `value`; without a `value`, the formula itself must be a comparison that is true.
 */
export function formulaHolds(test: unknown, data: Record<string, unknown>): boolean {
  if (test === null || typeof test !== 'object') return false;
  const { definition, value } = test as { definition?: unknown; value?: unknown };
  const result = evaluateFormula(definition, (path) => metricAt(data, path));
  if (result === undefined) return false;
  if (value === undefined || value === null || value === '') return result === true;
  const wanted = comparisons(value);
  if (!wanted) return false;
  const n = typeof result === 'boolean' ? Number(result) : result;
  return wanted.every(([op, expected]) => compare(n, op, expected));
}
