// Shrinking a 4:2:0 frame into packed RGB the way the CLI's ffmpeg does it
// (`-vf scale=W:H:flags=area -pix_fmt rgb24`, libswscale), integer for integer, so that the page's
// detector sees the very pixels `openmocap process` sees (MoveNet moves a keypoint by a pixel for a
// one-level change). Three steps, each as libswscale computes it:
//   1. area filters: per output sample, weights over the input samples it covers, in fixed point,
//      trimmed, aligned (4 taps across, 2 down) and normalised with error diffusion;
//   2. horizontal pass: 8-bit samples → 15-bit intermediates (Σ sample × weight₁₄ >> 7);
//   3. vertical pass and output: Σ intermediate × weight₁₂, then YUV → RGB: through lookup tables
//      (BT.601, studio range) with one chroma sample per two pixels when the width is even, or with
//      per-pixel chroma and 2^13 fixed-point coefficients when it is odd (swscale then interpolates chroma).
// ref: FFmpeg libswscale (4.x): utils.c initFilter (SWS_AREA branch, filter reduction, border fix,
//      normalisation), swscale.c hScale8To15_c, output.c yuv2rgb_X_c_template /
//      yuv2rgb_full_X_c_template, yuv2rgb.c ff_yuv2rgb_c_init_tables (fill_table, fill_gv_table).
//      Written from the algorithm's description, not copied.

export interface Filter {
  /** First input sample of each output sample. */
  pos: Int32Array;
  /** size weights per output sample, summing to `one`. */
  coeff: Int32Array;
  size: number;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
/** C integer division (truncates toward zero) — BigInt division already does. */
const cdiv = (a: bigint, b: bigint): bigint => a / b;
const roundedDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? (a + (b >> 1n)) / b : (a - (b >> 1n)) / b);

