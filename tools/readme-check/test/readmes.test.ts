/**
 * Every README of the repository, as a newcomer reads it: its TypeScript compiles, its shell
 * commands work from a clone (or say they do not), and nothing is left to fill in.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  classify,
  isShellError,
  parseCommand,
  type ShellCommand,
  shellCommands,
  type Verdict,
} from '../src/commands.ts';
import { placeholders } from '../src/placeholders.ts';
import { contentOf, ROOT, readmes } from '../src/readmes.ts';
import { checkTypeScript, TYPESCRIPT_LANGS } from '../src/typescript.ts';
import { readWorkspace } from '../src/workspace.ts';

const HOME = decodeURIComponent(new URL('..', import.meta.url).pathname);
const SHELL_LANGS = ['sh', 'bash', 'shell'];

const list = readmes();
const { blocks, tableCommands } = contentOf(list);
const workspace = readWorkspace(ROOT);

/** Starts a server CLI as the README shows it, on a free port in an empty folder, until it answers. */
async function startAndStop(command: ShellCommand, verdict: Extract<Verdict, { kind: 'run' }>) {
  const dir = mkdtempSync(join(tmpdir(), 'saymon-readme-run-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const args = [...verdict.args];
  const port = args.indexOf('--port');
  if (port >= 0) args[port + 1] = '0';
  else args.push('--port', '0');
  const child = spawn(process.execPath, [verdict.script, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  onTestFinished(() => {
    child.kill();
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/listening on (http:\/\/\S+?)\/node\/api/);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) =>
      reject(new Error(`${command.file}:${command.line}: exited with ${code} before listening:\n${output}`)),
    );
  });
  const answer = await fetch(`${url}/node/api/users/current`);
  expect(answer.status, `${command.file}:${command.line} answers an unauthenticated call`).toBe(401);
  child.kill();
  await once(child, 'exit');
}

describe('the READMEs', () => {
  it('are found: the root README and one per package', () => {
    const files = list.map((r) => r.file);
    expect(files).toContain('README.md');
    for (const { dir } of workspace.packages.filter((p) => !p.manifest.private))
      expect(files).toContain(`${dir}/README.md`);
  });

  it('every TypeScript block compiles with --strict against the workspace packages', () => {
    const typescript = blocks.filter((block) => TYPESCRIPT_LANGS.includes(block.lang));
    const errors = checkTypeScript(typescript, HOME);
    const files = new Set(typescript.map((block) => block.file));
    console.log(`${typescript.length} TypeScript blocks in ${files.size} READMEs, ${errors.length} errors`);
    expect(typescript.length).toBeGreaterThan(10);
    expect(errors.map((error) => `${error.where} ${error.message}`)).toEqual([]);
  });

  it('every shell command is run, or exists, or is marked as not runnable from a clone', async () => {
    const commands = [
      ...blocks
        .filter((block) => SHELL_LANGS.includes(block.lang))
        .flatMap((block) => shellCommands(block.file, block.code, block.line)),
      ...tableCommands.map(({ file, command, line }) => parseCommand(file, command, line)),
    ];
    const problems: string[] = [];
    const counts = { run: 0, exists: 0, marked: 0 };
    for (const command of commands) {
      if (isShellError(command)) {
        problems.push(`${command.file}:${command.line} ${command.error}`);
        continue;
      }
      const verdict = classify(command, workspace);
      if (verdict.kind === 'error') problems.push(`${command.file}:${command.line} ${verdict.message}`);
      else counts[verdict.kind]++;
      if (verdict.kind === 'run') await startAndStop(command, verdict);
    }
    console.log(
      `${commands.length} shell commands: ${counts.run} run (servers on a free port), ${counts.exists} checked to exist, ` +
        `${counts.marked} marked as not runnable from a clone, ${problems.length} failed`,
    );
    expect(problems).toEqual([]);
    expect(counts.run).toBeGreaterThan(0);
    expect(counts.exists).toBeGreaterThan(0);
  });

  it('every fenced block names its language', () => {
    const bare = blocks.filter((block) => !block.lang).map((block) => `${block.file}:${block.line - 1}`);
    expect(bare).toEqual([]);
    const other = blocks.filter((block) => !TYPESCRIPT_LANGS.includes(block.lang) && !SHELL_LANGS.includes(block.lang));
    console.log(`not checked here: ${other.map((block) => `${block.lang} ${block.file}:${block.line}`).join(', ')}`);
  });

  it('no README holds a placeholder (TODO, TBD, <org> in a URL or a command)', () => {
    const found = list.flatMap(({ file, text }) => placeholders(file, text, blocks));
    expect(found.map(({ where, text }) => `${where} ${text}`)).toEqual([]);
  });
});
