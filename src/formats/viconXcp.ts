// Vicon calibration (`.xcp`, XML): one <Camera> per device, its calibration in a <KeyFrame>.
//
//   <Camera DEVICEID="…" USERID="…" SENSOR_SIZE="w h" PIXEL_ASPECT_RATIO="a" SKEW="s" …>
//     <KeyFrames><KeyFrame FOCAL_LENGTH="f" PRINCIPAL_POINT="u v" ORIENTATION="qx qy qz qw"
//                          POSITION="x y z" VICON_RADIAL2="Vicon3Parameter cx cy w0 w1 w2" …/></KeyFrames>
//   </Camera>
//
// As Vicon documents it: ORIENTATION is a quaternion with the real part last, POSITION the camera's
// position in the world, in millimetres; SENSOR_SIZE in pixels; FOCAL_LENGTH and PRINCIPAL_POINT in
// pixels. Axis convention, as OpenCap's and a published MATLAB converter read these files: the
// quaternion's rotation matrix R takes world axes to OpenCV camera axes (x right, y down, z
// forward): X_camera = R · (X_world − POSITION). Hence rotation = R, t = −R · POSITION / 1000,
// fx = f, fy = f / PIXEL_ASPECT_RATIO, skew ignored when 0.
// Lens distortion: VICON_RADIAL2 corrects distorted pixels about its own distortion centre (see
// viconLens.ts); that model has no exact OpenCV equivalent, so OpenCV k1 k2 [p1 p2 [k3]] are fitted
// over the image and used only when the fit is within MAX_LENS_RESIDUAL_PX everywhere (the residual
// is stated in the notes); otherwise the camera is refused in one line.
// ref: Vicon CaraPost reference, "About calibration data (XCP) files" (KeyFrame attributes; quaternion
//      real part last); OpenCap (stanfordnmbl/opencap-core) and Pose2Sim Vicon converters, read for
//      the axis convention, not copied.
import { UserError } from '../core/errors.ts';
import type { Camera, CameraRig } from '../core/types.ts';
import { matrixToRodrigues } from './rodrigues.ts';
import { fitOpenCvToVicon, type ViconLens } from './viconLens.ts';

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
    1 - 2 * (y * y + z * z),
    2 * (x * y - z * w),
    2 * (x * z + y * w),
    2 * (x * y + z * w),
    1 - 2 * (x * x + z * z),
    2 * (y * z - x * w),
    2 * (x * z - y * w),
    2 * (y * z + x * w),
    1 - 2 * (x * x + y * y),
  ];
}

/** Whether a text is a Vicon .xcp calibration. */
export function isViconXcp(text: string): boolean {
  return /<Cameras\b/.test(text) && /<KeyFrame\b/.test(text);
}

/** Largest residual, pixels, over the image accepted when Vicon's lens is fitted with OpenCV's. */
export const MAX_LENS_RESIDUAL_PX = 0.1;

