import { describe, expect, it } from 'vitest';
import { base64ToText, fromBase64, toBase64 } from './bytes.ts';

describe('bytes', () => {
  it('round-trips every byte value and large files', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
    const large = new Uint8Array(300_000).map((_, i) => (i * 31) % 251);
    expect(fromBase64(toBase64(large))).toEqual(large);
    expect(toBase64(large)).toBe(Buffer.from(large).toString('base64'));
  });

  it('decodes UTF-8 credentials and refuses what is not base64', () => {
    expect(base64ToText(Buffer.from('админ:пароль', 'utf8').toString('base64'))).toBe('админ:пароль');
    expect(base64ToText('%%%not base64')).toBeUndefined();
    expect(fromBase64('')).toEqual(new Uint8Array());
  });

  it('decodes as TextDecoder does: ASCII, every byte, a BOM, broken UTF-8', () => {
    const cases = [
      'admin:saymon',
      '',
      ':',
      'a\u0000b\u007f',
      Uint8Array.from({ length: 256 }, (_, i) => i),
      Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x62]),
      Uint8Array.from([0x61, 0x3a, 0xc3]),
      Uint8Array.from([0xff, 0xfe, 0x3a]),
    ];
    for (const value of cases) {
      const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
      expect(base64ToText(toBase64(bytes))).toBe(new TextDecoder().decode(bytes));
    }
  });
});
