/** Presets: saved views, kept as plain records. */
import { requireName } from '../domain/lookup.ts';
import { handlers } from '../handler.ts';
import { asCtx, crud } from './crud-factory.ts';

const presets = crud('presets', { what: 'Preset' });

export const presetHandlers = handlers({
  'presets.list': (c) => presets.list(asCtx(c)),
  'presets.get': (c) => presets.get(asCtx(c)),
  'presets.create': (c) => {
    requireName(c.body?.name, 'preset');
    return presets.create(asCtx(c));
  },
  // a PUT that changes only the fields it names, as the docs' example shows
  'presets.update': (c) => presets.update(asCtx(c)),
  'presets.delete': (c) => presets.delete(asCtx(c)),
});
