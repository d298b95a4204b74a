// `@saymon-sdk/browser` re-exports core's root entry by name: none of it may be missing, and what
// it adds is this list.
import * as core from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';
import { reexports } from '../../../scripts/export-names.ts';
import * as browser from './index.ts';

const { missing, own } = reexports(new URL('./index.ts', import.meta.url), '@saymon-sdk/core');

describe('the entry of @saymon-sdk/browser', () => {
  it("exports every name of core's root", () => {
    expect(missing).toEqual([]);
  });

  it('adds the browser session and its errors', () => {
    expect(own).toEqual({
      values: ['SaymonCsrfError', 'SaymonSessionCookieError', 'browserSessionAuth', 'resolveBrowserAuth'],
      types: ['BrowserAuthOptions', 'BrowserClientOptions', 'BrowserSessionSettings', 'PageSessionOptions'],
    });
  });

  it("replaces core's createClient and createCore and passes the rest on as they are", () => {
    expect(browser.createClient).not.toBe(core.createClient);
    expect(browser.createCore).not.toBe(core.createCore);
    const replaced = ['createClient', 'createCore'];
    for (const [name, value] of Object.entries(core))
      if (!replaced.includes(name)) expect(browser, name).toHaveProperty(name, value);
  });
});
