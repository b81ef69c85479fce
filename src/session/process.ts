// `openmocap process`: detect → triangulate → filter → export → report, as stages of the one runner.
// Each stage names the files and settings it reads, so a rerun skips what did not change and a
// changed setting reruns only the stages that read it. Node-only (the I/O edge of the pipeline).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { UserError, type Warning } from '../core/errors.ts';
import type { Points3D } from '../core/types.ts';
import type { DetectProgress } from '../detect/detectPool.ts';
import { writeFileAtomic, type FileContent } from '../io/atomic.ts';
import { pose2dPath, readPose2dFile } from '../io/pose2d.ts';
import { buildReport } from '../report/buildReport.ts';
import { computeQuality, type Gap, type Quality } from '../report/computeQuality.ts';
import { readPoints3dFile } from '../io/readPoints3dFile.ts';
import { points3dFileChunks, type Points3DFile } from './points3dFile.ts';
import { runStages, type StageDef, type StageOutcome, type StageProgress } from './runner.ts';
import { displayPath, loadSettings, type ExportFormat, type Settings } from './settings.ts';
import { calibrationFile, checkCalibrationForCameras, checkProjectCameras, listVideos, nobodyInCamera, pose2dInputFiles, readPairedInputs } from './sessionInputs.ts';

/** Pipeline steps, in order. `detect` expands to one stage per camera (`detect:cam01` …). */
export const STEPS = ['detect', 'triangulate', 'filter', 'export', 'report'] as const;
export type Step = (typeof STEPS)[number];

/** Files of the output folder, session-relative. */
export const OUTPUT = {
  raw: 'output/points3d_raw.p3d',
  rawTrc: 'output/points3d_raw.trc',
  filtered: 'output/points3d.p3d',
  reportHtml: 'output/report.html',
  reportJson: 'output/report.json',
} as const;

/** Where each export format goes. */
export const EXPORT_FILES: Record<ExportFormat, string> = {
  trc: 'output/points3d.trc',
  csv: 'output/points3d.csv',
  c3d: 'output/points3d.c3d',
  bvh: 'output/skeleton.bvh',
  glb: 'output/skeleton.glb',
  angles: 'output/joint_angles.csv',
  'angles-json': 'output/joint_angles.json',
  com: 'output/centre_of_mass.csv',
  'com-json': 'output/centre_of_mass.json',
};

export type ProcessEvent =
  | { type: 'stage-start'; stage: string; index: number; count: number }
  | { type: 'stage-end'; outcome: StageOutcome; index: number; count: number }
  /** The stage will run (it was not up to date), and why. */
  | { type: 'stage-run'; stage: string; reason: string; index: number; count: number }
  | ({ type: 'progress' } & StageProgress)
  | { type: 'note'; message: string }
  /** A problem the run goes on despite, as a stage raises it (e.g. a camera that sees nobody). */
  | { type: 'warning'; stage: string; message: string };

export interface ProcessOptions {
  /** Steps to run (default: all). Steps not listed are neither run nor checked. */
  steps?: Step[];
  /** Rerun even when unchanged: true for every selected stage, or step/stage names. */
  force?: boolean | string[];
  /** Export formats, overriding [output].formats (the `export --format` option). */
  formats?: ExportFormat[];
  signal?: AbortSignal;
  onProgress?: (e: ProcessEvent) => void;
}

export interface ProcessSummary {
  session: string;
  frames: number;
  fps: number;
  cameras: string[];
  layout: string;
  medianReprojectionErrorPx: number;
  /** The median reprojection error as a share of the subject's size in the image. */
  reprojectionErrorOfSubject: number;
  gaps: number;
  gapFrames: number;
  medianBoneCv: number;
  completeness: number;
  verdict: Quality['verdict'];
  stages: { stage: string; status: StageOutcome['status']; durationMs: number; reason?: string }[];
  /** Output files present after the run, session-relative. */
  files: string[];
  notes: string[];
  warnings: Warning[];
}

