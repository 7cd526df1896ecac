/**
 * Draws the app's PNG icons (public/icons/) from the same shapes as public/favicon.svg: a blue
 * rounded square with a white baseline and three bars. Run it after changing the mark:
 *   npx tsx scripts/makeIcons.ts
 * The PNGs are committed: the build needs no image library. The maskable icon fills the whole
 * square and keeps the mark inside the central circle (40% radius) every platform's mask keeps.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x0b, 0x5c, 0xad] as const;
// The favicon's strokes in its 32-unit box: [x1, y1, x2, y2], 3 units wide with round caps.
const STROKES = [
  [6, 22, 26, 22],
  [10, 22, 10, 12],
  [16, 22, 16, 8],
  [22, 22, 22, 16],
] as const;
const HALF_WIDTH = 1.5;

function distanceToSegment(px: number, py: number, [x1, y1, x2, y2]: readonly number[]): number {
  const [ax, ay, bx, by] = [x1 ?? 0, y1 ?? 0, x2 ?? 0, y2 ?? 0];
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 32 - radius);
  const cy = Math.min(Math.max(y, radius), 32 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** RGBA pixels of the icon at `size`, 4×4 samples a pixel. */
function draw(size: number, maskable: boolean): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  // Maskable: the strokes shrunk about the centre into the safe circle, the background full.
  const scale = maskable ? 0.8 : 1;
  const SAMPLES = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let mark = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SAMPLES) / size) * 32;
          const y = ((py + (sy + 0.5) / SAMPLES) / size) * 32;
          if (!maskable && !insideRoundedSquare(x, y, 6)) continue;
          background++;
          // Centre the mark (its box spans y 6.5–23.5) before scaling it.
          const mx = 16 + (x - 16) / scale;
          const my = 15 + (y - 16) / scale;
          if (STROKES.some((s) => distanceToSegment(mx, my, s) <= HALF_WIDTH)) mark++;
        }
      }
      const total = SAMPLES * SAMPLES;
      const white = mark / Math.max(background, 1);
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        pixels[at + c] = Math.round((BLUE[c] ?? 0) * (1 - white) + 255 * white);
      }
      pixels[at + 3] = Math.round((background / total) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon-180.png', 180, true],
] as const) {
  writeFileSync(new URL(name, out), png(size, draw(size, maskable)));
}
