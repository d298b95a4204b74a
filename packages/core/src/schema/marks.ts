/**
 * Marks on field schemas: what a field is, beyond its type. They sit in a map keyed by schema; the JSON Schema conversion (`json-schema.ts`) turns them into `x-saymon-*`
 * keywords, so the OpenAPI document and the Python client carry them without a second list, and
 * apps carry only these few bytes.
 * - `secret`: the value is a credential (a password of any name, a token or token id, a session
 *   id); `input` ones are only ever sent (JSON Schema `writeOnly`). Redaction decides by the one
 *   classifier (`secret-names.ts`); `registry/secret-marks.test.ts` checks that both agree.
 * - `provenance`: where a field comes from when it differs from its endpoint (`real-client`: no
 *   doc page shows it, public programs send or read it on real servers).
 */
import type * as z from 'zod/mini';
import type { Provenance } from '../contract/define.ts';

/** The marks a field schema may carry. */
export interface FieldMarks {
  readonly secret?: 'input' | 'any';
  readonly provenance?: Provenance;
}

// a plain WeakMap: no zod registry code reaches apps for a few flags
const marks = new WeakMap<z.core.$ZodType, FieldMarks>();

function mark<T extends z.core.$ZodType>(schema: T, add: FieldMarks): T {
  marks.set(schema, { ...marks.get(schema), ...add });
  return schema;
}

/** A credential; `input`: only ever sent (a password), so the JSON Schema says `writeOnly` too. */
export const secret = <T extends z.core.$ZodType>(schema: T, options: { input?: boolean } = {}): T =>
  mark(schema, { secret: options.input ? 'input' : 'any' });

/** A field whose source differs from its endpoint's (`real-client`: seen only in public programs). */
export const fieldProvenance = <T extends z.core.$ZodType>(schema: T, provenance: Provenance): T =>
  mark(schema, { provenance });

/** The marks of a schema, if any. */
export const marksOf = (schema: z.core.$ZodType): FieldMarks | undefined => marks.get(schema);
