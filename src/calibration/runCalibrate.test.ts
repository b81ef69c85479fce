import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCalibrate } from './runCalibrate.node.ts';
import { checkerboardPattern, renderTarget } from './renderTarget.ts';
import { gaussianBlur } from './grayImage.ts';
import { lookAt, makeCamera } from './lookAt.ts';
import { parseCalibrationToml } from '../formats/calibrationToml.ts';
import { UserError } from '../core/errors.ts';
import { writePng } from './fixtures/writeImages.node.ts';
import { findExtrinsicInputs, findIntrinsicInputs, loadCalibrationSettings } from './runCalibrate.node.ts';
import { loadOpenCv } from './opencv.node.ts';
import { createCharucoDetector, type CharucoSpec } from './charuco.ts';
import { texturePattern } from './renderTarget.ts';

describe('runCalibrate (checkerboard photos)', () => {
  it('writes intrinsics to calibration.toml and says the camera positions are still needed', async () => {
    const session = mkdtempSync(join(tmpdir(), 'omc-cal-'));
    const dir = join(session, 'calibration', 'intrinsics', 'cam01');
    mkdirSync(dir, { recursive: true });
    const pattern = checkerboardPattern(4, 7, 60);
    const eyes: [number, number, number][] = [
      [0.6, 0.1, -0.9],
      [-0.4, 0.3, -1.0],
      [0.1, -0.35, -0.95],
      [0.2, 0.7, -0.8],
      [-0.2, -0.1, -1.1],
      [0.6, 0.5, -0.8],
    ];
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
    const { loadOpenCv } = await import('./opencv.node.ts');
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
      writePng(
        join(session, 'calibration', 'extrinsics', `${cam.name}.png`),
        gaussianBlur(renderTarget(pattern, seen, { supersample: 2 }), 0.6),
      );
    }
    const intrinsicsOnly = truth.map((c) => ({
      ...c,
      rotation: [0, 0, 0] as [number, number, number],
      translation: [0, 0, 0] as [number, number, number],
    }));
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

/** Photos of a ChArUco board (board frame: camera on its −z side) from six positions, 640×480, f = 520. */
async function charucoPhotos(dir: string, spec: CharucoSpec): Promise<void> {
  const { cv } = await loadOpenCv();
  const detector = createCharucoDetector(cv, spec);
  const s = spec.squareSizeMm / 1000;
  const [w, h] = [spec.squares[0] * s, spec.squares[1] * s];
  const pattern = texturePattern(detector.render(50), w, h, s / 2);
  detector.delete();
  mkdirSync(dir, { recursive: true });
  const c: [number, number, number] = [w / 2, h / 2, 0];
  const eyes: [number, number, number][] = [
    [0.18, 0.05, -0.32],
    [-0.1, 0.2, -0.34],
    [0.05, -0.12, -0.33],
    [0.26, 0.22, -0.28],
    [0.0, 0.03, -0.36],
    [0.22, -0.08, -0.3],
  ];
  eyes.forEach((eye, i) => {
    const target: [number, number, number] = [c[0] + 0.03 * Math.sin(2 * i), c[1] + 0.03 * Math.cos(3 * i), 0];
    const cam = makeCamera('cam01', 640, 480, 520, lookAt(eye, target, i % 2 ? [0, -1, 0] : [0.6, -1, 0]), [-0.06, 0.01, 0, 0]);
    writePng(join(dir, `view${i}.png`), gaussianBlur(renderTarget(pattern, cam, { supersample: 2 }), 0.6));
  });
}

describe('runCalibrate (ChArUco intrinsics from photos)', () => {
  for (const [label, spec, toml] of [
    [
      "FreeMoCap's default board (7×5 squares, DICT_4X4_250)",
      { squares: [7, 5], squareSizeMm: 30, markerRatio: 0.8, dictionary: 'DICT_4X4_250' },
      'board = "charuco"\nsquare_size_mm = 30\n',
    ],
    [
      'an 8×6 board of DICT_5X5_100 markers 0.75 of a square',
      { squares: [8, 6], squareSizeMm: 25, markerRatio: 0.75, dictionary: 'DICT_5X5_100' },
      'board = "charuco"\ncharuco_squares = [8, 6]\ncharuco_dictionary = "5x5_100"\ncharuco_marker_ratio = 0.75\nsquare_size_mm = 25\n',
    ],
  ] as [string, CharucoSpec, string][]) {
    it(`recovers the focal length from ${label}, settings from mocap.toml`, async () => {
      const session = mkdtempSync(join(tmpdir(), 'omc-charuco-'));
      await charucoPhotos(join(session, 'calibration', 'intrinsics', 'cam01'), spec);
      writeFileSync(join(session, 'mocap.toml'), `[calibration]\n${toml}`);
      const summary = await runCalibrate(session);
      const r = summary.intrinsics[0];
      expect(r.views).toBe(6);
      expect(r.reprojectionErrorPx).toBeLessThan(0.3);
      expect(Math.abs(r.focalPx[0] / 520 - 1)).toBeLessThan(0.01);
      expect(Math.hypot(r.principalPointPx[0] - 319.5, r.principalPointPx[1] - 239.5)).toBeLessThan(10);
      expect(readFileSync(summary.reportFile, 'utf8')).toContain(
        `ChArUco board ${spec.squares[0]}×${spec.squares[1]} squares, ${spec.dictionary}`,
      );
    }, 60_000);
  }

  it('names the dictionary setting when the board is printed from another dictionary', async () => {
    const session = mkdtempSync(join(tmpdir(), 'omc-charuco-'));
    const dir = join(session, 'calibration', 'intrinsics', 'cam01');
    await charucoPhotos(dir, { squares: [8, 6], squareSizeMm: 25, markerRatio: 0.75, dictionary: 'DICT_5X5_100' });
    const err = await runCalibrate(session, {
      settings: { board: 'charuco', charuco_squares: [8, 6], charuco_dictionary: 'DICT_4X4_250' },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain(dir);
    expect(err.message).toMatch(/never found .*charuco_dictionary.*charuco_legacy_pattern/);
  }, 60_000);
});

describe('runCalibrate (user mistakes give one-line messages naming the file and what to do)', () => {
  const session = (): string => mkdtempSync(join(tmpdir(), 'omc-calerr-'));
  const boardPhoto = (path: string, eye: [number, number, number] = [0.09, 0.18, -1.0]): void => {
    const cam = makeCamera('cam01', 400, 300, 350, lookAt(eye, [0.09, 0.18, 0], [0, -1, 0]));
    writePng(path, renderTarget(checkerboardPattern(4, 7, 60), cam));
  };

  it('an empty camera folder', async () => {
    const s = session();
    mkdirSync(join(s, 'calibration', 'intrinsics', 'cam01'), { recursive: true });
    mkdirSync(join(s, 'calibration', 'intrinsics', 'cam02'), { recursive: true });
    boardPhoto(join(s, 'calibration', 'intrinsics', 'cam01', 'a.png'));
    writeFileSync(join(s, 'calibration', 'intrinsics', 'cam02', 'notes.txt'), 'x');
    const err = await runCalibrate(s).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(
      /cam02 holds no photos or video \(found notes\.txt\): put JPEG\/PNG photos or one video of the board filmed by cam02/,
    );
  });

  it('an unreadable photo', async () => {
    const s = session();
    const dir = join(s, 'calibration', 'intrinsics', 'cam01');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'broken.jpg'), 'not a jpeg');
    const err = await runCalibrate(s).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain(join(dir, 'broken.jpg'));
    expect(err.message).not.toContain('\n');
  });

  it('an unreadable video', async () => {
    const s = session();
    mkdirSync(join(s, 'calibration', 'intrinsics'), { recursive: true });
    writeFileSync(join(s, 'calibration', 'intrinsics', 'cam01.mp4'), 'not a video at all');
    const err = await runCalibrate(s).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toContain(join(s, 'calibration', 'intrinsics', 'cam01.mp4'));
    expect(err.message).not.toContain('\n');
  });

  it('too few views of the board', async () => {
    const s = session();
    const dir = join(s, 'calibration', 'intrinsics', 'cam01');
    mkdirSync(dir, { recursive: true });
    boardPhoto(join(dir, 'a.png'));
    boardPhoto(join(dir, 'b.png'), [0.3, 0.1, -0.9]);
    const err = await runCalibrate(s).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(
      /usable in only 2 of 2 photos in .*cam01 .*need at least 5 \(min_views\): take more photos at several distances and tilts/,
    );
  });

  it('a camera that fails does not lose the others: they are written, the report lists what is wrong', async () => {
    const s = session();
    const good = join(s, 'calibration', 'intrinsics', 'cam01');
    mkdirSync(good, { recursive: true });
    const eyes: [number, number, number][] = [
      [0.5, 0.1, -0.9],
      [-0.3, 0.3, -1.0],
      [0.1, -0.3, -0.95],
      [0.3, 0.6, -0.8],
      [-0.2, -0.1, -1.1],
    ];
    eyes.forEach((eye, i) => boardPhoto(join(good, `v${i}.png`), eye));
    mkdirSync(join(s, 'calibration', 'intrinsics', 'cam02'), { recursive: true });
    writeFileSync(join(s, 'calibration', 'intrinsics', 'cam02', 'broken.jpg'), 'not a jpeg');
    mkdirSync(join(s, 'calibration', 'intrinsics', 'cam03'), { recursive: true });
    boardPhoto(join(s, 'calibration', 'intrinsics', 'cam03', 'only.png'));
    const err = await runCalibrate(s).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(
      /^cannot read image .*cam02.*broken\.jpg.* \(cam03 failed too: see .*calibration-report\.md\); the intrinsics of cam01 were written to .*calibration\.toml$/,
    );
    expect(parseCalibrationToml(readFileSync(join(s, 'calibration.toml'), 'utf8')).cameras.map((c) => c.name)).toEqual(['cam01']);
    const report = readFileSync(join(s, 'calibration-report.md'), 'utf8');
    expect(report).toMatch(/- intrinsics of cam03: the board was usable in only 1 of 1 photos/);
  });

  it("recalibrating one camera keeps the other cameras' intrinsics from calibration.toml, and drops the old positions", async () => {
    const s = session();
    const dir = join(s, 'calibration', 'intrinsics', 'cam02');
    mkdirSync(dir, { recursive: true });
    const eyes: [number, number, number][] = [
      [0.5, 0.1, -0.9],
      [-0.3, 0.3, -1.0],
      [0.1, -0.3, -0.95],
      [0.3, 0.6, -0.8],
      [-0.2, -0.1, -1.1],
    ];
    eyes.forEach((eye, i) => boardPhoto(join(dir, `v${i}.png`), eye));
    const { formatCalibrationToml } = await import('../formats/calibrationToml.ts');
    const old = (name: string, f: number, tx: number) => ({ ...makeCamera(name, 400, 300, f, lookAt([tx, 0, 2], [0, 0, 0], [0, 1, 0])) });
    writeFileSync(join(s, 'calibration.toml'), formatCalibrationToml({ cameras: [old('cam_01', 333, 1), old('cam_02', 300, -1)] }));
    const summary = await runCalibrate(s);
    const rig = parseCalibrationToml(readFileSync(summary.file, 'utf8')).cameras;
    expect(rig.map((c) => c.name)).toEqual(['cam_01', 'cam02']);
    expect(rig[0].matrix[0]).toBe(333); // kept
    expect(Math.abs(rig[1].matrix[0] / 350 - 1)).toBeLessThan(0.02); // recalibrated
    for (const c of rig) expect([...c.rotation, ...c.translation]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(summary.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['intrinsics-kept', 'extrinsics-dropped']));
    // A lens that --from-person only guessed ([metadata] lenses_guessed) is not a lens calibration to keep.
    writeFileSync(
      join(s, 'calibration.toml'),
      formatCalibrationToml({ cameras: [old('cam_01', 333, 1), old('cam_02', 300, -1)] }, { lenses_guessed: ['cam_01'] }),
    );
    const again = await runCalibrate(s);
    expect(parseCalibrationToml(readFileSync(again.file, 'utf8')).cameras.map((c) => c.name)).toEqual(['cam02']);
  });

  it('views that do not determine the lens (the board always facing the camera from one place)', async () => {
    const s = session();
    const dir = join(s, 'calibration', 'intrinsics', 'cam01');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 5; i++) boardPhoto(join(dir, `same${i}.png`));
    const err = await runCalibrate(s).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/do not determine the lens .*tilted 30–45°/);
  });

  it('camera positions without a square size', async () => {
    const s = session();
    mkdirSync(join(s, 'calibration', 'extrinsics'), { recursive: true });
    for (const c of ['cam01', 'cam02']) writeFileSync(join(s, 'calibration', 'extrinsics', `${c}.mp4`), '');
    const err = await runCalibrate(s, { settings: { board: 'charuco' } }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/square_size_mm is not set: .*measure the side of one printed square/);
  });

  it('settings of the other board type', async () => {
    const s = session();
    writeFileSync(join(s, 'mocap.toml'), '[calibration]\ncharuco_squares = [7, 5]\nsquare_size_mm = 40\n');
    const err = await runCalibrate(s).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/^charuco_squares is set but board = "checkerboard" .*set board = "charuco"/);
    const err2 = await runCalibrate(s, { settings: { board: 'charuco', inner_corners: [4, 7] } }).catch((e) => e);
    expect(err2.message).toMatch(/^inner_corners is set but board = "charuco" .*charuco_squares/);
  });

  it('an unknown dictionary; dictionary names in any case', () => {
    const s = session();
    writeFileSync(join(s, 'mocap.toml'), '[calibration]\ncharuco_dictionary = "DICT_9X9_50"\n');
    expect(() => loadCalibrationSettings(s)).toThrow(
      /calibration\.charuco_dictionary: unknown dictionary; use one of OpenCV's names, e\.g\. DICT_4X4_250/,
    );
    writeFileSync(join(s, 'mocap.toml'), '[calibration]\ncharuco_dictionary = "dict_4x4_250"\n');
    expect(loadCalibrationSettings(s).charuco_dictionary).toBe('DICT_4X4_250');
    expect(loadCalibrationSettings(s, { charuco_dictionary: 'apriltag_36h11' as never }).charuco_dictionary).toBe('DICT_APRILTAG_36h11');
  });
});

