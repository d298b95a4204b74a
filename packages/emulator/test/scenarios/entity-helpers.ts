/** Fixtures the object, link and entity scenarios share: each scenario builds its own records. */
import type { SaymonClient } from '@saymon-sdk/node';
import { unique } from './assertions.ts';

export { expectInvalid, expectStatus } from './assertions.ts';

/** An id no record has. */
export const UNKNOWN_ID = 'ffffffffffffffffffffffff';

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

/** A small uploaded file, as a browser or Node sends it. */
export function fileForm(name = 'report.txt', text = 'hello document') {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), name);
  return form;
}
