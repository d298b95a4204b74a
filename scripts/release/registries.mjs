// Read-only questions to the registries: is this version (this file) already published? Only the real run asks
// (or a dry run with --check-registry). Base URLs come from the environment so a fake registry can answer tests.

export const npmRegistry = (env = process.env) =>
  (env.NPM_REGISTRY || 'https://registry.npmjs.org/').replace(/\/?$/, '/');
export const pypiUrl = (env = process.env) => (env.PYPI_URL || 'https://pypi.org').replace(/\/$/, '');

async function getJson(url, fetchImpl) {
  const response = await fetchImpl(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(30_000),
  });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** Whether `name@version` is on the npm registry (a package never published answers 404). */
export async function npmHasVersion({ name, version, registry = npmRegistry(), fetch: fetchImpl = fetch }) {
  const packument = await getJson(`${registry}${name.replace('/', '%2f')}`, fetchImpl);
  return Boolean(packument?.versions?.[version]);
}

/** Whether PyPI lists a file of `packagetype` ('sdist' or 'bdist_wheel') for `name` `version` (yanked ones too). */
export async function pypiHasFile({ name, version, packagetype, base = pypiUrl(), fetch: fetchImpl = fetch }) {
  const release = await getJson(`${base}/pypi/${name}/${version}/json`, fetchImpl);
  return Boolean(release?.urls?.some((file) => file.packagetype === packagetype));
}
