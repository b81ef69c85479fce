// Reading and writing per-camera 2D keypoints in a session's `pose2d/` folder (Node only).
//   pose2d/<camera>.pose2d      the project's own compact format (src/formats/pose2d.ts)
//   pose2d/<camera>[_json]/     OpenPose-style JSON, one file per frame (src/formats/openpose.ts)
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UserError, type Warning } from '../core/errors.ts';
import { getLayout } from '../core/layouts.ts';
import type { Pose2DInput, PoseSequence2D } from '../core/types.ts';
import { decodePose2d, encodePose2d, POSE2D_EXTENSION } from '../formats/pose2d.ts';
import {
  formatOpenPoseFrame,
  frameNumberFromFileName,
  isAmbiguousKeypointCount,
  openPoseLayoutFor,
  openPoseToJoints,
  parseOpenPoseFrame,
  type Body25Variant,
  type OpenPosePerson,
} from '../formats/openpose.ts';
import { writeFileAtomic } from './atomic.ts';
import { openPose2dFrames } from './pose2dFrames.ts';
import { normaliseCameraName } from './matchCameras.ts';

/** Folder of 2D keypoints inside a session. */
export const POSE2D_DIR = 'pose2d';

export interface ReadPose2dOptions {
  /** Frame rate for OpenPose JSON (which does not store one). Defaults to 30, with a warning. */
  fps?: number;
  /** Layout for OpenPose JSON, overriding detection from the keypoint count. */
  layout?: string;
  /** What 25 keypoints mean in OpenPose JSON. Defaults to 'body25' (OpenPose BODY_25), with a notice. */
  body25Variant?: Body25Variant;
  /** Image size for OpenPose JSON (not stored in it). Defaults to 0 × 0 = unknown. */
  imageWidth?: number;
  imageHeight?: number;
  /** Receives non-fatal notices (assumed fps, chosen 25-keypoint layout, skipped files). */
  onWarning?: (w: Warning) => void;
}

/** Path of a camera's own-format 2D file. */
export const pose2dPath = (sessionDir: string, camera: string): string =>
  join(sessionDir, POSE2D_DIR, `${camera}${POSE2D_EXTENSION}`);

/** Writes `pose2d/<camera>.pose2d` atomically; returns the path. */
export function writePose2d(sessionDir: string, seq: PoseSequence2D): string {
  const path = pose2dPath(sessionDir, seq.camera);
  writeFileAtomic(path, encodePose2d(seq));
  return path;
}

/** Reads one `.pose2d` file (UserError naming it when missing or corrupt). */
export function readPose2dFile(path: string): PoseSequence2D {
  if (!existsSync(path)) throw new UserError(`${path} does not exist; run "openmocap detect" first`);
  return decodePose2d(new Uint8Array(readFileSync(path)), path);
}

const jsonFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.json'));

/** Frame numbers of an OpenPose JSON folder's files, sorted by frame (UserError on duplicates/unnumbered files). */
function numberedFiles(dir: string): { file: string; number: number }[] {
  const out: { file: string; number: number }[] = [];
  for (const file of jsonFiles(dir)) {
    const number = frameNumberFromFileName(file);
    if (number === undefined)
      throw new UserError(`${join(dir, file)} has no frame number in its name; OpenPose JSON files must end in one (e.g. cam01_000012.json)`);
    out.push({ file, number });
  }
  out.sort((a, b) => a.number - b.number);
  for (let i = 1; i < out.length; i++) {
    if (out[i].number === out[i - 1].number)
      throw new UserError(`${dir} holds two files for frame ${out[i].number} (${out[i - 1].file}, ${out[i].file}); keep one`);
  }
  return out;
}

/**
 * Reads an OpenPose-style JSON folder as one camera's sequence. The frame index is the number at
 * the end of each file name minus `firstFrame` (default: the smallest number in the folder); frames
 * without a file are empty (NaN). Each person in a file fills one person slot, in file order; trackIds
 * come from `person_id` when present, else -1.
 */
