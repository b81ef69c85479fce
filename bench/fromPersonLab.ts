// Calibration from the person, checked against the lab: the real four-camera recordings in
// ../shared/data/pose2sim-demo (single-person balancing, two people moving), our own checkerboard
// intrinsics from the lab's board photos, movenet-thunder keypoints, then calibrateFromPerson. Compared
// with the lab's marker-based calibration (Calib_qualisys.toml) and with the lab's checkerboard-and-scene
// calibration (Calib_scene.toml): relative camera rotations, camera-to-camera distances, and the 3D
// reconstruction each calibration gives from the same keypoints.
// Run: npm run bench -- fromPersonLab   (first run detects the people: ~1–2 min; cached in the OS temp dir)
import { existsSync, mkdirSync, readFileSync, symlinkSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Camera, CameraRig, PoseSequence2D } from '../src/core/types.ts';
import { parseCalibrationToml } from '../src/formats/calibrationToml.ts';
import { readPose2dFolder } from '../src/io/pose2d.ts';
import { detectSession } from '../src/detect/runDetect.ts';
import type { ModelName } from '../src/detect/modelSpecs.ts';
import { runCalibrate } from '../src/calibration/runCalibrate.node.ts';
import { calibrateFromPerson } from '../src/calibration/fromPerson.ts';
import { personDetectSettings } from '../src/calibration/runCalibrateFromPerson.node.ts';
import { poolTakes } from '../src/calibration/poolTakes.ts';
import { compareRigs } from '../src/calibration/compareRigs.ts';
import { alignPoints, applyAlignment } from '../src/calibration/alignPoints.ts';
import { loadOpenCv } from '../src/calibration/opencv.node.ts';
import { triangulate } from '../src/triangulate/triangulate.ts';
import { sharedDataDir } from '../src/video/testVideos.ts';
import { prepareCamera, projectPoint, rotationMatrix } from '../src/camera/project.ts';
import { lensForImage } from '../src/camera/imageSize.ts';
import { Matrix, SingularValueDecomposition } from 'ml-matrix';

export const LAB_DATA = resolve(sharedDataDir() ?? resolve(fileURLToPath(new URL('../../shared/data', import.meta.url))), 'pose2sim-demo');
const WORK = join(tmpdir(), 'openmocap-lab-from-person');

export interface LabCheck {
  recording: string;
  seconds: number;
  /** Against Calib_qualisys.toml. */
  maxRotationDiffDeg: number;
  maxDistanceDiffPct: number;
  /** Distances after the best single scale (the shape of the rig alone, as if the height were exact). */
  maxDistanceDiffPctScaleFree: number;
  /** Against Calib_scene.toml. */
  sceneMaxRotationDiffDeg: number;
  /** Median distance between the 3D keypoints triangulated with this calibration and with the lab's, mm, after a similarity alignment. */
  reconstructionDiffMm: number;
  /** The same for the lab's checkerboard-and-scene calibration against the lab's marker-based one. */
  sceneReconstructionDiffMm: number;
  reprojectionErrorPx: number;
  /** Angle between this calibration's world up (Z) and the lab's, after the best rotation between the two rigs, degrees. */
  upDiffDeg: number;
  cameras: Camera[];
}

/** Angle between the Z axes of two calibrations of the same cameras, after the mean camera-to-camera rotation between them. */
export function upDiffDeg(rig: CameraRig, reference: CameraRig): number {
  // Each camera gives an estimate of the world-to-world rotation Rrefᵀ·Rrig; average them (chordal mean via SVD).
  const M = new Matrix(3, 3);
  rig.cameras.forEach((c, i) => {
    const A = rotationMatrix(c.rotation);
    const B = rotationMatrix(reference.cameras[i].rotation);
    for (let a = 0; a < 3; a++)
      for (let b = 0; b < 3; b++) {
        let v = 0;
        for (let k = 0; k < 3; k++) v += B[k * 3 + a] * A[k * 3 + b];
        M.set(a, b, M.get(a, b) + v);
      }
  });
  const svd = new SingularValueDecomposition(M);
  const W = svd.leftSingularVectors.mmul(svd.rightSingularVectors.transpose());
  // The rig's Z axis expressed in the reference world: W·(0,0,1).
  const z = W.get(2, 2);
  return (Math.acos(Math.max(-1, Math.min(1, z))) * 180) / Math.PI;
}

