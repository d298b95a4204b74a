import { expect } from 'vitest';
import {
  expectInvalid,
  expectStatus,
  newClass,
  newFlow,
  newLink,
  newObject,
  storedProps,
  UNKNOWN,
} from './property-fixtures.ts';
import { scenarios } from './types.ts';

const PING = [
  { name: 'AgentId', value: '66ec44c2522580097d15bec6' },
  { name: 'TaskType', value: 'ping' },
  { name: 'PingHost', value: 'example.com' },
  { name: 'PingPacketsCount', value: '4' },
];

export const propertyScenarios = scenarios({
  'properties.createForObject': {
    async happy(ctx) {
      const object = newObject(ctx);
      const created = await ctx.admin.properties.createForObject({
        id: object.id,
        body: { name: 'SN', value: 'A-1', type_id: 1 },
      });
      expect(created).toMatchObject({ name: 'SN', value: 'A-1', type_id: 1, owner_id: object.id, owner_type: 1 });
      expect(storedProps(object).map((p) => p.id)).toContain(created.id);
    },
    async error(ctx) {
      const object = newObject(ctx);
      await ctx.admin.properties.createForObject({ id: object.id, body: { name: 'SN', value: '1' } });
      await expectStatus(
        ctx.admin.properties.createForObject({ id: object.id, body: { name: 'SN', value: '2' } }),
        409,
      );
      await expectStatus(
        ctx.viewer.properties.createForObject({ id: object.id, body: { name: 'X', value: '1' } }),
        403,
      );
    },
  },
  'properties.createForLink': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      const created = await ctx.admin.properties.createForLink({ id: link.id, body: { name: 'Band', value: '1G' } });
      expect(created).toMatchObject({ name: 'Band', value: '1G', type_id: 1, owner_id: link.id, owner_type: 2 });
      expect(storedProps(link)).toHaveLength(1);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.properties.createForLink({ id: UNKNOWN, body: { name: 'a', value: 'b' } }), 404);
    },
  },
  'properties.createForFlow': {
    async happy(ctx) {
      const flow = newFlow(ctx);
      const created = await ctx.admin.properties.createForFlow({ id: flow.id, body: { name: 'Owner', value: 'ops' } });
      expect(created).toMatchObject({ owner_id: flow.id, owner_type: 3 });
      expect(storedProps(flow)[0]?.value).toBe('ops');
    },
    async error(ctx) {
      await expectInvalid(ctx.admin.properties.createForFlow({ id: 'x', body: { name: 'no value' } as never }));
    },
  },
  'properties.createForClass': {
    async happy(ctx) {
      const cls = newClass(ctx);
      const created = await ctx.admin.properties.createForClass({
        id: cls.id,
        body: { name: 'Vendor', value: 'ACME' },
      });
      expect(created).toMatchObject({ name: 'Vendor', owner_id: cls.id });
      expect(storedProps(cls)).toHaveLength(1);
    },
    async error(ctx) {
      const cls = newClass(ctx);
      // service properties need manage-service-properties as well
      await expectStatus(
        ctx.viewer.properties.createForClass({ id: cls.id, body: { name: 'TaskType', value: 'ping', type_id: 8 } }),
        403,
      );
      await expectStatus(ctx.admin.properties.createForClass({ id: UNKNOWN, body: { name: 'a', value: 'b' } }), 404);
    },
  },
  'properties.listForClass': {
    async happy(ctx) {
      const cls = newClass(ctx);
      await ctx.admin.properties.createForClass({ id: cls.id, body: { name: 'A', value: '1' } });
      await ctx.admin.properties.createForClass({ id: cls.id, body: { name: 'B', value: '2' } });
      const list = await ctx.viewer.properties.listForClass({ id: cls.id });
      expect(list.map((p) => p.name)).toEqual(['A', 'B']);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.properties.listForClass({ id: UNKNOWN }), 404);
    },
  },
  'properties.listForFlow': {
    async happy(ctx) {
      const flow = newFlow(ctx);
      // a property stored without an id (as an import might leave it) gets one
      storedProps(flow).push({ name: 'Legacy', value: 'x' } as never);
      const list = await ctx.admin.properties.listForFlow({ id: flow.id });
      expect(list).toHaveLength(1);
      expect(typeof list[0]?.id).toBe('string');
    },
    async error(ctx) {
      await expectStatus(ctx.admin.properties.listForFlow({ id: UNKNOWN }), 404);
    },
  },
  'properties.listForLink': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      await ctx.admin.properties.createForLink({ id: link.id, body: { name: 'Band', value: '1G' } });
      const list = await ctx.viewer.properties.listForLink({ id: link.id });
      expect(list).toEqual([expect.objectContaining({ name: 'Band', value: '1G', owner_type: 2 })]);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.properties.listForLink({ id: UNKNOWN }), 404);
    },
  },
  'properties.listForChildren': {
    async happy(ctx) {
      const parent = newObject(ctx, { name: 'p-parent' });
      const child = newObject(ctx, { name: 'p-child', parent_id: parent.id });
      await ctx.admin.properties.createForObject({ id: parent.id, body: { name: 'Site', value: 'north' } });
      await ctx.admin.properties.createForObject({ id: child.id, body: { name: 'SN', value: '42' } });
      await ctx.admin.properties.createForObject({ id: child.id, body: { name: 'RO', value: '1', type_id: 2 } });
      const list = await ctx.viewer.properties.listForChildren({ id: parent.id });
      expect(list.map((p) => [p.entityId, p.entityName, p.name])).toEqual([
        [parent.id, 'p-parent', 'Site'],
        [child.id, 'p-child', 'SN'],
      ]);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.properties.listForChildren({ id: UNKNOWN }), 404);
    },
  },
  'properties.updateForObject': {
    async happy(ctx) {
      const object = newObject(ctx);
      const prop = await ctx.admin.properties.createForObject({ id: object.id, body: { name: 'Mode', value: 'a' } });
      const updated = await ctx.admin.properties.updateForObject({
        id: object.id,
        propId: prop.id,
        body: { value: 'b', type_id: 3 },
      });
      expect(updated).toMatchObject({ id: prop.id, name: 'Mode', value: 'b', type_id: 3 });
      // a ReadWrite property change runs the operations flagged for it
      const op = await ctx.admin.operations.createForObject({
        id: object.id,
        body: {
          name: 'on change',
          type: 2,
          runOnReadWritePropertyModification: true,
          parameters: { type: 'scriptText', text: 'echo {{args.Mode}}' },
        },
      });
      await ctx.admin.properties.updateForObject({ id: object.id, propId: prop.id, body: { value: 'c' } });
      const jobs = await ctx.admin.jobs.listForObject({ id: object.id });
      expect(jobs).toEqual([
        expect.objectContaining({ operation_id: op.id, description: { exitCode: 0, stdout: 'c\n' } }),
      ]);
    },
    async error(ctx) {
      const object = newObject(ctx);
      await expectStatus(
        ctx.admin.properties.updateForObject({ id: object.id, propId: UNKNOWN, body: { value: 'x' } }),
        404,
      );
    },
  },
  'properties.updateForLink': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      const prop = await ctx.admin.properties.createForLink({ id: link.id, body: { name: 'Band', value: '1G' } });
      const updated = await ctx.admin.properties.updateForLink({
        id: link.id,
        propId: prop.id,
        body: { name: 'Bandwidth' },
      });
      expect(updated).toEqual({ ...prop, name: 'Bandwidth' });
    },
    async error(ctx) {
      const { link } = newLink(ctx);
      const prop = await ctx.admin.properties.createForLink({ id: link.id, body: { name: 'Band', value: '1G' } });
      await expectStatus(
        ctx.viewer.properties.updateForLink({ id: link.id, propId: prop.id, body: { value: 'x' } }),
        403,
      );
    },
  },
  'properties.updateForFlow': {
    async happy(ctx) {
      const flow = newFlow(ctx);
      const prop = await ctx.admin.properties.createForFlow({ id: flow.id, body: { name: 'Owner', value: 'ops' } });
      const updated = await ctx.admin.properties.updateForFlow({
        id: flow.id,
        propId: prop.id,
        body: { value: 'dev' },
      });
      // only the changed fields come back, with the id and the owner
      expect(updated).toEqual({ id: prop.id, value: 'dev', owner_id: flow.id, owner_type: 3 });
      expect(storedProps(flow)[0]).toMatchObject({ name: 'Owner', value: 'dev' });
    },
    async error(ctx) {
      await expectStatus(
        ctx.admin.properties.updateForFlow({ id: UNKNOWN, propId: UNKNOWN, body: { value: 'x' } }),
        404,
      );
    },
  },
  'properties.updateForClass': {
    async happy(ctx) {
      const cls = newClass(ctx);
      const prop = await ctx.admin.properties.createForClass({ id: cls.id, body: { name: 'Vendor', value: 'ACME' } });
      const updated = await ctx.admin.properties.updateForClass({
        id: cls.id,
        propId: prop.id,
        body: { value: 'Initech' },
      });
      expect(updated).toMatchObject({ id: prop.id, name: 'Vendor', value: 'Initech' });
    },
    async error(ctx) {
      const cls = newClass(ctx);
      await ctx.admin.properties.createForClass({ id: cls.id, body: { name: 'A', value: '1' } });
      const b = await ctx.admin.properties.createForClass({ id: cls.id, body: { name: 'B', value: '2' } });
      await expectStatus(ctx.admin.properties.updateForClass({ id: cls.id, propId: b.id, body: { name: 'A' } }), 409);
    },
  },
  'properties.deleteForObject': {
    async happy(ctx) {
      const object = newObject(ctx);
      const prop = await ctx.admin.properties.createForObject({ id: object.id, body: { name: 'SN', value: '1' } });
      await ctx.admin.properties.deleteForObject({ id: object.id, propId: prop.id });
      expect(storedProps(object)).toEqual([]);
    },
    async error(ctx) {
      const object = newObject(ctx);
      const prop = await ctx.admin.properties.createForObject({ id: object.id, body: { name: 'SN', value: '1' } });
      await expectStatus(ctx.viewer.properties.deleteForObject({ id: object.id, propId: prop.id }), 403);
      expect(storedProps(object)).toHaveLength(1);
    },
  },
  'properties.deleteForLink': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      const prop = await ctx.admin.properties.createForLink({ id: link.id, body: { name: 'Band', value: '1G' } });
      await ctx.admin.properties.deleteForLink({ id: link.id, propId: prop.id });
      expect(await ctx.admin.properties.listForLink({ id: link.id })).toEqual([]);
    },
    async error(ctx) {
      const { link } = newLink(ctx);
      await expectStatus(ctx.admin.properties.deleteForLink({ id: link.id, propId: UNKNOWN }), 404);
    },
  },
  'properties.deleteForFlow': {
    async happy(ctx) {
      const flow = newFlow(ctx);
      const prop = await ctx.admin.properties.createForFlow({ id: flow.id, body: { name: 'Owner', value: 'ops' } });
      await ctx.admin.properties.deleteForFlow({ id: flow.id, propId: prop.id });
      expect(storedProps(flow)).toEqual([]);
    },
    async error(ctx) {
      const flow = newFlow(ctx);
      await expectStatus(ctx.admin.properties.deleteForFlow({ id: flow.id, propId: UNKNOWN }), 404);
    },
  },
  'properties.deleteForClass': {
    async happy(ctx) {
      const cls = newClass(ctx);
      const prop = await ctx.admin.properties.createForClass({ id: cls.id, body: { name: 'Vendor', value: 'ACME' } });
      await ctx.admin.properties.deleteForClass({ id: cls.id, propId: prop.id });
      expect(storedProps(cls)).toEqual([]);
    },
    async error(ctx) {
      const cls = newClass(ctx);
      const prop = await ctx.admin.properties.createForClass({ id: cls.id, body: { name: 'Vendor', value: 'ACME' } });
      await expectStatus(ctx.viewer.properties.deleteForClass({ id: cls.id, propId: prop.id }), 403);
    },
  },
  'properties.setObjectMonitoring': {
    async happy(ctx) {
      const object = newObject(ctx);
      await ctx.admin.properties.createForObject({ id: object.id, body: { name: 'SN', value: '1' } });
      await ctx.admin.properties.setObjectMonitoring({ id: object.id, body: PING });
      const agentId = storedProps(object).find((p) => p.name === 'AgentId')?.id;
      expect(storedProps(object).filter((p) => p.type_id === 8)).toHaveLength(4);
      // the whole set is replaced: settings left out are dropped, the others keep their ids
      await ctx.admin.properties.setObjectMonitoring({ id: object.id, body: PING.slice(0, 2) });
      expect(storedProps(object).map((p) => p.name)).toEqual(['SN', 'AgentId', 'TaskType']);
      expect(storedProps(object).find((p) => p.name === 'AgentId')?.id).toBe(agentId);
    },
    async error(ctx) {
      const object = newObject(ctx);
      await expectStatus(ctx.viewer.properties.setObjectMonitoring({ id: object.id, body: PING }), 403);
    },
  },
  'properties.setLinkMonitoring': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      await ctx.admin.properties.setLinkMonitoring({ id: link.id, body: PING });
      const list = await ctx.admin.properties.listForLink({ id: link.id });
      expect(list.map((p) => [p.name, p.type_id, p.owner_type])).toContainEqual(['TaskType', 8, 2]);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.properties.setLinkMonitoring({ id: UNKNOWN, body: PING }), 404);
    },
  },
  'properties.checkObjectNow': {
    async happy(ctx) {
      const object = newObject(ctx);
      await ctx.admin.properties.setObjectMonitoring({ id: object.id, body: PING });
      await ctx.admin.properties.checkObjectNow({
        id: object.id,
        body: [
          { name: 'PingPacketsCount', value: '10' },
          { name: 'TaskPeriodValue', destroy: true },
        ],
      });
      const stat = ctx.emulator.store.state.stat[`objects:${object.id}`];
      expect(stat).toMatchObject({ taskType: 'ping', payload: { host: 'example.com', packetsTransmitted: 10 } });
      expect(ctx.emulator.store.state.history[`objects:${object.id}`]?.['rtt.avg']).toHaveLength(1);
    },
    async error(ctx) {
      const object = newObject(ctx);
      // nothing says what to check
      await expectStatus(ctx.admin.properties.checkObjectNow({ id: object.id, body: [] }), 400);
    },
  },
  'properties.checkLinkNow': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      await ctx.admin.properties.checkLinkNow({ id: link.id, body: PING });
      expect(ctx.emulator.store.state.stat[`links:${link.id}`]?.payload).toMatchObject({ packetsReceived: 4 });
      // a check does not save its settings
      expect(storedProps(link)).toEqual([]);
    },
    async error(ctx) {
      const { link } = newLink(ctx);
      await expectStatus(ctx.viewer.properties.checkLinkNow({ id: link.id, body: PING }), 403);
    },
  },
  'properties.testObjectMonitoring': {
    async happy(ctx) {
      const object = newObject(ctx);
      const stat = await ctx.admin.properties.testObjectMonitoring({
        id: object.id,
        body: [
          { name: 'TaskType', value: 'http' },
          { name: 'HttpUrl', value: 'https://example.com' },
        ],
      });
      expect(stat).toMatchObject({ entityId: object.id, taskType: 'http', payload: { statusCode: 200 } });
      expect(ctx.emulator.store.state.stat[`objects:${object.id}`]).toBeUndefined();
    },
    async error(ctx) {
      await expectInvalid(ctx.admin.properties.testObjectMonitoring({ id: 'x', body: [{ value: 'ping' }] as never }));
    },
  },
  'properties.testLinkMonitoring': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      await expect(ctx.admin.properties.testLinkMonitoring({ id: link.id, body: PING })).resolves.toBeUndefined();
      expect(ctx.emulator.store.state.stat[`links:${link.id}`]).toBeUndefined();
    },
    async error(ctx) {
      const { link } = newLink(ctx);
      await expectStatus(
        ctx.admin.properties.testLinkMonitoring({ id: link.id, body: [{ name: 'PingHost', value: 'x' }] }),
        400,
      );
    },
  },
});
