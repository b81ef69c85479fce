// One frame → every person's keypoints in frame pixels, with track ids.
// Known people are cropped around their previous-frame keypoints (one inference each); new people
// are found by a full-frame pass (the finder: a multi-person model, or the pose model itself),
// then cropped and run again (two passes), because a 1080×1920 frame squashed into a 192² input
// loses most of the detail. The state is an explicit value: nothing hidden between calls.
import type { PoseModel } from './poseModel.ts';
import type { RawPose } from './modelSpecs.ts';
import { getLayout } from '../core/layouts.ts';
import {
  bodyUprightRotationRad,
  cropAroundKeypoints,
  cropToFrame,
  fullFrameCrop,
  keypointBox,
  rotatedCropAroundHips,
  sampleCrop,
  snapCrop,
  type Crop,
} from './crop.ts';
import { associate, matchScore, suppressDuplicates, type TrackedPerson } from './trackPersons.ts';
import { requireFamily } from './families/registry.ts';
import { MODEL_NAMES } from './modelSpecs.ts';
import { FEET_JOINTS, feetFromRelative, feetRelativeToAnkles, fuseFeet } from './fuseFeet.ts';
import { withFlipTest } from './flipTest.ts';

export interface DetectState {
  /** People tracked after the last frame, oldest first. */
  tracks: TrackedPerson[];
  /** Next track id to hand out. */
  nextTrackId: number;
  /** Frames since the last full-frame search for new people. */
  framesSinceSearch: number;
  /** The search interval is searchIntervalFrames × this: doubled (up to MAX_SEARCH_BACKOFF) after each
   * search that found nobody new, back to 1 when someone is found or a tracked person is lost. */
  searchBackoff: number;
}

/** Most a quiet scene stretches the new-person search interval (30 frames → 120: 4 s at 30 frames/s). */
export const MAX_SEARCH_BACKOFF = 4;

export interface DetectPersonsOptions {
  /** Most people kept per frame. */
  maxPersons: number;
  /** A track whose mean keypoint score falls below this is dropped. */
  minPersonScore: number;
  /** Full-frame search for new people every this many frames (always when nobody is tracked). */
  searchIntervalFrames: number;
  /** Crop side = this × the longer side of the keypoint box. */
  cropPadding: number;
  /** Run the pose model again on a crop around the person as found in this frame. Defaults to false. */
  recrop?: boolean;
  /** A fused model runs its feet model every this many frames; between, the last foot shape is hung on
   * the body's ankles. Defaults to 1. */
  feetIntervalFrames?: number;
  /** Flip test-time augmentation of the pose model (flipTest.ts): twice the model time. Defaults to false. */
  flipTest?: boolean;
}

export interface FrameImage {
  rgb: Uint8Array;
  width: number;
  height: number;
}

export const initialDetectState = (): DetectState => ({ tracks: [], nextTrackId: 0, framesSinceSearch: 0, searchBackoff: 1 });

async function runOnCrop(model: PoseModel, frame: FrameImage, crop: Crop, buf: Uint8Array): Promise<RawPose[]> {
  const poses = await model.estimate(sampleCrop(frame.rgb, frame.width, frame.height, crop, model.spec.inputSize, buf));
  for (const p of poses) {
    cropToFrame(p.keypoints, crop);
    if (p.auxiliary) cropToFrame(p.auxiliary, crop);
    if (p.region) {
      const c = cropToFrame(new Float32Array([p.region[0], p.region[1], 0]), crop);
      p.region = [c[0], c[1], p.region[2] * crop.size];
      if (p.regionRotationRad !== undefined) p.regionRotationRad += crop.rotationRad ?? 0;
    }
  }
  return poses;
}

