// Pose detection throughput and accuracy on the real four-camera recording (1080×1920, 4 × 100 frames):
// openmocap's pipeline (decode + crops + tracking, one wasm backend per worker thread) against
// @vladmandic/human's own Node pipeline with the same model on the same frames, same number of workers.
// Without ground truth, accuracy is measured by multi-view consistency: each joint seen by the four
// calibrated cameras is triangulated (DLT) and reprojected; better 2D keypoints agree better.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Matrix, SVD } from 'ml-matrix';
import { getLayout } from '../src/core/layouts.ts';
import type { Camera, PoseSequence2D } from '../src/core/types.ts';
import { prepareCamera, projectPoints, undistortPoints, rotationMatrix } from '../src/camera/project.ts';
import { readCalibrationFile } from '../src/io/calibration.ts';
import { createDetectPool } from '../src/detect/detectPool.ts';
import { detectSettingsSchema } from '../src/detect/detectSettingsSchema.ts';
import { resolveFinder } from '../src/detect/runDetect.ts';
import { ensureModel, loadModel } from '../src/detect/models.ts';
import { cropToFrame, fullFrameCrop, sampleCrop } from '../src/detect/crop.ts';
import { detectPersons, initialDetectState } from '../src/detect/detectPersons.ts';
import { modelCacheDir } from '../src/detect/modelCache.ts';
import { decodeFrames } from '../src/video/decode.ts';

const here = dirname(fileURLToPath(import.meta.url));
const data = resolve(here, '../../shared/data/pose2sim-demo');
const videosDir = join(data, 'single-person/videos');
const CAMERAS = ['cam01', 'cam02', 'cam03', 'cam04'];
/** Joints both layouts share, compared by name. */
const BODY = [
  'Nose',
  'LShoulder',
  'RShoulder',
  'LElbow',
  'RElbow',
  'LWrist',
  'RWrist',
  'LHip',
  'RHip',
  'LKnee',
  'RKnee',
  'LAnkle',
  'RAnkle',
];
const MIN_SCORE = 0.3;
/** Frames per camera (OPENMOCAP_BENCH_FRAMES; default all 100). */
const FRAMES = Number(process.env.OPENMOCAP_BENCH_FRAMES) || undefined;

/** Per camera, per frame: BODY joints as [x, y, score] (NaN when missing). */
type Tracks2D = Map<string, Float32Array[]>;

// ---------- multi-view consistency ----------

function triangulate(cams: Camera[], uv: [number, number][]): [number, number, number] {
  const rows: number[][] = [];
  cams.forEach((cam, i) => {
    const n = undistortPoints(cam, uv[i]);
    const R = rotationMatrix(cam.rotation);
    const t = cam.translation;
    const P = [0, 1, 2].map((r) => [R[r * 3], R[r * 3 + 1], R[r * 3 + 2], t[r]]);
    rows.push(P[0].map((v, k) => n[0] * P[2][k] - v));
    rows.push(P[1].map((v, k) => n[1] * P[2][k] - v));
  });
  const V = new SVD(new Matrix(rows)).rightSingularVectors;
  const X = V.getColumn(3);
  return [X[0] / X[3], X[1] / X[3], X[2] / X[3]];
}

/** Mean reprojection error (px) over joints seen confidently by ≥ 3 cameras, and how many such joints. */
function consistency(
  tracks: Tracks2D,
  cams: Camera[],
  worst?: { px: number; what: string }[],
): { meanPx: number; medianPx: number; joints: number } {
  const errs: number[] = [];
  const frames = Math.min(...CAMERAS.map((c) => tracks.get(c)?.length ?? 0));
  for (let f = 0; f < frames; f++) {
    for (let j = 0; j < BODY.length; j++) {
      const use: number[] = [];
      const uv: [number, number][] = [];
      CAMERAS.forEach((c, i) => {
        const kp = tracks.get(c)![f];
        if (kp[j * 3 + 2] >= MIN_SCORE) {
          use.push(i);
          uv.push([kp[j * 3], kp[j * 3 + 1]]);
        }
      });
      if (use.length < 3) continue;
      const X = triangulate(
        use.map((i) => cams[i]),
        uv,
      );
      let e = 0;
      const perCam: string[] = [];
      use.forEach((i, k) => {
        const p = projectPoints(prepareCamera(cams[i]), X);
        const d = Math.hypot(p[0] - uv[k][0], p[1] - uv[k][1]);
        e += d;
        perCam.push(`${CAMERAS[i]} ${d.toFixed(0)}`);
      });
      errs.push(e / use.length);
      worst?.push({ px: e / use.length, what: `frame ${f} ${BODY[j]}: ${perCam.join(', ')}` });
    }
  }
  errs.sort((a, b) => a - b);
  return {
    meanPx: errs.reduce((a, b) => a + b, 0) / Math.max(1, errs.length),
    medianPx: errs[errs.length >> 1] ?? NaN,
    joints: errs.length,
  };
}

