// OptiTrack Motive calibration (`.mcal`, XML, written by Motive 3.x as UTF-16LE with a BOM):
//
//   <calibrationProfile><Calibration><Cameras>
//     <Camera Serial="M21345">
//       <Properties CameraID="1" …/>
//       <Attributes ImagerPixelWidth="2048" ImagerPixelHeight="1088" …/>
//       <Intrinsic …/>                                   (Motive's own lens model)
//       <IntrinsicStandardCameraModel LensCenterX LensCenterY HorizontalFocalLength
//            VerticalFocalLength k1 k2 k3 TangentialX TangentialY/>   (OpenCV's pinhole lens)
//       <Extrinsic X Y Z OrientMatrix0 … OrientMatrix8/>
//     </Camera> …
//
// Read: the camera is named by its Serial; intrinsics from IntrinsicStandardCameraModel in pixels
// (fx, fy, cx, cy; k1 k2 p1 = TangentialX, p2 = TangentialY, k3 — OpenCV's order); X Y Z is the
// camera's position in Motive's world, in metres (units still detected from the spacing, as for
// files that do not state them); OrientMatrix0…8 a row-major 3×3 rotation.
//
// What OrientMatrix means is not stated in OptiTrack's documentation, and public readers disagree on
// both points: whether it takes camera axes to world axes or the reverse, and whether the camera
// looks along +z (OpenCV) or −z with y up (OpenGL, as Motive draws its cameras). So each file
// decides between the four readings by a property every real capture has: every camera looks
// towards the capture volume. A reading is scored by how many cameras' viewing directions point
// towards the centroid of the other cameras, and (3 cameras or more) by how well the cameras'
// optical axes meet (mean angle between each axis and the point nearest all axes): the axes decide
// camera→world against world→camera, the facing count the viewing sign (see chooseMcalReading);
// ties go to the first of: camera→world with −z forward (y up); world→camera, −z forward;
// camera→world, +z forward; world→camera, +z forward. A camera that faces away under the chosen
// reading is reported (likely a convention mismatch or a damaged camera entry).
//
// World: Motive's is Y up (its default); openmocap's is Z up (floor z = 0), so the world is turned
// by +90° about x: (x, y, z)_openmocap = (x, −z, y)_Motive.
// ref: OptiTrack documentation (docs.optitrack.com): Motive calibration files (.mcal, Motive 3.x;
//      .cal before it), Motive's Y-up global coordinate system; the public .mcal readers found (a
//      Motive→OpenCV YAML converter, a .mcal camera reader, marker reprojection scripts) were read
//      for the element and attribute names and their conflicting conventions, not copied.
import { UserError } from '../core/errors.ts';
import type { Camera, CameraRig } from '../core/types.ts';
import { matrixToRodrigues } from './rodrigues.ts';

type V3 = [number, number, number];

/** Text of an .mcal file's bytes: UTF-16LE/BE with a BOM (as Motive writes it), or UTF-8. */
export function decodeMcal(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // UTF-16LE without a BOM: '<' then a zero byte.
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
}

/** Whether a text is a Motive .mcal calibration. */
export function isOptitrackMcal(text: string): boolean {
  return /<calibrationProfile\b/.test(text) && /<Extrinsic\b/.test(text);
}

const attrs = (tag: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const a of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[a[1]!] = a[3] ?? a[4]!;
  return out;
};

/** One way of reading OrientMatrix (see the file comment). */
export interface McalReading {
  /** OrientMatrix takes camera axes to world axes (its columns are the camera's axes in the world). */
  cameraToWorld: boolean;
  /** The camera looks along −z with y up (OpenGL); else along +z with y down (OpenCV). */
  minusZForward: boolean;
}

/** The readings in order of preference (used when the cameras' directions cannot tell them apart). */
export const MCAL_READINGS: McalReading[] = [
  { cameraToWorld: true, minusZForward: true },
  { cameraToWorld: false, minusZForward: true },
  { cameraToWorld: true, minusZForward: false },
  { cameraToWorld: false, minusZForward: false },
];

export const describeReading = (r: McalReading): string =>
  `OrientMatrix read as ${r.cameraToWorld ? 'camera→world' : 'world→camera'}, camera looking along ${r.minusZForward ? '−z with y up' : '+z with y down'}`;

/** Camera → world rotation (row-major) with OpenCV camera axes (x right, y down, z forward), in Motive's world. */
export function cameraToWorldOpenCv(M: number[], r: McalReading): number[] {
  const C = r.cameraToWorld ? M : [M[0]!, M[3]!, M[6]!, M[1]!, M[4]!, M[7]!, M[2]!, M[5]!, M[8]!];
  // −z forward, y up: OpenCV's y and z axes are the camera's −y and −z (columns 1 and 2 negated).
  const s = r.minusZForward ? -1 : 1;
  return [C[0]!, s * C[1]!, s * C[2]!, C[3]!, s * C[4]!, s * C[5]!, C[6]!, s * C[7]!, s * C[8]!];
}

