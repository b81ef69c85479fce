import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCheckerboardCorners } from './checkerboard.ts';
import { calibrateIntrinsics, gridObjectPoints, type BoardView } from './intrinsics.ts';
import { loadOpenCv } from './opencv.node.ts';
import { runCalibrate } from './runCalibrate.node.ts';
import { checkerboardPattern, renderTarget } from './renderTarget.ts';
import { gaussianBlur } from './grayImage.ts';
import { lookAt, makeCamera } from './lookAt.ts';
import { parseCalibrationToml } from '../formats/calibrationToml.ts';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const demo = resolve(repoRoot, '../shared/data/pose2sim-demo/calibration');
const haveDemo = existsSync(resolve(demo, 'intrinsics'));

describe('calibrateIntrinsics', () => {
  it('recovers focal length, principal point and distortion from rendered checkerboard views', async () => {
    const { cv } = await loadOpenCv();
    const pattern = checkerboardPattern(4, 7, 60);
    const dist = [-0.1, 0.04, 0.0005, -0.0008];
    const f = 700;
    const pp: [number, number] = [410, 296];
    const views: BoardView[] = [];
    const eyes: [number, number, number][] = [
      [0.6, 0.1, -0.9],
      [-0.4, 0.3, -1.0],
      [0.1, -0.35, -0.95],
      [0.2, 0.7, -0.8],
      [-0.2, -0.1, -1.1],
      [0.6, 0.5, -0.8],
      [0.09, 0.18, -1.0],
      [-0.5, -0.2, -0.8],
    ];
    const ups: [number, number, number][] = [
      [0, -1, 0],
      [0.4, -1, 0],
      [1, 0, 0],
      [-0.3, -1, 0],
    ];
    eyes.forEach((eye, i) => {
      const target: [number, number, number] = [0.09 + 0.1 * Math.sin(i), 0.18 + 0.1 * Math.cos(i), 0];
      const cam = makeCamera('c', 800, 600, f, lookAt(eye, target, ups[i % ups.length]), dist, pp);
      const found = findCheckerboardCorners(gaussianBlur(renderTarget(pattern, cam), 0.8), { innerCorners: [4, 7] });
      if (found) views.push({ objectPoints: gridObjectPoints(4, 7, 60), imagePoints: found.corners });
    });
    expect(views.length).toBeGreaterThanOrEqual(7);
    const res = calibrateIntrinsics(cv, views, 800, 600);
    expect(res.reprojectionErrorPx).toBeLessThan(0.2);
    expect(Math.abs(res.matrix[0] / f - 1)).toBeLessThan(0.005);
    expect(Math.abs(res.matrix[4] / f - 1)).toBeLessThan(0.005);
    expect(Math.hypot(res.matrix[2] - pp[0], res.matrix[5] - pp[1])).toBeLessThan(3);
    expect(Math.abs(res.distortions[0] - dist[0])).toBeLessThan(0.02);
  }, 300_000);

  it.skipIf(!haveDemo)(
    'openmocap calibrate on the pose2sim-demo checkerboard photos matches their OpenCV calibration (skipped without ../shared/data)',
    async () => {
      const scene = parseCalibrationToml(readFileSync(resolve(demo, 'Calib_scene.toml'), 'utf8'));
      const qualisys = parseCalibrationToml(readFileSync(resolve(demo, 'Calib_qualisys.toml'), 'utf8'));
      // A session whose calibration/intrinsics is the demo's folder (read only: outputs go to the session root).
      const session = mkdtempSync(join(tmpdir(), 'omc-demo-intr-'));
      mkdirSync(join(session, 'calibration'));
      symlinkSync(resolve(demo, 'intrinsics'), join(session, 'calibration', 'intrinsics'));
      const summary = await runCalibrate(session, { settings: { inner_corners: [4, 7], square_size_mm: 60 } });
      const rig = parseCalibrationToml(readFileSync(summary.file, 'utf8'));
      const cams = rig.cameras.map((c) => c.name);
      expect(cams).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
      for (const [i, cam] of cams.entries()) {
        const r = summary.intrinsics[i];
        expect([r.width, r.height]).toEqual([1088, 1920]);
        expect(r.views).toBeGreaterThanOrEqual(6);
        expect(r.reprojectionErrorPx).toBeLessThan(0.5);
        const res = rig.cameras[i];
        const [fx, , cx, , fy, cy] = res.matrix;
        const ref = scene.cameras[i].matrix;
        if (cam !== 'cam04') {
          expect(Math.abs(fx / ref[0] - 1)).toBeLessThan(0.01);
          expect(Math.abs(fy / ref[4] - 1)).toBeLessThan(0.01);
          expect(Math.abs(cx - ref[2])).toBeLessThan(10);
          expect(Math.abs(cy - ref[5])).toBeLessThan(10);
        } else {
          // Calib_scene's cam04 (f 1690.9, cx 535.8, tangential p1 0.0024) is not what OpenCV computes
          // from these photos. Real OpenCV 4.6 (fixtures/opencvIntrinsicsCheck.py: findChessboardCorners +
          // cornerSubPix + calibrateCamera with CALIB_FIX_K3, the recipe that reproduces Calib_scene's
          // cam02/cam03 to 0.1 px) gives f 1672.9, cx 556.5, cy 933.0 on the 6 photos it detects
          // (cam04_04 has the board partly out of frame; a hand-clicked view there is the likely cause of
          // Calib_scene's outlier). On our corners (7 views, mean 0.02–0.07 px from OpenCV's) cv2 gives
          // f 1674.0, cx 556.3; the lab's Qualisys calibration says f 1675.2. So cam04 is held to OpenCV.
          const opencvCam04 = { f: 1672.9, cx: 556.5, cy: 933.0 };
          expect(Math.abs(fx / opencvCam04.f - 1)).toBeLessThan(0.003);
          expect(Math.abs(fy / opencvCam04.f - 1)).toBeLessThan(0.003);
          expect(Math.abs(cx - opencvCam04.cx)).toBeLessThan(5);
          expect(Math.abs(cy - opencvCam04.cy)).toBeLessThan(5);
          expect(Math.abs(fx / ref[0] - 1)).toBeLessThan(0.012);
          expect(Math.abs(fx / qualisys.cameras[i].matrix[0] - 1)).toBeLessThan(0.01);
        }
      }
    },
    300_000,
  );
});
