import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import { decodeC3d, encodeC3d } from './c3d.ts';
import { checkC3dAgainstSpec } from './fixtures/checkC3dAgainstSpec.ts';
import { samplePoints } from './fixtures/samplePoints.ts';

// An independent reading of the bytes, straight from the specification's offsets, so the test does
// not only check encodeC3d against its own decoder.
function readBySpec(bytes: Uint8Array) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    paramBlock: bytes[0],
    key: bytes[1],
    points: v.getUint16(2, true),
    firstFrame: v.getUint16(6, true),
    lastFrame: v.getUint16(8, true),
    scale: v.getFloat32(12, true),
    dataStart: v.getUint16(16, true),
    rate: v.getFloat32(20, true),
    processor: bytes[512 + 3],
    paramBlocks: bytes[512 + 2],
    firstGroupName: String.fromCharCode(...bytes.subarray(512 + 6, 512 + 6 + bytes[512 + 4])),
    firstGroupId: v.getInt8(512 + 5),
    word: (frame: number, point: number, k: number) =>
      v.getFloat32((v.getUint16(16, true) - 1) * 512 + (frame * v.getUint16(2, true) + point) * 16 + k * 4, true),
  };
}

describe('encodeC3d', () => {
  const p = samplePoints();
  const bytes = encodeC3d(p, { cameraNames: ['cam01', 'cam02', 'cam03', 'cam04'] });

  it('lays out header, parameter section and data in 512-byte blocks per the specification', () => {
    const s = readBySpec(bytes);
    expect(bytes.length % 512).toBe(0);
    expect([s.paramBlock, s.key, s.processor]).toEqual([2, 0x50, 84]);
    expect([s.points, s.firstFrame, s.lastFrame]).toEqual([17, 1, 4]);
    expect(s.rate).toBe(60);
    expect(s.scale).toBeLessThan(0); // float data
    expect(s.dataStart).toBe(2 + s.paramBlocks);
    expect([s.firstGroupName, s.firstGroupId]).toEqual(['POINT', -1]);
    expect(bytes.length).toBe((s.dataStart - 1) * 512 + Math.ceil((4 * 17 * 16) / 512) * 512);
    // frame 2, point 5: x in mm, word 4 = camera bits << 8 | residual / |scale|
    expect(s.word(2, 5, 0)).toBeCloseTo(p.data[(2 * 17 + 5) * 3] * 1000, 2);
    const w = s.word(2, 5, 3);
    expect(w >> 8).toBe(p.cameraMask[2 * 17 + 5] & 0x7f);
    expect(s.word(1, 3, 3)).toBe(-1); // the missing point
  });

  it('decodes back: labels, rate, units, points (mm), residuals (px) and camera masks', () => {
    const d = decodeC3d(bytes);
    expect(d.labels).toEqual([
      'Nose',
      'LEye',
      'REye',
      'LEar',
      'REar',
      'LShoulder',
      'RShoulder',
      'LElbow',
      'RElbow',
      'LWrist',
      'RWrist',
      'LHip',
      'RHip',
      'LKnee',
      'RKnee',
      'LAnkle',
      'RAnkle',
    ]);
    expect([d.rate, d.frames, d.firstFrame, d.units]).toEqual([60, 4, 1, 'mm']);
    expect(d.parameters.get('POINT:USED')?.value).toEqual([17]);
    expect(d.parameters.get('POINT:FRAMES')?.value).toEqual([4]);
    expect(d.parameters.get('OPENMOCAP:RESIDUAL_UNITS')?.value).toEqual(['px']);
    expect(d.parameters.get('OPENMOCAP:CAMERAS')?.value).toEqual(['cam01', 'cam02', 'cam03', 'cam04']);
    expect(d.parameters.get('POINT:DATA_START')?.value).toEqual([readBySpec(bytes).dataStart]);
    for (let i = 0; i < p.data.length; i++) {
      if (Number.isNaN(p.data[i])) expect(d.points[i]).toBeNaN();
      else expect(Math.abs(d.points[i] - p.data[i] * 1000)).toBeLessThan(1e-3);
    }
    for (let i = 0; i < p.frames * p.joints; i++) {
      if (i === 17 + 3) {
        expect(d.residuals[i]).toBe(-1);
        continue;
      }
      expect(Math.abs(d.residuals[i] - p.reprojectionErrorPx[i])).toBeLessThanOrEqual(Math.abs(d.scale) / 2 + 1e-9);
      expect(d.cameraMasks[i]).toBe(p.cameraMask[i] & 0x7f);
    }
  });

  it('marks processed (filtered) points with a zero residual word', () => {
    const d = decodeC3d(encodeC3d(p, { processed: true, units: 'm' }));
    expect(d.units).toBe('m');
    expect(d.residuals[0]).toBe(0);
    expect(d.residuals[17 + 3]).toBe(-1);
    expect(d.points[2]).toBeCloseTo(1, 6);
  });

  it('writes an empty but valid file for zero frames', () => {
    const d = decodeC3d(encodeC3d(samplePoints(0)));
    expect(d.frames).toBe(0);
    expect(d.labels).toHaveLength(17);
  });
});

