// Precomputes what the figure renderer needs from a calibrated camera: the world-space ray
// through every pixel centre (lens distortion removed with the camera model's own undistortion,
// so rendered images agree with `projectPoints` to a small fraction of a pixel).

import type { Camera } from '../core/types.ts';
import { cameraCenter, prepareCamera, projectPoints, undistortPoint } from '../camera/project.ts';
import type { CameraView } from './renderFigure.ts';

/** Builds a CameraView for `cam` (≈ 0.1–0.3 s for 640×480; do it once per camera). */
export function makeCameraView(cam: Camera): CameraView {
  const pc = prepareCamera(cam);
  const W = cam.width,
    H = cam.height;
  const R = pc.R;
  const rays = new Float32Array(W * H * 3);
  const n = new Float64Array(2);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      // Pixel centres at integer coordinates (OpenCV convention, as the detectors use).
      undistortPoint(pc, x, y, n, 0);
      const a = n[0],
        b = n[1];
      // Camera ray (a, b, 1) rotated to world: Rᵀ · d.
      const dx = R[0] * a + R[3] * b + R[6];
      const dy = R[1] * a + R[4] * b + R[7];
      const dz = R[2] * a + R[5] * b + R[8];
      const l = Math.hypot(dx, dy, dz);
      const i = 3 * (y * W + x);
      rays[i] = dx / l;
      rays[i + 1] = dy / l;
      rays[i + 2] = dz / l;
    }
  }
  return {
    width: W,
    height: H,
    origin: cameraCenter(pc),
    rays,
    focalPx: Math.max(pc.fx, pc.fy),
    rotation: R,
    translation: pc.t,
    project: (xyz) => projectPoints(pc, xyz),
  };
}
