// The session pipeline in a browser tab: detect (one Web Worker per camera) → sync → triangulate →
// filter → export → report, with the same pure stages, settings schema and output files as `openmocap
// process`. Every stage's output is kept as bytes under its session-relative path (the session's
// output/ folder in memory), so the page can offer downloads, zip the session and open the viewer.
import { UserError, type Warning } from '../src/core/errors.ts';
import type { CameraRig, PoseSequence2D } from '../src/core/types.ts';
import { resolveFinder } from '../src/detect/modelSpecs.ts';
import { filterPoints } from '../src/filter/filterPoints.ts';
import { parseCalibrationText, isCalibrationFile } from '../src/formats/calibrationText.ts';
import { decodePose2d, encodePose2d, POSE2D_EXTENSION } from '../src/formats/pose2d.ts';
import { formatTrc } from '../src/formats/trc.ts';
import { buildReport } from '../src/report/buildReport.ts';
import { EXPORT_FILES, exportFormat, OUTPUT, reportMinScore, type ExportContent } from '../src/session/exports.ts';
import { nobodyInCamera, pairWithCalibration, restrictCameras } from '../src/session/pairInputs.ts';
import { parseSettings, SETTINGS_FILE, type Settings } from '../src/session/parseSettings.ts';
import { decodePoints3dFile, encodePoints3dFile } from '../src/formats/points3dFile.ts';
import {
  encodeSyncFile,
  parseSyncFile,
  SYNC_FILE,
  syncClocks,
  syncOptionsOf,
  syncSectionOf,
  syncWarnings,
  type SyncFile,
} from '../src/session/syncFile.ts';
import { applySync, syncCameras } from '../src/sync/syncCameras.ts';
import { triangulate } from '../src/triangulate/triangulate.ts';
import { calibrateInPage, type FromPersonInPage } from './calibrateInPage.ts';
import { runPeopleStages } from './peoplePipeline.ts';
import type { PeopleFile } from '../src/session/peopleOutputs.ts';
import type { BackendChoice, BackendWanted, DetectJob, WorkerMessage } from './protocol.ts';

import { cameraOfVideo, isVideoFileName } from '../src/core/videoFiles.ts';

/** Files as the user gave them: path relative to the chosen folder (or just the name). */
export interface InputFile {
  path: string;
  file: File;
}

export interface SessionFiles {
  name: string;
  videos: { camera: string; path: string; file: File }[];
  /** Every calibration-like file given (the one used is chosen with the settings: chooseCalibration). */
  calibrations: InputFile[];
  settingsFile?: InputFile;
}

/**
 * The calibration file to use, as the CLI chooses it: [project].calibration when set, else
 * calibration.toml, else the only .toml (not mocap.toml) or .qca.txt given.
 */
