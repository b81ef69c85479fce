import { describe, expect, it } from 'vitest';
import { imageSizeRelation, lensForImage } from './imageSize.ts';
import { prepareCamera, projectPoint } from './project.ts';
import type { Camera } from '../core/types.ts';

const lens: Camera = {
  name: 'cam01',
  width: 1088,
  height: 1920,
  matrix: [1675, 0, 560.3, 0, 1674, 934.1, 0, 0, 1],
  distortions: [-0.05, 0.14, 0.0001, 0.001],
  rotation: [0.1, -0.2, 0.05],
  translation: [0.2, -0.1, 3.5],
  fisheye: false,
};

describe('a lens calibrated at another image size', () => {
  it('tells a resized copy from a crop or another orientation', () => {
    expect(imageSizeRelation(lens, 1088, 1920).relation).toBe('same');
    expect(imageSizeRelation(lens, 544, 960).relation).toBe('scaled');
    expect(imageSizeRelation(lens, 1080, 1920).relation).toBe('stretched');
    // Half of a 1080-wide video of this lens: scaled and resized by the encoder, both undone.
    expect(imageSizeRelation(lens, 540, 960)).toEqual({ relation: 'stretched', sx: 540 / 1088, sy: 0.5 });
    expect(imageSizeRelation(lens, 1620, 2880).relation).toBe('stretched');
    expect(imageSizeRelation(lens, 520, 960).relation).toBe('mismatch');
    expect(imageSizeRelation(lens, 1920, 1088).relation).toBe('mismatch');
    expect(imageSizeRelation(lens, 1000, 1920).relation).toBe('mismatch');
    expect(lensForImage(lens, 1920, 1088)).toBeNull();
  });

  it('projects a point where the resized picture shows it', () => {
    for (const [w, h] of [
      [1080, 1920],
      [544, 960],
      [2176, 3840],
      [540, 960],
    ]) {
      const small = lensForImage(lens, w, h)!;
      expect([small.width, small.height]).toEqual([w, h]);
      const a = new Float64Array(2),
        b = new Float64Array(2);
      for (const X of [
        [0, 0, 0],
        [0.4, -0.8, 0.3],
        [-0.5, 0.9, -0.2],
      ]) {
        projectPoint(prepareCamera(lens), X[0], X[1], X[2], a, 0);
        projectPoint(prepareCamera(small), X[0], X[1], X[2], b, 0);
        // Pixel centres at integer coordinates: u in the original is (u + ½)·s − ½ in the resized picture.
        expect(b[0]).toBeCloseTo((a[0] + 0.5) * (w / 1088) - 0.5, 9);
        expect(b[1]).toBeCloseTo((a[1] + 0.5) * (h / 1920) - 0.5, 9);
      }
    }
  });
});
