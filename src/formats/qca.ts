// Qualisys Track Manager calibration export (`.qca.txt`, XML) → CameraRig.
//
// Each <camera serial="…"> holds:
//   <fov_video left top right bottom>  the video image window, in sensor pixels
//   <intrinsic focalLengthU/V centerPointU/V …>  in 1/64 sensor pixel (sensorMaxU = 64 · (width − 1))
//              radialDistortion1..3, tangentalDistortion1..2  (lens model on normalised coordinates)
//   <transform x y z r11 … r33>  camera position in the world (mm) and orientation; the rows of r
//              are the camera axes in the world, with the camera looking along −z and y up.
//   optional attribute video_resolution="720p" etc. on <camera>: the video is scaled from 1080 lines.
//
// Conversion to OpenCV's convention (x right, y down, looking along +z):
//   R = diag(1, −1, −1) · r        (a half turn about the camera's x axis)
//   t = −R · position / 1000        (metres)
//   fx = focalLengthU / 64 · s, cx = (centerPointU / 64 − left) · s, s = video lines / 1080
//   width = (right − left + 1) · s
// Distortion coefficients are copied as they are: they act on normalised coordinates like OpenCV's
// (a checkerboard calibration of the same cameras finds k1 ≈ −0.05, k2 ≈ 0.15, as the .qca.txt says).
// Pose2Sim's converter divides them by 64 as well, which is why its Calib_qualisys.toml holds tiny
// values; the test next to this file checks everything else against that file.
// ref: Qualisys Track Manager user manual, "Calibration export (.qca.txt)"; Pose2Sim calib_qca_fun
//      (read for the conventions, not copied).
import { UserError } from '../core/errors.ts';
import type { Camera, CameraRig } from '../core/types.ts';
import { matrixToRodrigues } from './rodrigues.ts';

/** Attributes of the first `<tag …>` element inside `xml`, or undefined. */
function attributesOf(xml: string, tag: string): Record<string, string> | undefined {
  const m = xml.match(new RegExp(`<${tag}\\b([^>]*?)/?>`));
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const a of m[1].matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[a[1]] = a[3] ?? a[4];
  return out;
}

/** Parses a Qualisys `.qca.txt` export. Throws a UserError naming the file and the missing attribute. */
export function parseQca(text: string, opts: { file?: string } = {}): CameraRig {
  const file = opts.file ?? 'Qualisys calibration';
  if (!/<calibration\b/.test(text)) throw new UserError(`${file} is not a Qualisys calibration export (no <calibration> element)`);
  const blocks = [...text.matchAll(/<camera\b[^>]*>[\s\S]*?<\/camera>/g)].map((m) => m[0]);
  if (blocks.length === 0) throw new UserError(`${file} holds no <camera> elements`);
  // A cut-off export would otherwise lose its last cameras without a word.
  const opened = text.match(/<camera\b/g)?.length ?? 0;
  if (!/<\/calibration\s*>/.test(text) || opened !== blocks.length)
    throw new UserError(
      `${file} is cut off (no closing </calibration>, or a <camera> element without its </camera>); copy or export the calibration again`,
    );
  const cameras: Camera[] = [];
  blocks.forEach((block, i) => {
    const cam = attributesOf(block, 'camera') ?? {};
    const label = cam.serial ? `camera ${cam.serial}` : `camera #${i + 1}`;
    if (cam.active === '0') return; // inactive cameras have no valid calibration
    const get = (tag: string, key: string): number => {
      const attrs = attributesOf(block, tag);
      const v = attrs?.[key];
      const n = v === undefined ? NaN : Number(v);
      if (!Number.isFinite(n)) throw new UserError(`${file}: ${label} <${tag}> lacks a numeric ${key} attribute`);
      return n;
    };
    const viewRotation = Number(cam.viewrotation ?? 0);
    if (viewRotation !== 0)
      throw new UserError(
        `${file}: ${label} has viewrotation="${cam.viewrotation}", which openmocap does not read yet; export it with rotation 0`,
      );
    const res = cam.video_resolution && cam.video_resolution !== 'N/A' ? parseInt(cam.video_resolution, 10) : 1080;
    if (!(res > 0)) throw new UserError(`${file}: ${label} has an unreadable video_resolution "${cam.video_resolution}"`);
    const s = res / 1080;
    const left = get('fov_video', 'left');
    const top = get('fov_video', 'top');
    const width = (get('fov_video', 'right') - left + 1) * s;
    const height = (get('fov_video', 'bottom') - top + 1) * s;
    const fx = (get('intrinsic', 'focalLengthU') / 64) * s;
    const fy = (get('intrinsic', 'focalLengthV') / 64) * s;
    const cx = (get('intrinsic', 'centerPointU') / 64 - left) * s;
    const cy = (get('intrinsic', 'centerPointV') / 64 - top) * s;
    const k1 = get('intrinsic', 'radialDistortion1');
    const k2 = get('intrinsic', 'radialDistortion2');
    const k3 = get('intrinsic', 'radialDistortion3');
    const p1 = get('intrinsic', 'tangentalDistortion1');
    const p2 = get('intrinsic', 'tangentalDistortion2');
    const r = ['r11', 'r12', 'r13', 'r21', 'r22', 'r23', 'r31', 'r32', 'r33'].map((k) => get('transform', k));
    const pos = ['x', 'y', 'z'].map((k) => get('transform', k) / 1000);
    if (!(width > 0 && height > 0))
      throw new UserError(`${file}: ${label} <fov_video> gives an image of ${width} × ${height} pixels; export the calibration again`);
    if (!(fx > 0 && fy > 0))
      throw new UserError(`${file}: ${label} <intrinsic> focal lengths must be positive; export the calibration again`);
    // The transform must be a rotation (orthonormal, determinant +1): anything else has no camera pose.
    for (let a = 0; a < 3; a++)
      for (let b = 0; b < 3; b++) {
        const dot = r[a * 3] * r[b * 3] + r[a * 3 + 1] * r[b * 3 + 1] + r[a * 3 + 2] * r[b * 3 + 2];
        if (Math.abs(dot - (a === b ? 1 : 0)) > 1e-3)
          throw new UserError(
            `${file}: ${label} <transform> r11…r33 is not a rotation matrix (rows not orthonormal); export the calibration again`,
          );
      }
    const det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6]) + r[2] * (r[3] * r[7] - r[4] * r[6]);
    if (det < 0)
      throw new UserError(
        `${file}: ${label} <transform> r11…r33 is a reflection, not a rotation (determinant ${det.toFixed(3)}); export the calibration again`,
      );
    const R = [r[0], r[1], r[2], -r[3], -r[4], -r[5], -r[6], -r[7], -r[8]];
    const t: [number, number, number] = [
      -(R[0] * pos[0] + R[1] * pos[1] + R[2] * pos[2]),
      -(R[3] * pos[0] + R[4] * pos[1] + R[5] * pos[2]),
      -(R[6] * pos[0] + R[7] * pos[1] + R[8] * pos[2]),
    ];
    cameras.push({
      name: cam.serial ?? `cam${String(i + 1).padStart(2, '0')}`,
      width,
      height,
      matrix: [fx, 0, cx, 0, fy, cy, 0, 0, 1],
      distortions: k3 === 0 ? [k1, k2, p1, p2] : [k1, k2, p1, p2, k3],
      rotation: matrixToRodrigues(R),
      translation: t,
      fisheye: false,
    });
  });
  if (cameras.length === 0) throw new UserError(`${file} holds no active cameras`);
  return { cameras };
}
