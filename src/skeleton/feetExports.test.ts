// Feet in the skeleton exports: the BVH and GLB, re-read and posed frame by frame, put each foot's
// heel and toe on the heel and toe markers of the TRC written from the same points.
import { describe, expect, it } from 'vitest';
import { BVHLoader } from 'three/examples/jsm/loaders/BVHLoader.js';
import { Vector3, type Bone, type KeyframeTrack } from 'three';
import { WebIO } from '@gltf-transform/core';
import type { Points3D } from '../core/types.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { formatBvh } from '../formats/bvh.ts';
import { encodeGlb } from '../formats/gltf.ts';
import { formatTrc, parseTrc, trcToWorld } from '../formats/trc.ts';
import { fitSkeleton, type FittedSkeleton } from './fitSkeleton.ts';

const FRAMES = 60;
/** The demo's motion (mixed, from 2.5 s) with ±`noiseM` of deterministic uniform noise per coordinate. */
function demoLikeMotion(layout: string, seed: number, noiseM: number): Points3D {
  const skip = 75;
  const all = generateMotion({ frames: FRAMES + skip, fps: 30, seed, kind: 'mixed', layout });
  const n = all.joints * 3;
  const data = all.data.slice(skip * n);
  let s = 12345 + seed;
  for (let i = 0; i < data.length; i++) {
    s = (s * 16807) % 2147483647;
    data[i] += noiseM * (2 * (s / 2147483647) - 1);
  }
  return {
    ...all,
    frames: FRAMES,
    data,
    reprojectionErrorPx: all.reprojectionErrorPx.slice(skip * all.joints),
    cameraMask: all.cameraMask.slice(skip * all.joints),
    timestampsMs: Float64Array.from({ length: FRAMES }, (_, i) => (i * 1000) / 30),
  };
}

/** Heel and toe markers per side from the TRC text, world axes (Z up), metres, [frame][x, y, z]. */
function trcFeet(text: string): Map<string, Float64Array> {
  const trc = parseTrc(text);
  const world = trcToWorld(trc.data);
  const M = trc.markers.length;
  const col = (name: string): Float64Array => {
    const k = trc.markers.indexOf(name);
    return Float64Array.from({ length: trc.frames * 3 }, (_, i) => (k < 0 ? NaN : world[(Math.floor(i / 3) * M + k) * 3 + (i % 3)]));
  };
  const out = new Map<string, Float64Array>();
  for (const [side, S] of [
    ['Left', 'L'],
    ['Right', 'R'],
  ]) {
    out.set(`${side}Heel_End`, col(`${S}Heel`));
    const big = col(`${S}BigToe`),
      small = col(`${S}SmallToe`);
    // The toe joint is the mid-point of big and small toe when the layout has both (HALPE-26), else the big toe.
    out.set(
      `${side}ToeBase`,
      big.map((v, i) => (Number.isFinite(small[i]) ? (v + small[i]) / 2 : v)),
    );
  }
  return out;
}

/** Per foot point, the distance (m) on every frame between an exported bone's world position and the TRC marker. */
function distances(
  skel: FittedSkeleton,
  feet: Map<string, Float64Array>,
  posed: (f: number, name: string) => [number, number, number] | undefined,
): number[] {
  const d: number[] = [];
  for (let f = 0; f < skel.frames; f++) {
    for (const [name, m] of feet) {
      const p = posed(f, name);
      expect(p, `${name} is not in the export`).toBeDefined();
      // Exports are Y up (x, z, −y) with the ground moved to 0: back to the calibration world.
      const world = [p![0], -p![2], p![1] + skel.groundOffsetM];
      d.push(Math.hypot(world[0] - m[f * 3], world[1] - m[f * 3 + 1], world[2] - m[f * 3 + 2]));
    }
  }
  return d;
}

