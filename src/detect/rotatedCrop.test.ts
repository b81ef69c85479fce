import { describe, expect, it } from 'vitest';
import {
  bodyUprightRotationRad,
  cropPointToFrame,
  cropToFrame,
  framePointToCrop,
  rotatedCropAroundHips,
  sampleCrop,
  type Crop,
} from './crop.ts';

/** A w×h RGB image whose pixel (x, y) has a colour unique enough to tell positions apart. */
function pattern(w: number, h: number): Uint8Array {
  const rgb = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rgb.set([(x * 7) % 256, (y * 5) % 256, ((x + y) * 3) % 256], (y * w + x) * 3);
  return rgb;
}

/** The same image turned 90° clockwise on screen: (x, y) of the w×h source lands on (h − 1 − y, x). */
function rotate90(rgb: Uint8Array, w: number, h: number): Uint8Array {
  const out = new Uint8Array(rgb.length);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) out.set(rgb.subarray((y * w + x) * 3, (y * w + x) * 3 + 3), (x * h + (h - 1 - y)) * 3);
  return out;
}

describe('rotated crops', () => {
  it('a point mapped into a rotated crop and back returns to itself', () => {
    for (const rotationRad of [0, 0.3, -1.2, Math.PI / 2, 2.9]) {
      const crop: Crop = { cx: 412.3, cy: 977.8, size: 355, rotationRad };
      for (const [x, y] of [
        [400, 900],
        [250.5, 1100.25],
        [600, 700],
      ]) {
        const [u, v] = framePointToCrop(crop, x, y);
        const [x2, y2] = cropPointToFrame(crop, u, v);
        expect(x2).toBeCloseTo(x, 9);
        expect(y2).toBeCloseTo(y, 9);
      }
    }
  });

  it('the crop centre and "up" land where the rotation says', () => {
    const crop: Crop = { cx: 100, cy: 200, size: 50, rotationRad: Math.PI / 2 };
    expect(cropPointToFrame(crop, 0.5, 0.5)).toEqual([100, 200]);
    const [x, y] = cropPointToFrame(crop, 0.5, 0); // top middle of the crop
    expect(x).toBeCloseTo(125, 9); // up in the crop = +x in the frame for a quarter turn clockwise
    expect(y).toBeCloseTo(200, 9);
  });

  it('a synthetic image rotated 90° gives the same crop as the upright one, once the crop is rotated with it', () => {
    const [w, h, n] = [60, 40, 16];
    const rgb = pattern(w, h);
    const upright: Crop = { cx: 30.5, cy: 18.25, size: 24 };
    const a = sampleCrop(rgb, w, h, upright, n);
    // In the turned image (h wide, w tall) the crop centre moves to (h − 1 − cy, cx) and turns by 90°.
    const turned: Crop = { cx: h - 1 - upright.cy, cy: upright.cx, size: upright.size, rotationRad: Math.PI / 2 };
    const b = sampleCrop(rotate90(rgb, w, h), h, w, turned, n);
    let maxDiff = 0;
    for (let i = 0; i < a.length; i++) maxDiff = Math.max(maxDiff, Math.abs(a[i] - b[i]));
    expect(maxDiff).toBeLessThanOrEqual(1); // rounding of cos(π/2) only
  });

  it('a tiny rotation samples like the axis-aligned crop, and the keypoint map agrees', () => {
    const [w, h] = [50, 50];
    const rgb = pattern(w, h);
    const crop: Crop = { cx: 24.5, cy: 26, size: 30 };
    const a = sampleCrop(rgb, w, h, crop, 20);
    const b = sampleCrop(rgb, w, h, { ...crop, rotationRad: 1e-9 }, 20);
    let maxDiff = 0;
    for (let i = 0; i < a.length; i++) maxDiff = Math.max(maxDiff, Math.abs(a[i] - b[i]));
    expect(maxDiff).toBeLessThanOrEqual(1);
    const kp = cropToFrame(new Float32Array([0.25, 0.75, 1]), crop);
    expect([kp[0], kp[1]]).toEqual([24.5 - 7.5, 26 + 7.5]);
  });

  it('turns a lying body upright: the shoulders end up above the hips in the crop', () => {
    // joints: LHip, RHip, LShoulder, RShoulder, head — a person lying with the head to the right.
    const kp = new Float32Array([300, 410, 0.9, 300, 390, 0.9, 400, 410, 0.9, 400, 390, 0.9, 460, 400, 0.9]);
    const joints = { hips: [0, 1] as [number, number], shoulders: [2, 3] as [number, number] };
    expect(bodyUprightRotationRad(kp, joints)).toBeCloseTo(Math.PI / 2, 9);
    const crop = rotatedCropAroundHips(kp, joints, { factor: 2 })!;
    expect([crop.cx, crop.cy]).toEqual([300, 400]);
    const [, vHip] = framePointToCrop(crop, 300, 400);
    const [uHead, vHead] = framePointToCrop(crop, 460, 400);
    expect(uHead).toBeCloseTo(0.5, 9);
    expect(vHead).toBeLessThan(vHip);
    // Not confident about a shoulder: axis-aligned.
    kp[3 * 3 + 2] = 0.05;
    expect(rotatedCropAroundHips(kp, joints)!.rotationRad).toBeUndefined();
  });
});
