import { describe, expect, it } from 'vitest';
import { triangulate } from './triangulate.ts';
import { fillGaps } from './fillGaps.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { observe, SUBJECT_TRACK_ID, type ObserveOptions } from '../synthetic/observe.ts';
import type { CameraRig, Points3D, PoseSequence2D } from '../core/types.ts';
import { UserError } from '../core/errors.ts';

const truth = generateMotion({ frames: 120, fps: 30, seed: 4 });
const LENS = [-0.15, 0.04, 0.0007, -0.0004, 0.002];

/** Mean and max 3D error (mm) over the points both have, and how many are missing. */
function error(points: Points3D, ref: Points3D = truth): { meanMm: number; maxMm: number; missing: number } {
  let sum = 0,
    max = 0,
    n = 0,
    missing = 0;
  for (let i = 0; i < ref.data.length; i += 3) {
    const d = Math.hypot(points.data[i] - ref.data[i], points.data[i + 1] - ref.data[i + 1], points.data[i + 2] - ref.data[i + 2]);
    if (!Number.isFinite(d)) {
      missing++;
      continue;
    }
    sum += d;
    max = Math.max(max, d);
    n++;
  }
  return { meanMm: (sum / n) * 1000, maxMm: max * 1000, missing };
}

const run = (rig: CameraRig, opts: ObserveOptions, settings = {}) => triangulate(observe(truth, rig, opts), rig, settings);