interface RawCamera {
  label: string;
  M: number[];
  P: V3;
}

/** Per camera, the cosine between its viewing direction and the direction to the other cameras' centroid. */
function facing(cams: RawCamera[], r: McalReading): number[] {
  return cams.map((c, i) => {
    const others = cams.filter((_, j) => j !== i);
    const g = [0, 1, 2].map((k) => others.reduce((s, o) => s + o.P[k]!, 0) / others.length);
    const d = [g[0]! - c.P[0], g[1]! - c.P[1], g[2]! - c.P[2]];
    const R = cameraToWorldOpenCv(c.M, r);
    const f = [R[2]!, R[5]!, R[8]!];
    const n = Math.hypot(d[0]!, d[1]!, d[2]!) * Math.hypot(f[0]!, f[1]!, f[2]!);
    return n > 0 ? (f[0]! * d[0]! + f[1]! * d[1]! + f[2]! * d[2]!) / n : 0;
  });
}

/**
 * How well the cameras' optical axes (as lines) meet under a reading: the mean angle, degrees,
 * between each camera's axis and the direction from it to the point nearest all axes (least squares).
 * The right reading's axes meet in the capture volume; a wrong one's scatter.
 */
function convergence(cams: RawCamera[], r: McalReading): number {
  const A = new Array<number>(9).fill(0);
  const b = [0, 0, 0];
  const dirs = cams.map((c) => {
    const R = cameraToWorldOpenCv(c.M, r);
    const f = [R[2]!, R[5]!, R[8]!];
    const n = Math.hypot(f[0]!, f[1]!, f[2]!);
    return f.map((x) => x / n);
  });
  cams.forEach((c, i) => {
    const d = dirs[i]!;
    for (let j = 0; j < 3; j++)
      for (let k = 0; k < 3; k++) {
        const m = (j === k ? 1 : 0) - d[j]! * d[k]!;
        A[3 * j + k]! += m;
        b[j]! += m * c.P[k]!;
      }
  });
  const det = A[0]! * (A[4]! * A[8]! - A[5]! * A[7]!) - A[1]! * (A[3]! * A[8]! - A[5]! * A[6]!) + A[2]! * (A[3]! * A[7]! - A[4]! * A[6]!);
  if (Math.abs(det) < 1e-12) return 90; // parallel axes: no meeting point
  const inv = [
    A[4]! * A[8]! - A[5]! * A[7]!,
    A[2]! * A[7]! - A[1]! * A[8]!,
    A[1]! * A[5]! - A[2]! * A[4]!,
    A[5]! * A[6]! - A[3]! * A[8]!,
    A[0]! * A[8]! - A[2]! * A[6]!,
    A[2]! * A[3]! - A[0]! * A[5]!,
    A[3]! * A[7]! - A[4]! * A[6]!,
    A[1]! * A[6]! - A[0]! * A[7]!,
    A[0]! * A[4]! - A[1]! * A[3]!,
  ].map((v) => v / det);
  const X = [0, 1, 2].map((j) => inv[3 * j]! * b[0]! + inv[3 * j + 1]! * b[1]! + inv[3 * j + 2]! * b[2]!);
  let sum = 0;
  cams.forEach((c, i) => {
    const v = [X[0]! - c.P[0], X[1]! - c.P[1], X[2]! - c.P[2]];
    const n = Math.hypot(v[0]!, v[1]!, v[2]!);
    const d = dirs[i]!;
    const cos = n > 0 ? Math.abs(d[0]! * v[0]! + d[1]! * v[1]! + d[2]! * v[2]!) / n : 1;
    sum += (Math.acos(Math.min(1, cos)) * 180) / Math.PI;
  });
  return sum / cams.length;
}

export interface McalReadingScore {
  reading: McalReading;
  /** Cameras whose viewing direction points towards the other cameras' centroid. */
  facing: number;
  /** Mean angle, degrees, between the cameras' axes and the point nearest all of them. */
  convergenceDeg: number;
}

/**
 * The reading under which the cameras face the volume (see the file comment). With 3 cameras or more
 * the optical axes decide whether OrientMatrix is camera→world or world→camera (the axes, as lines,
 * do not depend on the viewing sign; the reading whose axes meet better by more than 1° wins); then
 * the sign (−z or +z forward) is the one with more cameras facing the others' centroid. Whatever the
 * axes cannot tell apart goes by facing count, then by the order of MCAL_READINGS.
 */
