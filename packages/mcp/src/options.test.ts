import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, OptionsError, parseOptions } from './options.ts';

describe('saymon-mcp options', () => {
  it('is read-only over stdio by default', () => {
    expect(parseOptions([])).toEqual({
      policy: { allowWrites: false, allowDestructive: false },
      help: false,
      version: false,
    });
  });

  it('allows writes, and destructive calls only together with writes', () => {
    expect(parseOptions(['--allow-writes']).policy).toEqual({ allowWrites: true, allowDestructive: false });
    expect(parseOptions(['--allow-writes', '--allow-destructive']).policy).toEqual({
      allowWrites: true,
      allowDestructive: true,
    });
    expect(() => parseOptions(['--allow-destructive'])).toThrow(/needs --allow-writes/);
  });

  it('serves HTTP on loopback only, when asked', () => {
    expect(parseOptions(['--http']).http).toEqual({ host: '127.0.0.1', port: DEFAULT_PORT });
    expect(parseOptions(['--http', '--port', '0', '--host', '::1']).http).toEqual({ host: '::1', port: 0 });
    expect(() => parseOptions(['--http', '--host', '0.0.0.0'])).toThrow(/not a loopback/);
    expect(() => parseOptions(['--http', '--host', '192.168.1.5'])).toThrow(OptionsError);
    expect(() => parseOptions(['--http', '--host', '::'])).toThrow(/not a loopback/);
    expect(() => parseOptions(['--port', '9000'])).toThrow(/--http only/);
    expect(() => parseOptions(['--http', '--port', '70000'])).toThrow(/whole number/);
  });

  it('takes no credential as a flag, and never repeats its value', () => {
    for (const flag of ['--token=abc123secret', '--password', '--url=https://x', '--api-token=abc123secret']) {
      let message = '';
      try {
        parseOptions([flag, 'abc123secret']);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, flag).toMatch(/credentials come only from SAYMON_\* variables or a saved profile/);
      expect(message).not.toContain('abc123secret');
    }
  });

  it('refuses unknown options and positionals with the usage', () => {
    expect(() => parseOptions(['--allow-everything'])).toThrow(/Unknown option[\s\S]*--allow-writes/);
    expect(() => parseOptions(['objects'])).toThrow(OptionsError);
  });
});
