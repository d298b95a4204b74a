import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaHolds, formulaLimits, metricAt } from './formula.ts';
import { conditionHolds } from './stat-rules.ts';

const stat = {
  averageCpuLoad: { oneMinuteAverageLoad: 3.2 },
  cpuInformation: { totalCores: 4 },
  rtt: { max: '12.5', min: '2.5' },
  status: 'up',
  flag: true,
  zero: 0,
  'dotted.key': 7,
  disks: [{ used: 80 }],
};
const lookup = (path: string) => metricAt(stat, path);
const docs = '{{averageCpuLoad.oneMinuteAverageLoad}} / {{cpuInformation.totalCores}}';

describe('evaluateFormula', () => {
  it.each([
    [docs, 0.8],
    ['{{rtt.max}} - {{rtt.min}}', 10],
    ['({{cpuInformation.totalCores}} + 2) * 3', 18],
    ['-{{cpuInformation.totalCores}} + 1', -3],
    ['{{cpuInformation.totalCores}} % 3', 1],
    ['2 ^ {{cpuInformation.totalCores}}', 16],
    ['{{ cpuInformation.totalCores }} * 1.5', 6],
    ['{{dotted.key}} + 1', 8],
    ['{{disks.0.used}} / 100', 0.8],
    ['max({{zero}}, {{cpuInformation.totalCores}})', 4],
    ['abs(-{{cpuInformation.totalCores}})', 4],
    ['{{cpuInformation.totalCores}} > 2 and {{zero}} == 0', true],
    ['{{cpuInformation.totalCores}} > 5 or not ({{zero}} == 0)', false],
    ['{{zero}} == 0 ? 10 : 20', 10],
    ['42', 42],
  ])('%s → %s', (formula, expected) => {
    expect(evaluateFormula(formula, lookup)).toBeCloseTo(expected as number);
  });

  it.each([
    ['a missing metric', '{{nothing.here}} + 1'],
    ['a text metric', '{{status}} * 2'],
    ['a boolean metric', '{{flag}} + 1'],
    ['an object metric', '{{cpuInformation}} + 1'],
    ['an empty placeholder', '{{}} + 1'],
    ['division by zero', '{{cpuInformation.totalCores}} / {{zero}}'],
    ['a syntax error', '{{zero}} +* 2'],
    ['unbalanced parentheses', '(({{zero}} + 1)'],
    ['an unclosed placeholder', '{{zero + 1'],
    ['an unknown variable', 'foo + 1'],
    ['an unknown function', 'system({{zero}})'],
    ['assignment', 'x = 5'],
    ['a function definition', 'f(x) = x * 2'],
    ['member access', '{{zero}}.constructor'],
    ['an empty formula', '  '],
    ['not a string', 42],
    ['null', null],
    ['a text result', '"abc"'],
  ])('%s → undefined', (_name, formula) => {
    expect(evaluateFormula(formula, lookup)).toBeUndefined();
  });

  it.each([
    ['__proto__', '{{__proto__}} + 1'],
    ['__proto__ path', '{{__proto__.polluted}} + 1'],
    ['constructor', '{{constructor}} + 1'],
    ['constructor.name', '{{constructor.name}}'],
    ['toString', '{{toString}}'],
    ['hasOwnProperty', '{{cpuInformation.hasOwnProperty}}'],
    ['array length', '{{disks.length}}'],
    ['a bare constructor identifier', 'constructor'],
    ['a bare __proto__ identifier', '__proto__ + 1'],
  ])('hostile placeholder %s → undefined, prototypes untouched', (_name, formula) => {
    expect(evaluateFormula(formula, lookup)).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads an own __proto__ key of pushed JSON as data, without touching prototypes', () => {
    const pushed = JSON.parse('{"__proto__": {"polluted": 5}}') as Record<string, unknown>;
    expect(evaluateFormula('{{__proto__.polluted}} * 2', (p) => metricAt(pushed, p))).toBe(10);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['longer than the limit', `${'1 + '.repeat(formulaLimits.length / 4)}1`],
    ['deeper than the limit', `${'('.repeat(formulaLimits.depth + 1)}1${')'.repeat(formulaLimits.depth + 1)}`],
    ['ten thousand parentheses', `${'('.repeat(10_000)}1${')'.repeat(10_000)}`],
    ['a huge formula', '{{zero}} + '.repeat(100_000)],
    ['too many placeholders', Array.from({ length: formulaLimits.placeholders + 1 }, () => '{{zero}}').join(' + ')],
  ])('%s → undefined', (_name, formula) => {
    expect(evaluateFormula(formula, lookup)).toBeUndefined();
  });

  it.each([
    ['a long chain of unary minus', `${'-'.repeat(4000)}{{zero}}`],
    ['a long chain of not', `${'not '.repeat(1000)}1`],
    ['a long chain of factorials', `{{zero}}${'!'.repeat(4000)}`],
    ['nested function calls', `${'abs('.repeat(60)}{{zero}}${')'.repeat(60)}`],
  ])('%s evaluates or gives up without throwing', (_name, formula) => {
    expect(() => evaluateFormula(formula, lookup)).not.toThrow();
  });

  it('accepts formulas at the limits', () => {
    const deep = `${'('.repeat(formulaLimits.depth)}{{zero}} + 1${')'.repeat(formulaLimits.depth)}`;
    expect(evaluateFormula(deep, lookup)).toBe(1);
    const wide = Array.from({ length: formulaLimits.placeholders }, () => '{{cpuInformation.totalCores}}').join('+');
    expect(evaluateFormula(wide, lookup)).toBe(4 * formulaLimits.placeholders);
  });
});

