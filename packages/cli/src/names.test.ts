import { endpoints, getEndpoint } from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';
import { commandOf, commandTree, findCommand, kebab } from './names.ts';
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

  it('find every command by its words as the tree does, and nothing else', () => {
    for (const [group, verbs] of commandTree(endpoints)) {
      for (const [verb, endpoint] of verbs) {
        // the id's own spelling or the tree: never another endpoint
        expect(findCommand(getEndpoint, group, verb) ?? endpoint).toBe(endpoint);
      }
    }
    expect(findCommand(getEndpoint, 'objects', 'set-stat')?.id).toBe('objects.setStat');
    expect(findCommand(getEndpoint, 'event-log', 'list')?.id).toBe('eventLog.list');
    // the id's camelCase typed as such is not a command name
    expect(findCommand(getEndpoint, 'objects', 'setStat')).toBeUndefined();
    expect(findCommand(getEndpoint, 'objects', 'nope')).toBeUndefined();
  });
});
