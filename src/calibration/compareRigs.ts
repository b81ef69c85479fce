// Compares two calibrations of the same cameras independently of their world frames: relative
// rotations between camera pairs and camera-to-camera distances.
import type { CameraRig } from '../core/types.ts';
import { cameraCenter, rotationMatrix } from '../camera/project.ts';

export interface RigComparison {
  pairs: { a: string; b: string; rotationDiffDeg: number; distanceM: number; referenceDistanceM: number; distanceDiffPct: number }[];
  maxRotationDiffDeg: number;
  maxDistanceDiffPct: number;
}

/** rig.cameras[i] and reference.cameras[i] must be the same camera. */
export function compareRigs(rig: CameraRig, reference: CameraRig): RigComparison {
  const n = Math.min(rig.cameras.length, reference.cameras.length);
  const rel = (r: CameraRig, i: number, j: number) => {
    const A = rotationMatrix(r.cameras[i].rotation);
    const B = rotationMatrix(r.cameras[j].rotation);
    // A Bᵀ: rotation from camera j to camera i.
    const M = new Float64Array(9);
    for (let p = 0; p < 3; p++)
      for (let q = 0; q < 3; q++) M[p * 3 + q] = A[p * 3] * B[q * 3] + A[p * 3 + 1] * B[q * 3 + 1] + A[p * 3 + 2] * B[q * 3 + 2];
    return M;
  };
  const pairs: RigComparison['pairs'] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const M1 = rel(rig, i, j);
      const M2 = rel(reference, i, j);
      let tr = 0;
      for (let k = 0; k < 9; k++) tr += M1[k] * M2[k];
      const rotationDiffDeg = (Math.acos(Math.max(-1, Math.min(1, (tr - 1) / 2))) * 180) / Math.PI;
      const d = (r: CameraRig) => {
        const a = cameraCenter(r.cameras[i]);
        const b = cameraCenter(r.cameras[j]);
        return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
      };
      const distanceM = d(rig);
      const referenceDistanceM = d(reference);
      pairs.push({
        a: rig.cameras[i].name,
        b: rig.cameras[j].name,
        rotationDiffDeg,
        distanceM,
        referenceDistanceM,
        distanceDiffPct: (100 * (distanceM - referenceDistanceM)) / referenceDistanceM,
      });
    }
  }
  return {
    pairs,
    maxRotationDiffDeg: Math.max(0, ...pairs.map((p) => p.rotationDiffDeg)),
    maxDistanceDiffPct: Math.max(0, ...pairs.map((p) => Math.abs(p.distanceDiffPct))),
  };
}