/** The pose in `poses` that best matches `expected` (frame pixels), or undefined. */
function pickMatch(poses: RawPose[], expected: Float32Array): RawPose | undefined {
  if (poses.length === 1) return poses[0];
  let best: RawPose | undefined,
    bestScore = 0.1;
  for (const p of poses) {
    const s = matchScore(expected, p.keypoints) * p.score;
    if (s > bestScore) [best, bestScore] = [p, s];
  }
  return best;
}

/**
 * Crops around a rough pose and runs the model again; when the crop moved or resized a lot
 * (the rough pose was poor), crops once more around the better result.
 */
async function refine(
  pose: PoseModel,
  frame: FrameImage,
  rough: RawPose,
  buf: Uint8Array,
  cropFor: ReturnType<typeof poseCropper>,
): Promise<RawPose | undefined> {
  let expected = rough.keypoints;
  let crop: Crop | undefined = rough.region
    ? { cx: rough.region[0], cy: rough.region[1], size: rough.region[2], rotationRad: rough.regionRotationRad }
    : cropFor(rough, 0.1);
  let result: RawPose | undefined;
  for (let pass = 0; pass < 2 && crop; pass++) {
    result = pickMatch(await runOnCrop(pose, frame, crop, buf), expected);
    if (!result) return undefined;
    const next = cropFor(result, 0.25);
    if (!next) break;
    const moved = Math.hypot(next.cx - crop.cx, next.cy - crop.cy) / next.size;
    const resized = Math.abs(Math.log(next.size / crop.size));
    const turned = Math.abs(angleDifferenceRad(next.rotationRad ?? 0, crop.rotationRad ?? 0));
    if (moved < 0.1 && resized < 0.2 && turned < MAX_UNREFINED_TURN_RAD) break;
    [crop, expected] = [next, result.keypoints];
  }
  return result;
}

/** A crop turned by more than this from the body's incline (15°) is cropped again when a person is new. */
const MAX_UNREFINED_TURN_RAD = Math.PI / 12;

function angleDifferenceRad(a: number, b: number): number {
  const d = (a - b) % (2 * Math.PI);
  return d > Math.PI ? d - 2 * Math.PI : d < -Math.PI ? d + 2 * Math.PI : d;
}

/** The hip and shoulder joints of a layout, by name. */
function torsoJoints(layout: string): { hips: [number, number]; shoulders: [number, number] } {
  const L = getLayout(layout);
  const at = (n: string) => L.indexOf.get(n)!;
  return { hips: [at('LHip'), at('RHip')], shoulders: [at('LShoulder'), at('RShoulder')] };
}

/**
 * Where to crop a person next, from their pose in frame pixels: the model family's crop rule
 * (families/<id>.ts), rounded onto a grid (snapCrop) so that the 2D does not depend on where the video
 * starts. The one place a crop region is chosen from a pose.
 */
function poseCropper(
  pose: PoseModel,
  padding: number,
): (p: Pick<RawPose, 'keypoints' | 'auxiliary'>, minScore: number) => Crop | undefined {
  const { family, spec } = requireFamily(pose.spec.name, MODEL_NAMES);
  if (!family.cropper) throw new Error(`${spec.name} is a person finder, not a keypoint model`);
  const crop = family.cropper(spec, padding);
  return (p, minScore) => {
    const c = crop(p, minScore);
    return c && snapCrop(c);
  };
}

/** Square tiles as wide as the frame's short side, overlapping by half, along its long side. */
export function squareTiles(width: number, height: number): Crop[] {
  const side = Math.min(width, height),
    long = Math.max(width, height);
  if (long <= side * 1.2) return [];
  const n = Math.ceil((2 * long) / side) - 1;
  return Array.from({ length: n }, (_, k) => {
    const at = side / 2 + (k * (long - side)) / (n - 1) - 0.5;
    return width >= height ? { cx: at, cy: (height - 1) / 2, size: side } : { cx: (width - 1) / 2, cy: at, size: side };
  });
}

function contains(box: [number, number, number, number] | undefined, p: ArrayLike<number>): boolean {
  return !!box && p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];
}

