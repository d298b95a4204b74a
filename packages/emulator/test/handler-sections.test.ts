/**
 * `src/handlers/` follows the core registry's sections: each file serves the endpoints of one
 * section and is named after it as core's endpoint files are (`states.ts`, `incident-levels.ts`,
 * `api-v2.ts`), or is a declared handler factory (`*-factory.ts`) that serves no section itself;
 * `all.gen.ts` is the aggregated map (generated). An endpoint's section is its id's group (`objects.get`:
 * objects); the file is named after the documentation section most of the group's endpoints are
 * in (`sessions.*` and `authTokens.*`: Authentication; `incidentLevels.*`: Incident Levels).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { endpoints } from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', 'src', 'handlers');
const AGGREGATE = 'all.gen.ts';
const isFactory = (file: string) => file.endsWith('-factory.ts');

interface Endpoint {
  id: string;
  section: string;
}

/** `API v2` -> `api-v2`, `Incident Levels` -> `incident-levels`, `statRules` -> `stat-rules`. */
const kebab = (name: string) =>
  name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/\s+/g, '-')
    .toLowerCase();

/** The handler file each endpoint belongs in: its group's most common documentation section. */
function homeFiles(list: readonly Endpoint[]): Map<string, string> {
  const sections = new Map<string, Map<string, number>>();
  for (const { id, section } of list) {
    const group = id.split('.')[0] as string;
    const counts = sections.get(group) ?? new Map<string, number>();
    counts.set(section, (counts.get(section) ?? 0) + 1);
    sections.set(group, counts);
  }
  const fileOfGroup = new Map(
    [...sections].map(([group, counts]) => {
      const [top] = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
      return [group, `${kebab(top?.[0] ?? group)}.ts`];
    }),
  );
  return new Map(list.map(({ id }) => [id, fileOfGroup.get(id.split('.')[0] as string) as string]));
}

/** What is wrong with where handlers are: `file: id (belongs in home)` lines, and files named after no section. */
function misplaced(held: Map<string, string[]>, home: Map<string, string>): string[] {
  const sectionFiles = new Set(home.values());
  const problems: string[] = [];
  for (const [file, ids] of held) {
    if (file === AGGREGATE) continue;
    if (!isFactory(file) && !sectionFiles.has(file)) problems.push(`${file}: named after no registry section`);
    for (const id of ids) {
      if (home.get(id) !== file) problems.push(`${file}: ${id} (belongs in ${home.get(id)})`);
    }
  }
  // every endpoint is served from its own file, not only somewhere
  for (const [id, file] of home) {
    if (!held.get(file)?.includes(id)) problems.push(`${file}: ${id} missing`);
  }
  return [...new Set(problems)].sort();
}

/** The endpoint ids a handler file holds: keys of the handler maps it exports, and ids written as keys. */
async function heldIds(ids: Set<string>): Promise<Map<string, string[]>> {
  const held = new Map<string, string[]>();
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of files) {
    const path = join(dir, file);
    const found = new Set<string>();
    for (const match of readFileSync(path, 'utf8').matchAll(/['"]([A-Za-z0-9]+\.[A-Za-z0-9]+)['"]\s*:/g)) {
      if (ids.has(match[1] as string)) found.add(match[1] as string);
    }
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const key of Object.keys(value)) if (ids.has(key)) found.add(key);
    }
    held.set(file, [...found].sort());
  }
  return held;
}

describe('handler files follow the registry sections', () => {
  it('names each section file after its documentation section (ids: the group)', () => {
    const home = homeFiles([
      { id: 'sessions.create', section: 'Authentication' },
      { id: 'authTokens.create', section: 'Authentication' },
      { id: 'incidentLevels.list', section: 'Incidents' },
      { id: 'incidentLevels.create', section: 'Incident Levels' },
      { id: 'incidentLevels.delete', section: 'Incident Levels' },
      { id: 'v2.objects', section: 'API v2' },
      { id: 'statRules.setForLink', section: 'Stat Rules' },
    ]);
    expect(Object.fromEntries(home)).toEqual({
      'sessions.create': 'authentication.ts',
      'authTokens.create': 'authentication.ts',
      'incidentLevels.list': 'incident-levels.ts',
      'incidentLevels.create': 'incident-levels.ts',
      'incidentLevels.delete': 'incident-levels.ts',
      'v2.objects': 'api-v2.ts',
      'statRules.setForLink': 'stat-rules.ts',
    });
  });

  it('finds a handler outside its section, a missing one and a file named after no section (the check can fail)', () => {
    const home = new Map([
      ['tags.list', 'tags.ts'],
      ['presets.list', 'presets.ts'],
    ]);
    const held = new Map([
      ['tags.ts', ['presets.list', 'tags.list']],
      ['presets.ts', []],
      ['catalog.ts', []],
      ['crud-factory.ts', []],
      [AGGREGATE, ['presets.list', 'tags.list']],
    ]);
    expect(misplaced(held, home)).toEqual([
      'catalog.ts: named after no registry section',
      'presets.ts: presets.list missing',
      'tags.ts: presets.list (belongs in presets.ts)',
    ]);
  });

  it('holds every endpoint in the file of its section, and nothing else', async () => {
    const list = endpoints.map(({ id, section }) => ({ id, section }));
    const home = homeFiles(list);
    const held = await heldIds(new Set(home.keys()));
    expect(held.has(AGGREGATE)).toBe(true);
    expect([...held.keys()].filter(isFactory).length).toBeGreaterThan(0);
    expect(misplaced(held, home)).toEqual([]);
  });
});