export function readOpenPoseFolder(dir: string, camera: string, opts: ReadPose2dOptions & { firstFrame?: number } = {}): PoseSequence2D {
  const files = numberedFiles(dir);
  if (files.length === 0) throw new UserError(`${dir} holds no .json files; expected OpenPose-style keypoints, one file per frame`);
  const firstFrame = opts.firstFrame ?? files[0].number;
  const parsed: { frame: number; people: OpenPosePerson[] }[] = [];
  let count: number | undefined;
  for (const { file, number } of files) {
    const path = join(dir, file);
    // A person without body keypoints (OpenPose can list face- or hand-only people) is no one here.
    const people = parseOpenPoseFrame(readFileSync(path, 'utf8'), path).filter((p) => p.keypoints.length > 0);
    for (const p of people) {
      const n = p.keypoints.length / 3;
      if (count === undefined) count = n;
      else if (n !== count)
        throw new UserError(`${path} has a person with ${n} keypoints but earlier files have ${count}; one folder must use one layout`);
    }
    if (number < firstFrame) continue;
    parsed.push({ frame: number - firstFrame, people });
  }
  let layout: string;
  if (opts.layout) layout = getLayout(opts.layout).name;
  else if (count === undefined) layout = 'coco17'; // no person anywhere: the layout does not matter
  else {
    const found = openPoseLayoutFor(count, opts.body25Variant);
    if (!found)
      throw new UserError(
        `${dir}: ${count} keypoints per person matches no supported layout (17 COCO, 25 BODY_25/BODY_25B, 26 HALPE, 133 COCO-WholeBody); set the layout explicitly`,
      );
    layout = found;
    if (isAmbiguousKeypointCount(count) && !opts.body25Variant)
      opts.onWarning?.({
        code: 'body25-assumed',
        message: `${dir}: 25 keypoints per person read as OpenPose BODY_25; set body25b if they come from BODY_25B`,
      });
  }
  const joints = getLayout(layout).keypoints.length;
  const frames = parsed.length ? parsed[parsed.length - 1].frame + 1 : 0;
  const persons = Math.max(1, ...parsed.map((p) => p.people.length));
  const data = new Float32Array(frames * persons * joints * 3).fill(NaN);
  const trackIds = new Int32Array(frames * persons).fill(-1);
  for (const { frame, people } of parsed) {
    people.forEach((p, slot) => {
      openPoseToJoints(p, layout, data, (frame * persons + slot) * joints * 3);
      trackIds[frame * persons + slot] = p.personId;
    });
  }
  let fps = opts.fps;
  if (fps === undefined) {
    fps = 30;
    opts.onWarning?.({ code: 'fps-assumed', message: `${dir}: OpenPose JSON stores no frame rate; assuming 30 fps` });
  }
  const timestampsMs = new Float64Array(frames);
  for (let f = 0; f < frames; f++) timestampsMs[f] = (f * 1000) / fps;
  return {
    camera,
    layout,
    imageWidth: opts.imageWidth ?? 0,
    imageHeight: opts.imageHeight ?? 0,
    fps,
    frames,
    persons,
    joints,
    data,
    trackIds,
    timestampsMs,
    model: 'openpose-json',
  };
}

/** The camera name an OpenPose folder stands for: its name without a trailing `_json` (`cam01_json` → `cam01`). */
const cameraOfJsonFolder = (name: string): string => name.replace(/[_-]?json$/i, '') || name;

/** One per-camera 2D input found in `pose2d/`. */
export interface Pose2dSource {
  camera: string;
  kind: 'pose2d' | 'openpose-json';
  path: string;
}

/**
 * Lists the per-camera inputs in `<sessionDir>/pose2d/`: `.pose2d` files and folders holding JSON files.
 * When one camera has both, the `.pose2d` file wins (the detector can mirror it as JSON). Sorted by camera name.
 * Throws a UserError when the folder is missing or holds nothing usable.
 */
