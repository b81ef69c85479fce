// The processed session as files: the index the viewer reads (what `openmocap view` serves as
// /api/session) and a zip the CLI reads as is (videos/, calibration, mocap.toml, pose2d/, output/).
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { CameraRig } from '../src/core/types.ts';
import type { SessionIndex } from '../src/server/buildSessionIndex.ts';
import { OUTPUT, personFile } from '../src/session/exports.ts';
import { parseSettings } from '../src/session/parseSettings.ts';
import { withSettingValue } from '../src/session/settingsText.ts';
import type { PipelineResult, SessionFiles } from './pipeline.ts';

/** Session-relative path of an input file in the session layout. */
export function sessionPathOf(_files: SessionFiles, which: 'settings' | { path: string; camera?: string }): string {
  if (which === 'settings') return 'mocap.toml';
  if (which.camera !== undefined) return `videos/${which.path.split('/').pop()}`;
  // A calibration file: where it was in the dropped folder, else at the top of the session.
  return which.path.includes('/') ? which.path.split('/').slice(1).join('/') : which.path;
}

/** The viewer's session index for the in-memory session (URLs of the files come separately). */
export function buildIndex(files: SessionFiles, result: PipelineResult, rig: CameraRig): SessionIndex {
  const has = (f: string): string | null => (result.outputs.has(f) ? f : null);
  // Several people (as buildSessionIndex reads output/people.json): person 1's points are the main skeleton, everyone's are listed in `people`.
  const ids = result.people?.people.map((p) => p.id) ?? [];
  const points3d: SessionIndex['points3d'] = [
    { file: OUTPUT.filtered, kind: 'p3d' as const, filtered: true },
    { file: OUTPUT.raw, kind: 'p3d' as const, filtered: false },
  ]
    .map((p) => (ids.length ? { ...p, file: personFile(p.file, ids[0]) } : p))
    .filter((p) => result.outputs.has(p.file));
  return {
    format: 'openmocap-session-index',
    version: 1,
    name: files.name,
    calibration: { file: sessionPathOf(files, result.calibrationFile), rig },
    videos: files.videos
      .filter((v) => result.cameras.includes(v.camera))
      .map((v) => ({ camera: v.camera, file: sessionPathOf(files, v), bytes: v.file.size })),
    pose2d: [...result.outputs.keys()]
      .filter((f) => f.startsWith('pose2d/'))
      .map((f) => ({ camera: f.slice(7).replace(/\.pose2d$/, ''), file: f, kind: 'pose2d' as const })),
    points3d,
    people: ids.flatMap((id) => {
      const file = [OUTPUT.filtered, OUTPUT.raw].map((f) => personFile(f, id)).find((f) => result.outputs.has(f));
      return file ? [{ id, file }] : [];
    }),
    trcAxes: result.settings.output.trc_axes,
    reportJson: has(OUTPUT.reportJson),
    reportHtml: has(OUTPUT.reportHtml),
    jointAnglesCsv: has('output/joint_angles.csv'),
    outputs: [...result.outputs].filter(([f]) => f.startsWith('output/')).map(([file, b]) => ({ file, bytes: b.byteLength })),
    missing: [],
    notes: [],
    // Each camera's clock, as `openmocap view` reads it from output/sync.json, so the viewer plays the videos aligned.
    sync: result.outputs.has(OUTPUT.sync)
      ? {
          file: OUTPUT.sync,
          cameras: Object.fromEntries(
            Object.entries(result.sync.cameras).map(([c, k]) => [c, { start_s: k.start_s, rate_ppm: k.rate_ppm }]),
          ),
        }
      : null,
  };
}

/**
 * Zips the session: the inputs as given (videos stored, read in pieces, not held whole) and the
 * outputs. The videos are dated a minute before the 2D keypoints, so `openmocap process` on the
 * unzipped folder keeps those keypoints (same model, newer than the video) instead of detecting again.
 */
export async function zipSession(
  files: SessionFiles,
  result: PipelineResult,
  onProgress: (fraction: number) => void = () => {},
): Promise<Blob> {
  const parts: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else parts.push(chunk);
  });
  const now = Date.now();
  const root = `${files.name}/`;
  const total = files.videos.reduce((s, v) => s + v.file.size, 0) || 1;
  let done = 0;
  for (const v of files.videos) {
    const entry = new ZipPassThrough(root + sessionPathOf(files, v));
    entry.mtime = now - 60_000;
    zip.add(entry);
    const reader = v.file.stream().getReader();
    for (;;) {
      const { value, done: end } = await reader.read();
      if (end) break;
      entry.push(value);
      done += value.byteLength;
      onProgress(done / total);
    }
    entry.push(new Uint8Array(0), true);
  }
  const addBytes = (path: string, bytes: Uint8Array): void => {
    const entry = new ZipDeflate(root + path, { level: 6 });
    entry.mtime = now;
    zip.add(entry);
    entry.push(bytes, true);
  };
  for (const c of files.calibrations) addBytes(sessionPathOf(files, c), new Uint8Array(await c.file.arrayBuffer()));
  // mocap.toml as given; with [triangulation] people changed in the page, saying what was run (the rest as written).
  const settingsText = files.settingsFile ? await files.settingsFile.file.text() : '';
  const people = result.settings.triangulation.people;
  if (parseSettings(settingsText, 'mocap.toml').settings.triangulation.people !== people)
    addBytes('mocap.toml', new TextEncoder().encode(withSettingValue(settingsText, 'triangulation', 'people', JSON.stringify(people))));
  else if (files.settingsFile) addBytes('mocap.toml', new Uint8Array(await files.settingsFile.file.arrayBuffer()));
  for (const [path, bytes] of result.outputs) addBytes(path, bytes);
  zip.end();
  if (failure) throw failure;
  return new Blob(parts as BlobPart[], { type: 'application/zip' });
}