function session(name: string, videosFrom: string): string {
  const dir = join(WORK, name);
  mkdirSync(join(dir, 'videos'), { recursive: true });
  for (const f of readdirSync(videosFrom)) {
    const link = join(dir, 'videos', f);
    if (!existsSync(link)) symlinkSync(join(videosFrom, f), link);
  }
  return dir;
}

/** Our intrinsics from the lab's checkerboard photos (4×7 inner corners, 60 mm), cached. */
export async function labIntrinsics(): Promise<Camera[]> {
  const dir = join(WORK, 'intrinsics');
  if (!existsSync(join(dir, 'calibration.toml'))) {
    mkdirSync(join(dir, 'calibration', 'intrinsics'), { recursive: true });
    for (const cam of readdirSync(join(LAB_DATA, 'calibration', 'intrinsics'))) {
      const link = join(dir, 'calibration', 'intrinsics', cam);
      if (!existsSync(link)) symlinkSync(join(LAB_DATA, 'calibration', 'intrinsics', cam), link);
    }
    await runCalibrate(dir, { settings: { inner_corners: [4, 7], square_size_mm: 60 } });
  }
  return parseCalibrationToml(readFileSync(join(dir, 'calibration.toml'), 'utf8')).cameras;
}

/** Keypoints of one recording from `model` (default: calibrate's, movenet-thunder), cached per model. */
export async function labKeypoints(
  recording: 'single-person' | 'multi-person' | 'single-person-static',
  model: ModelName = 'movenet-thunder',
): Promise<PoseSequence2D[]> {
  // Found the way calibrate --from-person finds people (personDetectSettings), cached per model.
  const videos =
    recording === 'single-person-static' ? join(LAB_DATA, 'single-person', 'static-videos') : join(LAB_DATA, recording, 'videos');
  const dir = session(`${recording}-${model}-recrop`, videos);
  const done = existsSync(join(dir, 'pose2d')) ? readdirSync(join(dir, 'pose2d')).filter((f) => f.endsWith('.pose2d')).length : 0;
  if (done < readdirSync(join(dir, 'videos')).length) {
    // First run only (cached in the OS temp dir): say what the minute or two of silence is.
    console.error(`fromPersonLab: finding the people in ${recording} with ${model} → ${join(dir, 'pose2d')} (once; cached)`);
    let last = 0;
    await detectSession(dir, personDetectSettings(model), (p) => {
      if (Date.now() - last < 5000) return;
      last = Date.now();
      console.error(`  ${p.camera} ${p.framesDone}${p.framesTotal ? `/${p.framesTotal}` : ''} frames, ${p.fps.toFixed(1)} frames/s`);
    });
  }
  return readPose2dFolder(dir);
}

export const labRig = (file: string): CameraRig => parseCalibrationToml(readFileSync(join(LAB_DATA, 'calibration', file), 'utf8'));

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

/** Median 3D distance (mm) between the triangulations of `sequences` with `rig` and with `reference`, after aligning the first onto the second. */
export function reconstructionDiffMm(sequences: PoseSequence2D[], rig: CameraRig, reference: CameraRig): number {
  const named = (r: CameraRig): CameraRig => ({ cameras: r.cameras.map((c, i) => ({ ...c, name: sequences[i].camera })) });
  const a = triangulate(sequences, named(rig)).points.data;
  const b = triangulate(sequences, named(reference)).points.data;
  const al = alignPoints(a, b);
  const moved = applyAlignment(al, a);
  const d: number[] = [];
  for (let i = 0; i < a.length; i += 3) {
    const e = Math.hypot(moved[i] - b[i], moved[i + 1] - b[i + 1], moved[i + 2] - b[i + 2]);
    if (Number.isFinite(e)) d.push(e * 1000);
  }
  return median(d);
}

/**
 * How far apart camera rotations come out only because two calibrations' lenses differ: each camera
 * of `reference`, posed again (PnP) with our lens so that it shows the reference's own 3D keypoints
 * of `sequences` where the reference shows them; compared with the reference like any rig. A
 * calibration with our lenses cannot, as a rule, come closer than this.
 */