interface TriangulationMeta {
  cameras: string[];
  calibrationCameras: string[];
  calibrationFile: string;
  gaps: Gap[];
  warnings: Warning[];
  subject: { camera: string; trackIdsUsed: number[] }[];
}

function readP3d(sessionDir: string, rel: string, producer: string): Points3DFile {
  const path = join(sessionDir, rel);
  if (!existsSync(path)) throw new UserError(`${displayPath(path)} is missing; run "openmocap ${producer} ${displayPath(sessionDir)}" first`);
  return readPoints3dFile(path, displayPath(path), `run "openmocap process ${displayPath(sessionDir)}" to write it again (finished stages are kept)`);
}

const triMeta = (f: Points3DFile): TriangulationMeta => f.meta as unknown as TriangulationMeta;

const srcDir = fileURLToPath(new URL('..', import.meta.url));
const codeHashes = new Map<string, string>();

/**
 * A hash of the source code behind a stage (non-test .ts files of the given src/ folders, or single
 * src/ files such as 'session/sessionInputs.ts'), so a stage reruns when openmocap's algorithm
 * changed, not only when its inputs did.
 */
export function codeVersion(...folders: string[]): string {
  const key = folders.join(',');
  const cached = codeHashes.get(key);
  if (cached) return cached;
  const h = createHash('sha256');
  for (const folder of folders) {
    const dir = join(srcDir, folder);
    if (!existsSync(dir)) continue;
    if (folder.endsWith('.ts')) {
      h.update(folder).update(readFileSync(dir));
      continue;
    }
    for (const f of readdirSync(dir).sort())
      if (f.endsWith('.ts') && !f.endsWith('.test.ts')) h.update(f).update(readFileSync(join(dir, f)));
  }
  const v = h.digest('hex').slice(0, 16);
  codeHashes.set(key, v);
  return v;
}

