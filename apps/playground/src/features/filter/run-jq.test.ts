import { describe, expect, it } from 'vitest';
import { runJq } from './run-jq.ts';

const answer = new TextEncoder().encode(
  JSON.stringify([
    { id: '1', name: 'Root' },
    { id: '2', name: 'Server' },
  ]),
);

describe('runJq', () => {
  it('every output of the filter, parsed', async () => {
    expect(await runJq(answer, '.[].name')).toEqual({ ok: true, values: ['Root', 'Server'] });
    expect(await runJq(answer, 'map(select(.id == "2"))')).toEqual({
      ok: true,
      values: [[{ id: '2', name: 'Server' }]],
    });
    expect(await runJq(answer, 'empty')).toEqual({ ok: true, values: [] });
  });

  it("a filter that does not compile or fails gives jq's own message", async () => {
    const syntax = await runJq(answer, '.[');
    expect(syntax.ok).toBe(false);
    if (!syntax.ok) expect(syntax.message).toMatch(/^jq: error/);
    const runtime = await runJq(answer, '.[] | .name.x');
    expect(runtime.ok).toBe(false);
    if (!runtime.ok) expect(runtime.message).toMatch(/Cannot index string/);
  });
});
