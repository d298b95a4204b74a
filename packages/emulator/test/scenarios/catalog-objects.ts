import { expect } from 'vitest';
import { createObject, deleteObject } from '../../src/domain/tree.ts';
import { expectApiError, unique as uniq } from './assertions.ts';
import { type ScenarioContext, scenarios } from './types.ts';

const MISSING = 'ffffffffffffffffffffffff';

export /** Objects of the scenario's own under the root, removed afterwards. */
async function withObjects(context: ScenarioContext, count: number, run: (ids: string[]) => Promise<void>) {
  const store = context.emulator.store;
  const ids = Array.from({ length: count }, () => String(createObject(store, { name: uniq('obj') }).id));
  try {
    await run(ids);
  } finally {
    for (const id of ids) if (store.state.objects[id]) deleteObject(store, id);
  }
}

const id = (record: { id?: unknown }) => String(record.id);

/** Flows and references: both are drawn on objects of the scenario's own. */
export const flowRefScenarios = scenarios({
  'flows.list': {
    async happy(context) {
      await withObjects(context, 2, async (items) => {
        const flow = await context.admin.flows.create({ body: { owner_id: '1', item_ids: items } });
        expect((await context.viewer.flows.list()).map(id)).toContain(id(flow));
      });
    },
    async error({ anonymous }) {
      await expectApiError(anonymous.flows.list(), 401);
    },
  },
  'flows.get': {
    async happy(context) {
      await withObjects(context, 2, async (items) => {
        const flow = await context.admin.flows.create({ body: { owner_id: '1', item_ids: items } });
        await expect(context.admin.flows.get({ id: id(flow) })).resolves.toMatchObject({
          owner_id: '1',
          item_ids: items,
          items_ids: items,
        });
      });
    },
    async error({ admin }) {
      await expectApiError(admin.flows.get({ id: MISSING }), 404);
    },
  },
  'flows.create': {
    async happy(context) {
      await withObjects(context, 3, async (items) => {
        const flow = await context.admin.flows.create({ body: { owner_id: '1', item_ids: items } });
        expect(flow).toMatchObject({ owner_id: '1', item_ids: items, client_data: '{}' });
        expect(context.emulator.store.state.flows[id(flow)]).toBeDefined();
      });
    },
    async error({ admin, viewer }) {
      await expectApiError(admin.flows.create({ body: { owner_id: '1', item_ids: [MISSING] } }), 400);
      await expectApiError(viewer.flows.create({ body: { owner_id: '1', item_ids: [] } }), 403);
    },
  },
  'flows.update': {
    async happy(context) {
      await withObjects(context, 2, async (items) => {
        const flow = await context.admin.flows.create({ body: { owner_id: '1', item_ids: items } });
        const style = { color: '#111111', connectorStyle: 'Bezier' };
        await context.admin.flows.update({
          id: id(flow),
          body: { client_data: style, item_ids: [items[0] as string] },
        });
        await expect(context.admin.flows.get({ id: id(flow) })).resolves.toMatchObject({
          client_data: style,
          item_ids: [items[0]],
        });
      });
    },
    async error({ admin, viewer }) {
      await expectApiError(admin.flows.update({ id: MISSING, body: { client_data: '{}' } }), 404);
      const flow = await admin.flows.create({ body: { owner_id: '1', item_ids: [] } });
      await expectApiError(viewer.flows.update({ id: id(flow), body: { client_data: '{}' } }), 403);
    },
  },
  'flows.delete': {
    async happy({ admin }) {
      const flow = await admin.flows.create({ body: { owner_id: '1', item_ids: [] } });
      await admin.flows.delete({ id: id(flow) });
      await expectApiError(admin.flows.get({ id: id(flow) }), 404);
    },
    async error({ admin, viewer }) {
      await expectApiError(admin.flows.delete({ id: MISSING }), 404);
      const flow = await admin.flows.create({ body: { owner_id: '1', item_ids: [] } });
      await expectApiError(viewer.flows.delete({ id: id(flow) }), 403);
    },
  },

  'references.list': {
    async happy(context) {
      await withObjects(context, 2, async ([owner, target]) => {
        const ref = await context.admin.references.create({
          body: { owner: owner as string, target: target as string },
        });
        expect((await context.admin.references.list()).map(id)).toContain(id(ref));
      });
    },
    async error({ anonymous }) {
      await expectApiError(anonymous.references.list(), 401);
    },
  },
  'references.get': {
    async happy(context) {
      await withObjects(context, 2, async ([owner, target]) => {
        const ref = await context.admin.references.create({
          body: { owner: owner as string, target: target as string },
        });
        await expect(context.admin.references.get({ id: id(ref) })).resolves.toMatchObject({ owner, target });
      });
    },
    async error({ admin }) {
      await expectApiError(admin.references.get({ id: MISSING }), 404);
    },
  },
  'references.create': {
    async happy(context) {
      await withObjects(context, 2, async ([owner, target]) => {
        const clientData = '{"headlinePropIds":[],"custom_style":{"zIndex":13,"left":"825px","top":"323px"}}';
        const ref = await context.admin.references.create({
          body: { owner: owner as string, target: target as string, client_data: clientData },
        });
        expect(ref).toMatchObject({ owner, target, client_data: clientData });
        // the owner lists it
        expect(context.emulator.store.state.objects[owner as string]?.child_ref_ids).toEqual([ref.id]);
      });
    },
    async error(context) {
      await withObjects(context, 1, async ([owner]) => {
        await expectApiError(
          context.admin.references.create({ body: { owner: owner as string, target: MISSING } }),
          404,
        );
        await expectApiError(
          context.admin.references.create({ body: { owner: owner as string, target: owner as string } }),
          400,
        );
        await expectApiError(context.viewer.references.create({ body: { owner: owner as string, target: '1' } }), 403);
      });
    },
  },
  'references.update': {
    async happy(context) {
      await withObjects(context, 2, async ([owner, target]) => {
        const ref = await context.admin.references.create({
          body: { owner: owner as string, target: target as string },
        });
        const updated = await context.admin.references.update({ id: id(ref), body: { client_data: '{"x":1}' } });
        expect(updated).toMatchObject({ id: ref.id, owner, target, client_data: '{"x":1}' });
      });
    },
    async error({ admin }) {
      await expectApiError(admin.references.update({ id: MISSING, body: { client_data: '{}' } }), 404);
    },
  },
  'references.delete': {
    async happy(context) {
      await withObjects(context, 2, async ([owner, target]) => {
        const ref = await context.admin.references.create({
          body: { owner: owner as string, target: target as string },
        });
        await context.admin.references.delete({ id: id(ref) });
        expect(context.emulator.store.state.refs[id(ref)]).toBeUndefined();
        expect(context.emulator.store.state.objects[owner as string]?.child_ref_ids).toEqual([]);
        // the target object stays
        expect(context.emulator.store.state.objects[target as string]).toBeDefined();
      });
    },
    async error(context) {
      await expectApiError(context.admin.references.delete({ id: MISSING }), 404);
      await withObjects(context, 2, async ([owner, target]) => {
        const ref = await context.admin.references.create({
          body: { owner: owner as string, target: target as string },
        });
        await expectApiError(context.viewer.references.delete({ id: id(ref) }), 403);
      });
    },
  },
});
