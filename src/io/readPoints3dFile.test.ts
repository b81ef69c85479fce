import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { samplePoints } from '../formats/fixtures/samplePoints.ts';
import { decodePoints3dFile, encodePoints3dFile, points3dFileChunks } from '../formats/points3dFile.ts';
import { writeFileAtomic } from './atomic.ts';
import { readPoints3dFile } from './readPoints3dFile.ts';

describe('a .p3d file written in pieces and read section by section', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openmocap-p3d-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const p = samplePoints(9);
  const meta = { cameras: ['cam01', 'cam02'], gaps: [] };

  it('has the bytes of encodePoints3dFile and reads back what decodePoints3dFile reads', () => {
    const file = join(dir, 'a.p3d');
    writeFileAtomic(file, points3dFileChunks(p, meta));
    const bytes = encodePoints3dFile(p, meta);
    const read = readPoints3dFile(file);
    expect(read).toEqual(decodePoints3dFile(bytes));
    expect(read.points.data).toEqual(p.data);
    expect(Buffer.concat([...points3dFileChunks(p, meta)]).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a damaged file with the same one-line message as decodePoints3dFile', () => {
    const bytes = encodePoints3dFile(p, meta);
    for (const bad of [
      bytes.subarray(0, bytes.length - 8),
      bytes.subarray(0, 5),
      new Uint8Array([...bytes, 0, 0, 0, 0, 0, 0, 0, 0]),
      new TextEncoder().encode('hello world, not a p3d'),
    ]) {
      const file = join(dir, 'bad.p3d');
      writeFileSync(file, bad);
      let expected = '';
      try {
        decodePoints3dFile(bad, 'bad.p3d', 'rerun');
      } catch (e) {
        expected = (e as Error).message;
      }
      expect(expected).toMatch(/^bad\.p3d .*; rerun$/);
      expect(() => readPoints3dFile(file, 'bad.p3d', 'rerun')).toThrow(expected);
    }
  });
});
