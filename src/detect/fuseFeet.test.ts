import { describe, expect, it } from 'vitest';
import { getLayout } from '../core/layouts.ts';
import { feetFromRelative, feetRelativeToAnkles, fuseFeet } from './fuseFeet.ts';

/** A COCO-17 body with knees and ankles at the given points (score 0.9), others missing. */
function body(lKnee: number[], rKnee: number[], lAnkle: number[], rAnkle: number[]): Float32Array {
  const kp = new Float32Array(17 * 3).fill(0);
  kp.set([...lKnee, 0.9], 13 * 3);
  kp.set([...rKnee, 0.9], 14 * 3);
  kp.set([...lAnkle, 0.9], 15 * 3);
  kp.set([...rAnkle, 0.9], 16 * 3);
  return kp;
}

/** A BlazePose-33 pose with ankles, heels and toes (score 0.8): heel 10 px behind and below, toe 30 px ahead. */
function feet(lAnkle: number[], rAnkle: number[]): Float32Array {
  const kp = new Float32Array(33 * 3).fill(0);
  for (const [ankle, heel, toe, a] of [
    [27, 29, 31, lAnkle],
    [28, 30, 32, rAnkle],
  ] as [number, number, number, number[]][]) {
    kp.set([a[0], a[1], 0.8], ankle * 3);
    kp.set([a[0] - 10, a[1] + 12, 0.8], heel * 3);
    kp.set([a[0] + 30, a[1] + 15, 0.7], toe * 3);
  }
  return kp;
}

describe('fuseFeet (BlazePose feet on MoveNet ankles)', () => {
  const b = body([100, 300], [200, 300], [100, 400], [200, 400]);

  it('hangs each foot on the body ankle of its side, keeping its shape; score = lower of the two', () => {
    const out = fuseFeet(b, feet([104, 397], [195, 405]));
    // LHeel, RHeel, LBigToe, RBigToe
    expect(Array.from(out)).toEqual([90, 412, 0.8, 190, 412, 0.8, 130, 415, 0.7, 230, 415, 0.7].map(Math.fround));
  });

  it('takes BlazePose left and right the other way round when its ankles are nearer the crossed ones', () => {
    const out = fuseFeet(b, feet([198, 402], [103, 399]));
    expect([out[0], out[1]]).toEqual([90, 412]); // LHeel from BlazePose's right foot, on the body's left ankle
    expect([out[3], out[4]]).toEqual([190, 412]);
  });

  it('drops a foot whose ankles disagree by more than 0.35 × the shank, and a foot on a missing body ankle', () => {
    const far = fuseFeet(b, feet([100, 450], [200, 400])); // left ankles 50 px apart, shank 100 px
    expect(far[2]).toBe(0);
    expect(Number.isNaN(far[0])).toBe(true);
    expect(far[5]).toBeCloseTo(0.8, 6);
    const noAnkle = b.slice();
    noAnkle[15 * 3 + 2] = 0.1;
    const out = fuseFeet(noAnkle, feet([100, 400], [200, 400]));
    expect([out[2], out[8]]).toEqual([0, 0]);
    expect(out[5]).toBeGreaterThan(0);
  });

  it('fills the coco17feet layout: COCO-17 then LHeel, RHeel, LBigToe, RBigToe', () => {
    const L = getLayout('coco17feet');
    expect(L.keypoints.slice(17)).toEqual(['LHeel', 'RHeel', 'LBigToe', 'RBigToe']);
    expect(L.mirror[L.indexOf.get('LHeel')!]).toBe(L.indexOf.get('RHeel'));
    expect(L.trcNames).toContain('RBigToe');
  });

  it("between feet-model frames, carries the foot shape over to the next frame's ankles", () => {
    const fused = fuseFeet(b, feet([104, 397], [195, 405]));
    const rel = feetRelativeToAnkles(b, fused);
    expect(Array.from(rel.subarray(0, 3))).toEqual([-10, 12, 0.8].map(Math.fround));
    const moved = body([110, 300], [220, 305], [112, 402], [230, 410]);
    const out = feetFromRelative(moved, rel);
    expect(Array.from(out)).toEqual([102, 414, 0.8, 220, 422, 0.8, 142, 417, 0.7, 260, 425, 0.7].map(Math.fround));
    moved[16 * 3 + 2] = 0.05; // right ankle lost: right foot missing
    const lost = feetFromRelative(moved, rel);
    expect([lost[5], lost[11]]).toEqual([0, 0]);
    expect(Number.isNaN(lost[3])).toBe(true);
  });
});
