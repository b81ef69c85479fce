import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FlowJob } from 'bullmq';
import { chunkPath, readChunk, writeChunk } from './chunkFile.ts';
import { safeUrl } from './connection.ts';
import { chunkRanges, sessionFlow, type JobData } from './sessionJobs.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('queue jobs of a session', () => {
  it('splits a video into chunks of chunk_frames, the last one running to the end', () => {
    expect(chunkRanges(10, 4)).toEqual([{ startFrame: 0, frames: 4 }, { startFrame: 4, frames: 4 }, { startFrame: 8 }]);
    expect(chunkRanges(8, 4)).toEqual([{ startFrame: 0, frames: 4 }, { startFrame: 4 }]);
    expect(chunkRanges(4, 4)).toEqual([{ startFrame: 0 }]);
    // Frame count unknown (or only estimated): one chunk, the whole video.
    expect(chunkRanges(undefined, 4)).toEqual([{ startFrame: 0 }]);
  });

  it("chains each camera's chunks under the stitch job, under the stages in pipeline order", () => {
    const flow = sessionFlow(
      '/s',
      'p1',
      [
        { camera: 'cam01', video: '/s/videos/cam01.mp4', fingerprint: 'f1', dir: '/s/output/.queue/cam01-f1', ranges: chunkRanges(10, 4) },
        { camera: 'cam02', video: '/s/videos/cam02.mp4', fingerprint: 'f2', dir: '/s/output/.queue/cam02-f2', ranges: chunkRanges(3, 4) },
      ],
      { attempts: 2 },
    );
    const path: string[] = [];
    let node: FlowJob | undefined = flow;
    while (node && (node.data as JobData).kind === 'stage') {
      path.push((node.data as { step: string }).step);
      expect(node.opts?.failParentOnFailure).toBe(true);
      expect(node.opts?.attempts).toBe(2);
      node = node.children?.[0];
    }
    expect(path).toEqual(['report', 'export', 'filter', 'triangulate', 'sync']);
    expect((node!.data as JobData).kind).toBe('detect');
    const [c1, c2] = node!.children!;
    // cam01: chunk 2 waits for chunk 1, which waits for chunk 0.
    const chain: number[] = [];
    for (let n: FlowJob | undefined = c1; n; n = n.children?.[0]) chain.push((n.data as { index: number }).index);
    expect(chain).toEqual([2, 1, 0]);
    expect((c2.data as { index: number }).index).toBe(0);
    expect(c2.children).toBeUndefined();
    // Ids made from the plan's: a retried plan adds nothing twice.
    expect(c1.opts?.jobId).toBe('p1.c0.2');
  });

  it("keeps a chunk's numbers bit for bit (float32 keypoints, NaN, Infinity) and writes atomically", () => {
    const dir = mkdtempSync(join(tmpdir(), 'openmocap-chunk-'));
    dirs.push(dir);
    const kp = new Float32Array([1 / 3, 1e-30, NaN, 123.456, -0, 0.1]);
    const chunk = {
      camera: 'cam01',
      startFrame: 4,
      frames: [{ timestampMs: 1000 / 3, persons: [{ trackId: 2, score: Math.PI, keypoints: kp }] }],
      state: { tracks: [{ trackId: 2, keypoints: kp, score: NaN }], nextTrackId: 3, framesSinceSearch: 7, searchBackoff: Infinity },
    };
    writeChunk(chunkPath(dir, 1), chunk);
    expect(readdirSync(dir)).toEqual(['chunk00001.json']);
    const back = readChunk(chunkPath(dir, 1))!;
    expect(back.frames[0].timestampMs).toBe(1000 / 3);
    const k = back.frames[0].persons[0].keypoints;
    expect(k).toBeInstanceOf(Float32Array);
    expect(Buffer.from(k.buffer).equals(Buffer.from(kp.buffer))).toBe(true);
    expect(back.state.tracks[0].score).toBeNaN();
    expect(back.state.searchBackoff).toBe(Infinity);
    expect(Buffer.from(back.state.tracks[0].keypoints.buffer).equals(Buffer.from(kp.buffer))).toBe(true);
    expect(readChunk(chunkPath(dir, 2))).toBeUndefined();
  });

  it('never prints a Redis password', () => {
    expect(safeUrl('redis://:s3cret@host:6379/2')).toBe('redis://:***@host:6379/2');
    expect(safeUrl('redis://user:s3cret@host:6379')).not.toContain('s3cret');
  });
});
