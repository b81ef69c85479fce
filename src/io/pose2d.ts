// Reading and writing per-camera 2D keypoints in a session's `pose2d/` folder (Node only).
//   pose2d/<camera>.pose2d      the project's own compact format (src/formats/pose2d.ts)
//   pose2d/<camera>[_json]/     OpenPose-style JSON, one file per frame (src/formats/openpose.ts)
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError, type Warning } from '../core/errors.ts';
import { canonicalLayoutName, getLayout, layoutNames } from '../core/layouts.ts';
import { inferLayout } from '../core/inferLayout.ts';
import type { Pose2DInput, PoseSequence2D } from '../core/types.ts';
import { decodePose2d, encodePose2d, POSE2D_EXTENSION } from '../formats/pose2d.ts';
import {
  formatOpenPoseFrame,
  frameNumberFromFileName,
  openPoseToJoints,
  parseOpenPoseFrame,
  type OpenPosePerson,
} from '../formats/openpose.ts';
import { writeFileAtomic } from './atomic.ts';
import { readInputFile } from './readInput.ts';
import { openPose2dFrames } from './pose2dFrames.ts';
import { normaliseCameraName } from '../core/matchCameras.ts';

/** Folder of 2D keypoints inside a session. */
export const POSE2D_DIR = 'pose2d';

export interface ReadPose2dOptions {
  /** Frame rate for OpenPose JSON (which does not store one); the default comes with a warning. @defaultValue 30 */
  fps?: number;
  /**
   * Layout of OpenPose JSON: a layout name (or alias) forces it; undefined or "auto" finds it from the
   * keypoints' geometry over the first frames of every camera (inferLayout), which tells layouts that
   * store the same keypoint count apart (BODY_25 / BODY_25B). The setting is [project] keypoint_layout.
   * @defaultValue "auto"
   */
  layout?: string;
  /** Image width for OpenPose JSON (not stored in it; 0 = unknown). @defaultValue 0 */
  imageWidth?: number;
  /** Image height for OpenPose JSON (0 = unknown). @defaultValue 0 */
  imageHeight?: number;
  /** Receives non-fatal notices (assumed fps, an uncertain layout, skipped files). @defaultValue none */
  onWarning?: (w: Warning) => void;
}

/** Where a session's per-camera 2D inputs are: folders searched in order (the first holding a camera wins). */
export interface Pose2dDirs {
  /** Folders holding 2D files, searched in order; foreign session layouts add theirs (Pose2Sim: pose/), see session/sessionLayout.ts. @defaultValue [<session>/pose2d] */
  dirs?: string[];
}

/** Path of a camera's own-format 2D file. */
export const pose2dPath = (sessionDir: string, camera: string): string => join(sessionDir, POSE2D_DIR, `${camera}${POSE2D_EXTENSION}`);

/** Writes `pose2d/<camera>.pose2d` atomically; returns the path. */
export function writePose2d(sessionDir: string, seq: PoseSequence2D): string {
  const path = pose2dPath(sessionDir, seq.camera);
  writeFileAtomic(path, encodePose2d(seq));
  return path;
}

/** Reads one `.pose2d` file (UserError naming it when missing or corrupt). */
export function readPose2dFile(path: string): PoseSequence2D {
  if (!existsSync(path)) throw new UserError(`${path} does not exist; run "openmocap detect" first`);
  return decodePose2d(new Uint8Array(readInputFile(path, 'the 2D keypoints')), path);
}

const jsonFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.json'));

/** Frame numbers of an OpenPose JSON folder's files, sorted by frame (UserError on duplicates/unnumbered files). */
function numberedFiles(dir: string): { file: string; number: number }[] {
  const out: { file: string; number: number }[] = [];
  for (const file of jsonFiles(dir)) {
    const number = frameNumberFromFileName(file);
    if (number === undefined)
      throw new UserError(
        `${join(dir, file)} has no frame number in its name; OpenPose JSON files must end in one (e.g. cam01_000012.json)`,
      );
    out.push({ file, number });
  }
  out.sort((a, b) => a.number - b.number);
  for (let i = 1; i < out.length; i++) {
    if (out[i].number === out[i - 1].number)
      throw new UserError(`${dir} holds two files for frame ${out[i].number} (${out[i - 1].file}, ${out[i].file}); keep one`);
  }
  // A frame number far from the others (a stray or renamed file) would make every frame in between
  // an empty frame: gigabytes for 1000000, an invalid array length for 999999999999. Name the file.
  const limit = maxFrameSpan(out.length);
  for (let i = 1; i < out.length; i++) {
    if (out[i].number - out[i - 1].number <= limit) continue;
    // The side with fewer files holds the stray one(s).
    const stray = i < out.length - i ? out[i - 1] : out[i];
    const rest = i < out.length - i ? out.slice(i) : out.slice(0, i);
    throw new UserError(
      `${join(dir, stray.file)} has frame number ${stray.number}, far from the other files' frames (${rest[0].number}–${rest[rest.length - 1].number}); remove it or fix the number in its name`,
    );
  }
  return out;
}

