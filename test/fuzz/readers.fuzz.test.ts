// Fuzzing the readers of user files (issue 14): calibration TOML, Qualisys .qca.txt, .pose2d, .p3d,
// TRC, mocap.toml and the runner's output/.state.json. Random and mutated valid inputs must give a
// value or a one-line UserError — never another exception, a hang, or memory in proportion to a
// number written in the input (checked: what a reader returns stays within a multiple of its input).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCalibrationToml, parseCalibrationTomlDetailed } from '../../src/formats/calibrationToml.ts';
import { decodePose2d, encodePose2d } from '../../src/formats/pose2d.ts';
import { parseQca } from '../../src/formats/qca.ts';
import { formatTrc, parseTrc } from '../../src/formats/trc.ts';
import { decodePoints3dFile, encodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { readStateChecked, STATE_FILE } from '../../src/session/runner.ts';
import { formatEffectiveSettings, loadSettings, parseSettings } from '../../src/session/settings.ts';
import { generateMotion } from '../../src/synthetic/motion.ts';
import { observe } from '../../src/synthetic/observe.ts';
import { makeRingRig } from '../../src/synthetic/rig.ts';
import { arrayBytes, FUZZ_TIMEOUT_MS, fuzzParams, mutatedBytes, mutatedJson, mutatedText, valueOrUserError } from './fuzzKit.ts';

const rig = makeRingRig(3);
const motion = generateMotion({ frames: 6, fps: 30, layout: 'coco17', seed: 3, kind: 'mixed' });
const validToml = formatCalibrationToml(rig);
const validPose2d = encodePose2d(observe(motion, rig, { noisePx: 1, missRate: 0.1, bystanders: 1, seed: 3 })[0]);
const validP3d = encodePoints3dFile(motion, { cameras: ['cam01', 'cam02'], gaps: [] });
const validTrc = formatTrc(motion, { fileName: 'points3d.trc' });
const validQca = `<?xml version="1.0"?>
<calibration source="fuzz" created="2024-01-01">
<cameras>
<camera active="1" serial="111" model="Miqus" viewrotation="0">
<fov_video bottom="1087" left="0" right="1919" top="0"/>
<transform r11="1" r12="0" r13="0" r21="0" r22="1" r23="0" r31="0" r32="0" r33="1" x="100" y="-2000" z="3000"/>
<intrinsic centerPointU="61440" centerPointV="34560" focalLengthU="98304" focalLengthV="98304" radialDistortion1="0.1" radialDistortion2="-0.01" radialDistortion3="0" tangentalDistortion1="0" tangentalDistortion2="0"/>
</camera>
<camera active="1" serial="222" model="Miqus" viewrotation="0">
<fov_video bottom="1087" left="0" right="1919" top="0"/>
<transform r11="0" r12="-1" r13="0" r21="1" r22="0" r23="0" r31="0" r32="0" r33="1" x="-1500" y="200" z="2500"/>
<intrinsic centerPointU="61440" centerPointV="34560" focalLengthU="98304" focalLengthV="98304" radialDistortion1="0" radialDistortion2="0" radialDistortion3="0" tangentalDistortion1="0" tangentalDistortion2="0"/>
</camera>
</cameras>
</calibration>
`;
const tmp = mkdtempSync(join(tmpdir(), 'omc-fuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const validSettings = formatEffectiveSettings(loadSettings(tmp), tmp).replace(/^# (\w+) = {3}\(not set.*$/gm, '');

const text = (valid: string) =>
  fc.oneof(
    { weight: 4, arbitrary: mutatedText(valid) },
    { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  );
const bytes = (valid: Uint8Array) =>
  fc.oneof({ weight: 4, arbitrary: mutatedBytes(valid) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) });

describe('fuzz: readers give a value or one line', () => {
  it('the valid samples read back (the mutations start from real files)', () => {
    expect(parseCalibrationTomlDetailed(validToml).rig.cameras).toHaveLength(3);
    expect(parseQca(validQca).cameras).toHaveLength(2);
    expect(decodePose2d(validPose2d).frames).toBe(6);
    expect(decodePoints3dFile(validP3d).points.frames).toBe(6);
    expect(parseTrc(validTrc).frames).toBe(6);
    expect(parseSettings(validSettings).settings.filter).toBeDefined();
  });

  it(
    'calibration TOML',
    () => {
      fc.assert(
        fc.property(text(validToml), (t) => {
          const r = valueOrUserError(() => parseCalibrationTomlDetailed(t, { file: 'calibration.toml' }));
          if (!r) return;
          expect(r.rig.cameras.length).toBeGreaterThan(0);
          for (const c of r.rig.cameras) {
            expect(c.width > 0 && c.height > 0 && c.matrix[0] > 0 && c.matrix[4] > 0).toBe(true);
            expect(
              [c.width, c.height, ...c.matrix, ...c.distortions, ...c.rotation, ...c.translation].every(Number.isFinite),
              JSON.stringify(c),
            ).toBe(true);
          }
        }),
        fuzzParams(2),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'Qualisys .qca.txt',
    () => {
      fc.assert(
        fc.property(text(validQca), (t) => {
          const r = valueOrUserError(() => parseQca(t, { file: 'Calib.qca.txt' }));
          if (!r) return;
          for (const c of r.cameras) {
            expect([...c.matrix, ...c.rotation, ...c.translation].every(Number.isFinite)).toBe(true);
            expect(c.width > 0 && c.height > 0 && c.matrix[0] > 0 && c.matrix[4] > 0).toBe(true);
          }
        }),
        fuzzParams(2),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    '.pose2d',
    () => {
      fc.assert(
        fc.property(bytes(validPose2d), (b) => {
          const r = valueOrUserError(() => decodePose2d(b, 'pose2d/cam01.pose2d'));
          if (!r) return;
          expect(arrayBytes(r)).toBeLessThanOrEqual(b.length);
          expect(Number.isFinite(r.fps) && r.fps >= 0).toBe(true);
          for (let f = 1; f < r.frames; f++) expect(r.timestampsMs[f]).toBeGreaterThanOrEqual(r.timestampsMs[f - 1]);
          expect(r.timestampsMs.every(Number.isFinite)).toBe(true);
        }),
        fuzzParams(4),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    '.p3d (3D points between stages)',
    () => {
      fc.assert(
        fc.property(bytes(validP3d), (b) => {
          const r = valueOrUserError(() => decodePoints3dFile(b, 'output/points3d.p3d'));
          if (r) expect(arrayBytes(r.points)).toBeLessThanOrEqual(b.length);
        }),
        fuzzParams(4),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'TRC',
    () => {
      fc.assert(
        fc.property(text(validTrc), (t) => {
          const r = valueOrUserError(() => parseTrc(t, 'points3d.trc'));
          if (r) expect(arrayBytes(r)).toBeLessThanOrEqual(40 * t.length + 64);
        }),
        fuzzParams(2),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'mocap.toml',
    () => {
      fc.assert(
        fc.property(text(validSettings), (t) => {
          valueOrUserError(() => parseSettings(t, 'mocap.toml'));
        }),
        fuzzParams(2),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'output/.state.json: used, or set aside with a one-line reason',
    () => {
      const valid = {
        version: 1,
        stages: {
          triangulate: {
            fingerprint: 'ab',
            version: '1',
            settingsHash: 'cd',
            outputs: { 'output/x.p3d': 'ef' },
            finishedAt: '2026-01-01T00:00:00Z',
            info: { frames: 3 },
            warnings: ['w'],
          },
        },
        files: { 'pose2d/cam01.pose2d': { size: 10, mtimeMs: 1, hash: 'ab' } },
      };
      const dir = join(tmp, 'state');
      fc.assert(
        fc.property(mutatedJson(valid), (t) => {
          rmSync(dir, { recursive: true, force: true });
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, STATE_FILE), t);
          const { state, problem } = valueOrUserError(() => readStateChecked(dir))!;
          if (problem) expect(problem).not.toContain('\n');
          // Whatever was read is usable: every record has the fields the runner reads.
          for (const s of Object.values(state.stages))
            expect(typeof s.fingerprint === 'string' && typeof s.outputs === 'object').toBe(true);
          for (const f of Object.values(state.files)) expect(typeof f.size === 'number' && typeof f.hash === 'string').toBe(true);
        }),
        fuzzParams(1),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('what the fuzzers found (fixed)', () => {
  it('a .qca.txt transform that is a reflection or not a rotation is refused (it gave NaN rotations)', () => {
    expect(() => parseQca(validQca.replace('r11="1"', 'r11="-1"'), { file: 'Calib.qca.txt' })).toThrow(
      /camera 111 <transform> r11…r33 is a reflection, not a rotation/,
    );
    expect(() => parseQca(validQca.replace('r11="1"', 'r11="1.5"'), { file: 'Calib.qca.txt' })).toThrow(/is not a rotation matrix/);
    expect(() => parseQca(validQca.replace('right="1919"', 'right="-5"'), { file: 'Calib.qca.txt' })).toThrow(
      /gives an image of -4 × 1088 pixels/,
    );
  });

  it('a line break inside a name in a file stays on one line of the message', () => {
    expect(() =>
      parseQca(validQca.replace('serial="222"', 'serial="\r\n222"').replace('r22="0"', 'r22="7"'), { file: 'Calib.qca.txt' }),
    ).toThrow('Calib.qca.txt: camera \\r\\n222 <transform>');
  });

  it('a TRC whose rows are far too short for its NumMarkers is refused before allocating', () => {
    const t = validTrc.split('\n');
    t[2] = t[2].replace(/\t17\t/, '\t100000\t');
    t[3] = `Frame#\tTime\t${Array.from({ length: 100000 }, (_, i) => `m${i}`).join('\t')}`;
    expect(() => parseTrc(t.join('\n'), 'points3d.trc')).toThrow(/^points3d.trc has 6 rows too short for 100000 markers/);
  });
});
