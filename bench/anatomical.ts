// The anatomical correction judged on motions it was not measured on: the rendered demo (known truth)
// processed with each model for several seeds (different motions and camera headings); for every seed,
// the offsets are the mean of the OTHER seeds' (leave-one-out), so every row is a held-out motion.
// Prints, per model and seed: 3D median error and joint-angle errors without correction, with the
// trunk-only correction (head, shoulders, hips: the set shipped before) and with every joint (limbs
// in their segment frames, heels and toes in the foot frame); then the mean offsets over all seeds,
// which are what src/analysis/anatomicalCorrection.ts ships (MEASURED_OFFSETS).
//   npm run bench -- anatomical
//   OPENMOCAP_BENCH_DEMO_MODELS=a,b   models (default movenet-lightning,blazepose-full)
//   OPENMOCAP_BENCH_DEMO_SEEDS=1,2,…  seeds (default 1–10); OPENMOCAP_BENCH_DEMO_FRAMES=N (default 60)
//   OPENMOCAP_BENCH_DEMO_DIR=dir      keep the processed sessions there and reuse them on the next run
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Points3D } from '../src/core/types.ts';
import { median } from '../src/core/stats.ts';
import { jointAngles } from '../src/analysis/jointAngles.ts';
import {
  applyJointOffsets,
  landmarksAsLayout,
  measureJointOffsets,
  MEASURED_OFFSETS,
  type JointOffsets,
} from '../src/analysis/anatomicalCorrection.ts';
import { buildDemoSession, parseTruthJson } from '../src/demo/buildDemoSession.ts';
import { compareToTruth } from '../src/demo/compareToTruth.ts';
import { decodePoints3dFile } from '../src/formats/points3dFile.ts';
import { OUTPUT, runProcess } from '../src/session/process.ts';

const ANGLES = ['ankle_dorsiflexion', 'foot_progression', 'knee_flexion', 'hip_flexion', 'elbow_flexion', 'shoulder_flexion'];
/** The joints corrected before (trunk frame): head, shoulders, hips. */
const TRUNK = /^(Nose|[LR]Eye|[LR]Ear|[LR]Shoulder|[LR]Hip)$/;
/** Limb joints (offsets in their limb segment's frame). */
const LIMB = /^[LR](Elbow|Wrist|Knee|Ankle)$/;
const VARIANTS = ['none', 'trunk', 'all', 'along'] as const;
type Variant = (typeof VARIANTS)[number];
const LABELS: Record<Variant, string> = {
  none: 'none',
  trunk: 'head, shoulders, hips (trunk frame)',
  all: 'every joint (segment frames)',
  along: 'every joint, limbs along the segment only',
};

interface Take {
  seed: number;
  estimate: Points3D;
  truth: Points3D;
}

