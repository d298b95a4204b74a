/**
 * Credentials from a saved profile: the bin connects with `--profile` (or `SAYMON_PROFILE`) and the
 * profile's token, with no `SAYMON_*` credential in its environment; an unknown profile stops it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createAuthToken, saveProfile } from '@saymon-sdk/node';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../core/test/temp-dir.ts';
import { startDemo } from './emulator.ts';
import { BIN, connectStdio } from './harness.ts';

describe('profiles', () => {
  it('connects with a saved profile named by --profile or SAYMON_PROFILE', async () => {
    const demo = await startDemo();
    onTestFinished(() => demo.emulator.close());
    const token = await createAuthToken(demo.client, (await demo.client.users.current()).id);
    const dir = tempDir('saymon-mcp-profile-');
    await saveProfile('lab', { url: demo.emulator.url, token }, join(dir, 'profiles.json'));
    for (const [env, flags] of [
      [{ SAYMON_CONFIG_DIR: dir }, ['--profile', 'lab']],
      [{ SAYMON_CONFIG_DIR: dir, SAYMON_PROFILE: 'lab' }, []],
    ] as const) {
      const mcp = await connectStdio({ ...env }, [...flags]);
      try {
        const sites = await mcp.call('find_objects', { class: 'Site' });
        expect(JSON.stringify(sites)).toContain('Moscow DC-1');
        expect(mcp.textSince(0)).not.toContain(token);
      } finally {
        await mcp.close();
      }
    }
    const missing = spawnSync(process.execPath, [BIN, '--profile', 'prod'], {
      env: { PATH: process.env.PATH ?? '', SAYMON_CONFIG_DIR: dir },
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no profile "prod" \(saved: lab\)/);
    expect(missing.stderr).not.toContain(token);
  });
});
