// Node-only: encodes and decodes 8-bit RGB PNG images (no canvas dependency).
// ref: PNG specification, W3C Recommendation (2nd ed., 2003) — chunks, CRC-32, filter types 0–4.
import { deflateSync, inflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/**
 * Encodes a packed RGB24 image as a PNG. Each row uses the "Sub" filter (difference from the
 * pixel to the left), which compresses camera images well at a low cost.
 */
export function encodePng(rgb: Uint8Array, width: number, height: number, level = 6): Uint8Array {
  if (rgb.length !== width * height * 3) throw new Error(`encodePng: ${rgb.length} bytes is not ${width}×${height}×3`);
  const stride = width * 3;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1);
    const row = y * stride;
    raw[o] = 1; // filter type Sub
    for (let i = 0; i < 3 && i < stride; i++) raw[o + 1 + i] = rgb[row + i]!;
    for (let i = 3; i < stride; i++) raw[o + 1 + i] = (rgb[row + i]! - rgb[row + i - 3]!) & 0xff;
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour RGB, deflate, adaptive filtering, no interlace
  const parts = [
    Uint8Array.from(SIGNATURE),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG to packed RGB24 (alpha dropped). For tests and previews. */
export function decodePng(png: Uint8Array): { width: number; height: number; rgb: Uint8Array } {
  for (let i = 0; i < 8; i++) if (png[i] !== SIGNATURE[i]) throw new Error('decodePng: not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let off = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat: Uint8Array[] = [];
  while (off < png.length) {
    const len = view.getUint32(off);
    const type = String.fromCharCode(...png.subarray(off + 4, off + 8));
    const data = png.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(off + 8);
      height = view.getUint32(off + 12);
      const depth = data[8];
      const colour = data[9];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || data[12] !== 0)
        throw new Error('decodePng: only 8-bit RGB/RGBA non-interlaced PNGs are supported');
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pix = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const o = y * stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? pix[o + i - channels]! : 0;
      const b = y > 0 ? pix[o - stride + i]! : 0;
      const c = y > 0 && i >= channels ? pix[o - stride + i - channels]! : 0;
      let p = src[i]!;
      if (f === 1) p += a;
      else if (f === 2) p += b;
      else if (f === 3) p += (a + b) >> 1;
      else if (f === 4) {
        const q = a + b - c;
        const pa = Math.abs(q - a);
        const pb = Math.abs(q - b);
        const pc = Math.abs(q - c);
        p += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pix[o + i] = p & 0xff;
    }
  }
  if (channels === 3) return { width, height, rgb: pix };
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < pix.length; i += 4, j += 3) rgb.set(pix.subarray(i, i + 3), j);
  return { width, height, rgb };
}
