// A ray-casting painter for planar calibration targets, used to make synthetic views with a
// known camera: each output pixel is undistorted, its ray intersected with the board plane
// (board z = 0), and the board's pattern sampled there (supersampled for anti-aliasing).

import type { Camera } from '../core/types.ts';
import { prepareCamera, undistortPoint } from '../camera/project.ts';
import type { GrayImage } from './grayImage.ts';

/** Grey value (0..255) of the board at board coordinates (x, y) in metres, or NaN off the board. */
export type BoardPattern = (x: number, y: number) => number;

export interface RenderOptions {
  /** Grey value where no board is seen. Defaults to 110. */
  background?: number;
  /** Samples per pixel side (n×n). Defaults to 3. */
  supersample?: number;
}

/**
 * Renders the board seen by `camera`, whose extrinsics map board coordinates (metres, board plane
 * z = 0) to camera coordinates.
 */
export function renderTarget(pattern: BoardPattern, camera: Camera, opts: RenderOptions = {}): GrayImage {
  const pc = prepareCamera(camera);
  const { width: w, height: h } = camera;
  const bg = opts.background ?? 110;
  const ss = opts.supersample ?? 3;
  const R = pc.R;
  const t = pc.t;
  // Camera centre in board coordinates and the board plane's normal expressed in camera frame.
  const C = [
    -(R[0] * t[0] + R[3] * t[1] + R[6] * t[2]),
    -(R[1] * t[0] + R[4] * t[1] + R[7] * t[2]),
    -(R[2] * t[0] + R[5] * t[1] + R[8] * t[2]),
  ];
  const out = new Float32Array(w * h);
  const nrm = new Float64Array(2);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let acc = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = x - 0.5 + (sx + 0.5) / ss;
          const v = y - 0.5 + (sy + 0.5) / ss;
          undistortPoint(pc, u, v, nrm, 0);
          // Ray direction in board coordinates: Rᵀ · (xn, yn, 1).
          const dx = R[0] * nrm[0] + R[3] * nrm[1] + R[6];
          const dy = R[1] * nrm[0] + R[4] * nrm[1] + R[7];
          const dz = R[2] * nrm[0] + R[5] * nrm[1] + R[8];
          const s = -C[2] / dz;
          let g = bg;
          if (s > 0) {
            const val = pattern(C[0] + s * dx, C[1] + s * dy);
            if (!Number.isNaN(val)) g = val;
          }
          acc += g;
        }
      }
      out[y * w + x] = acc / (ss * ss);
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * A checkerboard with `cols`×`rows` inner corners; inner corner (c, r) is at (c·s, r·s), the square
 * between corners (0,0) and (1,1) is dark, with a white margin of one square around the pattern.
 */
export function checkerboardPattern(cols: number, rows: number, squareSizeMm: number, dark = 30, light = 220): BoardPattern {
  const s = squareSizeMm / 1000;
  return (x, y) => {
    const i = Math.floor(x / s);
    const j = Math.floor(y / s);
    if (i < -2 || j < -2 || i > cols || j > rows) return NaN;
    if (i < -1 || j < -1 || i > cols - 1 || j > rows - 1) return light;
    return (i + j) % 2 === 0 ? dark : light;
  };
}

/**
 * A board pattern from a texture image that spans `widthM`×`heightM` metres from board (0, 0)
 * (e.g. a ChArUco board drawn by opencv), with a white margin of `marginM` around it.
 */
export function texturePattern(texture: GrayImage, widthM: number, heightM: number, marginM: number, light = 255): BoardPattern {
  const { width: w, height: h, data } = texture;
  return (x, y) => {
    if (x < -marginM || y < -marginM || x > widthM + marginM || y > heightM + marginM) return NaN;
    if (x < 0 || y < 0 || x >= widthM || y >= heightM) return light;
    const u = (x / widthM) * w - 0.5;
    const v = (y / heightM) * h - 0.5;
    const x0 = Math.max(0, Math.min(w - 2, Math.floor(u)));
    const y0 = Math.max(0, Math.min(h - 2, Math.floor(v)));
    const fx = Math.max(0, Math.min(1, u - x0));
    const fy = Math.max(0, Math.min(1, v - y0));
    const i = y0 * w + x0;
    return (1 - fy) * ((1 - fx) * data[i] + fx * data[i + 1]) + fy * ((1 - fx) * data[i + w] + fx * data[i + w + 1]);
  };
}

/**
 * The same board printed in negative (every grey value g becomes 255 − g, margin included), as
 * caliscope prints a ChArUco board with its `inverted` option.
 */
export function invertedPattern(pattern: BoardPattern): BoardPattern {
  return (x, y) => 255 - pattern(x, y);
}
