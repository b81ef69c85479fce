import { describe, expect, it } from 'vitest';
import { projectPoints } from '../camera/project.ts';
import type { CameraRig, Points3D, PoseSequence2D } from '../core/types.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { buildReport } from './buildReport.ts';

/** Exact 2D views of the truth, one person per camera, optionally shifted in one camera. */
function views(truth: Points3D, rig: CameraRig, shift: { camera: number; px: number } | undefined): PoseSequence2D[] {
  return rig.cameras.map((cam, c) => {
    const uv = projectPoints(cam, truth.data);
    const data = new Float32Array(truth.frames * truth.joints * 3);
    for (let k = 0; k < truth.frames * truth.joints; k++) {
      data[k * 3] = uv[k * 2] + (shift?.camera === c ? shift.px : 0);
      data[k * 3 + 1] = uv[k * 2 + 1];
      data[k * 3 + 2] = 0.9;
    }
    return {
      camera: cam.name,
      layout: truth.layout,
      imageWidth: cam.width,
      imageHeight: cam.height,
      fps: truth.fps,
      frames: truth.frames,
      persons: 1,
      joints: truth.joints,
      data,
      trackIds: new Int32Array(truth.frames),
      timestampsMs: truth.timestampsMs,
    };
  });
}

function asTriangulated(truth: Points3D, cameras: number): Points3D {
  return {
    ...truth,
    reprojectionErrorPx: new Float32Array(truth.frames * truth.joints).fill(0.1),
    cameraMask: new Uint32Array(truth.frames * truth.joints).fill((1 << cameras) - 1),
  };
}

