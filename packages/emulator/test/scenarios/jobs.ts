import type { SaymonClient } from '@saymon-sdk/node';
import { expect } from 'vitest';
import type { Rec } from '../../src/store/state.ts';
import {
  clientWith,
  expectInvalid,
  expectStatus,
  newLink,
  newObject,
  storedProps,
  UNKNOWN,
  unique,
} from './property-fixtures.ts';
import type { ScenarioContext } from './types.ts';
import { scenarios } from './types.ts';

const ECHO = { name: 'Echo', type: 2, parameters: { type: 'scriptText', text: 'echo ran' } };

/** An object with a script operation, run once; returns the object and the job id. */
async function ranObject(ctx: ScenarioContext) {
  const object = newObject(ctx);
  const op = await ctx.admin.operations.createForObject({ id: object.id, body: ECHO });
  const jobId = await ctx.admin.operations.executeForObject({ id: object.id, opId: op.id });
  return { object, op, jobId };
}

async function ranLink(ctx: ScenarioContext) {
  const fixture = newLink(ctx);
  const op = await ctx.admin.operations.createForLink({ id: fixture.link.id, body: ECHO });
  const jobId = await ctx.admin.operations.executeForLink({ id: fixture.link.id, opId: op.id });
  return { ...fixture, jobId };
}

/** A folder with three named children (one hidden from the returned restricted client). */
function tree(ctx: ScenarioContext) {
  const folder = newObject(ctx);
  const [a, b, c] = ['alpha', 'bravo', 'charlie'].map((name, i) =>
    newObject(ctx, { name: `${name} ${folder.id}`, parent_id: folder.id, state_id: i + 3, tags: [`t${i}`] }),
  ) as [Rec, Rec, Rec];
  const { client } = clientWith(ctx, [], [String(folder.id)], [String(c.id)]);
  return { folder, a, b, c, restricted: client };
}

function refsFixture(ctx: ScenarioContext) {
  const store = ctx.emulator.store;
  const owner = newObject(ctx);
  const target = newObject(ctx);
  const hidden = newObject(ctx);
  const refs = [target, hidden].map((t) => {
    const id = store.newId();
    store.state.refs[id] = { id, owner: owner.id, target: t.id, client_data: '{}', entityType: 7 };
    return store.state.refs[id] as Rec;
  });
  return { owner, target, hidden, refs };
}

const refsClient = (ctx: ScenarioContext, include = ['1'], exclude: string[] = []): SaymonClient =>
  clientWith(ctx, ['referencePermissions'], include, exclude).client;

