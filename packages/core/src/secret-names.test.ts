import { describe, expect, it } from 'vitest';
import { isSecretName, isSecretProperty, isSecretValue, nameWords, REDACTED, redactFields } from './secret-names.ts';

/** [name, secret?]: what the classifier must answer, the negative rows as important as the positive ones. */
const NAME_TABLE: readonly (readonly [string, boolean])[] = [
  // passwords of any name
  ['password', true],
  ['Password', true],
  ['newPassword', true],
  ['currentPassword', true],
  ['bindPassword', true],
  ['bind_password', true],
  ['SAYMON_PASSWORD', true],
  ['passwd', true],
  ['pass', true],
  ['db.pwd', true],
  // tokens, token ids, session ids, csrf, headers
  ['api-token', true],
  ['auth-token', true],
  ['token', true],
  ['authenticationToken', true],
  ['tokenId', true],
  ['sid', true],
  ['sessionId', true],
  ['x-session-id', true],
  ['csrf', true],
  ['x-csrf-token', true],
  ['Authorization', true],
  ['proxy-authorization', true],
  ['Cookie', true],
  ['set-cookie', true],
  ['client_secret', true],
  ['apiKey', true],
  ['api_key', true],
  ['apikey', true],
  ['privateKey', true],
  ['credentials', true],
  // not secrets: whole words only, and a key or an id alone is no credential
  ['key', false],
  ['monkey', false],
  ['keys', false],
  ['bypass', false],
  ['compass', false],
  ['passive', false],
  ['sidebar', false],
  ['inside', false],
  ['tokenizer', false],
  ['session', false],
  ['id', false],
  ['session_log', false],
  ['name', false],
  ['login', false],
  ['email', false],
  ['author', false],
  ['authenticationType', false],
  ['content-type', false],
  ['fields', false],
];

describe('isSecretName', () => {
  it.each(NAME_TABLE)('%s → %s', (name, secret) => {
    expect(isSecretName(name)).toBe(secret);
  });

  it('cuts names into words in every spelling', () => {
    expect(nameWords('newPassword')).toEqual(['new', 'password']);
    expect(nameWords('x-csrf-token')).toEqual(['x', 'csrf', 'token']);
    expect(nameWords('SAYMON_PASSWORD')).toEqual(['saymon', 'password']);
    expect(nameWords('APIKey')).toEqual(['api', 'key']);
  });
});

describe('isSecretValue', () => {
  const secrets = ['hunter22'];
  it.each([
    ['hunter22', true],
    ['my hunter22 notes', false], // merely contains the password: not a secret itself
    ['hunter2', false],
    ['', false],
    [42, false],
  ] as const)('%s → %s', (value, secret) => {
    expect(isSecretValue(value, secrets)).toBe(secret);
  });

  it('ignores secrets too short to look for', () => {
    expect(isSecretValue('ab', ['ab'])).toBe(false);
  });
});

describe('isSecretProperty', () => {
  it.each([
    [{ name: 'password', value: 'x' }, true],
    [{ name: 'Bind Password', value: 'x', type_id: 3 }, true],
    [{ name: 'api key', value: 'x' }, true],
    [{ name: 'monkey', value: 'x' }, false],
    [{ name: 'password' }, false],
    [{ name: 1, value: 'x' }, false],
  ] as const)('%j → %s', (record, secret) => {
    expect(isSecretProperty(record as Record<string, unknown>)).toBe(secret);
  });
});

describe('redactFields', () => {
  it('hides secret-named fields, secret properties and known secret values, and nothing else', () => {
    const input = {
      login: 'admin',
      newPassword: 'p4ssw0rd!',
      nested: [{ authenticationToken: 'tok-123' }, { key: 'preset-key', monkey: 'banana' }],
      props: [
        { name: 'bindPassword', value: 'ldap-pw', type_id: 3 },
        { name: 'host', value: '10.0.0.1' },
      ],
      note: 'sent by hunter22',
      echo: 'hunter22',
      cleared: null,
    };
    expect(redactFields(input, { secrets: ['hunter22'] })).toEqual({
      login: 'admin',
      newPassword: REDACTED,
      nested: [{ authenticationToken: REDACTED }, { key: 'preset-key', monkey: 'banana' }],
      props: [
        { name: 'bindPassword', value: REDACTED, type_id: 3 },
        { name: 'host', value: '10.0.0.1' },
      ],
      note: 'sent by hunter22',
      echo: REDACTED,
      cleared: null,
    });
    expect(input.newPassword).toBe('p4ssw0rd!');
  });

  it('passes other strings through the text redactor it is given', () => {
    expect(redactFields({ note: 'sent by hunter22' }, { text: (t) => t.replace('hunter22', REDACTED) })).toEqual({
      note: `sent by ${REDACTED}`,
    });
  });

  it('keeps a __proto__ key a plain key', () => {
    const out = redactFields(JSON.parse('{"__proto__":{"password":"x"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ password: REDACTED });
  });
});
