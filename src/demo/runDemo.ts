// Node-only edge of `openmocap demo`: builds the synthetic session, runs the pipeline on it and
// prints the accuracy against the ground truth. Progress goes to stderr, results to stdout.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, isAbsolute, resolve } from 'node:path';
import { UserError } from '../core/errors.ts';
import type { Points3D } from '../core/types.ts';
import { projectPoints } from '../camera/project.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { pose2dPath, readPose2dFile } from '../io/pose2d.ts';
import { decodePoints3dFile } from '../formats/points3dFile.ts';
import { runProcess, OUTPUT } from '../session/process.ts';
import { withSessionLock } from '../session/runner.ts';
import { createProgressRenderer, formatSummary } from '../session/formatSummary.ts';
import { buildDemoSession, DEMO_DEFAULTS, DEMO_TOML_HEADER, type DemoSession } from './buildDemoSession.ts';
import { compareToTruth, comparePose2dToTruth, formatTruthTable, type Pose2dAccuracy, type TruthComparison } from './compareToTruth.ts';

export interface RunDemoOptions {
  frames?: number;
  seed?: number;
  keypointsOnly?: boolean;
  /** Where results go (default stdout) and progress goes (default stderr). */
  out?: (text: string) => void;
  err?: (text: string) => void;
  /** Draw progress in place (default: stderr is a TTY). */
  tty?: boolean;
  /** Stops the demo between frames / stages (the CLI wires Ctrl-C to it). */
  signal?: AbortSignal;
  /** What the pose model must achieve on the rendered figure before the demo falls back to projected keypoints. Defaults to POSE_MODEL_MINIMUM. */
  minimum?: { detectedFraction: number; meanPctOfHeight: number };
}

export interface DemoResult {
  dir: string;
  input: 'video' | 'keypoints';
  /** Pose model named in the 2D files (undefined for projected keypoints). */
  model?: string;
  pose2d: Pose2dAccuracy[];
  /** Filtered output (output/points3d.p3d) and raw triangulation against the truth. */
  filtered: TruthComparison;
  raw: TruthComparison;
  /** True when the pose model could not see the rendered figure and the demo fell back to projected keypoints. */
  fellBack: boolean;
}

/** The pose model must find the figure in ≥ 80 % of frames with a mean error ≤ 10 % of its height. */
export const POSE_MODEL_MINIMUM = { detectedFraction: 0.8, meanPctOfHeight: 10 };

const MARKER = 'mocap.toml';

const shown = (p: string): string => {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
};

/** Refuses to write into a folder that holds something other than a previous demo. */
function checkFolder(dir: string): void {
  // The folder, or the nearest of its parents that exists, must be a folder (ENOTDIR otherwise).
  let existing = resolve(dir);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (!statSync(existing).isDirectory())
    throw new UserError(
      `${shown(existing)} is a file${existing === resolve(dir) ? '' : ` (a folder above ${shown(dir)})`}; give "openmocap demo" a new or empty folder`,
    );
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir);
  const marker = join(dir, MARKER);
  const isDemo = existsSync(marker) && readFileSync(marker, 'utf8').startsWith(DEMO_TOML_HEADER);
  if (entries.length && !isDemo) {
    throw new UserError(
      `${shown(dir)} exists and is not an openmocap demo folder (its ${MARKER} was not written by "openmocap demo"); give "openmocap demo" a new or empty folder`,
    );
  }
}

/** Removes what the other input mode left behind, so the pipeline sees only this run's input. */
function clearOtherInput(dir: string, cameras: string[], keypointsOnly: boolean): void {
  for (const cam of cameras) {
    const video = join(dir, 'videos', `${cam}.mp4`);
    if (keypointsOnly) rmSync(video, { force: true });
    // No video means the last run fed projected keypoints: drop them (detection's own 2D files stay,
    // so an unchanged session skips detection).
    else if (!existsSync(video)) rmSync(pose2dPath(dir, cam), { force: true });
  }
}