describe('buildReport', () => {
  const truth = generateMotion({ frames: 60, fps: 30, layout: 'halpe26', seed: 3 });
  const rig = makeRingRig(4);

  it('trusts a capture whose cameras agree and whose bones keep their length', () => {
    const pts = asTriangulated(truth, 4);
    const r = buildReport({
      title: 'synthetic',
      rig,
      sequences: views(truth, rig, undefined),
      raw: pts,
      filtered: pts,
      gaps: [],
      warnings: [],
      minScore: 0.3,
    });
    expect(r.quality.verdict.level).toBe('good');
    expect(r.quality.verdict.worstCamera).toBeUndefined();
    for (const c of r.quality.cameras) {
      expect(c.reprojectionErrorPx).toBeLessThan(1e-3);
      expect(c.detectionRate).toBe(1);
      expect(c.usedRate).toBe(1);
    }
    expect(r.quality.overall.medianBoneCv).toBeLessThan(0.05);
    expect(r.quality.overall.heightM).toBeGreaterThan(1.4);
    // The figure fills a good part of each 640×480 view; the error is judged against that size.
    for (const c of r.quality.cameras) expect(c.subjectSizePx).toBeGreaterThan(100);
    expect(r.quality.overall.reprojectionErrorOfSubject).toBeLessThan(0.01);
    expect(r.quality.bones.length).toBe(25);
    expect(r.html).toContain('Trust this capture? Yes.');
    expect(r.html).toContain('<th>of subject size</th>');
    expect(r.html).toMatch(
      /<li class="ok">✓ median reprojection error [\d.]+ px = [\d.]+ % of the subject's size in the image is low<\/li>/,
    );
    expect(r.html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(Object.keys(r.json.trajectories.joints)).toContain('RWrist');
    expect(Object.keys(r.json.jointAnglesDeg)).toContain('left_knee_flexion');
    expect(r.json.centreOfMassM?.z.every((z) => z !== null && z > 0.7 && z < 1.3)).toBe(true);
    expect(JSON.parse(JSON.stringify(r.json)).quality.frames).toBe(60);
  });

  it('names the camera whose detections disagree with the others', () => {
    const pts = asTriangulated(truth, 4);
    const r = buildReport({
      title: 'bad cam',
      rig,
      sequences: views(truth, rig, { camera: 2, px: 25 }),
      raw: pts,
      filtered: pts,
      gaps: [],
      warnings: [],
      minScore: 0.3,
    });
    expect(r.quality.cameras[2].reprojectionErrorPx).toBeCloseTo(25, 3);
    expect(r.quality.verdict.worstCamera?.name).toBe('cam03');
    expect(r.quality.verdict.level).not.toBe('good');
    expect(r.html).toContain('cam03 hurts this capture');
  });

  it('calls stretching bones and missing joints untrustworthy', () => {
    const pts = asTriangulated(truth, 4);
    const stretched = { ...pts, data: Float64Array.from(pts.data) };
    const knee = 7,
      ankle = 9; // LElbow, LWrist in halpe26 (the wrist is a leaf)
    for (let f = 0; f < truth.frames; f++) {
      const s = 1 + 0.4 * Math.sin(f);
      for (let a = 0; a < 3; a++) {
        const k = (f * pts.joints + knee) * 3 + a;
        const an = (f * pts.joints + ankle) * 3 + a;
        stretched.data[an] = stretched.data[k] + (stretched.data[an] - stretched.data[k]) * s;
      }
      if (f % 3 === 0) for (let j = 0; j < 8; j++) stretched.data.fill(NaN, (f * pts.joints + j) * 3, (f * pts.joints + j) * 3 + 3);
    }
    const r = buildReport({
      title: 'stretch',
      rig,
      sequences: views(truth, rig, undefined),
      raw: pts,
      filtered: stretched,
      gaps: [],
      warnings: [],
      minScore: 0.3,
    });
    const bone = r.quality.bones.find((b) => b.name === 'LElbow–LWrist')!;
    expect(bone.cv).toBeGreaterThan(0.2);
    expect(r.quality.verdict.reasons.join(' ')).toMatch(/least stable bone: LElbow–LWrist/);
    expect(r.quality.overall.completeness).toBeLessThan(0.97);
    expect(r.quality.verdict.level).not.toBe('good');
  });

  it("compares a half-size video's keypoints in calibration pixels (as triangulation scales them), blaming no camera", () => {
    const pts = asTriangulated(truth, 4);
    const seqs = views(truth, rig, undefined);
    const half = seqs[0];
    seqs[0] = {
      ...half,
      imageWidth: half.imageWidth / 2,
      imageHeight: half.imageHeight / 2,
      data: half.data.map((v, i) => (i % 3 === 2 ? v : v / 2)),
    };
    const r = buildReport({ title: 'half size', rig, sequences: seqs, raw: pts, filtered: pts, gaps: [], warnings: [], minScore: 0.3 });
    expect(r.quality.cameras[0].reprojectionErrorPx).toBeLessThan(1e-3);
    expect(r.quality.cameras[0].detectionRate).toBe(1);
    expect(r.quality.verdict.worstCamera).toBeUndefined();
    expect(r.quality.verdict.level).toBe('good');
  });

  it('says nothing was captured, and blames no camera, when no point was triangulated', () => {
    const pts = asTriangulated(truth, 4);
    const empty = {
      ...pts,
      data: new Float64Array(pts.data.length).fill(NaN),
      reprojectionErrorPx: new Float32Array(pts.frames * pts.joints).fill(NaN),
      cameraMask: new Uint32Array(pts.frames * pts.joints),
    };
    const r = buildReport({
      title: 'empty',
      rig,
      sequences: views(truth, rig, undefined),
      raw: empty,
      filtered: empty,
      gaps: [],
      warnings: [],
      minScore: 0.3,
    });
    expect(r.quality.verdict.level).toBe('poor');
    expect(r.quality.verdict.worstCamera).toBeUndefined();
    expect(r.quality.verdict.headline).toMatch(/^Nothing was captured/);
    expect(r.quality.verdict.reasons.join(' ')).not.toMatch(/hurts this capture/);
  });
});
