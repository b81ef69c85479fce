import type { OpenCv } from '../calibration/opencv.node.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Camera } from '../core/types.ts';
import { cameraCenter, prepareCamera, projectPoints, rotationMatrix, rotationVector, undistortPoints } from './project.ts';
import { createRandom } from '../core/random.ts';
import reference from './fixtures/undistortReference.json' with { type: 'json' };

// opencv.js is a thenable CommonJS module: under vitest, `await import()` of it never settles
// (the namespace exposes its `then`), so load it with require and wait for the runtime.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cv = OpenCv;
let cv: Cv;
beforeAll(async () => {
  const m: Cv = createRequire(import.meta.url)('@techstark/opencv-js');
  await new Promise<void>((resolve) => {
    if (m.Mat) resolve();
    else m.onRuntimeInitialized = () => resolve();
  });
  cv = m;
});

const rng = createRandom(42);
const uni = (a: number, b: number): number => a + (b - a) * rng.uniform();

function randomCamera(distortions: number[], fisheye = false): Camera {
  return {
    name: 'cam',
    width: 1920,
    height: 1080,
    matrix: [uni(700, 1500), 0, uni(900, 1000), 0, uni(700, 1500), uni(500, 580), 0, 0, 1],
    distortions,
    fisheye,
    rotation: [uni(-2, 2), uni(-2, 2), uni(-2, 2)],
    translation: [uni(-1, 1), uni(-1, 1), uni(3, 5)],
  };
}

/** World points that land in front of the camera, within ±0.45 rad of its axis. */
function pointsInFront(cam: Camera, n: number): Float64Array {
  const R = rotationMatrix(cam.rotation);
  const t = cam.translation;
  const out = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    const z = uni(1, 6);
    const pc = [uni(-0.45, 0.45) * z, uni(-0.3, 0.3) * z, z];
    const d = [pc[0] - t[0], pc[1] - t[1], pc[2] - t[2]];
    for (let r = 0; r < 3; r++) out[3 * i + r] = R[r] * d[0] + R[3 + r] * d[1] + R[6 + r] * d[2]; // Rᵀ(pc − t)
  }
  return out;
}

function cvProject(cam: Camera, xyz: Float64Array): Float64Array {
  const n = xyz.length / 3;
  const mats = [
    cv.matFromArray(n, 1, cv.CV_64FC3, Array.from(xyz)),
    cv.matFromArray(3, 1, cv.CV_64F, cam.rotation),
    cv.matFromArray(3, 1, cv.CV_64F, cam.translation),
    cv.matFromArray(3, 3, cv.CV_64F, cam.matrix),
    cv.matFromArray(1, cam.distortions.length, cv.CV_64F, cam.distortions),
    new cv.Mat(),
  ];
  const [obj, rvec, tvec, K, D, out] = mats;
  if (cam.fisheye) cv.fisheye_projectPoints(obj, out, rvec, tvec, K, D, 0);
  else cv.projectPoints(obj, rvec, tvec, K, D, out);
  const res = Float64Array.from(out.data64F);
  for (const m of mats) m.delete();
  return res;
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};

const MODELS: [string, () => number[], boolean][] = [
  ['pinhole k1 k2 p1 p2', () => [uni(-0.3, 0.1), uni(-0.05, 0.1), uni(-2e-3, 2e-3), uni(-2e-3, 2e-3)], false],
  ['pinhole k1 k2 p1 p2 k3', () => [uni(-0.3, 0.1), uni(-0.05, 0.1), uni(-2e-3, 2e-3), uni(-2e-3, 2e-3), uni(-0.02, 0.02)], false],
  [
    'pinhole rational k1..k6',
    () => [uni(-0.3, 0.1), uni(-0.05, 0.1), uni(-2e-3, 2e-3), uni(-2e-3, 2e-3), uni(-0.02, 0.02), uni(0, 0.1), uni(0, 0.02), uni(0, 0.01)],
    false,
  ],
  ['fisheye k1..k4', () => [uni(-0.05, 0.1), uni(-0.05, 0.05), uni(-0.01, 0.01), uni(-0.005, 0.005)], true],
];

describe('rotationMatrix / rotationVector (Rodrigues)', () => {
  it('matches cv.Rodrigues', () => {
    for (let i = 0; i < 20; i++) {
      const r = [uni(-3, 3), uni(-3, 3), uni(-3, 3)];
      const src = cv.matFromArray(3, 1, cv.CV_64F, r);
      const dst = new cv.Mat();
      cv.Rodrigues(src, dst);
      expect(maxAbsDiff(rotationMatrix(r), dst.data64F)).toBeLessThan(1e-12);
      src.delete();
      dst.delete();
    }
  });

  it('inverts itself, including at tiny angles and at π', () => {
    const cases = [
      [1e-9, -2e-9, 3e-9],
      [0, 0, 0],
      [Math.PI, 0, 0],
      [0, Math.PI * Math.SQRT1_2, Math.PI * Math.SQRT1_2],
      [0.3, -1.2, 2.1],
    ];
    for (const r of cases) {
      const back = rotationVector(rotationMatrix(r));
      expect(maxAbsDiff(rotationMatrix(back), rotationMatrix(r))).toBeLessThan(1e-12);
    }
    expect(maxAbsDiff(rotationVector(rotationMatrix([0.3, -1.2, 2.1])), [0.3, -1.2, 2.1])).toBeLessThan(1e-12);
  });
});

