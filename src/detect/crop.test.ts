import { describe, expect, it } from 'vitest';
import {
  cropAroundHips,
  cropAroundKeypoints,
  cropToFrame,
  fullFrameCrop,
  keypointBox,
  sampleCrop,
  snapCrop,
  CROP_TURN_STEP_RAD,
} from './crop.ts';
import fc from 'fast-check';

/** A width×height black RGB image with a white 3×3 dot centred on (x, y). */
function dot(width: number, height: number, x: number, y: number): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  for (let dy = -1; dy <= 1; dy++) rgb.fill(255, ((y + dy) * width + x - 1) * 3, ((y + dy) * width + x + 2) * 3);
  return rgb;
}

function brightest(img: Uint8Array, size: number): [number, number] {
  let best = -1,
    at: [number, number] = [0, 0];
  for (let i = 0; i < size * size; i++) {
    if (img[i * 3] > best) [best, at] = [img[i * 3], [i % size, Math.floor(i / size)]];
  }
  return at;
}

describe('sampleCrop / cropToFrame', () => {
  it('an identity crop reproduces the image', () => {
    const rgb = new Uint8Array(8 * 8 * 3).map((_, i) => (i * 37) % 256);
    const out = sampleCrop(rgb, 8, 8, { cx: 3.5, cy: 3.5, size: 8 }, 8);
    expect(Array.from(out)).toEqual(Array.from(rgb));
  });

  it('a point sampled into the crop maps back to where it was in the frame', () => {
    const [w, h] = [400, 300];
    const crop = { cx: 250, cy: 120, size: 96 };
    const out = sampleCrop(dot(w, h, 270, 100), w, h, crop, 48);
    const [u, v] = brightest(out, 48);
    const kp = cropToFrame(new Float32Array([(u + 0.5) / 48, (v + 0.5) / 48, 1]), crop);
    expect(Math.abs(kp[0] - 270)).toBeLessThanOrEqual(1);
    expect(Math.abs(kp[1] - 100)).toBeLessThanOrEqual(1);
  });

  it('letterboxes the whole frame: the padding outside the frame is black', () => {
    const rgb = new Uint8Array(100 * 200 * 3).fill(200);
    const crop = fullFrameCrop(100, 200);
    expect(crop.size).toBe(200);
    const out = sampleCrop(rgb, 100, 200, crop, 20);
    expect(out[(10 * 20 + 1) * 3]).toBe(0); // left band
    expect(out[(10 * 20 + 10) * 3]).toBe(200); // centre
    expect(out[(10 * 20 + 18) * 3]).toBe(0); // right band
  });

  it('shrinking a fine stripe pattern a lot averages it instead of aliasing', () => {
    const [w, h] = [960, 960];
    const rgb = new Uint8Array(w * h * 3);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x += 2) rgb.fill(255, (y * w + x) * 3, (y * w + x) * 3 + 3);
    const out = sampleCrop(rgb, w, h, fullFrameCrop(w, h), 96);
    let min = 255,
      max = 0;
    for (let i = 0; i < out.length; i += 3) [min, max] = [Math.min(min, out[i]), Math.max(max, out[i])];
    expect(min).toBeGreaterThan(60);
    expect(max).toBeLessThan(195);
  });
});

describe('cropAroundKeypoints', () => {
  it('centres a padded square on the confident keypoints and ignores unsure ones', () => {
    const kp = new Float32Array([100, 100, 0.9, 140, 300, 0.8, 120, 200, 0.7, 900, 900, 0.05]);
    expect(keypointBox(kp, 0.2)).toEqual([100, 100, 140, 300]);
    const crop = cropAroundKeypoints(kp, { padding: 1.5 })!;
    expect(crop.cx).toBe(120);
    expect(crop.cy).toBe(200);
    expect(crop.size).toBe(300);
  });

  it('gives up when fewer than three keypoints are confident', () => {
    expect(cropAroundKeypoints(new Float32Array([1, 1, 0.9, 5, 5, 0.9, 9, 9, 0.1]))).toBeUndefined();
  });
});

describe('cropAroundHips', () => {
  it('centres on the mid-hip point and sizes the square by the farthest confident keypoint', () => {
    // joints: LHip, RHip, head, unsure far point
    const kp = new Float32Array([90, 200, 0.9, 110, 200, 0.9, 100, 100, 0.9, 900, 900, 0.1]);
    const crop = cropAroundHips(kp, [0, 1], { factor: 2 })!;
    expect([crop.cx, crop.cy, crop.size]).toEqual([100, 200, 200]);
  });
});

describe('squareTiles', () => {
  it('covers a portrait frame with half-overlapping squares as wide as the frame', async () => {
    const { squareTiles } = await import('./detectPersons.ts');
    const tiles = squareTiles(1080, 1920);
    expect(tiles).toHaveLength(3);
    expect(tiles.map((t) => t.size)).toEqual([1080, 1080, 1080]);
    expect(tiles[0].cy - tiles[0].size / 2).toBeCloseTo(-0.5, 6);
    expect(tiles[2].cy + tiles[2].size / 2).toBeCloseTo(1919.5, 6);
    expect(squareTiles(640, 600)).toEqual([]);
  });
});

describe('snapCrop', () => {
  const crop = fc.record({
    cx: fc.double({ min: -100, max: 4000, noNaN: true }),
    cy: fc.double({ min: -100, max: 4000, noNaN: true }),
    size: fc.double({ min: 32, max: 4000, noNaN: true }),
    rotationRad: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
  });
  it('moves a crop by little: side within ±1.5 %, centre within side/128, turn within 1.25°', () => {
    fc.assert(
      fc.property(crop, (c) => {
        const s = snapCrop(c);
        expect(Math.abs(Math.log2(s.size / c.size))).toBeLessThanOrEqual(1 / 48 + 1e-12);
        expect(Math.max(Math.abs(s.cx - c.cx), Math.abs(s.cy - c.cy))).toBeLessThanOrEqual(s.size / 128 + 1e-9);
        expect(Math.abs((s.rotationRad ?? 0) - c.rotationRad)).toBeLessThanOrEqual(CROP_TURN_STEP_RAD / 2 + 1e-12);
      }),
      { seed: 19, numRuns: 2000 },
    );
  });
  it('is a fixed grid: rounding twice changes nothing', () => {
    fc.assert(
      fc.property(crop, (c) => {
        const s = snapCrop(c),
          t = snapCrop(s);
        expect(t.size).toBeCloseTo(s.size, 9);
        expect(t.cx).toBeCloseTo(s.cx, 6);
        expect(t.cy).toBeCloseTo(s.cy, 6);
      }),
      { seed: 20, numRuns: 2000 },
    );
  });
  it('gives one crop for keypoints a pixel apart most of the time (what makes two runs lock together)', () => {
    let same = 0;
    const n = 2000;
    for (let i = 0; i < n; i++) {
      const c = { cx: 300 + i * 0.37, cy: 500 + i * 0.61, size: 400 + (i % 97) * 1.3 };
      const a = snapCrop(c),
        b = snapCrop({ cx: c.cx + 1, cy: c.cy - 1, size: c.size + 1.5 });
      if (a.cx === b.cx && a.cy === b.cy && a.size === b.size) same++;
    }
    // side 400–530 px: centre grid 6–8 px, size steps 12–15 px → a 1 px move stays in the cell ~ (1 − 1/7)² (1 − 1.5/13).
    expect(same / n).toBeGreaterThan(0.5);
  });
});