export function chooseCalibration(files: SessionFiles, settings: Settings): InputFile | null {
  const given = settings.project.calibration;
  const rel = (p: string): string => (p.startsWith(`${files.name}/`) ? p.slice(files.name.length + 1) : p);
  if (given) {
    const want = given.replace(/^\.\//, '');
    const hit =
      files.calibrations.find((f) => rel(f.path) === want) ??
      files.calibrations.find((f) => f.path.endsWith(`/${want}`) || f.path === want.split('/').pop());
    if (!hit)
      throw new UserError(
        `project.calibration points to ${given}, which is not among the files given (${files.calibrations.map((c) => c.path).join(', ')}); add it or fix the path in mocap.toml`,
      );
    return hit;
  }
  // Videos alone: the cameras are calibrated from the person (calibrateInPage.ts).
  if (!files.calibrations.length) return null;
  const named = files.calibrations.filter((f) => f.path.split('/').pop()!.toLowerCase() === 'calibration.toml');
  const candidates = named.length ? named : files.calibrations;
  if (candidates.length > 1)
    throw new UserError(
      `several calibration files (${candidates.map((c) => c.path).join(', ')}); give only the one to use, name it calibration.toml, or name it in mocap.toml: [project] calibration = "<file>"`,
    );
  return candidates[0];
}

/** Sorts dropped or picked files into a session: videos (file stem = camera), calibration, mocap.toml. */
export function sortInputs(files: InputFile[]): SessionFiles {
  const base = (p: string): string => p.split('/').pop()!;
  const root = files[0]?.path.includes('/') ? files[0].path.split('/')[0] : 'session';
  const videos = files
    .filter((f) => isVideoFileName(base(f.path)))
    // Videos in videos/ (the session layout) are the cameras; board videos under calibration/ are not.
    .filter((f) => !/(^|\/)calibration\//.test(f.path))
    .sort((a, b) => (base(a.path) < base(b.path) ? -1 : 1))
    .map((f) => ({ camera: cameraOfVideo(base(f.path)), path: f.path, file: f.file }));
  const settingsFile = files.find((f) => base(f.path).toLowerCase() === SETTINGS_FILE);
  const calibrations = files.filter((f) => isCalibrationFile(base(f.path)));
  if (!videos.length)
    throw new UserError(
      'no videos among the files given; pick one video per camera (the file name is the camera name) and the calibration file',
    );
  const seen = new Map<string, string>();
  for (const v of videos) {
    const prev = seen.get(v.camera.toLowerCase());
    if (prev) throw new UserError(`two videos for camera ${v.camera} (${prev} and ${v.path}); give one video per camera`);
    seen.set(v.camera.toLowerCase(), v.path);
  }
  return { name: root, videos, calibrations, settingsFile };
}

export interface PipelineEvents {
  stage(name: string, state: 'start' | 'done' | 'failed', detail?: string): void;
  camera(camera: string, state: { framesDone?: number; framesTotal?: number; fps?: number; error?: string; done?: boolean }): void;
  backend(camera: string, choice: BackendChoice): void;
  warning(message: string): void;
  /** A note (e.g. which model found the person for the calibration). */
  note?(message: string): void;
}

export interface PipelineOptions {
  backend: BackendWanted;
  /** Absolute URLs of the model and tfjs-wasm folders. */
  modelBase: string;
  wasmBase: string;
  maxFrames?: number;
  signal?: AbortSignal;
  /** Detection workers at once (default: [detect].workers, else the browser's core count). */
  workers?: number;
  /** [triangulation] people as chosen in the page (default: mocap.toml's). */
  people?: Settings['triangulation']['people'];
}

export interface PipelineResult {
  settings: Settings;
  /** The calibration file used (from the person: calibration.toml as written into the outputs). */
  calibrationFile: InputFile;
  /** Its cameras. */
  calibrationRig: CameraRig;
  /** Videos alone: the calibration from the person's summary and the model that found the person. */
  fromPerson: { lines: string[]; model: string } | null;
  /** Session-relative path → bytes of every file written (pose2d/, output/). */
  outputs: Map<string, Uint8Array>;
  cameras: string[];
  warnings: Warning[];
  notes: string[];
  verdict: string;
  /** Wall time of detection per camera, ms, and its frames/s after the first frame (benchmarks). */
  detectMs: Record<string, number>;
  detectFps: Record<string, number>;
  frames: number;
  /** output/sync.json as written (each camera's start on the reference clock). */
  sync: SyncFile;
  /** With [triangulation] people = "all" or N: output/people.json (each person's outputs in output/person-<n>/); null for one subject. */
  people: PeopleFile | null;
}

const encoder = new TextEncoder();
const bytesOf = (x: ExportContent): Uint8Array => {
  if (typeof x === 'string') return encoder.encode(x);
  if (x instanceof Uint8Array) return x;
  const parts = [...x].map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Runs one camera's detection in its own worker. Rejects with the worker's one-line message. */
function detectCamera(
  job: DetectJob,
  events: PipelineEvents,
  signal: AbortSignal | undefined,
): Promise<{ sequence: PoseSequence2D; seesAnyone: boolean; detectMs: number; framesPerSecond: number }> {
  return new Promise((resolve, reject) => {
    // (Written out so that the bundler builds the worker.)
    const worker = new Worker(new URL('./detectWorker.ts', import.meta.url), { type: 'module' });
    const stop = (): void => {
      worker.terminate();
      reject(new DOMException('cancelled', 'AbortError'));
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    const finish = (): void => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.type === 'backend') events.backend(m.camera, m);
      else if (m.type === 'progress') events.camera(m.camera, m);
      else if (m.type === 'result') {
        finish();
        resolve(m);
      } else if (m.type === 'error') {
        finish();
        reject(new UserError(m.message));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new UserError(`${job.file.name}: the detection worker stopped (${e.message || 'script error'})`));
    };
    worker.postMessage(job);
  });
}

/** Reads and checks the settings and the calibration before any slow work (calibration null: videos alone, from the person). */
export async function readSessionSetup(
  files: SessionFiles,
): Promise<{ settings: Settings; calibration: ReturnType<typeof parseCalibrationText> | null; calibrationFile: InputFile | null }> {
  const settingsPath = files.settingsFile?.path ?? SETTINGS_FILE;
  const { settings } = parseSettings(files.settingsFile ? await files.settingsFile.file.text() : '', settingsPath);
  const calibrationFile = chooseCalibration(files, settings);
  if (!calibrationFile) return { settings, calibration: null, calibrationFile: null };
  const calibration = parseCalibrationText(await calibrationFile.file.text(), calibrationFile.path, settings.project.calibration_units);
  const placed = calibration.rig.cameras.filter((c) => [...c.rotation, ...c.translation].some((x) => x !== 0));
  if (calibration.rig.cameras.length >= 2 && placed.length === 0)
    throw new UserError(
      `${calibrationFile.path} has the cameras' intrinsics but not where they are (every rotation and translation is zero); calibrate the extrinsics with "openmocap calibrate" first`,
    );
  return { settings, calibration, calibrationFile };
}

export type Video = SessionFiles['videos'][number];
export interface Detected {
  named: (PoseSequence2D & { source?: string })[];
  /** Cameras whose video showed someone. */
  seeing: Set<string>;
  failed: string[];
  detectMs: Record<string, number>;
  detectFps: Record<string, number>;
}

/** Detection on every video: one worker per camera, a few at a time; a failed camera is reported, the others go on. */
async function detectAll(videos: Video[], detect: Settings['detect'], opts: PipelineOptions, events: PipelineEvents): Promise<Detected> {
  const finder = resolveFinder(detect);
  const parallel = Math.max(1, Math.min(videos.length, opts.workers ?? (detect.workers || navigator.hardwareConcurrency || 2)));
  const out: Detected = { named: [], seeing: new Set(), failed: [], detectMs: {}, detectFps: {} };
  let next = 0;
  const runNext = async (): Promise<void> => {
    while (next < videos.length) {
      const v = videos[next++];
      if (opts.signal?.aborted) return;
      try {
        const job: DetectJob = {
          camera: v.camera,
          file: v.file,
          model: detect.model,
          finder,
          options: {
            maxPersons: detect.max_persons,
            minPersonScore: detect.min_person_score,
            searchIntervalFrames: detect.search_interval_frames,
            cropPadding: detect.crop_padding,
            recrop: detect.recrop,
            flipTest: detect.flip_test,
            feetIntervalFrames: detect.feet_interval_frames,
          },
          maxDecodeSize: detect.max_decode_size,
          minScore: detect.min_score,
          maxFrames: opts.maxFrames,
          backend: opts.backend,
          modelBase: opts.modelBase,
          wasmBase: opts.wasmBase,
        };
        const r = await detectCamera(job, events, opts.signal);
        out.detectMs[v.camera] = r.detectMs;
        out.detectFps[v.camera] = r.framesPerSecond;
        const bytes = encodePose2d(r.sequence);
        // As the CLI reads it back from pose2d/: the file's name names the camera.
        out.named.push({ ...decodePose2d(bytes, `pose2d/${v.camera}${POSE2D_EXTENSION}`), camera: v.camera, source: v.path });
        if (r.seesAnyone) out.seeing.add(v.camera);
        else events.warning(nobodyInCamera(v.camera, v.path, r.sequence.frames));
        events.camera(v.camera, { done: true });
      } catch (err) {
        if ((err as Error).name === 'AbortError') return;
        const message = (err as Error).message.split('\n')[0];
        out.failed.push(v.camera);
        events.camera(v.camera, { error: message });
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, runNext));
  if (opts.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
  const order = new Map(videos.map((v, i) => [v.camera, i]));
  out.named.sort((a, b) => order.get(a.camera)! - order.get(b.camera)!);
  return out;
}

/** Runs the pipeline on the files of one session. */
export async function runPipeline(files: SessionFiles, opts: PipelineOptions, events: PipelineEvents): Promise<PipelineResult> {
  const setup = await readSessionSetup(files);
  const { settings } = setup;
  if (opts.people !== undefined) settings.triangulation = { ...settings.triangulation, people: opts.people };
  const outputs = new Map<string, Uint8Array>();
  const warnings: Warning[] = [];
  const detect = settings.detect;
  let videos = files.videos;
  if (settings.project.cameras) {
    videos = restrictCameras(videos, settings, `videos in ${files.name}/videos`, files.settingsFile?.path ?? SETTINGS_FILE);
  }
  if (videos.length < 2)
    throw new UserError(
      `only 1 camera (${videos[0]?.camera}) given: openmocap needs 2 or more synchronised cameras; add the other cameras' videos`,
    );

  // --- calibrate: videos alone → the cameras from the person (as `openmocap calibrate --from-person`).
  let calibration = setup.calibration;
  let calibrationFile = setup.calibrationFile;
  let fromPerson: FromPersonInPage | null = null;
  if (!calibration || !calibrationFile) {
    fromPerson = await calibrateInPage(files, videos, settings, opts, events, (v, d) => detectAll(v, d, opts, events));
    for (const [path, bytes] of fromPerson.outputs) outputs.set(path, bytes);
    calibrationFile = {
      path: 'calibration.toml',
      file: new File([fromPerson.calibrationToml], 'calibration.toml', { type: 'text/plain' }),
    };
    calibration = parseCalibrationText(fromPerson.calibrationToml, calibrationFile.path, settings.project.calibration_units);
  }

  // --- detect: the CLI's process keeps --from-person's keypoints when they come from the same model.
  const wanted =
    settings.triangulation.people === 'all' ? 2 : settings.triangulation.people === 'subject' ? 1 : settings.triangulation.people;
  if (wanted > detect.max_persons)
    events.warning(
      `[detect] max_persons = ${detect.max_persons} (${files.settingsFile?.path ?? 'default'}) keeps at most ${detect.max_persons} ${detect.max_persons === 1 ? 'person' : 'people'} per camera, fewer than [triangulation] people = ${JSON.stringify(settings.triangulation.people)} asks for; raise max_persons in mocap.toml to find everyone`,
    );
  events.stage('detect', 'start');
  const reuse = fromPerson?.detected && fromPerson.model === detect.model ? fromPerson.detected : null;
  const found = reuse ?? (await detectAll(videos, detect, opts, events));
  const { named, failed, detectMs, detectFps } = found;
  for (const q of named) outputs.set(`pose2d/${q.camera}${POSE2D_EXTENSION}`, encodePose2d(q));
  for (const c of failed)
    warnings.push({ code: 'camera-failed', message: `camera ${c} was left out: its video could not be processed (see its message)` });
  events.stage(
    'detect',
    failed.length ? 'failed' : 'done',
    failed.length
      ? `${failed.length} camera(s) failed: ${failed.join(', ')}`
      : reuse
        ? `kept the keypoints found for the calibration (${detect.model})`
        : undefined,
  );

  // --- sync (the CLI's sync stage on the same pure functions and [sync] settings: the 2D keypoint
  // motion and the reprojection refinement; the sound is not read in the page, see docs/web-app.md)
  const paired = pairWithCalibration(
    named,
    calibration,
    settings,
    {
      pose2dDir: `${files.name}/pose2d`,
      calibrationRel: calibrationFile.path,
      settingsFile: files.settingsFile?.path ?? SETTINGS_FILE,
      blindFile: (camera, source) => source ?? `${files.name}/videos/${camera}`,
    },
    warnings,
  );
  const { syncFile, sequences } = syncStage(paired.sequences, paired.rig, settings, files, events);
  outputs.set(SYNC_FILE, encoder.encode(syncFile.text));
  const calibrationRel = calibrationFile.path.includes('/') ? calibrationFile.path.split('/').slice(1).join('/') : calibrationFile.path;
  const base = {
    cameras: sequences.map((s) => s.camera),
    calibrationCameras: paired.rig.cameras.map((c) => c.name),
    calibrationFile: calibrationRel,
    warnings: [...paired.warnings, ...syncWarnings(syncFile.file)],
  };
  const done = {
    settings,
    calibrationFile,
    calibrationRig: calibration.rig,
    fromPerson: fromPerson ? { lines: fromPerson.lines, model: fromPerson.model } : null,
    outputs,
    cameras: base.cameras,
    notes: paired.notes,
    detectMs,
    detectFps,
    sync: syncFile.file,
  };

  // --- several people ([triangulation] people = "all" or N): the CLI's people stages, each person in output/person-<n>/
  if (settings.triangulation.people !== 'subject') {
    const run = await runPeopleStages({ session: files.name, settings, sequences, rig: paired.rig, base, outputs, bytesOf, events });
    return { ...done, warnings: base.warnings, verdict: run.verdict, frames: run.frames, people: run.people };
  }

  // --- triangulate (the CLI's triangulate stage, on the same pure functions)
  events.stage('triangulate', 'start');
  const result = triangulate(sequences, paired.rig, settings.triangulation);
  const meta = {
    cameras: base.cameras,
    calibrationCameras: base.calibrationCameras,
    calibrationFile: base.calibrationFile,
    gaps: result.gaps,
    warnings: [...base.warnings, ...result.warnings],
    subject: result.subject,
  };
  const rawBytes = encodePoints3dFile(result.points, meta as unknown as Record<string, unknown>);
  outputs.set(OUTPUT.raw, rawBytes);
  outputs.set(
    OUTPUT.rawTrc,
    bytesOf(formatTrc(result.points, { axes: settings.output.trc_axes, fileName: OUTPUT.rawTrc.split('/').pop() })),
  );
  events.stage('triangulate', 'done', `${meta.cameras.length} cameras, ${result.points.frames} frames`);

  // --- filter
  events.stage('filter', 'start');
  const raw = decodePoints3dFile(rawBytes, OUTPUT.raw);
  const filtered = filterPoints(raw.points, settings.filter);
  const filteredBytes = encodePoints3dFile(filtered, raw.meta);
  outputs.set(OUTPUT.filtered, filteredBytes);
  events.stage('filter', 'done');

  // --- export
  events.stage('export', 'start');
  const file = decodePoints3dFile(filteredBytes, OUTPUT.filtered);
  for (const f of settings.output.formats) outputs.set(EXPORT_FILES[f], bytesOf(await exportFormat(f, file, settings)));
  events.stage('export', 'done', settings.output.formats.join(', '));

  // --- report
  let verdict = '';
  if (settings.output.report) {
    events.stage('report', 'start');
    const report = buildReport({
      sync: syncSectionOf(syncFile.file, paired.sequences, reportMinScore(settings)),
      title: files.name,
      rig: paired.rig,
      sequences,
      raw: raw.points,
      filtered: file.points,
      gaps: meta.gaps,
      warnings: meta.warnings,
      minScore: reportMinScore(settings),
      subject: meta.subject,
      files: [OUTPUT.rawTrc, ...settings.output.formats.map((f) => EXPORT_FILES[f]), OUTPUT.reportHtml, OUTPUT.reportJson],
    });
    outputs.set(OUTPUT.reportHtml, bytesOf(report.html));
    outputs.set(OUTPUT.reportJson, bytesOf(`${JSON.stringify(report.json, null, 1)}\n`));
    verdict = `${report.quality.verdict.level.toUpperCase()}: ${report.quality.verdict.headline}`;
    events.stage('report', 'done', verdict);
  }
  return { ...done, warnings: meta.warnings, verdict, frames: filtered.frames, people: null };
}

/**
 * The sync stage in the page: estimates each camera's start (syncCameras, as `openmocap sync` does, on
 * the 2D keypoints with the reprojection refinement) and puts every camera's 2D on the reference
 * camera's frames exactly as the CLI does after reading output/sync.json back.
 */
function syncStage(
  sequences: PoseSequence2D[],
  rig: ReturnType<typeof pairWithCalibration>['rig'],
  settings: Settings,
  files: SessionFiles,
  events: PipelineEvents,
): { syncFile: { text: string; file: SyncFile }; sequences: PoseSequence2D[] } {
  events.stage('sync', 'start');
  if (settings.sync.method === 'audio')
    throw new UserError(
      `sync.method = "audio" in ${files.settingsFile?.path ?? SETTINGS_FILE}, but the web app does not read the videos' sound; use "auto" or "keypoints" there, or run "openmocap process" on the command line`,
    );
  const r = syncCameras({ sequences, rig }, syncOptionsOf(settings));
  for (const w of r.warnings) events.warning(w.message);
  const text = encodeSyncFile(r);
  const file = parseSyncFile(text, `${SYNC_FILE} could not be written`);
  const others = Object.entries(file.cameras).filter(([, c]) => c.method !== 'reference');
  events.stage(
    'sync',
    'done',
    r.inSync
      ? `reference ${file.reference}; already in sync`
      : `reference ${file.reference}; ${others.map(([n, c]) => `${n} ${c.start_s >= 0 ? '+' : ''}${c.start_s.toFixed(3)} s (${c.method})`).join(', ')}`,
  );
  return { syncFile: { text, file }, sequences: applySync(sequences, syncClocks(file)) };
}