export function chooseMcalReading(cams: { M: number[]; P: V3 }[]): { reading: McalReading; cosines: number[]; scores: McalReadingScore[] } {
  const raw = cams.map((c, i) => ({ label: String(i), ...c }));
  if (raw.length < 2) return { reading: MCAL_READINGS[0]!, cosines: raw.map(() => NaN), scores: [] };
  const scored = MCAL_READINGS.map((reading) => {
    const cosines = facing(raw, reading);
    return {
      score: { reading, facing: cosines.filter((c) => c > 0).length, convergenceDeg: raw.length >= 3 ? convergence(raw, reading) : 0 },
      cosines,
    };
  });
  const conv = (c2w: boolean) => scored.find((x) => x.score.reading.cameraToWorld === c2w)!.score.convergenceDeg;
  const gap = conv(true) - conv(false);
  const candidates = raw.length >= 3 && Math.abs(gap) > 1 ? scored.filter((x) => x.score.reading.cameraToWorld === gap < 0) : scored;
  let best = candidates[0]!;
  for (const x of candidates) if (x.score.facing > best.score.facing) best = x;
  return { reading: best.score.reading, cosines: best.cosines, scores: scored.map((x) => x.score) };
}

/** Motive world (Y up) → openmocap world (Z up): (x, y, z) → (x, −z, y). Row-major. */
const Q = [1, 0, 0, 0, 0, -1, 0, 1, 0];

const mul = (A: number[], B: number[]): number[] => {
  const out = new Array<number>(9).fill(0);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) out[3 * i + j]! += A[3 * i + k]! * B[3 * k + j]!;
  return out;
};
const transpose = (A: number[]): number[] => [A[0]!, A[3]!, A[6]!, A[1]!, A[4]!, A[7]!, A[2]!, A[5]!, A[8]!];

export interface McalRead {
  rig: CameraRig;
  /** The reading chosen and why; a line per camera facing away (warnings). */
  notes: string[];
}