/** The most frames a JSON folder of `files` files may span: gaps are fine, runaway frame numbers are not. */
const maxFrameSpan = (files: number): number => Math.max(1000, 10 * files);

/** An OpenPose JSON folder read and checked, before a layout is applied. */
interface ParsedOpenPoseFolder {
  dir: string;
  files: { file: string; number: number }[];
  /** Each file's people (those with body keypoints), by frame number. */
  frames: { number: number; people: OpenPosePerson[] }[];
  /** Keypoints per person (undefined when nobody is in any file). */
  count: number | undefined;
}

function parseOpenPoseFolder(dir: string): ParsedOpenPoseFolder {
  const files = numberedFiles(dir);
  if (files.length === 0) throw new UserError(`${dir} holds no .json files; expected OpenPose-style keypoints, one file per frame`);
  const frames: ParsedOpenPoseFolder['frames'] = [];
  let count: number | undefined;
  let countFile = '';
  for (const { file, number } of files) {
    const path = join(dir, file);
    // A person without body keypoints (OpenPose can list face- or hand-only people) is no one here.
    const people = parseOpenPoseFrame(readFileSync(path, 'utf8'), path).filter((p) => p.keypoints.length > 0);
    for (const p of people) {
      const n = p.keypoints.length / 3;
      if (count === undefined) {
        count = n;
        countFile = file;
      } else if (n !== count)
        throw new UserError(
          `${path} has a person with ${n} keypoints but ${countFile} in the same folder has ${count}; one camera's files must use one layout — remove or re-export the odd ones`,
        );
    }
    frames.push({ number, people });
  }
  return { dir, files, frames, count };
}

/** People of the first frames of each folder, as raw triplets: the sample the layout is judged on. */
function layoutSample(folders: ParsedOpenPoseFolder[], framesPerCamera = 60): number[][] {
  const out: number[][] = [];
  for (const f of folders) {
    let used = 0;
    for (const { people } of f.frames) {
      if (!people.length) continue;
      for (const p of people) out.push(p.keypoints);
      if (++used >= framesPerCamera) break;
    }
  }
  return out;
}

const LAYOUT_COUNTS = '17 COCO-17, 25 BODY_25 or BODY_25B, 26 HALPE_26, 33 BlazePose, 133 (or 23) COCO-WholeBody';

/**
 * The layout of OpenPose JSON folders (all of one session): the forced one, or the one their
 * geometry fits best (inferLayout over the first frames of every folder). `where` names them in messages.
 */
function chooseOpenPoseLayout(folders: ParsedOpenPoseFolder[], opts: ReadPose2dOptions, where: string): string {
  const counts = [...new Set(folders.map((f) => f.count).filter((c): c is number => c !== undefined))];
  if (counts.length > 1) {
    const a = folders.find((f) => f.count === counts[0])!;
    const b = folders.find((f) => f.count === counts[1])!;
    throw new UserError(
      `${a.dir} has ${counts[0]} keypoints per person but ${b.dir} has ${counts[1]}; every camera must use one layout — detect them all with the same model`,
    );
  }
  const count = counts[0];
  if (opts.layout && opts.layout !== 'auto') {
    const name = canonicalLayoutName(opts.layout);
    if (!name)
      throw new UserError(`unknown keypoint layout "${opts.layout}" (project.keypoint_layout); known: auto, ${layoutNames().join(', ')}`);
    const layout = getLayout(name);
    if (count !== undefined && !layout.storedCounts.includes(count))
      throw new UserError(
        `${where}: ${count} keypoints per person cannot be layout ${name} (stored with ${layout.storedCounts.join(' or ')}); fix [project] keypoint_layout in mocap.toml or set it to "auto" ("openmocap config" shows where it is set)`,
      );
    // A forced layout the keypoints clearly contradict is still used, but not silently.
    if (count !== undefined) {
      const found = inferLayout(layoutSample(folders), count);
      if (found.confident && found.layout && found.layout !== name) {
        const fit = (l: string) => found.fits.find((f) => f.layout === l)?.score.toFixed(2);
        opts.onWarning?.({
          code: 'layout-contradicted',
          message: `${where}: read as ${name} because [project] keypoint_layout says so, but the keypoints fit ${found.layout} far better (score ${fit(found.layout)} vs ${fit(name)}, lower is better); if they are ${found.layout}, set keypoint_layout = "auto" or "${found.layout}" ("openmocap config" shows where it is set)`,
        });
      }
    }
    return name;
  }
  if (count === undefined) return 'coco17'; // no person anywhere: the layout does not matter
  const found = inferLayout(layoutSample(folders), count);
  if (!found.layout)
    throw new UserError(
      `${where}: ${count} keypoints per person matches no supported layout (${LAYOUT_COUNTS}); convert them to one of these`,
    );
  if (!found.confident) {
    const others = found.fits.slice(1).map((f) => f.layout);
    opts.onWarning?.({
      code: 'layout-uncertain',
      message: others.length
        ? `${where}: the first frames do not tell whether the ${count} keypoints per person are ${found.layout} or ${others.join(' or ')}; read as ${found.layout} — if that is wrong, set [project] keypoint_layout = "${others[0]}" in mocap.toml`
        : `${where}: the ${count} keypoints per person do not look like a ${found.layout} body (are they in another order?); check the files that wrote them`,
    });
  }
  return found.layout;
}

