/**
 * Normalising schemas (`pipe(pipe(input, transform), output)`) whose transform leaves every value
 * that already has the output type unchanged: `String` on strings, `Number` on numbers, wrapping
 * in a list on lists. For those, a value the output schema accepts as it is needs neither the
 * input check nor the transform, and the fast validator checks only the output (the common case:
 * ids already strings, lists already lists). The conventions that build such schemas mark them
 * here; nothing else may, since the rule holds only by how they are built.
 */
const marked = new WeakSet<object>();

export function outputShortcut<T extends object>(schema: T): T {
  marked.add(schema);
  return schema;
}

export const hasOutputShortcut = (schema: object): boolean => marked.has(schema);
