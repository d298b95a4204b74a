/** Questions on the terminal: a login, a hidden password, a confirmation. */
import { UsageError } from './exit-codes.ts';
import type { CliIo } from './io.ts';

/** Whether a person can answer: standard input and standard error are a terminal. */
export function isTerminal(io: CliIo): boolean {
  return (io.stdin as { isTTY?: boolean }).isTTY === true && io.stderr.isTTY === true;
}

/** A line typed on the terminal; hidden (nothing echoed) for a password. */
export async function ask(question: string, hidden: boolean, io: CliIo, usage: string): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  if (!isTerminal(io)) throw new UsageError(`${question.trim()} needs a terminal (usage: ${usage})`);
  const { createInterface } = await import('node:readline');
  const output = io.stderr as NodeJS.WriteStream;
  const rl = createInterface({ input: stdin, output, terminal: true });
  if (hidden) {
    // echo nothing of what is typed
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(question)) output.write(question);
    };
  }
  try {
    return await new Promise<string>((resolve) => rl.question(question, resolve));
  } finally {
    rl.close();
    if (hidden) output.write('\n');
  }
}

/**
 * Destructive calls (the registry's `effect: 'destructive'`: data no other call brings back) ask on a
 * terminal and need `--yes` otherwise; nothing is sent unless confirmed.
 */
export async function confirmDestructive(what: string, yes: boolean, io: CliIo): Promise<void> {
  if (yes) return;
  if (!isTerminal(io))
    throw new UsageError(
      `${what} removes data no other call brings back: add --yes to run it without a terminal (nothing sent)`,
    );
  const answer = await ask(`${what} removes data no other call brings back. Continue? [y/N] `, false, io, '--yes');
  if (!/^y(es)?$/i.test(answer.trim())) throw new UsageError('not confirmed: nothing sent');
}