/** swscale's area filter from srcW to dstW samples (linear when growing), for `one` = 2^14 (across) or 2^12 (down). */
export function areaFilter(srcW: number, dstW: number, filterAlign: number, one: number): Filter {
  const xInc = BigInt(Math.floor((srcW * 65536 + (dstW >> 1)) / dstW));
  const log2 = Math.floor(Math.log2(Math.max(1, Math.floor(srcW / dstW))));
  const fone = 1n << BigInt(54 - Math.min(log2, 8));
  // Sample centres are aligned (srcPos = dstPos = 128: half a sample, in 1/256).
  let size: number;
  let filter: bigint[];
  const pos = new Int32Array(dstW + 3);
  if ((xInc > 0x10000n ? xInc - 0x10000n : 0x10000n - xInc) < 10n) {
    // Same size: each output sample is its input sample.
    size = 1;
    filter = new Array(dstW).fill(fone);
    for (let i = 0; i < dstW; i++) pos[i] = i;
  } else if (xInc <= 1n << 16n) {
    // Growing (the chroma of a frame shrunk by less than half): area averaging becomes linear interpolation.
    size = 2;
    filter = new Array(dstW * size).fill(0n);
    let xDstInSrc = ((128n * xInc) >> 8n) - ((128n * 0x8000n) >> 7n);
    for (let i = 0; i < dstW; i++) {
      let xx = (xDstInSrc - (BigInt(size - 1) << 15n) + (1n << 15n)) >> 16n;
      pos[i] = Number(xx);
      for (let j = 0; j < size; j++) {
        const coeff = fone - abs(xx * (1n << 16n) - xDstInSrc) * (fone >> 16n);
        filter[i * size + j] = coeff < 0n ? 0n : coeff;
        xx++;
      }
      xDstInSrc += xInc;
    }
  } else {
    size = 1 + Math.floor((srcW + dstW - 1) / dstW);
    size = Math.max(1, Math.min(size, srcW - 2));
    filter = new Array(dstW * size).fill(0n);
    let xDstInSrc = ((128n * xInc) >> 7n) - ((128n * 0x10000n) >> 7n);
    for (let i = 0; i < dstW; i++) {
      let xx = cdiv(xDstInSrc - BigInt(size - 2) * (1n << 16n), 1n << 17n);
      pos[i] = Number(xx);
      for (let j = 0; j < size; j++) {
        let d = abs(xx * (1n << 17n) - xDstInSrc) << 13n;
        d = cdiv(d * BigInt(dstW), BigInt(srcW));
        const d2 = d - (1n << 29n);
        let coeff: bigint;
        if (d2 * xInc < -(1n << 45n)) coeff = 1n << 46n;
        else if (d2 * xInc < 1n << 45n) coeff = -d2 * xInc + (1n << 45n);
        else coeff = 0n;
        filter[i * size + j] = coeff * (fone >> 46n);
        xx++;
      }
      xDstInSrc += 2n * xInc;
    }
  }
  // Drop near-zero weights at both ends (cut-off 0.2 % of one), keeping positions monotonic.
  const cutoffLimit = 0.002 * Number(fone);
  let minSize = 0;
  for (let i = dstW - 1; i >= 0; i--) {
    let min = size;
    let cut = 0n;
    for (let j = 0; j < size; j++) {
      cut += abs(filter[i * size]);
      if (Number(cut) > cutoffLimit) break;
      if (i < dstW - 1 && pos[i] >= pos[i + 1]) break;
      for (let k = 1; k < size; k++) filter[i * size + k - 1] = filter[i * size + k];
      filter[i * size + size - 1] = 0n;
      pos[i]++;
    }
    cut = 0n;
    for (let j = size - 1; j > 0; j--) {
      cut += abs(filter[i * size + j]);
      if (Number(cut) > cutoffLimit) break;
      min--;
    }
    if (min > minSize) minSize = min;
  }
  if (minSize === 1 && filterAlign === 2) filterAlign = 1;
  const outSize = Math.ceil(minSize / filterAlign) * filterAlign;
  const f: bigint[] = new Array(dstW * outSize).fill(0n);
  for (let i = 0; i < dstW; i++) for (let j = 0; j < outSize; j++) f[i * outSize + j] = j >= size ? 0n : filter[i * size + j];
  // Borders: weights that fall outside the input move onto its first / last sample.
  for (let i = 0; i < dstW; i++) {
    if (pos[i] < 0) {
      for (let j = 1; j < outSize; j++) {
        const left = Math.max(j + pos[i], 0);
        f[i * outSize + left] += f[i * outSize + j];
        f[i * outSize + j] = 0n;
      }
      pos[i] = 0;
    }
    if (pos[i] + outSize > srcW) {
      const shift = pos[i] + Math.min(outSize - srcW, 0);
      let acc = 0n;
      for (let j = outSize - 1; j >= 0; j--) {
        if (pos[i] + j >= srcW) {
          acc += f[i * outSize + j];
          f[i * outSize + j] = 0n;
        }
      }
      for (let j = outSize - 1; j >= 0; j--) f[i * outSize + j] = j < shift ? 0n : f[i * outSize + j - shift];
      pos[i] -= shift;
      f[i * outSize + srcW - 1 - pos[i]] += acc;
    }
  }
  // Normalise to `one`, carrying each rounding error into the next weight.
  const coeff = new Int32Array(dstW * outSize);
  const bigOne = BigInt(one);
  for (let i = 0; i < dstW; i++) {
    let sum = 0n;
    for (let j = 0; j < outSize; j++) sum += f[i * outSize + j];
    sum = (sum + bigOne / 2n) / bigOne;
    if (sum === 0n) sum = 1n;
    let error = 0n;
    for (let j = 0; j < outSize; j++) {
      const v = f[i * outSize + j] + error;
      const intV = roundedDiv(v, sum);
      coeff[i * outSize + j] = Number(intV);
      error = v - intV * sum;
    }
  }
  return { pos, coeff, size: outSize };
}

/** One row of 8-bit samples (sample k at row[offset + k·step]) → 15-bit intermediates. */
function hScale(row: Uint8Array, offset: number, step: number, f: Filter, out: Int16Array): void {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    let val = 0;
    const p = f.pos[i];
    for (let j = 0; j < f.size; j++) val += row[offset + (p + j) * step] * f.coeff[i * f.size + j];
    out[i] = Math.min(val >> 7, 32767);
  }
}

interface Tables {
  /** y_table, indexed as swscale indexes it (see rgbTables). */
  y: Uint8Array;
  base: number;
  rV: Int32Array;
  gU: Int32Array;
  gV: Int32Array;
  bU: Int32Array;
}

/** The YUV → RGB matrix: BT.601 for untagged video (swscale's default), else the one the stream names. */
export type YuvMatrix = 'bt601' | 'bt709';

/** swscale's coefficient sets (crv, cbu, cgu, cgv × 2^16, studio-range chroma already scaled by 255/224). */
export const INV_TABLES: Record<YuvMatrix, readonly [number, number, number, number]> = {
  bt601: [104597, 132201, 25675, 53279],
  bt709: [117489, 138438, 13975, 34925],
};

