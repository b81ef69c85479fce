// `openmocap calibrate` on board videos: intrinsics from one video per camera (blurred frames and
// a board held still skipped), and ChArUco extrinsics from synchronised videos with the world on
// the floor board. Small synthetic renders, encoded with ffmpeg.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCalibrate } from './runCalibrate.node.ts';
import { checkerboardPattern, invertedPattern, renderTarget, texturePattern } from './renderTarget.ts';
import { gaussianBlur, type GrayImage } from './grayImage.ts';
import { lookAt, makeCamera } from './lookAt.ts';
import { writeGrayVideo } from './fixtures/writeImages.node.ts';
import { loadOpenCv } from './opencv.node.ts';
import { createCharucoDetector } from './charuco.ts';
import { formatCalibrationToml } from '../formats/calibrationToml.ts';
import { readCalibration } from '../io/calibration.ts';
import { cameraCenter, rotationMatrix, rotationVector } from '../camera/project.ts';
import type { Camera } from '../core/types.ts';

/** Horizontal motion blur: a box of 2·len + 1 pixels along x. */
function motionBlur(img: GrayImage, len: number): GrayImage {
  const { width: w, height: h } = img;
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let k = -len; k <= len; k++) s += img.data[y * w + Math.min(w - 1, Math.max(0, x + k))];
      out[y * w + x] = s / (2 * len + 1);
    }
  }
  return { width: w, height: h, data: out };
}

const mul = (A: ArrayLike<number>, B: ArrayLike<number>): number[] => {
  const C = new Array(9).fill(0);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) C[i * 3 + j] += A[i * 3 + k] * B[k * 3 + j];
  return C;
};

