// Node edge: writes a complete synthetic capture session with known ground truth, for
// `openmocap demo`, tests and benchmarks. A human-like figure (see renderFigure.ts) moves with
// A's procedural motion and is rendered from a ring of calibrated virtual cameras into real H.264
// videos. Everything is deterministic from the seed.
//
//   <dir>/videos/cam01.mp4 …           rendered videos (or, keypoints-only, pose2d/cam01.pose2d …)
//   <dir>/calibration.toml             the cameras (Pose2Sim/aniposelib layout, metres)
//   <dir>/mocap.toml                   the demo's settings, documented
//   <dir>/ground_truth/points3d.json   truth, world frame (Z up, metres)
//   <dir>/ground_truth/points3d.trc    the same truth as a TRC, axes as the pipeline's own TRC

import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CameraRig, Points3D, PoseSequence2D } from '../core/types.ts';
import { getLayout } from '../core/layouts.ts';
import { projectPoints } from '../camera/project.ts';
import { generateMotion, type MotionKind } from '../synthetic/motion.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { createRandom } from '../core/random.ts';
import { formatCalibrationToml } from '../formats/calibrationToml.ts';
import { formatTrc } from '../formats/trc.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { pose2dPath, writePose2d } from '../io/pose2d.ts';
import { createVideoWriter, type VideoWriter } from '../video/encode.ts';
import { makeCameraView } from './cameraView.ts';
import { createFigureRenderer } from './renderFigure.ts';

export interface DemoSessionOptions {
  /** Frames per camera. Defaults to 100 (3.3 s at 30 fps). */
  frames?: number;
  /** Frames per second. Defaults to 30. */
  fps?: number;
  /** Number of cameras on the ring. Defaults to 4. */
  cameras?: number;
  /** Image width in pixels. Defaults to 640. */
  width?: number;
  /** Image height in pixels. Defaults to 480. */
  height?: number;
  /** Seed of the motion (body size, phases, heading). Defaults to 1. */
  seed?: number;
  /** Movement. Defaults to "mixed" (walking in place, then squats, then waves, slowly turning). */
  motion?: MotionKind;
  /** Where in the movement the session starts, seconds. Defaults to 2.5 (walking in place, then sinking into a squat). */
  startS?: number;
  /**
   * Lens distortion of every camera (OpenCV k1 k2 p1 p2 k3). Defaults to a mild barrel
   * distortion, [-0.05, 0.01, 0, 0, 0] (≈ 10 px at the image corners); the videos are rendered
   * through it, so they agree with the calibration.
   */
  distortion?: number[];
  /**
   * Skip rendering: write the truth projected into each camera as 2D keypoints
   * (pose2d/<camera>.pose2d, with 1.5 px of noise) instead of videos. Defaults to false.
   */
  keypointsOnly?: boolean;
  /**
   * Keep the videos (or 2D files) of an identical earlier build in `dir` — same truth, cameras,
   * input and renderer — instead of rendering again. Defaults to true.
   */
  reuse?: boolean;
  /** Stops rendering (the videos being written are discarded); buildDemoSession then rejects with an Error named "AbortError". */
  signal?: AbortSignal;
  /** Called after each rendered frame (all cameras of that frame). */
  onProgress?: (p: { frame: number; frames: number }) => void;
}

export interface DemoSession {
  dir: string;
  /** ground_truth/points3d.trc */
  truthFile: string;
  /** ground_truth/points3d.json */
  truthJsonFile: string;
  truth: Points3D;
  rig: CameraRig;
  /** Video paths (empty when keypointsOnly). */
  videos: string[];
  /** What the pipeline will see: rendered videos or projected keypoints. */
  input: 'video' | 'keypoints';
  /** True when an identical earlier build was kept (nothing rendered). */
  reused: boolean;
}

/** Bump when the rendered figure changes, so `reuse` never keeps videos of an older figure. */
export const FIGURE_VERSION = 4;

/** Settings baked into every demo session (the defaults of DemoSessionOptions). */
export const DEMO_DEFAULTS = {
  frames: 100,
  fps: 30,
  cameras: 4,
  width: 640,
  height: 480,
  seed: 1,
  motion: 'mixed' as MotionKind,
  startS: 2.5,
  distortion: [-0.05, 0.01, 0, 0, 0],
  /** Ring geometry: 3.5 m from the centre, lenses 1.5 m up, aimed at 0.95 m. The figure is ≈ 280 px tall. */
  radiusM: 3.5,
  heightM: 1.5,
  targetHeightM: 0.95,
  fovDeg: 60,
};

/** The demo's camera ring. */
export function makeDemoRig(opts: Pick<DemoSessionOptions, 'cameras' | 'width' | 'height' | 'distortion'> = {}): CameraRig {
  return makeRingRig(opts.cameras ?? DEMO_DEFAULTS.cameras, {
    radiusM: DEMO_DEFAULTS.radiusM,
    heightM: DEMO_DEFAULTS.heightM,
    targetHeightM: DEMO_DEFAULTS.targetHeightM,
    fovDeg: DEMO_DEFAULTS.fovDeg,
    width: opts.width ?? DEMO_DEFAULTS.width,
    height: opts.height ?? DEMO_DEFAULTS.height,
    distortion: opts.distortion ?? DEMO_DEFAULTS.distortion,
  });
}

