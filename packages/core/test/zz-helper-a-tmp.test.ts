import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { safeParse } from 'zod/mini';
import { findEndpoint } from '../src/registry/registry.ts';
import { loadCatalog, parseExample, responseExamples } from './catalog.ts';

function flat(issues: any[], prefix: string[] = []): string[] {
  const out: string[] = [];
  for (const i of issues) {
    const p = [...prefix, ...(i.path ?? [])];
    if (i.code === 'invalid_union' && i.errors) {
      i.errors.forEach((e: any[], k: number) => out.push(...flat(e, [...p, `<u${k}>`])));
    } else out.push(`${p.join('.')}: ${i.code} ${i.message}`);
  }
  return out;
}

it('dump', () => {
  const cat = loadCatalog();
  const lines: string[] = [];
  for (const entry of cat.endpoints) {
    const ep = findEndpoint(entry.method, entry.path);
    if (!ep) {
      lines.push(`NOEP ${entry.method} ${entry.path}`);
      continue;
    }
    const s: any = (ep.schemas() as any).response;
    for (const ex of responseExamples(entry)) {
      const p = parseExample(ex.example);
      if (!p.ok || !s) continue;
      const r = safeParse(s, p.value);
      if (!r.success) {
        lines.push(`## ${ep.id} ${entry.method} ${entry.path} — ${ex.title}`);
        for (const l of flat(r.error.issues).slice(0, 40)) lines.push('   ' + l);
      }
    }
  }
  writeFileSync('/tmp/ha/issues.txt', lines.join('\n'));
});

it('bodies', () => {
  const cat = loadCatalog();
  const lines: string[] = [];
  for (const entry of cat.endpoints) {
    const ep = findEndpoint(entry.method, entry.path);
    if (!ep) continue;
    const sc: any = ep.schemas();
    const reqs = [entry.requestExample, ...(entry.extraExamples ?? []).map((x) => x.request)].filter(Boolean) as any[];
    for (const r of reqs) {
      if (sc.body && r.body != null && typeof r.body !== 'string') {
        const res = safeParse(sc.body, r.body);
        if (!res.success) lines.push(`BODY ${ep.id}: ${flat(res.error.issues).join(' | ')}`);
      }
      if (sc.query && r.query) {
        const q = { ...r.query };
        delete q['api-token'];
        delete q['auth-token'];
        const res = safeParse(sc.query, q);
        if (!res.success) lines.push(`QUERY ${ep.id}: ${flat(res.error.issues).join(' | ')}`);
      }
    }
  }
  writeFileSync('/tmp/ha/bodies.txt', lines.join('\n'));
});
