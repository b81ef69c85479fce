// `openmocap process`: detect → sync → triangulate → filter → export → report, as stages of the one runner.
// Each stage names the files and settings it reads, so a rerun skips what did not change and a
// changed setting reruns only the stages that read it. Node-only (the I/O edge of the pipeline).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { UserError, type Warning } from '../core/errors.ts';
import type { DetectProgress } from '../detect/detectPool.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { SOURCE_DIR } from '../io/packageFiles.ts';
import { median } from '../core/stats.ts';
import { pose2dPath, readPose2dFile } from '../io/pose2d.ts';
import { buildReport } from '../report/buildReport.ts';
import { computeQuality, type Gap, type Quality } from '../report/computeQuality.ts';
import { readPoints3dFile } from '../io/readPoints3dFile.ts';
import { points3dFileChunks, type Points3DFile } from '../formats/points3dFile.ts';
import { EXPORT_FILES, exportFormat, OUTPUT, reportMinScore, reportedFiles } from './exports.ts';
import { runStages, type StageDef, type StageOutcome, type StageProgress } from './runner.ts';
import { displayPath, loadSettings, type ExportFormat, type Settings } from './settings.ts';
import type { Pose2DInput, PoseSequence2D } from '../core/types.ts';
import { wholeSequence } from '../core/frameWindow.ts';
import {
  type PairedInputs,
  calibrationFile,
  checkCalibrationForCameras,
  checkProjectCameras,
  foreignPose2dCameras,
  listVideos,
  nobodyInCamera,
  pose2dInputFiles,
  readPairedInputs,
  sameCamera,
} from './sessionInputs.ts';
import { describeSessionLayout, resolveSessionLayout } from './sessionLayout.ts';
import { peopleStages, peopleSummary } from './peopleStages.ts';
import { calibrationSourceFiles } from '../io/calibration.ts';
import { applySync, syncIsIdentity } from '../sync/syncCameras.ts';
import { readSyncFile, summariseSync, syncClocks, syncReportSection, syncWarnings } from './syncStage.ts';

/** Pipeline steps, in order. `detect` expands to one stage per camera (`detect:cam01` …). */
export const STEPS = ['detect', 'sync', 'triangulate', 'filter', 'export', 'report'] as const;
/** A step of the pipeline: one of STEPS. */
export type Step = (typeof STEPS)[number];

export { EXPORT_FILES, OUTPUT } from './exports.ts';

/** Progress of `processSession`, as `onProgress` receives it: stages starting, progressing and ending, and warnings. */
export type ProcessEvent =
  | { type: 'stage-start'; stage: string; index: number; count: number }
  | { type: 'stage-end'; outcome: StageOutcome; index: number; count: number }
  /** The stage will run (it was not up to date), and why. */
  | { type: 'stage-run'; stage: string; reason: string; index: number; count: number }
  | ({ type: 'progress' } & StageProgress)
  | { type: 'note'; message: string }
  /** A problem the run goes on despite, as a stage raises it (e.g. a camera that sees nobody). */
  | { type: 'warning'; stage: string; message: string };

/** What `processSession` runs and how it reports (settings come from the session's mocap.toml). */
export interface ProcessOptions {
  /** Steps to run; steps not listed are neither run nor checked. @defaultValue every step */
  steps?: Step[];
  /** Rerun even when unchanged: true for every selected stage, or step/stage names. @defaultValue false */
  force?: boolean | string[];
  /** Export formats, overriding [output].formats (the `export --format` option). @defaultValue [output].formats of mocap.toml */
  formats?: ExportFormat[];
  /** Aborts the run between and inside stages (finished stages are kept). @defaultValue none */
  signal?: AbortSignal;
  /** Receives each stage's start, progress and end. @defaultValue none */
  onProgress?: (e: ProcessEvent) => void;
  /**
   * Makes one camera's 2D keypoints in place of detecting its whole video here (the queue stitches
   * them from chunks detected by workers). Throws NoPersonFoundError too.
   * @defaultValue detectVideo on the camera's video
   */
  detectCamera?: (video: { camera: string; path: string }, progress: (p: DetectProgress) => void) => Promise<PoseSequence2D>;
}

/** The outcome of `processSession`: the take, its quality verdict, each stage's status and the files written. */
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
  /** One line on output/sync.json (when there is one): the reference and each other camera's start. */
  sync?: string;
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
  if (!existsSync(path))
    throw new UserError(`${displayPath(path)} is missing; run "openmocap ${producer} ${displayPath(sessionDir)}" first`);
  return readPoints3dFile(
    path,
    displayPath(path),
    `run "openmocap process ${displayPath(sessionDir)}" to write it again (finished stages are kept)`,
  );
}

const triMeta = (f: Points3DFile): TriangulationMeta => f.meta as unknown as TriangulationMeta;

