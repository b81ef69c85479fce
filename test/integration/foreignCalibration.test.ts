// `process` on a session whose calibration is another tool's file, as that tool writes it: the same
// synthetic recording as process.test.ts, its rig written as EasyMocap intri.yml/extri.yml, OpenCV
// per-camera .xml files, a Vicon .xcp, an OptiTrack Motive .mcal (UTF-16LE) and a caliscope
// camera_array.toml instead of calibration.toml.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rodriguesToMatrix } from '../../src/formats/rodrigues.ts';
import { decodePoints3dFile } from '../../src/formats/points3dFile.ts';
import { runProcess } from '../../src/session/process.ts';
import type { Camera } from '../../src/core/types.ts';
import { buildSyntheticSession, errorMm } from './syntheticSession.ts';

const root = mkdtempSync(join(tmpdir(), 'omc-foreign-calib-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const mat = (name: string, rows: number, cols: number, data: number[]) =>
  `${name}: !!opencv-matrix\n   rows: ${rows}\n   cols: ${cols}\n   dt: d\n   data: [ ${data.map((v) => v.toExponential(16)).join(', ')} ]\n`;
const xmlMat = (name: string, rows: number, cols: number, data: number[]) =>
  `<${name} type_id="opencv-matrix">\n  <rows>${rows}</rows>\n  <cols>${cols}</cols>\n  <dt>d</dt>\n  <data>\n    ${data.map((v) => v.toExponential(16)).join(' ')}</data></${name}>\n`;

/** Rotation matrix → quaternion (x, y, z, w) (Shepperd's method). */
function quaternion(R: number[]): number[] {
  const [m00, m01, m02, m10, m11, m12, m20, m21, m22] = R as [number, number, number, number, number, number, number, number, number];
  const tr = m00 + m11 + m22;
  if (tr > 0) {
    const s = 2 * Math.sqrt(1 + tr);
    return [(m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s, s / 4];
  }
  if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22);
    return [s / 4, (m01 + m10) / s, (m02 + m20) / s, (m21 - m12) / s];
  }
  if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22);
    return [(m01 + m10) / s, s / 4, (m12 + m21) / s, (m02 - m20) / s];
  }
  const s = 2 * Math.sqrt(1 + m22 - m00 - m11);
  return [(m02 + m20) / s, (m12 + m21) / s, s / 4, (m10 - m01) / s];
}

