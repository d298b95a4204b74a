/**
 * The README stays true: its client snippet is JSON that starts this package's bin with flags it
 * takes, its flags table lists every option, and its figures are the suite's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { parseOptions, USAGE } from '../src/options.ts';
import { TASKS } from './tasks/index.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows a client configuration that runs this package with options it takes', () => {
    const block = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
    const config = JSON.parse(block ?? 'null') as { mcpServers: Record<string, { command: string; args: string[] }> };
    const server = config.mcpServers.saymon;
    expect(server?.command).toBe('npx');
    expect(server?.args.slice(0, 2)).toEqual(['-y', pkg.name]);
    expect(() => parseOptions(server?.args.slice(2) ?? [])).not.toThrow();
    expect(Object.keys(pkg.bin)).toEqual(['saymon-mcp']);
  });

  it('lists every option of the command line', () => {
    const options = [...USAGE.matchAll(/^ {2}(--[\w-]+)/gm)].map((m) => m[1] as string).filter((o) => o !== '--help');
    expect(options.length).toBeGreaterThan(6);
    for (const option of options) expect(readme, option).toContain(`\`${option}`);
  });

  it('states the size of the task suite', () => {
    expect(readme).toContain(`a suite of ${TASKS.length} operator tasks`);
  });
});