function meanScore(kp: Float32Array): number {
  let s = 0;
  for (let j = 2; j < kp.length; j += 3) s += kp[j];
  return s / (kp.length / 3);
}

/**
 * Finds and tracks the people in one frame. `finder` (optional) is a multi-person model run on
 * the whole frame to discover people; without it the pose model itself does the full-frame pass.
 */
/** COCO-17's hips and shoulders: where the feet model's crop is centred and turned upright from the body. */
const COCO_TORSO = { hips: [11, 12] as [number, number], shoulders: [5, 6] as [number, number] };

/**
 * The feet of each tracked person from a second (BlazePose) model: one inference per person on the
 * upright body-circle crop of this frame's body keypoints (BlazePose's landmark model wants the whole
 * body in its input, so a feet-only crop would not be cheaper: the input is 256² either way), heels and
 * big toes hung on the body's ankles (fuseFeet). Returns the body keypoints with the 4 feet joints appended.
 */
async function addFeet(
  feetModel: PoseModel,
  frame: FrameImage,
  tracks: TrackedPerson[],
  previous: TrackedPerson[],
  intervalFrames: number,
  buf: Uint8Array,
): Promise<TrackedPerson[]> {
  const out: TrackedPerson[] = [];
  for (const t of tracks) {
    let feet: Float32Array | undefined;
    const before = previous.find((p) => p.trackId === t.trackId);
    if (before?.feetShape && (before.feetAge ?? 0) + 1 < intervalFrames) {
      // Between feet-model frames: the last foot shape, hung on this frame's ankles.
      feet = feetFromRelative(t.keypoints, before.feetShape);
      t.feetShape = before.feetShape;
      t.feetAge = (before.feetAge ?? 0) + 1;
    } else {
      const c = rotatedCropAroundHips(t.keypoints, COCO_TORSO, { minScore: 0.25, factor: 2.2 });
      const [bp] = c ? await runOnCrop(feetModel, frame, snapCrop(c), buf) : [];
      if (bp) {
        feet = fuseFeet(t.keypoints, bp.keypoints);
        t.feetShape = feetRelativeToAnkles(t.keypoints, feet);
        t.feetAge = 0;
      }
    }
    const kp = new Float32Array(t.keypoints.length + FEET_JOINTS * 3);
    kp.set(t.keypoints);
    if (feet) kp.set(feet, t.keypoints.length);
    else for (let k = 0; k < FEET_JOINTS; k++) kp.set([NaN, NaN, 0], t.keypoints.length + k * 3);
    out.push({ trackId: t.trackId, score: t.score, keypoints: kp });
  }
  return out;
}

