import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLayout } from '../core/layouts.ts';
import type { PoseSequence2D } from '../core/types.ts';
import { UserError } from '../core/errors.ts';
import { writePose2d } from '../io/pose2d.ts';
import { writeCalibration } from '../io/calibration.ts';
import { encodePoints3dFile } from '../formats/points3dFile.ts';
import { decodeFrames } from './decode.ts';
import { LEFT_COLOR, RIGHT_COLOR } from './draw.ts';
import { findFfmpeg } from './ffmpeg.ts';
import { decodePng } from './png.ts';
import { overlaySession } from './overlaySession.ts';
import { writePatternVideo } from './testVideos.ts';

let tools: ReturnType<typeof findFfmpeg> | undefined;
try {
  tools = findFfmpeg();
} catch {
  tools = undefined;
}

const W = 160;
const H = 200;
const FRAMES = 6;

/** A single-person COCO-17 sequence whose legs are vertical lines at x = 60 (right leg) and x = 100 (left leg). */
function sequence(camera: string): PoseSequence2D {
  const L = getLayout('coco17');
  const at: Record<string, [number, number]> = {
    Nose: [80, 30],
    LEye: [84, 26],
    REye: [76, 26],
    LEar: [88, 28],
    REar: [72, 28],
    LShoulder: [100, 60],
    RShoulder: [60, 60],
    LElbow: [110, 90],
    RElbow: [50, 90],
    LWrist: [115, 115],
    RWrist: [45, 115],
    LHip: [100, 110],
    RHip: [60, 110],
    LKnee: [100, 145],
    RKnee: [60, 145],
    LAnkle: [100, 180],
    RAnkle: [60, 180],
  };
  const data = new Float32Array(FRAMES * L.keypoints.length * 3);
  for (let f = 0; f < FRAMES; f++) L.keypoints.forEach((n, j) => data.set([...at[n]!, 0.95], (f * L.keypoints.length + j) * 3));
  return {
    camera,
    layout: 'coco17',
    imageWidth: W,
    imageHeight: H,
    fps: 30,
    frames: FRAMES,
    persons: 1,
    joints: L.keypoints.length,
    data,
    trackIds: new Int32Array(FRAMES).fill(0),
    timestampsMs: Float64Array.from({ length: FRAMES }, (_, i) => (i * 1000) / 30),
    model: 'test',
  };
}

const close = (rgb: Uint8Array, w: number, x: number, y: number, c: readonly number[], tol = 40) =>
  [0, 1, 2].every((k) => Math.abs(rgb[(y * w + x) * 3 + k]! - c[k]!) <= tol);

let session: string;
beforeAll(async () => {
  if (!tools) return;
  session = mkdtempSync(join(tmpdir(), 'openmocap-overlay-'));
  mkdirSync(join(session, 'videos'));
  await writePatternVideo(join(session, 'videos', 'cam_01.mp4'), { width: W, height: H, fps: 30, frames: FRAMES, tools });
  writeFileSync(join(session, 'videos', 'cam02.mp4'), 'not a video at all');
  writePose2d(session, sequence('cam01'));
  writePose2d(session, sequence('cam02'));
});
afterAll(() => session && rmSync(session, { recursive: true, force: true }));

