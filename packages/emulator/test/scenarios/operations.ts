import { expect } from 'vitest';
import { expectStatus, newClass, newLink, newObject, UNKNOWN } from './property-fixtures.ts';
import { scenarios } from './types.ts';

const MQTT = { name: 'Reboot', type: 1, parameters: { topic: 'devices/{{id}}/cmd', message: 'reboot {{args.delay}}' } };
const SCRIPT = {
  name: 'Hello',
  type: 2,
  description: 'says hello',
  parameters: { type: 'scriptText', text: 'echo hello {{args.who}}\nexit 3' },
};

const ops = (record: Record<string, unknown>) => record.operations as Record<string, unknown>[];

export const operationScenarios = scenarios({
  'operations.createForObject': {
    async happy(ctx) {
      const object = newObject(ctx);
      const op = await ctx.admin.operations.createForObject({ id: object.id, body: SCRIPT });
      expect(op).toMatchObject({ name: 'Hello', type: 2, popupResult: false, parameters: { type: 'scriptText' } });
      expect(ops(object).map((o) => o.id)).toEqual([op.id]);
    },
    async error(ctx) {
      const object = newObject(ctx);
      await expectStatus(ctx.admin.operations.createForObject({ id: object.id, body: { name: 'x', type: 7 } }), 400);
      await expectStatus(ctx.viewer.operations.createForObject({ id: object.id, body: SCRIPT }), 403);
    },
  },
  'operations.createForLink': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      const op = await ctx.admin.operations.createForLink({ id: link.id, body: MQTT });
      expect(op).toMatchObject({ name: 'Reboot', type: 1, parameters: MQTT.parameters });
      expect(ops(link)).toHaveLength(1);
    },
    async error(ctx) {
      const { link } = newLink(ctx);
      // a script operation must say what kind of script it runs
      await expectStatus(
        ctx.admin.operations.createForLink({ id: link.id, body: { name: 'x', type: 2, parameters: {} } }),
        400,
      );
    },
  },
  'operations.createForClass': {
    async happy(ctx) {
      const cls = newClass(ctx);
      const op = await ctx.admin.operations.createForClass({ id: cls.id, body: MQTT });
      expect(ops(cls)).toEqual([op]);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.operations.createForClass({ id: UNKNOWN, body: MQTT }), 404);
    },
  },
  'operations.updateForObject': {
    async happy(ctx) {
      const object = newObject(ctx);
      const op = await ctx.admin.operations.createForObject({ id: object.id, body: SCRIPT });
      const updated = await ctx.admin.operations.updateForObject({
        id: object.id,
        opId: op.id,
        body: { name: 'Hi', popupResult: true, parameters: { text: 'echo hi' } },
      });
      expect(updated).toMatchObject({ id: op.id, name: 'Hi', popupResult: true, description: 'says hello' });
      // parameters are merged: the script type stays
      expect(updated.parameters).toEqual({ type: 'scriptText', text: 'echo hi' });
    },
    async error(ctx) {
      const object = newObject(ctx);
      const op = await ctx.admin.operations.createForObject({ id: object.id, body: SCRIPT });
      await expectStatus(
        ctx.admin.operations.updateForObject({
          id: object.id,
          opId: op.id,
          body: { parameters: { type: 'fileSystem' } },
        }),
        400,
      );
    },
  },
  'operations.updateForLink': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      const op = await ctx.admin.operations.createForLink({ id: link.id, body: MQTT });
      const updated = await ctx.admin.operations.updateForLink({
        id: link.id,
        opId: op.id,
        body: { parameters: { message: 'halt' } },
      });
      expect(updated.parameters).toEqual({ topic: 'devices/{{id}}/cmd', message: 'halt' });
    },
    async error(ctx) {
      const { link } = newLink(ctx);
      const op = await ctx.admin.operations.createForLink({ id: link.id, body: MQTT });
      // the type of an operation is fixed
      await expectStatus(
        ctx.admin.operations.updateForLink({ id: link.id, opId: op.id, body: { type: 2 } as never }),
        400,
      );
    },
  },
  'operations.updateForClass': {
    async happy(ctx) {
      const cls = newClass(ctx);
      const op = await ctx.admin.operations.createForClass({ id: cls.id, body: MQTT });
      const updated = await ctx.admin.operations.updateForClass({
        id: cls.id,
        opId: op.id,
        body: { description: 'class-wide' },
      });
      expect(updated).toMatchObject({ id: op.id, description: 'class-wide', name: 'Reboot' });
    },
    async error(ctx) {
      const cls = newClass(ctx);
      await expectStatus(ctx.admin.operations.updateForClass({ id: cls.id, opId: UNKNOWN, body: { name: 'x' } }), 404);
    },
  },
  'operations.deleteForObject': {
    async happy(ctx) {
      const object = newObject(ctx);
      const op = await ctx.admin.operations.createForObject({ id: object.id, body: SCRIPT });
      await ctx.admin.operations.deleteForObject({ id: object.id, opId: op.id });
      expect(ops(object)).toEqual([]);
    },
    async error(ctx) {
      const object = newObject(ctx);
      const op = await ctx.admin.operations.createForObject({ id: object.id, body: SCRIPT });
      await expectStatus(ctx.viewer.operations.deleteForObject({ id: object.id, opId: op.id }), 403);
      expect(ops(object)).toHaveLength(1);
    },
  },
  'operations.deleteForLink': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      const op = await ctx.admin.operations.createForLink({ id: link.id, body: MQTT });
      await ctx.admin.operations.deleteForLink({ id: link.id, opId: op.id });
      expect(ops(link)).toEqual([]);
    },
    async error(ctx) {
      const { link } = newLink(ctx);
      await expectStatus(ctx.admin.operations.deleteForLink({ id: link.id, opId: UNKNOWN }), 404);
    },
  },
  'operations.deleteForClass': {
    async happy(ctx) {
      const cls = newClass(ctx);
      const op = await ctx.admin.operations.createForClass({ id: cls.id, body: MQTT });
      await ctx.admin.operations.deleteForClass({ id: cls.id, opId: op.id });
      expect(ops(cls)).toEqual([]);
    },
    async error(ctx) {
      await expectStatus(ctx.admin.operations.deleteForClass({ id: UNKNOWN, opId: UNKNOWN }), 404);
    },
  },
  'operations.executeForObject': {
    async happy(ctx) {
      const object = newObject(ctx);
      const op = await ctx.admin.operations.createForObject({ id: object.id, body: SCRIPT });
      const jobId = await ctx.admin.operations.executeForObject({
        id: object.id,
        opId: op.id,
        body: { who: 'world' },
      });
      expect(ctx.emulator.store.state.jobs[jobId]).toMatchObject({
        operation_id: op.id,
        owner_id: object.id,
        owner_type: 1,
        description: { stdout: 'hello world\n', exitCode: 3 },
        results: [],
      });
    },
    async error(ctx) {
      const object = newObject(ctx);
      const op = await ctx.admin.operations.createForObject({ id: object.id, body: SCRIPT });
      await expectStatus(ctx.viewer.operations.executeForObject({ id: object.id, opId: op.id }), 403);
    },
  },
  'operations.executeForLink': {
    async happy(ctx) {
      const { link } = newLink(ctx);
      const op = await ctx.admin.operations.createForLink({ id: link.id, body: MQTT });
      const jobId = await ctx.admin.operations.executeForLink({ id: link.id, opId: op.id, body: { delay: 5 } });
      expect(ctx.emulator.store.state.jobs[jobId]).toMatchObject({
        owner_type: 2,
        description: { topic: `devices/${link.id}/cmd`, message: 'reboot 5' },
      });
    },
    async error(ctx) {
      const { link } = newLink(ctx);
      await expectStatus(ctx.admin.operations.executeForLink({ id: link.id, opId: UNKNOWN }), 404);
    },
  },
  'operations.executeForEntity': {
    async happy(ctx) {
      // an operation defined on the class runs on its objects
      const cls = newClass(ctx);
      const object = newObject(ctx, { class_id: cls.id });
      const op = await ctx.admin.operations.createForClass({ id: cls.id, body: SCRIPT });
      const jobId = await ctx.admin.operations.executeForEntity({ id: object.id, opId: op.id });
      expect(ctx.emulator.store.state.jobs[jobId]).toMatchObject({
        operation_id: op.id,
        owner_id: object.id,
        description: { stdout: 'hello {{args.who}}\n' },
      });
    },
    async error(ctx) {
      await expectStatus(ctx.admin.operations.executeForEntity({ id: UNKNOWN, opId: UNKNOWN }), 404);
    },
  },
});
