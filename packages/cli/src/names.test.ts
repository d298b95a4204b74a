import { endpoints } from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';
import { commandOf, commandTree, kebab } from './names.ts';
import { BUILT_IN } from './run.ts';

describe('command names', () => {
  it('are the SDK names in kebab-case', () => {
    expect(commandOf('objects.setStat')).toEqual({ group: 'objects', verb: 'set-stat' });
    expect(commandOf('eventLog.list')).toEqual({ group: 'event-log', verb: 'list' });
    expect(kebab('setStatMeta')).toBe('set-stat-meta');
  });

  it('name every endpoint once, and no group hides behind a built-in command', () => {
    const tree = commandTree(endpoints);
    expect([...tree.values()].reduce((n, verbs) => n + verbs.size, 0)).toBe(endpoints.length);
    expect([...tree.keys()].filter((group) => group in BUILT_IN || group === 'help')).toEqual([]);
  });
});
