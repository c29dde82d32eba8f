/**
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png): a white price tag on Excel's green,
 * anti-aliased by 8×8 supersampling, written as PNG with Node's zlib. No image tools needed:
 * `npm run icons` rebuilds them; the PNGs are committed.
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const TOP = [0x21, 0xa3, 0x66]; // Excel green, lighter at the top
const BOTTOM = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 8;

/** The tag in a 1×1 square, pointing up-left: a rectangle with a pointed end, rotated 45°. */
function tagPolygon() {
  // a rectangle with its left end cut to a point, centred at 0
  const body = [[-0.34, 0], [-0.16, -0.17], [0.34, -0.17], [0.34, 0.17], [-0.16, 0.17]];
  const a = Math.PI / 4;
  return body.map(([x, y]) => [0.5 + x * Math.cos(a) - y * Math.sin(a), 0.5 + x * Math.sin(a) + y * Math.cos(a)]);
}

function insidePolygon(poly, x, y) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function draw(size) {
  const tag = tagPolygon();
  // the hole sits near the pointed end, on the tag's axis
  const a = Math.PI / 4;
  const hole = [0.5 + -0.17 * Math.cos(a), 0.5 + -0.17 * Math.sin(a)];
  const holeR = size <= 16 ? 0.07 : 0.055;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y, 0.2)) continue;
          const inHole = (x - hole[0]) ** 2 + (y - hole[1]) ** 2 <= holeR ** 2;
          if (insidePolygon(tag, x, y) && !inHole) fg++;
          else bg++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const t = py / (size - 1);
      const green = TOP.map((c, i) => c + (BOTTOM[i] - c) * t);
      const alpha = (bg + fg) / n;
      const o = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) {
        pixels[o + i] = alpha === 0 ? 0 : Math.round((green[i] * bg + WHITE[i] * fg) / (bg + fg));
      }
      pixels[o + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, pixels);
}

function png(size, rgba) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), draw(size));
  console.log(`assets/icon-${size}.png`);
}
