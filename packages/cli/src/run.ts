/** `saymon [words] [flags]`: finds the command, runs it, maps any error to one line and an exit code. */
import { endpoints } from '@saymon-sdk/core';
import { EXIT, UsageError } from './exit-codes.ts';
import { VALUE_FLAGS } from './global-options.ts';
import type { CliIo, RunResult } from './io.ts';
import { commandTree } from './names.ts';
import { reportError } from './report.ts';

/** The command words (those not flags or flag values) and where they are. */
function commandWords(argv: readonly string[]): { word: string; index: number }[] {
  const words: { word: string; index: number }[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (VALUE_FLAGS.has(arg)) i++;
    else if (!arg.startsWith('-')) words.push({ word: arg, index: i });
  }
  return words;
}

function errorFormat(argv: readonly string[]): 'text' | 'json' {
  const at = argv.indexOf('--error-format');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--error-format='))?.slice(15);
  return value === 'json' ? 'json' : 'text';
}

type Command = (args: readonly string[], io: CliIo) => Promise<RunResult>;

/** The commands beside the registry's groups, each loaded only when it runs. */
export const BUILT_IN: Readonly<Partial<Record<string, () => Promise<Command>>>> = {
  api: async () => (await import('./api-command.ts')).runApi,
  commands: async () => (await import('./catalog.ts')).runCatalog,
  completion: async () => (await import('./completion.ts')).runCompletion,
  doctor: async () => (await import('./doctor/command.ts')).runDoctorCommand,
  login: async () => (await import('./login.ts')).runLogin,
  profile: async () => (await import('./profile-command.ts')).runProfile,
};

async function dispatch(argv: readonly string[], io: CliIo): Promise<RunResult> {
  const tree = commandTree(endpoints);
  const words = commandWords(argv);
  const rest = argv.filter((_, i) => !words.some((w) => w.index === i));
  const help = rest.includes('--help') || rest.includes('-h');
  const [first, second] = words;
  if (!first || first.word === 'help') {
    const { topHelp } = await import('./help.ts');
    io.stdout.write(`${topHelp(tree)}\n`);
    return { exitCode: first || help ? EXIT.ok : EXIT.usage };
  }
  const builtin = BUILT_IN[first.word];
  if (builtin) {
    const command = await builtin();
    return command(
      argv.filter((_, i) => i !== first.index),
      io,
    );
  }
  const verbs = tree.get(first.word);
  if (!verbs) throw new UsageError(`unknown command "${first.word}" (saymon --help lists the groups)`);
  if (!second) {
    const { groupHelp } = await import('./help.ts');
    io.stdout.write(`${groupHelp(first.word, verbs)}\n`);
    return { exitCode: help ? EXIT.ok : EXIT.usage };
  }
  const endpoint = verbs.get(second.word);
  if (!endpoint)
    throw new UsageError(
      `unknown command "${first.word} ${second.word}" (saymon ${first.word} --help lists its commands)`,
    );
  const { runEndpoint } = await import('./endpoint-command.ts');
  return runEndpoint(endpoint, rest, io);
}

/** Runs `saymon` with these arguments (without `node` and the script). Never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<RunResult> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return { exitCode: reportError(error, errorFormat(argv), io.stderr), error };
  }
}
