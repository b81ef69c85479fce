import { describe, expect, it } from 'vitest';
import { loadOpenCv } from './opencv.node.ts';
import { charucoCornerCount, charucoCornerPosition, createCharucoDetector, type CharucoSpec } from './charuco.ts';
import { renderTarget, texturePattern } from './renderTarget.ts';
import { lookAt, makeCamera } from './lookAt.ts';
import { calibrateExtrinsics } from './extrinsics.ts';
import { gaussianBlur } from './grayImage.ts';
import { cameraCenter, rotationMatrix, rotationVector } from '../camera/project.ts';
import type { Camera } from '../core/types.ts';

const mul = (A: ArrayLike<number>, B: ArrayLike<number>): number[] => {
  const C = new Array(9).fill(0);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) C[i * 3 + j] += A[i * 3 + k] * B[k * 3 + j];
  return C;
};

describe('calibrateExtrinsics (ChArUco board through three synchronised cameras)', () => {
  it('places rendered cameras within 5 mm and 0.2° with the world on the floor board, Z up', async () => {
    const { cv } = await loadOpenCv();
    // FreeMoCap's default board layout (7×5 squares, DICT_4X4_250), 80 mm squares.
    const spec: CharucoSpec = { squares: [7, 5], squareSizeMm: 80, markerRatio: 0.8, dictionary: 'DICT_4X4_250' };
    const detector = createCharucoDetector(cv, spec);
    const pattern = texturePattern(detector.render(60), 0.56, 0.4, 0.04);
    const truth: Camera[] = [
      makeCamera('cam01', 960, 720, 800, lookAt([2.0, 0.3, 2.2], [0, 0, 0.5], [0, 0, 1]), [-0.05, 0.01, 0, 0]),
      makeCamera('cam02', 960, 720, 800, lookAt([-0.4, 2.1, 2.3], [0, 0, 0.5], [0, 0, 1])),
      makeCamera('cam03', 960, 720, 800, lookAt([-1.8, -0.9, 2.1], [0, 0, 0.5], [0, 0, 1])),
    ];
    // Board → world poses. Frame 0: lying face up on the floor (board y, z = −world y, −world z).
    const F = [1, 0, 0, 0, -1, 0, 0, 0, -1];
    const boardPoses: { R: number[]; t: number[] }[] = [{ R: F, t: [0, 0, 0] }];
    for (let k = 1; k < 10; k++) {
      const a = k * 0.7;
      const tilt = 0.3 + 0.25 * Math.sin(k);
      const Rz = [Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a), 0, 0, 0, 1];
      const Rx = [1, 0, 0, 0, Math.cos(tilt), -Math.sin(tilt), 0, Math.sin(tilt), Math.cos(tilt)];
      boardPoses.push({ R: mul(Rz, mul(Rx, F)), t: [0.3 * Math.sin(k * 1.3) - 0.1, 0.3 * Math.cos(k), 0.3 + 0.06 * k] });
    }
    const views = truth.map((cam) =>
      boardPoses.map((bp) => {
        const Rc = rotationMatrix(cam.rotation);
        const R = mul(Rc, bp.R);
        const t = [0, 1, 2].map((i) => Rc[i * 3] * bp.t[0] + Rc[i * 3 + 1] * bp.t[1] + Rc[i * 3 + 2] * bp.t[2] + cam.translation[i]);
        const seen = { ...cam, rotation: rotationVector(R), translation: t as [number, number, number] };
        return detector.detect(gaussianBlur(renderTarget(pattern, seen, { supersample: 2 }), 0.6));
      }),
    );
    detector.delete();
    // The board is not seen by every camera in every frame.
    expect(views.flat().filter((v) => v === null).length).toBeGreaterThan(0);
    const n = charucoCornerCount(spec);
    const boardPoints = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) boardPoints.set(charucoCornerPosition(spec, i), 3 * i);
    // Start from intrinsics only: the extrinsics given in are ignored.
    const start = truth.map((c) => ({
      ...c,
      rotation: [0, 0, 0] as [number, number, number],
      translation: [0, 0, 0] as [number, number, number],
    }));
    const expectTruth = (res: ReturnType<typeof calibrateExtrinsics>): void => {
      expect(res.unplaced).toEqual([]);
      expect(res.reprojectionErrorPx).toBeLessThan(0.5);
      expect(res.worldOnFloor).toBe(true);
      res.sharedViewsPerCamera.forEach((n, c) => {
        expect(n).toBeGreaterThanOrEqual(5);
        expect(n).toBeLessThanOrEqual(res.viewsPerCamera[c]);
      });
      expect(res.warnings.map((w) => w.code)).not.toContain('few-board-views');
      expect(res.worldTiltDeg).toBeLessThan(0.5);
      for (let i = 0; i < truth.length; i++) {
        const a = cameraCenter(truth[i]);
        const b = cameraCenter(res.cameras[i]);
        expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeLessThan(0.005);
        const Ra = rotationMatrix(truth[i].rotation);
        const Rb = rotationMatrix(res.cameras[i].rotation);
        let tr = 0;
        for (let k = 0; k < 9; k++) tr += Ra[k] * Rb[k];
        expect((Math.acos(Math.min(1, (tr - 1) / 2)) * 180) / Math.PI).toBeLessThan(0.2);
      }
    };
    // The floor frame named explicitly.
    const named = calibrateExtrinsics(cv, start, views, boardPoints, { originFrame: 0 });
    expect(named.originFrame).toBe(0);
    expectTruth(named);
    // Found without being named: moved to the middle of the take, between poses held nearly level
    // higher up (k = 5 is 3° from level, 0.6 m up), the floor pose is the lowest level one.
    const order = [1, 2, 3, 4, 5, 0, 6, 7, 8, 9];
    const found = calibrateExtrinsics(
      cv,
      start,
      views.map((vs) => order.map((k) => vs[k])),
      boardPoints,
    );
    expect(found.originFrame).toBe(5);
    expect(found.warnings.map((w) => w.code)).not.toContain('world-not-floor');
    expectTruth(found);
    // A take where the board is never level (poses tilted 19–31°): said so, and the world is on a board pose anyway.
    const upright = calibrateExtrinsics(
      cv,
      start,
      views.map((vs) => [1, 2, 3, 7, 8, 9].map((k) => vs[k])),
      boardPoints,
    );
    expect(upright.worldOnFloor).toBe(false);
    expect(upright.worldTiltDeg).toBeGreaterThan(15);
    expect(upright.warnings.map((w) => w.code)).toContain('world-not-floor');
  }, 300_000);
});
