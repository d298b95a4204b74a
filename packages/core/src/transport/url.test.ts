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
