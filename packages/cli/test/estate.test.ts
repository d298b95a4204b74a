/**
 * Config as code on the emulator (issue 31's "Done means"): pull the demo estate, push it into an
 * emulator started empty, pull that again (identical files once ids are mapped), push twice (the
 * second sends no write: counted by the emulator), diff right after pull (nothing), one hand edit
 * (one change, one write).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningEmulator, startEmulator } from '@saymon-sdk/emulator';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from '../../core/test/temp-dir.ts';
import { EXIT } from '../src/exit-codes.ts';
import { run } from '../src/run.ts';
import { counter } from './counter.ts';

async function saymon(argv: string[], url: string) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await run(argv, {
    env: { SAYMON_URL: url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' },
    stdout: { write: (c) => out.push(String(c)) },
    stderr: { write: (c) => err.push(String(c)) },
    stdin: [],
  });
  return { ...result, stdout: out.join(''), stderr: err.join('') };
}

/** Every file of a pulled folder (the id map aside): relative path → text. */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const kind of ['objects', 'classes']) {
    for (const name of await readdir(join(dir, kind)))
      files.set(`${kind}/${name}`, await readFile(join(dir, kind, name), 'utf8'));
  }
  return files;
}

const counted = new WeakSet<RunningEmulator>();

/**
 * Writes that reached an emulator so far: a zero-delay latency fault on each write method (added
 * once) counts its hits. `countWrites(e)` gives a counter from now.
 */
function countWrites(emulator: RunningEmulator): () => number {
  if (!counted.has(emulator)) {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      emulator.faults.add({ kind: 'latency', delayMs: 0, method, path: '/node/api/*' });
    counted.add(emulator);
  }
  const total = () => emulator.faults.list().reduce((n, f) => n + f.hits, 0);
  const start = total();
  return () => total() - start;
}

