import { describe, expect, it } from 'vitest';
import { observe, SUBJECT_TRACK_ID } from './observe.ts';
import { generateMotion } from './motion.ts';
import { makeRingRig } from './rig.ts';
import { projectPoints } from '../camera/project.ts';
import { getLayout } from '../core/layouts.ts';
import type { PoseSequence2D } from '../core/types.ts';

const truth = generateMotion({ frames: 60, fps: 30, seed: 2 });
const rig = makeRingRig(4);

/** Subject's keypoints in one frame of one camera, found by track id. */
function subjectAt(seq: PoseSequence2D, f: number): Float32Array {
  for (let p = 0; p < seq.persons; p++) {
    if (seq.trackIds[f * seq.persons + p] === SUBJECT_TRACK_ID) {
      const o = (f * seq.persons + p) * seq.joints * 3;
      return seq.data.subarray(o, o + seq.joints * 3);
    }
  }
  throw new Error('subject not found');
}

describe('observe', () => {
  it('without spoilers gives the exact projection of the truth', () => {
    const seqs = observe(truth, rig);
    expect(seqs.map((s) => s.camera)).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
    for (let c = 0; c < 4; c++) {
      const uv = projectPoints(rig.cameras[c], truth.data.subarray(10 * 26 * 3, 11 * 26 * 3));
      const kp = subjectAt(seqs[c], 10);
      for (let j = 0; j < 26; j++) {
        expect(Math.abs(kp[3 * j] - uv[2 * j])).toBeLessThan(1e-3); // Float32 storage
        expect(Math.abs(kp[3 * j + 1] - uv[2 * j + 1])).toBeLessThan(1e-3);
        expect(kp[3 * j + 2]).toBeGreaterThan(0.5);
      }
    }
  });

  it('adds noise of the requested size and misses the requested fraction', () => {
    const exact = observe(truth, rig, { seed: 3 });
    const noisy = observe(truth, rig, { seed: 3, noisePx: 2, missRate: 0.1 });
    let sq = 0,
      n = 0,
      missed = 0,
      total = 0;
    for (let f = 0; f < truth.frames; f++) {
      const a = subjectAt(exact[0], f),
        b = subjectAt(noisy[0], f);
      for (let j = 0; j < 26; j++) {
        total++;
        if (Number.isNaN(b[3 * j])) {
          missed++;
          continue;
        }
        sq += (a[3 * j] - b[3 * j]) ** 2 + (a[3 * j + 1] - b[3 * j + 1]) ** 2;
        n += 2;
      }
    }
    expect(Math.sqrt(sq / n)).toBeGreaterThan(1.8);
    expect(Math.sqrt(sq / n)).toBeLessThan(2.2);
    expect(missed / total).toBeGreaterThan(0.07);
    expect(missed / total).toBeLessThan(0.13);
  });

  it('swaps left and right labels in a view when asked', () => {
    const L = getLayout('halpe26');
    const exact = observe(truth, rig, { seed: 4 });
    const swapped = observe(truth, rig, { seed: 4, swapRate: 1 });
    const a = subjectAt(exact[1], 5),
      b = subjectAt(swapped[1], 5);
    const lw = L.indexOf.get('LWrist')!,
      rw = L.indexOf.get('RWrist')!;
    expect(b[3 * lw]).toBeCloseTo(a[3 * rw], 3);
    expect(b[3 * rw + 1]).toBeCloseTo(a[3 * lw + 1], 3);
  });

  it('adds bystanders as extra person slots in shuffled order, with stable track ids', () => {
    const seqs = observe(truth, rig, { bystanders: 3, seed: 5 });
    const s = seqs[0];
    expect(s.persons).toBe(4);
    const subjectSlots = new Set<number>();
    for (let f = 0; f < s.frames; f++) {
      for (let p = 0; p < s.persons; p++) if (s.trackIds[f * s.persons + p] === SUBJECT_TRACK_ID) subjectSlots.add(p);
    }
    expect(subjectSlots.size).toBeGreaterThan(1);
    // Some bystander is seen by some camera.
    const seen = seqs.some((q) => Array.from(q.trackIds).some((id) => id > 0));
    expect(seen).toBe(true);
  });

  it('is reproducible for a seed', () => {
    const a = observe(truth, rig, { seed: 9, noisePx: 1, wrongRate: 0.1, bystanders: 2 });
    const b = observe(truth, rig, { seed: 9, noisePx: 1, wrongRate: 0.1, bystanders: 2 });
    expect(Array.from(a[2].data)).toEqual(Array.from(b[2].data));
  });
});
