/**
 * Every snippet kind, run as the playground writes it, against the emulator server: a GET, a POST with a body and an
 * upload (Basic auth), a session write, a session login with a password no shell or JSON likes, and a wrong password
 * (every kind fails). curl, HTTPie and wget run in bash; fetch and the Node SDK in Node; the browser SDK in Node with
 * `prompt` and the page's file input stood in; saymon_sdk, httpx and requests in the venv of `python-snippets.ts`.
 * The table of what ran is printed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getEndpoint } from '@saymon-sdk/core';
import { startEmulator } from '@saymon-sdk/emulator';
import { createClient } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language, loadSnippet, type SnippetAuth } from '../src/lib/snippets.ts';
import { type CallInput, dryRun } from '../src/lib/wire.ts';
import { pythonSnippetsEnv, SAYMON_SDK_PATH } from './python-snippets.ts';

const run = promisify(execFile);
const artifacts = join(import.meta.dirname, '..', 'test-artifacts');
/** The password of the session user: quotes, backslashes, a newline, `$`, a command substitution, `%s`. */
const HOSTILE = `it's "q" \\ $HOME $(id) \`id\` %s\nline 2 é`;

let emulator: Awaited<ReturnType<typeof startEmulator>>;
let python: ReturnType<typeof pythonSnippetsEnv>;
let dir: string;
beforeAll(async () => {
  python = pythonSnippetsEnv();
  emulator = await startEmulator({ port: 0, seed: 'demo' });
  // under test-artifacts, so Node resolves the SDK packages from the playground's node_modules
  mkdirSync(artifacts, { recursive: true });
  dir = mkdtempSync(join(artifacts, 'snippets-'));
  const admin = createClient({ url: emulator.url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
  await admin.users.create({ body: { login: 'hostile', password: HOSTILE, displayName: 'Hostile password' } });
}, 300_000);
afterAll(async () => {
  await emulator?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Ran {
  code: number;
  output: string;
}

type Env = Readonly<Record<string, string>>;

/** Runs a snippet as shown, in a directory that holds the files it uploads. */
async function runSnippet(language: Language, code: string, password: string, extra: Env = {}): Promise<Ran> {
  const env = {
    ...process.env,
    ...extra,
    PATH: `${python.bin}:${process.env.PATH}`,
    PYTHONPATH: SAYMON_SDK_PATH,
    SAYMON_PASSWORD: password,
  };
  let command: [string, string[]];
  if (['curl', 'httpie', 'wget'].includes(language)) command = ['bash', ['-c', code]];
  else if (['python', 'httpx', 'requests'].includes(language)) {
    writeFileSync(join(dir, 'snippet.py'), code);
    command = [python.python, ['snippet.py']];
  } else {
    const prelude =
      language === 'browser'
        ? // the page's prompt and file input, stood in for in Node
          [
            "const { readFileSync: readSnippetFile } = await import('node:fs');",
            // the auth's prompt asks for the SAYMON password, a body secret's prompt names its variable
            'globalThis.prompt = (question) => process.env[question] ?? process.env.SAYMON_PASSWORD;',
            'globalThis.document = { querySelector: () => ({ files: [new File([readSnippetFile(UPLOAD)], UPLOAD, { type: "text/plain" })] }) };',
          ]
        : [];
    writeFileSync(
      join(dir, 'snippet.mjs'),
      [`const UPLOAD = ${JSON.stringify(uploadName(language))};`, ...prelude, code].join('\n'),
    );
    command = [process.execPath, ['snippet.mjs']];
  }
  try {
    const { stdout, stderr } = await run(command[0], command[1], { cwd: dir, env, timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout}${e.stderr}` };
  }
}

const uploadName = (language: Language) => `notes-${language}.txt`;

async function snippetFor(language: Language, id: string, input: CallInput, auth: SnippetAuth): Promise<string> {
  const endpoint = getEndpoint(id as 'objects.get');
  const result = await dryRun(endpoint, input);
  if (!result.ok) throw new Error(result.message);
  return loadSnippet(language, { endpoint, server: emulator.url, input, wire: result.wire, auth });
}

const basic: SnippetAuth = { type: 'basic', login: 'admin' };
const session: SnippetAuth = { type: 'session', login: 'admin' };
/** Kinds that print the HTTP status themselves (the SDKs throw on an error instead, naming it). */
const PRINTS_STATUS = new Set<Language>(['curl', 'httpie', 'wget', 'fetch', 'httpx', 'requests']);
const table: string[] = [];

describe.each(LANGUAGES.map((l) => l.id))('%s snippets run against the emulator', (language) => {
  it('a GET', async () => {
    const code = await snippetFor(language, 'objects.get', { path: { id: '1' }, query: { fields: ['name'] } }, basic);
    const ran = await runSnippet(language, code, 'saymon');
    expect(ran.code, ran.output).toBe(0);
    expect(ran.output).toContain('Root');
    if (PRINTS_STATUS.has(language)) expect(ran.output).toMatch(/\b200\b/);
    table.push(`${language}: GET ran`);
  });

  it('a POST with a body (the object exists afterwards)', async () => {
    const name = `made by the ${language} snippet: it's "quoted"`;
    const code = await snippetFor(language, 'objects.create', { body: { name, parent_id: '1' } }, basic);
    const ran = await runSnippet(language, code, 'saymon');
    expect(ran.code, ran.output).toBe(0);
    const admin = createClient({ url: emulator.url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
    expect((await admin.objects.list()).some((o) => o.name === name)).toBe(true);
    table.push(`${language}: POST ran`);
  });

  it('an upload (the file by its name, as a document of the root)', async () => {
    const name = uploadName(language);
    writeFileSync(join(dir, name), `uploaded by the ${language} snippet\n`);
    const file = { field: 'file', name, type: 'text/plain', size: 0 };
    const form = new FormData();
    form.append('file', new File(['x'], name, { type: 'text/plain' }));
    const code = await snippetFor(
      language,
      'objects.addDocument',
      { path: { id: '1' }, body: form, upload: file },
      basic,
    );
    const ran = await runSnippet(language, code, 'saymon');
    expect(ran.code, ran.output).toBe(0);
    expect(ran.output).toContain(name);
    table.push(`${language}: upload ran`);
  });

  it('a session write (csrf)', async ({ skip }) => {
    // a page's session write needs the csrf cookie of its own origin: the browser adapter refuses it from Node
    if (language === 'browser') {
      table.push('browser: session write not run (needs a page on the server origin; Node has none)');
      skip();
    }
    const name = `session write by ${language}`;
    const code = await snippetFor(language, 'objects.create', { body: { name, parent_id: '1' } }, session);
    const write = await runSnippet(language, code, 'saymon');
    expect(write.code, write.output).toBe(0);
    expect(write.output).toContain(name);
    table.push(`${language}: session write ran`);
  });

  it('a session login with a password full of quotes, backslashes, $, % and a newline', async ({ skip }) => {
    // the browser adapter keeps a session in the browser's cookie store, which Node has not
    if (language === 'browser') {
      table.push('browser: session login not run (needs the cookie store of a browser)');
      skip();
    }
    const code = await snippetFor(language, 'users.current', {}, { type: 'session', login: 'hostile' });
    const ran = await runSnippet(language, code, HOSTILE);
    expect(ran.code, ran.output).toBe(0);
    expect(ran.output).toContain('Hostile password');
    table.push(`${language}: session login with the hostile password ran`);
  });

  it('a wrong password fails the snippet', async () => {
    const code = await snippetFor(language, 'objects.get', { path: { id: '1' } }, basic);
    const ran = await runSnippet(language, code, 'wrong-password');
    expect(ran.code, ran.output).not.toBe(0);
    if (PRINTS_STATUS.has(language)) expect(ran.output).toMatch(/\b401\b/);
    table.push(`${language}: wrong password failed`);
  });
});

describe("a body's secret field from the environment, JSON-safe for any value, in every kind", () => {
  // `"`, `\`, `$`, a space, non-ASCII, and what else breaks shells and JSON: `'`, a newline, a tab, `%s`
  const PASSWORD = `q"b\\s $HOME é 中 it's\nline 2\t%s $(id)`;
  it.each(LANGUAGES.map((l) => l.id))(
    '%s: users.create with $PASSWORD makes the user, who logs in with exactly that password',
    async (language) => {
      const login = `made-by-${language}`;
      const code = await snippetFor(
        language,
        'users.create',
        { body: { login, password: 'typed-on-the-page' } },
        basic,
      );
      expect(code).not.toContain('typed-on-the-page');
      const ran = await runSnippet(language, code, 'saymon', { PASSWORD });
      expect(ran.code, ran.output).toBe(0);
      if (PRINTS_STATUS.has(language)) expect(ran.output).toMatch(/\b200\b/);
      const user = createClient({ url: emulator.url, auth: { type: 'basic', login, password: PASSWORD } });
      expect((await user.users.current()).login).toBe(login);
      const wrong = createClient({
        url: emulator.url,
        auth: { type: 'basic', login, password: PASSWORD.replace('é', 'e') },
      });
      await expect(wrong.users.current()).rejects.toThrow();
      table.push(`${language}: users.create with a hostile $PASSWORD ran; the user logs in with it`);
    },
  );
});

afterAll(() => {
  console.log(
    `snippet kinds run against the emulator (${LANGUAGES.length} kinds; none offered without a runtime here):\n${table.join('\n')}`,
  );
});