const writers: Record<string, (dir: string, cams: Camera[]) => void> = {
  easymocap(dir, cams) {
    mkdirSync(join(dir, 'calibration'));
    const names = `names:\n${cams.map((c) => `   - "${c.name}"`).join('\n')}\n`;
    writeFileSync(
      join(dir, 'calibration', 'intri.yml'),
      `%YAML:1.0\n---\n${names}${cams.map((c) => `${mat(`K_${c.name}`, 3, 3, c.matrix) + mat(`dist_${c.name}`, 1, 5, [...c.distortions, 0].slice(0, 5))}H_${c.name}: ${c.height}\nW_${c.name}: ${c.width}\n`).join('')}`,
    );
    writeFileSync(
      join(dir, 'calibration', 'extri.yml'),
      `%YAML:1.0\n---\n${names}${cams.map((c) => mat(`R_${c.name}`, 3, 1, c.rotation) + mat(`T_${c.name}`, 3, 1, c.translation)).join('')}`,
    );
  },
  opencvXml(dir, cams) {
    mkdirSync(join(dir, 'calibration'));
    for (const c of cams)
      writeFileSync(
        join(dir, 'calibration', `${c.name}.xml`),
        `<?xml version="1.0"?>\n<opencv_storage>\n<image_width>${c.width}</image_width>\n<image_height>${c.height}</image_height>\n` +
          xmlMat('camera_matrix', 3, 3, c.matrix) +
          xmlMat('distortion_coefficients', 1, 5, [...c.distortions, 0].slice(0, 5)) +
          xmlMat('R', 3, 3, rodriguesToMatrix(c.rotation)) +
          xmlMat(
            'T',
            3,
            1,
            c.translation.map((v) => v * 1000),
          ) +
          '</opencv_storage>\n',
      );
  },
  vicon(dir, cams) {
    const body = cams.map((c) => {
      const R = rodriguesToMatrix(c.rotation);
      // Camera position P = −Rᵀ t, millimetres.
      const P = [0, 1, 2].map((j) => -(R[j]! * c.translation[0] + R[3 + j]! * c.translation[1] + R[6 + j]! * c.translation[2]) * 1000);
      return `  <Camera DEVICEID="${c.name}" PIXEL_ASPECT_RATIO="${c.matrix[0]! / c.matrix[4]!}" SENSOR_SIZE="${c.width} ${c.height}" SKEW="0" USERID="1">\n    <KeyFrames>\n      <KeyFrame FOCAL_LENGTH="${c.matrix[0]}" ORIENTATION="${quaternion(R).join(' ')}" POSITION="${P.join(' ')}" PRINCIPAL_POINT="${c.matrix[2]} ${c.matrix[5]}" VICON_RADIAL2="Vicon3Parameter ${c.matrix[2]} ${c.matrix[5]} 0 0 0"/>\n    </KeyFrames>\n  </Camera>\n`;
    });
    writeFileSync(join(dir, 'vicon.xcp'), `<?xml version="1.0" encoding="UTF-8"?>\n<Cameras VERSION="1.0">\n${body.join('')}</Cameras>\n`);
  },
  optitrack(dir, cams) {
    // Motive's convention (docs/calibration-formats.md): position X Y Z in a Y-up world ((x, y, z)_openmocap
    // = (x, −z, y)_Motive), OrientMatrix = camera → world with the camera looking along −z, y up.
    const body = cams.map((c, i) => {
      const R = rodriguesToMatrix(c.rotation);
      const C = [0, 1, 2].map((j) => -(R[j]! * c.translation[0] + R[3 + j]! * c.translation[1] + R[6 + j]! * c.translation[2]));
      const P = [C[0]!, C[2]!, -C[1]!];
      // Camera axes (x, −y, −z of OpenCV's) in the openmocap world are R's rows; in Motive's, (a, b, c) → (a, c, −b).
      const axis = (row: number, sign: number) => [R[3 * row]! * sign, R[3 * row + 2]! * sign, -R[3 * row + 1]! * sign];
      const [ax, ay, az] = [axis(0, 1), axis(1, -1), axis(2, -1)];
      const M = [ax[0], ay[0], az[0], ax[1], ay[1], az[1], ax[2], ay[2], az[2]];
      const [k1 = 0, k2 = 0, p1 = 0, p2 = 0, k3 = 0] = c.distortions;
      return (
        `<Camera Serial="${c.name}"><Properties CameraID="${i + 1}"/><Attributes ImagerPixelWidth="${c.width}" ImagerPixelHeight="${c.height}"/>` +
        `<IntrinsicStandardCameraModel LensCenterX="${c.matrix[2]}" LensCenterY="${c.matrix[5]}" HorizontalFocalLength="${c.matrix[0]}" VerticalFocalLength="${c.matrix[4]}" k1="${k1}" k2="${k2}" k3="${k3}" TangentialX="${p1}" TangentialY="${p2}"/>` +
        `<Extrinsic X="${P[0]}" Y="${P[1]}" Z="${P[2]}" ${M.map((v, k) => `OrientMatrix${k}="${v}"`).join(' ')}/></Camera>\n`
      );
    });
    const xml = `<?xml version="1.0" encoding="UTF-16LE"?>\n<calibrationProfile version="1"><Calibration><Cameras Count="${cams.length}">\n${body.join('')}</Cameras></Calibration></calibrationProfile>\n`;
    writeFileSync(join(dir, 'motive.mcal'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
  },
  caliscope(dir, cams) {
    const t = cams.map(
      (c, i) =>
        `[cameras.${i + 1}]\ncam_id = ${i + 1}\nsize = [${c.width}, ${c.height}]\nmatrix = [[${c.matrix.slice(0, 3).join(', ')}], [${c.matrix.slice(3, 6).join(', ')}], [${c.matrix.slice(6).join(', ')}]]\n` +
        `distortions = [${[...c.distortions, 0].slice(0, 5).join(', ')}]\nrotation = [${c.rotation.join(', ')}]\ntranslation = [${c.translation.join(', ')}]\nignore = false\n`,
    );
    writeFileSync(join(dir, 'camera_array.toml'), t.join('\n'));
  },
};

describe("process with another tool's calibration file in the session", () => {
  for (const [format, write] of Object.entries(writers)) {
    it(`${format}: found, read and triangulated to within millimetres of the truth`, async () => {
      const s = buildSyntheticSession(join(root, format), { frames: 30 });
      rmSync(join(s.dir, 'calibration.toml'));
      write(s.dir, s.rig.cameras);
      const summary = await runProcess(s.dir);
      expect(summary.cameras).toHaveLength(4);
      const points = decodePoints3dFile(new Uint8Array(readFileSync(join(s.dir, 'output', 'points3d_raw.p3d')))).points;
      const e = errorMm(points, s.truth);
      expect(e.compared).toBeGreaterThan(0.9 * s.truth.frames * s.truth.joints);
      expect(e.meanMm).toBeLessThan(20);
    }, 120_000);
  }

  it('reruns triangulation when extri.yml changes (every file of the calibration is an input)', async () => {
    const s = buildSyntheticSession(join(root, 'rerun'), { frames: 20 });
    rmSync(join(s.dir, 'calibration.toml'));
    writers.easymocap!(s.dir, s.rig.cameras);
    await runProcess(s.dir);
    const again = await runProcess(s.dir);
    expect(again.stages.find((x) => x.stage === 'triangulate')?.status).toBe('skipped');
    // Move the world origin by 1 cm along x (every T changes): the cameras are read again.
    const moved = s.rig.cameras.map((c) => {
      const R = rodriguesToMatrix(c.rotation);
      return { ...c, translation: [0, 1, 2].map((i) => c.translation[i]! - R[3 * i]! * 0.01) as [number, number, number] };
    });
    const elsewhere = join(root, 'rerun-moved');
    mkdirSync(elsewhere);
    writers.easymocap!(elsewhere, moved);
    writeFileSync(join(s.dir, 'calibration', 'extri.yml'), readFileSync(join(elsewhere, 'calibration', 'extri.yml')));
    const third = await runProcess(s.dir);
    expect(third.stages.find((x) => x.stage === 'triangulate')?.status).toBe('ran');
  }, 120_000);
});
