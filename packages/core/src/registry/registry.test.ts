import { describe, expect, it } from 'vitest';
import { loadCatalog, textDigest } from '../../test/catalog.ts';
import { createRouter } from '../contract/match.ts';
import { summaryOf } from '../docs.ts';
import * as sections from '../endpoints/all.gen.ts';
import { compareIds, endpoints, findEndpoint, getEndpoint } from './registry.ts';

const catalog = loadCatalog();

describe('the registry covers the catalog', () => {
  it('defines every catalogued (method, path) once, with its section, title, provenance and permissions', () => {
    const missing: string[] = [];
    const respelt: string[] = [];
    for (const entry of catalog.endpoints) {
      const endpoint = findEndpoint(entry.method, entry.path);
      if (!endpoint) {
        missing.push(`${entry.method} ${entry.path}`);
        continue;
      }
      if (endpoint.path !== entry.path) respelt.push(`${entry.path} → ${endpoint.path}`);
      expect(endpoint.section).toBe(entry.section);
      expect(endpoint.title).toBe(entry.title);
      expect(endpoint.provenance).toBe(entry.provenance);
      const permissions = entry.permissions;
      // the catalog's own text, except where the docs name none and a sibling's is taken
      const documented = permissions.join(' | ').replace(/\s+/g, ' ');
      // where the docs name only visibility, the sibling's right is added to their text
      if (endpoint.permissionsSource === 'sibling')
        expect(documented === '' || endpoint.permissions.startsWith(`${documented} & (`), endpoint.id).toBe(true);
      else expect(endpoint.permissions.replace(/\s+/g, ' ')).toBe(permissions.join(' | ').replace(/\s+/g, ' '));
      // summaries are written in our own words, not copied from the catalog
      expect(textDigest(summaryOf(endpoint)), endpoint.id).not.toBe(entry.summaryDigest);
    }
    expect(missing).toEqual([]);
    // SAYMON's pages write these two paths with other parameter names than their siblings on the same path
    expect(respelt).toEqual([
      '/node/api/classes/:classId/props/:propId → /node/api/classes/:class_id/props/:prop_id',
      '/node/api/objects/:id/stat-rules → /node/api/objects/:object_id/stat-rules',
    ]);
    console.log(`registry: ${endpoints.length} endpoints, ${catalog.endpoints.length} catalogued`);
  });

  it('spells each path one way: the same parameter names whatever the method', () => {
    const spellings = new Map<string, Set<string>>();
    for (const endpoint of endpoints) {
      const route = endpoint.path.replace(/:[A-Za-z_]\w*/g, ':');
      spellings.set(route, (spellings.get(route) ?? new Set()).add(endpoint.path));
    }
    const mixed = [...spellings.values()].filter((paths) => paths.size > 1).map((paths) => [...paths]);
    expect(mixed).toEqual([]);
  });

  it("gives every call that changes data a permission (documented, or a sibling's, marked so)", () => {
    const writes = endpoints.filter((e) => e.effect !== 'read' && e.auth !== false);
    // visibility alone (objectPermissions, linkPermissions, …) is no right: a read-only user has it
    const rights = (e: (typeof endpoints)[number]) =>
      (e.permissions.match(/[A-Za-z][\w-]*/g) ?? []).filter(
        (name) => !/^(object|link|entity|reference)Permissions$/.test(name),
      );
    const unguarded = writes.filter((e) => rights(e).length === 0 && e.permissionsSource !== 'open');
    expect(unguarded.map((e) => e.id)).toEqual([]);
    for (const e of endpoints.filter((e) => e.permissionsSource === 'sibling')) {
      expect(e.permissions.trim(), e.id).not.toBe('');
      expect(e.method, e.id).not.toBe('GET');
    }
    const sibling = endpoints.filter((e) => e.permissionsSource === 'sibling').length;
    const open = writes.filter((e) => e.permissionsSource === 'open').map((e) => e.id);
    console.log(`permissions: ${writes.length} writes, ${sibling} take a sibling's, open: ${open.join(', ')}`);
  });

  it('adds only the documented variant the catalog keeps as an example', () => {
    const catalogued = new Set(catalog.endpoints.map((e) => findEndpoint(e.method, e.path)));
    const extra = endpoints.filter((e) => !catalogued.has(e)).map((e) => e.id);
    expect(extra).toEqual(['notificationTemplates.previewDraft']);
  });

  it('has unique ids of the form <group>.<verb>, found by id and by route', () => {
    const ids = endpoints.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const endpoint of endpoints) {
      expect(endpoint.id).toMatch(/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/);
      expect(getEndpoint(endpoint.id)).toBe(endpoint);
      expect(findEndpoint(endpoint.method, endpoint.path)).toBe(endpoint);
      expect(summaryOf(endpoint).length).toBeGreaterThan(10);
    }
  });

  it('holds every definition the sections export, each once (the generated list is the namespace)', () => {
    const exported = Object.values(sections);
    expect(endpoints).toHaveLength(exported.length);
    expect(new Set(endpoints)).toEqual(new Set(exported));
  });

  it('keeps the order localeCompare gives, without loading the collator', () => {
    const ids = endpoints.map((e) => e.id);
    expect([...ids].sort((a, b) => a.localeCompare(b))).toEqual(ids);
    const tricky = ['objects.get', 'objects.getAll', 'objectsX.a', 'objects.Get', 'v2.get', 'a1.b', 'ab.c', 'a.b'];
    expect([...tricky].sort(compareIds)).toEqual([...tricky].sort((a, b) => a.localeCompare(b)));
  });

  it('routes concrete paths to the most specific endpoint', () => {
    const router = createRouter(endpoints);
    expect(router.match('GET', '/node/api/users/current')?.endpoint.id).toBe('users.current');
    expect(router.match('GET', '/node/api/users/42')?.endpoint.id).toBe('users.get');
    expect(router.match('GET', '/node/api/objects/a%2Fb')?.params).toEqual({ id: 'a/b' });
    expect(router.match('PATCH', '/node/api/version/hash')).toBeUndefined();
    expect(router.match('GET', '/node/api/objects/1/nothing')).toBeUndefined();
  });
});
