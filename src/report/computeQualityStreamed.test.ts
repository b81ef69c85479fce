// The quality figures of 2D read by frame ranges (a chunk at a time, as the summary and the report
// read long captures) are exactly those of the 2D held whole.
import { describe, expect, it } from 'vitest';
import type { PoseFrames2D, PoseSequence2D } from '../core/types.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { observe } from '../synthetic/observe.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { triangulate } from '../triangulate/triangulate.ts';
import { computeQuality } from './computeQuality.ts';

function byRanges(seq: PoseSequence2D): PoseFrames2D {
  const { data, ...rest } = seq;
  const per = seq.persons * seq.joints * 3;
  return { ...rest, readFrames: (start, end) => data.slice(start * per, end * per) };
}

describe('quality of a capture whose 2D is read by frame ranges', () => {
  it('equals the quality of the 2D held whole, across chunk boundaries and a camera with fewer frames', () => {
    const truth = generateMotion({ frames: 2300, fps: 30, seed: 3 });
    const rig = makeRingRig(3);
    const seqs = observe(truth, rig, { noisePx: 1.5, wrongRate: 0.05, bystanders: 1, seed: 2 });
    const per = seqs[2].persons * seqs[2].joints * 3;
    seqs[2] = {
      ...seqs[2],
      frames: 2100,
      data: seqs[2].data.slice(0, 2100 * per),
      trackIds: seqs[2].trackIds.slice(0, 2100 * seqs[2].persons),
      timestampsMs: seqs[2].timestampsMs.slice(0, 2100),
    };
    const r = triangulate(seqs, rig);
    const input = { rig, raw: r.points, filtered: r.points, gaps: r.gaps, warnings: r.warnings, minScore: 0.3 };
    const whole = computeQuality({ ...input, sequences: seqs });
    const streamed = computeQuality({ ...input, sequences: seqs.map(byRanges) });
    expect(streamed).toEqual(whole);
    expect(whole.cameras.every((c) => c.reprojectionErrorPx > 0 && c.detectionRate > 0.5)).toBe(true);
  });
});