/** The lookup tables of swscale's table-driven YUV → RGB24 (studio range, no contrast/brightness change). */
function rgbTables(
  matrix: YuvMatrix,
): Tables & { full: { yCoeff: number; yOffset: number; v2r: number; v2g: number; u2g: number; u2b: number } } {
  const inv = INV_TABLES[matrix];
  let crv = BigInt(inv[0]),
    cbu = BigInt(inv[1]),
    cgu = -BigInt(inv[2]),
    cgv = -BigInt(inv[3]);
  let cy = (65536n * 255n) / 219n;
  const oy = 16n << 16n;
  const contrast = 1n << 16n,
    saturation = 1n << 16n;
  cy = (cy * contrast) >> 16n;
  crv = (crv * contrast * saturation) >> 32n;
  cbu = (cbu * contrast * saturation) >> 32n;
  cgu = (cgu * contrast * saturation) >> 32n;
  cgv = (cgv * contrast * saturation) >> 32n;
  const round16 = (x: bigint): number => {
    const r = Number((x + (1n << 15n)) >> 16n);
    return r < -0x7fff ? -0x8000 : r > 0x7fff ? 0x7fff : r;
  };
  const full = {
    yCoeff: round16(cy << 13n),
    yOffset: round16(oy << 9n),
    v2r: round16(crv << 13n),
    v2g: round16(cgv << 13n),
    u2g: round16(cgu << 13n),
    u2b: round16(cbu << 13n),
  };
  // Chroma coefficients relative to the luma scale.
  crv = ((crv << 16n) + 0x8000n) / cy;
  cbu = ((cbu << 16n) + 0x8000n) / cy;
  cgu = ((cgu << 16n) + 0x8000n) / cy;
  cgv = ((cgv << 16n) + 0x8000n) / cy;
  const HEAD = 512; // table headroom on each side
  const size = 1024 + 2 * HEAD;
  const y = new Uint8Array(size);
  let yb = -(384n << 16n) - BigInt(HEAD) * cy - oy;
  for (let i = 0; i < size; i++) {
    const v = Number((yb + 0x8000n) >> 16n);
    y[i] = v < 0 ? 0 : v > 255 ? 255 : v;
    yb += cy;
  }
  const yoffs = 326 + HEAD;
  const CHEAD = 512;
  const fill = (inc: bigint): Int32Array => {
    const t = new Int32Array(256 + 2 * CHEAD);
    for (let i = 0; i < t.length; i++) {
      const c = Math.min(255, Math.max(0, i - CHEAD));
      t[i] = Number(-(inc >> 9n) + ((BigInt(c) * inc) >> 16n));
    }
    return t;
  };
  return { y, base: yoffs, rV: fill(crv), gU: fill(cgu), gV: fill(cgv), bU: fill(cbu), full };
}

const tables = new Map<YuvMatrix, ReturnType<typeof rgbTables>>();

export interface Scaler {
  dstW: number;
  dstH: number;
  /** Converts one frame's planes (I420: y, u, v; or NV12: y and interleaved uv) into packed RGB. */
  run(p: { y: Uint8Array; yStride: number; u: Uint8Array; uStride: number; v?: Uint8Array; vStride?: number }, out: Uint8Array): void;
}

