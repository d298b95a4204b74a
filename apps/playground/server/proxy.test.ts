import { describe, expect, it } from 'vitest';
import { checkServerUrl, rewriteSetCookie } from './proxy.ts';

describe('the dev server proxy', () => {
  it('takes http(s) server URLs without credentials, down to the server root', () => {
    expect(checkServerUrl('saymon.example.com')).toBe('https://saymon.example.com');
    expect(checkServerUrl('http://10.0.0.5:8080/node/api/')).toBe('http://10.0.0.5:8080');
    expect(checkServerUrl('https://host/saymon/')).toBe('https://host/saymon');
    expect(() => checkServerUrl('https://admin:secret@host')).toThrow(/Auth panel/);
    expect(() => checkServerUrl('file:///etc/passwd')).toThrow(/http/);
    expect(() => checkServerUrl('https://[bad host]')).toThrow(/not a URL/);
    // as the SDK reads it: a loopback host without a scheme is the emulator's plain http
    expect(checkServerUrl('localhost:8080')).toBe('http://localhost:8080');
    expect(checkServerUrl('[::1]:8080')).toBe('http://[::1]:8080');
  });

  it("fits the real server's cookies to the page's origin", () => {
    expect(rewriteSetCookie('sid=abc; Path=/; Domain=saymon.example.com; Secure; HttpOnly; SameSite=None', false)).toBe(
      'sid=abc; Path=/; HttpOnly; SameSite=Lax',
    );
    expect(rewriteSetCookie('csrf=x; Path=/; Secure', true)).toBe('csrf=x; Path=/; Secure');
  });
});
