import { type AnyEndpoint, getEndpoint } from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';
import { createEmulatorApp } from '../app.ts';
import { answerViolations, queryOf, requestViolations } from './violations.ts';

const ADMIN = `Basic ${btoa('admin:saymon')}`;
const endpoint = (id: string) => getEndpoint(id as never) as AnyEndpoint;

describe('the proxy’s checks', () => {
  it('passes a conforming request and answer (the emulator’s own)', async () => {
    expect(requestViolations(endpoint('objects.get'), { id: '1' }, new URLSearchParams(), undefined)).toEqual([]);
    const { fetch } = createEmulatorApp({ seed: 'empty' });
    const answer = await fetch(
      new Request('http://emulator.test/node/api/objects/1', { headers: { authorization: ADMIN } }),
    );
    expect(answerViolations(endpoint('objects.get'), false, answer.status, await answer.text())).toEqual([]);
  });

  it('names the place and the types of a drifted answer, never its value', () => {
    const answer = JSON.stringify([{ id: '1', name: 4711 }]);
    const found = answerViolations(endpoint('objects.list'), false, 200, answer);
    expect(found[0]).toMatch(/^answer 0\.name: /);
    expect(found.join(' ')).not.toContain('4711');
    expect(answerViolations(endpoint('objects.list'), false, 200, '<html>')).toEqual([
      'answer: not JSON although the registry declares JSON',
    ]);
  });

  it('reads a fields= answer as a selection, and leaves error answers alone', () => {
    expect(answerViolations(endpoint('objects.list'), true, 200, JSON.stringify([{ id: '1' }]))).toEqual([]);
    expect(answerViolations(endpoint('objects.list'), false, 500, '{"code":"x"}')).toEqual([]);
  });

  it('reports a request body that is not JSON, or off the schema', () => {
    expect(requestViolations(endpoint('objects.create'), {}, new URLSearchParams(), '{')).toEqual([
      'request body: not JSON',
    ]);
    const found = requestViolations(endpoint('objects.create'), {}, new URLSearchParams(), '{"name":5}');
    expect(found[0]).toMatch(/^request body\.name: /);
  });

  it('leaves credentials and prototype keys out of the query it checks', () => {
    expect(queryOf(new URLSearchParams('api-token=t&__proto__=x&limit=5&ids[]=1'))).toEqual({
      limit: '5',
      'ids[]': ['1'],
    });
    expect(queryOf(new URLSearchParams('api-token=t'))).toBeUndefined();
  });
});
