// Read-only questions to the registries: is this version (this file) already published? Only the real run asks
// (or a dry run with --check-registry). Base URLs come from the environment so a fake registry can answer tests.

export const npmRegistry = (env = process.env) =>
  (env.NPM_REGISTRY || 'https://registry.npmjs.org/').replace(/\/?$/, '/');
export const pypiUrl = (env = process.env) => (env.PYPI_URL || 'https://pypi.org').replace(/\/$/, '');

async function getJson(url, fetchImpl, accept = 'application/json') {
  const response = await fetchImpl(url, { headers: { accept }, signal: AbortSignal.timeout(30_000) });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** Whether `name@version` is on the npm registry (a package never published answers 404). */
export async function npmHasVersion({ name, version, registry = npmRegistry(), fetch: fetchImpl = fetch }) {
  const packument = await getJson(`${registry}${name.replace('/', '%2f')}`, fetchImpl);
  return Boolean(packument?.versions?.[version]);
}

/**
 * Whether the index lists `filename` (yanked files too) for the project `name`. It asks the Simple API in its
 * JSON form (PEP 691), which every index serves, PyPI, TestPyPI and their mirrors alike.
 */
export async function pypiHasFile({ name, filename, base = pypiUrl(), fetch: fetchImpl = fetch }) {
  const project = name.toLowerCase().replace(/[-_.]+/g, '-');
  const page = await getJson(`${base}/simple/${project}/`, fetchImpl, 'application/vnd.pypi.simple.v1+json');
  return Boolean(page?.files?.some((file) => file.filename === filename));
}
