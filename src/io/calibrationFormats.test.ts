// Other tools' calibration files, read through the one calibration reader (readCalibrationFile):
// each fixture was written by hand from the format's documentation, and a known 3D point projected
// through openmocap's camera model from the converted calibration must land where the format's own
// convention — implemented here independently, from the numbers as the format states them — puts it.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import { projectPoints } from '../camera/project.ts';
import { parseCalibrationToml } from '../formats/calibrationToml.ts';
import { cameraCentreOf, rodriguesToMatrix } from '../formats/rodrigues.ts';
import { findCalibrationFile, readCalibrationFile } from './calibration.ts';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'formats', 'fixtures', 'calibrations');
const tmp = mkdtempSync(join(tmpdir(), 'omc-calfmt-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type V3 = [number, number, number];
const cameraCentre = (c: { rotation: number[]; translation: number[] }) => cameraCentreOf(c.rotation as V3, c.translation as V3);

// ---- The conventions, written out independently of src/ --------------------------------------

/** Hamilton product of quaternions (x, y, z, w). */
const qmul = (a: number[], b: number[]): number[] => [
  a[3]! * b[0]! + a[0]! * b[3]! + a[1]! * b[2]! - a[2]! * b[1]!,
  a[3]! * b[1]! - a[0]! * b[2]! + a[1]! * b[3]! + a[2]! * b[0]!,
  a[3]! * b[2]! + a[0]! * b[1]! - a[1]! * b[0]! + a[2]! * b[3]!,
  a[3]! * b[3]! - a[0]! * b[0]! - a[1]! * b[1]! - a[2]! * b[2]!,
];
/** Rotates v by the unit quaternion q (x, y, z, w): q v q*. */
const qrot = (q: number[], v: V3): V3 => {
  const r = qmul(qmul(q, [...v, 0]), [-q[0]!, -q[1]!, -q[2]!, q[3]!]);
  return [r[0]!, r[1]!, r[2]!];
};
/** Rotation by an axis-angle (Rodrigues) vector, through its quaternion. */
const rvecRot = (r: V3, v: V3): V3 => {
  const th = Math.hypot(...r);
  const s = Math.sin(th / 2) / th;
  return qrot([r[0] * s, r[1] * s, r[2] * s, Math.cos(th / 2)], v);
};
const matRot = (R: number[], v: V3): V3 => [0, 1, 2].map((i) => R[3 * i]! * v[0] + R[3 * i + 1]! * v[1] + R[3 * i + 2]! * v[2]) as V3;

/** OpenCV's pinhole projection with k1 k2 p1 p2 k3 of a point already in camera coordinates. */
function opencvPixel(Xc: V3, fx: number, fy: number, cx: number, cy: number, d: number[]): [number, number] {
  const x = Xc[0] / Xc[2];
  const y = Xc[1] / Xc[2];
  const r2 = x * x + y * y;
  const [k1 = 0, k2 = 0, p1 = 0, p2 = 0, k3 = 0] = d;
  const radial = 1 + k1 * r2 + k2 * r2 * r2 + k3 * r2 * r2 * r2;
  const xd = x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x);
  const yd = y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y;
  return [fx * xd + cx, fy * yd + cy];
}

// The fixtures' numbers, as the files state them (two cameras: 1920×1080 and 1280×720).
const LENS = [
  { fx: 1400, fy: 1400, cx: 955.5, cy: 540.25, d: [-0.12, 0.08, 0.001, -0.0005, -0.01], w: 1920, h: 1080 },
  { fx: 900, fy: 902, cx: 641, cy: 359, d: [0.05, -0.02, 0, 0, 0], w: 1280, h: 720 },
];
const RVEC: V3[] = [
  [1.4698604675512121, 1.049014089599375, -0.9053983440871822],
  [0.3178280077374151, -2.3472876799998503, 1.8046561675046606],
];
const ROT = [
  [
    0.3250797685110479, 0.9456865993048666, 0, 0.13823700261192104, -0.04751896964784786, -0.9892585499415603, -0.9355285539274978,
    0.3215879404125774, -0.1461763365511715,
  ],
  [
    -0.9639926182060737, -0.26592899812581344, 0, -0.06834296177348372, 0.24774323642887844, -0.9664121938281682, 0.2569970264812942,
    -0.9316142209946915, -0.2569970264812942,
  ],
];
const T_M: V3[] = [
  [0, 0.8903326949474043, 3.5520849781934682],
  [0, 0.8697709744453515, 3.344173807087841],
];
const VICON = [
  {
    q: [0.6161929638331785, 0.43976630111693293, -0.3795598979692232, 0.5318327891151571],
    posMm: [3200, -1100, 1400] as V3,
    f: 1400,
    aspect: 1,
    pp: [955.5, 540.25],
  },
  {
    q: [0.10637336584683936, -0.7856100943082782, 0.6039975900812647, 0.08178262612179693],
    posMm: [-800, 2900, 1700] as V3,
    f: 900,
    aspect: 0.997782705,
    pp: [641, 359],
  },
];

/** Points around the world origin, within a metre (every camera sees them in front). */
const POINTS: V3[] = [];
for (let i = 0; i < 24; i++) POINTS.push([0.8 * Math.sin(1.3 * i), 0.7 * Math.cos(0.7 * i), 0.9 + 0.6 * Math.sin(0.4 * i)]);

/** Projects POINTS through openmocap's model of camera `cam` of the file read. */
const ours = (file: string, cam: number): [number, number][] => {
  const { rig } = readCalibrationFile(file);
  const out = projectPoints(rig.cameras[cam]!, POINTS.flat());
  return POINTS.map((_, i) => [out[2 * i]!, out[2 * i + 1]!]);
};
const expectSame = (a: [number, number][], b: [number, number][]) => {
  let worst = 0;
  a.forEach((p, i) => (worst = Math.max(worst, Math.hypot(p[0] - b[i]![0], p[1] - b[i]![1]))));
  expect(worst).toBeLessThan(1e-6);
};

describe("other tools' calibration files, projected as their own convention says", () => {
  it('EasyMocap intri.yml/extri.yml: X_cam = Rot · X + T (metres), OpenCV lens', () => {
    for (const file of ['intri.yml', 'extri.yml']) {
      const read = readCalibrationFile(join(FIX, 'easymocap', file));
      expect(read.format).toMatch(/EasyMocap/);
      expect(read.rig.cameras.map((c) => [c.name, c.width, c.height])).toEqual([
        ['01', 1920, 1080],
        ['02', 1280, 720],
      ]);
    }
    for (const c of [0, 1]) {
      const L = LENS[c]!;
      const theirs = POINTS.map((X) => {
        const Xc = matRot(ROT[c]!, X);
        return opencvPixel([Xc[0] + T_M[c]![0], Xc[1] + T_M[c]![1], Xc[2] + T_M[c]![2]], L.fx, L.fy, L.cx, L.cy, L.d);
      });
      expectSame(ours(join(FIX, 'easymocap', 'intri.yml'), c), theirs);
    }
  });

  for (const kind of ['yml', 'xml'] as const) {
    it(`OpenCV per-camera FileStorage .${kind}: rvec or R, tvec or T (units detected), every camera file of the folder`, () => {
      const read = readCalibrationFile(join(FIX, `opencv-${kind}`, `cam02.${kind}`));
      expect(read.format).toMatch(/OpenCV per-camera/);
      expect(read.rig.cameras.map((c) => c.name)).toEqual(['cam01', 'cam02']);
      // The .yml fixture gives tvec in millimetres: detected from the cameras' spacing.
      expect(read.units).toBe(kind === 'yml' ? 'mm' : 'm');
      for (const c of [0, 1]) {
        const L = LENS[c]!;
        const theirs = POINTS.map((X) => {
          const Xc = rvecRot(RVEC[c]!, X);
          return opencvPixel([Xc[0] + T_M[c]![0], Xc[1] + T_M[c]![1], Xc[2] + T_M[c]![2]], L.fx, L.fy, L.cx, L.cy, L.d);
        });
        expectSame(ours(join(FIX, `opencv-${kind}`, `cam01.${kind}`), c), theirs);
      }
    });
  }

  for (const [folder, file] of [
    ['caliscope', 'camera_array.toml'],
    ['caliscope-legacy', 'config.toml'],
  ] as const) {
    it(`caliscope ${file}: [R | t] projects (metres), cameras named cam_<id>, ignored cameras left out`, () => {
      const read = readCalibrationFile(join(FIX, folder, file));
      expect(read.format).toMatch(/caliscope/);
      expect(read.rig.cameras.map((c) => c.name)).toEqual(['cam_0', 'cam_1']);
      if (folder === 'caliscope') expect(read.notes.join('\n')).toMatch(/cam_2 is marked ignore = true/);
      for (const c of [0, 1]) {
        const L = LENS[c]!;
        const theirs = POINTS.map((X) => {
          const Xc = rvecRot(RVEC[c]!, X);
          return opencvPixel([Xc[0] + T_M[c]![0], Xc[1] + T_M[c]![1], Xc[2] + T_M[c]![2]], L.fx, L.fy, L.cx, L.cy, L.d);
        });
        expectSame(ours(join(FIX, folder, file), c), theirs);
      }
    });
  }

  it('Vicon .xcp: X_cam = q ⊗ (X − POSITION) ⊗ q* (quaternion real part last, millimetres), fy = f / pixel aspect', () => {
    const read = readCalibrationFile(join(FIX, 'vicon', 'calibration.xcp'));
    expect(read.format).toMatch(/Vicon/);
    expect(read.rig.cameras.map((c) => [c.name, c.width, c.height])).toEqual([
      ['2117001', 1920, 1080],
      ['2117002', 1280, 720],
    ]);
    for (const c of [0, 1]) {
      const v = VICON[c]!;
      const theirs = POINTS.map((X) => {
        const Xc = qrot(v.q, [X[0] - v.posMm[0] / 1000, X[1] - v.posMm[1] / 1000, X[2] - v.posMm[2] / 1000]);
        return opencvPixel(Xc, v.f, v.f / v.aspect, v.pp[0]!, v.pp[1]!, []);
      });
      expectSame(ours(join(FIX, 'vicon', 'calibration.xcp'), c), theirs);
    }
    // The same cameras as the other fixtures describe (they were made from one rig).
    const fromOpenCv = readCalibrationFile(join(FIX, 'opencv-xml', 'cam01.xml')).rig;
    read.rig.cameras.forEach((cam, i) => {
      const a = projectPoints(cam, POINTS.flat());
      const b = projectPoints({ ...fromOpenCv.cameras[i]!, distortions: [0, 0, 0, 0, 0] }, POINTS.flat());
      for (let k = 0; k < a.length; k++) expect(Math.abs(a[k]! - b[k]!)).toBeLessThan(1e-6);
    });
  });

  it("Vicon .xcp with lens distortion (VICON_RADIAL2): the fitted OpenCV lens reprojects within 0.1 px of Vicon's own correction over the whole image", () => {
    // Vicon's correction, written out here: measured pixel → ideal pixel, radially about the
    // distortion centre, y scaled by the pixel aspect ratio, radius in pixels.
    const viconIdeal = (c: { cx: number; cy: number; w: number[]; a: number }, x: number, y: number): [number, number] => {
      const dx = x - c.cx;
      const dy = (y - c.cy) * c.a;
      const rr = dx * dx + dy * dy;
      const s = 1 + c.w[0]! * rr + c.w[1]! * rr ** 2 + c.w[2]! * rr ** 3;
      return [c.cx + dx * s, c.cy + (dy * s) / c.a];
    };
    const file = join(FIX, 'vicon-distorted', 'calibration.xcp');
    const read = readCalibrationFile(file);
    // The undistorted camera is read exactly as before; the distorted one carries a stated fit.
    expectSame(ours(file, 0), ours(join(FIX, 'vicon', 'calibration.xcp'), 0));
    expect(read.notes.join('\n')).toMatch(
      /camera 2117002: Vicon lens \(VICON_RADIAL2\) fitted as OpenCV k1 k2.* largest residual over the image 0\.0\d\d px/,
    );
    const v = VICON[1]!;
    const lens = { cx: 643.5, cy: 356.25, w: [6e-8, 1e-14, 0], a: v.aspect };
    const cam = read.rig.cameras[1]!;
    const qInv = [-v.q[0]!, -v.q[1]!, -v.q[2]!, v.q[3]!];
    let worst = 0;
    let lensSize = 0;
    // Every 16th pixel of the 1280×720 image (edges included): Vicon's ideal pixel for it, taken to a
    // world point 3 m in front of the camera by Vicon's pose, projected through our converted camera.
    for (let y = 0; y <= 720; y += 16)
      for (let x = 0; x <= 1280; x += 16) {
        const [px, py] = [Math.min(x, 1279), Math.min(y, 719)];
        const [iu, iv] = viconIdeal(lens, px, py);
        const depth = 3;
        const Xc: V3 = [((iu - v.pp[0]!) / v.f) * depth, ((iv - v.pp[1]!) / (v.f / v.aspect)) * depth, depth];
        const r = qrot(qInv, Xc);
        const X: V3 = [r[0] + v.posMm[0] / 1000, r[1] + v.posMm[1] / 1000, r[2] + v.posMm[2] / 1000];
        const p = projectPoints(cam, X);
        worst = Math.max(worst, Math.hypot(p[0]! - px, p[1]! - py));
        lensSize = Math.max(lensSize, Math.hypot(iu - px, iv - py));
      }
    expect(lensSize).toBeGreaterThan(10); // the lens matters: ignoring it would be > 10 px off
    expect(worst).toBeLessThanOrEqual(0.1);
    expect(worst).toBeGreaterThan(0); // a fit, not an exact model
  });

  describe('OptiTrack Motive .mcal', () => {
    const MCAL = join(FIX, 'optitrack', 'calibration.mcal');
    // The file's numbers, taken from the XML here (not through src/).
    const mcalText = readFileSync(MCAL, 'utf8');
    const mcalCams = [...mcalText.matchAll(/<Camera Serial="(\w+)">([\s\S]*?)<\/Camera>/g)].map(([, serial, body]) => {
      const a = (el: string, k: string) => Number(new RegExp(`<${el} [^>]*\\b${k}="([^"]+)"`).exec(body!)![1]);
      const S = 'IntrinsicStandardCameraModel';
      return {
        serial: serial!,
        M: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => a('Extrinsic', `OrientMatrix${i}`)),
        P: [a('Extrinsic', 'X'), a('Extrinsic', 'Y'), a('Extrinsic', 'Z')] as V3,
        fx: a(S, 'HorizontalFocalLength'),
        fy: a(S, 'VerticalFocalLength'),
        cx: a(S, 'LensCenterX'),
        cy: a(S, 'LensCenterY'),
        d: [a(S, 'k1'), a(S, 'k2'), a(S, 'TangentialX'), a(S, 'TangentialY'), a(S, 'k3')],
      };
    });
    /**
     * Motive's convention as documented in docs/calibration-formats.md, written out here: Motive's world
     * is Y up, openmocap's Z up ((x, y, z) = (x, −z, y) in Motive terms); OrientMatrix (row-major) takes
     * camera axes to world axes; the camera looks along its −z with y up; OpenCV lens on (x/−z, y/z).
     */
    const motivePixels = (c: (typeof mcalCams)[number]): [number, number][] =>
      POINTS.map((X) => {
        const Xm: V3 = [X[0], X[2], -X[1]];
        const rel: V3 = [Xm[0] - c.P[0], Xm[1] - c.P[1], Xm[2] - c.P[2]];
        const cam: V3 = [0, 1, 2].map((j) => c.M[j]! * rel[0] + c.M[3 + j]! * rel[1] + c.M[6 + j]! * rel[2]) as V3; // Mᵀ · rel
        return opencvPixel([cam[0], -cam[1], -cam[2]], c.fx, c.fy, c.cx, c.cy, c.d);
      });
    const rewrite = (name: string, f: (M: number[], serial: string) => number[]): string => {
      let i = 0;
      const text = mcalText.replace(/<Extrinsic ([^>]*)\/>/g, (all) => {
        const c = mcalCams[i++]!;
        const M2 = f(c.M, c.serial);
        return all.replace(/OrientMatrix(\d)="[^"]+"/g, (_, k: string) => `OrientMatrix${k}="${M2[Number(k)]}"`);
      });
      const p = join(tmp, 'mcal', name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
      return p;
    };
    const rewriteText = (name: string, text: string): string => {
      const p = join(tmp, 'mcal', name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
      return p;
    };
    const T = (M: number[]) => [M[0]!, M[3]!, M[6]!, M[1]!, M[4]!, M[7]!, M[2]!, M[5]!, M[8]!];

    it("projects as Motive's convention says (camera→world OrientMatrix, −z forward, Y up world, metres), decided by every camera facing the volume", () => {
      const read = readCalibrationFile(MCAL);
      expect(read.format).toMatch(/OptiTrack/);
      expect(read.units).toBe('m');
      expect(read.rig.cameras.map((c) => [c.name, c.width, c.height])).toEqual([
        ['M21345', 2048, 1088],
        ['M21346', 2048, 1088],
        ['M21347', 2048, 1088],
        ['C11764', 1920, 1080],
      ]);
      expect(read.notes.join('\n')).toMatch(
        /OrientMatrix read as camera→world, camera looking along −z with y up: 4 of 4 cameras face the others' centroid/,
      );
      expect(read.notes.join('\n')).not.toMatch(/warning/);
      mcalCams.forEach((c, i) => expectSame(ours(MCAL, i), motivePixels(c)));
      // World Z up: every camera is above the floor (z > 2 m) in openmocap's world.
      for (const cam of read.rig.cameras) expect(cameraCentre(cam)[2]).toBeGreaterThan(2);
    });

    it('a file written with the other conventions (OrientMatrix transposed, or +z forward) is read as the same cameras: the facing test picks the reading', () => {
      const transposed = rewrite('transposed.mcal', (M) => T(M));
      const plusZ = rewrite('plusz.mcal', (M) => [M[0]!, -M[1]!, -M[2]!, M[3]!, -M[4]!, -M[5]!, M[6]!, -M[7]!, -M[8]!]);
      expect(readCalibrationFile(transposed).notes.join('\n')).toMatch(/world→camera, camera looking along −z with y up: 4 of 4/);
      expect(readCalibrationFile(plusZ).notes.join('\n')).toMatch(/camera→world, camera looking along \+z with y down: 4 of 4/);
      mcalCams.forEach((c, i) => {
        expectSame(ours(transposed, i), motivePixels(c));
        expectSame(ours(plusZ, i), motivePixels(c));
      });
    });

    it('a camera facing away from the others is a one-line warning naming the file and the camera', () => {
      // Camera M21346 turned half a turn about its own vertical axis.
      const away = rewrite('away.mcal', (M, serial) =>
        serial === 'M21346' ? [-M[0]!, M[1]!, -M[2]!, -M[3]!, M[4]!, -M[5]!, -M[6]!, M[7]!, -M[8]!] : M,
      );
      const read = readCalibrationFile(away);
      const warnings = read.notes.filter((n) => n.startsWith('warning'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/away\.mcal: camera M21346 faces away from the other cameras .*convention mismatch/);
      expect(warnings[0]).not.toContain('\n');
      // Cameras below Motive's floor (a calibration with another up axis read as Y up): a warning too.
      const zUp = rewriteText('zup.mcal', mcalText.replace(/ Y="([\d.]+)"/g, ' Y="-$1"'));
      expect(
        readCalibrationFile(zUp)
          .notes.filter((n) => n.startsWith('warning'))
          .some((w) => /zup\.mcal: 4 of 4 cameras are not above Motive's floor/.test(w)),
      ).toBe(true);
      expect(read.notes.join('\n')).toMatch(/camera→world, camera looking along −z with y up: 3 of 4/);
    });

    it('reads the UTF-16LE file Motive writes (with its BOM) like the UTF-8 one', () => {
      const p = join(tmp, 'mcal', 'utf16.mcal');
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(mcalText, 'utf16le')]));
      mcalCams.forEach((c, i) => expectSame(ours(p, i), motivePixels(c)));
    });
  });

  it("Vicon orientation as read faces the volume on a real Nexus export (every camera toward the others' centroid, image down = world down)", () => {
    // Poses of the 8 first cameras of a public Nexus 2.12 export (OpenCap's sandbox/testCalibration.xcp):
    // DEVICEID, ORIENTATION (x y z w), POSITION (mm). Lenses left out (only the pose is checked).
    const real: [string, string, string][] = [
      ['2109510', '0.600341810564939 -0.592842258526047 0.375267245506552 0.383799767383035', '-6368.08 559.61 2909.95'],
      ['2109979', '0.675539854581924 -0.479106131680639 0.457899122449855 0.323158804795877', '-629.59 -2518.85 2764.61'],
      ['2110681', '0.718660161039549 -0.475804017919973 0.303755875266638 0.406042458010019', '-6363.08 -2954.85 2862.90'],
      ['2110766', '0.56001304180963 0.558736234839512 -0.45611589756239 0.407624215266152', '10503.27 230.16 3099.07'],
      ['2110875', '0.443786992243738 0.67413758609767 -0.491574821766855 0.327025710198063', '9720.32 3129.85 2804.88'],
      ['2111270', '0.532674031345075 0.536692761308249 -0.459610985433804 0.465807898557422', '5929.09 502.48 2196.71'],
      ['2111275', '0.727147125707699 -0.0669024901073799 0.0709512930248818 0.679519704210674', '1723.11 -2903.59 921.29'],
      ['2111413', '0.596985458973367 0.273848155136572 -0.447494189073464 0.6069303917651', '7446.82 -2494.09 164.22'],
    ];
    const xml = `<?xml version="1.0"?>\n<Cameras VERSION="2.0">\n${real
      .map(
        ([id, q, p]) =>
          `<Camera DEVICEID="${id}" PIXEL_ASPECT_RATIO="1" SENSOR_SIZE="1920 1080"><KeyFrames><KeyFrame FOCAL_LENGTH="1260" ORIENTATION="${q}" POSITION="${p}" PRINCIPAL_POINT="960 540"/></KeyFrames></Camera>\n`,
      )
      .join('')}</Cameras>\n`;
    const p = join(tmp, 'real-nexus', 'poses.xcp');
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, xml);
    const cams = readCalibrationFile(p).rig.cameras;
    cams.forEach((c, i) => {
      const R = rodriguesToMatrix(c.rotation);
      const C = cameraCentre(c);
      const others = cams.filter((_, j) => j !== i).map(cameraCentre);
      const g = [0, 1, 2].map((k) => others.reduce((acc, o) => acc + o[k]!, 0) / others.length);
      const d = g.map((x, k) => x - C[k]!);
      const cos = (R[6]! * d[0]! + R[7]! * d[1]! + R[8]! * d[2]!) / Math.hypot(...d);
      expect(cos).toBeGreaterThan(0.8); // looks toward the others (0.81–0.99)
      expect(R[5]!).toBeLessThan(-0.8); // the image's down (camera +y) points down in the Z-up world
    });
  });

  it('openmocap calibration convert writes TOML that reads back to the same projections', async () => {
    const { main } = await import('../cli/main.ts');
    for (const input of [
      join(FIX, 'easymocap', 'extri.yml'),
      join(FIX, 'vicon', 'calibration.xcp'),
      join(FIX, 'vicon-distorted', 'calibration.xcp'),
      join(FIX, 'optitrack', 'calibration.mcal'),
      join(FIX, 'caliscope', 'camera_array.toml'),
      join(FIX, 'opencv-yml', 'cam01.yml'),
    ]) {
      const out = join(tmp, 'converted.toml');
      expect(await main(['calibration', 'convert', input, out])).toBe(0);
      const back = parseCalibrationToml(readFileSync(out, 'utf8'), { units: 'm' });
      const direct = readCalibrationFile(input).rig;
      expect(back.cameras.map((c) => c.name)).toEqual(direct.cameras.map((c) => c.name));
      back.cameras.forEach((c, i) => {
        const a = projectPoints(c, POINTS.flat());
        const b = projectPoints(direct.cameras[i]!, POINTS.flat());
        for (let k = 0; k < a.length; k++) expect(Math.abs(a[k]! - b[k]!)).toBeLessThan(1e-9);
      });
    }
  });
});

