import { expect } from 'vitest';
import { expectInvalid, expectStatus, fileForm, newLinkFixture, newObject, UNKNOWN_ID } from './entity-helpers.ts';
import { objectMonitoringScenarios } from './objects-monitoring.ts';
import { scenarios } from './types.ts';

const conditions = [{ condition: { _formula: { definition: '{{cpu.load}}', value: '>0.9' } }, state: 5 }];
/** The conditions as read back: the SDK hands state ids out as strings. */
const readBack = conditions.map((c) => ({ ...c, state: String(c.state) }));

/** Objects: the tree, search and documents (monitoring data and state in objects-monitoring.ts). */
export const objectScenarios = scenarios({
  ...objectMonitoringScenarios,
  'objects.list': {
    async happy({ admin }) {
      const created = await newObject(admin);
      const all = await admin.objects.list();
      const mine = all.find((o) => o.id === created.id);
      expect(mine?.name).toBe(created.name);
      expect(mine).not.toHaveProperty('properties');
      const named = await admin.objects.list({ query: { fields: ['name', 'path'] } });
      const withPath = named.find((o) => o.id === created.id) as Record<string, unknown>;
      expect(withPath.path).toBe(`Root / ${created.name}`);
      expect(withPath).not.toHaveProperty('class_id');
    },
    async error({ admin }) {
      await expectInvalid(admin.objects.list({ query: { fields: 42 as never } }));
    },
  },

  'objects.get': {
    async happy({ admin }) {
      const parent = await newObject(admin);
      const child = await newObject(admin, 'child', String(parent.id));
      const full = await admin.objects.get({ id: String(child.id) });
      expect(full.parent_id).toEqual([parent.id]);
      const some = (await admin.objects.get({ id: String(child.id), query: { fields: ['name', 'path'] } })) as Record<
        string,
        unknown
      >;
      expect(some).toEqual({ id: child.id, name: 'child', path: `Root / ${parent.name} / child` });
    },
    async error({ admin }) {
      await expectStatus(admin.objects.get({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.create': {
    async happy({ admin }) {
      const parent = await newObject(admin);
      const created = await admin.objects.create({
        body: {
          name: 'probe',
          parent_id: String(parent.id),
          class_id: '20',
          discovery_id: `disc-${parent.id}`,
          properties: [{ name: 'SN', value: '42', type_id: 1 }],
        },
      });
      expect(created.parent_id).toEqual([parent.id]);
      expect(created.properties?.[0]?.id).toBeTruthy();
      expect((await admin.objects.get({ id: String(parent.id) })).child_ids).toContain(created.id);
      // the same discovery id updates instead of creating
      const again = await admin.objects.create({ body: { name: 'probe 2', discovery_id: `disc-${parent.id}` } });
      expect(again.id).toBe(created.id);
      expect(again.name).toBe('probe 2');
    },
    async error({ admin, viewer }) {
      await expectInvalid(admin.objects.create({ body: {} as never }));
      await expectStatus(viewer.objects.create({ body: { name: 'nope' } }), 403);
      await expectStatus(admin.objects.create({ body: { name: 'orphan', parent_id: UNKNOWN_ID } }), 400);
    },
  },

  'objects.update': {
    async happy({ admin }) {
      const a = await newObject(admin);
      const b = await newObject(admin);
      const updated = await admin.objects.update({
        id: String(a.id),
        body: { name: 'renamed', parent_id: [String(b.id)], client_data: '{"x":1}' },
      });
      expect(updated.name).toBe('renamed');
      expect(updated.parent_id).toEqual([b.id]);
      expect((await admin.objects.get({ id: String(b.id) })).child_ids).toContain(a.id);
      expect((await admin.objects.get({ id: '1' })).child_ids).not.toContain(a.id);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.update({ id: String(a.id), body: { name: 'x' } }), 403);
      await expectStatus(admin.objects.update({ id: String(a.id), body: { parent_id: String(a.id) } }), 400);
    },
  },

  'objects.delete': {
    async happy({ admin }) {
      const { folder, source, id } = await newLinkFixture(admin);
      await admin.objects.delete({ id: String(folder.id) });
      await expectStatus(admin.objects.get({ id: String(folder.id) }), 404);
      await expectStatus(admin.objects.get({ id: String(source.id) }), 404);
      await expectStatus(admin.links.get({ id }), 404);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.delete({ id: String(a.id) }), 403);
      await expectStatus(admin.objects.delete({ id: UNKNOWN_ID }), 404);
      await expectStatus(admin.objects.delete({ id: '1' }), 400);
    },
  },

  'objects.children': {
    async happy({ admin }) {
      const parent = await newObject(admin);
      const child = await newObject(admin, 'kid', String(parent.id));
      const children = await admin.objects.children({ id: String(parent.id) });
      expect(children.map((c) => c.id)).toEqual([child.id]);
    },
    async error({ admin }) {
      await expectStatus(admin.objects.children({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.childLinks': {
    async happy({ admin }) {
      const { folder, id } = await newLinkFixture(admin);
      const links = await admin.objects.childLinks({ id: String(folder.id) });
      expect(links.map((l) => l.id)).toEqual([id]);
    },
    async error({ admin }) {
      await expectStatus(admin.objects.childLinks({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.paths': {
    async happy({ admin }) {
      const parent = await newObject(admin);
      const child = await newObject(admin, 'leaf', String(parent.id));
      const answer = await admin.objects.paths({ id: String(child.id), query: { fields: 'name' } });
      expect(answer.paths).toEqual([[child.id, parent.id, '1']]);
      expect(answer.objects?.map((o) => o.name)).toEqual(['leaf', parent.name, 'Root']);
    },
    async error({ admin }) {
      await expectStatus(admin.objects.paths({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.clone': {
    async happy({ admin }) {
      const { folder } = await newLinkFixture(admin);
      await admin.objects.setStateConditions({ id: String(folder.id), body: conditions });
      const copy = await admin.objects.clone({ id: String(folder.id) });
      expect(copy.id).not.toBe(folder.id);
      expect(copy.name).toBe(folder.name);
      expect(copy.child_ids).toHaveLength(2);
      expect(await admin.objects.childLinks({ id: String(copy.id) })).toHaveLength(1);
      expect(await admin.objects.stateConditions({ id: String(copy.id) })).toEqual(readBack);
      expect((await admin.objects.get({ id: '1' })).child_ids).toContain(copy.id);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.clone({ id: String(a.id) }), 403);
      await expectStatus(admin.objects.clone({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.cloneInBackground': {
    async happy({ admin, emulator }) {
      const a = await newObject(admin);
      const started = await admin.objects.cloneInBackground({ id: String(a.id) });
      expect(started.bulkId).toBeTruthy();
      const bulk = emulator.store.state.bulks[String(started.bulkId)] as Record<string, unknown>;
      expect(bulk).toMatchObject({ status: 'done', progress: 100 });
      const copyId = (bulk.result as { id: string }).id;
      expect((await admin.objects.get({ id: copyId })).name).toBe(a.name);
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(viewer.objects.cloneInBackground({ id: String(a.id) }), 403);
      await expectStatus(admin.objects.cloneInBackground({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.search': {
    async happy({ admin }) {
      const tag = `zz-${Date.now().toString(36)}`;
      const a = await admin.objects.create({
        body: { name: `${tag} CPU`, properties: [{ name: 'IP', value: '10.0.0.1' }], client_data: '{}' } as never,
      });
      await admin.objects.create({ body: { name: `${tag} Disk` } });
      const byName = await admin.objects.search({
        body: { search: { name: { $regex: `^${tag} cpu`, $options: 'i' } } },
      });
      expect(byName.map((o) => o.id)).toEqual([a.id]);
      expect(byName[0]).not.toHaveProperty('client_data');
      const byProperty = await admin.objects.search({
        body: {
          search: { name: { $regex: tag }, properties: { $elemMatch: { name: 'IP', value: { $regex: '^10\\.' } } } },
          options: { includeClientData: true },
        },
      });
      expect(byProperty.map((o) => o.id)).toEqual([a.id]);
      expect(byProperty[0]?.client_data).toBe('{}');
      const byIds = await admin.objects.search({ body: { search: { id: { $in: [a.id, UNKNOWN_ID] } } } });
      expect(byIds).toHaveLength(1);
    },
    async error({ admin }) {
      await expectStatus(admin.objects.search({ body: { search: { name: { $bogus: 1 } } } }), 400);
    },
  },

  'objects.properties': {
    async happy({ admin }) {
      const a = await admin.objects.create({ body: { name: 'with props', properties: [{ name: 'SN', value: 'A1' }] } });
      const props = await admin.objects.properties({ id: String(a.id) });
      expect(props).toEqual([expect.objectContaining({ name: 'SN', value: 'A1' })]);
    },
    async error({ admin }) {
      await expectStatus(admin.objects.properties({ id: UNKNOWN_ID }), 404);
    },
  },

  'objects.addDocument': {
    async happy({ admin, url }) {
      const a = await newObject(admin);
      const link = await admin.objects.addDocument({
        id: String(a.id),
        body: { name: 'About CPU', type_id: 6, value: 'https://example.com/cpu' },
      });
      expect((await admin.objects.getDocument({ id: String(a.id), docId: String(link.id) })).value).toBe(
        'https://example.com/cpu',
      );
      const upload = await admin.objects.addDocument({ id: String(a.id), body: fileForm('notes.txt') as never });
      expect(upload).toMatchObject({ type_id: 7, name: 'notes.txt' });
      expect(upload.value).toMatch(/^\/node-resources\/docs\/uid\/[^/]+\/notes\.txt$/);
      const file = await fetch(`${url}${upload.value}`, {
        headers: { authorization: `Basic ${Buffer.from('admin:saymon').toString('base64')}` },
      });
      expect(await file.text()).toBe('hello document');
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      await expectStatus(admin.objects.addDocument({ id: String(a.id), body: { name: 'no url' } }), 400);
      await expectStatus(viewer.objects.addDocument({ id: String(a.id), body: { value: 'https://x.org' } }), 403);
      await expectStatus(admin.objects.addDocument({ id: UNKNOWN_ID, body: { value: 'https://x.org' } }), 404);
    },
  },

  'objects.getDocument': {
    async happy({ admin }) {
      const a = await newObject(admin);
      const { id } = await admin.objects.addDocument({
        id: String(a.id),
        body: { name: 'Wiki', value: 'https://w.org' },
      });
      const doc = await admin.objects.getDocument({ id: String(a.id), docId: String(id) });
      expect(doc).toEqual({ id, type_id: 6, name: 'Wiki', value: 'https://w.org' });
    },
    async error({ admin }) {
      const a = await newObject(admin);
      await expectStatus(admin.objects.getDocument({ id: String(a.id), docId: UNKNOWN_ID }), 404);
    },
  },

  'objects.deleteDocument': {
    async happy({ admin, emulator }) {
      const a = await newObject(admin);
      const upload = await admin.objects.addDocument({ id: String(a.id), body: fileForm() as never });
      const uid = String(upload.value).split('/')[4] as string;
      expect(emulator.store.state.files[uid]).toBeDefined();
      await admin.objects.deleteDocument({ id: String(a.id), docId: String(upload.id) });
      await expectStatus(admin.objects.getDocument({ id: String(a.id), docId: String(upload.id) }), 404);
      expect(emulator.store.state.files[uid]).toBeUndefined();
    },
    async error({ admin, viewer }) {
      const a = await newObject(admin);
      const { id } = await admin.objects.addDocument({ id: String(a.id), body: { value: 'https://w.org' } });
      await expectStatus(viewer.objects.deleteDocument({ id: String(a.id), docId: String(id) }), 403);
      await expectStatus(admin.objects.deleteDocument({ id: String(a.id), docId: UNKNOWN_ID }), 404);
    },
  },
});