describe('runCalibrate (intrinsics from a checkerboard video)', () => {
  it('samples the video, skips blurred frames and a board held still, and recovers the focal length', async () => {
    const session = mkdtempSync(join(tmpdir(), 'omc-calvid-'));
    mkdirSync(join(session, 'calibration', 'intrinsics'), { recursive: true });
    const pattern = checkerboardPattern(4, 7, 60);
    const f = 560;
    const frames: GrayImage[] = [];
    const blank = renderTarget(pattern, makeCamera('c', 640, 480, f, lookAt([3, 3, -1], [3, 4, -1], [0, 0, 1])), { supersample: 1 });
    frames.push(blank, blank); // the board not in view yet
    for (let i = 0; i < 10; i++) {
      const a = (i / 10) * 2 * Math.PI;
      const eye: [number, number, number] = [0.09 + 0.45 * Math.cos(a), 0.18 + 0.35 * Math.sin(a), -0.85 - 0.15 * Math.sin(2 * a)];
      const target: [number, number, number] = [0.09 + 0.12 * Math.cos(3 * a), 0.18 + 0.1 * Math.sin(2 * a), 0];
      const cam = makeCamera('cam01', 640, 480, f, lookAt(eye, target, [0.5 * Math.sin(a), -1, 0]), [-0.08, 0.02, 0, 0]);
      const img = gaussianBlur(renderTarget(pattern, cam, { supersample: 2 }), 0.7);
      // Held still for three frames, then moved quickly (smeared by 9 px) to the next pose on every other one.
      frames.push(img, img, img);
      if (i % 2 === 1) frames.push(motionBlur(img, 4));
    }
    await writeGrayVideo(join(session, 'calibration', 'intrinsics', 'cam01.mp4'), frames);
    const progress: string[] = [];
    const summary = await runCalibrate(session, {
      settings: { inner_corners: [4, 7] },
      onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.unit}`),
    });
    const r = summary.intrinsics[0];
    expect(r.camera).toBe('cam01');
    expect(r.looked).toBe(frames.length);
    expect(progress.at(-1)).toBe(`${frames.length}/${frames.length} frames`);
    expect(r.found).toBe(35); // every frame with the board, blurred ones included
    expect(r.blurred).toBe(5);
    expect(r.duplicates).toBe(20);
    expect(r.views).toBe(10);
    expect(r.reprojectionErrorPx).toBeLessThan(0.3);
    expect(Math.abs(r.focalPx[0] / f - 1)).toBeLessThan(0.01);
    expect(Math.hypot(r.principalPointPx[0] - 319.5, r.principalPointPx[1] - 239.5)).toBeLessThan(10);
    // The report says the same, in Markdown and JSON.
    const md = readFileSync(summary.reportFile, 'utf8');
    expect(md).toMatch(/\| cam01 \| calibration\/intrinsics\/cam01\.mp4 \| 37 \| 35 \| 10 \| 5 \/ 20 \|/);
    const json = JSON.parse(readFileSync(summary.reportFile.replace(/\.md$/, '.json'), 'utf8'));
    expect(json.intrinsics[0].views).toBe(10);
  }, 120_000);
});

describe('runCalibrate (ChArUco extrinsics from synchronised videos)', () => {
  // caliscope prints the board in negative with its `inverted` option: found with no setting.
  for (const inverted of [false, true])
    it(`places three cameras within 5 mm and 0.2° with the world on the board lying on the floor, Z up, readable by process${inverted ? ' (board printed inverted)' : ''}`, async () => {
      const { cv } = await loadOpenCv();
      // FreeMoCap's default board: 7×5 squares, DICT_4X4_250, markers 0.8 of a square; 100 mm squares.
      const detector = createCharucoDetector(cv, { squares: [7, 5], squareSizeMm: 100, markerRatio: 0.8, dictionary: 'DICT_4X4_250' });
      const printed = texturePattern(detector.render(60), 0.7, 0.5, 0.05);
      const pattern = inverted ? invertedPattern(printed) : printed;
      detector.delete();
      const W = 800;
      const H = 600;
      const truth: Camera[] = [
        makeCamera('cam01', W, H, 620, lookAt([2.1, 0.6, 1.9], [0.35, -0.25, 0.5], [0, 0, 1]), [-0.04, 0.01, 0, 0]),
        makeCamera('cam02', W, H, 650, lookAt([-0.5, 1.9, 2.0], [0.35, -0.25, 0.5], [0, 0, 1])),
        makeCamera('cam03', W, H, 600, lookAt([-1.3, -1.7, 1.8], [0.35, -0.25, 0.5], [0, 0, 1])),
      ];
      // Board → world poses: moved around at 0.5–1 m, tilted 20–45°; lying on the floor (face up) mid-take.
      const F = [1, 0, 0, 0, -1, 0, 0, 0, -1];
      const poses: { R: number[]; t: number[] }[] = [];
      for (let k = 0; k < 9; k++) {
        const a = k * 0.8;
        const tilt = 0.35 + 0.2 * Math.sin(1.7 * k);
        const Rz = [Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a), 0, 0, 0, 1];
        const Rx = [1, 0, 0, 0, Math.cos(tilt), -Math.sin(tilt), 0, Math.sin(tilt), Math.cos(tilt)];
        poses.push({ R: mul(Rz, mul(Rx, F)), t: [0.3 * Math.sin(1.3 * k), 0.3 * Math.cos(k) - 0.2, 0.5 + 0.05 * k] });
      }
      poses.splice(4, 0, { R: F, t: [0, 0, 0] });
      const session = mkdtempSync(join(tmpdir(), 'omc-extvid-'));
      mkdirSync(join(session, 'calibration', 'extrinsics'), { recursive: true });
      for (const cam of truth) {
        const Rc = rotationMatrix(cam.rotation);
        const frames: GrayImage[] = [];
        for (const bp of poses) {
          const R = mul(Rc, bp.R);
          const t = [0, 1, 2].map((i) => Rc[i * 3] * bp.t[0] + Rc[i * 3 + 1] * bp.t[1] + Rc[i * 3 + 2] * bp.t[2] + cam.translation[i]);
          const seen = { ...cam, rotation: rotationVector(R), translation: t as [number, number, number] };
          frames.push(gaussianBlur(renderTarget(pattern, seen, { supersample: 2 }), 0.6));
        }
        await writeGrayVideo(join(session, 'calibration', 'extrinsics', `${cam.name}.mp4`), frames);
      }
      // Intrinsics from an earlier intrinsic calibration of the session.
      const intrinsicsOnly = truth.map((c) => ({
        ...c,
        rotation: [0, 0, 0] as [number, number, number],
        translation: [0, 0, 0] as [number, number, number],
      }));
      writeFileSync(join(session, 'calibration.toml'), formatCalibrationToml({ cameras: intrinsicsOnly }));
      // A checkerboard for the lenses (Pose2Sim's habit), FreeMoCap's ChArUco board for the positions.
      writeFileSync(
        join(session, 'mocap.toml'),
        '[calibration]\nboard = "checkerboard"\nextrinsics_board = "charuco"\ncharuco_squares = [7, 5]\ncharuco_dictionary = "DICT_4X4_250"\nsquare_size_mm = 100\n',
      );
      const summary = await runCalibrate(session);
      expect(summary.missing).toEqual([]);
      expect(summary.worldFrame).toMatch(/lying level in frame 4 .*Z up/);
      expect(summary.extrinsics.map((e) => e.camera)).toEqual(['cam01', 'cam02', 'cam03']);
      for (const e of summary.extrinsics) expect(e.reprojectionErrorPx).toBeLessThan(0.5);
      expect(readFileSync(summary.reportFile, 'utf8')).toMatch(/World frame: on the board lying level in frame 4/);
      // calibration.toml is read back by the pipeline's own reader (metres, world → camera).
      const { rig } = readCalibration(session);
      for (const [i, cam] of truth.entries()) {
        const a = cameraCenter(cam);
        const b = cameraCenter(rig.cameras[i]);
        expect(rig.cameras[i].name).toBe(cam.name);
        expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeLessThan(0.005);
        const Ra = rotationMatrix(cam.rotation);
        const Rb = rotationMatrix(rig.cameras[i].rotation);
        let tr = 0;
        for (let k = 0; k < 9; k++) tr += Ra[k] * Rb[k];
        expect((Math.acos(Math.min(1, (tr - 1) / 2)) * 180) / Math.PI).toBeLessThan(0.2);
      }
    }, 180_000);
});
