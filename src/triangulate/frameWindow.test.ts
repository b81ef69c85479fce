// Triangulating 2D read by frame ranges gives exactly the result of the 2D held whole, whatever the
// chunk size (issue 14, memory: the 2D of a long capture is streamed through triangulation).
import { describe, expect, it } from 'vitest';
import type { PoseFrames2D, PoseSequence2D } from '../core/types.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { observe } from '../synthetic/observe.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { triangulate, type TriangulationResult } from './triangulate.ts';

/** The same keypoints behind readFrames, counting the frames read. */
function byRanges(seq: PoseSequence2D, reads: { frames: number }): PoseFrames2D {
  const { data, ...rest } = seq;
  const per = seq.persons * seq.joints * 3;
  return {
    ...rest,
    readFrames: (start, end) => {
      expect(0 <= start && start <= end && end <= seq.frames).toBe(true);
      reads.frames += end - start;
      return data.slice(start * per, end * per);
    },
  };
}

const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
function expectIdentical(a: TriangulationResult, b: TriangulationResult): void {
  expect(bytes(b.points.data).equals(bytes(a.points.data))).toBe(true);
  expect(bytes(b.points.reprojectionErrorPx).equals(bytes(a.points.reprojectionErrorPx))).toBe(true);
  expect(bytes(b.points.cameraMask).equals(bytes(a.points.cameraMask))).toBe(true);
  expect(bytes(b.points.timestampsMs).equals(bytes(a.points.timestampsMs))).toBe(true);
  expect(b.gaps).toEqual(a.gaps);
  expect(b.warnings).toEqual(a.warnings);
  expect(b.stats).toEqual(a.stats);
  expect(b.subject).toEqual(a.subject);
}

describe('triangulation of 2D read in chunks of frames', () => {
  const truth = generateMotion({ frames: 420, fps: 30, seed: 6 });
  const rig = makeRingRig(5, { distortion: [-0.12, 0.03, 0.0005, -0.0005, 0] });

  it.each([
    ['one person, wrong keypoints and swapped views', { noisePx: 2, wrongRate: 0.1, swapRate: 0.03, seed: 2 }, {}],
    ['the subject among 2 bystanders (automatic choice)', { noisePx: 1, wrongRate: 0.05, bystanders: 2, seed: 3 }, {}],
    ['the subject chosen by track id', { noisePx: 1, bystanders: 2, seed: 4 }, { subject: 0 }],
  ] as const)('%s: byte-identical for chunks of 1, 7 and 1000 frames', (_name, observeOpts, settings) => {
    const seqs = observe(truth, rig, observeOpts);
    seqs[3] = {
      ...seqs[3],
      frames: 400,
      data: seqs[3].data.slice(0, 400 * seqs[3].persons * seqs[3].joints * 3),
      trackIds: seqs[3].trackIds.slice(0, 400 * seqs[3].persons),
      timestampsMs: seqs[3].timestampsMs.slice(0, 400),
    };
    const whole = triangulate(seqs, rig, settings);
    for (const chunkFrames of [1, 7, 1000]) {
      const reads = { frames: 0 };
      const chunked = triangulate(
        seqs.map((q) => byRanges(q, reads)),
        rig,
        settings,
        { chunkFrames },
      );
      expectIdentical(whole, chunked);
      expect(reads.frames).toBeGreaterThan(0);
    }
  });

  it('reads each chunk of frames a bounded number of times (one pass each for subject, sizes, pilot, solve)', () => {
    const seqs = observe(truth, rig, { noisePx: 1, bystanders: 1, seed: 5 });
    const reads = { frames: 0 };
    triangulate(
      seqs.map((q) => byRanges(q, reads)),
      rig,
      {},
      { chunkFrames: 50 },
    );
    expect(reads.frames).toBeLessThanOrEqual(4 * seqs.reduce((a, q) => a + q.frames, 0));
  });
});
