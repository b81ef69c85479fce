import { describe, expect, it } from 'vitest';
import type { Points3D } from '../core/types.ts';
import { makeUnsyncedTake, type UnsyncedCamera } from '../synthetic/unsyncedTake.ts';
import { createRandom } from '../core/random.ts';
import { triangulate } from '../triangulate/triangulate.ts';
import { crossCorrelate } from './crossCorrelate.ts';
import { resampleSequence } from './resampleSequence.ts';
import { applySync, syncCameras } from './syncCameras.ts';

/** A smooth random signal (sum of sines) sampled at rateHz from t0. */
function smoothSignal(n: number, rateHz: number, t0: number, seed = 3): Float64Array {
  const rand = createRandom(seed);
  const parts = Array.from({ length: 12 }, () => ({ f: 0.2 + 3 * rand.uniform(), p: 2 * Math.PI * rand.uniform(), a: rand.uniform() }));
  return Float64Array.from({ length: n }, (_, i) =>
    parts.reduce((s, q) => s + q.a * Math.sin(2 * Math.PI * q.f * (t0 + i / rateHz) + q.p), 0),
  );
}

/** Mean 3D error (mm) against the truth over the frames and joints both have. */
function meanErrorMm(points: Points3D, truth: Points3D): number {
  let sum = 0,
    n = 0;
  for (let i = 0; i < Math.min(points.data.length, truth.data.length); i += 3) {
    const d = Math.hypot(points.data[i] - truth.data[i], points.data[i + 1] - truth.data[i + 1], points.data[i + 2] - truth.data[i + 2]);
    if (Number.isFinite(d)) {
      sum += d;
      n++;
    }
  }
  return (sum / n) * 1000;
}

const F = 1 / 60;

describe('crossCorrelate', () => {
  it('finds a sub-sample lag by parabolic peak interpolation', () => {
    const a = smoothSignal(2000, 100, 0);
    const b = smoothSignal(1500, 100, 3.4567); // b(t) = a(t + 3.4567 s)
    const peak = crossCorrelate(a, b, -500, 500, { minOverlap: 300 });
    expect(peak.lag / 100).toBeCloseTo(3.4567, 3);
    expect(peak.confidence).toBeGreaterThan(0.9);
  });

  it('gives a confidence near 0 for unrelated noise', () => {
    const rand = createRandom(9);
    const a = Float64Array.from({ length: 1000 }, () => rand.normal());
    const b = Float64Array.from({ length: 1000 }, () => rand.normal());
    expect(crossCorrelate(a, b, -200, 200, { minOverlap: 400 }).confidence).toBeLessThan(0.2);
  });
});