/** The demo for `seed` processed with `model` (filtered 3D and truth); reused from `keep` when there. */
async function take(model: string, seed: number, frames: number, keep?: string): Promise<Take> {
  const dir = keep ? join(keep, `${model}-f${frames}-s${seed}`) : mkdtempSync(join(tmpdir(), 'openmocap-anatomical-'));
  try {
    if (!keep || !existsSync(join(dir, 'bench-done'))) {
      mkdirSync(dir, { recursive: true });
      await buildDemoSession(dir, { frames, seed });
      const toml = join(dir, 'mocap.toml');
      writeFileSync(
        toml,
        readFileSync(toml, 'utf8')
          .replace('model = "movenet-lightning"', `model = "${model}"\nfinder = "auto"`)
          .replace(/\nfinder = "same"/, ''),
      );
      await runProcess(dir, {});
      writeFileSync(join(dir, 'bench-done'), '');
    }
    const estimate = decodePoints3dFile(new Uint8Array(readFileSync(join(dir, OUTPUT.filtered))), OUTPUT.filtered).points;
    const truth = parseTruthJson(readFileSync(join(dir, 'ground_truth', 'points3d.json'), 'utf8'));
    return { seed, estimate, truth };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

function meanOffsets(list: JointOffsets[]): JointOffsets {
  const sums: Record<string, [number, number, number][]> = {};
  for (const o of list) for (const [k, v] of Object.entries(o)) (sums[k] ??= []).push(v);
  return Object.fromEntries(
    Object.entries(sums).map(([k, vs]) => [
      k,
      [0, 1, 2].map((c) => vs.reduce((s, v) => s + v[c], 0) / vs.length) as [number, number, number],
    ]),
  );
}

/** 3D median error (mm) and median absolute angle errors (°, both sides) of `estimate` against the truth. */
function judge(estimate: Points3D, truth: Points3D): { mm: number; angles: Map<string, number> } {
  const c = compareToTruth(estimate, truth);
  const a = jointAngles(estimate),
    t = jointAngles(landmarksAsLayout(truth, estimate.layout));
  const angles = new Map<string, number>();
  for (const name of ANGLES) {
    const e: number[] = [];
    for (const side of ['left', 'right']) {
      const x = a.angles.find((s) => s.name === `${side}_${name}`)?.valuesDeg,
        y = t.angles.find((s) => s.name === `${side}_${name}`)?.valuesDeg;
      if (x && y) for (let f = 0; f < Math.min(x.length, y.length); f++) if (Number.isFinite(x[f] - y[f])) e.push(Math.abs(x[f] - y[f]));
    }
    angles.set(name, median(e));
  }
  return { mm: c.medianMm, angles };
}

const f1 = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x.toFixed(1) : '—');

export async function run(): Promise<void> {
  const models = (process.env.OPENMOCAP_BENCH_DEMO_MODELS ?? 'movenet-lightning,blazepose-full').split(',');
  const seeds = (process.env.OPENMOCAP_BENCH_DEMO_SEEDS ?? '1,2,3,4,5,6,7,8,9,10').split(',').map(Number);
  const frames = Number(process.env.OPENMOCAP_BENCH_DEMO_FRAMES) || 60;
  const keep = process.env.OPENMOCAP_BENCH_DEMO_DIR ? resolve(process.env.OPENMOCAP_BENCH_DEMO_DIR) : undefined;
  console.log(
    `# anatomical correction on held-out motions: the demo, ${frames} frames, seeds ${seeds.join(', ')}; offsets of each row from the other seeds`,
  );
  const shipped: Record<string, JointOffsets> = {};
  for (const model of models) {
    const takes: Take[] = [];
    for (const seed of seeds) {
      const t0 = performance.now();
      takes.push(await take(model, seed, frames, keep));
      console.log(`  ${model} seed ${seed}: processed in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
    const own = takes.map((t) => measureJointOffsets(t.estimate, t.truth));
    const pick = (o: JointOffsets, which: Variant): JointOffsets =>
      which === 'none'
        ? {}
        : which === 'trunk'
          ? Object.fromEntries(Object.entries(o).filter(([k]) => TRUNK.test(k)))
          : which === 'all'
            ? o
            : Object.fromEntries(Object.entries(o).map(([k, v]) => [k, LIMB.test(k) ? [0, v[1], 0] : v]));
    console.log(`\n| ${model}: correction | seed | 3D median error, mm | ${ANGLES.map((a) => `${a.replace(/_/g, ' ')}, °`).join(' | ')} |`);
    console.log(`|---|---|---|${ANGLES.map(() => '---|').join('')}`);
    for (const which of VARIANTS) {
      const pooled: number[] = [];
      for (const [i, t] of takes.entries()) {
        const offsets = pick(meanOffsets(own.filter((_, k) => k !== i)), which);
        const r = judge(applyJointOffsets(t.estimate, offsets), t.truth);
        pooled.push(r.mm);
        const label = LABELS[which];
        console.log(`| ${label} | ${t.seed} | ${f1(r.mm)} | ${ANGLES.map((a) => f1(r.angles.get(a))).join(' | ')} |`);
      }
      console.log(`|   median of the seeds | | ${f1(median(pooled))} | |`);
    }
    const layout = takes[0].estimate.layout;
    shipped[layout] = Object.fromEntries(
      Object.entries(meanOffsets(own)).map(([k, v]) => [k, v.map((x) => Math.round(x) || 0) as [number, number, number]]),
    );
    const m = MEASURED_OFFSETS[layout];
    if (m) {
      const rows = takes.map((t) => judge(applyJointOffsets(t.estimate, m.offsets), t.truth));
      console.log(
        `shipped offsets (${layout}, measured on these seeds: not held out): 3D ${rows.map((r) => f1(r.mm)).join(' / ')} mm, ankle ${rows.map((r) => f1(r.angles.get('ankle_dorsiflexion'))).join(' / ')} °`,
      );
    }
  }
  console.log('\nmean offsets over all seeds (mm; segment frames, see anatomicalCorrection.ts):');
  for (const [layout, o] of Object.entries(shipped)) console.log(`  ${layout}: ${JSON.stringify(o)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
