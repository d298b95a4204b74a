/**
 * `COVERAGE.md`: for every endpoint of the registry, where its definition comes from, whether the
 * emulator's behaviour for it is tested, how many documented examples are replayed against it, and
 * whether a real server's recording shows it answering; totals per section. Made from static facts
 * only, never from a test run:
 *
 * - the registry (core's build);
 * - the emulator's per-endpoint scenario keys (`packages/emulator/test/scenarios/*.ts`);
 * - the documented examples the core tests replay (the reference facts,
 *   `packages/core/test/reference/saymon-api.gen.json`: request examples sent by
 *   `test/request-examples.test.ts`, answers parsed by `src/registry/examples.test.ts`);
 * - the recordings under `fidelity/recordings/` (`saymon doctor --record`).
 *
 *   node scripts/generate-coverage.ts            write COVERAGE.md
 *   node scripts/generate-coverage.ts --check    write nothing; exit 1 naming it when stale
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const COVERAGE_FILE = 'COVERAGE.md';
const SCENARIOS = 'packages/emulator/test/scenarios';
const CATALOG = 'packages/core/test/reference/saymon-api.gen.json';
export const RECORDINGS = 'fidelity/recordings';

/** What COVERAGE.md needs of an endpoint. */
export interface EndpointFacts {
  readonly id: string;
  readonly section: string;
  readonly method: string;
  readonly path: string;
  readonly provenance: string;
}

export interface Facts {
  /** Endpoint ids with a scenario (a happy and an error path) in the emulator's tests. */
  readonly scenarios: ReadonlySet<string>;
  /** Documented request examples and answers replayed, by endpoint id. */
  readonly examples: ReadonlyMap<string, { readonly requests: number; readonly answers: number }>;
  /** Endpoint ids a recording shows answering 2xx, with the names of those recordings. */
  readonly recorded: ReadonlyMap<string, readonly string[]>;
  readonly recordings: readonly string[];
}

/** The scenario keys (`'objects.list': {`) of the emulator's scenario files. */
export function scenarioKeys(root: string): Set<string> {
  const keys = new Set<string>();
  const dir = join(root, SCENARIOS);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const match of text.matchAll(/^ {2}'([A-Za-z0-9]+\.[A-Za-z0-9]+)': \{$/gm)) keys.add(match[1] as string);
  }
  return keys;
}

interface CatalogEntry {
  method: string;
  path: string;
  requestExample: unknown;
  responseExample: unknown;
  extraExamples?: { request: unknown; response: unknown }[];
}

/** Documented examples per endpoint, matched to the registry by method and path. */
export function exampleCounts(
  root: string,
  match: (method: string, path: string) => string | undefined,
): Map<string, { requests: number; answers: number }> {
  const catalog = JSON.parse(readFileSync(join(root, CATALOG), 'utf8')) as { endpoints: CatalogEntry[] };
  const out = new Map<string, { requests: number; answers: number }>();
  for (const entry of catalog.endpoints) {
    const id = match(entry.method, entry.path);
    if (!id) continue;
    const count = out.get(id) ?? { requests: 0, answers: 0 };
    const present = (value: unknown) => (value === null || value === undefined ? 0 : 1);
    // the request tests replay `requestExample`; the answer tests parse `responseExample` and every extra answer
    count.requests += present(entry.requestExample);
    count.answers +=
      present(entry.responseExample) + (entry.extraExamples ?? []).reduce((n, e) => n + present(e.response), 0);
    out.set(id, count);
  }
  return out;
}

