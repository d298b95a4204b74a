/** Scripts: stored script texts that script operations can refer to. */
import { requireAny } from '../access.ts';
import { requireName } from '../domain/lookup.ts';
import { handlers } from '../handler.ts';
import type { UserRecord } from '../store/state.ts';
import { crud } from './crud-factory.ts';

const scripts = crud('scripts', { what: 'Script', defaults: () => ({ text: '' }) });

const manageScripts = (user: UserRecord) => requireAny(user, 'manage-scripts');

// only changing is documented (manage-scripts); creating and deleting take the same right
export const scriptHandlers = handlers({
  'scripts.list': (c) => scripts.list(c),
  'scripts.get': (c) => scripts.get(c),
  'scripts.create': (c) => {
    manageScripts(c.user);
    requireName(c.body?.name, 'script');
    return scripts.create(c);
  },
  'scripts.update': (c) => {
    if (c.body?.name !== undefined) requireName(c.body.name, 'script');
    return scripts.update(c);
  },
  'scripts.delete': (c) => {
    manageScripts(c.user);
    return scripts.delete(c);
  },
});
