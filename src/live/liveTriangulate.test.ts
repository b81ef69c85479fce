import { describe, expect, it } from 'vitest';
import { projectPoints } from '../camera/project.ts';
import { getLayout } from '../core/layouts.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { cameraKey, matchRig, triangulateLiveFrame } from './liveTriangulate.ts';

describe('live triangulation', () => {
  it('recovers one frame of 3D joints from the latest 2D view of each camera', () => {
    const rig = makeRingRig(3);
    const truth = generateMotion({ frames: 1, fps: 30, layout: 'coco17' });
    const views = rig.cameras.map((cam) => {
      const uv = projectPoints(cam, truth.data);
      const kp = new Float32Array(17 * 3);
      for (let j = 0; j < 17; j++) kp.set([uv[2 * j], uv[2 * j + 1], 0.9], j * 3);
      return { camera: cam.name, layout: 'coco17', width: cam.width, height: cam.height, keypoints: kp, frameMs: 0 };
    });
    const { xyz } = triangulateLiveFrame(views, rig);
    for (let i = 0; i < 17 * 3; i++) expect(Math.abs(xyz[i] - truth.data[i])).toBeLessThan(1e-3);
    expect(getLayout('coco17').keypoints.length).toBe(17);
  });

  it('matches live cameras to the calibration by name and says which it lacks', () => {
    const rig = makeRingRig(3);
    const names = rig.cameras.map((c) => c.name);
    expect(cameraKey('cam_01')).toBe(cameraKey('cam01'));
    const m = matchRig(rig, [names[2], names[0], 'webcam9']);
    expect(m.rig.cameras.map((c) => c.name)).toEqual([names[2], names[0]]);
    expect(m.missing).toEqual(['webcam9']);
    expect(() => matchRig(rig, ['webcam9', names[0]])).toThrow(/at least 2 must match/);
  });
});
