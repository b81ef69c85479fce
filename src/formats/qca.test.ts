import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import { parseCalibrationToml } from './calibrationToml.ts';
import { parseQca } from './qca.ts';
import { rodriguesToMatrix } from './rodrigues.ts';

const calibDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/data/pose2sim-demo/calibration');
const have = existsSync(resolve(calibDir, 'Calib.qca.txt'));

describe('parseQca', () => {
  it.skipIf(!have)("matches Pose2Sim's conversion of the demo calibration (distortion unscaled: ×64) [needs ../shared/data]", () => {
    const rig = parseQca(readFileSync(resolve(calibDir, 'Calib.qca.txt'), 'utf8'), { file: 'Calib.qca.txt' });
    const ref = parseCalibrationToml(readFileSync(resolve(calibDir, 'Calib_qualisys.toml'), 'utf8'), { units: 'm' });
    expect(rig.cameras.map((c) => c.name)).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
    rig.cameras.forEach((c, i) => {
      const r = ref.cameras[i];
      expect([c.width, c.height]).toEqual([r.width, r.height]);
      for (let k = 0; k < 9; k++) expect(c.matrix[k]).toBeCloseTo(r.matrix[k], 6);
      for (let k = 0; k < 4; k++) expect(c.distortions[k]).toBeCloseTo(r.distortions[k] * 64, 9);
      const R = rodriguesToMatrix(c.rotation);
      const Rr = rodriguesToMatrix(r.rotation);
      for (let k = 0; k < 9; k++) expect(R[k]).toBeCloseTo(Rr[k], 7);
      for (let k = 0; k < 3; k++) expect(c.translation[k]).toBeCloseTo(r.translation[k], 7);
      expect(c.fisheye).toBe(false);
    });
  });

  const one = (attrs = '', transform = 'r11="1" r12="0" r13="0" r21="0" r22="1" r23="0" r31="0" r32="0" r33="1" x="0" y="0" z="3000"') => `
<calibration><cameras>
<camera active="1" serial="c1" ${attrs}>
<fov_video bottom="719" left="0" right="1279" top="0"/>
<transform ${transform}/>
<intrinsic centerPointU="40960" centerPointV="23040" focalLengthU="64000" focalLengthV="64000" radialDistortion1="0.1" radialDistortion2="0" radialDistortion3="0" tangentalDistortion1="0" tangentalDistortion2="0"/>
</camera></cameras></calibration>`;

  it('turns a camera looking down from 3 m (Qualisys: looking along −z) into OpenCV extrinsics', () => {
    const [c] = parseQca(one()).cameras;
    expect(c.matrix).toEqual([1000, 0, 640, 0, 1000, 360, 0, 0, 1]);
    // OpenCV camera: R = diag(1, -1, -1), t = -R·(0, 0, 3) = (0, 0, 3): the origin is 3 m in front of it.
    expect(c.translation.map((v) => v + 0)).toEqual([0, 0, 3]);
    const R = rodriguesToMatrix(c.rotation);
    [1, 0, 0, 0, -1, 0, 0, 0, -1].forEach((v, k) => expect(R[k]).toBeCloseTo(v, 12));
  });

  it('scales a 720p video window', () => {
    const [c] = parseQca(one('video_resolution="720p"')).cameras;
    expect(c.width).toBeCloseTo(1280 * (720 / 1080));
    expect(c.matrix[0]).toBeCloseTo(1000 * (720 / 1080));
  });

  it('names the file and the missing attribute when malformed', () => {
    expect(() => parseQca(one('', 'r11="1" x="0"'), { file: 'lab.qca.txt' })).toThrow(UserError);
    expect(() => parseQca(one('', 'r11="1" x="0"'), { file: 'lab.qca.txt' })).toThrow(
      /lab\.qca\.txt: camera c1 <transform> lacks a numeric r12/,
    );
    expect(() => parseQca('<xml/>', { file: 'x.qca.txt' })).toThrow(/x\.qca\.txt is not a Qualisys calibration/);
  });
  it('refuses a cut-off export instead of silently dropping its last cameras', () => {
    const two = one().replace(
      '</cameras>',
      `${one().slice(one().indexOf('<camera '), one().indexOf('</cameras>')).replace('c1', 'c2')}</cameras>`,
    );
    expect(parseQca(two).cameras.map((c) => c.name)).toEqual(['c1', 'c2']);
    const cutInsideCamera = two.slice(0, two.lastIndexOf('<transform'));
    const cutAfterCamera = two.slice(0, two.lastIndexOf('</cameras>'));
    for (const text of [cutInsideCamera, cutAfterCamera])
      expect(() => parseQca(text, { file: 'lab.qca.txt' })).toThrow(/lab\.qca\.txt is cut off .*export the calibration again/);
  });
});