describe('findIntrinsicInputs / findExtrinsicInputs (the session layout)', () => {
  it('takes photos in a camera folder, a video per camera, or a video inside the camera folder', () => {
    const s = mkdtempSync(join(tmpdir(), 'omc-layout-'));
    const dir = join(s, 'calibration', 'intrinsics');
    mkdirSync(join(dir, 'cam01'), { recursive: true });
    mkdirSync(join(dir, 'cam03'), { recursive: true });
    writeFileSync(join(dir, 'cam01', 'b.JPG'), '');
    writeFileSync(join(dir, 'cam01', 'a.png'), '');
    writeFileSync(join(dir, 'cam02.mp4'), '');
    writeFileSync(join(dir, 'cam03', 'clip.MOV'), '');
    writeFileSync(join(dir, 'readme.txt'), '');
    writeFileSync(join(dir, '._cam02.mp4'), ''); // macOS metadata on exFAT drives
    writeFileSync(join(dir, 'cam01', '._b.JPG'), '');
    expect(findIntrinsicInputs(s)).toEqual([
      { camera: 'cam01', photos: [join(dir, 'cam01', 'a.png'), join(dir, 'cam01', 'b.JPG')], video: undefined },
      { camera: 'cam02', photos: [], video: join(dir, 'cam02.mp4') },
      { camera: 'cam03', photos: [], video: join(dir, 'cam03', 'clip.MOV') },
    ]);
    const ext = join(s, 'calibration', 'extrinsics');
    mkdirSync(ext, { recursive: true });
    writeFileSync(join(ext, 'cam01.mp4'), '');
    writeFileSync(join(ext, 'cam02.avi'), '');
    writeFileSync(join(ext, '._cam02.avi'), '');
    expect(findExtrinsicInputs(s).map((e) => e.camera)).toEqual(['cam01', 'cam02']);
    writeFileSync(join(ext, 'cam03.png'), '');
    expect(() => findExtrinsicInputs(s)).toThrow(/mixes photos and videos/);
  });
});