describe('formulaHolds', () => {
  it.each([
    ['<=0.8', true],
    ['< 0.8', false],
    ['>0.8', false],
    ['>=0.8', true],
    ['==0.8', true],
    ['=0.8', true],
    ['!=0.8', false],
    ['<>1', true],
    ['0.8', true],
    [0.8, true],
    [1, false],
    [{ _gte: 0.5, _lt: 1 }, true],
    [{ _gt: 0.8 }, false],
    [{ _lte: '0.8' }, true],
    ['<=abc', false],
    ['', false],
    [{ _between: 1 }, false],
    [{}, false],
    [[0.8], false],
  ])('docs formula with value %j → %s', (value, expected) => {
    expect(formulaHolds({ definition: docs, value }, stat)).toBe(expected);
  });

  it.each([
    [{ definition: '{{zero}} == 0' }, true],
    [{ definition: '{{zero}} == 1' }, false],
    [{ definition: '{{zero}} + 1' }, false],
    [{ definition: '{{missing}} < 1', value: '<1' }, false],
    [{ value: '<1' }, false],
    [null, false],
    ['{{zero}} == 0', false],
  ])('%j → %s', (test, expected) => {
    expect(formulaHolds(test, stat)).toBe(expected);
  });
});

describe('conditionHolds with formulas', () => {
  const field = (name: string, value: Record<string, unknown>) => ({ name, value });
  it.each([
    ['a formula alone', { _formula: { definition: docs, value: '<=0.8' } }, true],
    [
      'a formula and a field test, both hold',
      { _formula: { definition: docs, value: '>0.5' }, _field: field('zero', { _eq: 0 }) },
      true,
    ],
    [
      'a formula and a field test, the formula fails',
      { _formula: { definition: docs, value: '>0.9' }, _field: field('zero', { _eq: 0 }) },
      false,
    ],
    [
      'a formula and a field test, the field fails',
      { _formula: { definition: docs, value: '>0.5' }, _field: field('zero', { _gt: 0 }) },
      false,
    ],
    ['a malformed formula', { _formula: { definition: '((', value: '>0' } }, false],
    ['a field test on constructor', { _field: field('constructor', { _ct: 'function' }) }, false],
  ])('%s', (_name, condition, expected) => {
    expect(conditionHolds(condition as never, stat)).toBe(expected);
  });
});