function bvhFootDistances(skel: FittedSkeleton, feet: Map<string, Float64Array>): number[] {
  const { skeleton, clip } = new BVHLoader().parse(formatBvh(skel, { units: 'm' }));
  const byName = new Map(skeleton.bones.map((b) => [b.name, b] as [string, Bone]));
  const tracks = new Map<string, KeyframeTrack>(clip.tracks.map((t) => [t.name, t]));
  const w = new Vector3();
  return distances(skel, feet, (f, name) => {
    for (const bone of skeleton.bones) {
      const pos = tracks.get(`${bone.name}.position`),
        rot = tracks.get(`${bone.name}.quaternion`);
      if (pos) bone.position.fromArray(pos.values, f * 3);
      if (rot) bone.quaternion.fromArray(rot.values, f * 4);
    }
    skeleton.bones[0].updateMatrixWorld(true);
    const b = byName.get(name);
    if (!b) return undefined;
    b.getWorldPosition(w);
    return [w.x, w.y, w.z];
  });
}

async function glbFootDistances(skel: FittedSkeleton, feet: Map<string, Float64Array>): Promise<number[]> {
  const doc = await new WebIO().readBinary(await encodeGlb(skel));
  const nodes = doc.getRoot().listNodes();
  const anim = doc.getRoot().listAnimations()[0];
  return distances(skel, feet, (f, name) => {
    for (const ch of anim.listChannels()) {
      const out = ch.getSampler()!.getOutput()!;
      const node = ch.getTargetNode()!;
      if (ch.getTargetPath() === 'rotation') node.setRotation(out.getElement(f, [0, 0, 0, 0]) as [number, number, number, number]);
      else node.setTranslation(out.getElement(f, [0, 0, 0]) as [number, number, number]);
    }
    const node = nodes.find((n) => n.getName() === name);
    if (!node) return undefined;
    const m = node.getWorldMatrix();
    return [m[12], m[13], m[14]];
  });
}

const max = (v: number[]) => v.reduce((a, b) => Math.max(a, b), 0);
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

describe('feet in the BVH and GLB follow heel and toe', () => {
  // HALPE-26 (big + small toe, as the demo's truth) and BlazePose-33 (heel + foot index only).
  for (const layout of ['halpe26', 'blazepose33']) {
    it(`${layout}: exact points → exported heel and toe within 1 mm of the TRC's on every frame`, async () => {
      const points = demoLikeMotion(layout, 1, 0);
      const skel = fitSkeleton(points);
      const feet = trcFeet(formatTrc(points));
      expect(max(bvhFootDistances(skel, feet))).toBeLessThan(0.001);
      expect(max(await glbFootDistances(skel, feet))).toBeLessThan(0.001);
    });
  }

  it('noisy points (±8 mm per coordinate): heel and toe within 25 mm on every frame, 10 mm median', async () => {
    const points = demoLikeMotion('halpe26', 2, 0.008);
    const skel = fitSkeleton(points);
    const feet = trcFeet(formatTrc(points));
    for (const d of [bvhFootDistances(skel, feet), await glbFootDistances(skel, feet)]) {
      expect(med(d)).toBeLessThan(0.01);
      expect(max(d)).toBeLessThan(0.025);
    }
  });

  it('the foot is a measured ankle–heel–toe triangle: the toe below the ankle and forward, the heel below and back', () => {
    const skel = fitSkeleton(demoLikeMotion('blazepose33', 3, 0));
    const j = (n: string) => skel.joints.find((x) => x.name === n)!;
    expect(j('LeftHeel_End').parent).toBe(skel.joints.indexOf(j('LeftFoot')));
    const toe = j('LeftToeBase').offsetM,
      heel = j('LeftHeel_End').offsetM;
    expect(toe[1]).toBeLessThan(-0.08); // forward is −Y in the rest pose
    expect(heel[1]).toBeGreaterThan(0.01);
    expect(toe[2]).toBeLessThan(-0.03);
    expect(heel[2]).toBeLessThan(-0.03);
  });
});
