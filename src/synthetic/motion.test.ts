import { describe, expect, it } from 'vitest';
import { generateMotion } from './motion.ts';
import { getLayout } from '../core/layouts.ts';

const at = (m: ReturnType<typeof generateMotion>, f: number, j: number): number[] =>
  Array.from(m.data.subarray((f * m.joints + j) * 3, (f * m.joints + j) * 3 + 3));

describe('generateMotion', () => {
  for (const kind of ['walk-in-place', 'squat', 'wave', 'mixed'] as const) {
    it(`${kind}: a rigid-boned 1.75 m body standing on z = 0, moving smoothly`, () => {
      const m = generateMotion({ frames: 600, fps: 30, kind });
      const layout = getLayout('halpe26');
      expect(m.layout).toBe('halpe26');
      expect(m.joints).toBe(26);
      let minZ = Infinity,
        maxZ = -Infinity,
        maxStepM = 0;
      for (let f = 0; f < m.frames; f++) {
        for (let j = 0; j < m.joints; j++) {
          const p = at(m, f, j);
          minZ = Math.min(minZ, p[2]);
          maxZ = Math.max(maxZ, p[2]);
          expect(Math.hypot(p[0], p[1])).toBeLessThan(1.2);
          if (f > 0) {
            const q = at(m, f - 1, j);
            maxStepM = Math.max(maxStepM, Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]));
          }
        }
      }
      expect(minZ).toBeGreaterThanOrEqual(0);
      expect(minZ).toBeLessThan(0.05);
      expect(maxZ).toBeGreaterThan(1.65);
      expect(maxZ).toBeLessThan(1.9);
      expect(maxStepM).toBeLessThan(0.1); // < 3 m/s at 30 fps
      for (const [a, b] of layout.boneIndices) {
        const len = (f: number): number => Math.hypot(...at(m, f, a).map((v, i) => v - at(m, f, b)[i]));
        for (let f = 0; f < m.frames; f += 37) expect(len(f)).toBeCloseTo(len(0), 9);
      }
    });
  }

  it('keeps left on the left: up × (nose − hip) points from RHip towards LHip', () => {
    const m = generateMotion({ frames: 50, fps: 25, seed: 7 });
    const L = getLayout('halpe26');
    for (let f = 0; f < m.frames; f += 10) {
      const nose = at(m, f, L.indexOf.get('Nose')!),
        hip = at(m, f, L.indexOf.get('Hip')!);
      const lh = at(m, f, L.indexOf.get('LHip')!),
        rh = at(m, f, L.indexOf.get('RHip')!);
      const fwd = [nose[0] - hip[0], nose[1] - hip[1]];
      const leftDir = [-fwd[1], fwd[0]];
      expect(leftDir[0] * (lh[0] - rh[0]) + leftDir[1] * (lh[1] - rh[1])).toBeGreaterThan(0);
    }
  });

  it('maps the same body onto other layouts by keypoint name', () => {
    const halpe = generateMotion({ frames: 3, fps: 30, seed: 3 });
    const H = getLayout('halpe26');
    for (const name of ['coco17', 'body25', 'body25b', 'wholebody133', 'blazepose33']) {
      const m = generateMotion({ frames: 3, fps: 30, seed: 3, layout: name });
      const L = getLayout(name);
      expect(m.joints).toBe(L.keypoints.length);
      expect(m.data.every(Number.isFinite)).toBe(true);
      const j = L.indexOf.get('LWrist')!;
      expect(at(m, 2, j)).toEqual(at(halpe, 2, H.indexOf.get('LWrist')!));
    }
  });

  it('is deterministic for a seed and varies with it', () => {
    const a = generateMotion({ frames: 10, fps: 30, seed: 5 });
    const b = generateMotion({ frames: 10, fps: 30, seed: 5 });
    const c = generateMotion({ frames: 10, fps: 30, seed: 6 });
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    expect(Array.from(a.data)).not.toEqual(Array.from(c.data));
  });
});
