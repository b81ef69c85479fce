// Grey-level image helpers for the board detectors: conversion, box downscaling, separable
// Gaussian blur, gradients and bilinear sampling. Pure functions over typed arrays.

/** A single-channel image, intensities 0..255, row-major. */
export interface GrayImage {
  width: number;
  height: number;
  data: Float32Array;
}

/** Converts interleaved RGB (channels = 3) or RGBA (channels = 4) pixels to grey (ITU-R BT.601 weights). */
export function toGray(pixels: ArrayLike<number>, width: number, height: number, channels: 1 | 3 | 4 = 3): GrayImage {
  const n = width * height;
  if (pixels.length < n * channels) throw new Error(`toGray: expected ${n * channels} values, got ${pixels.length}`);
  const data = new Float32Array(n);
  if (channels === 1) {
    for (let i = 0; i < n; i++) data[i] = pixels[i];
  } else {
    for (let i = 0, j = 0; i < n; i++, j += channels) {
      data[i] = 0.299 * pixels[j] + 0.587 * pixels[j + 1] + 0.114 * pixels[j + 2];
    }
  }
  return { width, height, data };
}

/** Averages factor×factor blocks (factor ≥ 1 integer). */
export function downscale(img: GrayImage, factor: number): GrayImage {
  if (factor <= 1) return img;
  const w = Math.floor(img.width / factor);
  const h = Math.floor(img.height / factor);
  const out = new Float32Array(w * h);
  const inv = 1 / (factor * factor);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let dy = 0; dy < factor; dy++) {
        const row = (y * factor + dy) * img.width + x * factor;
        for (let dx = 0; dx < factor; dx++) s += img.data[row + dx];
      }
      out[y * w + x] = s * inv;
    }
  }
  return { width: w, height: h, data: out };
}

/** Separable Gaussian blur with clamped borders. */
export function gaussianBlur(img: GrayImage, sigma: number): GrayImage {
  if (sigma <= 0) return img;
  const r = Math.max(1, Math.ceil(3 * sigma));
  const k = new Float32Array(2 * r + 1);
  let sum = 0;
  for (let i = -r; i <= r; i++) {
    k[i + r] = Math.exp(-(i * i) / (2 * sigma * sigma));
    sum += k[i + r];
  }
  for (let i = 0; i < k.length; i++) k[i] /= sum;
  const { width: w, height: h } = img;
  const tmp = new Float32Array(w * h);
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) {
        const xx = x + i < 0 ? 0 : x + i >= w ? w - 1 : x + i;
        s += k[i + r] * img.data[row + xx];
      }
      tmp[row + x] = s;
    }
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) {
        const yy = y + i < 0 ? 0 : y + i >= h ? h - 1 : y + i;
        s += k[i + r] * tmp[yy * w + x];
      }
      out[y * w + x] = s;
    }
  }
  return { width: w, height: h, data: out };
}

/** Central-difference gradients (zero on the border). */
export function gradients(img: GrayImage): { gx: Float32Array; gy: Float32Array } {
  const { width: w, height: h, data } = img;
  const gx = new Float32Array(w * h);
  const gy = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      gx[i] = 0.5 * (data[i + 1] - data[i - 1]);
      gy[i] = 0.5 * (data[i + w] - data[i - w]);
    }
  }
  return { gx, gy };
}

/** Bilinear sample of a w×h float field at (x, y); clamps to the border. */
export function sampleBilinear(field: Float32Array, w: number, h: number, x: number, y: number): number {
  if (x < 0) x = 0;
  else if (x > w - 1.001) x = w - 1.001;
  if (y < 0) y = 0;
  else if (y > h - 1.001) y = h - 1.001;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const i = y0 * w + x0;
  return (1 - fy) * ((1 - fx) * field[i] + fx * field[i + 1]) + fy * ((1 - fx) * field[i + w] + fx * field[i + w + 1]);
}
