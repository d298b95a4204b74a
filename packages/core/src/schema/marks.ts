/**
 * Marks on field schemas: what a field is, beyond its type. They are zod metadata (the global
 * registry), so every JSON Schema of the registry, the OpenAPI document and the Python client carry
 * them as `x-saymon-*` keywords without a second list:
 * - `x-saymon-secret`: the value is a credential (a password of any name, a token or token id, a
 *   session id); request-only ones are `writeOnly` too. Redaction decides by the one classifier
 *   (`secret-names.ts`); `registry/secret-marks.test.ts` checks that marks and classifier agree.
 * - `x-saymon-provenance`: where a field comes from when it is not the endpoint's own (`real-client`:
 *   no doc page shows it, public programs send or read it on real servers).
 */
import * as z from 'zod/mini';
import type { Provenance } from '../registry/define.ts';

/** The metadata a field schema may carry. */
export interface FieldMarks {
  readonly 'x-saymon-secret'?: true;
  readonly writeOnly?: true;
  readonly 'x-saymon-provenance'?: Provenance;
  readonly description?: string;
}

function mark<T extends z.core.$ZodType>(schema: T, marks: FieldMarks): T {
  const current = z.globalRegistry.get(schema) as FieldMarks | undefined;
  z.globalRegistry.add(schema, { ...current, ...marks } as never);
  return schema;
}

/**
 * A credential: a password, token, token id or session id. `input`: the field is only ever sent
 * (a password), so the JSON Schema says `writeOnly` as well.
 */
export function secret<T extends z.core.$ZodType>(schema: T, options: { input?: boolean } = {}): T {
  return mark(schema, options.input ? { 'x-saymon-secret': true, writeOnly: true } : { 'x-saymon-secret': true });
}

/** A field whose source differs from its endpoint's (`real-client`: seen only in public programs). */
export function fieldProvenance<T extends z.core.$ZodType>(schema: T, provenance: Provenance, note?: string): T {
  return mark(schema, { 'x-saymon-provenance': provenance, ...(note ? { description: note } : {}) });
}

/** The marks of a schema, if any. */
export function marksOf(schema: z.core.$ZodType): FieldMarks | undefined {
  return z.globalRegistry.get(schema) as FieldMarks | undefined;
}
