import { describe, expect, it } from 'vitest';
import { cropPointToFrame } from '../crop.ts';
import { MODEL_NAMES, FINDER_NAMES, defaultFinder, getModelSpec, modelParts, resolveFinder } from '../modelSpecs.ts';
import { decodePoseDetections, decodePoseLandmarks, refineFromHeatmap, roiFromAuxiliary } from './blazepose.ts';
import { decodeMoveNet } from './movenet.ts';
import { iou, nonMaxSuppression, type Box } from './nms.ts';
import { MODEL_FAMILIES, familyOf } from './registry.ts';
import { ssdAnchorCentres } from './ssdAnchors.ts';

describe('model registry', () => {
  it('every model and finder name has exactly one family, and every keypoint model a crop rule', () => {
    for (const name of [...MODEL_NAMES, ...FINDER_NAMES].filter((n) => !modelParts(n).feet)) {
      const owners = MODEL_FAMILIES.filter((f) => f.specs.some((s) => s.name === name));
      expect(
        owners.map((f) => f.id),
        name,
      ).toHaveLength(1);
    }
    for (const name of MODEL_NAMES.map((n) => modelParts(n).body)) expect(familyOf(name)!.family.cropper, name).toBeTypeOf('function');
    expect(defaultFinder('blazepose-full', 1)).toBe('movenet-lightning');
    expect(defaultFinder('movenet-thunder', 1)).toBeUndefined();
    expect(() => getModelSpec('openpose')).toThrow(/unknown pose model "openpose"; choose one of movenet-lightning/);
  });
});

describe('fused models (a body model + a feet model)', () => {
  it('name both networks, give the coco17feet layout and search with the body model', () => {
    const spec = getModelSpec('movenet-lightning+blazepose-full');
    expect(spec).toMatchObject({
      name: 'movenet-lightning+blazepose-full',
      layout: 'coco17feet',
      joints: 21,
      inputSize: 192,
      files: ['movenet-lightning', 'blazepose-full'],
    });
    expect(modelParts('movenet-lightning+blazepose-full')).toEqual({ body: 'movenet-lightning', feet: 'blazepose-full' });
    expect(modelParts('movenet-thunder')).toEqual({ body: 'movenet-thunder' });
    expect(defaultFinder('movenet-lightning+blazepose-full', 1)).toBeUndefined();
    expect(resolveFinder({ model: 'movenet-lightning+blazepose-full', max_persons: 1, finder: 'movenet-lightning' })).toBeUndefined();
  });
});

describe('SSD anchors (BlazePose detector: 224², strides 8/16/32/32/32, 2 per layer)', () => {
  const a = ssdAnchorCentres({ inputSize: 224, strides: [8, 16, 32, 32, 32], anchorsPerLayer: 2 });
  it('has the 2254 anchors the network emits, in grid order, merged layers stacked per cell', () => {
    // 28² × 2 + 14² × 2 + 7² × 6 = 1568 + 392 + 294
    expect(a.length / 2).toBe(2254);
    expect([a[0], a[1], a[2], a[3]]).toEqual([0.5 / 28, 0.5 / 28, 0.5 / 28, 0.5 / 28].map(Math.fround));
    expect(a[4]).toBeCloseTo(1.5 / 28, 6); // next cell along x
    const firstOf7 = (1568 + 392) * 2;
    for (let k = 0; k < 6; k++) expect(a[firstOf7 + k * 2]).toBeCloseTo(0.5 / 7, 6); // 6 anchors in the first 7×7 cell
    expect(a[firstOf7 + 12]).toBeCloseTo(1.5 / 7, 6);
    expect(a[a.length - 1]).toBeCloseTo(6.5 / 7, 6);
  });
});

describe('non-maximum suppression', () => {
  it('computes IoU and keeps the best of overlapping boxes, up to maxCount', () => {
    const b = (x: number, s: number) => ({ score: s, box: [x, 0, x + 1, 1] as Box });
    expect(iou([0, 0, 1, 1], [0.5, 0, 1.5, 1])).toBeCloseTo(1 / 3, 9);
    expect(iou([0, 0, 1, 1], [2, 2, 3, 3])).toBe(0);
    const kept = nonMaxSuppression([b(0, 0.6), b(0.1, 0.9), b(3, 0.7), b(6, 0.5)], 0.3, 2);
    expect(kept.map((k) => k.score)).toEqual([0.9, 0.7]);
    expect(nonMaxSuppression([b(0, 0.6), b(0.9, 0.9)], 0.3, 10)).toHaveLength(2); // IoU 0.05: both kept
  });
});