async function buildWithProgress(
  dir: string,
  o: RunDemoOptions,
  keypointsOnly: boolean,
  err: (s: string) => void,
  tty: boolean,
): Promise<DemoSession> {
  const frames = o.frames ?? DEMO_DEFAULTS.frames;
  const t0 = performance.now();
  let lastDraw = 0;
  let lastTenth = -1;
  const what = `${DEMO_DEFAULTS.cameras} cameras × ${frames} frames (${DEMO_DEFAULTS.width}×${DEMO_DEFAULTS.height})`;
  if (keypointsOnly) err(`demo: writing projected keypoints for ${what} …\n`);
  const session = await buildDemoSession(dir, {
    frames,
    seed: o.seed,
    keypointsOnly,
    signal: o.signal,
    onProgress: ({ frame, frames: n }) => {
      const s = (performance.now() - t0) / 1000;
      const fps = frame / Math.max(s, 1e-3);
      const line = `demo: rendering ${what}: frame ${frame}/${n}, ${fps.toFixed(1)} frames/s, ETA ${((n - frame) / fps).toFixed(0)} s`;
      if (tty) {
        if (performance.now() - lastDraw > 100 || frame === n) {
          lastDraw = performance.now();
          err(`\r\x1b[K${line}`);
        }
      } else if (Math.floor((frame / n) * 4) > lastTenth) {
        lastTenth = Math.floor((frame / n) * 4);
        err(`${line}\n`);
      }
    },
  });
  if (session.reused)
    err(`demo: ${shown(dir)} already holds this exact session; keeping its ${keypointsOnly ? '2D keypoints' : 'videos'}\n`);
  else if (!keypointsOnly)
    err(
      `${tty ? '\r\x1b[K' : ''}demo: rendered ${what} in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${shown(join(dir, 'videos'))}/\n`,
    );
  return session;
}

function readPoints(dir: string, rel: string): Points3D {
  return decodePoints3dFile(new Uint8Array(readFileSync(join(dir, rel))), rel).points;
}

/** Builds the demo session in `dir`, processes it and prints the accuracy; holds the session lock throughout (see withSessionLock). */
export async function runDemo(dir: string, o: RunDemoOptions = {}): Promise<DemoResult> {
  checkFolder(dir);
  mkdirSync(dir, { recursive: true });
  return withSessionLock(dir, () => runDemoLocked(dir, o));
}

async function runDemoLocked(dir: string, o: RunDemoOptions): Promise<DemoResult> {
  const out = o.out ?? ((s: string) => void process.stdout.write(s));
  const err = o.err ?? ((s: string) => void process.stderr.write(s));
  const tty = o.tty ?? process.stderr.isTTY === true;
  const t0 = performance.now();

  let keypointsOnly = o.keypointsOnly === true;
  let fellBack = false;
  let session: DemoSession;
  let pose2d: Pose2dAccuracy[] = [];
  let model: string | undefined;
  for (;;) {
    clearOtherInput(
      dir,
      Array.from({ length: DEMO_DEFAULTS.cameras }, (_, i) => `cam${String(i + 1).padStart(2, '0')}`),
      keypointsOnly,
    );
    session = await buildWithProgress(dir, o, keypointsOnly, err, tty);
    const render = createProgressRenderer({ tty });
    const tp = performance.now();
    const summary = await runProcess(dir, { signal: o.signal, onProgress: (e) => err(render(e)) });
    err(formatSummary(summary, performance.now() - tp, shown(dir)));
    pose2d = session.rig.cameras.map((cam) =>
      comparePose2dToTruth(readPose2dFile(pose2dPath(dir, cam.name)), session.truth, (xyz) => projectPoints(cam, xyz)),
    );
    model = keypointsOnly ? undefined : readPose2dFile(pose2dPath(dir, session.rig.cameras[0].name)).model;
    const minimum = o.minimum ?? POSE_MODEL_MINIMUM;
    const blind = pose2d.filter(
      (a) => a.detectedFrames < minimum.detectedFraction * a.frames || !(a.meanPctOfHeight <= minimum.meanPctOfHeight),
    );
    if (keypointsOnly || blind.length === 0) break;
    err(
      `demo: the pose model did not see the rendered figure well enough in ${blind.map((a) => a.camera).join(', ')} ` +
        `(found in ${blind.map((a) => `${a.detectedFrames}/${a.frames}`).join(', ')} frames, mean error ${blind.map((a) => a.meanPctOfHeight.toFixed(1)).join(', ')} % of body height); ` +
        'falling back to projected keypoints\n',
    );
    keypointsOnly = true;
    fellBack = true;
  }

  const filtered = compareToTruth(readPoints(dir, OUTPUT.filtered), session.truth);
  const raw = compareToTruth(readPoints(dir, OUTPUT.raw), session.truth);
  const result: DemoResult = { dir, input: keypointsOnly ? 'keypoints' : 'video', model, pose2d, filtered, raw, fellBack };
  writeFileAtomic(join(dir, 'ground_truth', 'accuracy.json'), `${JSON.stringify(result, null, 1)}\n`);
  out(formatDemoReport(result, session, (performance.now() - t0) / 1000));
  return result;
}

