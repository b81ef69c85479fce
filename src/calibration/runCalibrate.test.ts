import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { runCalibrate } from './runCalibrate.node.ts';
import { checkerboardPattern, renderTarget } from './renderTarget.ts';
import { gaussianBlur, type GrayImage } from './grayImage.ts';
import { lookAt, makeCamera } from './lookAt.ts';
import { parseCalibrationToml } from '../formats/calibrationToml.ts';
import { UserError } from '../core/errors.ts';

function writePng(path: string, img: GrayImage): void {
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  const id = ctx.createImageData(img.width, img.height);
  for (let i = 0; i < img.width * img.height; i++) {
    const v = Math.max(0, Math.min(255, Math.round(img.data[i])));
    id.data[4 * i] = id.data[4 * i + 1] = id.data[4 * i + 2] = v;
    id.data[4 * i + 3] = 255;
  }
  ctx.putImageData(id, 0, 0);
  writeFileSync(path, canvas.toBuffer('image/png'));
}

describe('runCalibrate (checkerboard photos)', () => {
  it('writes intrinsics to calibration.toml and says the camera positions are still needed', async () => {
    const session = mkdtempSync(join(tmpdir(), 'omc-cal-'));
    const dir = join(session, 'calibration', 'intrinsics', 'cam01');
    mkdirSync(dir, { recursive: true });
    const pattern = checkerboardPattern(4, 7, 60);
    const eyes: [number, number, number][] = [[0.6, 0.1, -0.9], [-0.4, 0.3, -1.0], [0.1, -0.35, -0.95], [0.2, 0.7, -0.8], [-0.2, -0.1, -1.1], [0.6, 0.5, -0.8]];
    eyes.forEach((eye, i) => {
      const cam = makeCamera('cam01', 800, 600, 700, lookAt(eye, [0.09, 0.18, 0], i % 2 ? [0, -1, 0] : [1, -0.3, 0]), [-0.08, 0.02, 0, 0]);
      writePng(join(dir, `view${i}.png`), gaussianBlur(renderTarget(pattern, cam), 0.8));
    });
    writeFileSync(join(dir, 'notes.txt'), 'not an image');
    const summary = await runCalibrate(session, { settings: { inner_corners: [4, 7], square_size_mm: 60 } });
    expect(summary.intrinsics).toHaveLength(1);
    expect(summary.intrinsics[0].views).toBe(6);
    expect(summary.intrinsics[0].reprojectionErrorPx).toBeLessThan(0.3);
    expect(summary.missing.join(' ')).toMatch(/extrinsics/);
    const rig = parseCalibrationToml(readFileSync(summary.file, 'utf8'));
    expect(rig.cameras[0].name).toBe('cam01');
    expect(Math.abs(rig.cameras[0].matrix[0] / 700 - 1)).toBeLessThan(0.01);
    expect([rig.cameras[0].width, rig.cameras[0].height]).toEqual([800, 600]);
  });

  it('tells the user what to check when the board is never found', async () => {
    const session = mkdtempSync(join(tmpdir(), 'omc-cal-'));
    const dir = join(session, 'calibration', 'intrinsics', 'cam01');
    mkdirSync(dir, { recursive: true });
    const cam = makeCamera('cam01', 400, 300, 400, lookAt([0.09, 0.18, -1.2], [0.09, 0.18, 0], [0, -1, 0]));
    writePng(join(dir, 'a.png'), renderTarget(checkerboardPattern(4, 7, 60), cam));
    // The board has 4×7 inner corners but the settings say 5×7 (squares counted instead of corners).
    const err = await runCalibrate(session, { settings: { inner_corners: [5, 7] } }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/never seen/);
    expect(err.message).toMatch(/set inner_corners = \[4, 7\]/);
    expect(err.message).toMatch(/inner_corners/);
    expect(err.message).toContain(dir);
  });

  it('says what to film when the session has no calibration inputs', async () => {
    const session = mkdtempSync(join(tmpdir(), 'omc-cal-'));
    const err = await runCalibrate(session).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/calibration\/intrinsics\/<camera>/);
  });

  it('rejects an unknown board type with the setting name', async () => {
    const session = mkdtempSync(join(tmpdir(), 'omc-cal-'));
    writeFileSync(join(session, 'mocap.toml'), '[calibration]\nboard = "chessboard"\n');
    const err = await runCalibrate(session).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/calibration\.board/);
  });
});

describe('runCalibrate (ChArUco extrinsics)', () => {
  it('places cameras from one synchronised photo each of a ChArUco board on the floor, using the session intrinsics', async () => {
    const { loadOpenCv } = await import('./opencv.ts');
    const { createCharucoDetector } = await import('./charuco.ts');
    const { texturePattern } = await import('./renderTarget.ts');
    const { formatCalibrationToml } = await import('../formats/calibrationToml.ts');
    const { cameraCenter, rotationMatrix } = await import('../camera/project.ts');
    const { cv } = await loadOpenCv();
    const spec = { squares: [7, 5] as [number, number], squareSizeMm: 100, markerRatio: 0.8, dictionary: 'DICT_4X4_250' };
    const detector = createCharucoDetector(cv, spec);
    const pattern = texturePattern(detector.render(60), 0.7, 0.5, 0.05);
    detector.delete();
    // World Z up; the board lies face up on the floor: board frame = (x, −y, −z) of the world, centred near the origin.
    const truth = [
      makeCamera('cam01', 800, 600, 700, lookAt([1.6, 0.4, 1.8], [0.35, -0.25, 0], [0, 0, 1])),
      makeCamera('cam02', 800, 600, 700, lookAt([-0.6, 1.4, 1.9], [0.35, -0.25, 0], [0, 0, 1])),
      makeCamera('cam03', 800, 600, 700, lookAt([-0.9, -1.6, 1.7], [0.35, -0.25, 0], [0, 0, 1])),
    ];
    const session = mkdtempSync(join(tmpdir(), 'omc-ext-'));
    mkdirSync(join(session, 'calibration', 'extrinsics'), { recursive: true });
    // Rendering in the board frame = world frame flipped: R_board = R_world · F.
    for (const cam of truth) {
      const R = rotationMatrix(cam.rotation);
      const Rb = [R[0], -R[1], -R[2], R[3], -R[4], -R[5], R[6], -R[7], -R[8]];
      const { rotationVector } = await import('../camera/project.ts');
      const seen = { ...cam, rotation: rotationVector(Rb) };
      writePng(join(session, 'calibration', 'extrinsics', `${cam.name}.png`), gaussianBlur(renderTarget(pattern, seen, { supersample: 2 }), 0.6));
    }
    const intrinsicsOnly = truth.map((c) => ({ ...c, rotation: [0, 0, 0] as [number, number, number], translation: [0, 0, 0] as [number, number, number] }));
    writeFileSync(join(session, 'calibration.toml'), formatCalibrationToml({ cameras: intrinsicsOnly }));
    writeFileSync(join(session, 'mocap.toml'), '[calibration]\nboard = "charuco"\ncharuco_squares = [7, 5]\nsquare_size_mm = 100\n');
    const summary = await runCalibrate(session);
    expect(summary.missing).toEqual([]);
    expect(summary.extrinsics.map((e) => e.camera)).toEqual(['cam01', 'cam02', 'cam03']);
    const rig = parseCalibrationToml(readFileSync(summary.file, 'utf8'));
    for (const [i, cam] of truth.entries()) {
      const a = cameraCenter(cam);
      const b = cameraCenter(rig.cameras[i]);
      // One view per camera: centimetre-level, with the world on the floor board (Z up).
      expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeLessThan(0.02);
    }
  });
});
