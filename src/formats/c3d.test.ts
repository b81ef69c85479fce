import { describe, expect, it } from 'vitest';
import { decodeC3d, encodeC3d } from './c3d.ts';
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
    word: (frame: number, point: number, k: number) => v.getFloat32((v.getUint16(16, true) - 1) * 512 + (frame * v.getUint16(2, true) + point) * 16 + k * 4, true),
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
    expect(d.labels).toEqual(['Nose', 'LEye', 'REye', 'LEar', 'REar', 'LShoulder', 'RShoulder', 'LElbow', 'RElbow', 'LWrist', 'RWrist', 'LHip', 'RHip', 'LKnee', 'RKnee', 'LAnkle', 'RAnkle']);
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
