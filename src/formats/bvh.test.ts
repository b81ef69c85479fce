import { describe, expect, it } from 'vitest';
import { BVHLoader } from 'three/examples/jsm/loaders/BVHLoader.js';
import { Vector3, type Bone, type KeyframeTrack } from 'three';
import { generateMotion } from '../synthetic/motion.ts';
import { fitSkeleton, forwardKinematics, type FittedSkeleton } from '../skeleton/fitSkeleton.ts';
import { formatBvh, zUpToYUp, type FormatBvhOptions } from './bvh.ts';

/**
 * Loads the BVH text with three.js' own loader, poses its skeleton at every frame from the clip's
 * tracks and returns the largest distance (metres) between three's bone world positions and the
 * fitted skeleton's forward kinematics.
 */
function maxRoundTripErrorM(skel: FittedSkeleton, text: string, unitsPerM: number, prefix = ''): number {
  const { skeleton, clip } = new BVHLoader().parse(text);
  const byName = new Map(skeleton.bones.map((b) => [b.name, b] as [string, Bone]));
  const tracks = new Map<string, KeyframeTrack>(clip.tracks.map((t) => [t.name, t]));
  const root = skeleton.bones[0];
  expect(clip.tracks[0].times.length).toBe(skel.frames);
  let worst = 0;
  const w = new Vector3();
  for (let f = 0; f < skel.frames; f++) {
    for (const bone of skeleton.bones) {
      const pos = tracks.get(`${bone.name}.position`);
      const rot = tracks.get(`${bone.name}.quaternion`);
      if (pos) bone.position.fromArray(pos.values, f * 3);
      if (rot) bone.quaternion.fromArray(rot.values, f * 4);
    }
    root.updateMatrixWorld(true);
    const P = forwardKinematics(skel, f);
    skel.joints.forEach((j, i) => {
      if (j.endSite) return;
      const bone = byName.get(prefix + j.name);
      expect(bone, j.name).toBeDefined();
      bone!.getWorldPosition(w);
      const want = zUpToYUp(P.subarray(i * 3, i * 3 + 3));
      const d = Math.hypot(w.x / unitsPerM - want[0], w.y / unitsPerM - want[1], w.z / unitsPerM - want[2]);
      worst = Math.max(worst, d);
    });
  }
  return worst;
}

describe('formatBvh', () => {
  const skel = fitSkeleton(generateMotion({ frames: 120, fps: 30, layout: 'halpe26', kind: 'mixed' }));

  it('re-imports with three.js BVHLoader and reproduces every fitted joint within 1 cm on every frame', () => {
    expect(maxRoundTripErrorM(skel, formatBvh(skel), 100)).toBeLessThan(0.01);
  });

  for (const opts of [
    { names: 'mixamo', units: 'm' },
    { rotationOrder: 'ZXY' },
    { rotationOrder: 'XYZ', units: 'm' },
  ] as FormatBvhOptions[]) {
    it(`round-trips with ${JSON.stringify(opts)}`, () => {
      const err = maxRoundTripErrorM(
        skel,
        formatBvh(skel, opts),
        opts.units === 'm' ? 1 : 100,
        opts.names === 'mixamo' ? 'mixamorig:' : '',
      );
      expect(err).toBeLessThan(0.01);
    });
  }

  it('round-trips a deep squat and a COCO-17 skeleton (no toes, no head top)', () => {
    const squat = fitSkeleton(generateMotion({ frames: 90, fps: 30, layout: 'coco17', kind: 'squat' }));
    expect(maxRoundTripErrorM(squat, formatBvh(squat), 100)).toBeLessThan(0.01);
  });

  it('states the hierarchy, channels, frame count and frame time; the rest pose is a T-pose', () => {
    const text = formatBvh(skel, { names: 'mixamo' });
    expect(text.startsWith('HIERARCHY\nROOT mixamorig:Hips\n')).toBe(true);
    expect(text).toMatch(/CHANNELS 6 Xposition Yposition Zposition Yrotation Xrotation Zrotation/);
    expect(text).toMatch(
      /JOINT mixamorig:LeftForeArm\n\s*\{\n\s*OFFSET [\d.]+ 0\.000000 0\.000000\n\s*CHANNELS 3 Zrotation Xrotation Yrotation/,
    );
    expect(text).toMatch(
      /JOINT mixamorig:LeftLeg\n\s*\{\n\s*OFFSET 0\.000000 -[\d.]+ 0\.000000\n\s*CHANNELS 3 Zrotation Yrotation Xrotation/,
    );
    expect(text).toContain(`Frames: 120\nFrame Time: ${(1 / 30).toFixed(8)}\n`);
    const motion = text.split('Frame Time:')[1].trim().split('\n').slice(1);
    expect(motion).toHaveLength(120);
    const channels = [...text.matchAll(/CHANNELS (\d)/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(motion[0].split(' ')).toHaveLength(channels);
  });
});
