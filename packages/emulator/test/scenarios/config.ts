import { SaymonValidationError } from '@saymon-sdk/node';
import { expect } from 'vitest';
import { withObjectDefaults } from '../../src/store/defaults.ts';
import { expectApiError, unique as uniq } from './assertions.ts';
import { type ScenarioContext, scenarios } from './types.ts';
import { raw } from './user-clients.ts';

const MISSING = 'ffffffffffffffffffffffff';

/** Runs `run`, then puts the server configuration back as it was. */
export async function withConfiguration(context: ScenarioContext, run: () => Promise<void>) {
  // a shallow copy first: with `data` the collection is a proxy (see `store/state-text.ts`), which cannot be cloned
  const saved = structuredClone({ ...context.emulator.store.state.configuration });
  try {
    await run();
  } finally {
    context.emulator.store.state.configuration = saved;
  }
}

async function newClass(context: ScenarioContext, fields: Record<string, unknown> = {}) {
  const created = await context.admin.classes.create({ body: { name: uniq('class'), ...fields } });
  return String(created.id);
}

export const configScenarios = scenarios({
  'classes.list': {
    async happy(context) {
      const id = await newClass(context);
      const classes = await context.admin.classes.list();
      expect(Array.isArray(classes)).toBe(true);
      expect((classes as { id?: unknown }[]).map((c) => String(c.id))).toContain(id);
    },
    async error(context) {
      await expectApiError(context.anonymous.classes.list(), 401);
    },
  },

  'classes.get': {
    async happy(context) {
      const id = await newClass(context, { description: 'A rack' });
      await expect(context.viewer.classes.get({ id })).resolves.toMatchObject({
        id,
        description: 'A rack',
        client_data: '{}',
        operations: [],
      });
    },
    async error(context) {
      await expectApiError(context.admin.classes.get({ id: MISSING }), 404);
    },
  },

  'classes.create': {
    async happy(context) {
      const name = uniq('class');
      const created = await context.admin.classes.create({
        body: { name, description: 'Created', client_data: '{"default_view":"grid-view"}' },
      });
      expect(created).toMatchObject({ name, description: 'Created', client_data: '{"default_view":"grid-view"}' });
      expect(context.emulator.store.state.classes[String(created.id)]).toBeDefined();
    },
    async error(context) {
      await expectApiError(context.viewer.classes.create({ body: { name: uniq('class') } }), 403);
      await expect(context.admin.classes.create({ body: {} as never })).rejects.toBeInstanceOf(SaymonValidationError);
    },
  },

  'classes.update': {
    async happy(context) {
      const id = await newClass(context);
      const updated = await context.admin.classes.update({ id, body: { description: 'Updated', category_id: 3 } });
      expect(updated).toMatchObject({ id, description: 'Updated', category_id: '3' });
      await expect(context.admin.classes.get({ id })).resolves.toMatchObject({ description: 'Updated' });
    },
    async error(context) {
      await expectApiError(context.admin.classes.update({ id: MISSING, body: { description: 'x' } }), 404);
      const id = await newClass(context);
      await expectApiError(context.viewer.classes.update({ id, body: { description: 'x' } }), 403);
    },
  },

  'classes.delete': {
    async happy(context) {
      const id = await newClass(context);
      await context.admin.classes.setStateConditions({ id, body: [{ condition: { x: 1 }, state: 5 }] });
      await context.admin.classes.delete({ id });
      await expectApiError(context.admin.classes.get({ id }), 404);
      expect(context.emulator.store.state.stateConditions[`classes:${id}`]).toBeUndefined();
    },
    async error(context) {
      await expectApiError(context.admin.classes.delete({ id: MISSING }), 404);
      const id = await newClass(context);
      await expectApiError(context.viewer.classes.delete({ id }), 403);
      // a class that objects are built from stays (a detached fixture object, seen by nobody)
      const objects = context.emulator.store.state.objects;
      objects.classUser = withObjectDefaults({ id: 'classUser', name: 'fixture', class_id: id, parent_id: [] }, 0);
      try {
        await expectApiError(context.admin.classes.delete({ id }), 409);
      } finally {
        delete objects.classUser;
      }
    },
  },

  'classes.stateConditions': {
    async happy(context) {
      const id = await newClass(context);
      await expect(context.admin.classes.stateConditions({ id })).resolves.toEqual([]);
      const conditions = [{ condition: { _formula: { definition: '{{cpu}}', value: '>=90' } }, state: 5 }];
      await context.admin.classes.setStateConditions({ id, body: conditions });
      await expect(context.viewer.classes.stateConditions({ id })).resolves.toEqual([{ ...conditions[0], state: '5' }]);
    },
    async error(context) {
      await expectApiError(context.admin.classes.stateConditions({ id: MISSING }), 404);
    },
  },

  'classes.setStateConditions': {
    async happy(context) {
      const id = await newClass(context);
      await context.admin.classes.setStateConditions({ id, body: [{ condition: { x: 10 }, state: 5 }] });
      await context.admin.classes.setStateConditions({ id, body: [{ condition: { y: 1 }, state: 4 }] });
      // replaced, not appended
      await expect(context.admin.classes.stateConditions({ id })).resolves.toEqual([
        { condition: { y: 1 }, state: '4' },
      ]);
    },
    async error(context) {
      const id = await newClass(context);
      await expectApiError(context.viewer.classes.setStateConditions({ id, body: [] }), 403);
      await expectApiError(context.admin.classes.setStateConditions({ id: MISSING, body: [] }), 404);
    },
  },

  'classes.incidentConditions': {
    async happy(context) {
      const id = await newClass(context);
      await expect(context.admin.classes.incidentConditions({ id })).resolves.toEqual([]);
      const set = await context.admin.classes.setIncidentConditions({
        id,
        body: [{ condition: { x: 42 }, state: 1, text: 'Too hot' }],
      });
      await expect(context.viewer.classes.incidentConditions({ id })).resolves.toEqual(set);
    },
    async error(context) {
      await expectApiError(context.admin.classes.incidentConditions({ id: MISSING }), 404);
    },
  },

  'classes.setIncidentConditions': {
    async happy(context) {
      const id = await newClass(context);
      const answer = await context.admin.classes.setIncidentConditions({
        id,
        body: [
          { condition: { x: 42 }, state: 1 },
          { condition: { y: 1 }, clearCondition: { y: 0 }, state: 2 },
        ],
      });
      expect(Array.isArray(answer)).toBe(true);
      const list = answer as { id?: unknown; state?: unknown }[];
      expect(list.map((c) => c.state)).toEqual(['1', '2']);
      expect(list.every((c) => typeof c.id === 'string')).toBe(true);
    },
    async error(context) {
      const id = await newClass(context);
      await expectApiError(context.viewer.classes.setIncidentConditions({ id, body: [] }), 403);
      // 409 while conditional incidents are disabled in the configuration
      await withConfiguration(context, async () => {
        await context.admin.configuration.update({ body: {}, extraBody: { conditional_incidents_enabled: false } });
        await expectApiError(
          context.admin.classes.setIncidentConditions({ id, body: [{ condition: { x: 1 }, state: 1 }] }),
          409,
        );
      });
      await expect(context.admin.classes.incidentConditions({ id })).resolves.toEqual([]);
    },
  },

  'configuration.get': {
    async happy(context) {
      await withConfiguration(context, async () => {
        await context.admin.configuration.update({
          body: { server: { email: { disabled: true, transport: { host: 'smtp.example.com', pass: 'secret' } } } },
        });
        const full = await context.admin.configuration.get();
        expect(full.server?.email).toMatchObject({ disabled: true, transport: { host: 'smtp.example.com' } });
        // mail transport settings (credentials) only for manage-configuration
        const limited = await context.viewer.configuration.get();
        expect(limited.server?.email).toMatchObject({ disabled: true });
        expect(limited.server?.email).not.toHaveProperty('transport');
      });
    },
    async error(context) {
      await expectApiError(context.anonymous.configuration.get(), 401);
    },
  },

  'configuration.update': {
    async happy(context) {
      await withConfiguration(context, async () => {
        const answer = await context.admin.configuration.update({
          body: { server: { history_update_period: 15000, event_log_max_bytes: '2 G' } },
        });
        expect(answer.server).toMatchObject({ history_update_period: 15000, event_log_max_bytes: '2 G' });
        await context.admin.configuration.update({ body: { server: { stat_scan_period: 1000 } } });
        // merged, not replaced; null removes a setting
        const merged = await context.admin.configuration.get();
        expect(merged.server).toMatchObject({ history_update_period: 15000, stat_scan_period: 1000 });
        await context.admin.configuration.update({ body: { server: { history_update_period: null } } });
        expect((await context.admin.configuration.get()).server).not.toHaveProperty('history_update_period');
      });
    },
    async error(context) {
      await expectApiError(context.viewer.configuration.update({ body: { server: { incident_timeout: 1 } } }), 403);
      await expect(context.admin.configuration.update({ body: { server: 'often' } as never })).rejects.toBeInstanceOf(
        SaymonValidationError,
      );
    },
  },

  'service.versionHash': {
    async happy(context) {
      await expect(context.anonymous.service.versionHash()).resolves.toMatch(/^[0-9a-f]{40}$/);
    },
    async error(context) {
      // a mistyped route: the SDK has no such endpoint, so it goes out raw
      const answer = await raw(context, 'GET', '/node/api/version/hashes');
      expect(answer.status).toBe(404);
      await expect(answer.json()).resolves.toEqual({
        code: 'ResourceNotFound',
        message: '/api/version/hashes does not exist',
      });
    },
  },
});
