/**
 * Turns the top level of a response JSON Schema into a Python type expression over the model
 * names datamodel-code-generator emits. Inline objects are lifted into named definitions first
 * (`liftInline`), so the expression only ever names models, never re-describes them.
 */
import type { JsonSchema } from '@saymon-sdk/core/json-schema';

type Defs = Record<string, JsonSchema>;

const isModel = (s: JsonSchema) =>
  (s.type === 'object' || s.type === undefined) && typeof s.properties === 'object' && s.properties !== null;

/** Arrays without `items` become `list[Any]` (mypy --strict rejects a bare `list`). */
export function fillArrayItems(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) fillArrayItems(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const types = Array.isArray(record.type) ? record.type : [record.type];
  if (types.includes('array') && record.items === undefined && record.prefixItems === undefined) record.items = {};
  for (const value of Object.values(record)) fillArrayItems(value);
}

/**
 * Moves inline objects that sit at the top of a definition which is not itself a model (list
 * items, union branches, map values) into `$defs`, named after the definition.
 */
export function liftInline(defs: Defs, name: string): void {
  const root = defs[name];
  if (!root || isModel(root)) return;
  let count = 0;
  const visit = (schema: JsonSchema, suffix: string): JsonSchema => {
    if (isModel(schema)) {
      const lifted = `${name}${suffix}${count++ === 0 ? '' : count}`;
      defs[lifted] = schema;
      return { $ref: `#/$defs/${lifted}` };
    }
    const out: JsonSchema = { ...schema };
    if (schema.items && typeof schema.items === 'object') out.items = visit(schema.items as JsonSchema, 'Item');
    if (Array.isArray(schema.anyOf)) out.anyOf = (schema.anyOf as JsonSchema[]).map((s) => visit(s, 'Variant'));
    if (Array.isArray(schema.oneOf)) out.oneOf = (schema.oneOf as JsonSchema[]).map((s) => visit(s, 'Variant'));
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object' && !schema.properties)
      out.additionalProperties = visit(schema.additionalProperties as JsonSchema, 'Value');
    return out;
  };
  defs[name] = visit(root, 'Item');
}

const SCALARS: Record<string, string> = {
  string: 'str',
  number: 'float',
  integer: 'int',
  boolean: 'bool',
  null: 'None',
};

function union(parts: string[]): string {
  const unique = [...new Set(parts)];
  if (unique.includes('Any')) return 'Any';
  const withoutNone = unique.filter((p) => p !== 'None');
  return [...withoutNone, ...(unique.includes('None') ? ['None'] : [])].join(' | ');
}

/** The Python type of a schema, `models.`-qualified where `qualify` is given. */
export function pythonType(schema: JsonSchema, qualify: (model: string) => string, self?: string): string {
  if (self && isModel(schema)) return qualify(self);
  // a type of the runtime's `_convert.py` (answers.ts): `Id`, `IdList`, `Points`
  if (typeof schema.customTypePath === 'string') return `_convert.${schema.customTypePath.split('.').pop()}`;
  if (schema['x-one-or-many'] === true)
    return `_convert.OneOrMany[${pythonType((schema.items as JsonSchema) ?? {}, qualify)}]`;
  if (typeof schema.$ref === 'string') return qualify(schema.$ref.replace('#/$defs/', ''));
  if (Array.isArray(schema.anyOf)) return union((schema.anyOf as JsonSchema[]).map((s) => pythonType(s, qualify)));
  if (Array.isArray(schema.oneOf)) return union((schema.oneOf as JsonSchema[]).map((s) => pythonType(s, qualify)));
  if (schema.const !== undefined || Array.isArray(schema.enum)) {
    const values = schema.const !== undefined ? [schema.const] : (schema.enum as unknown[]);
    return `Literal[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : [];
  if (types.length === 0) return 'Any';
  return union(
    types.map((type) => {
      if (type === 'array') return `list[${pythonType((schema.items as JsonSchema) ?? {}, qualify)}]`;
      if (type === 'object') {
        const values = schema.additionalProperties;
        const value = values && typeof values === 'object' ? pythonType(values as JsonSchema, qualify) : 'Any';
        return `dict[str, ${value}]`;
      }
      return SCALARS[type] ?? 'Any';
    }),
  );
}
