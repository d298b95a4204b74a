/**
 * `saymon completion bash|zsh|fish`: a completion script for groups, commands and their flags,
 * generated from the registry (the script holds the words; nothing runs on each Tab).
 */
import { endpoints, isPaged } from '@saymon-sdk/core';
import { UsageError } from './exit-codes.ts';
import type { CliIo, RunResult } from './io.ts';
import { commandTree } from './names.ts';
import { commandParams } from './params.ts';
import { BUILT_IN } from './run.ts';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
// the built-in commands beside the registry's groups, as run.ts dispatches them
const TOP = [...Object.keys(BUILT_IN), 'help'].sort();
const CALL_FLAGS = [
  '--output',
  '--error-format',
  '--jq',
  '--dry-run',
  '--debug',
  '--profile',
  '--from',
  '--concurrency',
  '--help',
];

interface Command {
  readonly group: string;
  readonly verb: string;
  readonly flags: readonly string[];
}

function commands(): { groups: string[]; verbs: Map<string, string[]>; list: Command[] } {
  const tree = commandTree(endpoints);
  const list: Command[] = [];
  for (const [group, verbs] of tree) {
    for (const [verb, endpoint] of verbs) {
      const params = commandParams(endpoint);
      const flags = params.flags.map((f) => `--${f.flag}`);
      if (!flags.includes('--from')) flags.push('--from');
      if (params.body !== 'none') flags.push('--body');
      if (endpoint.bodyKind === 'multipart' || endpoint.upload) flags.push('--file');
      if (isPaged(endpoint)) flags.push('--paginate');
      list.push({ group, verb, flags: [...flags, ...CALL_FLAGS] });
    }
  }
  return { groups: [...tree.keys()], verbs: new Map([...tree].map(([g, v]) => [g, [...v.keys()]])), list };
}

function bash(): string {
  const { groups, verbs, list } = commands();
  const verbCases = [...verbs].map(([g, v]) => `      ${g}) words="${v.join(' ')}" ;;`).join('\n');
  const flagCases = list.map((c) => `      "${c.group} ${c.verb}") words="${c.flags.join(' ')}" ;;`).join('\n');
  return `# saymon completion for bash: eval "$(saymon completion bash)"
_saymon() {
  local cur=\${COMP_WORDS[COMP_CWORD]} words=""
  if [[ $COMP_CWORD -eq 1 ]]; then
    words="${[...groups, ...TOP].join(' ')}"
  elif [[ $COMP_CWORD -eq 2 && $cur != -* ]]; then
    case \${COMP_WORDS[1]} in
${verbCases}
      completion) words="${SHELLS.join(' ')}" ;;
    esac
  elif [[ $cur == -* ]]; then
    case "\${COMP_WORDS[1]} \${COMP_WORDS[2]}" in
${flagCases}
    esac
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _saymon saymon
`;
}

function zsh(): string {
  return `# saymon completion for zsh: eval "$(saymon completion zsh)"
autoload -U +X bashcompinit && bashcompinit
${bash().split('\n').slice(1).join('\n')}`;
}

function fish(): string {
  const { groups, verbs, list } = commands();
  const lines = [
    '# saymon completion for fish: saymon completion fish | source',
    'complete -c saymon -f',
    `complete -c saymon -n __fish_use_subcommand -a '${[...groups, ...TOP].join(' ')}'`,
    `complete -c saymon -n '__fish_seen_subcommand_from completion' -a '${SHELLS.join(' ')}'`,
  ];
  for (const [group, v] of verbs) {
    lines.push(
      `complete -c saymon -n '__fish_seen_subcommand_from ${group}; and not __fish_seen_subcommand_from ${v.join(' ')}' -a '${v.join(' ')}'`,
    );
  }
  for (const c of list) {
    const condition = `__fish_seen_subcommand_from ${c.group}; and __fish_seen_subcommand_from ${c.verb}`;
    lines.push(`complete -c saymon -n '${condition}' ${c.flags.map((f) => `-l ${f.slice(2)}`).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: string): string {
  switch (shell) {
    case 'bash':
      return bash();
    case 'zsh':
      return zsh();
    case 'fish':
      return fish();
    default:
      throw new UsageError(`completion takes ${SHELLS.join(', ')}, not "${shell}"`);
  }
}

export async function runCompletion(args: readonly string[], io: CliIo): Promise<RunResult> {
  if (args.length !== 1 || !args[0]) throw new UsageError(`usage: saymon completion ${SHELLS.join('|')}`);
  io.stdout.write(completionScript(args[0]));
  return { exitCode: 0 };
}
