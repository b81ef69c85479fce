// Videos alone: the page calibrates the cameras from the person, as `openmocap calibrate --from-person`
// does (src/calibration/runCalibrateFromPerson.node.ts): the person found with the [calibration]
// person_model and the same detection settings (personDetectSettings), a guessed lens per camera (no
// lens calibration was given), the same pure solve (solveFromPerson → calibrateFromPerson with
// opencv.js), the same [calibration] settings. calibration.toml and the report go into the outputs.
import { UserError, type Warning } from '../src/core/errors.ts';
import { detectSettingsSchema } from '../src/detect/detectSettingsSchema.ts';
import { MODEL_NAMES, type ModelName } from '../src/detect/modelSpecs.ts';
import { guessLens, personDetectSettings, type FromPersonSolved, type FromPersonSolveInput } from '../src/calibration/fromPersonSolve.ts';
import { formatFromPersonReport } from '../src/calibration/fromPersonReport.ts';
import type { CalibrateWorkerMessage } from './calibrateWorker.ts';
import type { Settings } from '../src/session/parseSettings.ts';
import type { Detected, PipelineEvents, PipelineOptions, SessionFiles, Video } from './pipeline.ts';

export interface FromPersonInPage {
  calibrationToml: string;
  /** calibration.toml and calibration-from-person-report.{md,json} (session-relative). */
  outputs: Map<string, Uint8Array>;
  lines: string[];
  /** The model that found the person. */
  model: ModelName;
  detected: Detected;
}

/** solveFromPerson in calibrateWorker.ts; each log line goes to onLog. Cancel terminates the worker. */
export function solveInWorker(
  input: Omit<FromPersonSolveInput, 'log'>,
  onLog: (line: string) => void,
  signal: AbortSignal | undefined,
): Promise<FromPersonSolved> {
  return new Promise((resolve, reject) => {
    // (Written out so that the bundler builds the worker.)
    const worker = new Worker(new URL('./calibrateWorker.ts', import.meta.url), { type: 'module' });
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
    worker.onmessage = (e: MessageEvent<CalibrateWorkerMessage>) => {
      const m = e.data;
      if (m.type === 'log') onLog(m.line);
      else if (m.type === 'result') {
        finish();
        resolve(m.solved);
      } else {
        finish();
        reject(m.user ? new UserError(m.message) : new Error(`calibration from the person failed: ${m.message}`));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(
        new UserError(
          `calibration from the person: its worker stopped (${e.message || 'script error'}); reload the page and try again, or calibrate with "openmocap calibrate --from-person"`,
        ),
      );
    };
    worker.postMessage(input);
  });
}

/** Whether the page can load a model's weights (models/<name>.json next to the page). */
async function modelServed(modelBase: string, model: string): Promise<boolean> {
  try {
    const r = await fetch(`${modelBase}${model}.json`, { method: 'HEAD' });
    return r.ok;
  } catch {
    return false;
  }
}

export async function calibrateInPage(
  files: SessionFiles,
  videos: Video[],
  settings: Settings,
  opts: PipelineOptions,
  events: PipelineEvents,
  detectAll: (videos: Video[], detect: Settings['detect']) => Promise<Detected>,
): Promise<FromPersonInPage> {
  events.stage('calibrate', 'start');
  const cal = settings.calibration;
  const settingsFile = files.settingsFile?.path ?? 'mocap.toml';
  // The person_model when the page has its weights, else the model the page detects with.
  let model: ModelName = cal.person_model;
  if (!(await modelServed(opts.modelBase, model))) {
    const fallback = settings.detect.model;
    if (!MODEL_NAMES.includes(fallback) || !(await modelServed(opts.modelBase, fallback)))
      throw new UserError(
        `calibration from the person: the page cannot load the model ${model} (${opts.modelBase}${model}.json) nor ${fallback}; put <model>.json and .bin into the page's models/ folder, or give calibration.toml`,
      );
    events.note?.(
      `calibration from the person: the person is found with ${fallback} (the [calibration] person_model ${model} is not served by this page: put ${model}.json and ${model}.bin into its models/ folder for the CLI's choice)`,
    );
    model = fallback;
  }
  events.note?.(
    `no calibration given: the cameras are calibrated from the person (as "openmocap calibrate --from-person"), who is found with ${model}`,
  );
  // As the CLI: detection settings from their defaults plus personDetectSettings, not mocap.toml's [detect].
  const detected = await detectAll(videos, detectSettingsSchema.parse(personDetectSettings(model)));
  const leftOut: Warning[] = [];
  for (const c of detected.failed) {
    leftOut.push({ code: 'camera-left-out', message: `${c} is left out: its video could not be processed (see its message)` });
  }
  for (const q of detected.named.filter((q) => !detected.seeing.has(q.camera))) {
    leftOut.push({
      code: 'camera-left-out',
      message: `${q.camera} is left out: nobody in its video; check that it films the person at the same time as the others`,
    });
  }
  const sequences = detected.named.filter((q) => detected.seeing.has(q.camera));
  if (sequences.length < 2)
    throw new UserError(
      `calibration from the person: the person was found in fewer than 2 videos (${sequences.map((q) => q.camera).join(', ') || 'none'}); film one person walking through the whole area every camera sees, or give calibration.toml`,
    );
  // No lens calibration in the page's inputs: every lens guessed, as the CLI does without calibration.toml.
  const guessed = sequences.map((s) => s.camera);
  const cameras = sequences.map((s) => guessLens(s.camera, s.imageWidth, s.imageHeight));
  leftOut.push({
    code: 'lens-guessed',
    message: `no lens calibration for ${guessed.join(', ')} (no calibration.toml given): the focal length is guessed (a 59° field of view across the long side) and every distance scales with it; film a checkerboard and run "openmocap calibrate" for accurate lenses, then give its calibration.toml`,
  });
  events.stage('calibrate', 'start', 'solving (opencv.js)');
  const frames = Math.min(...sequences.map((s) => s.frames));
  const solved = await solveInWorker(
    {
      session: files.name,
      pooled: sequences,
      cameras,
      takes: [{ source: `${files.name}/videos`, frames }],
      model: [...new Set(sequences.map((q) => q.model ?? 'unknown'))].join(', '),
      settings: cal,
      leftOut,
      guessed,
      lensLine: 'lenses: guessed for every camera (no lens calibration)',
      calibratedBy: 'openmocap web app (calibration from the person, as openmocap calibrate --from-person)',
    },
    (line) => events.stage('calibrate', 'start', line.replace(/^from-person: /, '')),
    opts.signal,
  );
  const enc = new TextEncoder();
  const outputs = new Map<string, Uint8Array>([
    ['calibration.toml', enc.encode(solved.calibrationToml)],
    ['calibration-from-person-report.md', enc.encode(formatFromPersonReport(solved.report))],
    ['calibration-from-person-report.json', enc.encode(`${JSON.stringify(solved.report, null, 2)}\n`)],
  ]);
  for (const w of solved.report.warnings) events.warning(w.message);
  events.stage(
    'calibrate',
    'done',
    `${solved.res.cameras.length} cameras placed from the person, reprojection ${solved.res.reprojectionErrorPx.toFixed(2)} px (${settingsFile} [calibration])`,
  );
  return { calibrationToml: solved.calibrationToml, outputs, lines: solved.lines, model, detected };
}