/**
 * Which layout a session's OpenPose JSON holds, from the first `framesPerCamera` files of each JSON
 * folder only (cheap: for `openmocap config`). Undefined when there is no JSON folder. `forced` is
 * the layout option when it names one.
 */
export function sampleOpenPoseLayout(
  sessionDir: string,
  opts: Pose2dDirs & { layout?: string; framesPerCamera?: number } = {},
): { folders: string[]; count: number | undefined; found: ReturnType<typeof inferLayout> } | undefined {
  let sources: Pose2dSource[];
  try {
    sources = listPose2dSources(sessionDir, opts).filter((s) => s.kind === 'openpose-json');
  } catch {
    return undefined;
  }
  if (!sources.length) return undefined;
  const people: number[][] = [];
  let count: number | undefined;
  for (const s of sources) {
    let used = 0;
    for (const { file } of numberedFiles(s.path)) {
      const found = parseOpenPoseFrame(readFileSync(join(s.path, file), 'utf8'), join(s.path, file)).filter((p) => p.keypoints.length > 0);
      if (!found.length) continue;
      for (const p of found) {
        count ??= p.keypoints.length / 3;
        if (p.keypoints.length / 3 === count) people.push(p.keypoints);
      }
      if (++used >= (opts.framesPerCamera ?? 60)) break;
    }
  }
  return { folders: sources.map((s) => s.path), count, found: inferLayout(people, count ?? 0) };
}

/** One camera's sequence from a parsed folder: frame index = file number − firstFrame; missing frames are empty (NaN). */
function openPoseSequence(
  folder: ParsedOpenPoseFolder,
  camera: string,
  layout: string,
  firstFrame: number,
  opts: ReadPose2dOptions,
): PoseSequence2D {
  const parsed = folder.frames.filter((f) => f.number >= firstFrame).map((f) => ({ frame: f.number - firstFrame, people: f.people }));
  const joints = getLayout(layout).keypoints.length;
  const frames = parsed.length ? parsed[parsed.length - 1].frame + 1 : 0;
  if (frames > maxFrameSpan(folder.files.length))
    throw new UserError(
      `${folder.dir} starts at frame ${folder.files[0].number} but other cameras' files start at frame ${firstFrame}; number every camera's files from the same first frame`,
    );
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
    opts.onWarning?.({
      code: 'fps-assumed',
      message: `${folder.dir}: OpenPose JSON stores no frame rate; assuming 30 fps (set [project] fps in mocap.toml)`,
    });
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

/**
 * Reads an OpenPose-style JSON folder as one camera's sequence. The frame index is the number at
 * the end of each file name minus `firstFrame` (default: the smallest number in the folder); frames
 * without a file are empty (NaN). Each person in a file fills one person slot, in file order; trackIds
 * come from `person_id` when present, else -1. The layout is `opts.layout`, else found from the geometry.
 */
export function readOpenPoseFolder(dir: string, camera: string, opts: ReadPose2dOptions & { firstFrame?: number } = {}): PoseSequence2D {
  const folder = parseOpenPoseFolder(dir);
  const layout = chooseOpenPoseLayout([folder], opts, dir);
  return openPoseSequence(folder, camera, layout, opts.firstFrame ?? folder.files[0].number, opts);
}

/** The camera name an OpenPose folder stands for: its name without a trailing `_json` (`cam01_json` → `cam01`). */
const cameraOfJsonFolder = (name: string): string => name.replace(/[_-]?json$/i, '') || name;

/** One per-camera 2D input found in `pose2d/`. */
export interface Pose2dSource {
  camera: string;
  kind: 'pose2d' | 'openpose-json';
  path: string;
}

/** The 2D inputs of one folder: `.pose2d` files and folders holding JSON files (a .pose2d wins over its JSON mirror). */
function sourcesIn(dir: string): Map<string, Pose2dSource> {
  const byCamera = new Map<string, Pose2dSource>();
  const candidates: Pose2dSource[] = [];
  for (const name of readdirSync(dir).sort()) {
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
    } else throw new UserError(`${dir} holds two 2D inputs for one camera: ${basename(prev.path)} and ${basename(c.path)}; remove one`);
  }
  return byCamera;
}