export async function lensFloorDeg(sequences: PoseSequence2D[], reference: CameraRig): Promise<number> {
  const ours = await labIntrinsics();
  const { cv } = await loadOpenCv();
  const ref = reference.cameras.map((c, i) => ({
    ...lensForImage(c, sequences[i].imageWidth, sequences[i].imageHeight)!,
    name: sequences[i].camera,
  }));
  const X = triangulate(sequences, { cameras: ref }).points.data;
  const obj: number[] = [];
  for (let i = 0; i < X.length; i += 3) if (Number.isFinite(X[i])) obj.push(X[i], X[i + 1], X[i + 2]);
  const n = obj.length / 3;
  const posed = ref.map((rc, c) => {
    const lens = lensForImage(ours[c], sequences[c].imageWidth, sequences[c].imageHeight)!;
    const pc = prepareCamera(rc);
    const img = new Float64Array(2 * n);
    for (let k = 0; k < n; k++) projectPoint(pc, obj[3 * k], obj[3 * k + 1], obj[3 * k + 2], img, 2 * k);
    const mats = [
      cv.matFromArray(n, 1, cv.CV_64FC3, obj),
      cv.matFromArray(n, 1, cv.CV_64FC2, Array.from(img)),
      cv.matFromArray(3, 3, cv.CV_64F, lens.matrix),
      cv.matFromArray(1, lens.distortions.length, cv.CV_64F, lens.distortions),
      cv.matFromArray(3, 1, cv.CV_64F, rc.rotation),
      cv.matFromArray(3, 1, cv.CV_64F, rc.translation),
    ];
    try {
      cv.solvePnP(mats[0], mats[1], mats[2], mats[3], mats[4], mats[5], true, cv.SOLVEPNP_ITERATIVE);
      return {
        ...lens,
        name: rc.name,
        rotation: Array.from(mats[4].data64F as Float64Array) as [number, number, number],
        translation: Array.from(mats[5].data64F as Float64Array) as [number, number, number],
      };
    } finally {
      for (const m of mats) m.delete();
    }
  });
  return compareRigs({ cameras: posed }, reference).maxRotationDiffDeg;
}

export async function checkFromPerson(
  recording: 'single-person' | 'multi-person',
  opts: { personHeightM?: number; model?: ModelName; seed?: number; withStaticTrial?: boolean } = {},
): Promise<LabCheck> {
  // withStaticTrial: the recording's 11-frame static trial pooled in, as calibration/person/<take>/ would be.
  const own = await labKeypoints(recording, opts.model);
  const sequences = opts.withStaticTrial
    ? poolTakes({ source: 'videos', sequences: own }, [
        { source: 'static-videos', sequences: await labKeypoints('single-person-static', opts.model) },
      ]).sequences
    : own;
  const intrinsics = await labIntrinsics();
  // cam01 and cam02 of the single-person take are 1080 wide, resized from the lenses' 1088 (see camera/imageSize.ts).
  const cameras = sequences.map((s, i) => ({ ...lensForImage(intrinsics[i], s.imageWidth, s.imageHeight)!, name: s.camera }));
  const { cv } = await loadOpenCv();
  const t0 = performance.now();
  const res = calibrateFromPerson(cv, sequences, cameras, { personHeightM: opts.personHeightM ?? 1.75, seed: opts.seed });
  const seconds = (performance.now() - t0) / 1000;
  const qualisys = labRig('Calib_qualisys.toml');
  const scene = labRig('Calib_scene.toml');
  const rig = { cameras: res.cameras };
  const cq = compareRigs(rig, qualisys);
  const ratios = cq.pairs.map((p) => p.distanceM / p.referenceDistanceM);
  const best = median(ratios);
  return {
    recording,
    seconds,
    maxRotationDiffDeg: cq.maxRotationDiffDeg,
    maxDistanceDiffPct: cq.maxDistanceDiffPct,
    maxDistanceDiffPctScaleFree: Math.max(...ratios.map((r) => Math.abs(100 * (r / best - 1)))),
    sceneMaxRotationDiffDeg: compareRigs(rig, scene).maxRotationDiffDeg,
    reconstructionDiffMm: reconstructionDiffMm(own, rig, qualisys),
    sceneReconstructionDiffMm: reconstructionDiffMm(own, scene, qualisys),
    reprojectionErrorPx: res.reprojectionErrorPx,
    upDiffDeg: upDiffDeg(rig, qualisys),
    cameras: res.cameras,
  };
}

