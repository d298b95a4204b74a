import { describe, expect, it } from 'vitest';
import { classify, isShellError, parseCommand, shellCommands, type Verdict } from './commands.ts';
import { ROOT } from './readmes.ts';
import type { Workspace } from './workspace.ts';

// a workspace as `readWorkspace` reads it; files are looked up in the real repository
const workspace: Workspace = {
  root: ROOT,
  manifest: {
    name: 'root',
    scripts: { test: 'turbo run test', emulator: 'turbo run build && node packages/emulator/dist/cli.js' },
  },
  packages: [
    { dir: 'packages/emulator', manifest: { name: '@saymon-sdk/emulator', bin: { 'saymon-emulator': 'cli.js' } } },
    { dir: 'packages/core', manifest: { name: '@saymon-sdk/core', scripts: { test: 'vitest run' } } },
    { dir: 'tools/x', manifest: { name: '@saymon-sdk/x', private: true, bin: { x: 'x.js' } } },
  ],
};

const verdict = (text: string, file = 'README.md'): Verdict => {
  const command = parseCommand(file, text, 1);
  if (isShellError(command)) return { kind: 'error', message: command.error };
  return classify(command, workspace);
};

describe('classify', () => {
  it('checks that npm and npx pnpm scripts exist', () => {
    expect(verdict('npm test')).toEqual({ kind: 'exists', what: 'root script test' });
    expect(verdict('npx pnpm --filter @saymon-sdk/core test')).toEqual({
      kind: 'exists',
      what: '@saymon-sdk/core script test',
    });
    expect(verdict('npm run tour')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('no script "tour"'),
    });
    expect(verdict('npx pnpm --filter @saymon-sdk/core bench')).toMatchObject({ kind: 'error' });
    expect(verdict('npx pnpm --filter @saymon-sdk/nope test')).toMatchObject({ kind: 'error' });
  });

  it('refuses pnpm, which a newcomer does not have, and npm flags before --', () => {
    expect(verdict('pnpm test')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('`npm run test` (a root script) or `npx pnpm test`'),
    });
    expect(verdict('npm run test --dry-run')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('--dry-run'),
    });
    expect(verdict('npm run test -- --dry-run')).toMatchObject({ kind: 'exists' });
  });

  it('runs a script or a node command that starts a server CLI, with the README arguments', () => {
    const cli = `${ROOT}/packages/emulator/dist/cli.js`;
    expect(verdict('npm run emulator -- --seed empty')).toEqual({
      kind: 'run',
      script: cli,
      args: ['--seed', 'empty'],
    });
    expect(verdict('node packages/emulator/dist/cli.js --port 9000')).toEqual({
      kind: 'run',
      script: cli,
      args: ['--port', '9000'],
    });
  });

  it('looks files up beside the README, then at the root', () => {
    expect(verdict('node src/cli.ts', 'packages/python-codegen/README.md')).toEqual({
      kind: 'exists',
      what: 'file packages/python-codegen/src/cli.ts',
    });
    expect(verdict('pip install ./packages/python-codegen/python', 'packages/x/README.md')).toMatchObject({
      kind: 'exists',
    });
    expect(verdict('node src/nothing.ts', 'packages/python-codegen/README.md')).toMatchObject({ kind: 'error' });
  });

  it('takes a marked command when the mark says why, and checks what npx would run once published', () => {
    expect(verdict('npx @saymon-sdk/emulator --port 8080   # not from a clone: once published')).toEqual({
      kind: 'marked',
      why: 'once published',
    });
    expect(verdict('pip install saymon-sdk   # not from a clone: from PyPI')).toMatchObject({ kind: 'marked' });
    expect(verdict('pip install saymon-sdk   # not from a clone:')).toMatchObject({ kind: 'error' });
    expect(verdict('npx @saymon-sdk/x   # not from a clone: once published')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('private'),
    });
    expect(verdict('npx @saymon-sdk/core   # not from a clone: once published')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('0 bins'),
    });
  });

  it('refuses what it cannot vouch for: the registry unmarked, unknown programs, pipes', () => {
    expect(verdict('npx saymon-emulator --port 8080')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('asks the registry'),
    });
    expect(verdict('pip install saymon-sdk')).toMatchObject({ kind: 'error' });
    expect(verdict('curl http://127.0.0.1:8080/node/api')).toMatchObject({ kind: 'error' });
    expect(verdict('node src/cli.ts --out <dir>', 'packages/python-codegen/README.md')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('"<"'),
    });
  });
});

describe('shellCommands', () => {
  it('takes one command a line, with its README line, and skips comment lines', () => {
    const commands = shellCommands('R.md', '# a label\nnpm test   # the suite\n\nnpm start', 10);
    expect(commands).toEqual([
      { file: 'R.md', line: 11, words: ['npm', 'test'], comment: 'the suite' },
      { file: 'R.md', line: 13, words: ['npm', 'start'] },
    ]);
  });
});