describe('C3D header and parameters agree as the User Guide and readers require', () => {
  const RULES = [
    'key',
    'parameter pointer',
    'processor',
    'parameter blocks',
    'point count',
    'point labels',
    'point descriptions',
    'scale',
    'rate',
    'analog rate',
    'analog count',
    'data start',
    'data after parameters',
    'frame count type',
    'long frames',
    'trial frames',
    'frames past 65535 findable',
    'header frame range',
    'data size',
    'whole blocks',
  ];

  it.each([
    ['4 frames', samplePoints(4)],
    ['0 frames', samplePoints(0)],
    ['32,768 frames (POINT:FRAMES past the signed 16-bit range)', samplePoints(32768)],
    ['65,534 frames (the last count the header holds as it is)', samplePoints(65534)],
    ['65,535 frames', samplePoints(65535)],
    ['70,000 frames', samplePoints(70000)],
    ['59.94 fps', { ...samplePoints(4), fps: 59.94 }],
  ])('%s: every rule holds', (_name, p) => {
    const r = checkC3dAgainstSpec(encodeC3d(p));
    expect(r.problems).toEqual([]);
    for (const name of RULES) expect(r.checked).toContain(name);
    expect(r.frames).toBe(p.frames);
    expect(decodeC3d(encodeC3d(p)).frames).toBe(p.frames);
  });

  it('writes the header analog samples per frame as ANALOG:RATE / POINT:RATE (the reader that refused the file)', () => {
    const bytes = encodeC3d(samplePoints(4));
    const r = checkC3dAgainstSpec(bytes);
    expect(r.header.analogPerFrame).toBe(1);
    expect(r.header.analogWords).toBe(0);
    // The file as written before: header word 10 = 0 while ANALOG:RATE = POINT:RATE.
    const old = bytes.slice();
    new DataView(old.buffer).setUint16(18, 0, true);
    expect(checkC3dAgainstSpec(old).problems.join('\n')).toMatch(/^analog rate:/m);
  });

  // Each rule can fail: one mutation per rule, and the checker names that rule.
  const setU16 = (b: Uint8Array, at: number, x: number): Uint8Array => {
    new DataView(b.buffer).setUint16(at, x, true);
    return b;
  };
  const setF32 = (b: Uint8Array, at: number, x: number): Uint8Array => {
    new DataView(b.buffer).setFloat32(at, x, true);
    return b;
  };
  it.each([
    ['point count', (b: Uint8Array) => setU16(b, 2, 16)],
    ['analog count', (b: Uint8Array) => setU16(b, 4, 3)],
    ['header frame range', (b: Uint8Array) => setU16(b, 8, 3)],
    ['scale', (b: Uint8Array) => setF32(b, 12, -0.5)],
    ['data start', (b: Uint8Array) => setU16(b, 16, 9)],
    ['rate', (b: Uint8Array) => setF32(b, 20, 50)],
    ['whole blocks', (b: Uint8Array) => b.subarray(0, b.length - 1)],
    [
      'processor',
      (b: Uint8Array) => {
        b[512 + 3] = 85;
        return b;
      },
    ],
  ])('a file with a wrong %s is caught', (rule, mutate) => {
    const r = checkC3dAgainstSpec(mutate(encodeC3d(samplePoints(4)).slice()));
    expect(r.problems.some((p) => p.startsWith(`${rule}:`))).toBe(true);
  });

  it('stores a capture past 65,535 frames in the parameters: float POINT:FRAMES, POINT:LONG_FRAMES, TRIAL range, header 1…65535', () => {
    const p = samplePoints(70000);
    const bytes = encodeC3d(p);
    const r = checkC3dAgainstSpec(bytes);
    expect([r.header.firstFrame, r.header.lastFrame]).toEqual([1, 65535]);
    expect(r.params.get('POINT:FRAMES')?.type).toBe(4);
    const d = decodeC3d(bytes);
    expect(d.frames).toBe(70000);
    expect(d.parameters.get('POINT:LONG_FRAMES')?.value).toEqual([70000]);
    expect(d.parameters.get('TRIAL:ACTUAL_END_FIELD')?.value.map((v) => (v as number) & 0xffff)).toEqual([70000 - 65536, 1]);
    const last = (70000 - 1) * 17 + 16;
    expect(d.points[last * 3]).toBeCloseTo(p.data[last * 3] * 1000, 2);
  });
});

