/**
 * How path parameters are named in the SDK. The registry keeps SAYMON's path templates as written
 * (`/node/api/objects/:object_id/docs/:doc_id`), one spelling per path; inputs use one rule instead
 * of SAYMON's mix of `id`, `object_id`, `objectId` and `obj_id`:
 *
 * - the first parameter (the owning entity's id) is `id`;
 * - every further parameter is its template name in camelCase (`doc_id` → `docId`, `op_id` → `opId`,
 *   `propId` stays `propId`, `type` stays `type`).
 *
 * Every consumer (client methods, `call`, the emulator's router, docs, OpenAPI, the Python client)
 * derives the names with `pathParams`, so the rule lives here only.
 */

export interface PathParam {
  /** The name in SAYMON's template (`object_id`). */
  readonly template: string;
  /** The name SDK inputs use (`id`). */
  readonly name: string;
}

const PARAM = /:([A-Za-z_]\w*)/g;
const cache = new Map<string, readonly PathParam[]>();

/** The SDK name of the template parameter at `index` (0 for the first). */
export function sdkParamName(template: string, index: number): string {
  if (index === 0) return 'id';
  return template.replace(/_+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The path parameters of a template, in order, with their template and SDK names. */
export function pathParams(template: string): readonly PathParam[] {
  let found = cache.get(template);
  if (!found) {
    found = Object.freeze(
      [...template.matchAll(PARAM)].map((m, i) =>
        Object.freeze({ template: m[1] as string, name: sdkParamName(m[1] as string, i) }),
      ),
    );
    cache.set(template, found);
  }
  return found;
}
