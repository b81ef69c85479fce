import { describe, expect, it } from 'vitest';
import type { Points3D } from '../core/types.ts';
import { decodePoints3dFile, encodePoints3dFile } from './points3dFile.ts';

describe('points3d file', () => {
  it('round-trips every field exactly, including NaN and metadata', () => {
    const frames = 3, joints = 2;
    const p: Points3D = {
      layout: 'coco17', fps: 59.94, frames, joints,
      data: Float64Array.from({ length: 18 }, (_, i) => (i === 4 ? NaN : i * 0.1 + 1e-9)),
      reprojectionErrorPx: Float32Array.from([1.5, NaN, 2, 3, 4, 5]),
      cameraMask: Uint32Array.from([3, 0, 7, 0xffffffff, 1, 2]),
      timestampsMs: Float64Array.from([0, 16.683, 33.367]),
    };
    const back = decodePoints3dFile(encodePoints3dFile(p, { cameras: ['cam01', 'cam02'] }));
    expect(back.meta).toEqual({ cameras: ['cam01', 'cam02'] });
    expect(back.points.layout).toBe('coco17');
    expect(back.points.fps).toBe(59.94);
    expect(Array.from(back.points.data)).toEqual(Array.from(p.data));
    expect(Array.from(back.points.reprojectionErrorPx)).toEqual(Array.from(p.reprojectionErrorPx));
    expect(Array.from(back.points.cameraMask)).toEqual(Array.from(p.cameraMask));
    expect(Array.from(back.points.timestampsMs)).toEqual(Array.from(p.timestampsMs));
  });

  it('rejects truncated bytes with a message saying what to do', () => {
    const p: Points3D = {
      layout: 'coco17', fps: 30, frames: 1, joints: 1, data: new Float64Array(3),
      reprojectionErrorPx: new Float32Array(1), cameraMask: new Uint32Array(1), timestampsMs: new Float64Array(1),
    };
    const bytes = encodePoints3dFile(p);
    expect(() => decodePoints3dFile(bytes.subarray(0, bytes.length - 4), 'output/points3d.p3d')).toThrow(/truncated.*rerun/);
  });
});
