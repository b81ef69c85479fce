import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseToml } from 'smol-toml';
import { getLayout } from '../core/layouts.ts';
import { projectPoints } from '../camera/project.ts';
import { parseCalibrationToml } from '../formats/calibrationToml.ts';
import { parseTrc, trcToWorld } from '../formats/trc.ts';
import { readPose2dFile, pose2dPath } from '../io/pose2d.ts';
import { probeVideo } from '../video/probe.ts';
import { decodeFrame } from '../video/decode.ts';
import { ffmpegMissing } from '../video/testVideos.ts';
import { buildDemoSession, DEMO_DEFAULTS, parseTruthJson } from './buildDemoSession.ts';
import { comparePose2dToTruth } from './compareToTruth.ts';
import { renderBackground } from './renderFigure.ts';
import { makeCameraView } from './cameraView.ts';

// ffmpeg ships with the npm dependencies; should it be broken, the video test skips with the reason.
const noFfmpeg = ffmpegMissing();

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'openmocap-demo-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('buildDemoSession', () => {
  it.skipIf(!!noFfmpeg)(
    `writes four real videos whose pixels agree with calibration.toml and the ground truth${noFfmpeg ? ` — skipped: ${noFfmpeg}` : ''}`,
    async () => {
      const dir = tempDir();
      const s = await buildDemoSession(dir, { frames: 8, seed: 4 });
      expect(s.input).toBe('video');
      expect(s.videos.map((v) => v.slice(dir.length + 1))).toEqual([
        'videos/cam01.mp4',
        'videos/cam02.mp4',
        'videos/cam03.mp4',
        'videos/cam04.mp4',
      ]);

      const rig = parseCalibrationToml(readFileSync(join(dir, 'calibration.toml'), 'utf8'));
      const truth = parseTruthJson(readFileSync(s.truthJsonFile, 'utf8'));
      expect(truth.frames).toBe(8);
      const hip = getLayout(truth.layout).indexOf.get('Hip')!;
      for (const [c, cam] of rig.cameras.entries()) {
        expect(cam.distortions.slice(0, 2)).toEqual(DEMO_DEFAULTS.distortion.slice(0, 2));
        const info = await probeVideo(s.videos[c]);
        expect([info.width, info.height, info.fps, info.frames]).toEqual([640, 480, 30, 8]);
        // Every truth point projects inside the image, and the figure is big enough for a pose model.
        for (let f = 0; f < truth.frames; f++) {
          const uv = projectPoints(cam, truth.data.subarray(f * truth.joints * 3, (f + 1) * truth.joints * 3));
          let top = Infinity,
            bottom = -Infinity;
          for (let j = 0; j < truth.joints; j++) {
            expect(uv[2 * j]).toBeGreaterThan(0);
            expect(uv[2 * j]).toBeLessThan(cam.width);
            expect(uv[2 * j + 1]).toBeGreaterThan(0);
            expect(uv[2 * j + 1]).toBeLessThan(cam.height);
            top = Math.min(top, uv[2 * j + 1]);
            bottom = Math.max(bottom, uv[2 * j + 1]);
          }
          expect(bottom - top).toBeGreaterThan(200);
        }
        // The decoded video shows the figure where the calibration projects the pelvis, and background at the corner
        // (two cameras suffice: decoding is the slow part of this test).
        if (c % 2) continue;
        const frame = await decodeFrame(s.videos[c], 5);
        const bg = renderBackground(makeCameraView(cam));
        const uv = projectPoints(cam, truth.data.subarray((5 * truth.joints + hip) * 3, (5 * truth.joints + hip) * 3 + 3));
        const diffAt = (u: number, v: number): number => {
          const i = (Math.round(v) * cam.width + Math.round(u)) * 3;
          return Math.abs(frame.rgb[i] - bg[i]) + Math.abs(frame.rgb[i + 1] - bg[i + 1]) + Math.abs(frame.rgb[i + 2] - bg[i + 2]);
        };
        expect(diffAt(uv[0], uv[1])).toBeGreaterThan(60);
        expect(diffAt(4, 4)).toBeLessThan(20);
      }
    },
    240_000,
  );

  it('stores the same truth as TRC (pipeline axes) and JSON, and documents the settings in mocap.toml', async () => {
    const dir = tempDir();
    const s = await buildDemoSession(dir, { frames: 5, seed: 2, keypointsOnly: true });
    const trc = parseTrc(readFileSync(s.truthFile, 'utf8'));
    expect(trc.frames).toBe(5);
    expect(trc.markers).toEqual(getLayout('halpe26').trcNames);
    const world = trcToWorld(trc.data);
    const order = getLayout('halpe26').trcOrder;
    const J = order.length;
    for (let f = 0; f < 5; f++)
      for (let c = 0; c < J; c++)
        for (let k = 0; k < 3; k++) expect(world[(f * J + c) * 3 + k]).toBeCloseTo(s.truth.data[(f * J + order[c]) * 3 + k], 4);
    const toml = parseToml(readFileSync(join(dir, 'mocap.toml'), 'utf8')) as { detect: { model: string } };
    expect(toml.detect.model).toBe('movenet-lightning');
  });

  it('keypoints-only: writes the projected truth as 2D keypoints and no videos', async () => {
    const dir = tempDir();
    const s = await buildDemoSession(dir, { frames: 20, seed: 3, keypointsOnly: true });
    expect(s.input).toBe('keypoints');
    expect(existsSync(join(dir, 'videos'))).toBe(false);
    for (const cam of s.rig.cameras) {
      const seq = readPose2dFile(pose2dPath(dir, cam.name));
      expect(seq.layout).toBe('coco17');
      const acc = comparePose2dToTruth(seq, s.truth, (xyz) => projectPoints(cam, xyz));
      expect(acc.detectedFrames).toBe(20);
      expect(acc.medianPx).toBeGreaterThan(0.5); // the 1.5 px noise is there …
      expect(acc.medianPx).toBeLessThan(3); // … and nothing more
      expect(acc.swappedFrames).toBe(0);
    }
  });

  it('keeps an identical earlier build and rebuilds when anything changes', async () => {
    const dir = tempDir();
    expect((await buildDemoSession(dir, { frames: 4, keypointsOnly: true })).reused).toBe(false);
    expect((await buildDemoSession(dir, { frames: 4, keypointsOnly: true })).reused).toBe(true);
    expect((await buildDemoSession(dir, { frames: 5, keypointsOnly: true })).reused).toBe(false);
    expect((await buildDemoSession(dir, { frames: 5, keypointsOnly: true, reuse: false })).reused).toBe(false);
    rmSync(pose2dPath(dir, 'cam03'));
    expect((await buildDemoSession(dir, { frames: 5, keypointsOnly: true })).reused).toBe(false);
    expect(readFileSync(join(dir, 'mocap.toml'), 'utf8')).toMatch(/^# openmocap demo session/);
  });

  it('is deterministic from the seed', async () => {
    const a = await buildDemoSession(tempDir(), { frames: 3, seed: 9, keypointsOnly: true });
    const b = await buildDemoSession(tempDir(), { frames: 3, seed: 9, keypointsOnly: true });
    expect(readFileSync(a.truthFile, 'utf8')).toBe(readFileSync(b.truthFile, 'utf8'));
    expect(readFileSync(pose2dPath(a.dir, 'cam02'))).toEqual(readFileSync(pose2dPath(b.dir, 'cam02')));
  });
});