describe('BlazePose decoding', () => {
  it('turns a detector anchor into a body-circle region upright along hip centre → circle point', () => {
    const anchors = new Float32Array([0.25, 0.25, 0.5, 0.5]);
    const v = new Float32Array(26);
    // anchor 1: confident; box 50×100 px at the anchor; hip centre +10 px right; circle point 40 px above it
    v.set([3, 0, 0, 50, 100, 10, 0, 10, -40], 13);
    v[0] = -3; // anchor 0: not confident
    const [d, ...rest] = decodePoseDetections(v, { anchors, inputSize: 200 });
    expect(rest).toHaveLength(0);
    expect(d.score).toBeCloseTo(1 / (1 + Math.exp(-3)), 9);
    expect(d.box).toEqual([0.375, 0.25, 0.625, 0.75]);
    expect(d.region![0]).toBeCloseTo(0.55, 6);
    expect(d.region![1]).toBeCloseTo(0.5, 6);
    expect(d.region![2]).toBeCloseTo((2 * 40 * 1.25) / 200, 6);
    expect(d.regionRotationRad).toBeCloseTo(0, 9); // already upright
  });

  it('refines a landmark to the weighted centre of its heatmap peak, only where the heatmap is confident', () => {
    const H = 8,
      W = 8,
      C = 2;
    const data = new Float32Array(H * W * C).fill(-10);
    // channel 0: a peak spread over cells (5, 2) and (6, 2) equally → x = 6/8, y = 2.5/8
    data[(2 * W + 5) * C] = 5;
    data[(2 * W + 6) * C] = 5;
    // channel 1: weak everywhere → left alone
    const kp = new Float32Array([0.7, 0.3, 0.9, 0.1, 0.1, 0.9]);
    refineFromHeatmap(kp, { data, height: H, width: W, channels: C }, 3, 0.5);
    expect(kp[0]).toBeCloseTo(6 / 8, 3);
    expect(kp[1]).toBeCloseTo(2.5 / 8, 3);
    expect([kp[3], kp[4]]).toEqual([Math.fround(0.1), Math.fround(0.1)]);
  });

  it('decodes 39 landmarks: 33 keypoints scored visibility × person, and the 2 alignment points', () => {
    const ld = new Float32Array(39 * 5);
    for (let j = 0; j < 39; j++) ld.set([j * 4, 256 - j * 4, 0, j === 33 ? -20 : 20, 5], j * 5);
    const p = decodePoseLandmarks(ld, 0.8, 256);
    expect(p.keypoints).toHaveLength(99);
    expect(p.keypoints[3 * 10]).toBeCloseTo(40 / 256, 6);
    expect(p.keypoints[3 * 10 + 2]).toBeCloseTo(0.8, 6);
    expect(p.auxiliary![0]).toBeCloseTo(132 / 256, 6);
    expect(p.auxiliary![2]).toBeLessThan(1e-6);
  });

  it("MediaPipe's tracking RoI from the alignment points: centred on the first, second straight up in the crop", () => {
    const roi = roiFromAuxiliary([500, 900, 1, 560, 820, 1])!;
    expect(roi.size).toBeCloseTo(2 * 100 * 1.25, 9);
    const [x, y] = cropPointToFrame(roi, 0.5, 0.5 - 100 / roi.size);
    expect(x).toBeCloseTo(560, 6);
    expect(y).toBeCloseTo(820, 6);
  });

  it('MoveNet: [y, x, score] per joint becomes [x, y, score]; MultiPose adds the box', () => {
    const single = decodeMoveNet(
      Float32Array.from({ length: 51 }, (_, i) => i / 100),
      getModelSpec('movenet-lightning'),
    );
    expect(single).toHaveLength(1);
    expect([single[0].keypoints[0], single[0].keypoints[1]]).toEqual([Math.fround(0.01), 0]);
    const multi = decodeMoveNet(new Float32Array(56 * 6).fill(0.5), getModelSpec('movenet-multipose'));
    expect(multi).toHaveLength(6);
    expect(multi[0].box).toEqual([0.5, 0.5, 0.5, 0.5]);
  });
});