function bodyFromSequence(seq: PoseSequence2D): Float32Array[] {
  const L = getLayout(seq.layout);
  const idx = BODY.map((n) => L.indexOf.get(n)!);
  const out: Float32Array[] = [];
  for (let f = 0; f < seq.frames; f++) {
    // The subject: the person slot with the highest mean score in this frame.
    let best = -1,
      bestScore = -1;
    for (let p = 0; p < seq.persons; p++) {
      if (seq.trackIds[f * seq.persons + p] < 0) continue;
      let s = 0;
      for (let j = 0; j < seq.joints; j++) s += seq.data[((f * seq.persons + p) * seq.joints + j) * 3 + 2] || 0;
      if (s > bestScore) [best, bestScore] = [p, s];
    }
    const kp = new Float32Array(BODY.length * 3).fill(NaN);
    if (best >= 0) {
      idx.forEach((j, k) => {
        const b = ((f * seq.persons + best) * seq.joints + j) * 3;
        kp.set([seq.data[b], seq.data[b + 1], seq.data[b + 2]], k * 3);
      });
    }
    out.push(kp);
  }
  return out;
}

// ---------- openmocap ----------

async function runOpenmocap(
  model: string,
  workers: number,
  maxPersons: number,
): Promise<{ fps: number; cpuMsPerFrame: number; tracks: Tracks2D; score: number }> {
  const decode = process.env.OPENMOCAP_BENCH_DECODE;
  const s = detectSettingsSchema.parse({ model, max_persons: maxPersons, ...(decode ? { max_decode_size: Number(decode) } : {}) });
  const finder = resolveFinder(s);
  ensureModel(model, (m) => console.log(`  ${m}`));
  if (finder) ensureModel(finder, (m) => console.log(`  ${m}`));
  const pool = createDetectPool({
    model,
    finder,
    workers,
    options: {
      maxPersons,
      minPersonScore: s.min_person_score,
      searchIntervalFrames: s.search_interval_frames,
      cropPadding: s.crop_padding,
    },
  });
  try {
    await pool.ready();
    const c0 = cpuSeconds();
    const t0 = performance.now();
    const seqs = await Promise.all(
      CAMERAS.map((c) =>
        pool.detect(join(videosDir, `${c}.mp4`), c, { maxDecodeSize: s.max_decode_size, minScore: s.min_score, maxFrames: FRAMES }),
      ),
    );
    const seconds = (performance.now() - t0) / 1000;
    const frames = seqs.reduce((a, q) => a + q.frames, 0);
    const tracks: Tracks2D = new Map(seqs.map((q) => [q.camera, bodyFromSequence(q)]));
    return { fps: frames / seconds, cpuMsPerFrame: ((cpuSeconds() - c0) * 1000) / frames, tracks, score: meanScore(tracks) };
  } finally {
    await pool.close();
  }
}

function meanScore(tracks: Tracks2D): number {
  let s = 0,
    n = 0;
  for (const frames of tracks.values()) for (const kp of frames) for (let j = 2; j < kp.length; j += 3) [s, n] = [s + (kp[j] || 0), n + 1];
  return s / Math.max(1, n);
}

// ---------- @vladmandic/human ----------

