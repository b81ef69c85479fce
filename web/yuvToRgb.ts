// A decoded 4:2:0 frame (WebCodecs I420 or NV12 planes) → packed RGB of the same size, computed the
// way the CLI's ffmpeg does (`-pix_fmt rgb24`, libswscale's unscaled converter): the BT.601
// studio-range matrix with the nearest chroma sample. A browser's own conversion (drawImage) picks
// its own matrix and rounding, which moves MoveNet's keypoints by about a pixel. Shrinking frames:
// swscaleArea.ts.
// ref: ITU-R BT.601-7 (Y′CbCr → R′G′B′, 8-bit studio range: Y 16–235, Cb/Cr 16–240);
//      FFmpeg libswscale: yuv2rgb.c (ff_yuv2rgb_c_init_tables: coefficients in 2¹³ units for its x86 SIMD path).
import { INV_TABLES, type YuvMatrix } from './swscaleArea.ts';

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

const sat = (x: number): number => (x < 0 ? 0 : x > 255 ? 255 : x);

/** A 16.16 coefficient in the 2^13 units of swscale's SIMD converter, rounded. */
const to13 = (x: number): number => Math.floor((x * 8192 + 32768) / 65536); // roundToInt16(x · 2^13)
const Y_COEFF = to13(Math.floor((65536 * 255) / 219));

/** Converts a 4:2:0 frame into packed RGB of the same size (shrinking: swscaleArea.ts). */
export function yuv420ToRgb(
  p: YuvPlanes,
  out: Uint8Array = new Uint8Array(p.width * p.height * 3),
  matrix: YuvMatrix = 'bt601',
): Uint8Array {
  const [crv, cbu, cgu, cgv] = INV_TABLES[matrix];
  const VR_COEFF = to13(crv),
    UB_COEFF = to13(cbu),
    UG_COEFF = to13(-cgu),
    VG_COEFF = to13(-cgv);
  const dstW = p.width,
    dstH = p.height;
  const nv12 = p.v === undefined;
  const U = (x: number, y: number): number => (nv12 ? p.u[(y >> 1) * p.uStride + (x >> 1) * 2] : p.u[(y >> 1) * p.uStride + (x >> 1)]);
  const V = (x: number, y: number): number =>
    nv12 ? p.u[(y >> 1) * p.uStride + (x >> 1) * 2 + 1] : p.v![(y >> 1) * p.vStride! + (x >> 1)];
  // swscale's fixed-point conversion (its x86 SIMD path, which the CLI's ffmpeg runs): each term is
  // (8·(sample − offset) × coefficient·2¹³) >> 16, floored, then the sum saturated to 0–255.
  const mulhi = (a: number, b: number): number => Math.floor((a * b) / 65536);
  let o = 0;
  for (let y = 0; y < dstH; y++) {
    for (let x = 0; x < dstW; x++) {
      const c = mulhi(p.y[y * p.yStride + x] * 8 - 128, Y_COEFF);
      const u = U(x, y) * 8 - 1024,
        v = V(x, y) * 8 - 1024;
      out[o++] = sat(c + mulhi(v, VR_COEFF));
      out[o++] = sat(c + mulhi(u, UG_COEFF) + mulhi(v, VG_COEFF));
      out[o++] = sat(c + mulhi(u, UB_COEFF));
    }
  }
  return out;
}