export async function run(): Promise<void> {
  if (!existsSync(LAB_DATA)) {
    console.log(`fromPersonLab: skipped, ${LAB_DATA} is absent`);
    return;
  }
  const scene = compareRigs(labRig('Calib_scene.toml'), labRig('Calib_qualisys.toml'));
  console.log(
    `lab checkerboard-and-scene calibration vs lab marker-based: rotations within ${scene.maxRotationDiffDeg.toFixed(2)}°, distances within ${scene.maxDistanceDiffPct.toFixed(1)} %, world up within ${upDiffDeg(labRig('Calib_scene.toml'), labRig('Calib_qualisys.toml')).toFixed(1)}°`,
  );
  const results: LabCheck[] = [];
  const model = (process.env.OPENMOCAP_BENCH_MODEL ?? 'movenet-thunder') as ModelName;
  console.log(`keypoints: ${model} (OPENMOCAP_BENCH_MODEL to change)`);
  for (const rec of ['single-person', 'multi-person'] as const) {
    const r = await checkFromPerson(rec, { model });
    results.push(r);
    console.log(
      `from the person, ${rec.padEnd(13)}: rotations within ${r.maxRotationDiffDeg.toFixed(2)}° of Qualisys (${r.sceneMaxRotationDiffDeg.toFixed(2)}° of scene), ` +
        `distances within ${r.maxDistanceDiffPct.toFixed(1)} % at the default 1.75 m (${r.maxDistanceDiffPctScaleFree.toFixed(1)} % scale-free), ` +
        `3D keypoints ${r.reconstructionDiffMm.toFixed(1)} mm median from the Qualisys reconstruction (scene calibration: ${r.sceneReconstructionDiffMm.toFixed(1)} mm), ` +
        `world up within ${r.upDiffDeg.toFixed(1)}° of the lab's, reprojection ${r.reprojectionErrorPx.toFixed(2)} px, ${r.seconds.toFixed(1)} s`,
    );
  }
  const pooled = await checkFromPerson('single-person', { model, withStaticTrial: true });
  console.log(
    `from the person, single-person with its 11-frame static trial pooled in: rotations within ${pooled.maxRotationDiffDeg.toFixed(2)}° of Qualisys, distances within ${pooled.maxDistanceDiffPct.toFixed(1)} %, ` +
      `3D keypoints ${pooled.reconstructionDiffMm.toFixed(1)} mm (scene ${pooled.sceneReconstructionDiffMm.toFixed(1)} mm), world up within ${pooled.upDiffDeg.toFixed(1)}°`,
  );
  console.log(
    `our checkerboard lenses alone put the rotations ${(await lensFloorDeg(await labKeypoints('single-person', model), labRig('Calib_qualisys.toml'))).toFixed(2)}° from Qualisys's (each Qualisys camera posed again with our lens to show the same 3D keypoints at the same pixels)`,
  );
  // The RANSAC seeds: how much of a figure is the luck of the draw (OPENMOCAP_BENCH_SEEDS=1,6,11; each seed runs 5 candidates, seed … seed + 4).
  const seeds = (process.env.OPENMOCAP_BENCH_SEEDS ?? '').split(',').filter(Boolean).map(Number);
  if (seeds.length) {
    for (const [rec, withStaticTrial] of [
      ['single-person', false],
      ['single-person', true],
      ['multi-person', false],
    ] as const) {
      const runs = [];
      for (const seed of seeds) runs.push(await checkFromPerson(rec, { model, seed, withStaticTrial }));
      const rot = runs.map((r) => r.maxRotationDiffDeg),
        dist = runs.map((r) => r.maxDistanceDiffPct);
      console.log(
        `${rec}${withStaticTrial ? ' + static trial' : ''} over seeds ${seeds.join(',')}: rotations ${rot.map((v) => v.toFixed(2)).join(' ')} (median ${median(rot).toFixed(2)}°), distances ${dist.map((v) => v.toFixed(1)).join(' ')} (median ${median(dist).toFixed(1)} %)`,
      );
    }
  }
  // Cross-check: the calibration from one recording explains the other recording's keypoints.
  const single = await labKeypoints('single-person', model);
  const reproj = (rig: CameraRig) => {
    const named = { cameras: rig.cameras.map((c, i) => ({ ...c, name: single[i].camera })) };
    return median(Array.from(triangulate(single, named).points.reprojectionErrorPx).filter(Number.isFinite));
  };
  console.log(
    `single-person keypoints, median reprojection: with the multi-person calibration from the person ${reproj({ cameras: results[1].cameras }).toFixed(1)} px, ` +
      `Qualisys ${reproj(labRig('Calib_qualisys.toml')).toFixed(1)} px, scene ${reproj(labRig('Calib_scene.toml')).toFixed(1)} px`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