/** The recordings (folders with a `recording.json`) and the endpoints each shows answering 2xx. */
export function recordingFacts(root: string): { recorded: Map<string, string[]>; recordings: string[] } {
  const dir = join(root, RECORDINGS);
  const recorded = new Map<string, string[]>();
  const recordings: string[] = [];
  if (!existsSync(dir)) return { recorded, recordings };
  for (const name of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const manifestPath = join(dir, name, 'recording.json');
    if (!existsSync(manifestPath))
      throw new Error(`${RECORDINGS}/${name}: no recording.json (see ${RECORDINGS}/README.md)`);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { format?: unknown; version?: unknown };
    if (manifest.format !== 'saymon-recording' || manifest.version !== 1)
      throw new Error(`${RECORDINGS}/${name}/recording.json: not a saymon-recording of version 1`);
    recordings.push(name);
    const lines = readFileSync(join(dir, name, 'exchanges.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean);
    for (const [index, line] of lines.entries()) {
      let exchange: { endpoint?: unknown; response?: { status?: unknown } };
      try {
        exchange = JSON.parse(line);
      } catch {
        throw new Error(`${RECORDINGS}/${name}/exchanges.jsonl, line ${index + 1}: not JSON`);
      }
      const status = Number(exchange.response?.status);
      if (typeof exchange.endpoint !== 'string' || !(status >= 200 && status < 300)) continue;
      const seen = recorded.get(exchange.endpoint) ?? [];
      if (!seen.includes(name)) seen.push(name);
      recorded.set(exchange.endpoint, seen);
    }
  }
  return { recorded, recordings };
}

const PROVENANCE: Record<string, string> = {
  documented: 'documented',
  'real-client': 'real programs',
  inferred: 'inferred',
};

function totals(list: readonly EndpointFacts[], facts: Facts) {
  const by = (p: string) => list.filter((e) => e.provenance === p).length;
  return {
    endpoints: list.length,
    documented: by('documented'),
    realClient: by('real-client'),
    inferred: by('inferred'),
    emulator: list.filter((e) => facts.scenarios.has(e.id)).length,
    examples: list.filter((e) => {
      const c = facts.examples.get(e.id);
      return c !== undefined && c.requests + c.answers > 0;
    }).length,
    recorded: list.filter((e) => facts.recorded.has(e.id)).length,
  };
}

const examplesCell = (c: { requests: number; answers: number } | undefined) => {
  if (!c || c.requests + c.answers === 0) return '—';
  const parts = [];
  if (c.requests) parts.push(`${c.requests} request${c.requests > 1 ? 's' : ''}`);
  if (c.answers) parts.push(`${c.answers} answer${c.answers > 1 ? 's' : ''}`);
  return parts.join(', ');
};

/** The text of COVERAGE.md. */
export function renderCoverage(endpoints: readonly EndpointFacts[], facts: Facts): string {
  const sections = [...new Set(endpoints.map((e) => e.section))].sort((a, b) => a.localeCompare(b));
  const all = totals(endpoints, facts);
  const lines = [
    '# Coverage of the SAYMON API',
    '',
    "<!-- Generated by scripts/generate-coverage.ts (npm run generate) from the registry, the emulator's scenario keys,",
    'the documented examples the core tests replay and fidelity/recordings/. Do not edit: npm test names it stale. -->',
    '',
    `What this SDK knows of each of the ${all.endpoints} endpoints of the registry, and how that knowledge is checked.`,
    '',
    '- **Provenance**: a SAYMON documentation page shows the endpoint (*documented*), public programs that talk to real',
    '  servers call it (*real programs*), or its method and path follow documented siblings (*inferred*).',
    "- **Emulator**: the emulator's behaviour for it is tested end to end (a success and an error, through the SDK,",
    '  `packages/emulator/test/scenarios/`).',
    '- **Examples**: the documented request examples the SDK is shown to send exactly, and the documented answers its',
    "  schemas are shown to accept (`packages/core`'s tests).",
    `- **Recorded**: a real server's recording under [\`${RECORDINGS}/\`](${RECORDINGS}/) shows it answering. Recordings`,
    `  come from users running \`saymon doctor --record\`; [how to contribute one](${RECORDINGS}/README.md).`,
    '',
    `Recordings: ${facts.recordings.length ? facts.recordings.map((r) => `\`${r}\``).join(', ') : 'none yet'}.`,
    '',
    '## Totals',
    '',
    '| section | endpoints | documented | real programs | inferred | emulator tested | examples replayed | recorded |',
    '| ------- | --------: | ---------: | ------------: | -------: | --------------: | ----------------: | -------: |',
  ];
  const row = (name: string, t: ReturnType<typeof totals>) =>
    `| ${name} | ${t.endpoints} | ${t.documented} | ${t.realClient} | ${t.inferred} | ${t.emulator} | ${t.examples} | ${t.recorded} |`;
  for (const section of sections)
    lines.push(
      row(
        `[${section}](#${section.toLowerCase().replace(/[^a-z0-9]+/g, '-')})`,
        totals(
          endpoints.filter((e) => e.section === section),
          facts,
        ),
      ),
    );
  lines.push(row('**all**', all), '');
  for (const section of sections) {
    lines.push(
      `## ${section}`,
      '',
      '| endpoint | call | provenance | emulator | examples | recorded |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const e of endpoints.filter((x) => x.section === section)) {
      const recorded = facts.recorded.get(e.id);
      lines.push(
        `| \`${e.id}\` | \`${e.method} ${e.path}\` | ${PROVENANCE[e.provenance] ?? e.provenance} | ${facts.scenarios.has(e.id) ? 'tested' : '—'} | ${examplesCell(facts.examples.get(e.id))} | ${recorded ? recorded.length : '—'} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The text as biome formats Markdown (aligned tables), so that `npm run format` leaves the file as it is. */
function formatted(root: string, text: string): string {
  const biome = join(root, 'node_modules/.bin/biome');
  const result = spawnSync(biome, ['format', `--stdin-file-path=${COVERAGE_FILE}`], { input: text, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`biome could not format ${COVERAGE_FILE}: ${result.stderr}`);
  return result.stdout;
}

/** Writes COVERAGE.md (or, with `check`, compares it); returns the stale files. */
export async function writeCoverage(root: string, check: boolean): Promise<string[]> {
  const core = await import(join(root, 'packages/core/dist/index.js'));
  const endpoints = (core.endpoints as EndpointFacts[]).map(({ id, section, method, path, provenance }) => ({
    id,
    section,
    method,
    path,
    provenance,
  }));
  const known = new Set(endpoints.map((e) => e.id));
  const { recorded, recordings } = recordingFacts(root);
  for (const id of recorded.keys())
    if (!known.has(id)) throw new Error(`${RECORDINGS}: a recording names ${id}, which the registry does not know`);
  const facts: Facts = {
    scenarios: new Set([...scenarioKeys(root)].filter((id) => known.has(id))),
    examples: exampleCounts(root, (method, path) => core.findEndpoint(method, path)?.id),
    recorded,
    recordings,
  };
  const text = formatted(root, renderCoverage(endpoints, facts));
  const target = join(root, COVERAGE_FILE);
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed === text) return [];
  if (!check) writeFileSync(target, text);
  return [COVERAGE_FILE];
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const stale = await writeCoverage(ROOT, check);
  if (check && stale.length) {
    console.error(`${stale.join(', ')} is stale: run npm run generate`);
    process.exit(1);
  }
  console.log(check || !stale.length ? `${COVERAGE_FILE}: up to date` : `wrote ${COVERAGE_FILE}`);
}
