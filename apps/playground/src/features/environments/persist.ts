/**
 * Environments in local storage without their secret values; those are kept for this tab only
 * (session storage). Loaded with the environment panel (first use, or at start while one is active).
 */
import { type Environment, readEnvironments, secretValuesOf, withoutSecrets } from '../../lib/environments.ts';
import { saveSetting, saveTabSecret, setting, tabSecret } from '../../lib/storage.ts';
import { update } from '../../state/store.ts';

export function loadEnvironments(): Environment[] {
  try {
    const text = localStorage.getItem('saymon-playground:environments');
    return readEnvironments(text ? JSON.parse(text) : [], tabSecret('environment-secrets'));
  } catch {
    return [];
  }
}

export function storeEnvironments(list: readonly Environment[]): void {
  saveSetting('environments', JSON.stringify(list.map(withoutSecrets)));
  const secrets = secretValuesOf(list);
  saveTabSecret('environment-secrets', Object.keys(secrets).length ? secrets : undefined);
}

let loaded = false;
/** Reads the environments into the store, once per page, with the one last chosen active. */
export function loadEnvironmentsOnce(): void {
  if (loaded) return;
  loaded = true;
  const environments = loadEnvironments();
  const id = setting('environment', '');
  update({ environments, environmentId: environments.some((e) => e.id === id) ? id : undefined });
}
