/** Fixtures the object, link and entity scenarios share: each scenario builds its own records. */
import { SaymonApiError, type SaymonClient, SaymonValidationError } from '@saymon-sdk/node';
import { expect } from 'vitest';

/** An id no record has. */
export const UNKNOWN_ID = 'ffffffffffffffffffffffff';

let counter = 0;
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${++counter}`;

/** A new object (under the root unless a parent is given). */
export async function newObject(admin: SaymonClient, name = unique('scenario object'), parent?: string) {
  return admin.objects.create({ body: { name, ...(parent ? { parent_id: parent } : {}) } });
}

/** A folder with two child objects joined by a link. */
export async function newLinkFixture(admin: SaymonClient) {
  const folder = await newObject(admin, unique('link folder'));
  const source = await newObject(admin, unique('source'), folder.id as string);
  const target = await newObject(admin, unique('target'), folder.id as string);
  const link = await admin.links.create({ body: { source: source.id as string, target: target.id as string } });
  return { folder, source, target, link, id: link.id as string };
}

/** The call fails with this HTTP status (a SaymonApiError). */
export async function expectStatus(promise: Promise<unknown>, status: number) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SaymonApiError);
  expect((error as SaymonApiError).status).toBe(status);
}

/** The SDK refuses the input before sending anything. */
export async function expectInvalid(promise: Promise<unknown>) {
  await expect(promise).rejects.toBeInstanceOf(SaymonValidationError);
}

/** A small uploaded file, as a browser or Node sends it. */
export function fileForm(name = 'report.txt', text = 'hello document') {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), name);
  return form;
}
