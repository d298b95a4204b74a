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

/** Ways to send; each allowed use is `file: count` with why it is no way around the gate. */
const SENDERS: { name: string; pattern: RegExp; allowed: Record<string, number> }[] = [
  // the gate's `network` is the page's fetch; the snippets only write the word into code text
  { name: 'the page fetch', pattern: /globalThis\.fetch\s*\(/g, allowed: { 'lib/gate.ts': 1 } },
  { name: 'a bare fetch call', pattern: /(?<![\w.$])fetch\s*\(/g, allowed: { 'lib/snippets.ts': 3 } },
  // the in-tab emulator: a Hono app in this page, no network
  { name: 'an object fetch', pattern: /(?<!globalThis)\.fetch\s*\(/g, allowed: { 'lib/tab-emulator.ts': 1 } },
  { name: 'an SDK client', pattern: /createClient\s*\(/g, allowed: { 'lib/send.ts': 1, 'lib/snippets.ts': 1 } },
  // the dry run: its fetch throws before anything is sent (checked below)
  { name: 'an SDK core', pattern: /createCore\s*\(/g, allowed: { 'lib/wire.ts': 1 } },
  { name: 'a transport', pattern: /\.transport\b/g, allowed: { 'lib/send.ts': 1 } },
  {
    name: 'another network API',
    pattern: /XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|new Worker|SharedWorker|RTCPeerConnection/g,
    allowed: {},
  },
  {
    name: 'navigation',
    pattern: /window\.open|location\.(?:assign|replace|href\s*=[^=])|\.submit\s*\(|formAction|\baction=/g,
    allowed: {},
  },
  // the request form: its submit is prevented and calls onSend (checked below)
  { name: 'a form', pattern: /<form\b/g, allowed: { 'ui/RequestEditor.tsx': 1 } },
  { name: 'an embedded resource', pattern: /<(?:iframe|object|embed|script|link|video|audio|source)\b/g, allowed: {} },
  // links and images show blob URLs of an answer already received (`download`)
  { name: 'a link or image', pattern: /\b(?:href|src|srcSet|poster)=\{(?!download\})/g, allowed: {} },
  { name: 'a literal URL in markup', pattern: /\b(?:href|src)="(?!#)/g, allowed: {} },
];

describe('hostile: no request leaves the app but through the gate', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('every way to send in the source is the gate’s or named here', () => {
    const findings = new Findings('playground network paths');
    const files = sources(src);
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
    const editor = readFileSync(join(src, 'ui/RequestEditor.tsx'), 'utf8');
    findings.check(
      'the request form',
      /<form\s+onSubmit=\{\(e\) => \{\s*e\.preventDefault\(\);\s*props\.onSend\(\);/.test(editor)
        ? undefined
        : 'its submit is not prevented',
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
