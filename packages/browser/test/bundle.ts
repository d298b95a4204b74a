import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Bundles a small app the way users' builds do (esbuild, minified, for the browser, code split at
 * dynamic imports) and weighs what a page loads first: the entry chunk and the chunks it imports
 * statically. Chunks behind a dynamic `import()` (the session strategy) load only when used.
 */
export interface Bundle {
  /** The code a page loads first. */
  code: string;
  /** `code` minified and gzipped, in kB. */
  kb: number;
  /** The code loaded later, behind dynamic imports. */
  lazy: string;
}

export async function bundleApp(source: string, resolveDir: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir: '/virtual',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const texts = new Map(result.outputFiles.map((file) => [file.path, file.text]));
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint);
  if (!entry) throw new Error('esbuild made no entry chunk');
  return weigh(entry, (path) => ({
    text: texts.get(resolve(path)) ?? '',
    imports: (outputs[path]?.imports ?? []).map((i) => ({ path: i.path, lazy: i.kind === 'dynamic-import' })),
  }));
}

interface Chunk {
  text: string;
  imports: { path: string; lazy: boolean }[];
}

/** Splits a chunk graph into what loads first (static imports of the entry) and what loads later. */
export function weigh(entry: string, chunk: (path: string) => Chunk): Bundle {
  const first = new Set<string>();
  const later = new Set<string>();
  const visit = (path: string, lazy: boolean) => {
    if (first.has(path) || (lazy && later.has(path))) return;
    (lazy ? later : first).add(path);
    if (!lazy) later.delete(path);
    for (const next of chunk(path).imports) visit(next.path, lazy || next.lazy);
  };
  visit(entry, false);
  const code = [...first].map((path) => chunk(path).text).join('\n');
  const lazy = [...later]
    .filter((path) => !first.has(path))
    .map((path) => chunk(path).text)
    .join('\n');
  return { code, kb: gzipSync(code).length / 1024, lazy };
}

/** The endpoint ids that appear in bundled code as string literals. */
export function endpointIdsIn(code: string, ids: readonly string[]): string[] {
  return ids.filter((id) => ['"', "'", '`'].some((quote) => code.includes(`${quote}${id}${quote}`)));
}

/** The budgets, in kB min+gzip, for what `pnpm pack` ships. */
export const BUDGETS = {
  /** Token auth, `createCore` + `call` + `objectsGet` from `@saymon-sdk/browser/endpoints`. */
  // issue 8 asks for 16 kB, below the floor: ky 2 + zod/mini + the objectsGet schemas with no SDK
  // code weigh 16.7 kB (`FLOOR_APP`); the hardened transport, errors, redaction and validation
  // messages add ~13 kB. A ratchet at today's size, not the goal. Raised by 0.5 kB (29.5 → 30,
  // 45 → 45.2, 13 → 13.2) when validation messages came to speak plain words (core's words table,
  // `validation/words.ts`, issue 22): every bundle that validates carries it
  oneCall: 30,
  /** `createClient` with every endpoint (their summaries live in `@saymon-sdk/core/docs`). */
  fullClient: 45.2,
  /** What the SDK's own code adds to the one-call app over `FLOOR_APP`. */
  sdkShare: 13.2,
} as const;

export const ONE_CALL_APP = `
  import { call, createCore } from '@saymon-sdk/browser';
  import { objectsGet } from '@saymon-sdk/browser/endpoints';
  const core = createCore({ url: 'https://saymon.example', auth: { type: 'token', token: 't' } });
  export const run = (id) => call(core, objectsGet, { path: { id } });
`;

export const FULL_CLIENT_APP = `
  import { createClient } from '@saymon-sdk/browser';
  export const client = createClient({ url: 'https://saymon.example', auth: { type: 'token', token: 't' } });
`;

/** What no SAYMON client can do without: ky, zod/mini and the schemas of the one endpoint. */
export const FLOOR_APP = `
  import ky from 'ky';
  import { safeParse } from 'zod/mini';
  import { objectsGet } from '@saymon-sdk/browser/endpoints';
  export const run = async (id) => {
    const schemas = objectsGet.schemas();
    return [safeParse(schemas.path, { id }), safeParse(schemas.response, await ky(id).json())];
  };
`;