describe.skipIf(!tools)('overlaySession (skipped: no ffmpeg)', () => {
  it('draws the skeleton into an mp4 per camera and reports a broken video without stopping', async () => {
    const progress: number[] = [];
    const r = await overlaySession(session, { tools }, (p) => p.camera === 'cam01' && progress.push(p.frame));
    expect(r.cameras.map((c) => c.camera)).toEqual(['cam01']);
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]!.camera).toBe('cam02');
    expect(r.failed[0]!.message).toMatch(/cam02\.mp4/);
    expect(r.cameras[0]).toMatchObject({ frames: FRAMES, framesWithPose: FRAMES });
    expect(progress.at(-1)).toBe(FRAMES);
    const out = join(session, 'output', 'overlay', 'cam01.mp4');
    expect(r.cameras[0]!.output).toBe(out);
    let n = 0;
    for await (const f of decodeFrames(out, { tools })) {
      n++;
      expect([f.width, f.height]).toEqual([W, H]);
      // Image-left leg is the right leg (orange-red), image-right leg the left leg (blue). H.264's
      // halved chroma blurs a 2-pixel line's colour, so compare the red and blue channels.
      const at = (x: number, y: number) => Array.from(f.rgb.subarray((y * W + x) * 3, (y * W + x) * 3 + 3));
      const [r1, , b1] = at(60, 165);
      const [r2, , b2] = at(100, 165);
      expect(r1! - b1!).toBeGreaterThan(40);
      expect(b2! - r2!).toBeGreaterThan(40);
      // Background away from the body keeps the video's grey.
      expect(close(f.rgb, W, 140, 190, [128, 128, 128], 12)).toBe(true);
    }
    expect(n).toBe(FRAMES);
  });

  it('writes PNG frames at a reduced scale for the chosen camera only', async () => {
    const r = await overlaySession(session, {
      tools,
      format: 'png',
      cameras: ['cam01'],
      scale: 0.5,
      every: 2,
      outDir: join(session, 'png'),
    });
    expect(r.failed).toEqual([]);
    const files = readdirSync(join(session, 'png', 'cam01')).sort();
    expect(files).toEqual(['cam01_000000.png', 'cam01_000002.png', 'cam01_000004.png']);
    const img = decodePng(readFileSync(join(session, 'png', 'cam01', files[1]!)));
    expect([img.width, img.height]).toEqual([W / 2, H / 2]);
    expect(close(img.rgb, W / 2, 30, 82, RIGHT_COLOR, 60)).toBe(true);
    expect(close(img.rgb, W / 2, 50, 82, LEFT_COLOR, 60)).toBe(true);
  });

  it('draws only the frames that have keypoints when detection covered part of the video', async () => {
    const part = mkdtempSync(join(tmpdir(), 'openmocap-overlay-part-'));
    try {
      mkdirSync(join(part, 'videos'));
      await writePatternVideo(join(part, 'videos', 'cam01.mp4'), { width: W, height: H, fps: 30, frames: FRAMES, tools });
      const seq = sequence('cam01');
      writePose2d(part, {
        ...seq,
        frames: 4,
        data: seq.data.slice(0, 4 * 17 * 3),
        trackIds: seq.trackIds.slice(0, 4),
        timestampsMs: seq.timestampsMs.slice(0, 4),
      });
      const r = await overlaySession(part, { tools });
      expect(r.cameras[0]).toMatchObject({ framesRead: 4, frames: 4, framesWithPose: 4 });
      expect(r.warnings.map((w) => w.message).join()).toMatch(/4 frames.*has 6.*first 4/);
    } finally {
      rmSync(part, { recursive: true, force: true });
    }
  });

  it('draws the triangulated 3D points reprojected through the calibration', async () => {
    const sess = mkdtempSync(join(tmpdir(), 'openmocap-overlay-3d-'));
    try {
      mkdirSync(join(sess, 'videos'));
      await writePatternVideo(join(sess, 'videos', 'cam01.mp4'), { width: W, height: H, fps: 30, frames: 2, tools });
      const seq = sequence('cam01');
      writePose2d(sess, {
        ...seq,
        frames: 2,
        data: seq.data.slice(0, 2 * 17 * 3),
        trackIds: seq.trackIds.slice(0, 2),
        timestampsMs: seq.timestampsMs.slice(0, 2),
      });
      // Camera 5 m in front of the world origin looking down +Z: (X, Y, 0) → (80 + 20 X, 100 + 20 Y).
      // The calibration says 16 px wider than the video (as 1088 vs 1080 in the real data): same pixels, no rescaling.
      writeCalibration(join(sess, 'calibration.toml'), {
        cameras: [
          {
            name: 'cam_01',
            width: W + 16,
            height: H,
            matrix: [100, 0, 80, 0, 100, 100, 0, 0, 1],
            distortions: [0, 0, 0, 0],
            rotation: [0, 0, 0],
            translation: [0, 0, 5],
            fisheye: false,
          },
        ],
      });
      const data = new Float64Array(2 * 17 * 3).fill(NaN);
      for (let f = 0; f < 2; f++) data.set([3, -3.5, 0], f * 17 * 3); // Nose → pixel (140, 30)
      const points = {
        layout: 'coco17',
        fps: 30,
        frames: 2,
        joints: 17,
        data,
        reprojectionErrorPx: new Float32Array(34),
        cameraMask: new Uint32Array(34).fill(1),
        timestampsMs: new Float64Array([0, 33.3]),
      };
      mkdirSync(join(sess, 'output'));
      writeFileSync(join(sess, 'output', 'points3d.p3d'), encodePoints3dFile(points));
      const r = await overlaySession(sess, { tools, format: 'png' });
      expect(r.points3dFile).toBe(join(sess, 'output', 'points3d.p3d'));
      expect(r.warnings).toEqual([]);
      const img = decodePng(readFileSync(join(sess, 'output', 'overlay', 'cam01', 'cam01_000001.png')));
      const at = (x: number, y: number) => Array.from(img.rgb.subarray((y * W + x) * 3, (y * W + x) * 3 + 3));
      // A magenta ring of radius 3 around (140, 30), hollow in the middle.
      const [r1, g1, b1] = at(142, 30);
      expect(r1).toBeGreaterThan(180);
      expect(b1).toBeGreaterThan(180);
      expect(g1).toBeLessThan(80);
      expect(Math.abs(at(140, 30)[1]! - 128)).toBeLessThan(20);
      const none = await overlaySession(sess, { tools, format: 'png', reproject: false, outDir: join(sess, 'plain') });
      expect(none.points3dFile).toBeUndefined();
      const plain = decodePng(readFileSync(join(sess, 'plain', 'cam01', 'cam01_000001.png')));
      expect(plain.rgb[(30 * W + 142) * 3 + 1]).toBeGreaterThan(100);
    } finally {
      rmSync(sess, { recursive: true, force: true });
    }
  });

  it('draws all cameras side by side into one mosaic', async () => {
    const sess = mkdtempSync(join(tmpdir(), 'openmocap-overlay-mosaic-'));
    try {
      mkdirSync(join(sess, 'videos'));
      for (const cam of ['cam01', 'cam02']) {
        await writePatternVideo(join(sess, 'videos', `${cam}.mp4`), { width: W, height: H, fps: 30, frames: 3, tools });
        const seq = sequence(cam);
        writePose2d(sess, {
          ...seq,
          frames: 3,
          data: seq.data.slice(0, 3 * 17 * 3),
          trackIds: seq.trackIds.slice(0, 3),
          timestampsMs: seq.timestampsMs.slice(0, 3),
        });
      }
      // cam02's keypoints say it was detected on a 2× larger image: they must be scaled down to fit.
      const big = sequence('cam02');
      for (let i = 0; i < big.data.length; i += 3) {
        big.data[i] *= 2;
        big.data[i + 1] *= 2;
      }
      writePose2d(sess, {
        ...big,
        imageWidth: 2 * W,
        imageHeight: 2 * H,
        frames: 3,
        data: big.data.slice(0, 3 * 17 * 3),
        trackIds: big.trackIds.slice(0, 3),
        timestampsMs: big.timestampsMs.slice(0, 3),
      });
      const r = await overlaySession(sess, { tools, mosaic: true, format: 'png', maxSize: H / 2 });
      expect(r.mosaic).toBe(join(sess, 'output', 'overlay', 'mosaic'));
      expect(r.cameras.map((c) => [c.camera, c.frames, c.framesWithPose])).toEqual([
        ['cam01', 3, 3],
        ['cam02', 3, 3],
      ]);
      const files = readdirSync(r.mosaic!).sort();
      expect(files).toEqual(['mosaic_000000.png', 'mosaic_000001.png', 'mosaic_000002.png']);
      const img = decodePng(readFileSync(join(r.mosaic!, files[2]!)));
      expect([img.width, img.height]).toEqual([W, H / 2]);
      const at = (x: number, y: number) => Array.from(img.rgb.subarray((y * img.width + x) * 3, (y * img.width + x) * 3 + 3));
      // Right leg (orange) at x = 60/2 in the left tile and at 80 + 60/2 in the right tile; left leg blue.
      for (const x0 of [0, W / 2]) {
        const [r1, , b1] = at(x0 + 30, 82);
        const [r2, , b2] = at(x0 + 50, 82);
        expect(r1! - b1!).toBeGreaterThan(60);
        expect(b2! - r2!).toBeGreaterThan(60);
      }
    } finally {
      rmSync(sess, { recursive: true, force: true });
    }
  });

  it('combines the mosaic by time with output/sync.json: a camera that started 2 frames later shows its frame k − 2 in picture k', async () => {
    const sess = mkdtempSync(join(tmpdir(), 'openmocap-overlay-mosaic-sync-'));
    try {
      mkdirSync(join(sess, 'videos'));
      for (const cam of ['cam01', 'cam02']) {
        await writePatternVideo(join(sess, 'videos', `${cam}.mp4`), { width: W, height: H, fps: 30, frames: FRAMES, tools });
        writePose2d(sess, sequence(cam));
      }
      mkdirSync(join(sess, 'output'));
      writeFileSync(
        join(sess, 'output', 'sync.json'),
        JSON.stringify({
          reference: 'cam01',
          cameras: {
            cam01: { start_s: 0, rate_ppm: 0, confidence: 1, method: 'reference' },
            cam02: { start_s: 2 / 30, rate_ppm: 0, confidence: 0.9, method: 'keypoints' },
          },
        }),
      );
      const r = await overlaySession(sess, { tools, mosaic: true, format: 'png', maxSize: H, reproject: false });
      const files = readdirSync(r.mosaic!).sort();
      // cam01 from 0 to 5/30 s, cam02 from 2/30 to 7/30 s on the reference clock: 8 pictures.
      expect(files.length).toBe(FRAMES + 2);
      /** The frame a tile shows (the pattern's dark square is at x = 8 + frame), or null for an empty tile. */
      const shown = (img: { rgb: Uint8Array; width: number }, x0: number): number | null => {
        const row = H / 2;
        const v = (x: number) => img.rgb[(row * img.width + x0 + x) * 3]!;
        if (v(W - 5) < 90) return null;
        for (let x = 4; x < W / 2; x++) if (v(x) < 60) return x - 8;
        return -1;
      };
      const seen = files.map((f) => {
        const img = decodePng(readFileSync(join(r.mosaic!, f)));
        expect([img.width, img.height]).toEqual([2 * W, H]);
        return [shown(img, 0), shown(img, W)];
      });
      expect(seen).toEqual([
        [0, null],
        [1, null],
        [2, 0],
        [3, 1],
        [4, 2],
        [5, 3],
        [null, 4],
        [null, 5],
      ]);
      expect(r.cameras.map((c) => [c.camera, c.frames])).toEqual([
        ['cam01', FRAMES],
        ['cam02', FRAMES],
      ]);
      // Without the sync file: frame k of both in picture k.
      rmSync(join(sess, 'output', 'sync.json'));
      const plain = await overlaySession(sess, {
        tools,
        mosaic: true,
        format: 'png',
        maxSize: H,
        reproject: false,
        outDir: join(sess, 'plain'),
      });
      const plainSeen = readdirSync(plain.mosaic!)
        .sort()
        .map((f) => {
          const img = decodePng(readFileSync(join(plain.mosaic!, f)));
          return [shown(img, 0), shown(img, W)];
        });
      expect(plainSeen).toEqual(Array.from({ length: FRAMES }, (_, k) => [k, k]));
    } finally {
      rmSync(sess, { recursive: true, force: true });
    }
  });

  it('rejects an unknown --camera with the names it found', async () => {
    const err = await overlaySession(session, { tools, cameras: ['cam09'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/cam09.*found: cam01, cam02/);
    expect(existsSync(join(session, 'output', 'overlay', 'cam09.mp4'))).toBe(false);
  });
});
