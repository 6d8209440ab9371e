/**
 * Draws MyoTrace's app icons (the brand mark: an orange dot for the muscles that hurt, a blue one
 * behind it for the muscles that compensate) into public/icons: an SVG for the browser tab and
 * PNGs for the web app manifest (192 and 512 px, and a 512 px "maskable" one with a full-bleed
 * background). Deterministic; its own small PNG encoder. `tsx scripts/icons.ts`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = resolve(import.meta.dirname, '../public/icons');
const ORANGE_LIGHT = [0xf0, 0x8c, 0x5a];
const ORANGE = [0xd9, 0x48, 0x0f];
const BLUE = [0x16, 0x68, 0xb8];
const PAPER = [0xff, 0xff, 0xff];
const MASK_BG = [0xe6, 0xf0, 0xf6];

/** The mark in unit coordinates: orange disc radius R; blue disc 0.73 R at +0.82 R, behind. */
function mark(scale: number) {
  const r = 0.27 * scale;
  const cx = 0.5 - 0.275 * r;
  return { r, cx, cy: 0.5, blueX: cx + 0.82 * r, blueR: 0.73 * r };
}

type Rgba = [number, number, number, number];

function sample(u: number, v: number, maskable: boolean): Rgba {
  const m = mark(maskable ? 0.8 : 1);
  // Background: a rounded square, or full bleed for the maskable icon.
  let bg: Rgba = [0, 0, 0, 0];
  const k = 0.2;
  const dx = Math.max(k - u, 0, u - (1 - k));
  const dy = Math.max(k - v, 0, v - (1 - k));
  if (maskable) bg = [...MASK_BG, 255] as Rgba;
  else if (Math.hypot(dx, dy) <= k) bg = [...PAPER, 255] as Rgba;
  const d = Math.hypot(u - m.cx, v - m.cy);
  if (d <= m.r) {
    const t = Math.min(1, Math.hypot(u - (m.cx - 0.3 * m.r), v - (m.cy - 0.3 * m.r)) / (1.3 * m.r) / 0.6);
    return [0, 1, 2].map((i) => Math.round(ORANGE_LIGHT[i]! + (ORANGE[i]! - ORANGE_LIGHT[i]!) * t)).concat(255) as Rgba;
  }
  if (Math.hypot(u - m.blueX, v - m.cy) <= m.blueR) return [...BLUE, 255] as Rgba;
  return bg;
}

/** Render with 4 × 4 samples per pixel. */
function render(size: number, maskable: boolean): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size, maskable);
          // Premultiplied, so transparent samples do not darken the edge.
          acc[0]! += (c[0] * c[3]) / 255;
          acc[1]! += (c[1] * c[3]) / 255;
          acc[2]! += (c[2] * c[3]) / 255;
          acc[3]! += c[3];
        }
      }
      const a = acc[3]! / (n * n);
      const o = (y * size + x) * 4;
      for (let i = 0; i < 3; i++) px[o + i] = a ? Math.round((acc[i]! / (n * n)) * (255 / a)) : 0;
      px[o + 3] = Math.round(a);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encode RGBA pixels as a PNG (8-bit RGBA, no filtering). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

function svg(): string {
  const m = mark(1);
  const f = (x: number) => Math.round(x * 1000) / 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <defs>
    <radialGradient id="o" cx="35%" cy="35%" r="65%">
      <stop offset="0" stop-color="#f08c5a"/>
      <stop offset="0.6" stop-color="#d9480f"/>
    </radialGradient>
  </defs>
  <rect width="100" height="100" rx="20" fill="#fff"/>
  <circle cx="${f(m.blueX)}" cy="50" r="${f(m.blueR)}" fill="#1668b8"/>
  <circle cx="${f(m.cx)}" cy="50" r="${f(m.r)}" fill="url(#o)"/>
</svg>
`;
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'icon.svg'), svg());
for (const size of [192, 512]) writeFileSync(join(OUT, `icon-${size}.png`), encodePng(size, render(size, false)));
writeFileSync(join(OUT, 'icon-maskable-512.png'), encodePng(512, render(512, true)));
console.log(`icons written to ${OUT}`);
