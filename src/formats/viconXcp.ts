// Vicon calibration (`.xcp`, XML): one <Camera> per device, its calibration in a <KeyFrame>.
//
//   <Camera DEVICEID="…" USERID="…" SENSOR_SIZE="w h" PIXEL_ASPECT_RATIO="a" SKEW="s" …>
//     <KeyFrames><KeyFrame FOCAL_LENGTH="f" PRINCIPAL_POINT="u v" ORIENTATION="qx qy qz qw"
//                          POSITION="x y z" VICON_RADIAL2="<model> cx cy w0 w1 w2" …/></KeyFrames>
//   </Camera>
//
// As Vicon documents it: ORIENTATION is a quaternion with the real part last, POSITION the camera's
// position in the world, in millimetres; SENSOR_SIZE in pixels; FOCAL_LENGTH and PRINCIPAL_POINT in
// pixels. Axis convention, as OpenCap's and a published MATLAB converter read these files: the
// quaternion's rotation matrix R takes world axes to OpenCV camera axes (x right, y down, z
// forward): X_camera = R · (X_world − POSITION). Hence rotation = R, t = −R · POSITION / 1000,
// fx = f, fy = f / PIXEL_ASPECT_RATIO, skew ignored when 0.
// Lens distortion: VICON_RADIAL2 corrects distorted pixels about its own distortion centre; that model
// has no exact OpenCV equivalent, so a camera with non-zero coefficients is refused (use videos
// without lens distortion, or calibrate the lenses with "openmocap calibrate"), never approximated.
// ref: Vicon CaraPost reference, "About calibration data (XCP) files" (KeyFrame attributes; quaternion
//      real part last); OpenCap (stanfordnmbl/opencap-core) and Pose2Sim Vicon converters, read for
//      the axis convention, not copied.
import { UserError } from '../core/errors.ts';
import type { Camera, CameraRig } from '../core/types.ts';
import { matrixToRodrigues } from './rodrigues.ts';

const attrs = (tag: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const a of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[a[1]!] = a[3] ?? a[4]!;
  return out;
};

/** Rotation matrix (row-major) of a unit quaternion (x, y, z, w). */
export function quaternionToMatrix(x: number, y: number, z: number, w: number): number[] {
  const n = Math.hypot(x, y, z, w);
  [x, y, z, w] = [x / n, y / n, z / n, w / n];
  return [
    1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w),
    2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w),
    2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y),
  ];
}

/** Whether a text is a Vicon .xcp calibration. */
export function isViconXcp(text: string): boolean {
  return /<Cameras\b/.test(text) && /<KeyFrame\b/.test(text);
}

/** Reads a Vicon .xcp calibration; translations in metres. */
export function parseViconXcp(text: string, file: string): CameraRig {
  if (!isViconXcp(text)) throw new UserError(`${file} is not a Vicon calibration (.xcp with <Cameras> and <KeyFrame> elements)`);
  const blocks = [...text.matchAll(/<Camera\b([^>]*)>([\s\S]*?)<\/Camera>/g)];
  if (blocks.length === 0 || (text.match(/<Camera\b/g)?.length ?? 0) !== blocks.length || !/<\/Cameras\s*>/.test(text))
    throw new UserError(`${file} is cut off (a <Camera> without its </Camera>, or no </Cameras>); export the calibration again`);
  const cameras: Camera[] = [];
  for (const [, head, body] of blocks) {
    const cam = attrs(head!);
    const label = cam.DEVICEID ?? cam.USERID ?? `#${cameras.length + 1}`;
    const kf = /<KeyFrame\b([^>]*)\/?>/.exec(body!);
    if (!kf) throw new UserError(`${file}: camera ${label} has no <KeyFrame>; it was not calibrated`);
    if ((body!.match(/<KeyFrame\b/g)?.length ?? 0) > 1)
      throw new UserError(`${file}: camera ${label} moves during the take (several <KeyFrame>s); openmocap reads fixed cameras only`);
    const k = attrs(kf[1]!);
    const numbers = (v: string | undefined, n: number, what: string): number[] => {
      const xs = (v ?? '').trim().split(/\s+/).map(Number);
      if (xs.length < n || xs.slice(0, n).some((x) => !Number.isFinite(x))) throw new UserError(`${file}: camera ${label} lacks ${n} numbers in ${what}`);
      return xs.slice(0, n);
    };
    const [w, h] = numbers(cam.SENSOR_SIZE, 2, 'SENSOR_SIZE');
    const aspect = cam.PIXEL_ASPECT_RATIO !== undefined ? numbers(cam.PIXEL_ASPECT_RATIO, 1, 'PIXEL_ASPECT_RATIO')[0]! : 1;
    const skew = cam.SKEW !== undefined ? numbers(cam.SKEW, 1, 'SKEW')[0]! : 0;
    const [f] = numbers(k.FOCAL_LENGTH, 1, 'FOCAL_LENGTH');
    const [u, v] = numbers(k.PRINCIPAL_POINT, 2, 'PRINCIPAL_POINT');
    const [qx, qy, qz, qw] = numbers(k.ORIENTATION, 4, 'ORIENTATION');
    const P = numbers(k.POSITION, 3, 'POSITION').map((x) => x / 1000);
    if (skew !== 0) throw new UserError(`${file}: camera ${label} has SKEW="${cam.SKEW}"; openmocap's camera model has no skew — recalibrate without it`);
    const radial = k.VICON_RADIAL2 ?? k.VICON_RADIAL;
    if (radial !== undefined) {
      const coeffs = radial.trim().split(/\s+/).map(Number).filter((x) => Number.isFinite(x));
      // VICON_RADIAL2: distortion centre (2 numbers) then the coefficients; VICON_RADIAL: the coefficients.
      const ws = k.VICON_RADIAL2 !== undefined ? coeffs.slice(2) : coeffs;
      if (ws.some((c) => c !== 0))
        throw new UserError(
          `${file}: camera ${label} has Vicon lens distortion (${k.VICON_RADIAL2 !== undefined ? 'VICON_RADIAL2' : 'VICON_RADIAL'} = "${radial.trim()}"), which has no exact OpenCV equivalent; calibrate the lenses with "openmocap calibrate" and keep only the positions, or use undistorted videos`,
        );
    }
    const R = quaternionToMatrix(qx!, qy!, qz!, qw!);
    const t: [number, number, number] = [0, 1, 2].map((i) => -(R[3 * i]! * P[0]! + R[3 * i + 1]! * P[1]! + R[3 * i + 2]! * P[2]!)) as [number, number, number];
    cameras.push({
      name: cam.DEVICEID ?? cam.USERID ?? `cam${String(cameras.length + 1).padStart(2, '0')}`,
      width: w!,
      height: h!,
      matrix: [f!, 0, u!, 0, f! / aspect, v!, 0, 0, 1],
      distortions: [0, 0, 0, 0],
      rotation: matrixToRodrigues(R),
      translation: t,
      fisheye: false,
    });
  }
  return { cameras };
}