/** Median of the finite values. */
function medianOf(xs: ArrayLike<number>): number {
  const v = Array.from(xs).filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Builds the stage list for a session. */
export function planStages(sessionDir: string, settings: Settings, opts: ProcessOptions = {}): { stages: StageDef[]; notes: string[] } {
  const steps = new Set<Step>(opts.steps ?? STEPS);
  const notes: string[] = [];
  const at = (rel: string): string => join(sessionDir, rel);
  const stages: StageDef[] = [];
  const formats = opts.formats ?? settings.output.formats;

  if (steps.has('detect')) {
    const videos = listVideos(sessionDir, settings);
    if (videos.length === 0) {
      if (pose2dInputFiles(sessionDir).length === 0)
        throw new UserError(`${displayPath(sessionDir)} has no videos in ${displayPath(at('videos'))} and no 2D keypoints in ${displayPath(at('pose2d'))}; put one video per camera in videos/ (file name = camera name)`);
      notes.push('no videos: using the 2D keypoints already in pose2d/');
    }
    for (const v of videos) {
      const out = pose2dPath(sessionDir, v.camera);
      stages.push({
        name: `detect:${v.camera}`,
        group: 'detect',
        version: codeVersion('detect', 'video'),
        inputs: () => [v.path],
        settings: { detect: settings.detect },
        outputs: () => [out],
        // 2D keypoints from `openmocap detect` (same model, newer than the video) are kept, not remade.
        adopt: () => {
          if (!existsSync(out) || statSync(out).mtimeMs < statSync(v.path).mtimeMs) return false;
          try {
            return readPose2dFile(out).model === settings.detect.model;
          } catch {
            return false;
          }
        },
        run: async (ctx) => {
          const { detectVideo, NoPersonFoundError } = await import('../detect/runDetect.ts');
          const { writePose2d } = await import('../io/pose2d.ts');
          let seq;
          try {
            seq = await detectVideo(v.path, v.camera, settings.detect, (p) => ctx.progress(detectProgress(p)));
          } catch (err) {
            // A camera that sees nobody is recorded as such (its empty 2D file), so a rerun does not
            // detect it again; triangulate goes on without it while 2 or more cameras see the person.
            if (err instanceof NoPersonFoundError) {
              writePose2d(sessionDir, err.sequence);
              ctx.warn(nobodyInCamera(v.camera, displayPath(v.path), err.sequence.frames));
              return { frames: err.sequence.frames, model: err.sequence.model, personFrames: 0 };
            }
            // One bad camera stops the run; say how to go on without it.
            if (err instanceof UserError && !settings.project.cameras)
              throw new UserError(`${err.message}; or leave ${v.camera} out with [project] cameras = [...] in mocap.toml`);
            throw err;
          }
          writePose2d(sessionDir, seq);
          let persons = 0;
          for (let i = 0; i < seq.trackIds.length; i++) if (seq.trackIds[i] >= 0) persons++;
          return { frames: seq.frames, model: seq.model, personFrames: persons };
        },
      });
    }
  }

  if (steps.has('triangulate')) {
    const trcAxes = settings.output.trc_axes;
    stages.push({
      name: 'triangulate',
      // sessionInputs decides which cameras are paired and which are left out (a camera that sees nobody).
      version: codeVersion('triangulate', 'camera', 'formats', 'io', 'session/sessionInputs.ts'),
      inputs: () => [...pose2dInputFiles(sessionDir), calibrationFile(sessionDir, settings)],
      settings: {
        triangulation: settings.triangulation,
        fps: settings.project.fps,
        cameras: settings.project.cameras,
        units: settings.project.calibration_units,
        calibration: settings.project.calibration,
        trcAxes,
      },
      outputs: () => [at(OUTPUT.raw), at(OUTPUT.rawTrc)],
      run: async (ctx) => {
        const { triangulate } = await import('../triangulate/triangulate.ts');
        const { trcChunks } = await import('../formats/trc.ts');
        // The 2D is streamed through triangulation by chunks of frames: memory does not grow with the capture.
        const inputs = readPairedInputs(sessionDir, settings, { stream: true });
        ctx.progress({ message: `${inputs.sequences.length} cameras, ${inputs.sequences[0].frames} frames` });
        let result;
        try {
          result = triangulate(inputs.sequences, inputs.rig, settings.triangulation);
        } catch (err) {
          // A setting that only turns out wrong against the data (a subject track id no camera has) names the file.
          throw namingSettingsFile(err, 'triangulation', sessionDir);
        }
        const meta: TriangulationMeta = {
          cameras: inputs.sequences.map((s) => s.camera),
          calibrationCameras: inputs.rig.cameras.map((c) => c.name),
          calibrationFile: relative(sessionDir, inputs.calibrationFile),
          gaps: result.gaps,
          warnings: [...inputs.warnings, ...result.warnings],
          subject: result.subject,
        };
        writeFileAtomic(at(OUTPUT.raw), points3dFileChunks(result.points, meta as unknown as Record<string, unknown>));
        writeFileAtomic(at(OUTPUT.rawTrc), trcChunks(result.points, { axes: trcAxes, fileName: basename(OUTPUT.rawTrc) }));
        return {
          frames: result.points.frames,
          markers: result.points.joints,
          cameras: meta.cameras.length,
          medianReprojectionErrorPx: round(medianOf(result.points.reprojectionErrorPx), 3),
          gaps: result.gaps.length,
          warnings: meta.warnings.length,
          notes: inputs.notes,
        };
      },
    });
  }

  if (steps.has('filter')) {
    stages.push({
      name: 'filter',
      version: codeVersion('filter'),
      inputs: () => [at(OUTPUT.raw)],
      settings: { filter: settings.filter },
      outputs: () => [at(OUTPUT.filtered)],
      run: async () => {
        const { filterPoints } = await import('../filter/filterPoints.ts');
        const raw = readP3d(sessionDir, OUTPUT.raw, 'triangulate');
        let filtered;
        try {
          filtered = filterPoints(raw.points, settings.filter);
        } catch (err) {
          // A setting that only turns out wrong against the data (cutoff vs frame rate) names the file too.
          throw namingSettingsFile(err, 'filter', sessionDir);
        }
        writeFileAtomic(at(OUTPUT.filtered), points3dFileChunks(filtered, raw.meta));
        return { frames: filtered.frames };
      },
    });
  }

  if (steps.has('export')) {
    stages.push({
      name: 'export',
      version: codeVersion('formats', 'skeleton', 'analysis'),
      inputs: () => [at(OUTPUT.filtered)],
      settings: { formats, trcAxes: settings.output.trc_axes },
      outputs: () => formats.map((f) => at(EXPORT_FILES[f])),
      run: async (ctx) => {
        const file = readP3d(sessionDir, OUTPUT.filtered, 'filter');
        for (const f of formats) {
          ctx.progress({ message: f });
          writeFileAtomic(at(EXPORT_FILES[f]), await exportFormat(f, file, settings));
        }
        return { formats };
      },
    });
  }

  if (steps.has('report') && settings.output.report) {
    stages.push({
      name: 'report',
      version: codeVersion('report', 'analysis', 'camera', 'session/sessionInputs.ts'),
      inputs: () => [...pose2dInputFiles(sessionDir), calibrationFile(sessionDir, settings), at(OUTPUT.raw), at(OUTPUT.filtered)],
      settings: { project: settings.project, minScore: reportMinScore(settings), formats: settings.output.formats },
      outputs: () => [at(OUTPUT.reportHtml), at(OUTPUT.reportJson)],
      run: async () => {
        const report = makeReport(sessionDir, settings);
        writeFileAtomic(at(OUTPUT.reportHtml), report.html);
        writeFileAtomic(at(OUTPUT.reportJson), JSON.stringify(report.json, null, 1) + '\n');
        return { verdict: report.quality.verdict.level, worstCamera: report.quality.verdict.worstCamera?.name };
      },
    });
  }
  return { stages, notes };
}

/** A stage's UserError about a setting of `section` (message starting "section.key"), with the settings file named. */
function namingSettingsFile(err: unknown, section: string, sessionDir: string): unknown {
  if (err instanceof UserError && err.message.startsWith(`${section}.`) && !err.message.includes('(in '))
    return new UserError(`${err.message} (in ${displayPath(join(sessionDir, 'mocap.toml'))})`);
  return err;
}

const round = (x: number, d: number): number | null => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

function reportMinScore(settings: Settings): number {
  const s = (settings.triangulation as unknown as Record<string, unknown>).min_score;
  return typeof s === 'number' ? s : 0.3;
}

/** The detector's per-camera progress as a runner progress line (the runner adds the ETA). */
function detectProgress(p: DetectProgress): { fraction?: number; message: string } {
  const total = p.framesTotal;
  return {
    fraction: total ? p.framesDone / total : undefined,
    message: `frame ${p.framesDone}${total ? `/${total}` : ''} ${p.fps.toFixed(1)} frames/s`,
  };
}

/** A format's content; text formats whose size grows with the capture come as chunks (see FileContent). */
async function exportFormat(format: ExportFormat, file: Points3DFile, settings: Settings): Promise<FileContent> {
  const points = file.points;
  const cameras = triMeta(file).cameras ?? [];
  switch (format) {
    case 'trc': {
      const { trcChunks } = await import('../formats/trc.ts');
      return trcChunks(points, { axes: settings.output.trc_axes, fileName: basename(EXPORT_FILES.trc) });
    }
    case 'csv': {
      const { pointsCsvChunks } = await import('../formats/csv.ts');
      return pointsCsvChunks(points, cameras);
    }
    case 'c3d': {
      const { encodeC3d } = await import('../formats/c3d.ts');
      return encodeC3d(points, { cameraNames: cameras });
    }
    default:
      return exportSkeletonFormat(format, points);
  }
}

/**
 * BVH, glTF, joint angles and centre of mass come from the skeleton and analysis modules. The fit,
 * the angles and the centre of mass are computed once per points object, however many formats use them.
 */
const derived = new WeakMap<Points3D, Map<string, Promise<unknown>>>();
function once<T>(points: Points3D, key: string, make: () => Promise<T>): Promise<T> {
  let cache = derived.get(points);
  if (!cache) derived.set(points, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as Promise<T>;
}

async function exportSkeletonFormat(format: ExportFormat, points: Points3D): Promise<FileContent> {
  const skeleton = () => once(points, 'skeleton', async () => (await import('../skeleton/fitSkeleton.ts')).fitSkeleton(points));
  const angles = () => once(points, 'angles', async () => (await import('../analysis/jointAngles.ts')).jointAngles(points));
  const com = () => once(points, 'com', async () => (await import('../analysis/centreOfMass.ts')).centreOfMass(points));
  switch (format) {
    case 'bvh':
      return (await import('../formats/bvh.ts')).bvhChunks(await skeleton());
    case 'glb':
      return (await import('../formats/gltf.ts')).encodeGlb(await skeleton());
    case 'angles':
      return (await import('../analysis/jointAngles.ts')).formatJointAnglesCsv(await angles());
    case 'angles-json':
      return (await import('../analysis/jointAngles.ts')).formatJointAnglesJson(await angles());
    case 'com':
      return (await import('../analysis/centreOfMass.ts')).formatCentreOfMassCsv(await com());
    case 'com-json':
      return (await import('../analysis/centreOfMass.ts')).formatCentreOfMassJson(await com());
    default:
      throw new UserError(`export format "${format}" is not known; choose from ${Object.keys(EXPORT_FILES).join(', ')}`);
  }
}

function makeReport(sessionDir: string, settings: Settings): ReturnType<typeof buildReport> {
  const raw = readP3d(sessionDir, OUTPUT.raw, 'triangulate');
  const filtered = readP3d(sessionDir, OUTPUT.filtered, 'filter');
  const inputs = readPairedInputs(sessionDir, settings, { stream: true });
  const meta = triMeta(raw);
  return buildReport({
    title: basename(resolve(sessionDir)),
    rig: inputs.rig,
    sequences: inputs.sequences,
    raw: raw.points,
    filtered: filtered.points,
    gaps: meta.gaps ?? [],
    warnings: meta.warnings ?? [],
    minScore: reportMinScore(settings),
    subject: meta.subject,
    files: [OUTPUT.rawTrc, ...settings.output.formats.map((f) => EXPORT_FILES[f]), OUTPUT.reportHtml, OUTPUT.reportJson],
  });
}

/**
 * Quality figures of the current outputs (for the closing summary). `filteredCurrent`: the run just
 * made or checked the filtered points against the raw ones (else their age decides).
 */
export function summariseSession(sessionDir: string, settings: Settings, filteredCurrent = false): Quality | undefined {
  const rawPath = join(sessionDir, OUTPUT.raw);
  const filteredPath = join(sessionDir, OUTPUT.filtered);
  if (!existsSync(rawPath)) return undefined;
  const raw = readP3d(sessionDir, OUTPUT.raw, 'triangulate');
  // After `openmocap triangulate` alone the filtered points may predate the new triangulation: judge the raw ones then.
  // A rerun of triangulate that rewrote identical raw points leaves the filter stage up to date though older.
  const fresh = existsSync(filteredPath) && (filteredCurrent || statSync(filteredPath).mtimeMs >= statSync(rawPath).mtimeMs);
  const filtered = fresh ? readP3d(sessionDir, OUTPUT.filtered, 'filter') : raw;
  const inputs = readPairedInputs(sessionDir, settings, { stream: true });
  const meta = triMeta(raw);
  return computeQuality({
    rig: inputs.rig, sequences: inputs.sequences, raw: raw.points, filtered: filtered.points,
    gaps: meta.gaps ?? [], warnings: meta.warnings ?? [], minScore: reportMinScore(settings),
  });
}

/**
 * Runs the pipeline on a session folder and returns a summary. Stages whose inputs and settings did
 * not change since the last run are skipped; an interrupted run resumes where it stopped.
 */
export async function runProcess(sessionDir: string, opts: ProcessOptions = {}): Promise<ProcessSummary> {
  if (!existsSync(sessionDir)) throw new UserError(`session folder ${sessionDir} does not exist`);
  const loaded = loadSettings(sessionDir);
  const settings = loaded.settings;
  // A missing or broken calibration would only surface at triangulate, after minutes of detection:
  // check it first. Detecting alone (`--only detect`) does not need one.
  const steps = opts.steps ?? STEPS;
  const needsCalibration = steps.includes('triangulate') || steps.includes('report');
  if (needsCalibration) checkProjectCameras(sessionDir, settings);
  const { stages, notes } = planStages(sessionDir, settings, opts);
  if (needsCalibration)
    checkCalibrationForCameras(sessionDir, settings, () => (steps.includes('detect') ? listVideos(sessionDir, settings).map((v) => v.camera) : []));
  for (const n of notes) opts.onProgress?.({ type: 'note', message: n });
  // "detect" forces every detect:<camera> stage.
  const wanted = Array.isArray(opts.force) ? opts.force : [];
  const force = opts.force === true ? true : stages.map((s) => s.name).filter((n) => wanted.includes(n) || wanted.includes(n.split(':')[0]));
  const outcomes = await runStages(stages, {
    sessionDir,
    force,
    signal: opts.signal,
    // Cameras are detected side by side, one worker thread each.
    concurrency: settings.detect.workers || availableParallelism(),
    onStageStart: (stage, index, count) => opts.onProgress?.({ type: 'stage-start', stage, index, count }),
    onStageEnd: (outcome, index, count) => opts.onProgress?.({ type: 'stage-end', outcome, index, count }),
    onStageRun: (stage, reason, index, count) => opts.onProgress?.({ type: 'stage-run', stage, reason, index, count }),
    onProgress: (p) => opts.onProgress?.({ type: 'progress', ...p }),
    onWarning: (stage, message) => opts.onProgress?.({ type: 'warning', stage, message }),
  });
  const filterOutcome = outcomes.find((o) => o.stage === 'filter');
  const quality = summariseSession(sessionDir, settings, filterOutcome?.status === 'ran' || filterOutcome?.status === 'skipped');
  const raw = existsSync(join(sessionDir, OUTPUT.raw)) ? readP3d(sessionDir, OUTPUT.raw, 'triangulate') : undefined;
  const meta = raw ? triMeta(raw) : undefined;
  const triInfo = outcomes.find((o) => o.stage === 'triangulate')?.info as { notes?: string[] } | undefined;
  const files = [
    ...Object.values(OUTPUT),
    ...settings.output.formats.map((f) => EXPORT_FILES[f]),
    ...(opts.formats ?? []).map((f) => EXPORT_FILES[f]),
  ].filter((f, i, a) => a.indexOf(f) === i && existsSync(join(sessionDir, f)));
  return {
    session: sessionDir,
    frames: quality?.frames ?? raw?.points.frames ?? 0,
    fps: quality?.fps ?? raw?.points.fps ?? NaN,
    cameras: meta?.cameras ?? [],
    layout: raw?.points.layout ?? '',
    medianReprojectionErrorPx: quality?.overall.medianReprojectionErrorPx ?? NaN,
    reprojectionErrorOfSubject: quality?.overall.reprojectionErrorOfSubject ?? NaN,
    gaps: quality?.overall.gaps ?? meta?.gaps.length ?? 0,
    gapFrames: quality?.overall.gapFrames ?? 0,
    medianBoneCv: quality?.overall.medianBoneCv ?? NaN,
    completeness: quality?.overall.completeness ?? NaN,
    verdict: quality?.verdict ?? { level: 'poor', headline: 'no 3D output yet', reasons: [], checks: [] },
    stages: outcomes.map((o) => ({ stage: o.stage, status: o.status, durationMs: o.durationMs, reason: o.reason })),
    files,
    notes: [...notes, ...(triInfo?.notes ?? [])],
    warnings: meta?.warnings ?? [],
  };
}