// each test reads or writes the whole demo estate (~70 objects, 5 reads each): minutes on a loaded 2-core machine
describe('saymon pull | diff | push', { timeout: 180_000 }, () => {
  let demo: RunningEmulator;
  let empty: RunningEmulator;
  let first: string;
  beforeAll(async () => {
    demo = await startEmulator({ port: 0, seed: 'demo' });
    empty = await startEmulator({ port: 0, seed: 'empty' });
    first = await mkdtemp(join(tmpdir(), 'saymon-estate-'));
  });
  afterAll(async () => {
    if (first) await rm(first, { recursive: true, force: true });
    await demo?.close();
    await empty?.close();
  });

  it('pulls the demo estate as deterministic YAML; diff right after pull reports nothing', async () => {
    const pulled = await saymon(['pull', '1', '--out', first], demo.url);
    expect(pulled.stderr).toBe('');
    expect(pulled.exitCode).toBe(EXIT.ok);
    const files = await filesOf(first);
    expect(files.size).toBeGreaterThan(50);
    const router = parse(files.get('objects/6786fa80000000000000000b.yaml') as string);
    expect(router).toMatchObject({ name: 'msk1-core-rt01', class: '9', parent: '6786fa800000000000000002' });
    expect(Object.keys(router).slice(0, 4)).toEqual(['id', 'name', 'class', 'parent']);
    for (const text of files.values()) expect(text).not.toMatch(/created|updated|state_id|_version|last_state/);
    // pulled twice: the same bytes
    const again = tempDir('saymon-estate-');
    await saymon(['pull', '1', '--out', again], demo.url);
    expect(await filesOf(again)).toEqual(files);
    // by path: the same files for the subtree
    const rack = tempDir('saymon-estate-');
    expect((await saymon(['pull', 'Root/Moscow DC-1/Rack MSK1-R01', '--out', rack], demo.url)).exitCode).toBe(0);
    const rackFiles = await filesOf(rack);
    expect(rackFiles.size).toBeGreaterThan(2);
    for (const [path, text] of rackFiles) if (path.startsWith('objects/')) expect(files.get(path)).toBe(text);
    const missing = await saymon(['pull', '/Moscow DC-1/nope', '--out', rack], demo.url);
    expect(missing.stderr).toBe('saymon: no object "nope" under 6786fa800000000000000002 (path /Moscow DC-1/nope)\n');
    expect(missing.exitCode).toBe(EXIT.usage);
    const diff = await saymon(['diff', first], demo.url);
    expect(diff.stdout).toBe('no changes\n');
    expect(diff.exitCode).toBe(EXIT.ok);
  });

  it('pushes into an empty emulator; pulled back, the files are the same once ids are mapped; a second push sends 0 writes', async () => {
    const writes = countWrites(empty);
    const pushed = await saymon(['push', first], empty.url);
    expect(pushed.stderr).toBe('');
    expect(pushed.exitCode).toBe(EXIT.ok);
    const firstWrites = writes();
    expect(firstWrites).toBeGreaterThan(50);
    expect(pushed.stdout).toContain(`${firstWrites} writes\n`);
    const map = parse(await readFile(join(first, 'saymon-ids.yaml'), 'utf8'))[empty.url];
    expect(map.objects['1']).toBe('1');

    const second = tempDir('saymon-estate-');
    expect((await saymon(['pull', '1', '--out', second], empty.url)).exitCode).toBe(EXIT.ok);
    const back = new Map<string, string>();
    for (const [fileId, serverId] of Object.entries<string>(map.objects)) back.set(serverId, fileId);
    for (const [fileId, serverId] of Object.entries<string>(map.classes)) back.set(serverId, fileId);
    const remapped = new Map<string, string>();
    for (const [path, text] of await filesOf(second)) {
      const [kind, name] = path.split('/') as [string, string];
      const id = name.replace(/\.yaml$/, '');
      const mappedText = text
        .replace(
          /^(id|parent): "?([0-9a-f]+)"?$/gm,
          (_, key: string, value: string) => `${key}: "${back.get(value) ?? value}"`,
        )
        .replace(
          /^class: "?(\w+)"?$/m,
          (_, value: string) =>
            `class: "${map.classes && (Object.entries<string>(map.classes).find(([, s]) => s === value)?.[0] ?? value)}"`,
        );
      remapped.set(`${kind}/${back.get(id) ?? id}.yaml`, mappedText);
    }
    const original = new Map<string, string>();
    for (const [path, text] of await filesOf(first))
      original.set(path, text.replace(/^(id|parent|class): "?(\w+)"?$/gm, '$1: "$2"'));
    expect(remapped).toEqual(original);

    const before = writes();
    const again = await saymon(['push', first], empty.url);
    expect(again.stdout).toBe('0 writes\n');
    expect(writes() - before).toBe(0);
  });

  it('a hand edit of one property shows as exactly one change and pushes as one write', async () => {
    const path = join(first, 'objects', '6786fa80000000000000000b.yaml');
    const text = await readFile(path, 'utf8');
    expect(text).toContain('value: 22.4R3');
    await writeFile(path, text.replace('value: 22.4R3', 'value: 23.2R1'));
    const diff = await saymon(['diff', first], demo.url);
    expect(diff.exitCode).toBe(EXIT.differs);
    expect(diff.stdout).toBe(
      'objects/6786fa80000000000000000b.yaml "msk1-core-rt01": property "Firmware": "22.4R3" → "23.2R1"\n',
    );
    const writes = countWrites(demo);
    const pushed = await saymon(['push', first], demo.url);
    expect(pushed.stdout).toBe(`${diff.stdout}1 writes\n`);
    expect(writes()).toBe(1);
    expect((await saymon(['diff', first], demo.url)).stdout).toBe('no changes\n');
    // the other server, pushed before, gets the same single write
    const other = countWrites(empty);
    expect((await saymon(['push', first], empty.url)).exitCode).toBe(EXIT.ok);
    expect(other()).toBe(1);
  });

  it("a class's description edited is one change and one write; an object deleted on the source is created again, once", async () => {
    const classPath = join(first, 'classes', '9.yaml');
    const classText = await readFile(classPath, 'utf8');
    expect(classText).toContain('description: A router.');
    await writeFile(classPath, classText.replace('description: A router.', 'description: Core routers.'));
    const diff = await saymon(['diff', first], demo.url);
    expect(diff.stdout).toBe('classes/9.yaml "Router": description: "A router." → "Core routers."\n');
    const writes = countWrites(demo);
    expect((await saymon(['push', first], demo.url)).stdout).toBe(`${diff.stdout}1 writes\n`);
    expect(writes()).toBe(1);

    const removed = await saymon(['objects', 'delete', '6786fa80000000000000000b', '--yes'], demo.url);
    expect(removed.exitCode).toBe(EXIT.ok);
    const again = countWrites(demo);
    const pushed = await saymon(['push', first], demo.url);
    expect(pushed.stdout).toMatch(
      /^objects\/6786fa80000000000000000b\.yaml "msk1-core-rt01": create \(class 9, 6 properties\)\n/,
    );
    // the object and its six properties
    expect(again()).toBe(7);
    expect((await saymon(['push', first], demo.url)).stdout).toBe('0 writes\n');
    expect(again()).toBe(7);
  });
});

