import { describe, expect, it } from 'vitest';
import { readLimited } from './body.ts';

const KB = 1024;

/** An answer that arrives in `chunkSize` pieces, announcing `announced` bytes (or nothing). */
function answer(bytes: Uint8Array, chunkSize: number, announced?: number): Response {
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
  const headers = announced === undefined ? undefined : { 'content-length': String(announced) };
  return new Response(body, { headers });
}

const pattern = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 251);
const tooLarge = () => new Error('too large');
/** Where two byte arrays first differ (-1: equal); a failing `toEqual` on megabytes would print them all. */
const firstDifference = (a: Uint8Array, b: Uint8Array) => {
  for (let i = 0; i < Math.max(a.byteLength, b.byteLength); i++) if (a[i] !== b[i]) return i;
  return -1;
};

describe('readLimited', () => {
  it.each([
    ['a big answer of announced length, in many chunks', 1024 * KB, 64 * KB, 1024 * KB],
    ['a big answer without Content-Length', 1024 * KB, 64 * KB, undefined],
    ['more bytes than announced', 600 * KB, 64 * KB, 300 * KB],
    ['fewer bytes than announced', 300 * KB, 64 * KB, 600 * KB],
    ['a small answer in one chunk', 2 * KB, 64 * KB, 2 * KB],
    ['odd chunk sizes', 777 * KB + 3, 9999, 777 * KB + 3],
  ])('keeps every byte of %s', async (_, length, chunkSize, announced) => {
    const bytes = pattern(length);
    const read = await readLimited(answer(bytes, chunkSize, announced), false, 'throw', tooLarge);
    expect(read.truncated).toBe(false);
    expect(read.bytes.byteLength).toBe(length);
    expect(firstDifference(read.bytes, bytes)).toBe(-1);
  });

  it('keeps the first `limit` bytes of a longer answer when truncating', async () => {
    const bytes = pattern(900 * KB);
    const read = await readLimited(answer(bytes, 64 * KB, 300 * KB), 500 * KB, 'truncate', tooLarge);
    expect(read.truncated).toBe(true);
    expect(firstDifference(read.bytes, bytes.subarray(0, 500 * KB))).toBe(-1);
  });

  it('refuses an answer that grows past the limit, announced or not', async () => {
    await expect(
      readLimited(answer(pattern(600 * KB), 64 * KB, 600 * KB), 500 * KB, 'throw', tooLarge),
    ).rejects.toThrow('too large');
    await expect(
      readLimited(answer(pattern(600 * KB), 64 * KB, 300 * KB), 500 * KB, 'throw', tooLarge),
    ).rejects.toThrow('too large');
  });
});