export async function detectPersons(
  frame: FrameImage,
  state: DetectState,
  models: { pose: PoseModel; finder?: PoseModel; feet?: PoseModel },
  opts: DetectPersonsOptions,
): Promise<{ persons: TrackedPerson[]; state: DetectState }> {
  const pose = opts.flipTest ? withFlipTest(models.pose) : models.pose;
  const buf = new Uint8Array(pose.spec.inputSize ** 2 * 3);

  // 1. Follow known people: crop around last frame's keypoints.
  const cropFor = poseCropper(pose, opts.cropPadding);
  let tracks: TrackedPerson[] = [];
  for (const t of state.tracks) {
    const crop = cropFor(t, 0.25);
    if (!crop) continue;
    let p = pickMatch(await runOnCrop(pose, frame, crop, buf), t.keypoints);
    if (!p) continue;
    if (opts.recrop) {
      // The crop came from last frame's keypoints; centred and sized on this frame's, the person
      // fills the model's input as in training.
      const again = cropFor(p, 0.25);
      const q = again && pickMatch(await runOnCrop(pose, frame, again, buf), p.keypoints);
      if (q) p = q;
    }
    const score = meanScore(p.keypoints);
    if (score >= opts.minPersonScore) tracks.push({ trackId: t.trackId, keypoints: p.keypoints, score, auxiliary: p.auxiliary });
  }
  tracks = suppressDuplicates(tracks);

  // 2. Look for new people now and then (always when nobody is tracked).
  let nextTrackId = state.nextTrackId;
  let framesSinceSearch = state.framesSinceSearch + 1;
  // Someone tracked was lost: look again at the normal rate.
  let searchBackoff = tracks.length < state.tracks.length ? 1 : (state.searchBackoff ?? 1);
  if (tracks.length < opts.maxPersons && (tracks.length === 0 || framesSinceSearch >= opts.searchIntervalFrames * searchBackoff)) {
    framesSinceSearch = 0;
    const before = tracks.length;
    const finder = models.finder ?? models.pose;
    const fbuf = finder === pose ? buf : new Uint8Array(finder.spec.inputSize ** 2 * 3);
    // A single-person model sees one person per image: look at the whole frame and at overlapping
    // square tiles of it, so that several people (and small ones) can be found.
    const regions = [fullFrameCrop(frame.width, frame.height)];
    if (!finder.spec.multiPerson && opts.maxPersons > 1) regions.push(...squareTiles(frame.width, frame.height));
    const found: RawPose[] = [];
    for (const region of regions) {
      // A whole-frame pass sees people small and scores them low: keep weak candidates, the crop decides.
      for (const c of await runOnCrop(finder, frame, region, fbuf)) if (c.score >= opts.minPersonScore / 2) found.push(c);
    }
    found.sort((a, b) => b.score - a.score);
    // A finder with another keypoint layout only says where people are: turn its poses into regions.
    if (finder.spec.layout !== pose.spec.layout) {
      const upright = requireFamily(pose.spec.name, MODEL_NAMES).family.uprightCrops;
      const joints = upright && finder.spec.joints > 0 ? torsoJoints(finder.spec.layout) : undefined;
      for (const c of found) {
        const r = c.region ? undefined : cropAroundKeypoints(c.keypoints, { padding: opts.cropPadding, minScore: 0.1 });
        if (!r) continue;
        c.region = [r.cx, r.cy, r.size];
        // BlazePose: start the new track upright too, turned by the finder's own hips and shoulders.
        if (joints) c.regionRotationRad = bodyUprightRotationRad(c.keypoints, joints, 0.1);
      }
    }
    for (const c of found) {
      if (tracks.length >= opts.maxPersons) break;
      // Already tracked? Keypoint candidates match by pose similarity; regions by their centre lying on a tracked person.
      const known = c.region
        ? tracks.some((t) => contains(keypointBox(t.keypoints, 0.25), c.region!))
        : associate(
            tracks.map((t) => t.keypoints),
            [c.keypoints],
          )[0] !== -1;
      if (known) continue;
      const refined = await refine(pose, frame, c, buf, cropFor);
      if (!refined) continue;
      const score = meanScore(refined.keypoints);
      if (score < opts.minPersonScore) continue;
      const candidate = { trackId: nextTrackId, keypoints: refined.keypoints, score, auxiliary: refined.auxiliary };
      if (suppressDuplicates([...tracks, candidate]).length > tracks.length) {
        tracks.push(candidate);
        nextTrackId++;
      }
    }
    // A search that found nobody new (the usual case in a stable scene): wait longer before the next one.
    searchBackoff = tracks.length > before ? 1 : Math.min(MAX_SEARCH_BACKOFF, searchBackoff * 2);
  }
  // A fused model (FUSED_MODELS): the tracks keep the body's keypoints (they crop the next frame); the persons get feet too.
  const persons = models.feet
    ? await addFeet(
        models.feet,
        frame,
        tracks,
        state.tracks,
        opts.feetIntervalFrames ?? 1,
        new Uint8Array(models.feet.spec.inputSize ** 2 * 3),
      )
    : tracks;
  return { persons, state: { tracks, nextTrackId, framesSinceSearch, searchBackoff } };
}
