import { describe, expect, it } from 'vitest';
import { defaultMarks } from '../contract/define.ts';
import { endpoints, getEndpoint } from './registry.ts';

/** Every endpoint whose marks differ from the default of its method, as `id: effect idempotent`. */
const exceptions = () =>
  endpoints
    .filter((e) => {
      const base = defaultMarks(e.method);
      return e.effect !== base.effect || e.idempotent !== base.idempotent;
    })
    .map((e) => `${e.id}: ${e.method} ${e.effect}${e.idempotent ? ' idempotent' : ''}`);

describe('effect marks', () => {
  it('marks every read sent with a body as a read, and nothing else that is not a GET', () => {
    const reads = endpoints.filter((e) => e.method !== 'GET' && e.effect === 'read').map((e) => `${e.method} ${e.id}`);
    expect(reads).toEqual([
      'POST jobs.findByEntities',
      'PATCH notificationTemplates.previewDraft',
      'POST objects.search',
      'POST stat.history',
      'POST stat.search',
      'POST v2.getLinks',
      'POST v2.getObjects',
      'POST v2.getRefs',
    ]);
    for (const e of reads) expect(getEndpoint(e.split(' ')[1] as string)?.idempotent, e).toBe(true);
  });

  it('keeps the calls that only look like reads as writes (they make an agent act)', () => {
    for (const id of [
      'properties.testObjectMonitoring',
      'properties.testLinkMonitoring',
      'properties.checkObjectNow',
      'properties.checkLinkNow',
    ]) {
      expect(getEndpoint(id)?.effect, id).toBe('write');
      expect(getEndpoint(id)?.idempotent, id).toBe(false);
    }
  });

  it('reads with every GET and destroys with every DELETE but logging out', () => {
    for (const e of endpoints.filter((e) => e.method === 'GET')) expect(e.effect, e.id).toBe('read');
    const deletes = endpoints.filter((e) => e.method === 'DELETE' && e.effect !== 'destructive').map((e) => e.id);
    expect(deletes).toEqual(['sessions.delete']);
  });

  it('lists every exception to the default of its method, each one decided in its definition', () => {
    expect(exceptions()).toEqual([
      'authTokens.create: POST destructive',
      'bulks.runForObjects: POST destructive',
      'incidents.acknowledge: POST write idempotent',
      'incidents.clear: POST write idempotent',
      'incidents.clearAll: POST destructive idempotent',
      'incidents.clearRemove: POST destructive idempotent',
      'incidents.clearRemoveAll: POST destructive idempotent',
      'incidents.unacknowledge: POST write idempotent',
      'incidents.undoClear: POST write idempotent',
      'incidents.undoRemove: POST write idempotent',
      'jobs.addResult: PATCH write',
      'jobs.findByEntities: POST read idempotent',
      'links.setStatMeta: POST write idempotent',
      'notificationTemplates.previewDraft: PATCH read idempotent',
      'notificationTemplates.restoreDefault: POST write idempotent',
      'objects.search: POST read idempotent',
      'objects.setStatMeta: POST write idempotent',
      'properties.setLinkMonitoring: POST write idempotent',
      'properties.setObjectMonitoring: POST write idempotent',
      'sessions.delete: DELETE write idempotent',
      'stat.history: POST read idempotent',
      'stat.search: POST read idempotent',
      'users.setFavorites: POST write idempotent',
      'v2.getLinks: POST read idempotent',
      'v2.getObjects: POST read idempotent',
      'v2.getRefs: POST read idempotent',
    ]);
  });

  it('derives the default from the method', () => {
    expect(defaultMarks('GET')).toEqual({ effect: 'read', idempotent: true });
    expect(defaultMarks('POST')).toEqual({ effect: 'write', idempotent: false });
    expect(defaultMarks('PUT')).toEqual({ effect: 'write', idempotent: true });
    expect(defaultMarks('PATCH')).toEqual({ effect: 'write', idempotent: true });
    expect(defaultMarks('DELETE')).toEqual({ effect: 'destructive', idempotent: true });
  });

  it("has every call that needs no right of its own ('open') read, or touch only the caller's own data", () => {
    const open = endpoints.filter((e) => e.permissionsSource === 'open' && e.effect !== 'read').map((e) => e.id);
    expect(open).toEqual(['sessions.delete', 'users.setFavorites']);
  });
});