describe("other tools' calibrations refused with one line that says what to do", () => {
  const write = (name: string, text: string): string => {
    const p = join(tmp, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  const refuses = (file: string, re: RegExp) => {
    let err: unknown;
    try {
      readCalibrationFile(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).not.toContain('\n');
    expect((err as Error).message).toMatch(re);
  };
  it("Vicon lens distortion that OpenCV's model cannot follow within 0.1 px is refused, not approximated", () => {
    // A real wide-angle Vue camera's numbers (1920×1080, from a public Nexus 2.12 export: OpenCap's
    // sandbox/testCalibration.xcp, camera 2111270): its lens corrects the corners by half their radius.
    const vue = readFileSync(join(FIX, 'vicon', 'calibration.xcp'), 'utf8').replace(
      /FOCAL_LENGTH="1400"([^>]*)PRINCIPAL_POINT="955.5 540.25" VICON_RADIAL2="[^"]*"/,
      'FOCAL_LENGTH="1259.95621824408"$1PRINCIPAL_POINT="942.962463378906 564.071838378906" VICON_RADIAL2="Vicon3Parameter 942.96247547501696 564.07181030298909 2.7502871647536648e-07 7.6100991213621101e-14 7.82795581699396e-20"',
    );
    refuses(
      write('v/distorted.xcp', vue),
      /distorted\.xcp: camera 2117001's Vicon lens distortion .* not matched by OpenCV's lens model within 0\.1 px \(best fit off by 25\.\d\d px\).*openmocap calibrate/,
    );
  });
  it('OptiTrack: a binary Motive .cal, a cut-off .mcal, a camera without its OpenCV lens or with a non-rotation OrientMatrix', () => {
    refuses(
      write('m/System Calibration.cal', '\x00\x01\x02CAL\x00\xff'),
      /System Calibration\.cal is an OptiTrack Motive \.cal calibration \(binary.*export the calibration as \.mcal/,
    );
    const mcal = readFileSync(join(FIX, 'optitrack', 'calibration.mcal'), 'utf8');
    refuses(write('m/cut.mcal', mcal.slice(0, mcal.indexOf('</Cameras>'))), /cut\.mcal is cut off/);
    refuses(
      write('m/nolens.mcal', mcal.replace(/<IntrinsicStandardCameraModel [^>]*\/>/, '')),
      /nolens\.mcal: camera M21345 has no <IntrinsicStandardCameraModel>.*Motive 3/,
    );
    const xcp = readFileSync(join(FIX, 'vicon', 'calibration.xcp'), 'utf8').replace(
      'Vicon3Parameter 641 359 0 0 0',
      'FiveParameter 641 359 -0.05 0.01 0 0 0',
    );
    refuses(write('v/five.xcp', xcp), /five\.xcp: camera 2117002 uses Vicon's "FiveParameter" lens model, which openmocap does not read/);
    refuses(
      write('m/skewed.mcal', mcal.replace(/OrientMatrix0="[^"]+"/, 'OrientMatrix0="0.5"')),
      /skewed\.mcal: camera M21345's OrientMatrix0…8 is not a rotation matrix/,
    );
  });
  it('a cut-off Vicon file, EasyMocap without extri.yml or image size, an OpenCap pickle, an unposed caliscope camera', () => {
    const xcp = readFileSync(join(FIX, 'vicon', 'calibration.xcp'), 'utf8');
    refuses(write('v/cut.xcp', xcp.slice(0, xcp.lastIndexOf('<Camera '))), /cut\.xcp is cut off/);
    write('e/intri.yml', readFileSync(join(FIX, 'easymocap', 'intri.yml'), 'utf8'));
    refuses(join(tmp, 'e', 'intri.yml'), /extri\.yml is missing/);
    write('e/extri.yml', readFileSync(join(FIX, 'easymocap', 'extri.yml'), 'utf8'));
    write('e/intri.yml', readFileSync(join(FIX, 'easymocap', 'intri.yml'), 'utf8').replace('H_02: 720\n', ''));
    refuses(join(tmp, 'e', 'intri.yml'), /intri\.yml has no image size for camera "02" \(W_02, H_02\)/);
    refuses(write('o/cameraIntrinsicsExtrinsics.pickle', '\x80\x04'), /Python pickle.*OpenCap/);
    const cs = readFileSync(join(FIX, 'caliscope', 'camera_array.toml'), 'utf8').replace(/translation = \[0\.0, 0\.8697[^\n]*\n/, '');
    refuses(write('c/camera_array.toml', cs), /cam_1 has no position yet.*extrinsic calibration/);
    refuses(
      write(
        'y/cam01.yml',
        '%YAML:1.0\n---\nimage_width: 640\nimage_height: 480\ncamera_matrix: !!opencv-matrix\n   rows: 3\n   cols: 3\n   dt: d\n   data: [ 500., 0., 320., 0., 500., 240., 0., 0., 1. ]\n',
      ),
      /cam01\.yml has no camera position.*openmocap calibrate/,
    );
  });
});

describe("a session holding another tool's calibration", () => {
  it("finds EasyMocap's pair, a folder of OpenCV per-camera files, a .xcp and a caliscope camera_array.toml as one calibration each", () => {
    const cases: [string, string, string][] = [
      ['easymocap', 'calibration', 'intri.yml'],
      ['opencv-yml', 'calibration', 'cam01.yml'],
      ['vicon', '', 'calibration.xcp'],
      ['caliscope', '', 'camera_array.toml'],
      ['optitrack', 'calibration', 'calibration.mcal'],
    ];
    for (const [fixture, sub, expected] of cases) {
      const session = join(tmp, `session-${fixture}`);
      cpSync(join(FIX, fixture), join(session, sub), { recursive: true });
      const found = findCalibrationFile(session);
      expect(found).toBe(join(session, sub, expected));
      expect(readCalibrationFile(found).rig.cameras).toHaveLength(fixture === 'optitrack' ? 4 : 2);
    }
  });
});
