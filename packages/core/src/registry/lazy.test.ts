/**
 * Importing the registry builds no schema: every endpoint and model builds its schemas on first
 * use (start-up cost stays flat however many endpoints there are).
 */
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ count: 0 }));

vi.mock('zod/mini', async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown>>();
  const counted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(original)) {
    // count the schema factories (lower-case functions: z.object, z.string, ...), not classes
    counted[name] =
      typeof value === 'function' && /^[a-z]/.test(name)
        ? (...args: unknown[]) => {
            calls.count++;
            return (value as (...a: unknown[]) => unknown)(...args);
          }
        : value;
  }
  return counted;
});

describe('lazy schemas', () => {
  it('importing the whole core builds no schema; using an endpoint builds only its own', async () => {
    const core = await import('../index.ts');
    expect(core.endpoints.length).toBeGreaterThan(200);
    expect(calls.count).toBe(0);
    core.getEndpoint('tags.list').schemas();
    const one = calls.count;
    expect(one).toBeGreaterThan(0);
    core.getEndpoint('tags.list').schemas();
    expect(calls.count).toBe(one); // built once, then cached
  });
});
