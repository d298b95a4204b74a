/**
 * Layers point one way (handlers -> domain -> store), and so do writes: a handler changes the
 * state only by calling a named `domain/` function, never by assigning into `store.state`,
 * deleting from it, calling a mutating method on something reached from it, or calling a `Store`
 * method that changes it. `store-writes.ts` finds such places with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeWrites } from './store-writes.ts';

const dir = join(import.meta.dirname, '..', 'src', 'handlers');

const lines = (file: string, text: string) =>
  storeWrites(file, text).map(({ line, text }) => `${file}:${line}: ${text}`);

describe('handlers write the state only through domain/ functions', () => {
  it('finds every kind of write in a sample handler (the check can fail)', () => {
    const sample = [
      "import { handlers } from '../handler.ts';",
      'export const sample = handlers({',
      "  'x.create': ({ store, user, body }) => {",
      '    store.state.tags[body.id] = body;',
      '    delete store.state.flows[body.id];',
      '    store.state.meta.seq += 1;',
      '    store.state.meta.seq++;',
      '    const object = requireObject(store, user, body.id);',
      "    object.name = 'x';",
      '    const { auditLog } = store.state;',
      '    auditLog.push(body);',
      '    store.state.eventLog.splice(0, 1);',
      '    for (const entry of Object.values(store.state.objects)) entry.tags.sort();',
      '    Object.values(store.state.links).forEach((link) => { link.weight = 1; });',
      '    Object.assign(store.state.configuration, body);',
      "    user.password = 'p';",
      '    const id = store.newId();',
      "    c.store.audit(user, 'create', 0, id, null, body);",
      '    store.state = emptyState();',
      '    const fresh = { id };',
      "    fresh.name = 'ok';",
      '    const sorted = Object.values(store.state.jobs).filter(Boolean).sort();',
      '    let caller = user;',
      '    caller = undefined;',
      '    return createTag(store, user, body);',
      '  },',
      '});',
    ].join('\n');
    expect(lines('sample.ts', sample)).toEqual([
      'sample.ts:4: store.state.tags[body.id] = body',
      'sample.ts:5: delete store.state.flows[body.id]',
      'sample.ts:6: store.state.meta.seq += 1',
      'sample.ts:7: store.state.meta.seq++',
      "sample.ts:9: object.name = 'x'",
      'sample.ts:11: auditLog.push(body)',
      'sample.ts:12: store.state.eventLog.splice(0, 1)',
      'sample.ts:13: entry.tags.sort()',
      'sample.ts:14: link.weight = 1',
      'sample.ts:15: Object.assign(store.state.configuration, body)',
      "sample.ts:16: user.password = 'p'",
      'sample.ts:17: store.newId()',
      "sample.ts:18: c.store.audit(user, 'create', 0, id, null, body)",
      'sample.ts:19: store.state = emptyState()',
    ]);
  });

  it('in every handler file', () => {
    const files = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(30);
    const found = files.flatMap((file) => lines(file, readFileSync(join(dir, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
