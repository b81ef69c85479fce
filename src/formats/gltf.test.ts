import { describe, expect, it } from 'vitest';
import { WebIO } from '@gltf-transform/core';
// @ts-expect-error gltf-validator ships no type declarations
import validator from 'gltf-validator';
import { generateMotion } from '../synthetic/motion.ts';
import { fitSkeleton, forwardKinematics } from '../skeleton/fitSkeleton.ts';
import { zUpToYUp } from './bvh.ts';
import { encodeGlb } from './gltf.ts';

interface ValidationReport {
  issues: { numErrors: number; numWarnings: number; messages: { code: string; message: string; severity: number; pointer?: string }[] };
  info: { animationCount: number; hasSkins: boolean; hasDefaultScene: boolean; totalVertexCount: number };
}

describe('encodeGlb', () => {
  for (const layout of ['halpe26', 'coco17']) {
    it(`writes a GLB (${layout}) that gltf-validator accepts with no errors, warnings, infos or hints`, async () => {
      const skel = fitSkeleton(generateMotion({ frames: 60, fps: 30, layout, kind: 'mixed' }));
      const bytes = await encodeGlb(skel);
      const report = (await validator.validateBytes(bytes)) as ValidationReport;
      const problems = report.issues.messages;
      expect(problems, JSON.stringify(problems.slice(0, 5))).toEqual([]);
      expect(report.issues.numErrors).toBe(0);
      expect(report.info.animationCount).toBe(1);
      expect(report.info.hasSkins).toBe(true);
      expect(report.info.hasDefaultScene).toBe(true);
      expect(report.info.totalVertexCount).toBeGreaterThan(0);
    });
  }

  it('animates each joint with one key per frame and names joints as the BVH does', async () => {
    const skel = fitSkeleton(generateMotion({ frames: 45, fps: 30, layout: 'halpe26', kind: 'walk-in-place' }));
    const doc = await new WebIO().readBinary(await encodeGlb(skel, { names: 'mixamo' }));
    const names = doc
      .getRoot()
      .listNodes()
      .map((n) => n.getName());
    expect(names).toContain('mixamorig:LeftForeArm');
    const anim = doc.getRoot().listAnimations()[0];
    const rotated = anim.listChannels().filter((c) => c.getTargetPath() === 'rotation');
    expect(rotated).toHaveLength(skel.joints.filter((j) => !j.endSite).length);
    const input = anim.listSamplers()[0].getInput()!;
    expect(input.getCount()).toBe(45);
    expect(input.getMax([])[0]).toBeCloseTo(44 / 30, 5);
  });

  it('poses the joint nodes, frame by frame, exactly where the fitted skeleton puts them (within 1 mm)', async () => {
    const skel = fitSkeleton(generateMotion({ frames: 40, fps: 30, layout: 'halpe26', kind: 'squat' }));
    const doc = await new WebIO().readBinary(await encodeGlb(skel));
    const nodes = doc.getRoot().listNodes();
    const anim = doc.getRoot().listAnimations()[0];
    let worst = 0;
    for (let f = 0; f < skel.frames; f++) {
      for (const ch of anim.listChannels()) {
        const out = ch.getSampler()!.getOutput()!;
        const node = ch.getTargetNode()!;
        if (ch.getTargetPath() === 'rotation') node.setRotation(out.getElement(f, [0, 0, 0, 0]) as [number, number, number, number]);
        else node.setTranslation(out.getElement(f, [0, 0, 0]) as [number, number, number]);
      }
      const P = forwardKinematics(skel, f);
      skel.joints.forEach((j, i) => {
        const m = nodes.find((n) => n.getName() === j.name)!.getWorldMatrix();
        const want = zUpToYUp(P.subarray(i * 3, i * 3 + 3));
        worst = Math.max(worst, Math.hypot(m[12] - want[0], m[13] - want[1], m[14] - want[2]));
      });
    }
    expect(worst).toBeLessThan(0.001);
  });
});
