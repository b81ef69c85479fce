import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import type { Points3D } from '../core/types.ts';
import { decodePoints3dFile, encodePoints3dFile } from './points3dFile.ts';

describe('points3d file', () => {
  it('round-trips every field exactly, including NaN and metadata', () => {
    const frames = 3,
      joints = 2;
    const p: Points3D = {
      layout: 'coco17',
      fps: 59.94,
      frames,
      joints,
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
      layout: 'coco17',
      fps: 30,
      frames: 1,
      joints: 1,
      data: new Float64Array(3),
      reprojectionErrorPx: new Float32Array(1),
      cameraMask: new Uint32Array(1),
      timestampsMs: new Float64Array(1),
    };
    const bytes = encodePoints3dFile(p);
    expect(() => decodePoints3dFile(bytes.subarray(0, bytes.length - 4), 'output/points3d.p3d')).toThrow(/cut short.*rerun/);
  });

  it('says in one line (a UserError, never a RangeError or SyntaxError) what is wrong with a damaged file', () => {
    const p: Points3D = {
      layout: 'coco17',
      fps: 30,
      frames: 2,
      joints: 1,
      data: new Float64Array(6),
      reprojectionErrorPx: new Float32Array(2),
      cameraMask: new Uint32Array(2),
      timestampsMs: new Float64Array(2),
    };
    const bytes = encodePoints3dFile(p, { cameras: ['cam01'] });
    const fix = 'run "openmocap process s" to write it again';
    const problem = (b: Uint8Array): string => {
      try {
        decodePoints3dFile(b, 's/output/points3d.p3d', fix);
      } catch (err) {
        expect(err).toBeInstanceOf(UserError);
        return (err as Error).message;
      }
      throw new Error('decoded a damaged file');
    };
    expect(problem(bytes.subarray(0, 5))).toBe(`s/output/points3d.p3d is cut short (only 5 bytes); ${fix}`);
    expect(problem(bytes.subarray(0, 10))).toBe(`s/output/points3d.p3d is cut short (only 10 bytes); ${fix}`);
    expect(problem(bytes.subarray(0, 20))).toMatch(/^s\/output\/points3d\.p3d is cut short \(20 bytes, its header alone needs \d+\); /);
    expect(problem(new TextEncoder().encode('{"not": "p3d"} and more text'))).toBe(
      `s/output/points3d.p3d is not an openmocap 3D points (.p3d) file; ${fix}`,
    );
    const badHead = Uint8Array.from(bytes);
    badHead[13] = 0x7b; // '{' inside the JSON header: no longer parses
    badHead[14] = 0x7b;
    expect(problem(badHead)).toBe(`s/output/points3d.p3d has a damaged header; ${fix}`);
    expect(problem(new Uint8Array([...bytes, 0, 0, 0, 0]))).toMatch(/has 4 bytes too many/);
  });

  it('follows the documented byte layout (little-endian, 8-byte aligned body) and decodes from any byte offset', () => {
    const frames = 2,
      joints = 3,
      n = frames * joints;
    const p: Points3D = {
      layout: 'halpe26',
      fps: 30,
      frames,
      joints,
      data: Float64Array.from({ length: n * 3 }, (_, i) => (i === 7 ? NaN : Math.sin(i) * 2.5)),
      reprojectionErrorPx: Float32Array.from({ length: n }, (_, i) => i * 0.25),
      cameraMask: Uint32Array.from({ length: n }, (_, i) => 0x80000000 + i),
      timestampsMs: Float64Array.from([0, 33.333]),
    };
    const bytes = encodePoints3dFile(p, { note: 'x' });
    // Read it back field by field with a DataView, as the header comment of points3dFile.ts describes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headLen = view.getUint32(8, true);
    let off = Math.ceil((12 + headLen) / 8) * 8;
    for (let i = 0; i < n * 3; i++, off += 8) expect(Object.is(view.getFloat64(off, true), p.data[i])).toBe(true);
    for (let i = 0; i < frames; i++, off += 8) expect(view.getFloat64(off, true)).toBe(p.timestampsMs[i]);
    for (let i = 0; i < n; i++, off += 4) expect(view.getFloat32(off, true)).toBe(p.reprojectionErrorPx[i]);
    for (let i = 0; i < n; i++, off += 4) expect(view.getUint32(off, true)).toBe(p.cameraMask[i]);
    expect(off).toBe(bytes.length);
    // The same bytes at an odd offset inside a larger buffer (as a slice of a network response may be).
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const back = decodePoints3dFile(shifted.subarray(3));
    expect(Array.from(back.points.data)).toEqual(Array.from(p.data));
    expect(Array.from(back.points.cameraMask)).toEqual(Array.from(p.cameraMask));
    expect(Array.from(back.points.reprojectionErrorPx)).toEqual(Array.from(p.reprojectionErrorPx));
    expect(back.meta).toEqual({ note: 'x' });
  });

  it('writes plain arrays given in place of typed ones', () => {
    const p = {
      layout: 'coco17',
      fps: 30,
      frames: 1,
      joints: 1,
      data: [1, 2, 3],
      reprojectionErrorPx: [0.5],
      cameraMask: [5],
      timestampsMs: [0],
    } as unknown as Points3D;
    const back = decodePoints3dFile(encodePoints3dFile(p));
    expect(Array.from(back.points.data)).toEqual([1, 2, 3]);
    expect(Array.from(back.points.cameraMask)).toEqual([5]);
  });
});