describe('triangulate', () => {
  for (const n of [2, 3, 4, 8, 16]) {
    it(`recovers the 3D motion from exact 2D of ${n} distorted cameras to < 0.1 mm`, () => {
      const rig = makeRingRig(n, { distortion: LENS });
      const r = run(rig, { seed: n });
      const e = error(r.points);
      expect(e.missing).toBe(0);
      expect(e.maxMm).toBeLessThan(0.1);
      expect(r.warnings).toEqual([]);
      // Every camera used, reprojection error ~0.
      expect(r.points.cameraMask[0]).toBe(((1 << n) - 1) >>> 0);
      expect(Math.max(...r.points.reprojectionErrorPx)).toBeLessThan(0.01);
    });
  }

  it('recovers the 3D motion through fisheye lenses', () => {
    const rig = makeRingRig(4, { fisheye: true, distortion: [0.05, -0.02, 0.004, -0.001] });
    expect(error(run(rig, {}).points).maxMm).toBeLessThan(0.1);
  });

  for (const n of [4, 8, 16]) {
    it(`with 2 px noise, 10 % wrong keypoints in ${n} cameras stay close to the noise floor`, () => {
      const rig = makeRingRig(n, { distortion: LENS });
      const clean = error(run(rig, { noisePx: 2, seed: 1 }).points);
      const spoiled = error(run(rig, { noisePx: 2, wrongRate: 0.1, seed: 1 }).points);
      expect(clean.meanMm).toBeLessThan(12);
      expect(spoiled.meanMm).toBeLessThan(clean.meanMm * 1.3);
      expect(spoiled.missing).toBeLessThan(truth.frames * truth.joints * 0.002);
    });
  }

  it("scales the outlier threshold with the subject's size: a near subject keeps its noisy views, wrong keypoints still go", () => {
    // Portrait 1080×1920, the subject ~650 px tall (as in the real lab recording), detector noise
    // 10 px: a fixed 15 px threshold throws away good views, a size-scaled one keeps them.
    const rig = makeRingRig(4, { width: 1080, height: 1920, fovDeg: 40, distortion: [-0.1, 0.02, 0, 0, 0] });
    const seqs = observe(truth, rig, { noisePx: 10, wrongRate: 0.1, seed: 3 });
    const camerasPerPoint = (p: Points3D): number => {
      let used = 0,
        points = 0;
      for (const m of p.cameraMask)
        if (m) {
          points++;
          for (let x = m; x; x &= x - 1) used++;
        }
      return used / points;
    };
    const fixed = triangulate(seqs, rig, { max_reprojection_error_ratio: 0 });
    const scaled = triangulate(seqs, rig);
    // 10 % of the views hold wrong keypoints: at most 3.6 of 4 views per keypoint can be right.
    expect(camerasPerPoint(fixed.points)).toBeLessThan(3.3);
    expect(camerasPerPoint(scaled.points)).toBeGreaterThan(3.55);
    expect(camerasPerPoint(scaled.points)).toBeLessThan(3.65);
    expect(error(scaled.points).meanMm).toBeLessThan(error(fixed.points).meanMm * 0.95);
    // Reported errors are in image pixels, of the order of the noise.
    const errs = Array.from(scaled.points.reprojectionErrorPx)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    expect(errs[errs.length >> 1]).toBeGreaterThan(5);
    expect(errs[errs.length >> 1]).toBeLessThan(20);
  });

  it('keeps the pixel threshold for a precise detector (the noise pilot caps the size-scaled one)', () => {
    const rig = makeRingRig(4, { distortion: LENS });
    const seqs = observe(truth, rig, { noisePx: 2, wrongRate: 0.1, swapRate: 0.03, seed: 5 });
    const fixed = triangulate(seqs, rig, { max_reprojection_error_ratio: 0 });
    const scaled = triangulate(seqs, rig);
    expect(Array.from(scaled.points.cameraMask)).toEqual(Array.from(fixed.points.cameraMask));
    expect(error(scaled.points, fixed.points).maxMm).toBeLessThan(1e-6);
  });

  it('excludes the disagreeing camera and says which cameras it used', () => {
    const rig = makeRingRig(6);
    const seqs = observe(truth, rig, { seed: 2 });
    // Camera 3 sees every keypoint 80 px to the right in frame 5.
    const q = seqs[3];
    for (let p = 0; p < q.persons; p++) for (let j = 0; j < q.joints; j++) q.data[((5 * q.persons + p) * q.joints + j) * 3] += 80;
    const r = triangulate(seqs, rig);
    for (let j = 0; j < truth.joints; j++) {
      expect(r.points.cameraMask[5 * truth.joints + j]).toBe(0b110111);
      expect(r.points.cameraMask[6 * truth.joints + j]).toBe(0b111111);
    }
    expect(error(r.points).maxMm).toBeLessThan(0.1);
  });

  for (const n of [4, 8]) {
    it(`corrects views whose left and right are swapped (${n} cameras)`, () => {
      const rig = makeRingRig(n);
      const clean = error(run(rig, { noisePx: 2, seed: 3 }).points);
      const r = run(rig, { noisePx: 2, swapRate: 0.05, seed: 3 });
      expect(r.stats.swappedViews).toBeGreaterThan(0);
      expect(error(r.points).meanMm).toBeLessThan(clean.meanMm * 1.3);
      expect(r.warnings.map((w) => w.code)).toContain('left-right-swapped');
    });
  }

  it('never lets bystanders hijack the subject (shuffled person slots, some walking through)', () => {
    const rig = makeRingRig(4);
    const alone = error(run(rig, { noisePx: 1.5, seed: 6 }).points);
    const r = run(rig, { noisePx: 1.5, bystanders: 3, seed: 6 });
    for (const s of r.subject) expect(s.trackIdsUsed).toEqual([SUBJECT_TRACK_ID]);
    const e = error(r.points);
    expect(e.missing).toBe(0);
    expect(e.meanMm).toBeLessThan(alone.meanMm * 1.1);
    expect(r.warnings.map((w) => w.code)).toContain('several-people');
  });

  it('follows a chosen track id instead when asked', () => {
    const rig = makeRingRig(4);
    const seqs = observe(truth, rig, { bystanders: 2, seed: 8 });
    const r = triangulate(seqs, rig, { subject: 1 });
    for (const s of r.subject) expect(s.trackIdsUsed.every((id) => id === 1)).toBe(true);
    expect(error(r.points).meanMm).toBeGreaterThan(500); // not the subject
  });

  it('rejects a subject table naming an unknown camera with a one-line UserError', () => {
    const rig = makeRingRig(2);
    const seqs = observe(truth, rig, { bystanders: 1 });
    expect(() => triangulate(seqs, rig, { subject: { cam09: 1 } })).toThrow(/triangulation\.subject names camera "cam09"/);
  });

  it('fills short gaps, leaves long ones missing and reports them', () => {
    const rig = makeRingRig(4);
    const seqs = observe(truth, rig, { seed: 9 });
    const blank = (from: number, to: number): void => {
      for (const q of seqs) q.data.fill(NaN, from * q.persons * q.joints * 3, to * q.persons * q.joints * 3);
    };
    blank(10, 14); // 4 frames
    blank(40, 70); // 30 frames
    const r = triangulate(seqs, rig, { max_gap_frames: 10 });
    const J = truth.joints;
    for (let f = 10; f < 14; f++) {
      expect(Number.isFinite(r.points.data[f * J * 3])).toBe(true);
      expect(r.points.cameraMask[f * J]).toBe(0);
      expect(Number.isNaN(r.points.reprojectionErrorPx[f * J])).toBe(true);
    }
    expect(Number.isNaN(r.points.data[50 * J * 3])).toBe(true);
    expect(r.gaps).toHaveLength(J);
    expect(r.gaps[0]).toEqual({ joint: 'Nose', startFrame: 40, frames: 30 });
    expect(r.warnings.map((w) => w.code)).toContain('gaps');
    // Filled frames sit on the smooth motion.
    const e = error(
      { ...r.points, data: r.points.data.slice(10 * J * 3, 14 * J * 3) },
      { ...truth, data: truth.data.slice(10 * J * 3, 14 * J * 3) },
    );
    expect(e.maxMm).toBeLessThan(30);
  });

  it('warns, never crashes, on NaNs, empty frames, a camera with no detections and unequal lengths', () => {
    const rig = makeRingRig(4);
    const seqs = observe(truth, rig, { seed: 10, missRate: 0.2 });
    seqs[2].data.fill(NaN);
    seqs[1] = { ...seqs[1], frames: 100, data: seqs[1].data.slice(0, 100 * seqs[1].persons * seqs[1].joints * 3) };
    const r = triangulate(seqs, rig);
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toContain('camera-empty');
    expect(codes).toContain('frame-count-mismatch');
    expect(r.points.frames).toBe(120);
    expect(r.points.cameraMask.every((m) => (m & 0b100) === 0)).toBe(true);
    expect(error(r.points).meanMm).toBeLessThan(1);
  });

  it('copes with no frames, one camera, a camera without person slots and non-finite scores', () => {
    const rig = makeRingRig(3);
    expect(triangulate(observe(generateMotion({ frames: 0, fps: 30 }), rig), rig).warnings.map((w) => w.code)).toEqual(['no-frames']);
    const one = makeRingRig(1);
    const lonely = triangulate(observe(truth, one), one);
    expect(lonely.warnings.map((w) => w.code)).toContain('too-few-cameras');
    expect(lonely.points.data.every(Number.isNaN)).toBe(true);
    const seqs = observe(truth, rig, { seed: 12 });
    seqs[0].data[2] = Infinity; // score of frame 0, joint 0
    seqs[2] = { ...seqs[2], persons: 0, data: new Float32Array(0), trackIds: new Int32Array(0) };
    const r = triangulate(seqs, rig);
    expect(r.warnings.map((w) => w.code)).toContain('camera-empty');
    expect(error(r.points).maxMm).toBeLessThan(0.1);
  });

  it('scales 2D keypoints detected on uniformly resized videos or videos an encoder resized by a few pixels, warns about other size mismatches', () => {
    const rig = makeRingRig(3);
    const seqs = observe(truth, rig, { seed: 13 });
    const half = seqs[1];
    // Pixel centres at integer coordinates: a resize by s maps u to (u + ½)·s − ½.
    for (let i = 0; i < half.data.length; i += 3) {
      half.data[i] = (half.data[i] + 0.5) / 2 - 0.5;
      half.data[i + 1] = (half.data[i + 1] + 0.5) / 2 - 0.5;
    }
    seqs[1] = { ...half, imageWidth: 640, imageHeight: 360 };
    // An encoder's resize by a few pixels along one axis (1280 → 1272 across, as 1088 → 1080).
    const narrow = seqs[0];
    for (let i = 0; i < narrow.data.length; i += 3) narrow.data[i] = (narrow.data[i] + 0.5) * (1272 / 1280) - 0.5;
    seqs[0] = { ...narrow, imageWidth: 1272 };
    const exact = triangulate(seqs, rig);
    expect(exact.warnings.map((w) => w.code)).toEqual(['image-size-scaled', 'image-size-scaled']);
    expect(exact.warnings[0].message).toMatch(/cam01: .*1272×720.*same picture resized/);
    expect(error(exact.points).maxMm).toBeLessThan(0.1);
    // A crop cannot be undone from the sizes: used as it is, with a warning.
    seqs[2] = { ...seqs[2], imageWidth: 1400 };
    const r = triangulate(seqs, rig);
    expect(r.warnings.map((w) => w.code)).toEqual(['image-size-scaled', 'image-size-scaled', 'image-size-mismatch']);
    expect(r.warnings[2].message).toMatch(/cam03: 2D keypoints are for 1400×720 images but the calibration is 1280×720/);
    expect(error(r.points).maxMm).toBeLessThan(0.1);
  });

  it('honours min_cameras', () => {
    const rig = makeRingRig(4);
    const seqs = observe(truth, rig, { seed: 11 });
    seqs[0].data.fill(NaN);
    seqs[1].data.fill(NaN);
    expect(error(triangulate(seqs, rig, { min_cameras: 2 }).points).missing).toBe(0);
    const r = triangulate(seqs, rig, { min_cameras: 3 });
    expect(error(r.points).missing).toBe(truth.frames * truth.joints);
    expect(r.gaps).toHaveLength(truth.joints);
  });

  it('throws a UserError when cameras and 2D sequences do not match', () => {
    const rig = makeRingRig(3);
    const seqs = observe(truth, rig);
    expect(() => triangulate(seqs.slice(0, 2), rig)).toThrow(UserError);
    const coco: PoseSequence2D = { ...seqs[1], layout: 'coco17', joints: 17 };
    expect(() => triangulate([seqs[0], coco, seqs[2]], rig)).toThrow(/same model/);
  });
});