describe('projectPoints', () => {
  for (const [label, dist, fisheye] of MODELS) {
    it(`matches OpenCV's ${fisheye ? 'fisheye_projectPoints' : 'projectPoints'} for ${label} to 1e-6 px`, () => {
      for (let trial = 0; trial < 10; trial++) {
        const cam = randomCamera(dist(), fisheye);
        const xyz = pointsInFront(cam, 50);
        expect(maxAbsDiff(projectPoints(cam, xyz), cvProject(cam, xyz))).toBeLessThan(1e-6);
      }
    });
  }

  it('propagates NaN (missing point) to NaN pixels', () => {
    const uv = projectPoints(randomCamera([0.1, 0, 0, 0]), [NaN, 0, 1]);
    expect(Number.isNaN(uv[0]) && Number.isNaN(uv[1])).toBe(true);
  });
});

describe('undistortPoints', () => {
  for (const [label, dist, fisheye] of MODELS) {
    it(`inverts the ${label} projection: project(undistort(uv)) = uv to 1e-6 px`, () => {
      for (let trial = 0; trial < 10; trial++) {
        const cam = randomCamera(dist(), fisheye);
        const uv = cvProject(cam, pointsInFront(cam, 50));
        const xy = undistortPoints(cam, uv);
        // Re-project normalised coordinates with an identity pose.
        const flat: Camera = { ...cam, rotation: [0, 0, 0], translation: [0, 0, 0] };
        const xyz = new Float64Array((xy.length / 2) * 3);
        for (let i = 0; i < xy.length / 2; i++) xyz.set([xy[2 * i], xy[2 * i + 1], 1], 3 * i);
        expect(maxAbsDiff(projectPoints(flat, xyz), uv)).toBeLessThan(1e-6);
        expect(maxAbsDiff(cvProject(flat, xyz), uv)).toBeLessThan(1e-6);
      }
    });
  }

  for (const [label, dist, fisheye] of MODELS.filter((m) => !m[2])) {
    it(`recovers the normalised point to 1e-12 for ${label} (the Newton loop stops only once converged)`, () => {
      for (let trial = 0; trial < 10; trial++) {
        const cam: Camera = { ...randomCamera(dist(), fisheye), rotation: [0, 0, 0], translation: [0, 0, 0] };
        const xyz = new Float64Array(3 * 200);
        for (let i = 0; i < 200; i++) xyz.set([uni(-0.6, 0.6), uni(-0.4, 0.4), 1], 3 * i);
        const xy = undistortPoints(cam, projectPoints(cam, xyz));
        let worst = 0;
        for (let i = 0; i < 200; i++) worst = Math.max(worst, Math.abs(xy[2 * i] - xyz[3 * i]), Math.abs(xy[2 * i + 1] - xyz[3 * i + 1]));
        expect(worst).toBeLessThan(1e-12);
      }
    });
  }

  it('is the identity on normalised coordinates for a camera without distortion', () => {
    const cam = randomCamera([0, 0, 0, 0, 0]);
    const K = cam.matrix;
    const xy = undistortPoints(cam, [K[2] + K[0] * 0.25, K[5] - K[4] * 0.1]);
    expect(xy[0]).toBeCloseTo(0.25, 12);
    expect(xy[1]).toBeCloseTo(-0.1, 12);
  });
});

describe('cameraCenter', () => {
  it('is the world point that maps to the camera origin', () => {
    const cam = randomCamera([0, 0, 0, 0]);
    const c = cameraCenter(cam);
    const pc = prepareCamera(cam);
    for (let r = 0; r < 3; r++) {
      expect(pc.R[3 * r] * c[0] + pc.R[3 * r + 1] * c[1] + pc.R[3 * r + 2] * c[2] + pc.t[r]).toBeCloseTo(0, 12);
    }
  });
});

describe('undistortPoints against OpenCV (python3-opencv reference vectors, see fixtures/)', () => {
  for (const c of reference.cases) {
    it(`matches cv.${c.fisheye ? 'fisheye.undistortPoints' : 'undistortPointsIter'} for ${c.name} to 1e-6 px`, () => {
      const cam: Camera = {
        name: c.name,
        width: 1920,
        height: 1080,
        matrix: c.matrix,
        distortions: c.distortions,
        fisheye: c.fisheye,
        rotation: [0, 0, 0],
        translation: [0, 0, 0],
      };
      const xy = undistortPoints(cam, c.uv);
      const px = Array.from(xy, (v, i) => v * c.matrix[i % 2 === 0 ? 0 : 4]);
      const refPx = c.normalised.map((v, i) => v * c.matrix[i % 2 === 0 ? 0 : 4]);
      expect(maxAbsDiff(px, refPx)).toBeLessThan(1e-6);
    });
  }
});
