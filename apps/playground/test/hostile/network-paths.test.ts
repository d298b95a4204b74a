/**
 * "Every request the app makes goes through one gate" holds only if no other code can reach the
 * network. This suite reads the app's source and lists every way a page sends something (fetch,
 * XHR, beacons, sockets, SDK clients, navigation, forms, links): each must be the gate's own, or
 * one of the uses named below with the reason it sends nothing past the gate. A new one fails it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { examplesOf } from '@saymon-sdk/core/docs';
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Findings } from '../../../../packages/emulator/test/hostile/findings.ts';
import { allEndpoints } from '../../src/lib/registry.ts';
import { dryRun } from '../../src/lib/wire.ts';

const src = fileURLToPath(new URL('../../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Names through which a page sends; every use in code (not in strings, types or keys) is listed. */
const NETWORK_NAMES = new Set([
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'sendBeacon',
  'importScripts',
  'Worker',
  'SharedWorker',
  'RTCPeerConnection',
  'createClient',
  'createCore',
  'transport',
]);

/** Each allowed use, `file: use`, with why it is no way around the gate. */
const ALLOWED: Record<string, string> = {
  // the gate's `network`: the page's fetch, called by the gate only
  'lib/gate.ts: globalThis.fetch': 'the gate',
  // the SDK client of the app: its fetch is the gate (checked below); a download uses its transport
  'lib/send.ts: createClient': 'gated (below)',
  'lib/send.ts: client.core.transport': 'the gated client',
  // the target's own fetch, which the gate calls (the in-tab emulator's)
  'lib/send.ts: this.target.fetch': 'under the gate',
  'lib/tab-target.ts: tab.fetch': 'the in-tab emulator (loaded on first use), given to the Caller as its target',
  // the in-tab emulator: a Hono app in this page, no network
  'lib/tab-emulator.ts: emulator.fetch': 'in-process',
  // the answer worker: our own module (parses a big answer); it is given bytes and posts rows back, it has no way to send
  'features/response/tree/source.ts: Worker': 'the answer worker (no network in it: its file is checked here too)',
  // the dry run: its fetch throws before anything is sent (checked below)
  'lib/wire.ts: createCore': 'the dry run',
};

/** Every use of a network name in a file's code, as `receiver.name` or `name`. */
function networkUses(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const uses: string[] = [];
  const visit = (node: ts.Node, inType: boolean) => {
    const typeish = inType || ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node);
    if (ts.isIdentifier(node) && NETWORK_NAMES.has(node.text) && !typeish) {
      const parent = node.parent;
      const isKey =
        (ts.isPropertyAssignment(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isBindingElement(parent)) &&
        parent.name === node;
      const isDeclaration = ts.isVariableDeclaration(parent) && parent.name === node;
      if (ts.isPropertyAccessExpression(parent) && parent.name === node)
        uses.push(`${parent.expression.getText(source)}.${node.text}`);
      else if (!isKey && !isDeclaration) uses.push(node.text);
    }
    ts.forEachChild(node, (child) => visit(child, typeish));
  };
  visit(source, false);
  return uses;
}

/** Ways to send written in markup or as navigation, by pattern. */
const SENDERS: { name: string; pattern: RegExp; allowed: Record<string, number> }[] = [
  {
    name: 'navigation',
    pattern: /window\.open|location\.(?:assign|replace|href\s*=[^=])|\.submit\s*\(|formAction|\baction=/g,
    allowed: {},
  },
  // the request form: its submit is prevented and calls onSend; the import form's is prevented and reads the
  // pasted text (both checked below)
  {
    name: 'a form',
    pattern: /<form\b/g,
    allowed: { 'features/request/RequestEditor.tsx': 1, 'features/exchange/ImportPanel.tsx': 1 },
  },
  { name: 'an embedded resource', pattern: /<(?:iframe|object|embed|script|link|video|audio|source)\b/g, allowed: {} },
  // links and images show blob URLs of an answer already received (`download`)
  // and the OpenAPI document, a file of the built site itself (no API, no credential): a download link
  {
    name: 'a link or image',
    pattern: /\b(?:href|src|srcSet|poster)=\{(?!download\})/g,
    allowed: { 'features/exchange/ExportPanel.tsx': 1 },
  },
  { name: 'a literal URL in markup', pattern: /\b(?:href|src)="(?!#)/g, allowed: {} },
];

describe('hostile: no request leaves the app but through the gate', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('every way to send in the source is the gate’s or named here', () => {
    const findings = new Findings('playground network paths');
    const files = sources(src);
    const seen = new Set<string>();
    for (const file of files) {
      for (const use of networkUses(file)) {
        const key = `${relative(src, file)}: ${use}`;
        seen.add(key);
        findings.check(key, key in ALLOWED ? undefined : 'a way to send that is not the gate');
      }
    }
    for (const key of Object.keys(ALLOWED))
      findings.check(`${key} (listed)`, seen.has(key) ? undefined : 'gone: update the list');
    for (const sender of SENDERS) {
      const counts: Record<string, number> = {};
      for (const file of files) {
        const count = readFileSync(file, 'utf8').match(sender.pattern)?.length ?? 0;
        if (count) counts[relative(src, file)] = count;
      }
      for (const file of new Set([...Object.keys(counts), ...Object.keys(sender.allowed)]))
        findings.check(
          `${sender.name} in ${file}`,
          (counts[file] ?? 0) !== (sender.allowed[file] ?? 0)
            ? `${counts[file] ?? 0} uses, ${sender.allowed[file] ?? 0} allowed`
            : undefined,
        );
    }
    const send = readFileSync(join(src, 'lib/send.ts'), 'utf8');
    findings.check(
      'the SDK client of the app',
      /createClient\(\{(?:(?!\}\);)[\s\S])*fetch: gatedFetch\(/.test(send) ? undefined : 'its fetch is not the gate',
    );
    const editor = readFileSync(join(src, 'features/request/RequestEditor.tsx'), 'utf8');
    findings.check(
      'the request form',
      /<form\s+onSubmit=\{\(e\) => \{\s*e\.preventDefault\(\);\s*props\.onSend\(\);/.test(editor)
        ? undefined
        : 'its submit is not prevented',
    );
    const importForm = readFileSync(join(src, 'features/exchange/ImportPanel.tsx'), 'utf8');
    findings.check(
      'the import form',
      /<form\s+onSubmit=\{\(e\) => \{\s*e\.preventDefault\(\);\s*run\(text\);/.test(importForm)
        ? undefined
        : 'its submit is not prevented',
    );
    const exportPanel = readFileSync(join(src, 'features/exchange/ExportPanel.tsx'), 'utf8');
    findings.check(
      'the OpenAPI document link',
      /href=\{openapiDocument\}/.test(exportPanel) &&
        /from '[./]+\/openapi\/saymon\.openapi\.json\?url'/.test(exportPanel)
        ? undefined
        : 'it links to something else than the built site’s OpenAPI document',
    );
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('the dry run (validation, snippets) sends nothing, for any endpoint', async () => {
    const network = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', network);
    const findings = new Findings('playground dry run');
    for (const endpoint of allEndpoints) {
      await dryRun(endpoint, examplesOf(endpoint)[0] ?? {});
      findings.check(endpoint.id, network.mock.calls.length ? 'fetched' : undefined);
      network.mockClear();
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
