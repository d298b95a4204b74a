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
    if (!ep) { lines.push(`NOEP ${entry.method} ${entry.path}`); continue; }
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
