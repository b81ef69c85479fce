// One camera per OpenCV FileStorage file (`cam01.yml`, `cam01.xml`), as OpenCV's calibration
// sample and many tools write it:
//
//   camera_matrix (or cameraMatrix, K): 3×3, pixels
//   distortion_coefficients (or distCoeffs, dist_coeffs, D): k1 k2 p1 p2 [k3]
//   image_width, image_height (or width, height; or image_size / imageSize [w, h])
//   rvec (3×1 Rodrigues) or R / rotation_matrix (3×3); tvec or T / translation (3×1)
//
// Convention: OpenCV's, X_camera = R · X_world + t (x right, y down, z forward), the same as
// openmocap's. Translation units are not recorded in these files: they are detected from the
// cameras' spacing (metres unless the cameras sit more than 50 units apart, as for the TOML files).
// ref: OpenCV documentation, "Camera Calibration" tutorial (the sample's output file keys) and
//      calib3d (projectPoints: rvec/tvec world → camera).
import { UserError } from '../core/errors.ts';
import type { Camera } from '../core/types.ts';
import { isMatrix, parseOpenCvStorage, type StorageValue } from './openCvStorage.ts';
import { matrixToRodrigues } from './rodrigues.ts';

const first = (map: Map<string, StorageValue>, keys: string[]): [string, StorageValue] | undefined => {
  for (const k of keys) if (map.has(k)) return [k, map.get(k)!];
  return undefined;
};
const numbersOf = (v: StorageValue): number[] | undefined =>
  isMatrix(v) ? v.data : Array.isArray(v) && v.every((x) => typeof x === 'number') ? (v as number[]) : undefined;

/** Whether a FileStorage document looks like one camera's calibration (it has a camera matrix). */
export function isOpenCvCameraStorage(map: Map<string, StorageValue>): boolean {
  return first(map, ['camera_matrix', 'cameraMatrix', 'K']) !== undefined;
}

/** Reads one camera's OpenCV FileStorage file; translations are in the file's units (unconverted). */
export function parseOpenCvCamera(text: string, name: string, file: string): Camera {
  const map = parseOpenCvStorage(text, file);
  const K = first(map, ['camera_matrix', 'cameraMatrix', 'K']);
  const Kd = K && numbersOf(K[1]);
  if (!Kd || Kd.length !== 9) throw new UserError(`${file} has no 3×3 camera_matrix; is it an OpenCV camera calibration file?`);
  const D = first(map, ['distortion_coefficients', 'distCoeffs', 'dist_coeffs', 'D', 'dist']);
  const dist = (D && numbersOf(D[1])) ?? [];
  if (![0, 4, 5, 8, 12, 14].includes(dist.length))
    throw new UserError(`${file}: ${D![0]} holds ${dist.length} numbers, expected 4 or 5 (k1 k2 p1 p2 [k3])`);
  if (dist.slice(5).some((d) => d !== 0))
    throw new UserError(
      `${file}: ${D![0]} uses OpenCV's rational or thin-prism model (more than k1 k2 p1 p2 k3), which openmocap does not read; recalibrate with 5 coefficients`,
    );
  let width: number | undefined;
  let height: number | undefined;
  const sz = first(map, ['image_size', 'imageSize', 'size']);
  const szd = sz && numbersOf(sz[1]);
  if (szd && szd.length === 2) [width, height] = szd;
  const w = first(map, ['image_width', 'imageWidth', 'width']);
  const h = first(map, ['image_height', 'imageHeight', 'height']);
  if (typeof w?.[1] === 'number' && typeof h?.[1] === 'number') [width, height] = [w[1], h[1]];
  if (!(width! > 0 && height! > 0)) throw new UserError(`${file} has no image size; add image_width and image_height (pixels)`);
  const R = first(map, ['rvec', 'R', 'rotation_matrix', 'rotation', 'Rot']);
  const T = first(map, ['tvec', 'T', 't', 'translation']);
  const Rd = R && numbersOf(R[1]);
  const Td = T && numbersOf(T[1]);
  if (!Rd || !Td)
    throw new UserError(
      `${file} has no camera position (rvec or R, and tvec or T); it holds only the lens: calibrate the positions with "openmocap calibrate" or export them too`,
    );
  if (Td.length !== 3 || (Rd.length !== 3 && Rd.length !== 9))
    throw new UserError(`${file}: ${R![0]} must be 3 (Rodrigues) or 3×3 numbers and ${T![0]} 3 numbers`);
  const rotation = Rd.length === 9 ? matrixToRodrigues(Rd) : (Rd as [number, number, number]);
  return {
    name,
    width: width!,
    height: height!,
    matrix: Kd,
    distortions: dist.length === 0 ? [0, 0, 0, 0] : dist.slice(0, Math.min(5, dist.length)),
    rotation: [rotation[0], rotation[1], rotation[2]],
    translation: [Td[0]!, Td[1]!, Td[2]!],
    fisheye: false,
  };
}
