/** `saymon pull <object id> --out <dir>`: a subtree and the classes it uses, as files. */
import type { SaymonClient } from '@saymon-sdk/node';
import type { ClassDoc, Estate, ObjectDoc } from './docs.ts';
import { estateApi, readClasses, readObject, resolvePath } from './server.ts';

/** Reads the subtree under `from`, an id or a path with `/` (breadth first, `concurrency` objects at a time). */
export async function pullEstate(
  client: SaymonClient,
  source: string,
  from: string,
  concurrency: number,
  onObject?: (count: number) => void,
): Promise<Estate> {
  const { mapConcurrent } = await import('@saymon-sdk/core');
  const api = estateApi(client);
  const objects: ObjectDoc[] = [];
  const root = from.includes('/') ? await resolvePath(api, from) : from;
  let level = [root];
  const seen = new Set(level);
  while (level.length > 0) {
    const read = await mapConcurrent(
      level,
      async (id) => {
        const object = await readObject(api, id);
        if (!object) throw new Error(`object ${id} is not on ${source}`);
        return object;
      },
      { concurrency },
    );
    const next: string[] = [];
    for (const result of read) {
      if (result.status === 'rejected') throw result.reason;
      const { doc, childIds } = result.value;
      // the root's parent is outside the files: it stays as its id (push matches it on the target)
      objects.push(doc);
      onObject?.(objects.length);
      for (const child of childIds) {
        if (seen.has(child)) continue;
        seen.add(child);
        next.push(child);
      }
    }
    level = next;
  }
  const used = new Set(objects.map((o) => o.class));
  const classes: ClassDoc[] = (await readClasses(api)).filter((c) => used.has(c.id));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { manifest: { source, root }, objects: objects.sort(byId), classes: classes.sort(byId) };
}
