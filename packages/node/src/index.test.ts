// `@saymon-sdk/node` re-exports core's root entry by name: none of it may be missing, and what it
// adds is this list.
import * as core from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';
import { reexports } from '../../../scripts/export-names.ts';
import * as node from './index.ts';

const { missing, own } = reexports(new URL('./index.ts', import.meta.url), '@saymon-sdk/core');

describe('the entry of @saymon-sdk/node', () => {
  it("exports every name of core's root", () => {
    expect(missing).toEqual([]);
  });

  it('adds the Node.js extras', () => {
    expect(own).toEqual({
      values: [
        'ENV_VARIABLES',
        'USER_AGENT',
        'VERSION',
        'createClientFromEnv',
        'createDispatcher',
        'downloadDocument',
        'downloadDocumentToFile',
        'profileEnv',
        'profilesFile',
        'readProfiles',
        'removeProfile',
        'saveProfile',
        'tlsFromEnv',
        'uploadDocument',
        'useProfile',
        'writeProfiles',
      ],
      types: [
        'DocumentRef',
        'FileSource',
        'NodeClientOptions',
        'Profile',
        'ProfileStore',
        'ProxyOptions',
        'TlsOptions',
        'UploadDocumentOptions',
      ],
    });
  });

  it("replaces core's createClient and passes the rest on as they are", () => {
    expect(node.createClient).not.toBe(core.createClient);
    for (const [name, value] of Object.entries(core))
      if (name !== 'createClient') expect(node, name).toHaveProperty(name, value);
  });
});
