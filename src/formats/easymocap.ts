// EasyMocap's calibration: `intri.yml` and `extri.yml`, OpenCV FileStorage YAML files.
//
//   intri.yml:  names: ["01", "02", …]               camera names
//               K_<name>: 3×3 opencv-matrix           intrinsic matrix, pixels
//               dist_<name>: 1×5 (or 5×1, 1×4)        OpenCV k1 k2 p1 p2 [k3]
//               H_<name>, W_<name>                    image height and width, pixels
//   extri.yml:  names: […]
//               R_<name>: 3×1 Rodrigues vector, or Rot_<name>: 3×3 matrix (used when present)
//               T_<name>: 3×1, metres
//
// Convention: X_camera = R · X_world + T with OpenCV's camera axes (x right, y down, z forward);
// "the metric of T must be meter". That is openmocap's own convention: nothing is converted.
// ref: EasyMocap documentation, "Calibration" (intri.yml / extri.yml, RX + T, T in metres).
import { UserError } from '../core/errors.ts';
import type { Camera, CameraRig } from '../core/types.ts';
import { isMatrix, parseOpenCvStorage, type StorageValue } from './openCvStorage.ts';
import { matrixToRodrigues } from './rodrigues.ts';

function names(map: Map<string, StorageValue>, file: string): string[] {
  const v = map.get('names');
  if (!Array.isArray(v) || v.length === 0)
    throw new UserError(`${file} has no "names" list; EasyMocap's intri.yml/extri.yml start with the camera names`);
  return v.map(String);
}

function matrixOf(map: Map<string, StorageValue>, key: string, file: string, sizes: number[]): number[] {
  const v = map.get(key);
  if (!isMatrix(v)) throw new UserError(`${file} has no matrix ${key}; each camera listed in "names" needs one`);
  if (!sizes.includes(v.data.length)) throw new UserError(`${file}: ${key} holds ${v.data.length} numbers, expected ${sizes.join(' or ')}`);
  return v.data;
}

/** Reads EasyMocap's intri.yml + extri.yml texts into a rig (translations in metres). */
export function parseEasyMocap(intriText: string, extriText: string, files: { intri: string; extri: string }): CameraRig {
  const intri = parseOpenCvStorage(intriText, files.intri);
  const extri = parseOpenCvStorage(extriText, files.extri);
  const cams = names(intri, files.intri);
  const extriNames = new Set(names(extri, files.extri));
  const cameras: Camera[] = cams.map((name) => {
    if (!extriNames.has(name))
      throw new UserError(`${files.extri} has no camera "${name}" (listed in ${files.intri}); use the two files written together`);
    const K = matrixOf(intri, `K_${name}`, files.intri, [9]);
    const dist = matrixOf(intri, `dist_${name}`, files.intri, [4, 5, 8]);
    const width = intri.get(`W_${name}`);
    const height = intri.get(`H_${name}`);
    if (typeof width !== 'number' || typeof height !== 'number' || !(width > 0 && height > 0))
      throw new UserError(
        `${files.intri} has no image size for camera "${name}" (W_${name}, H_${name}); add "W_${name}: <width>" and "H_${name}: <height>" in pixels`,
      );
    if (dist.length === 8 && dist.slice(5).some((d) => d !== 0))
      throw new UserError(
        `${files.intri}: dist_${name} uses OpenCV's rational model (k4–k6), which openmocap does not read; recalibrate with 5 coefficients`,
      );
    const rotation = extri.has(`Rot_${name}`)
      ? matrixToRodrigues(matrixOf(extri, `Rot_${name}`, files.extri, [9]))
      : (matrixOf(extri, `R_${name}`, files.extri, [3]) as [number, number, number]);
    const T = matrixOf(extri, `T_${name}`, files.extri, [3]);
    return {
      name,
      width,
      height,
      matrix: K,
      distortions: dist.slice(0, dist.length === 4 ? 4 : 5),
      rotation: [rotation[0], rotation[1], rotation[2]],
      translation: [T[0]!, T[1]!, T[2]!],
      fisheye: false,
    };
  });
  return { cameras };
}
