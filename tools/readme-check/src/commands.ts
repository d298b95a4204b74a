/**
 * What the check does with each shell command a README shows. Every command is one of:
 * - **run**: the test runs it: a server CLI (the emulator's, directly or through the root script that builds and
 *   starts it) is started with the README's arguments in an empty folder, on a free port, until it answers;
 * - **exists**: what it calls is there (a script of the root or of a workspace package, a file, a local bin);
 * - **marked**: its comment says `not from a clone: <why>` (publishing, installs from a registry);
 * anything else is an error. A newcomer has npm, not pnpm: `pnpm …` is an error (`npm run …`, `npx pnpm …`).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type ParseEntry, parse } from 'shell-quote';
import { binNames, type Workspace } from './workspace.ts';

/** The comment that marks a command as not runnable from a clone, and says why. */
export const NOT_FROM_A_CLONE = 'not from a clone:';

/** CLIs of long-running servers the test starts (on a free port, in an empty folder) and stops again. */
export const SERVER_CLIS = ['packages/emulator/dist/cli.js'];

export interface ShellCommand {
  file: string;
  line: number;
  /** The words of the command, environment assignments left out. */
  words: string[];
  /** The comment after it, if any. */
  comment?: string;
}

export type Verdict =
  | { kind: 'run'; script: string; args: string[] }
  | { kind: 'exists'; what: string }
  | { kind: 'marked'; why: string }
  | { kind: 'error'; message: string };

/** The commands of a shell block: one a line; lines holding only a comment are labels. */
export function shellCommands(file: string, code: string, firstLine: number): (ShellCommand | ShellError)[] {
  return code.split('\n').flatMap((text, index) => {
    const line = firstLine + index;
    if (!text.trim() || text.trim().startsWith('#')) return [];
    return [parseCommand(file, text, line)];
  });
}

export interface ShellError {
  file: string;
  line: number;
  error: string;
}