export const jobScenarios = scenarios({
  'jobs.get': {
    async happy(ctx) {
      const { object, op, jobId } = await ranObject(ctx);
      const job = await ctx.viewer.jobs.get({ id: jobId });
      expect(job).toMatchObject({
        id: jobId,
        operation_id: op.id,
        operation: { name: 'Echo' },
        owner_id: object.id,
        owner_type: 1,
        description: { stdout: 'ran\n', exitCode: 0 },
        process_meta: null,
        results: [],
      });
    },
    async error(ctx) {
      await expectStatus(ctx.admin.jobs.get({ id: UNKNOWN }), 404);
      // a job on an object the user may not see is not found either
      const { object, jobId } = await ranObject(ctx);
      const { client } = clientWith(ctx, [], ['1'], [String(object.id)]);
      await expectStatus(client.jobs.get({ id: jobId }), 404);
    },
  },
  'jobs.addResult': {
    async happy(ctx) {
      const { jobId } = await ranObject(ctx);
      await ctx.admin.jobs.addResult({ id: jobId, body: { 'custom property': 'some value', count: 2 } });
      const job = await ctx.admin.jobs.get({ id: jobId });
      expect(job.results).toEqual([
        {
          payload: { 'custom property': 'some value', count: 2 },
          by: expect.any(String),
          timestamp: expect.any(Number),
        },
      ]);
    },
    async error(ctx) {
      const { jobId } = await ranObject(ctx);
      await expectStatus(ctx.viewer.jobs.addResult({ id: jobId, body: { a: 1 } }), 403);
    },
  },
  'jobs.findByEntities': {
    async happy(ctx) {
      const first = await ranObject(ctx);
      const second = await ranObject(ctx);
      const jobs = await ctx.admin.jobs.findByEntities({ body: { objects: [first.object.id, second.object.id] } });
      expect(jobs.map((j) => j.id)).toEqual([first.jobId, second.jobId]);
      const { link, jobId } = await ranLink(ctx);
      expect((await ctx.admin.jobs.findByEntities({ body: { links: link.id } })).map((j) => j.id)).toEqual([jobId]);
      const later = await ctx.admin.jobs.findByEntities({
        body: { objects: [first.object.id], from: ctx.emulator.store.now() + 60_000 },
      });
      expect(later).toEqual([]);
    },
    async error(ctx) {
      const { object } = await ranObject(ctx);
      const { link } = newLink(ctx);
      await expectStatus(ctx.admin.jobs.findByEntities({ body: { objects: [object.id], links: [link.id] } }), 400);
      await expectInvalid(ctx.admin.jobs.findByEntities({ body: { objects: [{}] } as never }));
    },
  },
  'jobs.listForObject': {
    async happy(ctx) {
      const { object, op, jobId } = await ranObject(ctx);
      const second = await ctx.admin.operations.executeForObject({ id: object.id, opId: op.id });
      expect((await ctx.viewer.jobs.listForObject({ id: object.id })).map((j) => j.id)).toEqual([jobId, second]);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.jobs.listForObject({ id: UNKNOWN }), 404);
    },
  },
  'jobs.listForLink': {
    async happy(ctx) {
      const { link, jobId } = await ranLink(ctx);
      expect(await ctx.admin.jobs.listForLink({ id: link.id })).toEqual([
        expect.objectContaining({ id: jobId, owner_id: link.id, owner_type: 2 }),
      ]);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.jobs.listForLink({ id: UNKNOWN }), 404);
    },
  },
  'bulks.runForObjects': {
    async happy(ctx) {
      const marker = unique('bulk').replace(/\W/g, '_');
      const objects = [newObject(ctx, { name: `${marker} a` }), newObject(ctx, { name: `${marker} b` })];
      const other = newObject(ctx);
      const answer = await ctx.admin.bulks.runForObjects({
        body: {
          search: { name: { $regex: `^${marker}`, $options: 'i' } },
          bulk: [
            { 'properties.createOrModify': { name: 'New Property', value: 'value', type_id: 1 } },
            { modify: { description: 'bulk-changed' } },
            { stateConditions: { id: 'c1', state_id: 5, conditions: [] } },
          ],
        },
      });
      expect(typeof answer.bulkId).toBe('string');
      expect(await ctx.admin.bulks.status({ id: answer.bulkId as string })).toEqual({ finished: true });
      for (const object of objects) {
        expect(storedProps(object)).toEqual([expect.objectContaining({ name: 'New Property', value: 'value' })]);
        expect(object.description).toBe('bulk-changed');
        expect(ctx.emulator.store.state.stateConditions[`objects:${object.id}`]).toEqual([
          { id: 'c1', state_id: 5, conditions: [] },
        ]);
      }
      expect(storedProps(other)).toEqual([]);
    },
    async error(ctx) {
      await expectStatus(ctx.viewer.bulks.runForObjects({ body: { search: {}, bulk: [] } }), 403);
    },
  },
  'bulks.status': {
    async happy(ctx) {
      // the background clone records its bulks in the same place
      ctx.emulator.store.state.bulks['p-clone-bulk'] = { id: 'p-clone-bulk', status: 'running', progress: 40 };
      expect(await ctx.viewer.bulks.status({ id: 'p-clone-bulk' })).toEqual({ finished: false });
      ctx.emulator.store.state.bulks['p-clone-bulk'] = { id: 'p-clone-bulk', status: 'done', progress: 100 };
      expect(await ctx.viewer.bulks.status({ id: 'p-clone-bulk' })).toEqual({ finished: true });
    },
    async error(ctx) {
      await expectStatus(ctx.admin.bulks.status({ id: 'no-such-bulk' }), 404);
    },
  },
  'agents.uploadUpdate': {
    async happy(ctx) {
      const { client } = clientWith(ctx, ['upload-agent-updates']);
      const form = new FormData();
      form.append('file', new Blob(['AGENTPKG'], { type: 'application/zip' }), 'saymon-agent.zip');
      const answer = await client.agents.uploadUpdate({ body: form });
      expect(answer).toMatchObject({ name: 'saymon-agent.zip', size: 8 });
      const stored = ctx.emulator.store.state.files['agent-update'];
      expect(Buffer.from(stored?.data ?? '', 'base64').toString()).toBe('AGENTPKG');
    },
    async error(ctx) {
      const form = new FormData();
      form.append('file', new Blob(['x']), 'a.zip');
      await expectStatus(ctx.viewer.agents.uploadUpdate({ body: form }), 403);
      const { client } = clientWith(ctx, ['upload-agent-updates']);
      await expectStatus(client.agents.uploadUpdate({ body: new FormData() }), 400);
    },
  },
  'v2.getObjects': {
    async happy(ctx) {
      const { folder, a, b, restricted } = tree(ctx);
      const all = await ctx.admin.v2.getObjects({
        body: { filter: { parent_ids: [folder.id as string] }, fields: ['name'], order: ['!name'], limit: 2 },
      });
      expect(all.items).toEqual([
        { id: expect.any(String), name: `charlie ${folder.id}` },
        { id: b.id, name: b.name },
      ]);
      expect(all.count).toBe(2);
      // only what the caller may see
      const seen = await restricted.v2.getObjects({ body: { filter: { parent_ids: [folder.id as string] } } });
      expect(seen.items?.map((o) => o.id).sort()).toEqual([a.id, b.id].sort());
      const tagged = await ctx.admin.v2.getObjects({
        body: { filter: { tags: ['t0'], name: 'ALPHA' }, flags: ['paths'], fields: ['name', 'paths'] },
      });
      expect(tagged.items).toContainEqual({ id: a.id, name: a.name, paths: [`${folder.name} / ${a.name}`] });
      const deep = await ctx.admin.v2.getObjects({
        body: { filter: { parent_ids: ['1'], state_ids: [4] }, flags: ['deepParents'] },
      });
      expect(deep.items?.map((o) => o.id)).toContain(b.id);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.v2.getObjects({ body: { limit: -1 } }), 400);
    },
  },
  'v2.getLinks': {
    async happy(ctx) {
      const { source, target, link } = newLink(ctx, { name: 'uplink' });
      const page = await ctx.viewer.v2.getLinks({ body: { filter: { source: [source.id as string] } } });
      expect(page.items).toEqual([
        {
          id: link.id,
          source: source.id,
          target: target.id,
          class_id: link.class_id,
          state_id: link.state_id,
          last_state_update: link.last_state_update,
          source_name: source.name,
          target_name: target.name,
          name: 'uplink',
        },
      ]);
      const { client } = clientWith(ctx, [], ['1'], [String(target.id)]);
      expect((await client.v2.getLinks({ body: { filter: { id: [link.id as string] } } })).items).toEqual([]);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.v2.getLinks({ body: {}, extraBody: { offset: 'many' } }), 400);
    },
  },
  'v2.getRefs': {
    async happy(ctx) {
      const { owner, hidden, refs } = refsFixture(ctx);
      const page = await refsClient(ctx).v2.getRefs({ body: { filter: { owner_ids: [owner.id as string] } } });
      expect(page).toEqual({
        items: refs.map((r) => ({ id: r.id, owner: r.owner, target: r.target, client_data: '{}', entityType: 7 })),
        count: 2,
      });
      const limited = await refsClient(ctx, ['1'], [String(hidden.id)]).v2.getRefs({
        body: { filter: { owner_ids: [owner.id as string] }, limit: 5, offset: 0 },
      });
      expect(limited.items.map((r) => r.id)).toEqual([refs[0]?.id]);
    },
    async error(ctx) {
      await expectInvalid(ctx.admin.v2.getRefs({ body: { filter: { ids: [true] } } as never }));
    },
  },
});