const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');

/** The text `openmocap demo` prints at the end. */
export function formatDemoReport(r: DemoResult, s: Pick<DemoSession, 'rig' | 'truth'>, seconds: number): string {
  const d = shown(r.dir);
  const cams = s.rig.cameras;
  const lines: string[] = [];
  lines.push('');
  lines.push(`openmocap demo — ${d}, ${seconds.toFixed(0)} s`);
  if (r.input === 'video') {
    const k = cams[0].distortions;
    const lens = k.some((x) => x !== 0) ? `, lens distortion k1 ${k[0]} k2 ${k[1]} rendered into the videos` : '';
    lines.push(
      `  input: rendered videos, ${cams.length} cameras × ${s.truth.frames} frames at ${s.truth.fps} fps (${cams[0].width}×${cams[0].height}${lens}), 2D pose by ${r.model ?? 'the pose model'}`,
    );
  } else {
    lines.push(
      `  input: projected ground-truth keypoints (1.5 px noise), ${cams.length} cameras × ${s.truth.frames} frames — no rendering, no pose model` +
        (r.fellBack ? ' (fallback: the pose model could not see the rendered figure)' : ' (--keypoints-only)'),
    );
  }
  lines.push('');
  lines.push('  2D keypoints vs the truth projected into each camera:');
  for (const a of r.pose2d) {
    lines.push(
      `    ${a.camera}  found in ${a.detectedFrames}/${a.frames} frames, median ${f1(a.medianPx)} px, mean ${f1(a.meanPx)} px = ${f1(a.meanPctOfHeight)} % of body height` +
        (a.swappedFrames ? `, left/right swapped in ${a.swappedFrames} frame${a.swappedFrames === 1 ? '' : 's'}` : ''),
    );
  }
  lines.push('');
  lines.push(`  3D accuracy vs ground truth (${shown(join(r.dir, OUTPUT.filtered))}, filtered):`);
  lines.push(formatTruthTable(r.filtered).replace(/^/gm, '    '));
  lines.push(
    `  overall: median ${f1(r.filtered.medianMm)} mm, mean ${f1(r.filtered.meanMm)} mm (raw triangulation: median ${f1(r.raw.medianMm)} mm); ` +
      `${f1(r.filtered.completeness * 100)} % of joint positions present`,
  );
  if (r.input === 'video') {
    lines.push(
      `  Pose networks label some keypoints away from the anatomical joint centres used as truth (nose, eyes and hips sit a few cm higher): ` +
        `"offset z" shows it. With each joint's constant offset removed the median error is ${f1(r.filtered.medianAfterOffsetMm)} mm.`,
    );
  }
  lines.push('');
  lines.push('  next:');
  const next: [string, string][] = [
    [`openmocap view ${d}`, 'the 3D result, videos and overlays in the browser viewer'],
    [`${join(d, OUTPUT.reportHtml)}`, 'the quality report: open it in any browser (works offline)'],
    [`${join(d, 'ground_truth')}/`, 'the truth (points3d.trc, points3d.json) and accuracy.json'],
    [`openmocap process ${d}`, `rerun the pipeline after editing ${join(d, 'mocap.toml')}`],
  ];
  const w = Math.max(...next.map(([a]) => a.length));
  for (const [a, b] of next) lines.push(`    ${a.padEnd(w)}   # ${b}`);
  return `${lines.join('\n')}\n`;
}