/** Reads a Motive .mcal calibration; translations in the file's units (metres), world turned to Z up. */
export function parseOptitrackMcal(text: string, file: string): McalRead {
  if (!isOptitrackMcal(text))
    throw new UserError(
      `${file} is not an OptiTrack Motive calibration (.mcal XML with <calibrationProfile> and <Extrinsic>); export it from Motive again`,
    );
  const camerasBlock = /<Cameras\b[^>]*>([\s\S]*?)<\/Cameras\s*>/.exec(text);
  if (!camerasBlock) throw new UserError(`${file} is cut off (no </Cameras>); export the calibration from Motive again`);
  const blocks = [...camerasBlock[1]!.matchAll(/<Camera\b([^>]*)>([\s\S]*?)<\/Camera\s*>/g)];
  if (blocks.length === 0 || (camerasBlock[1]!.match(/<Camera\b/g)?.length ?? 0) !== blocks.length)
    throw new UserError(
      `${file} has no complete <Camera> element (a <Camera> without its </Camera>?); export the calibration from Motive again`,
    );
  const raws: (RawCamera & { camera: Omit<Camera, 'rotation' | 'translation'> })[] = [];
  for (const [, head, body] of blocks) {
    const cam = attrs(head!);
    const label = cam.Serial ?? `#${raws.length + 1}`;
    const element = (name: string): Record<string, string> | undefined => {
      const m = new RegExp(`<${name}\\b([^>]*)/?>`).exec(body!);
      return m ? attrs(m[1]!) : undefined;
    };
    const num = (el: Record<string, string> | undefined, key: string, where: string): number => {
      const v = el?.[key];
      const x = v === undefined ? NaN : Number(v);
      if (!Number.isFinite(x))
        throw new UserError(`${file}: camera ${label} lacks a number ${key} in <${where}>; export the calibration from Motive again`);
      return x;
    };
    const size = element('Attributes');
    const width = num(size, 'ImagerPixelWidth', 'Attributes');
    const height = num(size, 'ImagerPixelHeight', 'Attributes');
    let lens = element('IntrinsicStandardCameraModel');
    if (!lens) {
      // Motive's own lens model is not OpenCV's: usable only when it has no distortion.
      const own = element('Intrinsic');
      const k = ['k1', 'k2', 'k3', 'TangentialX', 'TangentialY'].map((key) => Number(own?.[key] ?? 0));
      if (!own || k.some((x) => x !== 0))
        throw new UserError(
          `${file}: camera ${label} has no <IntrinsicStandardCameraModel> (OpenCV lens); export the calibration from Motive 3 or later, which writes it`,
        );
      lens = own;
    }
    const fx = num(lens, 'HorizontalFocalLength', 'IntrinsicStandardCameraModel');
    const fy = num(lens, 'VerticalFocalLength', 'IntrinsicStandardCameraModel');
    const cx = num(lens, 'LensCenterX', 'IntrinsicStandardCameraModel');
    const cy = num(lens, 'LensCenterY', 'IntrinsicStandardCameraModel');
    const d = ['k1', 'k2', 'TangentialX', 'TangentialY', 'k3'].map((key) =>
      lens![key] === undefined ? 0 : num(lens, key, 'IntrinsicStandardCameraModel'),
    );
    if (!(width > 0 && height > 0 && fx > 0 && fy > 0))
      throw new UserError(
        `${file}: camera ${label} has a non-positive image size or focal length; export the calibration from Motive again`,
      );
    const ext = element('Extrinsic');
    if (!ext)
      throw new UserError(
        `${file}: camera ${label} has no <Extrinsic> (position and orientation); calibrate the cameras in Motive and export again`,
      );
    const P: V3 = [num(ext, 'X', 'Extrinsic'), num(ext, 'Y', 'Extrinsic'), num(ext, 'Z', 'Extrinsic')];
    const M = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => num(ext, `OrientMatrix${i}`, 'Extrinsic'));
    // A rotation: orthonormal with determinant +1.
    const MtM = mul(transpose(M), M);
    const det = M[0]! * (M[4]! * M[8]! - M[5]! * M[7]!) - M[1]! * (M[3]! * M[8]! - M[5]! * M[6]!) + M[2]! * (M[3]! * M[7]! - M[4]! * M[6]!);
    if (MtM.some((v, i) => Math.abs(v - (i % 4 === 0 ? 1 : 0)) > 1e-4) || Math.abs(det - 1) > 1e-4)
      throw new UserError(`${file}: camera ${label}'s OrientMatrix0…8 is not a rotation matrix; export the calibration from Motive again`);
    raws.push({
      label,
      M,
      P,
      camera: { name: label, width, height, matrix: [fx, 0, cx, 0, fy, cy, 0, 0, 1], distortions: d, fisheye: false },
    });
  }
  const choice = chooseMcalReading(raws);
  const notes: string[] = [];
  if (raws.length < 2)
    notes.push(
      `${file}: one camera, so its viewing direction cannot be checked against the others; ${describeReading(choice.reading)} (the first reading)`,
    );
  else {
    const n = raws.length;
    const others = choice.scores
      .filter((s) => s.reading !== choice.reading)
      .map(
        (s) =>
          `${s.reading.cameraToWorld ? 'camera→world' : 'world→camera'} ${s.reading.minusZForward ? '−z' : '+z'}: ${s.facing}/${n}${n >= 3 ? `, ${s.convergenceDeg.toFixed(1)}°` : ''}`,
      )
      .join(', ');
    const chosen = choice.scores.find((s) => s.reading === choice.reading)!;
    notes.push(
      `${file}: ${describeReading(choice.reading)}: ${chosen.facing} of ${n} cameras face the others' centroid${n >= 3 ? `, their axes meet within ${chosen.convergenceDeg.toFixed(1)}° on average` : ''} (the other readings: ${others}); world turned from Motive's Y up to Z up`,
    );
    choice.cosines.forEach((c, i) => {
      if (!(c > 0))
        notes.push(
          `warning: ${file}: camera ${raws[i]!.label} faces away from the other cameras (${((Math.acos(Math.max(-1, Math.min(1, c))) * 180) / Math.PI).toFixed(0)}° from their centroid) — likely a convention mismatch or a wrong camera entry; check it in Motive`,
        );
    });
  }
  // Motive's world is Y up with the floor at Y = 0 (set by the ground plane): cameras hang above it.
  const below = raws.filter((r) => !(r.P[1] > 0)).length;
  if (below * 2 > raws.length)
    notes.push(
      `warning: ${file}: ${below} of ${raws.length} cameras are not above Motive's floor (Y ≤ 0); openmocap reads Motive's world as Y up (its default) — if this calibration has another up axis, the floor will be tilted`,
    );
  const cameras: Camera[] = raws.map((r) => {
    const Rcw = cameraToWorldOpenCv(r.M, choice.reading); // camera → Motive world
    const Rwc = transpose(Rcw); // Motive world → camera
    const R = mul(Rwc, transpose(Q)); // openmocap world → camera
    const t: V3 = [0, 1, 2].map((i) => -(Rwc[3 * i]! * r.P[0] + Rwc[3 * i + 1]! * r.P[1] + Rwc[3 * i + 2]! * r.P[2])) as V3;
    return { ...r.camera, rotation: matrixToRodrigues(R), translation: t };
  });
  return { rig: { cameras }, notes };
}