describe('fillGaps', () => {
  it('interpolates a gap of at most maxGapFrames and reports longer ones and those at the ends', () => {
    const frames = 20;
    const data = new Float64Array(frames * 3);
    for (let f = 0; f < frames; f++) data.set([f, 2 * f, 3], f * 3);
    for (const f of [0, 5, 6, 12, 13, 14, 15]) data.fill(NaN, f * 3, f * 3 + 3);
    const filled = new Uint8Array(frames);
    const gaps = fillGaps(data, frames, 1, 2, 'linear', filled);
    expect(Array.from(data.slice(15, 21))).toEqual([5, 10, 3, 6, 12, 3]);
    expect(gaps).toEqual([
      { joint: 0, startFrame: 0, frames: 1 },
      { joint: 0, startFrame: 12, frames: 4 },
    ]);
    expect(Array.from(filled)).toEqual(Array.from({ length: frames }, (_, f) => (f === 5 || f === 6 ? 1 : 0)));
  });

  it('cubic filling follows a curved path better than a straight line', () => {
    const frames = 30;
    const truthXs = Array.from({ length: frames }, (_, f) => Math.sin(f / 5));
    const make = (): Float64Array => {
      const d = new Float64Array(frames * 3);
      truthXs.forEach((x, f) => d.set([x, 0, 0], f * 3));
      d.fill(NaN, 10 * 3, 16 * 3);
      return d;
    };
    const lin = make(),
      cub = make();
    fillGaps(lin, frames, 1, 10, 'linear', new Uint8Array(frames));
    fillGaps(cub, frames, 1, 10, 'cubic', new Uint8Array(frames));
    let eLin = 0,
      eCub = 0;
    for (let f = 10; f < 16; f++) {
      eLin += Math.abs(lin[f * 3] - truthXs[f]);
      eCub += Math.abs(cub[f * 3] - truthXs[f]);
    }
    expect(eCub).toBeLessThan(eLin / 3);
  });
});

describe('triangulate input checks', () => {
  it('blames a camera whose 2D is at odds with its own layout on that camera alone (not "cam01 … but cam01")', () => {
    const truth = generateMotion({ frames: 3, fps: 30, layout: 'coco17', seed: 1 });
    const rig = makeRingRig(3);
    const seqs = observe(truth, rig, { seed: 1 });
    const bad = [{ ...seqs[0], layout: 'halpe26' }, ...seqs.slice(1)];
    let err: unknown;
    try {
      triangulate(bad, rig);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const msg = (err as Error).message;
    expect(msg).toContain(`2D keypoints of camera ${seqs[0].camera} hold 17 joints per person but their layout halpe26 has 26`);
    expect(msg.split(seqs[0].camera).length - 1).toBe(1);
    expect(() => triangulate([{ ...seqs[0], layout: 'nope' }, ...seqs.slice(1)], rig)).toThrow(/unknown layout "nope"; known: coco17/);
  });
});
