import { describe, expect, it } from 'vitest';
import { makeRingRig } from './rig.ts';
import { cameraCenter, projectPoints } from '../camera/project.ts';

describe('makeRingRig', () => {
  it('places n named cameras on a ring, each seeing the target point at the image centre', () => {
    const rig = makeRingRig(6, { radiusM: 3, heightM: 2 });
    expect(rig.cameras.map((c) => c.name)).toEqual(['cam01', 'cam02', 'cam03', 'cam04', 'cam05', 'cam06']);
    for (const cam of rig.cameras) {
      const c = cameraCenter(cam);
      expect(Math.hypot(c[0], c[1])).toBeCloseTo(3, 9);
      expect(c[2]).toBeCloseTo(2, 9);
      const uv = projectPoints(cam, [0, 0, 1]);
      expect(uv[0]).toBeCloseTo(640, 6);
      expect(uv[1]).toBeCloseTo(360, 6);
      // Image upright: a point above the target appears higher (smaller v).
      expect(projectPoints(cam, [0, 0, 1.5])[1]).toBeLessThan(360);
    }
  });

  it('puts two cameras 90° apart rather than face to face', () => {
    const [a, b] = makeRingRig(2).cameras.map(cameraCenter);
    expect(a[0] * b[0] + a[1] * b[1]).toBeCloseTo(0, 9);
  });
});