/** Reads a Vicon .xcp calibration; translations in metres. `notes` receives a line per fitted lens. */
export function parseViconXcp(text: string, file: string, notes: string[] = []): CameraRig {
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
      if (xs.length < n || xs.slice(0, n).some((x) => !Number.isFinite(x)))
        throw new UserError(`${file}: camera ${label} lacks ${n} numbers in ${what}`);
      return xs.slice(0, n);
    };
    const [w, h] = numbers(cam.SENSOR_SIZE, 2, 'SENSOR_SIZE');
    const aspect = cam.PIXEL_ASPECT_RATIO !== undefined ? numbers(cam.PIXEL_ASPECT_RATIO, 1, 'PIXEL_ASPECT_RATIO')[0]! : 1;
    const skew = cam.SKEW !== undefined ? numbers(cam.SKEW, 1, 'SKEW')[0]! : 0;
    const [f] = numbers(k.FOCAL_LENGTH, 1, 'FOCAL_LENGTH');
    const [u, v] = numbers(k.PRINCIPAL_POINT, 2, 'PRINCIPAL_POINT');
    const [qx, qy, qz, qw] = numbers(k.ORIENTATION, 4, 'ORIENTATION');
    const P = numbers(k.POSITION, 3, 'POSITION').map((x) => x / 1000);
    if (skew !== 0)
      throw new UserError(`${file}: camera ${label} has SKEW="${cam.SKEW}"; openmocap's camera model has no skew — recalibrate without it`);
    const fy = f! / aspect;
    let distortions = [0, 0, 0, 0];
    const radial = k.VICON_RADIAL2 ?? k.VICON_RADIAL;
    if (radial !== undefined) {
      const which = k.VICON_RADIAL2 !== undefined ? 'VICON_RADIAL2' : 'VICON_RADIAL';
      const parts = radial.trim().split(/\s+/);
      // VICON_RADIAL2: model name, distortion centre (2 numbers), coefficients; VICON_RADIAL: the coefficients.
      const model = which === 'VICON_RADIAL2' && parts.length > 0 && !Number.isFinite(Number(parts[0])) ? parts[0]! : undefined;
      if (model !== undefined && !/^Vicon[1-3]Parameter$/.test(model))
        throw new UserError(
          `${file}: camera ${label} uses Vicon's "${model}" lens model, which openmocap does not read (it reads Vicon3Parameter); calibrate the lenses with "openmocap calibrate", or use undistorted videos`,
        );
      const nums = (model !== undefined ? parts.slice(1) : parts).map(Number);
      const ws = which === 'VICON_RADIAL2' ? nums.slice(2) : nums;
      const centre = which === 'VICON_RADIAL2' ? nums.slice(0, 2) : [u!, v!];
      if (nums.some((x) => !Number.isFinite(x)) || centre.length < 2 || ws.length === 0 || ws.length > 3)
        throw new UserError(
          `${file}: camera ${label} has ${which}="${radial.trim()}", expected ${which === 'VICON_RADIAL2' ? 'a model name, the distortion centre (2 numbers) and up to 3 coefficients' : 'up to 3 coefficients'}; export the calibration again`,
        );
      const lens: ViconLens = { cx: centre[0]!, cy: centre[1]!, w: [ws[0] ?? 0, ws[1] ?? 0, ws[2] ?? 0], aspect };
      const fit = fitOpenCvToVicon(lens, f!, fy, u!, v!, w!, h!, MAX_LENS_RESIDUAL_PX);
      if (fit.maxResidualPx > MAX_LENS_RESIDUAL_PX)
        throw new UserError(
          `${file}: camera ${label}'s Vicon lens distortion (${which} = "${radial.trim()}") is not matched by OpenCV's lens model within ${MAX_LENS_RESIDUAL_PX} px (best fit off by ${fit.maxResidualPx.toFixed(2)} px); calibrate the lenses with "openmocap calibrate", or use undistorted videos`,
        );
      if (!fit.exact) {
        distortions = fit.distortions;
        notes.push(
          `${file}: camera ${label}: Vicon lens (${which}) fitted as OpenCV ${fit.fitted} = ${fit.distortions.map((d) => d.toPrecision(6)).join(' ')} (k1 k2 p1 p2 k3), largest residual over the image ${fit.maxResidualPx.toFixed(3)} px`,
        );
      }
    }
    const R = quaternionToMatrix(qx!, qy!, qz!, qw!);
    const t: [number, number, number] = [0, 1, 2].map((i) => -(R[3 * i]! * P[0]! + R[3 * i + 1]! * P[1]! + R[3 * i + 2]! * P[2]!)) as [
      number,
      number,
      number,
    ];
    cameras.push({
      name: cam.DEVICEID ?? cam.USERID ?? `cam${String(cameras.length + 1).padStart(2, '0')}`,
      width: w!,
      height: h!,
      matrix: [f!, 0, u!, 0, fy, v!, 0, 0, 1],
      distortions,
      rotation: matrixToRodrigues(R),
      translation: t,
      fisheye: false,
    });
  }
  return { cameras };
}
