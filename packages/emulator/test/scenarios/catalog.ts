import { SaymonValidationError } from '@saymon-sdk/node';
import { expect } from 'vitest';
import { expectApiError, unique as uniq } from './assertions.ts';
import { flowRefScenarios, withObjects } from './catalog-objects.ts';
import { templateScenarios } from './catalog-templates.ts';
import { scenarios } from './types.ts';

const MISSING = 'ffffffffffffffffffffffff';

const id = (record: { id?: unknown }) => String(record.id);

export const catalogScenarios = scenarios({
  ...templateScenarios,
  ...flowRefScenarios,

  'dictionaries.list': {
    async happy({ admin }) {
      const created = await admin.dictionaries.create({ body: { name: uniq('dict'), content: { 0: 'Closed' } } });
      expect((await admin.dictionaries.list()).map(id)).toContain(id(created));
    },
    async error({ anonymous }) {
      await expectApiError(anonymous.dictionaries.list(), 401);
    },
  },
  'dictionaries.get': {
    async happy({ admin }) {
      const name = uniq('dict');
      const created = await admin.dictionaries.create({ body: { name, content: { 0: 'Closed', 1: 'Opened' } } });
      await expect(admin.dictionaries.get({ id: id(created) })).resolves.toEqual({
        id: created.id,
        name,
        content: { 0: 'Closed', 1: 'Opened' },
      });
    },
    async error({ admin }) {
      await expectApiError(admin.dictionaries.get({ id: MISSING }), 404);
    },
  },
  'dictionaries.create': {
    async happy({ admin }) {
      const name = uniq('dict');
      const chosen = uniq('door-state');
      const created = await admin.dictionaries.create({ body: { id: chosen, name, content: { 0: 'Closed' } } });
      expect(created).toEqual({ id: chosen, name, content: { 0: 'Closed' } });
    },
    async error({ admin }) {
      await expectApiError(admin.dictionaries.create({ body: { content: {} } }), 400);
      const created = await admin.dictionaries.create({ body: { name: uniq('dict') } });
      await expectApiError(admin.dictionaries.create({ body: { id: id(created), name: 'dup' } }), 409);
    },
  },
  'dictionaries.update': {
    async happy({ admin }) {
      const created = await admin.dictionaries.create({ body: { name: uniq('dict'), content: { 0: 'a', 1: 'b' } } });
      const updated = await admin.dictionaries.update({ id: id(created), body: { content: { 0: 'Closed' } } });
      // content is replaced as a whole
      expect(updated.content).toEqual({ 0: 'Closed' });
    },
    async error({ admin }) {
      await expectApiError(admin.dictionaries.update({ id: MISSING, body: { name: 'x' } }), 404);
    },
  },
  'dictionaries.delete': {
    async happy({ admin }) {
      const created = await admin.dictionaries.create({ body: { name: uniq('dict') } });
      await admin.dictionaries.delete({ id: id(created) });
      await expectApiError(admin.dictionaries.get({ id: id(created) }), 404);
    },
    async error({ admin }) {
      await expectApiError(admin.dictionaries.delete({ id: MISSING }), 404);
      // a dictionary a property class takes its values from stays
      const dict = await admin.dictionaries.create({ body: { name: uniq('dict') } });
      await admin.propertyClasses.create({ body: { name: uniq('pc'), value_type_id: 'dictionary', source: id(dict) } });
      await expectApiError(admin.dictionaries.delete({ id: id(dict) }), 409);
    },
  },

  'dictionaryGroups.list': {
    async happy({ admin }) {
      const group = await admin.dictionaryGroups.create({ body: { name: uniq('dg'), description: 'REST API' } });
      expect((await admin.dictionaryGroups.list()).map(id)).toContain(id(group));
    },
    async error({ anonymous }) {
      await expectApiError(anonymous.dictionaryGroups.list(), 401);
    },
  },
  'dictionaryGroups.create': {
    async happy({ admin }) {
      const name = uniq('dg');
      await expect(
        admin.dictionaryGroups.create({ body: { name, description: 'Group added' } }),
      ).resolves.toMatchObject({
        name,
        description: 'Group added',
      });
    },
    async error({ viewer, admin }) {
      await expectApiError(viewer.dictionaryGroups.create({ body: { name: uniq('dg') } }), 403);
      await expectApiError(admin.dictionaryGroups.create({ body: { description: 'no name' } }), 400);
    },
  },
  'dictionaryGroups.update': {
    async happy({ admin }) {
      const group = await admin.dictionaryGroups.create({ body: { name: uniq('dg') } });
      const updated = await admin.dictionaryGroups.update({ id: id(group), body: { description: 'Group updated' } });
      expect(updated).toMatchObject({ id: group.id, name: group.name, description: 'Group updated' });
    },
    async error({ admin, viewer }) {
      await expectApiError(admin.dictionaryGroups.update({ id: MISSING, body: { name: 'x' } }), 404);
      const group = await admin.dictionaryGroups.create({ body: { name: uniq('dg') } });
      await expectApiError(viewer.dictionaryGroups.update({ id: id(group), body: { name: 'x' } }), 403);
    },
  },
  'dictionaryGroups.delete': {
    async happy({ admin }) {
      const group = await admin.dictionaryGroups.create({ body: { name: uniq('dg') } });
      const dict = await admin.dictionaries.create({ body: { name: uniq('dict'), group_id: id(group) } as never });
      await admin.dictionaryGroups.delete({ id: id(group) });
      expect((await admin.dictionaryGroups.list()).map(id)).not.toContain(id(group));
      // its dictionaries stay, ungrouped
      await expect(admin.dictionaries.get({ id: id(dict) })).resolves.toMatchObject({ group_id: null });
    },
    async error({ admin }) {
      await expectApiError(admin.dictionaryGroups.delete({ id: MISSING }), 404);
    },
  },

  'presets.list': {
    async happy({ admin }) {
      const preset = await admin.presets.create({ body: { name: uniq('preset'), key: 'incident-page-preset-picker' } });
      expect((await admin.presets.list()).map(id)).toContain(id(preset));
    },
    async error({ anonymous }) {
      await expectApiError(anonymous.presets.list(), 401);
    },
  },
  'presets.get': {
    async happy({ admin }) {
      const data = { sortData: { column: 'entity', direction: 'asc' }, columnOrder: ['entity', 'text'] };
      const preset = await admin.presets.create({
        body: { name: uniq('preset'), key: 'incident-page-preset-picker', data },
      });
      await expect(admin.presets.get({ id: id(preset) })).resolves.toMatchObject({ data });
    },
    async error({ admin }) {
      await expectApiError(admin.presets.get({ id: MISSING }), 404);
    },
  },
  'presets.create': {
    async happy({ admin }) {
      const name = uniq('preset');
      const preset = await admin.presets.create({ body: { name, key: 'incident-page-preset-picker', data: {} } });
      expect(preset).toMatchObject({ name, key: 'incident-page-preset-picker', data: {} });
      expect(typeof preset.id).toBe('string');
    },
    async error({ admin }) {
      await expectApiError(admin.presets.create({ body: { key: 'k' } }), 400);
      await expect(admin.presets.create({ body: { name: 'x', data: 'flat' } as never })).rejects.toBeInstanceOf(
        SaymonValidationError,
      );
    },
  },
  'presets.update': {
    async happy({ admin }) {
      const data = { columnOrder: ['entity'] };
      const preset = await admin.presets.create({ body: { name: uniq('preset'), key: 'k', data } });
      const updated = await admin.presets.update({
        id: id(preset),
        body: { name: 'Updated preset', key: 'Updated key' },
      });
      // only the named fields change
      expect(updated).toMatchObject({ name: 'Updated preset', key: 'Updated key', data });
    },
    async error({ admin }) {
      await expectApiError(admin.presets.update({ id: MISSING, body: { name: 'x' } }), 404);
    },
  },
  'presets.delete': {
    async happy({ admin }) {
      const preset = await admin.presets.create({ body: { name: uniq('preset') } });
      await admin.presets.delete({ id: id(preset) });
      await expectApiError(admin.presets.get({ id: id(preset) }), 404);
    },
    async error({ admin }) {
      await expectApiError(admin.presets.delete({ id: MISSING }), 404);
    },
  },

  'scripts.list': {
    async happy({ admin }) {
      const script = await admin.scripts.create({ body: { name: uniq('script.sh'), text: 'echo hi' } });
      expect((await admin.scripts.list()).map(id)).toContain(id(script));
    },
    async error({ anonymous }) {
      await expectApiError(anonymous.scripts.list(), 401);
    },
  },
  'scripts.get': {
    async happy({ admin }) {
      const name = uniq('script.sh');
      const script = await admin.scripts.create({ body: { name, text: 'echo hi' } });
      await expect(admin.scripts.get({ id: id(script) })).resolves.toEqual({ id: script.id, name, text: 'echo hi' });
    },
    async error({ admin }) {
      await expectApiError(admin.scripts.get({ id: MISSING }), 404);
    },
  },
  'scripts.create': {
    async happy({ admin }) {
      const name = uniq('script.sh');
      await expect(admin.scripts.create({ body: { name } })).resolves.toMatchObject({ name, text: '' });
    },
    async error({ admin, viewer }) {
      await expectApiError(viewer.scripts.create({ body: { name: uniq('script.sh') } }), 403);
      await expectApiError(admin.scripts.create({ body: { text: 'echo' } }), 400);
    },
  },
  'scripts.update': {
    async happy({ admin }) {
      const script = await admin.scripts.create({ body: { name: uniq('script.sh'), text: 'echo 1' } });
      const updated = await admin.scripts.update({
        id: id(script),
        body: { name: 'updated.sh', text: 'echo Updated!' },
      });
      expect(updated).toEqual({ id: script.id, name: 'updated.sh', text: 'echo Updated!' });
    },
    async error({ admin, viewer }) {
      await expectApiError(admin.scripts.update({ id: MISSING, body: { text: 'x' } }), 404);
      const script = await admin.scripts.create({ body: { name: uniq('script.sh') } });
      await expectApiError(viewer.scripts.update({ id: id(script), body: { text: 'x' } }), 403);
    },
  },
  'scripts.delete': {
    async happy({ admin }) {
      const script = await admin.scripts.create({ body: { name: uniq('script.sh') } });
      await admin.scripts.delete({ id: id(script) });
      await expectApiError(admin.scripts.get({ id: id(script) }), 404);
    },
    async error({ admin, viewer }) {
      await expectApiError(admin.scripts.delete({ id: MISSING }), 404);
      const script = await admin.scripts.create({ body: { name: uniq('script.sh') } });
      await expectApiError(viewer.scripts.delete({ id: id(script) }), 403);
    },
  },

  'tags.list': {
    async happy({ viewer, admin }) {
      const tag = await admin.tags.create({ body: { name: uniq('tag') } });
      expect((await viewer.tags.list()).map(id)).toContain(id(tag));
    },
    async error({ anonymous }) {
      await expectApiError(anonymous.tags.list(), 401, { serverMessage: 'Not logged in.' });
    },
  },
  'tags.get': {
    async happy({ admin }) {
      const name = uniq('tag');
      const tag = await admin.tags.create({ body: { name } });
      await expect(admin.tags.get({ id: id(tag) })).resolves.toEqual({ id: tag.id, name });
    },
    async error({ admin }) {
      await expectApiError(admin.tags.get({ id: MISSING }), 404);
    },
  },
  'tags.create': {
    async happy({ admin }) {
      const name = uniq('XML');
      await expect(admin.tags.create({ body: { name } })).resolves.toMatchObject({ name });
    },
    async error({ admin }) {
      const name = uniq('tag');
      await admin.tags.create({ body: { name } });
      await expectApiError(admin.tags.create({ body: { name } }), 409);
      await expectApiError(admin.tags.create({ body: {} }), 400);
    },
  },
  'tags.update': {
    async happy({ admin }) {
      const tag = await admin.tags.create({ body: { name: uniq('tag') } });
      const name = uniq('renamed');
      await expect(admin.tags.update({ id: id(tag), body: { name } })).resolves.toEqual({ id: tag.id, name });
    },
    async error({ admin }) {
      await expectApiError(admin.tags.update({ id: MISSING, body: { name: 'x' } }), 404);
    },
  },
  'tags.delete': {
    async happy(context) {
      const tag = await context.admin.tags.create({ body: { name: uniq('tag') } });
      await withObjects(context, 1, async ([objectId]) => {
        const object = context.emulator.store.state.objects[objectId as string];
        if (object) object.tags = [id(tag)];
        await context.admin.tags.delete({ id: id(tag) });
        await expectApiError(context.admin.tags.get({ id: id(tag) }), 404);
        // objects lose the deleted tag
        expect(object?.tags).toEqual([]);
      });
    },
    async error({ admin }) {
      await expectApiError(admin.tags.delete({ id: MISSING }), 404);
    },
  },

  'propertyClasses.list': {
    async happy({ admin }) {
      const pc = await admin.propertyClasses.create({ body: { name: uniq('pc'), value_type_id: 'ip' } });
      expect((await admin.propertyClasses.list()).map(id)).toContain(id(pc));
    },
    async error({ anonymous }) {
      await expectApiError(anonymous.propertyClasses.list(), 401);
    },
  },
  'propertyClasses.get': {
    async happy({ admin }) {
      const name = uniq('pc');
      const pc = await admin.propertyClasses.create({ body: { name, value_type_id: 'mac' } });
      await expect(admin.propertyClasses.get({ id: id(pc) })).resolves.toMatchObject({
        name,
        value_type_id: 'mac',
        system: false,
        multiple: false,
      });
    },
    async error({ admin }) {
      await expectApiError(admin.propertyClasses.get({ id: MISSING }), 404);
    },
  },
  'propertyClasses.create': {
    async happy({ admin }) {
      const dict = await admin.dictionaries.create({ body: { name: uniq('devices'), content: { 1: 'Pump' } } });
      const body = {
        name: uniq('Devices'),
        description: 'Water monitoring devices',
        value_type_id: 'dictionary',
        value: '',
        multiple: true,
        multiple_separator: ';',
        value_display_template: 'Device: {{1}} ({{2}})',
        source: id(dict),
        mask: '',
      };
      await expect(admin.propertyClasses.create({ body })).resolves.toMatchObject({ ...body, system: false });
    },
    async error({ admin, viewer }) {
      await expectApiError(admin.propertyClasses.create({ body: { name: uniq('pc'), value_type_id: 'nope' } }), 400);
      await expectApiError(
        admin.propertyClasses.create({ body: { name: uniq('pc'), value_type_id: 'dictionary', source: MISSING } }),
        400,
      );
      await expectApiError(viewer.propertyClasses.create({ body: { name: uniq('pc'), value_type_id: 'ip' } }), 403);
    },
  },
  'propertyClasses.update': {
    async happy({ admin }) {
      const pc = await admin.propertyClasses.create({ body: { name: uniq('pc'), value_type_id: 'ip' } });
      const updated = await admin.propertyClasses.update({ id: id(pc), body: { description: 'Updated description' } });
      expect(updated).toMatchObject({ id: pc.id, description: 'Updated description', value_type_id: 'ip' });
    },
    async error(context) {
      await expectApiError(context.admin.propertyClasses.update({ id: MISSING, body: { description: 'x' } }), 404);
      const pc = await context.admin.propertyClasses.create({ body: { name: uniq('pc'), value_type_id: 'ip' } });
      await expectApiError(context.admin.propertyClasses.update({ id: id(pc), body: { value_type_id: 'nope' } }), 400);
      // built-in classes cannot be changed
      const record = context.emulator.store.state.propertyClasses[id(pc)];
      if (record) record.system = true;
      context.emulator.store.updated(record);
      await expectApiError(context.admin.propertyClasses.update({ id: id(pc), body: { description: 'x' } }), 400);
    },
  },
  'propertyClasses.valueTypes': {
    async happy({ viewer }) {
      const types = await viewer.propertyClasses.valueTypes();
      expect(types.map((t) => t.id)).toEqual(expect.arrayContaining(['date', 'datetime', 'dictionary', 'ip', 'mac']));
    },
    async error({ anonymous }) {
      await expectApiError(anonymous.propertyClasses.valueTypes(), 401);
    },
  },
});