describe('saymon pull | diff | push: bad input', () => {
  it('gets one line and the usage exit code, nothing sent', async () => {
    const server = await counter();
    const dir = tempDir('saymon-estate-bad-');
    const cases: [string[], RegExp][] = [
      [['pull', '1'], /^saymon: pull needs --out <dir> \(usage: saymon pull/],
      [['pull', '--out', dir], /^saymon: pull takes one object id or path/],
      [['push', dir, '--concurrency', '0'], /^saymon: --concurrency takes a whole number from 1 to 64\n$/],
      [['diff', dir, '--nope'], /^saymon: Unknown option '--nope'/],
      [['diff', join(dir, 'missing')], /^saymon: cannot read .*saymon-estate\.yaml: ENOENT\n$/],
    ];
    for (const [argv, message] of cases) {
      const result = await saymon(argv, server.url);
      expect(result.stderr, argv.join(' ')).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.exitCode).toBe(EXIT.usage);
    }
    await writeFile(join(dir, 'saymon-estate.yaml'), 'source: http://x\nroot: "1"\n');
    await mkdir(join(dir, 'objects'));
    await writeFile(join(dir, 'objects', 'a.yaml'), 'name: [unclosed\n');
    const yaml = await saymon(['push', dir], server.url);
    expect(yaml.stderr).toMatch(/^saymon: .*a\.yaml is not valid YAML/);
    expect(yaml.exitCode).toBe(EXIT.usage);
    await writeFile(join(dir, 'objects', 'a.yaml'), 'id: "a"\nname: x\nclass: "1"\nproperties: nope\n');
    const shape = await saymon(['push', dir], server.url);
    expect(shape.stderr).toMatch(/^saymon: .*a\.yaml: "properties" must be a list\n$/);
    expect(server.requests()).toBe(0);
  });
});

describe('saymon pull | push: secrets', () => {
  it('a secret property is written as kept on the server, and push never writes it', async () => {
    const source = await startEmulator({ port: 0, seed: 'empty' });
    const target = await startEmulator({ port: 0, seed: 'empty' });
    onTestFinished(() => Promise.all([source.close(), target.close()]).then(() => undefined));
    const created = await saymon(
      ['objects', 'create', '--body', '{"name": "ldap", "class_id": "3", "parent_id": "1"}', '-o', 'json'],
      source.url,
    );
    const { id } = JSON.parse(created.stdout) as { id: string };
    for (const body of [
      '{"name": "bindPassword", "value": "s3cret-do-not-write"}',
      '{"name": "IP", "value": "10.0.0.9"}',
    ])
      expect((await saymon(['properties', 'create-for-object', id, '--body', body], source.url)).exitCode).toBe(0);
    const dir = tempDir('saymon-estate-secret-');
    expect((await saymon(['pull', id, '--out', dir], source.url)).exitCode).toBe(EXIT.ok);
    const text = await readFile(join(dir, 'objects', `${id}.yaml`), 'utf8');
    expect(text).not.toContain('s3cret');
    expect(parse(text).properties).toEqual([
      { name: 'IP', value: '10.0.0.9', type_id: expect.anything() },
      { name: 'bindPassword', secret: 'kept on the server', type_id: expect.anything() },
    ]);
    const writes = countWrites(target);
    const pushed = await saymon(['push', dir], target.url);
    expect(pushed.exitCode).toBe(EXIT.ok);
    expect(pushed.stderr).toContain('property "bindPassword" holds a secret: not created');
    // the object and its IP: two writes, the secret none
    expect(writes()).toBe(2);
    const map = parse(await readFile(join(dir, 'saymon-ids.yaml'), 'utf8'))[target.url];
    const copy = await saymon(['objects', 'get', map.objects[id], '-o', 'json'], target.url);
    expect(JSON.parse(copy.stdout).properties.map((p: { name: string }) => p.name)).toEqual(['IP']);
    expect((await saymon(['push', dir], target.url)).stdout).toBe('0 writes\n');
    expect(writes()).toBe(2);
  });
});

describe('saymon push: a failed push', () => {
  it('records what it created, so the next push finishes without creating it again', async () => {
    const source = await startEmulator({ port: 0, seed: 'empty' });
    const target = await startEmulator({ port: 0, seed: 'empty' });
    onTestFinished(() => Promise.all([source.close(), target.close()]).then(() => undefined));
    const made = await saymon(
      ['objects', 'create', '--body', '{"name": "probe", "class_id": "3", "parent_id": "1"}', '-o', 'json'],
      source.url,
    );
    const { id } = JSON.parse(made.stdout) as { id: string };
    await saymon(['properties', 'create-for-object', id, '--body', '{"name": "IP", "value": "10.0.0.9"}'], source.url);
    const dir = tempDir('saymon-estate-failed-');
    expect((await saymon(['pull', '1', '--out', dir], source.url)).exitCode).toBe(EXIT.ok);
    // the object is created, then every write under /objects/… fails: its property is not
    target.faults.add({ kind: 'error', status: 500, method: 'POST', path: '/node/api/objects/*' });
    const failed = await saymon(['push', dir], target.url);
    expect(failed.exitCode).toBe(EXIT.api);
    expect(failed.stderr).toMatch(/^saymon: .*500/);
    target.faults.clear();
    const finished = await saymon(['push', dir], target.url);
    expect(finished.stdout).toBe(`objects/${id}.yaml "probe": property "IP": add "10.0.0.9"\n1 writes\n`);
    const probes = Object.values(target.store.state.objects).filter((o) => (o as { name?: string }).name === 'probe');
    expect(probes).toHaveLength(1);
  });
});