export function parseCommand(file: string, text: string, line: number): ShellCommand | ShellError {
  // `$NAME` stays as written: the check never expands the environment
  const entries: ParseEntry[] = parse(text, (name) => `$${name}`);
  const words: string[] = [];
  let comment: string | undefined;
  for (const entry of entries) {
    if (typeof entry === 'string') words.push(entry);
    else if ('comment' in entry) comment = entry.comment.trim();
    else if ('op' in entry)
      return { file, line, error: `"${entry.op}" in \`${text.trim()}\`: write one plain command a line` };
    else return { file, line, error: `a glob in \`${text.trim()}\`: write one plain command a line` };
  }
  while (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();
  return { file, line, words, ...(comment === undefined ? {} : { comment }) };
}

export function isShellError(command: ShellCommand | ShellError): command is ShellError {
  return 'error' in command;
}

/** Decides what the check does with a command (see the top of this file). */
export function classify(command: ShellCommand, workspace: Workspace): Verdict {
  const [program, ...args] = command.words;
  const shown = `\`${command.words.join(' ')}\``;
  if (!program) return { kind: 'error', message: 'an empty command' };
  if (command.comment?.toLowerCase().startsWith(NOT_FROM_A_CLONE)) return marked(command, workspace);
  const readmeDir = dirname(command.file);
  switch (program) {
    case 'pnpm': {
      const instead = args[0]?.startsWith('-') ? '' : `\`npm run ${args.join(' ')}\` (a root script) or `;
      return {
        kind: 'error',
        message: `${shown} needs pnpm on PATH, which a newcomer does not have: write ${instead}\`npx pnpm ${args.join(' ')}\``,
      };
    }
    case 'npm':
      return npmScript(args, workspace, shown);
    case 'npx':
      return args[0] === 'pnpm' ? pnpmScript(args.slice(1), workspace, shown) : localBin(args, workspace, shown);
    case 'node':
      return nodeScript(args, workspace, readmeDir, shown);
    case 'pip':
      return pipInstall(args, workspace, readmeDir, shown);
    default:
      return { kind: 'error', message: `${shown}: the check does not know \`${program}\`; run it, or mark it` };
  }
}

function marked(command: ShellCommand, workspace: Workspace): Verdict {
  const why = command.comment?.slice(NOT_FROM_A_CLONE.length).trim() ?? '';
  if (!why) return { kind: 'error', message: `\`${NOT_FROM_A_CLONE}\` says why after the colon` };
  const [program, name] = command.words;
  const ours = workspace.packages.find((p) => p.manifest.name === name);
  // `npx @saymon-sdk/x` runs the package's one bin once it is published: it must be public and have exactly one
  if (program === 'npx' && name?.startsWith('@saymon-sdk/')) {
    if (!ours) return { kind: 'error', message: `\`npx ${name}\`: no workspace package is called ${name}` };
    if (ours.manifest.private)
      return { kind: 'error', message: `\`npx ${name}\`: ${name} is private, never published` };
    const bins = binNames(ours.manifest);
    if (bins.length !== 1)
      return { kind: 'error', message: `\`npx ${name}\`: ${name} declares ${bins.length} bins, npx needs exactly one` };
  }
  return { kind: 'marked', why };
}

const SCRIPT_COMMANDS = new Set(['start', 'test', 'stop', 'restart']);

function npmScript(args: string[], workspace: Workspace, shown: string): Verdict {
  const [sub, ...rest] = args;
  const script =
    sub === 'run' || sub === 'run-script' ? rest.shift() : sub && SCRIPT_COMMANDS.has(sub) ? sub : undefined;
  if (!script)
    return { kind: 'error', message: `${shown}: only \`npm run <script>\` and \`npm start|test\` are checked` };
  const dashes = rest.indexOf('--');
  const own = (dashes < 0 ? rest : rest.slice(0, dashes)).find((arg) => arg.startsWith('-'));
  if (own) return { kind: 'error', message: `${shown}: npm takes ${own} for itself; pass it after \`--\`` };
  return rootScript(
    script,
    workspace,
    shown,
    rest.filter((_, index) => index !== dashes),
  );
}

function rootScript(script: string, workspace: Workspace, shown: string, args: string[] = []): Verdict {
  const body = workspace.manifest.scripts?.[script];
  if (body === undefined)
    return { kind: 'error', message: `${shown}: the root package.json has no script "${script}"` };
  // a script that builds and then starts a server CLI (`turbo run build … && node <cli>`) is run as that CLI
  // with the README's arguments: the build is done (the check runs after the packages' builds)
  const server = body.match(/(?:^|&&\s*)node (\S+)$/)?.[1];
  if (server && SERVER_CLIS.includes(server)) return { kind: 'run', script: join(workspace.root, server), args };
  return { kind: 'exists', what: `root script ${script}` };
}

function pnpmScript(args: string[], workspace: Workspace, shown: string): Verdict {
  const rest = [...args];
  let filter: string | undefined;
  if (rest[0] === '--filter' || rest[0] === '-F') {
    rest.shift();
    filter = rest.shift();
  }
  if (rest[0] === 'run') rest.shift();
  const script = rest[0];
  if (!script) return { kind: 'error', message: `${shown}: names no script` };
  if (filter === undefined) return rootScript(script, workspace, shown);
  const target = workspace.packages.find((p) => p.manifest.name === filter);
  if (!target) return { kind: 'error', message: `${shown}: no workspace package is called ${filter}` };
  return target.manifest.scripts?.[script] === undefined
    ? { kind: 'error', message: `${shown}: ${filter} has no script "${script}"` }
    : { kind: 'exists', what: `${filter} script ${script}` };
}

function localBin(args: string[], workspace: Workspace, shown: string): Verdict {
  const bin = args[0] ?? '';
  return existsSync(join(workspace.root, 'node_modules', '.bin', bin))
    ? { kind: 'exists', what: `bin ${bin}` }
    : {
        kind: 'error',
        message: `${shown} asks the registry for "${bin}": not from a clone; mark it \`# ${NOT_FROM_A_CLONE} <why>\``,
      };
}

/** A path as a README means it: from the README's folder, else from the repository root. */
function findPath(path: string, workspace: Workspace, readmeDir: string): string | undefined {
  return [join(workspace.root, readmeDir, path), join(workspace.root, path)].find((candidate) => existsSync(candidate));
}

function nodeScript(args: string[], workspace: Workspace, readmeDir: string, shown: string): Verdict {
  const [path, ...rest] = args;
  const found = path && !path.startsWith('-') ? findPath(path, workspace, readmeDir) : undefined;
  if (!found) return { kind: 'error', message: `${shown}: no file ${path} beside the README nor at the root` };
  if (SERVER_CLIS.includes(relative(workspace.root, found))) return { kind: 'run', script: found, args: rest };
  return { kind: 'exists', what: `file ${relative(workspace.root, found)}` };
}

function pipInstall(args: string[], workspace: Workspace, readmeDir: string, shown: string): Verdict {
  const [sub, target] = args;
  if (sub !== 'install' || !target || args.length !== 2)
    return { kind: 'error', message: `${shown}: only \`pip install <folder>\` is checked` };
  if (!/^\.{0,2}\//.test(target))
    return { kind: 'error', message: `${shown} installs from a registry: mark it \`# ${NOT_FROM_A_CLONE} <why>\`` };
  const found = findPath(target, workspace, readmeDir);
  return found
    ? { kind: 'exists', what: `folder ${relative(workspace.root, found)}` }
    : { kind: 'error', message: `${shown}: no folder ${target}` };
}
