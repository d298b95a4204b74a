/** `saymon completion bash` run by bash: it completes groups, commands and flags from the registry. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { completionScript } from '../src/completion.ts';
import { EXIT } from '../src/exit-codes.ts';
import { run } from '../src/run.ts';

/** What bash offers for the words typed so far (the last one being completed). */
function complete(words: string[]): string[] {
  const script = `${completionScript('bash')}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})
COMP_CWORD=${words.length - 1}
_saymon
printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

describe('saymon completion', () => {
  it('bash completes groups, commands of a group and the flags of a command', () => {
    expect(complete(['saymon', 'obj'])).toEqual(['objects']);
    expect(complete(['saymon', 'objects', 'set-st']).sort()).toEqual(
      ['set-stat', 'set-state', 'set-state-conditions', 'set-state-triggers', 'set-stat-meta'].sort(),
    );
    expect(complete(['saymon', 'objects', 'get', '1', '--fi'])).toEqual(['--fields']);
    expect(complete(['saymon', 'event-log', 'list', '--pag'])).toEqual(['--paginate']);
  });

  it('zsh and fish scripts name every group; an unknown shell is a usage error', async () => {
    expect(completionScript('zsh')).toContain('bashcompinit');
    expect(completionScript('fish')).toContain(
      "-n '__fish_seen_subcommand_from objects; and __fish_seen_subcommand_from get' -l fields",
    );
    const err: string[] = [];
    const result = await run(['completion', 'tcsh'], {
      env: {},
      stdout: { write: () => true },
      stderr: { write: (c) => err.push(String(c)) },
      stdin: [],
    });
    expect(result.exitCode).toBe(EXIT.usage);
    expect(err.join('')).toBe('saymon: completion takes bash, zsh, fish, not "tcsh"\n');
  });
});
