// Synthetic camera rigs: cameras on a ring around the origin, looking at the capture volume.

import type { Camera, CameraRig } from '../core/types.ts';
import { rotationVector } from '../camera/project.ts';

export interface RingRigOptions {
  /** Distance of each camera from the vertical axis through the origin, metres. @defaultValue 4 */
  radiusM?: number;
  /** Camera height above the floor, metres. @defaultValue 1.6 */
  heightM?: number;
  /** Height of the point every camera looks at, metres. @defaultValue 1 */
  targetHeightM?: number;
  /** Image width, pixels. @defaultValue 1280 */
  width?: number;
  /** Image height, pixels. @defaultValue 720 */
  height?: number;
  /** Horizontal field of view, degrees. @defaultValue 60 */
  fovDeg?: number;
  /** OpenCV distortion coefficients for every camera. @defaultValue [0, 0, 0, 0, 0] */
  distortion?: number[];
  /** Use OpenCV's fisheye model (then `distortion` holds k1..k4). @defaultValue false */
  fisheye?: boolean;
}

/**
 * n cameras evenly spaced on a ring (two cameras: 90° apart, since facing cameras triangulate
 * poorly), each looking at (0, 0, targetHeightM), image upright (world Z up). Names cam01, cam02, …
 */
export function makeRingRig(n: number, opts: RingRigOptions = {}): CameraRig {
  if (!Number.isInteger(n) || n < 1) throw new Error(`makeRingRig: camera count must be a positive integer, got ${n}`);
  const radiusM = opts.radiusM ?? 4;
  const heightM = opts.heightM ?? 1.6;
  const targetZ = opts.targetHeightM ?? 1;
  const width = opts.width ?? 1280;
  const height = opts.height ?? 720;
  const fovDeg = opts.fovDeg ?? 60;
  const fisheye = opts.fisheye ?? false;
  const distortions = opts.distortion ? [...opts.distortion] : fisheye ? [0, 0, 0, 0] : [0, 0, 0, 0, 0];
  const f = width / 2 / Math.tan((fovDeg * Math.PI) / 360);
  const step = n === 2 ? Math.PI / 2 : (2 * Math.PI) / n;
  const cameras: Camera[] = [];
  for (let i = 0; i < n; i++) {
    const a = i * step;
    const C = [radiusM * Math.cos(a), radiusM * Math.sin(a), heightM];
    // Camera axes in world coordinates: z forward (to the target), x right, y down.
    const fw = [-C[0], -C[1], targetZ - C[2]];
    const fl = Math.hypot(fw[0], fw[1], fw[2]);
    const z = fw.map((v) => v / fl);
    const xr = [z[1], -z[0], 0]; // z × (0, 0, 1)
    const xl = Math.hypot(xr[0], xr[1]);
    const x = xr.map((v) => v / xl);
    const y = [z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0]];
    const R = [...x, ...y, ...z];
    const t: [number, number, number] = [
      -(R[0] * C[0] + R[1] * C[1] + R[2] * C[2]),
      -(R[3] * C[0] + R[4] * C[1] + R[5] * C[2]),
      -(R[6] * C[0] + R[7] * C[1] + R[8] * C[2]),
    ];
    cameras.push({
      name: `cam${String(i + 1).padStart(2, '0')}`,
      width,
      height,
      matrix: [f, 0, width / 2, 0, f, height / 2, 0, 0, 1],
      distortions: [...distortions],
      rotation: rotationVector(R),
      translation: t,
      fisheye,
    });
  }
  return { cameras };
}
