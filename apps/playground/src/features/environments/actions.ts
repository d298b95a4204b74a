/**
 * Environments: choosing one applies its target, server URL, auth kind and login, and makes its
 * values the variables of `{{name}}` references; creating one takes the current settings.
 */
import { cleanName } from '../../lib/collections.ts';
import { type Environment, newEnvironment, VARIABLE_NAME, withoutSecrets } from '../../lib/environments.ts';
import { saveSetting } from '../../lib/storage.ts';
import { getState, update } from '../../state/store.ts';
import { setAuth, switchAuth } from '../auth/actions.ts';
import { chooseTarget } from '../targets/actions.ts';
import { storeEnvironments } from './persist.ts';

function keep(environments: Environment[]): void {
  update({ environments });
  storeEnvironments(environments);
}

export const activeEnvironment = (s = getState()): Environment | undefined =>
  s.environments.find((e) => e.id === s.environmentId);

/** Makes an environment the active one (or none) and applies its target and auth. */
export function chooseEnvironment(id: string | undefined): void {
  saveSetting('environment', id ?? '');
  update({ environmentId: id });
  const environment = activeEnvironment();
  if (!environment) return;
  const s = getState();
  const available = environment.target === 'tab' || Boolean(s.config?.[environment.target]);
  if (available && environment.target !== s.targetKind) chooseTarget(environment.target);
  if (environment.target === 'real' && environment.serverUrl) update({ realUrl: environment.serverUrl });
  const { auth } = getState();
  if (environment.auth === 'basic' || environment.auth === 'session') {
    const sameUser = (auth.type === 'basic' || auth.type === 'session') && auth.login === environment.login;
    const login = environment.login || (auth.type === 'basic' || auth.type === 'session' ? auth.login : '');
    setAuth({ type: environment.auth, login, password: sameUser || !environment.login ? passwordOf(auth) : '' });
  } else if (environment.auth !== auth.type) switchAuth(environment.auth);
}

const passwordOf = (auth: ReturnType<typeof getState>['auth']) =>
  auth.type === 'basic' || auth.type === 'session' ? auth.password : '';

/** The current target, server URL, auth kind and login (never a password) as an environment. */
function fromCurrent(): Omit<Environment, 'id' | 'name' | 'values'> {
  const s = getState();
  return {
    target: s.targetKind,
    serverUrl: s.targetKind === 'real' ? s.realUrl : '',
    auth: s.auth.type,
    login: s.auth.type === 'basic' || s.auth.type === 'session' ? s.auth.login : '',
  };
}

export function createEnvironment(): void {
  const name = cleanName(prompt('Name of the new environment (it starts from the current target and auth)') ?? '');
  if (!name) return;
  const environment = newEnvironment(name, fromCurrent());
  keep([...getState().environments, environment]);
  chooseEnvironment(environment.id);
}

function change(id: string, next: (environment: Environment) => Environment): void {
  keep(getState().environments.map((e) => (e.id === id ? next(e) : e)));
}

export function takeCurrentSettings(id: string): void {
  change(id, (e) => ({ ...e, ...fromCurrent() }));
}

export function deleteEnvironment(environment: Environment): void {
  if (!confirm(`Delete the environment “${environment.name}” and its variables?`)) return;
  keep(getState().environments.filter((e) => e.id !== environment.id));
  if (getState().environmentId === environment.id) chooseEnvironment(undefined);
}

/** Sets a variable of an environment; a name a reference cannot use is refused. */
export function setVariable(id: string, name: string, value: string): boolean {
  if (!VARIABLE_NAME.test(name)) {
    update({ notice: `“${name}” cannot be a variable name: a letter or _, then letters, digits, _ or -.` });
    return false;
  }
  change(id, (e) => ({ ...e, values: { ...e.values, [name]: value } }));
  return true;
}

export function removeVariable(id: string, name: string): void {
  change(id, (e) => ({ ...e, values: Object.fromEntries(Object.entries(e.values).filter(([n]) => n !== name)) }));
}

export function forgetCapture(name: string): void {
  update((s) => ({ captures: Object.fromEntries(Object.entries(s.captures).filter(([n]) => n !== name)) }));
}

/** The environment as a JSON file, without its secret values. */
export function downloadEnvironment(environment: Environment): void {
  const { id: _, ...rest } = withoutSecrets(environment);
  const url = URL.createObjectURL(new Blob([JSON.stringify(rest, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), {
    href: url,
    download: `${environment.name}.environment.json`,
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
