// What a session folder holds, as the viewer needs it: calibration (parsed), videos, 2D keypoints,
// 3D points (best source first), report and joint angles, and plain sentences for what is missing.
// Node-only (reads the folder); every path in the result is session-relative with '/' separators.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { loadSettings } from '../session/settings.ts';
import { EXPORT_FILES, OUTPUT, personFile } from '../session/exports.ts';
import { UserError } from '../core/errors.ts';
import type { CameraRig } from '../core/types.ts';
import { findCalibrationFile, readCalibrationFile } from '../io/calibration.ts';
import { listPose2dSources } from '../io/pose2d.ts';
import { listVideoFiles, resolveSessionLayout, type SessionLayout } from '../session/sessionLayout.ts';

export interface SessionIndex {
  format: 'openmocap-session-index';
  version: 1;
  /** Folder name of the session. */
  name: string;
  calibration: { file: string; rig?: CameraRig; error?: string } | null;
  /** Videos; fps/frames/size are filled in by the server from ffprobe when available. */
  videos: { camera: string; file: string; bytes: number; fps?: number; frames?: number; width?: number; height?: number; codec?: string }[];
  pose2d: { camera: string; file: string; kind: 'pose2d' | 'openpose-json' }[];
  /** 3D point sources, best first: filtered before raw, the exact .p3d carrier before TRC. */
  points3d: { file: string; kind: 'p3d' | 'trc'; filtered: boolean }[];
  /** With several people (output/people.json): each person's number and 3D points (.p3d); empty otherwise. */
  people?: { id: number; file: string }[];
  /** Axis mapping of the session's TRC files ([output].trc_axes of mocap.toml). */
  trcAxes: 'pose2sim' | 'none';
  reportJson: string | null;
  reportHtml: string | null;
  /** Each camera's clock from output/sync.json (start_s, rate_ppm), so the viewer plays the videos aligned; null without one. */
  sync: { file: string; cameras: Record<string, { start_s: number; rate_ppm: number }> } | null;
  jointAnglesCsv: string | null;
  /** Every file under output/ (session-relative), with its size. */
  outputs: { file: string; bytes: number }[];
  /** What the session lacks, as sentences a user can act on. */
  missing: string[];
  notes: string[];
}

const rel = (root: string, p: string): string => relative(root, p).split(sep).join('/');

function fileIf(root: string, relPath: string): string | null {
  const p = join(root, ...relPath.split('/'));
  return existsSync(p) && statSync(p).isFile() ? relPath : null;
}

function listFiles(dir: string, root: string, depth = 0): { file: string; bytes: number }[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory() || depth > 3) return [];
  const out: { file: string; bytes: number }[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) out.push(...listFiles(p, root, depth + 1));
    else if (st.isFile()) out.push({ file: rel(root, p), bytes: st.size });
  }
  return out;
}

/** The person numbers of output/people.json (empty without one, or when it cannot be read). */
function readPeople(sessionDir: string): number[] {
  const path = join(sessionDir, OUTPUT.people);
  if (!existsSync(path)) return [];
  try {
    const people = (JSON.parse(readFileSync(path, 'utf8')) as { people?: { id?: unknown }[] }).people ?? [];
    return people.map((p) => p.id).filter((id): id is number => Number.isInteger(id));
  } catch {
    return [];
  }
}

function readTrcAxes(sessionDir: string, notes: string[]): 'pose2sim' | 'none' {
  try {
    return loadSettings(sessionDir).settings.output.trc_axes === 'none' ? 'none' : 'pose2sim';
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    notes.push(`the session's settings could not be read (${err.message}); TRC files are read with Pose2Sim axes`);
    return 'pose2sim';
  }
}

