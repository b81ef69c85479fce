import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLayout } from '../core/layouts.ts';
import { CENTRE_COLOR, drawLine, drawPose, drawText, keypointSide, LEFT_COLOR, RIGHT_COLOR, scoreColor, trackColor } from './draw.ts';
import { decodePng, encodePng } from './png.ts';
import { decodeFrame } from './decode.ts';
import { findFfmpeg } from './ffmpeg.ts';

const W = 200;
const H = 240;
const grey = () => new Uint8Array(W * H * 3).fill(50);
const px = (rgb: Uint8Array, x: number, y: number) => Array.from(rgb.subarray((y * W + x) * 3, (y * W + x) * 3 + 3));
const near = (a: number[], b: readonly number[], tol = 2) => a.every((v, i) => Math.abs(v - b[i]!) <= tol);

/** A standing COCO-17 person facing the camera (their left on the image's right). */
function standingCoco17(score = 0.9): Float32Array {
  const L = getLayout('coco17');
  const at: Record<string, [number, number]> = {
    Nose: [100, 40],
    LEye: [106, 34],
    REye: [94, 34],
    LEar: [112, 38],
    REar: [88, 38],
    LShoulder: [130, 70],
    RShoulder: [70, 70],
    LElbow: [140, 110],
    RElbow: [60, 110],
    LWrist: [145, 150],
    RWrist: [55, 150],
    LHip: [120, 140],
    RHip: [80, 140],
    LKnee: [122, 180],
    RKnee: [78, 180],
    LAnkle: [124, 220],
    RAnkle: [76, 220],
  };
  const kp = new Float32Array(L.keypoints.length * 3);
  L.keypoints.forEach((n, j) => kp.set([...at[n]!, score], j * 3));
  return kp;
}

describe('drawLine', () => {
  it('colours pixels within half the width of the segment and nothing else', () => {
    const img = grey();
    drawLine(img, W, H, 20, 100.5, 180, 100.5, [255, 0, 0], 4);
    expect(px(img, 100, 100)).toEqual([255, 0, 0]);
    expect(px(img, 100, 99)).toEqual([255, 0, 0]);
    expect(px(img, 100, 105)).toEqual([50, 50, 50]);
    expect(px(img, 10, 100)).toEqual([50, 50, 50]);
  });

  it('clips segments that leave the image and ignores NaN ends', () => {
    const img = grey();
    expect(() => drawLine(img, W, H, -500, -500, 1000, 1000, [0, 255, 0], 3)).not.toThrow();
    expect(px(img, 100, 100)).toEqual([0, 255, 0]);
    const before = img.slice();
    drawLine(img, W, H, NaN, 3, 50, 50, [0, 0, 255], 3);
    expect(img).toEqual(before);
  });
});

describe('drawPose', () => {
  it('colours left bones blue, right bones orange and midline bones grey', () => {
    const img = grey();
    drawPose(img, W, H, standingCoco17(), 'coco17', { jointRadiusPx: 2, lineWidthPx: 4 });
    // Middle of LKnee–LAnkle (image right), RKnee–RAnkle (image left), LHip–RHip.
    expect(near(px(img, 123, 200), LEFT_COLOR)).toBe(true);
    expect(near(px(img, 77, 200), RIGHT_COLOR)).toBe(true);
    expect(near(px(img, 100, 140), CENTRE_COLOR)).toBe(true);
    // Far from the body nothing changes.
    expect(px(img, 10, 10)).toEqual([50, 50, 50]);
  });

  it('colours joints by confidence and skips joints below minScore or NaN', () => {
    const img = grey();
    const kp = standingCoco17(0.9);
    const L = getLayout('coco17');
    const lw = L.indexOf.get('LWrist')!;
    const rw = L.indexOf.get('RWrist')!;
    kp[lw * 3 + 2] = 0.1; // below the default 0.2
    kp[rw * 3] = NaN;
    const drawn = drawPose(img, W, H, kp, L, { lineWidthPx: 3 });
    expect(drawn).toBe(15);
    expect(near(px(img, 100, 40), scoreColor(0.9), 3)).toBe(true);
    expect(px(img, 145, 152)).toEqual([50, 50, 50]);
    expect(px(img, 55, 152)).toEqual([50, 50, 50]);
    // The elbow–wrist bone is gone with the wrist.
    expect(px(img, 143, 135)).toEqual([50, 50, 50]);
  });

  it('draws a label above the head in the track colour', () => {
    const img = grey();
    drawPose(img, W, H, standingCoco17(), 'coco17', { color: trackColor(1), label: '#1', lineWidthPx: 2 });
    let labelled = 0;
    for (let y = 0; y < 34; y++) for (let x = 80; x < 120; x++) if (near(px(img, x, y), trackColor(1), 1)) labelled++;
    expect(labelled).toBeGreaterThan(10);
  });

  it('knows each layout keypoint side from its name', () => {
    expect(keypointSide('LKnee')).toBe('L');
    expect(keypointSide('RSmallToe')).toBe('R');
    expect(keypointSide('Nose')).toBe('C');
    expect(keypointSide('Neck')).toBe('C');
    for (const name of ['halpe26', 'body25', 'blazepose33']) {
      const L = getLayout(name);
      const left = L.keypoints.filter((k) => keypointSide(k) === 'L').length;
      const right = L.keypoints.filter((k) => keypointSide(k) === 'R').length;
      expect(left).toBe(right);
      expect(left).toBeGreaterThan(4);
    }
  });
});

describe('scoreColor and drawText', () => {
  it('runs from red through yellow to green', () => {
    expect(scoreColor(0)).toEqual([255, 0, 0]);
    expect(scoreColor(0.5)).toEqual([255, 255, 0]);
    expect(scoreColor(1)).toEqual([0, 255, 0]);
    expect(scoreColor(NaN)).toEqual([255, 0, 0]);
  });

  it('draws a digit glyph pixel for pixel', () => {
    const img = grey();
    drawText(img, W, H, '1', 10, 10, 2, [255, 255, 255]);
    // Glyph "1" row 0 is 00100: only column 2 lit, scaled ×2.
    expect(px(img, 14, 10)).toEqual([255, 255, 255]);
    expect(px(img, 10, 10)).toEqual([50, 50, 50]);
    // Row 6 is 01110.
    expect(px(img, 12, 22)).toEqual([255, 255, 255]);
  });
});

describe('PNG', () => {
  it('round-trips an image through encodePng and decodePng', () => {
    const img = grey();
    drawPose(img, W, H, standingCoco17(), 'coco17');
    const png = encodePng(img, W, H);
    expect(png.length).toBeLessThan(img.length / 4);
    const back = decodePng(png);
    expect([back.width, back.height]).toEqual([W, H]);
    expect(back.rgb).toEqual(img);
  });

  let tools: ReturnType<typeof findFfmpeg> | undefined;
  try {
    tools = findFfmpeg();
  } catch {
    tools = undefined;
  }
  it.skipIf(!tools)('writes PNGs that ffmpeg reads back identically (skipped: no ffmpeg)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openmocap-png-'));
    try {
      const img = grey();
      drawPose(img, W, H, standingCoco17(), 'coco17');
      const file = join(dir, 'pose.png');
      writeFileSync(file, encodePng(img, W, H));
      const frame = await decodeFrame(file, 0, { tools });
      expect([frame.width, frame.height]).toEqual([W, H]);
      expect(frame.rgb).toEqual(img);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
