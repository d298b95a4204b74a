import { permissionNames } from '@saymon-sdk/core';
import { emptyState, type State } from '../state.ts';

/** Root object, users, and the reference data every SAYMON server has. */
export function baseState(seed: string, now: number): State {
  const state = emptyState(seed);
  state.objects['1'] = {
    id: '1',
    name: 'Root',
    class_id: 1,
    state_id: 3,
    parent_id: [],
    child_ids: [],
    child_link_ids: [],
    child_ref_ids: [],
    properties: [],
    operations: [],
    tags: [],
    entityType: 1,
    created: now,
    updated: now,
    last_state_update: now,
    _version: 0,
  };
  state.users['5716383a15ebe5891125d6ca'] = {
    id: '5716383a15ebe5891125d6ca',
    login: 'admin',
    password: 'saymon',
    displayName: 'Administrator',
    email: 'admin@example.com',
    permissions: [...permissionNames],
    objectPermissions: { include: ['1'], exclude: [] },
    authenticationToken: null,
    group: null,
    status: 2,
    favorites: [],
  };
  state.users['578cf86daa6ca8853bec66df'] = {
    id: '578cf86daa6ca8853bec66df',
    login: 'viewer',
    password: 'viewer',
    displayName: 'Read-only viewer',
    email: 'viewer@example.com',
    permissions: [],
    objectPermissions: { include: ['1'], exclude: [] },
    authenticationToken: null,
    group: null,
    status: 2,
    favorites: [],
  };
  return state;
}
