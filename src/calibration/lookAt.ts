// Camera poses for synthetic calibration views (used by tests and the benchmark).
import type { Camera } from '../core/types.ts';
import { rotationVector } from '../camera/project.ts';

/**
 * A camera at `eye` looking at `target` (both in the world/board frame, metres) with image "up"
 * along `up`. Returns the world → camera rotation vector and translation.
 */
export function lookAt(
  eye: [number, number, number],
  target: [number, number, number],
  up: [number, number, number],
): { rotation: [number, number, number]; translation: [number, number, number] } {
  const sub = (a: number[], b: number[]) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  const cross = (a: number[], b: number[]) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
  const norm = (a: number[]) => {
    const l = Math.hypot(a[0], a[1], a[2]);
    return [a[0] / l, a[1] / l, a[2] / l];
  };
  const z = norm(sub(target, eye));
  const x = norm(cross(z, up));
  const y = cross(z, x);
  const R = [...x, ...y, ...z];
  const t: [number, number, number] = [
    -(R[0] * eye[0] + R[1] * eye[1] + R[2] * eye[2]),
    -(R[3] * eye[0] + R[4] * eye[1] + R[5] * eye[2]),
    -(R[6] * eye[0] + R[7] * eye[1] + R[8] * eye[2]),
  ];
  return { rotation: rotationVector(R), translation: t };
}

/** A pinhole camera with the given intrinsics and a pose from `lookAt`. */
export function makeCamera(
  name: string,
  width: number,
  height: number,
  f: number,
  pose: { rotation: [number, number, number]; translation: [number, number, number] },
  distortions: number[] = [0, 0, 0, 0],
  principal: [number, number] = [width / 2 - 0.5, height / 2 - 0.5],
): Camera {
  return {
    name,
    width,
    height,
    matrix: [f, 0, principal[0], 0, f, principal[1], 0, 0, 1],
    distortions,
    rotation: pose.rotation,
    translation: pose.translation,
    fisheye: false,
  };
}
