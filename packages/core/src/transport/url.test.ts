import { describe, expect, it } from 'vitest';
import { SaymonValidationError } from '../errors.ts';
import { normalizeBaseUrl } from './url.ts';

describe('the server URL', () => {
  it.each(['http://admin:p@ss@[bad host]/', 'admin:hunter22@exa mple'])(
    'an invalid %s never shows the password',
    (url) => {
      let error: unknown;
      try {
        normalizeBaseUrl(url);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SaymonValidationError);
      expect(JSON.stringify(error)).not.toMatch(/p@ss|hunter22/);
    },
  );
});

describe('a server address without a scheme', () => {
  it.each([
    ['saymon.example.com', 'https://saymon.example.com'],
    ['saymon.example.com:8443/saymon', 'https://saymon.example.com:8443/saymon'],
    ['10.0.0.5:8080', 'https://10.0.0.5:8080'],
    ['localhost.example.com', 'https://localhost.example.com'],
    ['127.0.0.1.example.com', 'https://127.0.0.1.example.com'],
    ['[2001:db8::1]:8080', 'https://[2001:db8::1]:8080'],
  ])('%s is https: a token never goes out in the clear by default', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  it.each([
    ['localhost', 'http://localhost'],
    ['localhost:8080', 'http://localhost:8080'],
    ['LOCALHOST:8080/node/api', 'http://localhost:8080'],
    ['127.0.0.1', 'http://127.0.0.1'],
    ['127.0.0.1:3000', 'http://127.0.0.1:3000'],
    ['127.1.2.3:3000', 'http://127.1.2.3:3000'],
    ['::1', 'http://[::1]'],
    ['[::1]', 'http://[::1]'],
    ['[::1]:8080', 'http://[::1]:8080'],
  ])('%s is loopback, so http (the emulator speaks plain HTTP)', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  it('a scheme given is kept', () => {
    expect(normalizeBaseUrl('http://saymon.example.com')).toBe('http://saymon.example.com');
    expect(normalizeBaseUrl('https://localhost:8443')).toBe('https://localhost:8443');
  });
});