/** A scaler from srcW×srcH 4:2:0 to dstW×dstH RGB24, as `scale=dstW:dstH:flags=area` (shrinking only). */
export function createAreaScaler(srcW: number, srcH: number, dstW: number, dstH: number, matrix: YuvMatrix = 'bt601'): Scaler {
  if (!tables.has(matrix)) tables.set(matrix, rgbTables(matrix));
  const T = tables.get(matrix)!;
  const fullChroma = (dstW & 1) === 1; // swscale interpolates chroma per pixel for odd widths
  const chrSrcW = (srcW + 1) >> 1,
    chrSrcH = (srcH + 1) >> 1;
  const chrDstW = fullChroma ? dstW : (dstW + 1) >> 1,
    chrDstH = dstH;
  const hLum = areaFilter(srcW, dstW, 4, 1 << 14);
  const hChr = areaFilter(chrSrcW, chrDstW, 4, 1 << 14);
  const vLum = areaFilter(srcH, dstH, 2, 1 << 12);
  const vChr = areaFilter(chrSrcH, chrDstH, 2, 1 << 12);
  // Horizontally scaled rows, computed once per input row as the vertical pass needs them.
  const lumRows = new Map<number, Int16Array>(),
    uRows = new Map<number, Int16Array>(),
    vRows = new Map<number, Int16Array>();
  return {
    dstW,
    dstH,
    run(p, out) {
      lumRows.clear();
      uRows.clear();
      vRows.clear();
      const nv12 = p.v === undefined;
      const lum = (r: number): Int16Array => {
        let row = lumRows.get(r);
        if (!row) {
          row = new Int16Array(dstW);
          lumRows.set(r, row);
          hScale(p.y, r * p.yStride, 1, hLum, row);
        }
        return row;
      };
      const chr = (r: number, which: 0 | 1): Int16Array => {
        const cache = which ? vRows : uRows;
        let row = cache.get(r);
        if (!row) {
          row = new Int16Array(chrDstW);
          if (nv12) hScale(p.u, r * p.uStride + which, 2, hChr, row);
          else hScale(which ? p.v! : p.u, r * (which ? p.vStride! : p.uStride), 1, hChr, row);
          cache.set(r, row);
        }
        return row;
      };
      let o = 0;
      for (let y = 0; y < dstH; y++) {
        // Rows no longer needed by the vertical filter are dropped (the map stays a few rows long).
        for (const r of lumRows.keys()) if (r < vLum.pos[y]) lumRows.delete(r);
        for (const r of uRows.keys())
          if (r < vChr.pos[y]) {
            uRows.delete(r);
            vRows.delete(r);
          }
        const lf = vLum.coeff.subarray(y * vLum.size, (y + 1) * vLum.size);
        const cf = vChr.coeff.subarray(y * vChr.size, (y + 1) * vChr.size);
        const L = Array.from({ length: vLum.size }, (_, j) => lum(Math.min(vLum.pos[y] + j, srcH - 1)));
        const U = Array.from({ length: vChr.size }, (_, j) => chr(Math.min(vChr.pos[y] + j, chrSrcH - 1), 0));
        const V = Array.from({ length: vChr.size }, (_, j) => chr(Math.min(vChr.pos[y] + j, chrSrcH - 1), 1));
        // Two-tap filters both ways take swscale's two-line path, which blends without the rounding term.
        const twoTap = vLum.size === 2 && vChr.size === 2;
        const r0 = twoTap ? 0 : 1 << 18;
        if (!fullChroma) {
          for (let i = 0; i < (dstW + 1) >> 1; i++) {
            let Y1 = r0,
              Y2 = r0,
              u = r0,
              v = r0;
            for (let j = 0; j < vLum.size; j++) {
              Y1 += L[j][i * 2] * lf[j];
              Y2 += L[j][i * 2 + 1] * lf[j];
            }
            for (let j = 0; j < vChr.size; j++) {
              u += U[j][i] * cf[j];
              v += V[j][i] * cf[j];
            }
            Y1 >>= 19;
            Y2 >>= 19;
            u = (u >> 19) + 512;
            v = (v >> 19) + 512;
            const r = T.base + T.rV[v],
              g = T.base + T.gU[u] + T.gV[v],
              b = T.base + T.bU[u];
            out[o++] = T.y[r + Y1];
            out[o++] = T.y[g + Y1];
            out[o++] = T.y[b + Y1];
            out[o++] = T.y[r + Y2];
            out[o++] = T.y[g + Y2];
            out[o++] = T.y[b + Y2];
          }
        } else {
          const F = T.full;
          const clip30 = (x: number): number => (x & 0xc0000000 ? (x < 0 ? 0 : 0x3fffffff) : x);
          for (let i = 0; i < dstW; i++) {
            const r9 = twoTap ? 0 : 1 << 9;
            let Yv = r9,
              u = r9 - (128 << 19),
              v = r9 - (128 << 19);
            for (let j = 0; j < vLum.size; j++) Yv += L[j][i] * lf[j];
            for (let j = 0; j < vChr.size; j++) {
              u += U[j][i] * cf[j];
              v += V[j][i] * cf[j];
            }
            Yv >>= 10;
            u >>= 10;
            v >>= 10;
            Yv = (Yv - F.yOffset) * F.yCoeff + (1 << 21);
            let R = (Yv + v * F.v2r) | 0,
              G = (Yv + v * F.v2g + u * F.u2g) | 0,
              B = (Yv + u * F.u2b) | 0;
            if ((R | G | B) & 0xc0000000) {
              R = clip30(R);
              G = clip30(G);
              B = clip30(B);
            }
            out[o++] = R >> 22;
            out[o++] = G >> 22;
            out[o++] = B >> 22;
          }
        }
      }
    },
  };
}