// Damaged files (issue 14): every failure is a one-line UserError naming the file, never another
// exception, an allocation sized by a number in the file, or a walk that never ends.
describe('decodeC3d refuses damaged files with one line naming the file', () => {
  const valid = encodeC3d(samplePoints(), { cameraNames: ['cam01', 'cam02'] });
  /** Byte position of the offset word of the first parameter record named `name` (walking as the User Guide lays records out). */
  const offsetWordOf = (bytes: Uint8Array, name: string): { pos: number; off: number } => {
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pos = 512 + 4;
    for (;;) {
      const len = Math.abs(v.getInt8(pos));
      const off = pos + 2 + len;
      if (String.fromCharCode(...bytes.subarray(pos + 2, off)) === name && v.getInt8(pos + 1) > 0) return { pos, off };
      pos = off + v.getInt16(off, true);
    }
  };
  const refused = (bytes: Uint8Array): string => {
    try {
      decodeC3d(bytes, 'take/points3d.c3d');
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      const m = (err as Error).message;
      expect(m).not.toContain('\n');
      expect(m).toContain('take/points3d.c3d');
      expect(m).toContain('re-export it from the program that wrote it');
      return m;
    }
    throw new Error('decodeC3d accepted a damaged file');
  };

  it('a cut or malformed file is a UserError, not a plain Error or a RangeError from the byte view', () => {
    expect(refused(valid.subarray(0, 700))).toMatch(/too short/);
    expect(refused(valid.subarray(0, 1030))).toMatch(/parameter/); // cut inside the parameter section
    const proc = valid.slice();
    proc[512 + 3] = 85; // DEC
    expect(refused(proc)).toMatch(/processor/);
    expect(refused(valid.subarray(0, valid.length - 512))).toMatch(/truncated|frames/);
  });

  it('a parameter whose dimensions hold more values than the file has bytes (255 × 255 × 255) is refused before any allocation', () => {
    const b = valid.slice();
    const { off } = offsetWordOf(b, 'LABELS');
    b.set([1, 3, 255, 255, 255], off + 2); // type byte, 3 dimensions of 255: 16.6 million values in a ~3 KB file
    expect(refused(b)).toMatch(/POINT:LABELS/);
    // Zero-width character data: 255 × 255 empty strings from no bytes at all.
    const c = valid.slice();
    c.set([0xff, 3, 0, 255, 255], offsetWordOf(c, 'LABELS').off + 2);
    expect(refused(c)).toMatch(/POINT:LABELS/);
  });

  it('a parameter record whose offset to the next record points back (into a cycle) is refused, not walked for ever', () => {
    const self = valid.slice();
    const r = offsetWordOf(self, 'RATE');
    new DataView(self.buffer).setInt16(r.off, r.pos - r.off, true); // points at its own start
    expect(refused(self)).toMatch(/points back/);
    const earlier = valid.slice();
    const s = offsetWordOf(earlier, 'DATA_START');
    new DataView(earlier.buffer).setInt16(s.off, 512 + 4 - s.off, true); // back to the first record
    expect(refused(earlier)).toMatch(/points back/);
  });

  it('still reads the file name-less (callers that pass bytes only keep working)', () => {
    expect(decodeC3d(valid).frames).toBe(4);
    try {
      decodeC3d(valid.subarray(0, 700));
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/^C3D file: /);
    }
  });
});
