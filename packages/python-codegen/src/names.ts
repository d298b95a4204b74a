/** Python spellings of registry names. */

const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);

/** `listForObject` → `list_for_object`; a Python keyword gets a trailing underscore. */
export function snake(name: string): string {
  const out = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[-.]/g, '_')
    .toLowerCase();
  return KEYWORDS.has(out) ? `${out}_` : out;
}

/** A keyword argument name: kept as TypeScript spells it, a Python keyword gets a trailing underscore. */
export function argName(name: string): string {
  return KEYWORDS.has(name) ? `${name}_` : name;
}

/** `statRules` → `StatRules`. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A Python string literal (JSON's escapes are valid Python for the characters the registry uses). */
export function pyString(value: string): string {
  return JSON.stringify(value);
}
