// `@saymon-sdk/node/endpoints` is core's `/endpoints` as it is, so a Node app imports single
// endpoints from the package it installed (as `@saymon-sdk/browser/endpoints` offers them).
import * as core from '@saymon-sdk/core/endpoints';
import { describe, expect, it } from 'vitest';
import { exportNames, typesEntry } from '../../../scripts/export-names.ts';
import * as node from './endpoints.ts';

describe('the /endpoints entry of @saymon-sdk/node', () => {
  it("exports exactly the names of core's /endpoints", () => {
    const coreTypes = typesEntry('@saymon-sdk/core', import.meta.url).replace(/index\.d\.ts$/, 'endpoints.d.ts');
    const [own, base] = exportNames(new URL('./endpoints.ts', import.meta.url), coreTypes);
    expect(own).toEqual(base);
    expect(base?.values).toContain('objectsGet');
  });

  it('passes the definitions on as they are', () => {
    expect(Object.keys(node).sort()).toEqual(Object.keys(core).sort());
    for (const [name, value] of Object.entries(core)) expect(node, name).toHaveProperty(name, value);
  });
});
