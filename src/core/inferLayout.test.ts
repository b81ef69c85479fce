import { describe, expect, it } from 'vitest';
import { getLayout, layoutNames } from './layouts.ts';
import { inferLayout } from './inferLayout.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { observe } from '../synthetic/observe.ts';
import { makeRingRig } from '../synthetic/rig.ts';

/** People of the first `frames` frames of every camera, as raw [x, y, c] triplets in `layout`'s order. */
function peopleIn(layout: string, opts: { frames?: number; noisePx?: number; missRate?: number; seed?: number } = {}): Float32Array[] {
  const truth = generateMotion({ frames: opts.frames ?? 20, fps: 30, layout, seed: opts.seed ?? 3, kind: 'mixed' });
  const seqs = observe(truth, makeRingRig(4), { noisePx: opts.noisePx ?? 2, missRate: opts.missRate ?? 0.1, seed: opts.seed ?? 3 });
  const out: Float32Array[] = [];
  for (const s of seqs)
    for (let f = 0; f < s.frames; f++) out.push(s.data.slice(f * s.persons * s.joints * 3, (f * s.persons + 1) * s.joints * 3));
  return out;
}

describe('inferLayout', () => {
  it('tells BODY_25 from BODY_25B by geometry, both ways, with 25 keypoints each', () => {
    for (const truth of ['body25', 'body25b']) {
      const r = inferLayout(peopleIn(truth), 25);
      expect(r.layout).toBe(truth);
      expect(r.confident).toBe(true);
      expect(r.fits.map((f) => f.layout).sort()).toEqual(['body25', 'body25b']);
      // The wrong labelling is far worse than the right one.
      expect(r.fits[1].score - r.fits[0].score).toBeGreaterThan(0.2);
    }
  });

  it('recognises every layout whose keypoint count it is stored with, as a plausible body', () => {
    for (const name of layoutNames()) {
      const people = peopleIn(name);
      const r = inferLayout(people, getLayout(name).keypoints.length);
      expect(r.layout, name).toBe(name);
      expect(r.confident, name).toBe(true);
      expect(r.fits[0].score, name).toBeLessThan(0.6);
    }
  });

  it('is not confident when the keypoints are shuffled (no body at all) or too few people are seen', () => {
    const people = peopleIn('body25b');
    // A fixed shuffle of the 25 keypoints: no layout's bones join neighbours any more.
    const order = [12, 3, 22, 7, 0, 18, 9, 15, 1, 20, 5, 11, 24, 2, 16, 8, 19, 4, 13, 23, 6, 17, 10, 21, 14];
    const shuffled = people.map((p) => {
      const q = new Float32Array(p.length);
      order.forEach((from, to) => q.set(p.subarray(from * 3, from * 3 + 3), to * 3));
      return q;
    });
    expect(inferLayout(shuffled, 25).confident).toBe(false);
    expect(inferLayout(people.slice(0, 2), 25).confident).toBe(false);
    expect(inferLayout([], 25).confident).toBe(false);
  });

  it('has no candidate for a count no layout is stored with', () => {
    const r = inferLayout([], 18);
    expect(r.layout).toBeUndefined();
    expect(r.fits).toEqual([]);
  });
});
