/** Presets: saved views, kept as plain records. */
import { requireName } from '../domain/lookup.ts';
import { handlers } from '../handler.ts';
import { crud } from './crud-factory.ts';

const presets = crud('presets', { what: 'Preset' });

export const presetHandlers = handlers({
  'presets.list': (c) => presets.list(c),
  'presets.get': (c) => presets.get(c),
  'presets.create': (c) => {
    requireName(c.body?.name, 'preset');
    return presets.create(c);
  },
  // a PUT that changes only the fields it names, as the docs' example shows
  'presets.update': (c) => presets.update(c),
  'presets.delete': (c) => presets.delete(c),
});
