/**
 * Writes the web app's icons (public/icons/*.png) from the favicon's drawing: a blue square with three
 * white lines. Run once after changing the drawing (`node scripts/icons.ts`); the PNGs are committed.
 * PNG is written with node:zlib (deflate and crc32): no image library, no network.
 */
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const BLUE = [0x24, 0x56, 0xc9];
const WHITE = [0xff, 0xff, 0xff];

/** The favicon's 16-unit drawing at `size` pixels; `safe` shrinks it into the maskable safe zone. */
function draw(size: number, options: { rounded: boolean; safe: boolean }): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const unit = size / 16;
  const inner = options.safe ? 0.7 : 1; // a maskable icon keeps its drawing in the middle 80 %
  const offset = (size * (1 - inner)) / 2;
  const lines = [
    { y: 5, from: 4, to: 12 },
    { y: 8, from: 4, to: 12 },
    { y: 11, from: 4, to: 9 },
  ];
  const radius = options.rounded ? 3 * unit : 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      // outside the rounded corners: transparent
      const cx = Math.min(x, size - 1 - x);
      const cy = Math.min(y, size - 1 - y);
      if (radius && cx < radius && cy < radius && Math.hypot(radius - cx, radius - cy) > radius) continue;
      const u = (x - offset) / (unit * inner);
      const v = (y - offset) / (unit * inner);
      const white = lines.some((l) => Math.abs(v - l.y) <= 0.8 && u >= l.from && u <= l.to);
      pixels.set([...(white ? WHITE : BLUE), 0xff], i);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
for (const size of [192, 512])
  writeFileSync(new URL(`icon-${size}.png`, out), png(size, draw(size, { rounded: true, safe: false })));
writeFileSync(new URL('maskable-512.png', out), png(512, draw(512, { rounded: false, safe: true })));
writeFileSync(new URL('apple-touch-icon.png', out), png(180, draw(180, { rounded: false, safe: false })));
console.log('icons written to public/icons/');
