import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import { prepareCamera, projectPoint } from '../camera/project.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { isCaliscopeCalibration, parseCaliscopeCalibration, parseCaliscopeCharuco } from './caliscope.ts';
import { rodriguesToMatrix } from './rodrigues.ts';

const rig = makeRingRig(3, { distortion: [-0.1, 0.02, 0.001, -0.002, 0.003] });
const m3 = (m: number[]) => `[[${m.slice(0, 3).join(', ')}], [${m.slice(3, 6).join(', ')}], [${m.slice(6).join(', ')}]]`;

/** camera_array.toml as caliscope writes it: [cameras.<id>], 3×3 rotation (or a Rodrigues vector), metres. */
function cameraArray(rodrigues = false, ignore = -1): string {
  return rig.cameras
    .map((c, i) =>
      [
        `[cameras.${i}]`,
        `cam_id = ${i}`,
        'rotation_count = 0',
        'error = 0.3',
        `ignore = ${i === ignore}`,
        `size = [${c.width}, ${c.height}]`,
        `matrix = ${m3(c.matrix)}`,
        `distortions = [${c.distortions.join(', ')}]`,
        `translation = [${c.translation.join(', ')}]`,
        `rotation = ${rodrigues ? `[${c.rotation.join(', ')}]` : m3(rodriguesToMatrix(c.rotation))}`,
        'verified_resolutions = [[640, 480], [1280, 720]]',
        '',
      ].join('\n'),
    )
    .join('\n');
}

describe('caliscope camera files', () => {
  it('reads camera_array.toml (3×3 rotations or Rodrigues vectors): every camera projects a point as the original', () => {
    for (const rodrigues of [false, true]) {
      const text = cameraArray(rodrigues);
      expect(isCaliscopeCalibration(text)).toBe(true);
      const read = parseCaliscopeCalibration(text, 'camera_array.toml');
      expect(read.cameras.map((c) => c.name)).toEqual(['cam_0', 'cam_1', 'cam_2']);
      for (let i = 0; i < 3; i++) {
        const p = [0.3, -0.2, 1.1];
        const a = new Float64Array(2),
          b = new Float64Array(2);
        projectPoint(prepareCamera(rig.cameras[i]), p[0], p[1], p[2], a, 0);
        projectPoint(prepareCamera(read.cameras[i]), p[0], p[1], p[2], b, 0);
        expect(Number.isFinite(a[0])).toBe(true);
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeLessThan(1e-6);
      }
    }
  });

  it('reads the older config.toml ([cam_N] tables beside [charuco]) and leaves ignored cameras out', () => {
    const old = `${cameraArray(false, 1).replace(/\[cameras\.(\d)\]/g, '[cam_$1]')}\n[charuco]\ncolumns = 4\nrows = 5\n`;
    expect(isCaliscopeCalibration(old)).toBe(true);
    expect(parseCaliscopeCalibration(old, 'config.toml').cameras.map((c) => c.name)).toEqual(['cam_0', 'cam_2']);
  });

  it('is not an aniposelib/Pose2Sim TOML (named cameras with Rodrigues rotations), and says what a camera lacks', () => {
    expect(isCaliscopeCalibration('[cam_1]\nname = "cam01"\nrotation = [0.1, 0.2, 0.3]\n')).toBe(false);
    expect(isCaliscopeCalibration('not toml [')).toBe(false);
    const unplaced = cameraArray().replace(/translation = .*\n/, '');
    expect(() => parseCaliscopeCalibration(unplaced, 'camera_array.toml')).toThrow(UserError);
    expect(() => parseCaliscopeCalibration(unplaced, 'camera_array.toml')).toThrow(/camera_array\.toml: cam_0 has no position yet/);
  });

  it('reads charuco.toml as board settings: squares, dictionary, marker ratio, square size (override, or board size / squares)', () => {
    const text =
      'columns = 4\nrows = 5\nboard_height = 11.0\nboard_width = 8.5\ndictionary = "DICT_4X4_1000"\nunits = "inch"\naruco_scale = 0.75\nsquare_size_overide_cm = 5.4\ninverted = true\nlegacy_pattern = false\n';
    const b = parseCaliscopeCharuco(text);
    expect(b.settings).toEqual({
      board: 'charuco',
      charuco_squares: [4, 5],
      charuco_dictionary: 'DICT_4X4_1000',
      charuco_marker_ratio: 0.75,
      square_size_mm: 54,
      charuco_legacy_pattern: false,
    });
    expect(b.ignored.join()).toMatch(/inverted/);
    // Without the override: the printed board, 8.5 × 11 inches over 4 × 5 squares → min(2.125, 2.2) in = 53.975 mm.
    const noOverride = parseCaliscopeCharuco(text.replace(/square_size_overide_cm.*\n/, ''));
    expect(noOverride.settings.square_size_mm).toBeCloseTo(53.975, 6);
    expect(() => parseCaliscopeCharuco('rows = 5\n', 'charuco.toml')).toThrow(/charuco\.toml: columns and rows must be whole numbers/);
  });
});

describe('caliscope readers under random and mutated input (fast-check, fixed seed)', () => {
  // Any input gives a valid result or a one-line UserError: never another exception.
  const oneLineUserErrorOrValue = (f: () => unknown): void => {
    try {
      f();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).not.toContain('\n');
    }
  };
  const mutate = (text: string, at: number, cut: number, insert: string): string => {
    const i = Math.min(at, text.length);
    return text.slice(0, i) + insert + text.slice(Math.min(text.length, i + cut));
  };
  const charuco =
    'columns = 4\nrows = 5\nboard_height = 11.0\nboard_width = 8.5\ndictionary = "DICT_4X4_1000"\nunits = "inch"\naruco_scale = 0.75\ninverted = true\n';

  it('camera_array.toml, config.toml and charuco.toml, mutated: a rig, board settings or one line', async () => {
    const fc = (await import('fast-check')).default;
    const seeds = [cameraArray(), cameraArray(true), cameraArray().replace(/\[cameras\.(\d)\]/g, '[cam_$1]'), charuco];
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(4000), fc.nat(40), fc.string({ maxLength: 12 }), (text, at, cut, insert) => {
        const t = mutate(text, at, cut, insert);
        oneLineUserErrorOrValue(() => isCaliscopeCalibration(t) && parseCaliscopeCalibration(t, 'camera_array.toml'));
        oneLineUserErrorOrValue(() => parseCaliscopeCharuco(t, 'charuco.toml'));
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it('random TOML values in the camera fields: a rig or one line', async () => {
    const fc = (await import('fast-check')).default;
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant('"x"'),
      fc.array(fc.double(), { maxLength: 4 }).map((a) => `[${a.map(String).join(', ')}]`),
    );
    fc.assert(
      fc.property(fc.constantFrom('size', 'matrix', 'distortions', 'translation', 'rotation', 'ignore', 'fisheye'), value, (key, v) => {
        const t = cameraArray().replace(
          new RegExp(`^${key} = .*$`, 'm'),
          `${key} = ${String(v)
            .replace(/NaN/g, 'nan')
            .replace(/-?Infinity/g, 'inf')}`,
        );
        oneLineUserErrorOrValue(() => parseCaliscopeCalibration(t, 'camera_array.toml'));
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
