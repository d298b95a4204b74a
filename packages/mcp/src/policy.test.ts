import { describe, expect, it } from 'vitest';
import { allows, missingFlags, READ_ONLY, refusal } from './policy.ts';

describe('write policy', () => {
  it('reads are always allowed; writes need --allow-writes; destructive calls need both flags', () => {
    expect(allows(READ_ONLY, 'read')).toBe(true);
    expect(allows(READ_ONLY, 'write')).toBe(false);
    expect(allows(READ_ONLY, 'destructive')).toBe(false);
    const writes = { allowWrites: true, allowDestructive: false };
    expect(allows(writes, 'write')).toBe(true);
    expect(allows(writes, 'destructive')).toBe(false);
    expect(allows({ allowWrites: false, allowDestructive: true }, 'destructive')).toBe(false);
    expect(allows({ allowWrites: true, allowDestructive: true }, 'destructive')).toBe(true);
  });

  it('names exactly the flags that are missing', () => {
    expect(missingFlags(READ_ONLY, 'write')).toEqual(['--allow-writes']);
    expect(missingFlags(READ_ONLY, 'destructive')).toEqual(['--allow-writes', '--allow-destructive']);
    expect(missingFlags({ allowWrites: true, allowDestructive: false }, 'destructive')).toEqual([
      '--allow-destructive',
    ]);
    expect(refusal(READ_ONLY, 'incidents.acknowledge', 'write')).toMatch(/incidents\.acknowledge.*--allow-writes/);
    expect(refusal(READ_ONLY, 'objects.get', 'read')).toBeUndefined();
  });
});