export function listPose2dSources(sessionDir: string, opts: Pick<ReadPose2dOptions, 'onWarning'> = {}): Pose2dSource[] {
  const dir = join(sessionDir, POSE2D_DIR);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UserError(`${dir} does not exist; run "openmocap detect ${sessionDir}" or put OpenPose JSON folders there`);
  const byCamera = new Map<string, Pose2dSource>();
  const entries = readdirSync(dir).sort();
  const candidates: Pose2dSource[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    if (name.startsWith('.')) continue;
    const st = statSync(path);
    if (st.isFile() && name.endsWith(POSE2D_EXTENSION))
      candidates.push({ camera: name.slice(0, -POSE2D_EXTENSION.length), kind: 'pose2d', path });
    else if (st.isDirectory() && jsonFiles(path).length > 0)
      candidates.push({ camera: cameraOfJsonFolder(name), kind: 'openpose-json', path });
  }
  for (const c of candidates) {
    const key = normaliseCameraName(c.camera);
    const prev = byCamera.get(key);
    if (!prev) byCamera.set(key, c);
    else if (prev.kind !== c.kind) {
      // The detector may mirror its .pose2d output as OpenPose JSON (cam01_json/): the .pose2d is the source.
      byCamera.set(key, prev.kind === 'pose2d' ? prev : c);
    } else
      throw new UserError(`${dir} holds two 2D inputs for one camera: ${basename(prev.path)} and ${basename(c.path)}; remove one`);
  }
  const out = [...byCamera.values()].sort((a, b) => a.camera.localeCompare(b.camera));
  if (out.length === 0)
    throw new UserError(`${dir} holds no .pose2d files and no OpenPose JSON folders; run "openmocap detect ${sessionDir}" first`);
  return out;
}

/**
 * Reads every camera's 2D keypoints from `<sessionDir>/pose2d/` (see listPose2dSources), sorted by
 * camera name. OpenPose JSON folders are aligned on a common first frame (the smallest frame number
 * over all JSON folders), so cameras stay in sync. Match them to a calibration with matchCameras.
 */
export function readPose2dFolder(sessionDir: string, opts?: ReadPose2dOptions & { stream?: false }): PoseSequence2D[];
/** With `stream`, `.pose2d` files are opened to be read by frame ranges (openPose2dFrames), not read whole. */
export function readPose2dFolder(sessionDir: string, opts: ReadPose2dOptions & { stream: boolean }): Pose2DInput[];
export function readPose2dFolder(sessionDir: string, opts: ReadPose2dOptions & { stream?: boolean } = {}): Pose2DInput[] {
  const sources = listPose2dSources(sessionDir, opts);
  const jsonSources = sources.filter((s) => s.kind === 'openpose-json');
  const firstFrame = jsonSources.length
    ? Math.min(...jsonSources.map((s) => numberedFiles(s.path)[0]?.number ?? Infinity))
    : 0;
  let warnedFps = false;
  let warnedBody25 = false;
  const onWarning = (w: Warning): void => {
    // Say each assumption once per session, not once per camera.
    if (w.code === 'fps-assumed') {
      if (warnedFps) return;
      warnedFps = true;
    }
    if (w.code === 'body25-assumed') {
      if (warnedBody25) return;
      warnedBody25 = true;
    }
    opts.onWarning?.(w);
  };
  return sources.map((s) =>
    s.kind === 'pose2d'
      ? (opts.stream ? openPose2dFrames(s.path) : readPose2dFile(s.path))
      : readOpenPoseFolder(s.path, s.camera, { ...opts, onWarning, firstFrame: Number.isFinite(firstFrame) ? firstFrame : undefined }),
  );
}

/**
 * Writes a sequence as an OpenPose-style JSON folder: `<dir>/<camera>_<frame:012>_keypoints.json`,
 * one file per frame, one entry in `people` per non-empty person slot (person_id = trackId).
 * Returns the number of files written.
 */
export function writeOpenPoseJson(dir: string, seq: PoseSequence2D): number {
  const stride = seq.joints * 3;
  // Frames left over from an earlier, longer run of the same camera would read as extra frames.
  const ours = new RegExp(`^${seq.camera.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_(\\d{12})_keypoints\\.json$`);
  if (existsSync(dir))
    for (const f of readdirSync(dir)) {
      const m = f.match(ours);
      if (m && Number(m[1]) >= seq.frames) rmSync(join(dir, f), { force: true });
    }
  for (let f = 0; f < seq.frames; f++) {
    const people: { joints: Float32Array; personId: number }[] = [];
    for (let p = 0; p < seq.persons; p++) {
      const start = (f * seq.persons + p) * stride;
      const joints = seq.data.subarray(start, start + stride);
      let any = false;
      for (let i = 0; i < stride; i++) if (!Number.isNaN(joints[i])) any = true;
      if (any) people.push({ joints, personId: seq.trackIds[f * seq.persons + p] });
    }
    const name = `${seq.camera}_${String(f).padStart(12, '0')}_keypoints.json`;
    writeFileAtomic(join(dir, name), formatOpenPoseFrame(people, seq.layout));
  }
  return seq.frames;
}
