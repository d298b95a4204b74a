import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { profileEnv, profilesFile, readProfiles, removeProfile, saveProfile, useProfile } from './profiles.ts';

async function folder() {
  const dir = await mkdtemp(join(tmpdir(), 'saymon-profiles-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe.skipIf(process.platform === 'win32')('profiles', () => {
  it('saves owner-only (folder 700, file 600); the first becomes current; use and remove switch it', async () => {
    const dir = join(await folder(), 'nested');
    const file = profilesFile({ SAYMON_CONFIG_DIR: dir });
    await saveProfile('lab', { url: 'https://lab.example', token: 't-lab' }, file);
    await saveProfile('prod', { url: 'https://prod.example', login: 'ops' }, file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await readProfiles(file)).current).toBe('lab');
    await useProfile('prod', file);
    expect((await readProfiles(file)).current).toBe('prod');
    await removeProfile('prod', file);
    expect(await readProfiles(file)).toEqual({
      current: 'lab',
      profiles: { lab: { url: 'https://lab.example', token: 't-lab' } },
    });
    await expect(useProfile('nope', file)).rejects.toThrow('no profile "nope" (saved: lab)');
    await expect(saveProfile('../evil', { url: 'x' }, file)).rejects.toThrow(/a profile name is/);
  });

  it('refuses a file others can read, without printing what it holds', async () => {
    const file = join(await folder(), 'profiles.json');
    await writeFile(file, JSON.stringify({ profiles: { a: { url: 'u', token: 'secret-token' } } }), { mode: 0o644 });
    const error = await readProfiles(file).catch((e: Error) => e);
    expect(String(error)).toMatch(/can be read by others \(mode 644\): run chmod 600/);
    expect(String(error)).not.toContain('secret-token');
  });

  it('profileEnv: the profile under the environment; its credentials only for its own server', async () => {
    const file = join(await folder(), 'profiles.json');
    await saveProfile('lab', { url: 'https://lab.example', token: 't-lab' }, file);
    await saveProfile('ops', { url: 'https://ops.example', login: 'ops' }, file);
    expect(await profileEnv(undefined, {}, file)).toEqual({ SAYMON_URL: 'https://lab.example', SAYMON_TOKEN: 't-lab' });
    expect(await profileEnv('lab', { SAYMON_URL: 'https://other' }, file)).toMatchObject({
      SAYMON_URL: 'https://other',
    });
    expect(await profileEnv('lab', { SAYMON_LOGIN: 'me', SAYMON_PASSWORD: 'pw' }, file)).toEqual({
      SAYMON_URL: 'https://lab.example',
      SAYMON_LOGIN: 'me',
      SAYMON_PASSWORD: 'pw',
    });
    expect(await profileEnv(undefined, { SAYMON_PROFILE: 'ops', SAYMON_PASSWORD: 'pw' }, file)).toMatchObject({
      SAYMON_URL: 'https://ops.example',
      SAYMON_LOGIN: 'ops',
      SAYMON_PASSWORD: 'pw',
    });
    await expect(profileEnv('gone', {}, file)).rejects.toThrow('no profile "gone"');
    expect(await profileEnv(undefined, { SAYMON_URL: 'u' }, join(file, '..', 'none.json'))).toEqual({
      SAYMON_URL: 'u',
    });
    expect(JSON.parse(await readFile(file, 'utf8')).current).toBe('lab');
  });
});
