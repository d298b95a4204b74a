/**
 * Fixtures the property, operation and job scenarios share. Records are made straight in the
 * emulator's store (through the tree functions), so these scenarios depend on no other handlers.
 */
import { createClient, type SaymonClient } from '@saymon-sdk/node';
import { createLink, createObject } from '../../src/domain/tree.ts';
import { withClassDefaults } from '../../src/store/defaults.ts';
import type { Rec, UserRecord } from '../../src/store/state.ts';
import type { ScenarioContext } from './types.ts';

export const UNKNOWN = 'fffffffffffffffffffffffe';

import { unique } from './assertions.ts';

export { expectInvalid, expectStatus, unique } from './assertions.ts';

export function newObject(ctx: ScenarioContext, fields: Record<string, unknown> = {}): Rec {
  return createObject(ctx.emulator.store, { name: unique('p-object'), ...fields });
}

/** A folder with two objects in it and a link between them. */
export function newLink(ctx: ScenarioContext, fields: Record<string, unknown> = {}) {
  const folder = newObject(ctx);
  const source = newObject(ctx, { parent_id: folder.id });
  const target = newObject(ctx, { parent_id: folder.id });
  const link = createLink(ctx.emulator.store, { source: source.id, target: target.id, ...fields });
  return { folder, source, target, link };
}

export function newFlow(ctx: ScenarioContext): Rec {
  const store = ctx.emulator.store;
  const id = store.newId();
  store.state.flows[id] = { id, name: unique('p-flow'), properties: [] };
  return store.state.flows[id] as Rec;
}

export function newClass(ctx: ScenarioContext, fields: Record<string, unknown> = {}): Rec {
  const store = ctx.emulator.store;
  const id = store.newId();
  store.state.classes[id] = withClassDefaults({
    id,
    name: unique('p-class'),
    properties: [],
    operations: [],
    ...fields,
  });
  return store.state.classes[id] as Rec;
}

/** A client for a new user holding exactly these rights (and seeing what `include` names, the root by default). */
export function clientWith(ctx: ScenarioContext, permissions: string[], include = ['1'], exclude: string[] = []) {
  const store = ctx.emulator.store;
  const id = store.newId();
  const login = `p-user-${id}`;
  const user: UserRecord = {
    id,
    login,
    password: 'secret',
    permissions,
    objectPermissions: { include, exclude },
    authenticationToken: null,
  };
  store.state.users[id] = user;
  const client: SaymonClient = createClient({
    url: ctx.url,
    responseValidation: 'strict',
    retry: 0,
    auth: { type: 'basic', login, password: 'secret' },
  });
  return { client, user };
}

/** The entity's properties in the store. */
export const storedProps = (record: Rec) => (record.properties ?? []) as Rec[];