/**
 * Lists the per-camera inputs in `<sessionDir>/pose2d/` (or in `opts.dirs`, searched in order: a camera
 * found in an earlier folder is not taken again from a later one): `.pose2d` files and folders holding
 * JSON files. When one camera has both in one folder, the `.pose2d` file wins (the detector can mirror
 * it as JSON). Sorted by camera name. Throws a UserError when no folder exists or none holds anything usable.
 */
export function listPose2dSources(sessionDir: string, opts: Pick<ReadPose2dOptions, 'onWarning'> & Pose2dDirs = {}): Pose2dSource[] {
  const dirs = opts.dirs ?? [join(sessionDir, POSE2D_DIR)];
  const existing = dirs.filter((d) => existsSync(d) && statSync(d).isDirectory());
  if (existing.length === 0)
    throw new UserError(`${dirs[0]} does not exist; run "openmocap detect ${sessionDir}" or put OpenPose JSON folders there`);
  const byCamera = new Map<string, Pose2dSource>();
  for (const dir of existing) for (const [key, s] of sourcesIn(dir)) if (!byCamera.has(key)) byCamera.set(key, s);
  const out = [...byCamera.values()].sort((a, b) => a.camera.localeCompare(b.camera));
  if (out.length === 0)
    throw new UserError(
      `${existing.join(' and ')} hold${existing.length > 1 ? '' : 's'} no .pose2d files and no OpenPose JSON folders; run "openmocap detect ${sessionDir}" first`,
    );
  return out;
}

/**
 * Reads every camera's 2D keypoints from `<sessionDir>/pose2d/` (see listPose2dSources), sorted by
 * camera name. OpenPose JSON folders are aligned on a common first frame (the smallest frame number
 * over all JSON folders), so cameras stay in sync, and share one layout, found from the geometry of
 * all of them unless `opts.layout` forces it. Match them to a calibration with matchCameras.
 */
export function readPose2dFolder(sessionDir: string, opts?: ReadPose2dOptions & Pose2dDirs & { stream?: false }): PoseSequence2D[];
/** With `stream`, `.pose2d` files are opened to be read by frame ranges (openPose2dFrames), not read whole. */
export function readPose2dFolder(sessionDir: string, opts: ReadPose2dOptions & Pose2dDirs & { stream: boolean }): Pose2DInput[];
export function readPose2dFolder(sessionDir: string, opts: ReadPose2dOptions & Pose2dDirs & { stream?: boolean } = {}): Pose2DInput[] {
  const sources = listPose2dSources(sessionDir, opts);
  const parsed = new Map(sources.filter((s) => s.kind === 'openpose-json').map((s) => [s.path, parseOpenPoseFolder(s.path)]));
  const folders = [...parsed.values()];
  const firstFrame = folders.length ? Math.min(...folders.map((f) => f.files[0].number)) : 0;
  let warnedFps = false;
  const onWarning = (w: Warning): void => {
    // Say each assumption once per session, not once per camera.
    if (w.code === 'fps-assumed') {
      if (warnedFps) return;
      warnedFps = true;
    }
    opts.onWarning?.(w);
  };
  const where =
    folders.length === 1 ? folders[0].dir : `the OpenPose JSON folders in ${[...new Set(folders.map((f) => dirname(f.dir)))].join(', ')}`;
  const layout = folders.length ? chooseOpenPoseLayout(folders, { ...opts, onWarning }, where) : '';
  return sources.map((s) =>
    s.kind === 'pose2d'
      ? opts.stream
        ? openPose2dFrames(s.path)
        : readPose2dFile(s.path)
      : openPoseSequence(parsed.get(s.path)!, s.camera, layout, firstFrame, { ...opts, onWarning }),
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