const srcDir = SOURCE_DIR;
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

/** Builds the stage list for a session. */
export function planStages(sessionDir: string, settings: Settings, opts: ProcessOptions = {}): { stages: StageDef[]; notes: string[] } {
  const steps = new Set<Step>(opts.steps ?? STEPS);
  const notes: string[] = [];
  const at = (rel: string): string => join(sessionDir, rel);
  const stages: StageDef[] = [];
  const formats = opts.formats ?? settings.output.formats;

  if (steps.has('detect')) {
    const layout = resolveSessionLayout(sessionDir);
    // Cameras whose 2D keypoints another tool already made (Pose2Sim's pose/) are not detected again.
    const foreign = foreignPose2dCameras(sessionDir);
    const all = listVideos(sessionDir, settings);
    const videos = all.filter((v) => !foreign.cameras.some((c) => sameCamera(c, v.camera)));
    if (foreign.cameras.length)
      notes.push(
        `using the 2D keypoints in ${foreign.dirs.map(displayPath).join(', ')} for ${foreign.cameras.join(', ')}${all.length > videos.length ? ' (their videos are not detected again)' : ''}`,
      );
    if (all.length === 0) {
      if (pose2dInputFiles(sessionDir).length === 0)
        throw new UserError(
          `${displayPath(sessionDir)} has no videos in ${displayPath(layout.videoDir)} and no 2D keypoints in ${layout.pose2dDirs.map(displayPath).join(' or ')}; put one video per camera in ${displayPath(layout.videoDir)} (file name = camera name)`,
        );
      if (!foreign.cameras.length) notes.push('no videos: using the 2D keypoints already in pose2d/');
    }
    for (const v of videos) {
      const out = pose2dPath(sessionDir, v.camera);
      let partial: string | undefined;
      stages.push({
        name: `detect:${v.camera}`,
        group: 'detect',
        version: codeVersion('detect', 'video'),
        inputs: () => [v.path],
        settings: { detect: settings.detect },
        outputs: () => [out],
        // 2D keypoints from `openmocap detect` (same model, newer than the video, every frame) are kept, not remade.
        adopt: async () => {
          if (!existsSync(out) || statSync(out).mtimeMs < statSync(v.path).mtimeMs) return false;
          try {
            const seq = readPose2dFile(out);
            if (seq.model !== settings.detect.model) return false;
            // `detect --frames n` covers the first n frames only: detect the whole video instead.
            partial = await partialDetection(seq.frames, v.path, displayPath(out));
            return partial === undefined;
          } catch {
            return false;
          }
        },
        run: async (ctx) => {
          if (partial) ctx.progress({ message: partial });
          const { detectVideo, NoPersonFoundError } = await import('../detect/runDetect.ts');
          const { writePose2d } = await import('../io/pose2d.ts');
          let seq;
          try {
            const progress = (p: DetectProgress): void => ctx.progress(detectProgress(p));
            seq = await (opts.detectCamera ? opts.detectCamera(v, progress) : detectVideo(v.path, v.camera, settings.detect, progress));
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

  if (steps.has('sync')) {
    stages.push({
      name: 'sync',
      version: codeVersion(
        'sync',
        'core/stats.ts',
        'session/syncStage.ts',
        'session/syncFile.ts',
        'session/sessionInputs.ts',
        'video/audio.ts',
      ),
      // The videos count for their sound only.
      inputs: () => [
        ...pose2dInputFiles(sessionDir),
        calibrationFile(sessionDir, settings),
        ...(settings.sync.method === 'auto' || settings.sync.method === 'audio' ? listVideos(sessionDir, settings).map((v) => v.path) : []),
      ],
      settings: {
        sync: settings.sync,
        fps: settings.project.fps,
        cameras: settings.project.cameras,
        units: settings.project.calibration_units,
        calibration: settings.project.calibration,
        minScore: settings.triangulation.min_score,
      },
      outputs: () => [at(OUTPUT.sync)],
      run: async (ctx) => {
        const { runSyncStage } = await import('./syncStage.ts');
        const { result, lines } = await runSyncStage(sessionDir, settings, (message) => ctx.progress({ message }));
        for (const w of result.warnings) ctx.warn(w.message);
        return { reference: result.reference, inSync: result.inSync, cameras: lines };
      },
    });
  }

  // Several people: each in output/person-<n>/ (see peopleStages.ts); the single-person stages otherwise.
  if (settings.triangulation.people !== 'subject') {
    stages.push(...peopleStages(sessionDir, settings, steps, formats, { codeVersion, readSyncedInputs, readP3d }));
    return { stages, notes };
  }

  if (steps.has('triangulate')) {
    const trcAxes = settings.output.trc_axes;
    stages.push({
      name: 'triangulate',
      // sessionInputs decides which cameras are paired and which are left out (a camera that sees nobody).
      version: codeVersion(
        'triangulate',
        'core',
        'camera',
        'formats',
        'io',
        'sync',
        'session/sessionInputs.ts',
        'session/sessionLayout.ts',
        'session/syncStage.ts',
        'session/syncFile.ts',
      ),
      inputs: () => [...pose2dInputFiles(sessionDir), ...calibrationSourceFiles(calibrationFile(sessionDir, settings)), at(OUTPUT.sync)],
      settings: {
        triangulation: settings.triangulation,
        fps: settings.project.fps,
        cameras: settings.project.cameras,
        units: settings.project.calibration_units,
        calibration: settings.project.calibration,
        keypointLayout: settings.project.keypoint_layout,
        trcAxes,
      },
      outputs: () => [at(OUTPUT.raw), at(OUTPUT.rawTrc)],
      run: async (ctx) => {
        const { triangulate } = await import('../triangulate/triangulate.ts');
        const { trcChunks } = await import('../formats/trc.ts');
        // The 2D is streamed through triangulation by chunks of frames (read whole only when the sync resamples it).
        const inputs = readSyncedInputs(sessionDir, settings);
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
          medianReprojectionErrorPx: round(median(result.points.reprojectionErrorPx), 3),
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
      version: codeVersion('filter', 'core/stats.ts'),
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
      settings: { formats, trcAxes: settings.output.trc_axes, ...(settings.output.anatomical_correction ? { anatomical: true } : {}) },
      outputs: () => formats.map((f) => at(EXPORT_FILES[f])),
      run: async (ctx) => {
        let file = readP3d(sessionDir, OUTPUT.filtered, 'filter');
        if (settings.output.anatomical_correction) {
          const { toAnatomical } = await import('../analysis/anatomicalCorrection.ts');
          file = { ...file, points: toAnatomical(file.points, sessionDir) };
        }
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
      inputs: () => [
        ...pose2dInputFiles(sessionDir),
        ...calibrationSourceFiles(calibrationFile(sessionDir, settings)),
        at(OUTPUT.raw),
        at(OUTPUT.filtered),
        at(OUTPUT.sync),
      ],
      settings: { project: settings.project, minScore: reportMinScore(settings), formats: settings.output.formats },
      outputs: () => [at(OUTPUT.reportHtml), at(OUTPUT.reportJson)],
      run: async () => {
        const report = makeReport(sessionDir, settings);
        writeFileAtomic(at(OUTPUT.reportHtml), report.html);
        writeFileAtomic(at(OUTPUT.reportJson), `${JSON.stringify(report.json, null, 1)}\n`);
        return { verdict: report.quality.verdict.level, worstCamera: report.quality.verdict.worstCamera?.name };
      },
    });
  }
  return { stages, notes };
}

/**
 * Why 2D keypoints of `frames` frames do not cover a video (e.g. `detect --frames 5` on a 20-frame
 * video), or undefined when they do. A frame count the container only estimates (duration × fps)
 * may be one frame off; a video that cannot be probed is not vouched for.
 */
async function partialDetection(frames: number, video: string, file: string): Promise<string | undefined> {
  const { probeVideo } = await import('../video/probe.ts');
  const info = await probeVideo(video);
  if (info.frames === undefined) return `${file}: the frame count of ${displayPath(video)} is unknown; detecting again`;
  if (frames >= info.frames - (info.framesEstimated ? 1 : 0)) return undefined;
  return `${file} covers only ${frames} of the ${info.frames} frames of ${displayPath(video)} (made with detect --frames?); detecting the whole video`;
}

/**
 * The paired 2D inputs on the reference camera's frames (output/sync.json's offsets, and each frame's
 * own timestamp, so cameras at other or variable frame rates are never misplaced in time), with the
 * sync's warnings about cameras it could not place. Unchanged when the cameras already share a clock.
 */
function readSyncedInputs(
  sessionDir: string,
  settings: Settings,
  paired = readPairedInputs(sessionDir, settings, { stream: true }),
): PairedInputs<Pose2DInput> {
  const file = readSyncFile(sessionDir);
  const clocks = syncClocks(file);
  const warnings = [...paired.warnings, ...syncWarnings(file)];
  // Cameras already on one clock: the 2D stays streamed by chunks of frames (memory does not grow with
  // the capture). Cameras the sync moves or resamples are read whole (once), as resampling needs every frame.
  if (syncIsIdentity(paired.sequences, clocks)) return { ...paired, warnings };
  return { ...paired, sequences: applySync(paired.sequences.map(wholeSequence), clocks), warnings };
}

/** A stage's UserError about a setting of `section` (message starting "section.key"), with the settings file named. */
function namingSettingsFile(err: unknown, section: string, sessionDir: string): unknown {
  if (err instanceof UserError && err.message.startsWith(`${section}.`) && !err.message.includes('(in '))
    return new UserError(`${err.message} (in ${displayPath(join(sessionDir, 'mocap.toml'))})`);
  return err;
}

const round = (x: number, d: number): number | null => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

/** The detector's per-camera progress as a runner progress line (the runner adds the ETA). */
function detectProgress(p: DetectProgress): { fraction?: number; message: string } {
  const total = p.framesTotal;
  return {
    fraction: total ? p.framesDone / total : undefined,
    message: `frame ${p.framesDone}${total ? `/${total}` : ''} ${p.fps.toFixed(1)} frames/s`,
  };
}

function makeReport(sessionDir: string, settings: Settings): ReturnType<typeof buildReport> {
  const raw = readP3d(sessionDir, OUTPUT.raw, 'triangulate');
  const filtered = readP3d(sessionDir, OUTPUT.filtered, 'filter');
  const paired = readPairedInputs(sessionDir, settings, { stream: true });
  const inputs = readSyncedInputs(sessionDir, settings, paired);
  const meta = triMeta(raw);
  return buildReport({
    // The speed profiles on each camera's own clock, from the 2D before the sync.
    sync: existsSync(join(sessionDir, OUTPUT.sync))
      ? syncReportSection(sessionDir, paired.sequences.map(wholeSequence), reportMinScore(settings))
      : undefined,
    title: basename(resolve(sessionDir)),
    rig: inputs.rig,
    sequences: inputs.sequences,
    raw: raw.points,
    filtered: filtered.points,
    gaps: meta.gaps ?? [],
    warnings: meta.warnings ?? [],
    minScore: reportMinScore(settings),
    subject: meta.subject,
    files: reportedFiles(settings),
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
  const inputs = readSyncedInputs(sessionDir, settings);
  const meta = triMeta(raw);
  return computeQuality({
    rig: inputs.rig,
    sequences: inputs.sequences,
    raw: raw.points,
    filtered: filtered.points,
    gaps: meta.gaps ?? [],
    warnings: meta.warnings ?? [],
    minScore: reportMinScore(settings),
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
  // A foreign folder (Pose2Sim, FreeMoCap, caliscope): say what was recognised and where outputs go.
  if (loaded.layout && loaded.layout.kind !== 'openmocap') notes.unshift(...describeSessionLayout(loaded.layout, displayPath).slice(0, 2));
  if (needsCalibration)
    checkCalibrationForCameras(sessionDir, settings, () =>
      steps.includes('detect') ? listVideos(sessionDir, settings).map((v) => v.camera) : [],
    );
  for (const n of notes) opts.onProgress?.({ type: 'note', message: n });
  // "detect" forces every detect:<camera> stage.
  const wanted = Array.isArray(opts.force) ? opts.force : [];
  const force =
    opts.force === true ? true : stages.map((s) => s.name).filter((n) => wanted.includes(n) || wanted.includes(n.split(':')[0]));
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
  // Several people: their outputs are in output/person-<n>/ (an output/points3d_raw.p3d is an earlier single-person run's).
  const people = settings.triangulation.people !== 'subject' ? peopleSummary(sessionDir) : undefined;
  const quality = people
    ? undefined
    : summariseSession(sessionDir, settings, filterOutcome?.status === 'ran' || filterOutcome?.status === 'skipped');
  const raw = !people && existsSync(join(sessionDir, OUTPUT.raw)) ? readP3d(sessionDir, OUTPUT.raw, 'triangulate') : undefined;
  const meta = raw ? triMeta(raw) : undefined;
  const triInfo = outcomes.find((o) => o.stage === 'triangulate')?.info as { notes?: string[] } | undefined;
  const files = [
    ...Object.values(OUTPUT),
    ...settings.output.formats.map((f) => EXPORT_FILES[f]),
    ...(opts.formats ?? []).map((f) => EXPORT_FILES[f]),
  ].filter(
    (f, i, a) =>
      a.indexOf(f) === i &&
      existsSync(join(sessionDir, f)) &&
      !(people && f !== OUTPUT.sync && f !== OUTPUT.reportHtml && f !== OUTPUT.reportJson),
  );
  if (people) files.push(...people.files);
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
    verdict: quality?.verdict ?? people?.verdict ?? { level: 'poor', headline: 'no 3D output yet', reasons: [], checks: [] },
    stages: outcomes.map((o) => ({ stage: o.stage, status: o.status, durationMs: o.durationMs, reason: o.reason })),
    files,
    notes: [...notes, ...(triInfo?.notes ?? [])],
    warnings: meta?.warnings ?? [],
    sync: summariseSync(readSyncFile(sessionDir)),
  };
}