async function serveModels(): Promise<{ url: string; close: () => void }> {
  const human = join(dirname(dirname(createRequireResolve('@vladmandic/human'))), 'models');
  const dirs = [human, modelCacheDir()];
  const server = createServer((req, res) => {
    const f = dirs.map((d) => join(d, basename(req.url ?? ''))).find((p) => existsSync(p));
    if (!f) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.end(readFileSync(f));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

function createRequireResolve(id: string): string {
  return createRequire(import.meta.url).resolve(id);
}

/** CPU seconds used by this process (all threads) and its finished children (ffmpeg), from /proc. */
function cpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return NaN;
  }
}

async function runHuman(
  model: string,
  workers: number,
  modelBaseUrl: string,
): Promise<{ fps: number; cpuMsPerFrame: number; tracks: Tracks2D; score: number }> {
  ensureModel(model);
  if (model.startsWith('blazepose')) ensureModel('blazepose-detector');
  const ws = Array.from(
    { length: workers },
    () => new Worker(join(here, 'detectHumanWorker.cjs'), { workerData: { model, modelBaseUrl } }),
  );
  const handlers = new Map<Worker, (m: { type: string; message?: string; index: number; keypoints?: unknown }) => void>();
  ws.forEach((w) => w.on('message', (m) => handlers.get(w)?.(m)));
  const call = (w: Worker, msg: object, transfer: ArrayBuffer[] = []) => w.postMessage(msg, transfer);
  try {
    await Promise.all(
      ws.map(
        (w) =>
          new Promise<void>((res, rej) => {
            handlers.set(w, (m) => (m.type === 'ready' ? res() : rej(new Error(m.message))));
            call(w, { type: 'init', width: 1080, height: 1920 });
          }),
      ),
    );
    const tracks: Tracks2D = new Map();
    const queue = [...CAMERAS];
    const c0 = cpuSeconds();
    const t0 = performance.now();
    let frames = 0;
    await Promise.all(
      ws.map(async (w) => {
        for (let cam = queue.shift(); cam; cam = queue.shift()) {
          const out: Float32Array[] = [];
          tracks.set(cam, out);
          let inflight = 0;
          let wake: (() => void) | undefined;
          let failure: Error | undefined;
          handlers.set(w, (m) => {
            if (m.type === 'error') failure = new Error(m.message);
            else {
              const kp = new Float32Array(BODY.length * 3).fill(NaN);
              for (const k of m.keypoints as { part: string; x: number; y: number; score: number }[]) {
                const name = k.part
                  .replace(/^left/, 'L')
                  .replace(/^right/, 'R')
                  .replace(/^nose$/, 'Nose');
                const j = BODY.indexOf(name);
                if (j >= 0) kp.set([k.x, k.y, k.score], j * 3);
              }
              out[m.index] = kp;
              frames++;
            }
            inflight--;
            wake?.();
          });
          for await (const f of decodeFrames(join(videosDir, `${cam}.mp4`), { threads: 1, maxFrames: FRAMES })) {
            while (inflight >= 3) await new Promise<void>((r) => (wake = r));
            if (failure) throw failure;
            inflight++;
            call(w, { type: 'frame', index: f.index, width: f.width, height: f.height, rgb: f.rgb }, [f.rgb.buffer as ArrayBuffer]);
          }
          while (inflight > 0) await new Promise<void>((r) => (wake = r));
          if (failure) throw failure;
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    return { fps: frames / seconds, cpuMsPerFrame: ((cpuSeconds() - c0) * 1000) / frames, tracks, score: meanScore(tracks) };
  } finally {
    await Promise.all(ws.map((w) => w.terminate()));
  }
}

// ---------- crop gain ----------

/** Same model, in one thread, on every 5th frame: the whole frame letterboxed once vs. openmocap's person crops. */
async function cropGain(model: string, cams: Camera[]): Promise<void> {
  const pose = await loadModel(model);
  const whole: Tracks2D = new Map();
  const cropped: Tracks2D = new Map();
  const L = getLayout(pose.spec.layout);
  const idx = BODY.map((n) => L.indexOf.get(n)!);
  const pick = (kp: Float32Array) => {
    const o = new Float32Array(BODY.length * 3);
    idx.forEach((j, k) => o.set([kp[j * 3], kp[j * 3 + 1], kp[j * 3 + 2]], k * 3));
    return o;
  };
  for (const c of CAMERAS) {
    whole.set(c, []);
    cropped.set(c, []);
    let state = initialDetectState();
    for await (const f of decodeFrames(join(videosDir, `${c}.mp4`), { threads: 1, maxFrames: FRAMES })) {
      // Tracking runs on every frame (as in production); both variants are scored on every 5th.
      const r = await detectPersons(
        f,
        state,
        { pose },
        { maxPersons: 1, minPersonScore: 0.25, searchIntervalFrames: 30, cropPadding: 1.35 },
      );
      state = r.state;
      if (f.index % 5) continue;
      const crop = fullFrameCrop(f.width, f.height);
      const [p] = await pose.estimate(sampleCrop(f.rgb, f.width, f.height, crop, pose.spec.inputSize));
      whole.get(c)!.push(pick(cropToFrame(p.keypoints, crop)));
      cropped.get(c)!.push(r.persons[0] ? pick(r.persons[0].keypoints) : new Float32Array(BODY.length * 3).fill(NaN));
    }
  }
  pose.dispose();
  const a = consistency(whole, cams),
    b = consistency(cropped, cams);
  console.log(
    `  crop gain, ${model}: whole frame → mean score ${meanScore(whole).toFixed(3)}, reprojection ${a.meanPx.toFixed(1)} px mean / ${a.medianPx.toFixed(1)} px median (${a.joints} joints); ` +
      `person crops → mean score ${meanScore(cropped).toFixed(3)}, ${b.meanPx.toFixed(1)} px / ${b.medianPx.toFixed(1)} px (${b.joints} joints)`,
  );
}

export async function run(): Promise<void> {
  console.log(`# detect: 2D pose, end to end (decode + detect), 4 cameras × ${FRAMES ?? 100} frames, 1080×1920`);
  if (!existsSync(videosDir)) {
    console.log('  skipped: ../shared/data/pose2sim-demo is absent');
    return;
  }
  const { rig } = readCalibrationFile(join(data, 'calibration/Calib_qualisys.toml'));
  const cams = CAMERAS.map((c) => rig.cameras.find((k) => k.name.replace(/[^0-9]/g, '').padStart(2, '0') === c.slice(3))!);
  const workers = Number(process.env.OPENMOCAP_BENCH_WORKERS) || availableParallelism();
  const models = (process.env.OPENMOCAP_BENCH_MODELS ?? 'movenet-lightning,movenet-thunder').split(',');
  const server = await serveModels();
  console.log(
    `  ${workers} worker threads (load average now ${loadavg()[0].toFixed(1)}); CPU ms/frame counts every thread and the ffmpeg children; accuracy = reprojection error after 4-view DLT with the Qualisys calibration (joints with score ≥ ${MIN_SCORE} in ≥ 3 views)`,
  );
  try {
    for (const model of models) {
      const ours = await runOpenmocap(model, workers, 1);
      // OPENMOCAP_BENCH_WORST=N: also print the N worst joints (frame, joint, each camera's reprojection px).
      const nWorst = Number(process.env.OPENMOCAP_BENCH_WORST) || 0;
      const worst: { px: number; what: string }[] = [];
      const oc = consistency(ours.tracks, cams, nWorst ? worst : undefined);
      if (nWorst) {
        worst.sort((a, b) => b.px - a.px);
        for (const w of worst.slice(0, nWorst)) console.log(`    ${w.px.toFixed(0).padStart(4)} px  ${w.what}`);
      }
      let line = `  ${model.padEnd(18)} openmocap ${ours.fps.toFixed(1).padStart(5)} frames/s (${ours.cpuMsPerFrame.toFixed(0)} CPU ms/frame), score ${ours.score.toFixed(3)}, reprojection ${oc.meanPx.toFixed(1)} px (median ${oc.medianPx.toFixed(1)}, ${oc.joints} joints)`;
      if (!model.startsWith('movenet-multipose') && process.env.OPENMOCAP_BENCH_HUMAN !== '0') {
        try {
          const h = await runHuman(model, workers, server.url);
          const hc = consistency(h.tracks, cams);
          line += ` | human ${h.fps.toFixed(1).padStart(5)} frames/s (${h.cpuMsPerFrame.toFixed(0)} CPU ms/frame), score ${h.score.toFixed(3)}, reprojection ${hc.meanPx.toFixed(1)} px (median ${hc.medianPx.toFixed(1)}, ${hc.joints} joints) | speed ratio ${(ours.fps / h.fps).toFixed(2)}×`;
        } catch (err) {
          line += ` | human failed: ${(err as Error).message.split('\n')[0]}`;
        }
      }
      console.log(line);
    }
    if (process.env.OPENMOCAP_BENCH_CROP !== '0') await cropGain('movenet-lightning', cams);
  } finally {
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
