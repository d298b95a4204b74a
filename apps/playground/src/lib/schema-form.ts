/**
 * Form fields from the registry's JSON Schema (`@saymon-sdk/core/json-schema`), and form values
 * back to the SDK's input. The form only shapes what the user types; whether it is valid is the
 * SDK's call (`dryRun`), so the messages are the ones the SDK would throw.
 */
import type { JsonSchema } from '@saymon-sdk/core/json-schema';

export type FieldKind = 'text' | 'number' | 'boolean' | 'enum' | 'list' | 'json';

export interface Field {
  name: string;
  kind: FieldKind;
  required: boolean;
  /** The accepted types, as a short label (`string | number`, `list of string`). */
  type: string;
  options?: string[];
  description?: string;
  /** A `string | number` field: text that is a number is sent as a number (`class_id: 3`), else as text. */
  numberOrText?: true;
}

type Schema = JsonSchema & {
  type?: string | string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
};

/** The alternatives a schema allows, flattened (`anyOf`, `oneOf`, `type: [a, b]`). */
function branches(schema: Schema): Schema[] {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.flatMap(branches);
  if (Array.isArray(schema.type)) return schema.type.map((type) => ({ ...schema, type }));
  return [schema];
}

function typeName(schema: Schema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.type === 'array') return `list of ${schema.items ? describeType(schema.items) : 'any'}`;
  if (schema.type === 'integer') return 'integer';
  return typeof schema.type === 'string' ? schema.type : 'any';
}

/** A short label of what a schema accepts. */
export function describeType(schema: Schema): string {
  return [...new Set(branches(schema).map(typeName))].join(' | ');
}

const isNumericString = (s: Schema) =>
  s.type === 'string' && typeof s.pattern === 'string' && s.pattern.includes('\\d');
const isScalar = (s: Schema) => ['string', 'number', 'integer', 'boolean'].includes(String(s.type)) || Boolean(s.enum);

/** What input control suits a schema. */
export function fieldKind(schema: Schema): { kind: FieldKind; options?: string[] } {
  const all = branches(schema);
  const kinds = new Set(all.map((s) => (s.enum ? 'enum' : String(s.type ?? 'any'))));
  const booleanLike = all.every(
    (s) => s.type === 'boolean' || (s.enum ?? []).every((v) => v === 'true' || v === 'false'),
  );
  if (kinds.has('boolean') && booleanLike) return { kind: 'boolean' };
  if (all.every((s) => s.enum || s.const !== undefined) && !kinds.has('any')) {
    const options = [...new Set(all.flatMap((s) => (s.enum ?? [s.const]).map(String)))];
    return { kind: 'enum', options };
  }
  if (all.every((s) => s.type === 'number' || s.type === 'integer' || isNumericString(s))) return { kind: 'number' };
  const arrays = all.filter((s) => s.type === 'array');
  if (
    arrays.length &&
    arrays.every((a) => !a.items || branches(a.items).every(isScalar)) &&
    all.every((s) => s.type === 'array' || s.type === 'string' || s.type === 'number')
  ) {
    return { kind: 'list' };
  }
  if (all.every(isScalar) && !kinds.has('boolean')) return { kind: 'text' };
  return { kind: 'json' };
}

/** A text field whose schema takes a number too (`string | number`). */
function isNumberOrText(schema: Schema): boolean {
  const all = branches(schema);
  return all.some((s) => s.type === 'number' || s.type === 'integer') && all.some((s) => s.type === 'string');
}

/** Text that reads back as the same number (`3`, `-1.5`; not `03`, `1e3`, `0x1`). */
const canonicalNumber = (text: string) => text !== '' && String(Number(text)) === text;

/** The fields of an object schema (path, query, or an object body: `body`), required ones first. */
export function fieldsOf(schema: JsonSchema | undefined, { body = false } = {}): Field[] {
  const object = schema as Schema | undefined;
  const properties = object?.properties;
  if (!properties) return [];
  const required = new Set(object.required ?? []);
  const fields = Object.entries(properties).map(([name, property]): Field => {
    const { kind, options } = fieldKind(property);
    const field: Field = { name, kind, required: required.has(name), type: describeType(property) };
    if (options) field.options = options;
    // a JSON body keeps the type (a path or query value is text on the wire either way)
    if (body && kind === 'text' && isNumberOrText(property)) field.numberOrText = true;
    if (property.description) field.description = property.description;
    return field;
  });
  return fields.sort((a, b) => Number(b.required) - Number(a.required));
}

/** Whether a body schema is an object whose fields a form can show (else only the JSON editor). */
export function isFormBody(schema: JsonSchema | undefined): boolean {
  if (!schema) return false;
  const all = branches(schema as Schema);
  return all.length === 1 && all[0]?.type === 'object' && Boolean(all[0].properties);
}

export type FormValues = Record<string, string>;
export interface Converted {
  value: Record<string, unknown>;
  /** Fields whose text is not what their kind needs (JSON that does not parse). */
  errors: Record<string, string>;
}

/**
 * Form text to input values: empty fields are left out, numbers become numbers (text that is not a
 * number is kept, for the SDK to name the problem), lists split at commas, JSON fields parsed.
 */
export function toInput(fields: Field[], values: FormValues): Converted {
  const value: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const text = values[field.name];
    if (text === undefined || text.trim() === '') continue;
    switch (field.kind) {
      case 'number': {
        const n = Number(text);
        value[field.name] = text.trim() !== '' && Number.isFinite(n) ? n : text;
        break;
      }
      case 'boolean':
        value[field.name] = text === 'true';
        break;
      case 'list':
        value[field.name] = text
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case 'json':
        try {
          value[field.name] = JSON.parse(text);
        } catch {
          errors[field.name] = 'not valid JSON';
        }
        break;
      default:
        value[field.name] = field.numberOrText && canonicalNumber(text.trim()) ? Number(text.trim()) : text;
    }
  }
  return { value, errors };
}

/** Input values back to form text (for a raw JSON body edited, then shown as a form again). */
export function toForm(fields: Field[], value: Record<string, unknown> | undefined): FormValues {
  const out: FormValues = {};
  if (!value) return out;
  for (const field of fields) {
    const v = value[field.name];
    if (v === undefined) continue;
    if (field.kind === 'json' || (typeof v === 'object' && v !== null && field.kind !== 'list'))
      out[field.name] = JSON.stringify(v);
    else if (Array.isArray(v)) out[field.name] = v.join(', ');
    else out[field.name] = String(v);
  }
  return out;
}

/** Fields of the body the form does not show (kept when switching between form and JSON). */
export function extraFields(fields: Field[], value: Record<string, unknown>): Record<string, unknown> {
  const known = new Set(fields.map((f) => f.name));
  return Object.fromEntries(Object.entries(value).filter(([k]) => !known.has(k)));
}