describe('resampleSequence', () => {
  it("interpolates keypoints at fractional instants by each frame's own timestamp (variable frame rate)", () => {
    const take = makeUnsyncedTake([{ startS: 0, fps: 30, durationS: 2, jitter: 0.3 }], { noisePx: 0, missRate: 0 });
    const seq = take.sequences[0];
    // Instants between frames, against the interpolation of the two frames either side by their timestamps.
    const targets = Float64Array.from({ length: 40 }, (_, k) => k * 41.7);
    const r = resampleSequence(seq, { startS: 0 }, targets, 24);
    expect(r.frames).toBe(40);
    expect(Array.from(r.timestampsMs)).toEqual(Array.from(targets));
    expect(r.fps).toBe(24);
    let worst = 0,
      compared = 0;
    const row = seq.joints * 3;
    for (let k = 1; k < 40; k++) {
      const i = seq.timestampsMs.findIndex((ms) => ms > targets[k]) - 1;
      const w = (targets[k] - seq.timestampsMs[i]) / (seq.timestampsMs[i + 1] - seq.timestampsMs[i]);
      for (let j = 0; j < row; j += 3) {
        const expected = seq.data[i * row + j] * (1 - w) + seq.data[(i + 1) * row + j] * w;
        worst = Math.max(worst, Math.abs(r.data[k * row + j] - expected));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(worst).toBeLessThan(1e-3);
  });

  it('leaves instants before the camera started and after it stopped empty', () => {
    const take = makeUnsyncedTake([{ startS: 0, fps: 60, durationS: 1 }], { noisePx: 0, missRate: 0 });
    const targets = Float64Array.from({ length: 120 }, (_, k) => (k * 1000) / 60);
    const r = resampleSequence(take.sequences[0], { startS: 0.5 }, targets, 60);
    expect(Number.isNaN(r.data[10 * r.joints * 3])).toBe(true); // 0.17 s: not started yet
    expect(Number.isFinite(r.data[40 * r.joints * 3])).toBe(true); // 0.67 s
    expect(Number.isNaN(r.data[100 * r.joints * 3])).toBe(true); // 1.67 s: stopped at 1.48 s
  });
});

interface Case {
  name: string;
  cameras: UnsyncedCamera[];
}
const D = 20;
const CASES: Case[] = [
  {
    name: 'whole-frame offsets',
    cameras: [
      { startS: 0, fps: 60, durationS: D },
      { startS: 1.5, fps: 60, durationS: D },
      { startS: -45 * F, fps: 60, durationS: D },
      { startS: 192 * F, fps: 60, durationS: D },
    ],
  },
  {
    name: 'sub-frame offsets (0.37 frame)',
    cameras: [
      { startS: 0, fps: 60, durationS: D },
      { startS: 0.37 * F, fps: 60, durationS: D },
      { startS: 120.37 * F, fps: 60, durationS: D },
      { startS: -1.13 * F, fps: 60, durationS: D },
    ],
  },
  {
    name: 'a 30 fps camera beside 60 fps ones and a variable-frame-rate phone',
    cameras: [
      { startS: 0, fps: 60, durationS: D },
      { startS: 0.8, fps: 30, durationS: D },
      { startS: -0.4, fps: 60, durationS: D, jitter: 0.2 },
      { startS: 6.37 * F, fps: 60, durationS: D },
    ],
  },
];

describe('syncCameras', () => {
  for (const c of CASES) {
    it(`recovers ${c.name} within 0.25 frame, and the 3D error stays within 10 % of the synchronised take's`, () => {
      const take = makeUnsyncedTake(c.cameras);
      const result = syncCameras({ sequences: take.sequences, rig: take.rig });
      expect(result.warnings).toEqual([]);
      expect(result.inSync).toBe(false);
      c.cameras.forEach((cam, i) => {
        const got = result.cameras[take.sequences[i].camera];
        expect(Math.abs(got.startS - cam.startS) / F).toBeLessThan(0.25);
        // the speed profiles alone are within half a frame
        if (i > 0) expect(Math.abs(got.signals.keypoints!.startS - cam.startS) / F).toBeLessThan(0.5);
      });
      const aligned = applySync(take.sequences, result);
      expect(aligned.every((s) => s.frames === take.sequences[0].frames && s.fps === 60)).toBe(true);
      const tri = triangulate(aligned, take.rig).points;
      // The same cameras, all started together at 60 fps.
      const synced = makeUnsyncedTake(c.cameras.map((cam) => ({ ...cam, startS: 0, fps: 60, jitter: 0 })));
      const triSynced = triangulate(synced.sequences, synced.rig).points;
      // Compare over the frames every camera covers.
      const first = Math.ceil(Math.max(...c.cameras.map((cam) => cam.startS)) * 60) + 1;
      const last = Math.floor(Math.min(...c.cameras.map((cam) => cam.startS + cam.durationS)) * 60) - 2;
      const cut = (p: Points3D): Points3D => ({
        ...p,
        frames: last - first,
        data: p.data.subarray(first * p.joints * 3, last * p.joints * 3),
      });
      const err = meanErrorMm(cut(tri), cut(take.truth));
      const errSynced = meanErrorMm(cut(triSynced), cut(synced.truth));
      expect(err).toBeLessThanOrEqual(errSynced * 1.1);
    });
  }

  it('calls a take already in sync in sync and leaves its 2D as it is', () => {
    const take = makeUnsyncedTake([0, 1, 2, 3].map(() => ({ startS: 0, fps: 60, durationS: 10 })));
    const result = syncCameras({ sequences: take.sequences, rig: take.rig });
    expect(result.inSync).toBe(true);
    for (const cs of Object.values(result.cameras)) expect(cs.startS).toBe(0);
    expect(applySync(take.sequences, result)).toBe(take.sequences);
  });

  it('says it cannot tell when the subject stands still, and applies no offset', () => {
    const take = makeUnsyncedTake(
      [
        { startS: 0, fps: 60, durationS: 10 },
        { startS: 1.2, fps: 60, durationS: 10 },
        { startS: -0.5, fps: 60, durationS: 10 },
      ],
      { still: true },
    );
    const result = syncCameras({ sequences: take.sequences, rig: take.rig });
    for (const name of ['cam02', 'cam03']) {
      expect(result.cameras[name].confidence).toBeLessThan(0.5);
      expect(result.cameras[name].method).toBe('unknown');
      expect(result.cameras[name].startS).toBe(0);
    }
    expect(result.warnings.filter((w) => w.code === 'sync-low-confidence')).toHaveLength(2);
    expect(result.warnings[0].message).toContain('clap once in view of every camera at the start');
  });

  it('measures clock drift on a 3-minute take', () => {
    const take = makeUnsyncedTake([
      { startS: 0, fps: 30, durationS: 180 },
      { startS: 2.3, fps: 30, durationS: 180, ratePpm: 100 },
      { startS: -1, fps: 30, durationS: 180, ratePpm: -60 },
    ]);
    const result = syncCameras({ sequences: take.sequences });
    expect(result.cameras.cam02.ratePpm).toBeGreaterThan(80);
    expect(result.cameras.cam02.ratePpm).toBeLessThan(120);
    expect(result.cameras.cam03.ratePpm).toBeGreaterThan(-80);
    expect(result.cameras.cam03.ratePpm).toBeLessThan(-40);
    expect(Math.abs(result.cameras.cam02.startS - 2.3) * 30).toBeLessThan(0.25);
  });

  it('uses a manual start_s over every estimate, and method "none" applies none', () => {
    const take = makeUnsyncedTake([
      { startS: 0, fps: 60, durationS: 5 },
      { startS: 0.5, fps: 60, durationS: 5 },
    ]);
    expect(syncCameras({ sequences: take.sequences }, { startS: { cam02: 0.25 } }).cameras.cam02).toMatchObject({
      startS: 0.25,
      method: 'manual',
    });
    expect(syncCameras({ sequences: take.sequences }, { method: 'none' }).cameras.cam02).toMatchObject({ startS: 0, method: 'none' });
  });

  it("puts a 30 fps camera on the 60 fps reference's frame times even without any offset", () => {
    const take = makeUnsyncedTake(
      [
        { startS: 0, fps: 60, durationS: 2 },
        { startS: 0, fps: 30, durationS: 2 },
      ],
      { noisePx: 0, missRate: 0 },
    );
    const [, cam] = applySync(take.sequences, undefined);
    expect(cam.frames).toBe(take.sequences[0].frames);
    expect(cam.fps).toBe(60);
    // Frame 31 (0.517 s) lies between the 30 fps camera's frames 15 and 16: the mean of the two.
    const j = 0,
      o30 = (f: number) => f * cam.joints * 3 + j * 3;
    expect(cam.data[o30(31)]).toBeCloseTo((take.sequences[1].data[o30(15)] + take.sequences[1].data[o30(16)]) / 2, 3);
  });
});
