import { describe, expect, it } from 'vitest';
import { findCheckerboardCorners } from './checkerboard.ts';
import { gaussianBlur, type GrayImage } from './grayImage.ts';
import { checkerboardPattern, renderTarget } from './renderTarget.ts';
import { lookAt, makeCamera } from './lookAt.ts';
import { projectPoints } from '../camera/project.ts';
import { gridObjectPoints } from './intrinsics.ts';

const COLS = 4;
const ROWS = 7;
const SQUARE_MM = 60;
const pattern = checkerboardPattern(COLS, ROWS, SQUARE_MM);
const centre: [number, number, number] = [0.09, 0.18, 0];

function addNoise(img: GrayImage, sigma: number, seed = 1): GrayImage {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const data = img.data.map((v) => {
    const g = Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
    return Math.max(0, Math.min(255, v + sigma * g));
  });
  return { ...img, data };
}

function truthCorners(cam: ReturnType<typeof makeCamera>): Float64Array {
  return projectPoints(cam, gridObjectPoints(COLS, ROWS, SQUARE_MM));
}

function maxError(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i += 2) m = Math.max(m, Math.hypot(a[i] - b[i], a[i + 1] - b[i + 1]));
  return m;
}

describe('findCheckerboardCorners', () => {
  const dist = [-0.12, 0.05, 0.001, -0.0005];
  it('finds all corners of a tilted, distorted, blurred and noisy view to a tenth of a pixel, in board order', () => {
    const cam = makeCamera('c', 640, 480, 600, lookAt([0.5, -0.1, -0.75], centre, [0.3, -1, 0]), dist);
    const img = addNoise(gaussianBlur(renderTarget(pattern, cam), 1.2), 3);
    const found = findCheckerboardCorners(img, { innerCorners: [COLS, ROWS] });
    expect(found).not.toBeNull();
    expect(found!.partial).toBe(false);
    expect(maxError(found!.corners, truthCorners(cam))).toBeLessThan(0.15);
  });

  it('keeps the board order when the camera is rolled upside down or sees the board sideways', () => {
    for (const up of [
      [0, 1, 0],
      [1, 0, 0],
      [-1, 0.2, 0],
    ] as [number, number, number][]) {
      const cam = makeCamera('c', 640, 480, 600, lookAt([-0.2, 0.3, -0.8], centre, up), dist);
      // Sharp (unblurred) rendering: its 3×3 supersampled edges alone cost ~0.1 px.
      const found = findCheckerboardCorners(renderTarget(pattern, cam), { innerCorners: [COLS, ROWS] });
      expect(found).not.toBeNull();
      expect(maxError(found!.corners, truthCorners(cam))).toBeLessThan(0.35);
    }
  });

  it('survives glare over part of the board', () => {
    const cam = makeCamera('c', 640, 480, 600, lookAt([0.2, 0.1, -0.8], centre, [0, -1, 0]), dist);
    const img = renderTarget(pattern, cam);
    // A bright specular patch: adds up to 150 grey levels (clipped at 255) around one area.
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const g = 150 * Math.exp(-((x - 300) ** 2 + (y - 220) ** 2) / (2 * 60 ** 2));
        img.data[y * img.width + x] = Math.min(255, img.data[y * img.width + x] + g);
      }
    }
    const found = findCheckerboardCorners(addNoise(img, 2), { innerCorners: [COLS, ROWS] });
    expect(found).not.toBeNull();
    // The glare gradient itself biases gradient-based refinement slightly.
    expect(maxError(found!.corners, truthCorners(cam))).toBeLessThan(0.5);
  });

  it('rejects a board cut by the image border unless partial grids are allowed', () => {
    const cam = makeCamera('c', 640, 480, 600, lookAt([0.09, 0.33, -0.55], [0.09, 0.33, 0], [0, -1, 0]), dist);
    const img = renderTarget(pattern, cam);
    expect(findCheckerboardCorners(img, { innerCorners: [COLS, ROWS] })).toBeNull();
    const partial = findCheckerboardCorners(img, { innerCorners: [COLS, ROWS], allowPartial: true });
    expect(partial).not.toBeNull();
    expect(partial!.partial).toBe(true);
    expect(partial!.rows * partial!.cols).toBeLessThan(COLS * ROWS);
    expect(partial!.rows * partial!.cols).toBeGreaterThanOrEqual((COLS * ROWS) / 2);
  });

  it('finds nothing in an image without a board', () => {
    const cam = makeCamera('c', 640, 480, 600, lookAt([3, 3, -0.5], [3.5, 3, 0], [0, -1, 0]), dist);
    const img = addNoise(renderTarget(pattern, cam), 10);
    expect(findCheckerboardCorners(img, { innerCorners: [COLS, ROWS] })).toBeNull();
  });

  it('rejects a wrong corner count for the board in view', () => {
    const cam = makeCamera('c', 640, 480, 600, lookAt([0.1, 0.1, -0.8], centre, [0, -1, 0]), dist);
    expect(findCheckerboardCorners(renderTarget(pattern, cam), { innerCorners: [5, 7] })).toBeNull();
  });
});
