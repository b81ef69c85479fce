// A decoded 4:2:0 frame (WebCodecs I420 or NV12 planes) → packed RGB at the size `openmocap process`
// decodes at, computed the way its ffmpeg pipeline does (`-vf scale=…:flags=area -pix_fmt rgb24`):
// each plane is shrunk by area averaging in YUV, then converted with the BT.601 limited-range
// matrix (swscale's default for untagged video) using the nearest chroma sample. A browser's own
// conversion (drawImage) picks its own matrix and filter, which moves keypoints by about a pixel.
// ref: ITU-R BT.601-7 (Y′CbCr → R′G′B′, 8-bit studio range: Y 16–235, Cb/Cr 16–240);
//      FFmpeg libswscale: yuv2rgb.c (ff_yuv2rgb_c_init_tables: coefficients in 2¹³ units for the SIMD path)
//      and SWS_AREA (each output sample is the area-weighted mean of the input it covers).

export interface YuvPlanes {
  y: Uint8Array;
  yStride: number;
  /** U and V planes (I420) or one interleaved UV plane (NV12: `u` = that plane, `v` undefined). */
  u: Uint8Array;
  uStride: number;
  v?: Uint8Array;
  vStride?: number;
  width: number;
  height: number;
}

/** Area-weighted 1-D sampling table: for each output index, the input indices and weights it covers. */
function areaTable(src: number, dst: number): { start: Int32Array; count: Int32Array; weights: Float32Array; maxTaps: number } {
  const ratio = src / dst;
  const maxTaps = Math.ceil(ratio) + 1;
  const start = new Int32Array(dst), count = new Int32Array(dst), weights = new Float32Array(dst * maxTaps);
  for (let i = 0; i < dst; i++) {
    const a = i * ratio, b = Math.min((i + 1) * ratio, src);
    let n = 0;
    for (let k = Math.floor(a); k < b; k++) {
      const w = Math.min(b, k + 1) - Math.max(a, k);
      if (w <= 1e-9) continue;
      if (n === 0) start[i] = k;
      weights[i * maxTaps + n++] = w / ratio;
    }
    count[i] = n;
  }
  return { start, count, weights, maxTaps };
}

/** Shrinks one 8-bit plane (sample k of a row at `plane[row * stride + offset + k * step]`) by area averaging. */
function shrinkPlane(plane: Uint8Array, stride: number, offset: number, step: number, srcW: number, srcH: number, dstW: number, dstH: number): Uint8Array {
  const out = new Uint8Array(dstW * dstH);
  if (srcW === dstW && srcH === dstH) {
    for (let y = 0; y < dstH; y++) for (let x = 0; x < dstW; x++) out[y * dstW + x] = plane[y * stride + offset + x * step];
    return out;
  }
  const cols = areaTable(srcW, dstW), rows = areaTable(srcH, dstH);
  const rowSum = new Float32Array(dstW);
  for (let y = 0; y < dstH; y++) {
    rowSum.fill(0);
    for (let t = 0; t < rows.count[y]; t++) {
      const wy = rows.weights[y * rows.maxTaps + t];
      const base = (rows.start[y] + t) * stride + offset;
      for (let x = 0; x < dstW; x++) {
        let s = 0;
        const c0 = cols.start[x];
        for (let u = 0; u < cols.count[x]; u++) s += plane[base + (c0 + u) * step] * cols.weights[x * cols.maxTaps + u];
        rowSum[x] += s * wy;
      }
    }
    for (let x = 0; x < dstW; x++) out[y * dstW + x] = Math.min(255, Math.max(0, Math.round(rowSum[x])));
  }
  return out;
}

const sat = (x: number): number => (x < 0 ? 0 : x > 255 ? 255 : x);

// BT.601 studio-range coefficients × 2¹³, rounded (1.164383, 1.596027, −0.391762, −0.812968, 2.017232).
const Y_COEFF = Math.round(1.164383 * 8192);
const VR_COEFF = Math.round(1.596027 * 8192);
const UG_COEFF = Math.round(-0.391762 * 8192);
const VG_COEFF = Math.round(-0.812968 * 8192);
const UB_COEFF = Math.round(2.017232 * 8192);

/** Converts (and shrinks) a 4:2:0 frame into packed RGB of dstW×dstH. */
export function yuv420ToRgb(p: YuvPlanes, dstW: number, dstH: number, out: Uint8Array = new Uint8Array(dstW * dstH * 3)): Uint8Array {
  const cw = (p.width + 1) >> 1, ch = (p.height + 1) >> 1;
  const dcw = (dstW + 1) >> 1, dch = (dstH + 1) >> 1;
  const Y = shrinkPlane(p.y, p.yStride, 0, 1, p.width, p.height, dstW, dstH);
  const nv12 = p.v === undefined;
  const U = shrinkPlane(p.u, p.uStride, 0, nv12 ? 2 : 1, cw, ch, dcw, dch);
  const V = nv12 ? shrinkPlane(p.u, p.uStride, 1, 2, cw, ch, dcw, dch) : shrinkPlane(p.v!, p.vStride!, 0, 1, cw, ch, dcw, dch);
  // swscale's fixed-point conversion (its x86 SIMD path, which the CLI's ffmpeg runs): each term is
  // (8·(sample − offset) × coefficient·2¹³) >> 16, floored, then the sum saturated to 0–255.
  const mulhi = (a: number, b: number): number => Math.floor((a * b) / 65536);
  let o = 0;
  for (let y = 0; y < dstH; y++) {
    const crow = (y >> 1) * dcw;
    for (let x = 0; x < dstW; x++) {
      const c = mulhi(Y[y * dstW + x] * 8 - 128, Y_COEFF);
      const u = U[crow + (x >> 1)] * 8 - 1024, v = V[crow + (x >> 1)] * 8 - 1024;
      out[o++] = sat(c + mulhi(v, VR_COEFF));
      out[o++] = sat(c + mulhi(u, UG_COEFF) + mulhi(v, VG_COEFF));
      out[o++] = sat(c + mulhi(u, UB_COEFF));
    }
  }
  return out;
}
