// Draws the toolbar icon (a lens over a bar chart) at each manifest size, with 4x4 supersampling.
// Run once after changing the design: node scripts/make-icons.mjs. Output is committed.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const BG = [30, 64, 175];
const FG = [255, 255, 255];
const BAR = [134, 239, 172];
// Shape in unit coordinates (0..1): returns a colour or null for transparent.
function shape(u, v) {
  const rounded = (() => {
    const r = 0.2;
    const dx = Math.max(r - u, 0, u - (1 - r));
    const dy = Math.max(r - v, 0, v - (1 - r));
    return dx * dx + dy * dy <= r * r;
  })();
  if (!rounded) return null;
  const cx = 0.44, cy = 0.44, d = Math.hypot(u - cx, v - cy);
  if (d > 0.22 && d < 0.3) return FG; // lens ring
  // handle: a thick line from the ring towards the bottom-right corner
  const t = ((u - cx) + (v - cy)) / 2;
  const off = Math.abs((u - cx) - (v - cy)) / Math.SQRT2;
  if (t > 0.2 && t < 0.36 && off < 0.06) return FG;
  // bars inside the lens
  if (d < 0.22) {
    const bars = [[0.33, 0.52], [0.42, 0.44], [0.51, 0.36]];
    for (const [x, top] of bars) if (u > x - 0.03 && u < x + 0.03 && v > top && v < 0.57) return BAR;
  }
  return BG;
}
mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const S = 4;
  const buf = png(size, (x, y) => {
    let r = 0, g = 0, b = 0, a = 0;
    for (let i = 0; i < S; i++)
      for (let j = 0; j < S; j++) {
        const c = shape((x + (i + 0.5) / S) / size, (y + (j + 0.5) / S) / size);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
      }
    return a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (S * S))] : [0, 0, 0, 0];
  });
  writeFileSync(`public/icons/icon-${size}.png`, buf);
}
console.log('icons written to public/icons');