/** Lists what `sessionDir` holds for the viewer. Never throws for a partial or odd session. */
export function buildSessionIndex(sessionDir: string): SessionIndex {
  const missing: string[] = [];
  const notes: string[] = [];
  const name = basename(sessionDir);

  // Another tool's folder (Pose2Sim, FreeMoCap, caliscope) keeps its files elsewhere: see sessionLayout.ts.
  let layout: SessionLayout | undefined;
  try {
    layout = resolveSessionLayout(sessionDir);
    if (layout.kind !== 'openmocap') notes.push(`recognised as a ${layout.description}`);
  } catch (err) {
    notes.push((err as Error).message);
  }
  let calibration: SessionIndex['calibration'] = null;
  try {
    const own = join(sessionDir, 'calibration.toml');
    const file = (!existsSync(own) && layout?.calibrationFile) || findCalibrationFile(sessionDir);
    try {
      calibration = { file: rel(sessionDir, file), rig: readCalibrationFile(file).rig };
    } catch (err) {
      calibration = { file: rel(sessionDir, file), error: (err as Error).message };
      missing.push(
        `the calibration ${rel(sessionDir, file)} could not be read (${(err as Error).message}): no camera frustums or reprojection`,
      );
    }
  } catch (err) {
    missing.push(`no calibration: ${(err as Error).message}`);
  }

  const videoDir = layout?.videoDir ?? join(sessionDir, 'videos');
  const videos =
    existsSync(videoDir) && statSync(videoDir).isDirectory()
      ? listVideoFiles(videoDir).map((v) => ({ camera: v.camera, file: rel(sessionDir, v.path), bytes: statSync(v.path).size }))
      : [];
  if (videos.length === 0) missing.push('no videos: put one video per camera in videos/ to see them beside the 3D view');

  let pose2d: SessionIndex['pose2d'] = [];
  const pose2dDirs = layout?.pose2dDirs ?? [join(sessionDir, 'pose2d')];
  if (pose2dDirs.some((d) => existsSync(d))) {
    try {
      pose2d = listPose2dSources(sessionDir, { dirs: pose2dDirs }).map((s) => ({
        camera: s.camera,
        file: rel(sessionDir, s.path),
        kind: s.kind,
      }));
    } catch (err) {
      notes.push(`pose2d/ could not be listed: ${(err as Error).message}`);
    }
  }
  if (pose2d.length === 0) missing.push(`no 2D keypoints yet: run "openmocap process ${name}" (or "openmocap detect ${name}")`);
  else if (pose2d.some((p) => p.kind === 'openpose-json'))
    notes.push('2D keypoints in OpenPose JSON folders are not drawn over the videos (only .pose2d files are)');

  const candidates: SessionIndex['points3d'] = [
    { file: OUTPUT.filtered, kind: 'p3d', filtered: true },
    { file: EXPORT_FILES.trc, kind: 'trc', filtered: true },
    { file: OUTPUT.raw, kind: 'p3d', filtered: false },
    { file: OUTPUT.rawTrc, kind: 'trc', filtered: false },
  ];
  // Several people (output/people.json): person 1's points are the main skeleton, everyone's are listed in `people`.
  const people = readPeople(sessionDir);
  const points3d = (people.length ? candidates.map((c) => ({ ...c, file: personFile(c.file, people[0]) })) : candidates).filter(
    (c) => fileIf(sessionDir, c.file) !== null,
  );
  if (points3d.length === 0) missing.push(`no 3D points yet: run "openmocap process ${name}" to triangulate`);

  const reportJson = fileIf(sessionDir, OUTPUT.reportJson);
  const jointAnglesCsv = fileIf(sessionDir, EXPORT_FILES.angles);
  if (points3d.length > 0 && !reportJson) notes.push(`no report yet (${OUTPUT.reportJson}): joint angles are computed from the 3D points`);

  // Messages name files relative to the session (no absolute paths of this machine in the index).
  const local = (m: string): string => m.split(sessionDir).join(name);
  if (calibration?.error) calibration.error = local(calibration.error);
  return {
    format: 'openmocap-session-index',
    version: 1,
    name,
    calibration,
    videos,
    pose2d,
    points3d,
    people: people.flatMap((id) => {
      const file = [OUTPUT.filtered, OUTPUT.raw].map((f) => personFile(f, id)).find((f) => fileIf(sessionDir, f) !== null);
      return file ? [{ id, file }] : [];
    }),
    trcAxes: readTrcAxes(sessionDir, notes),
    reportJson,
    reportHtml: fileIf(sessionDir, OUTPUT.reportHtml),
    sync: readSyncClocks(sessionDir, notes),
    jointAnglesCsv,
    outputs: listFiles(join(sessionDir, OUTPUT.dir), sessionDir),
    missing: missing.map(local),
    notes: notes.map(local),
  };
}

/** The cameras' clocks of output/sync.json (null when absent; a damaged file is a note, not a failure). */
function readSyncClocks(sessionDir: string, notes: string[]): SessionIndex['sync'] {
  const file = fileIf(sessionDir, OUTPUT.sync);
  if (!file) return null;
  try {
    const doc = JSON.parse(readFileSync(join(sessionDir, OUTPUT.sync), 'utf8')) as {
      cameras?: Record<string, { start_s?: unknown; rate_ppm?: unknown }>;
    };
    const cameras: Record<string, { start_s: number; rate_ppm: number }> = {};
    for (const [name, c] of Object.entries(doc.cameras ?? {}))
      if (typeof c?.start_s === 'number' && Number.isFinite(c.start_s))
        cameras[name] = { start_s: c.start_s, rate_ppm: typeof c.rate_ppm === 'number' && Number.isFinite(c.rate_ppm) ? c.rate_ppm : 0 };
    return { file, cameras };
  } catch {
    notes.push(`${file} could not be read: the videos are shown as if started together; run "openmocap sync" again`);
    return null;
  }
}