/** Ground truth as JSON: world frame of the calibration, metres, Z up. */
export interface TruthJson {
  generator: string;
  seed: number;
  motion: string;
  /** Seconds into the motion at which frame 0 was taken. */
  startS: number;
  layout: string;
  keypoints: string[];
  fps: number;
  frames: number;
  units: 'm';
  axes: string;
  /** How the session was made (renderer version, images, input); identical builds are reused. */
  build?: Record<string, unknown>;
  /** [frame][joint][x, y, z] */
  points: number[][][];
}

export function formatTruthJson(truth: Points3D, seed: number, motion: string, startS = 0, build?: Record<string, unknown>): string {
  const layout = getLayout(truth.layout);
  const points: number[][][] = [];
  for (let f = 0; f < truth.frames; f++) {
    const row: number[][] = [];
    for (let j = 0; j < truth.joints; j++) {
      const o = (f * truth.joints + j) * 3;
      row.push([0, 1, 2].map((k) => Math.round(truth.data[o + k] * 1e6) / 1e6));
    }
    points.push(row);
  }
  const json: TruthJson = {
    generator: 'openmocap demo',
    seed,
    motion,
    startS,
    layout: layout.name,
    keypoints: layout.keypoints,
    fps: truth.fps,
    frames: truth.frames,
    units: 'm',
    axes: 'world frame of calibration.toml, Z up',
    build,
    points,
  };
  return JSON.stringify(json);
}

/** Reads ground_truth/points3d.json back into a Points3D. */
export function parseTruthJson(text: string): Points3D {
  const j = JSON.parse(text) as TruthJson;
  const joints = j.keypoints.length;
  const data = new Float64Array(j.frames * joints * 3);
  j.points.forEach((row, f) => row.forEach((p, k) => data.set(p, (f * joints + k) * 3)));
  return {
    layout: j.layout,
    fps: j.fps,
    frames: j.frames,
    joints,
    data,
    reprojectionErrorPx: new Float32Array(j.frames * joints),
    cameraMask: new Uint32Array(j.frames * joints),
    timestampsMs: Float64Array.from({ length: j.frames }, (_, i) => (i * 1000) / j.fps),
  };
}

/** First line of every demo session's mocap.toml (how `openmocap demo` recognises its own folders). */
export const DEMO_TOML_HEADER = '# openmocap demo session';

const MOCAP_TOML = (o: {
  frames: number;
  fps: number;
  seed: number;
  motion: string;
  startS: number;
  input: string;
  distortion: number[];
}): string => `${DEMO_TOML_HEADER} (generated by "openmocap demo"; safe to edit and rerun "openmocap process").
# A synthetic figure, ${o.frames} frames at ${o.fps} fps, motion "${o.motion}" from ${o.startS} s, seed ${o.seed}, seen by a ring of
# calibrated virtual cameras (calibration.toml; lens distortion ${JSON.stringify(o.distortion)}, rendered into the
# videos). Input for the pipeline: ${o.input}. The truth is in ground_truth/.
# Every key is optional; "openmocap config <dir>" prints the effective settings with their defaults.

[detect]
# The fast single-person model; the figure is the only person in view.
model = "movenet-lightning"
max_persons = 1
finder = "same"

[output]
# Every export: OpenSim/Pose2Sim TRC, CSV, C3D, a fitted skeleton as BVH and glTF (GLB), joint angles, centre of mass.
formats = ["trc", "csv", "c3d", "bvh", "glb", "angles", "angles-json", "com", "com-json"]
`;

/** The motion from startS on, re-timed to start at 0. */
function demoMotion(frames: number, fps: number, seed: number, kind: MotionKind, startS: number): Points3D {
  const skip = Math.max(0, Math.round(startS * fps));
  const all = generateMotion({ frames: frames + skip, fps, seed, kind, layout: 'halpe26' });
  const n = all.joints * 3;
  return {
    ...all,
    frames,
    data: all.data.slice(skip * n),
    reprojectionErrorPx: all.reprojectionErrorPx.slice(skip * all.joints),
    cameraMask: all.cameraMask.slice(skip * all.joints),
    timestampsMs: Float64Array.from({ length: frames }, (_, i) => (i * 1000) / fps),
  };
}

