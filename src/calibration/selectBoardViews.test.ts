import { describe, expect, it } from 'vitest';
import { boardBlurPx, selectBoardViews, viewDistancePx, type CandidateView } from './selectBoardViews.ts';
import { checkerboardPattern, renderTarget } from './renderTarget.ts';
import { gaussianBlur } from './grayImage.ts';
import { lookAt, makeCamera } from './lookAt.ts';
import { findCheckerboardCorners } from './checkerboard.ts';
import { gridObjectPoints, type BoardView } from './intrinsics.ts';

const view = (dx: number, ids = true, spacingPx = 20): BoardView => {
  const imagePoints = new Float64Array(2 * 12);
  for (let i = 0; i < 12; i++) {
    imagePoints[2 * i] = 100 + spacingPx * (i % 4) + dx;
    imagePoints[2 * i + 1] = 80 + spacingPx * Math.floor(i / 4);
  }
  return { imagePoints, objectPoints: gridObjectPoints(4, 3, 20), ids: ids ? Int32Array.from({ length: 12 }, (_, i) => i) : undefined };
};

describe('boardBlurPx', () => {
  it('measures the blur of the board edges in pixels, growing with the blur applied', () => {
    const cam = makeCamera('c', 400, 300, 350, lookAt([0.2, 0.1, -0.9], [0.09, 0.18, 0], [0.3, -1, 0]));
    const sharp = gaussianBlur(renderTarget(checkerboardPattern(4, 7, 60), cam, { supersample: 2 }), 0.7);
    const found = findCheckerboardCorners(sharp, { innerCorners: [4, 7] });
    expect(found).not.toBeNull();
    const b0 = boardBlurPx(sharp, found!.corners);
    const b2 = boardBlurPx(gaussianBlur(sharp, 2), found!.corners);
    const b3 = boardBlurPx(gaussianBlur(sharp, 3), found!.corners);
    expect(b0).toBeGreaterThan(0.5);
    expect(b0).toBeLessThan(1.3);
    // Blurs add in quadrature: √(b0² + 2²), √(b0² + 3²), within 20 %.
    expect(Math.abs(b2 / Math.hypot(b0, 2) - 1)).toBeLessThan(0.2);
    expect(Math.abs(b3 / Math.hypot(b0, 3) - 1)).toBeLessThan(0.2);
  });
});

describe('selectBoardViews', () => {
  it('keeps distinct sharp views in order, drops blurred ones and near-repeats', () => {
    const c = (dx: number, blurPx: number): CandidateView => ({ view: { ...view(dx), label: `dx ${dx}` }, blurPx });
    const sel = selectBoardViews([c(0, 1), c(1, 1.1), c(100, 0.9), c(100.5, 1), c(200, 3.5), c(300, 1.2), c(0.2, 1)], {
      width: 640,
      height: 480,
    });
    expect(sel.views.map((v) => v.label)).toEqual(['dx 0', 'dx 100', 'dx 300']);
    expect(sel.blurred).toBe(1);
    expect(sel.duplicates).toBe(3);
  });

  it('keeps a near view whose edges are wider in pixels but as sharp for its size (real lenses)', () => {
    // Pose2Sim demo photos: edge blur 1.0 px at 75 px squares, 2.3 px at 168 px squares, all sharp.
    const c = (dx: number, blurPx: number, spacingPx: number): CandidateView => ({
      view: { ...view(dx, true, spacingPx), label: `dx ${dx}` },
      blurPx,
    });
    const cands = [c(0, 1.0, 75), c(200, 1.05, 78), c(400, 1.1, 70), c(600, 1.2, 80), c(800, 2.3, 168), c(1000, 2.6, 80)];
    const sel = selectBoardViews(cands, { width: 2000, height: 1500 });
    expect(sel.views.map((v) => v.label)).toEqual(['dx 0', 'dx 200', 'dx 400', 'dx 600', 'dx 800']);
    expect(sel.blurred).toBe(1);
  });

  it('compares views without corner ids by the box around their corners', () => {
    expect(viewDistancePx(view(0, false), view(3, false))).toBeCloseTo(3, 6);
    expect(viewDistancePx(view(0), view(3))).toBeCloseTo(3, 6);
    expect(viewDistancePx(view(0), { ...view(0), ids: Int32Array.from([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]) })).toBe(Infinity);
  });
});