/** Builds the demo session in `dir` (created if needed; existing demo files are replaced). */
export async function buildDemoSession(dir: string, opts: DemoSessionOptions = {}): Promise<DemoSession> {
  const frames = opts.frames ?? DEMO_DEFAULTS.frames;
  const fps = opts.fps ?? DEMO_DEFAULTS.fps;
  const seed = opts.seed ?? DEMO_DEFAULTS.seed;
  const motion = opts.motion ?? DEMO_DEFAULTS.motion;
  const distortion = opts.distortion ?? DEMO_DEFAULTS.distortion;
  if (!(Number.isInteger(frames) && frames >= 2)) throw new Error(`buildDemoSession: frames must be an integer ≥ 2, got ${frames}`);
  const rig = makeDemoRig({ ...opts, distortion });
  const truth = demoMotion(frames, fps, seed, motion, opts.startS ?? DEMO_DEFAULTS.startS);
  mkdirSync(dir, { recursive: true });

  const input = opts.keypointsOnly ? 'keypoints' : 'video';
  const startS = opts.startS ?? DEMO_DEFAULTS.startS;
  const cam0 = rig.cameras[0];
  const build = { figure: FIGURE_VERSION, input, cameras: rig.cameras.length, width: cam0.width, height: cam0.height, distortion, crf: 16 };
  const truthJson = formatTruthJson(truth, seed, motion, startS, build);
  const truthJsonFile = join(dir, 'ground_truth', 'points3d.json');
  const truthFile = join(dir, 'ground_truth', 'points3d.trc');
  const videos = input === 'video' ? rig.cameras.map((cam) => join(dir, 'videos', `${cam.name}.mp4`)) : [];
  const products = input === 'video' ? videos : rig.cameras.map((cam) => pose2dPath(dir, cam.name));
  const reused =
    (opts.reuse ?? true) &&
    existsSync(truthJsonFile) &&
    readFileSync(truthJsonFile, 'utf8') === truthJson &&
    products.every((p) => existsSync(p));

  writeFileAtomic(join(dir, 'calibration.toml'), formatCalibrationToml(rig, { generator: 'openmocap demo', seed }));
  writeFileAtomic(
    join(dir, 'mocap.toml'),
    MOCAP_TOML({
      frames,
      fps,
      seed,
      motion,
      startS,
      distortion,
      input: input === 'video' ? 'rendered videos in videos/' : 'projected keypoints in pose2d/ (no videos)',
    }),
  );
  writeFileAtomic(truthFile, formatTrc(truth, { fileName: 'points3d.trc' }));
  const result = { dir, truthFile, truthJsonFile, truth, rig, videos, input, reused } as const;
  if (reused) return result;
  rmSync(truthJsonFile, { force: true });

  if (input === 'keypoints') {
    for (const [ci, cam] of rig.cameras.entries()) writePose2d(dir, projectedKeypoints(truth, cam, rig, ci, seed));
  } else {
    const J = truth.joints;
    const renderers = rig.cameras.map((cam) => createFigureRenderer(makeCameraView(cam), { layout: truth.layout }));
    const writers: VideoWriter[] = rig.cameras.map((cam, c) =>
      createVideoWriter(videos[c], { width: cam.width, height: cam.height, fps, crf: build.crf }),
    );
    try {
      for (let f = 0; f < frames; f++) {
        if (opts.signal?.aborted) throw Object.assign(new Error('rendering the demo videos was interrupted'), { name: 'AbortError' });
        const joints = truth.data.subarray(f * J * 3, (f + 1) * J * 3);
        for (let c = 0; c < rig.cameras.length; c++) await writers[c].write(renderers[c].render(joints));
        opts.onProgress?.({ frame: f + 1, frames });
      }
      for (const w of writers) await w.close();
    } catch (err) {
      await Promise.all(writers.map((w) => w.abort().catch(() => undefined)));
      throw err;
    }
  }
  // The truth JSON goes last: its presence means the videos / 2D files beside it are complete.
  writeFileAtomic(truthJsonFile, truthJson);
  return result;
}

/** The truth projected into one camera as a COCO-17 2D sequence with 1.5 px Gaussian noise. */
function projectedKeypoints(
  truth: Points3D,
  cam: CameraRig['cameras'][number],
  _rig: CameraRig,
  camIndex: number,
  seed: number,
): PoseSequence2D {
  const src = getLayout(truth.layout);
  const coco = getLayout('coco17');
  const rng = createRandom(seed * 1000 + camIndex + 1);
  const data = new Float32Array(truth.frames * coco.keypoints.length * 3);
  for (let f = 0; f < truth.frames; f++) {
    const xyz = new Float64Array(coco.keypoints.length * 3);
    coco.keypoints.forEach((name, k) => {
      const j = src.indexOf.get(name)!;
      xyz.set(truth.data.subarray((f * truth.joints + j) * 3, (f * truth.joints + j) * 3 + 3), k * 3);
    });
    const uv = projectPoints(cam, xyz);
    for (let k = 0; k < coco.keypoints.length; k++) {
      const o = (f * coco.keypoints.length + k) * 3;
      data[o] = uv[2 * k] + 1.5 * rng.normal();
      data[o + 1] = uv[2 * k + 1] + 1.5 * rng.normal();
      data[o + 2] = 0.9;
    }
  }
  return {
    camera: cam.name,
    layout: 'coco17',
    imageWidth: cam.width,
    imageHeight: cam.height,
    fps: truth.fps,
    frames: truth.frames,
    persons: 1,
    joints: coco.keypoints.length,
    data,
    trackIds: new Int32Array(truth.frames).fill(0),
    timestampsMs: Float64Array.from(truth.timestampsMs),
    model: 'projected-truth',
  };
}
