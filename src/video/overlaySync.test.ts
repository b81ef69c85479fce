import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Points3D, PoseSequence2D } from '../core/types.ts';
import { framesByTime } from './overlaySession.ts';

const dir = mkdtempSync(join(tmpdir(), 'omc-overlay-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const points = { frames: 600, fps: 60, timestampsMs: Float64Array.from({ length: 600 }, (_, f) => (f * 1000) / 60) } as unknown as Points3D;
const seq = (camera: string, fps: number): PoseSequence2D =>
  ({ camera, fps, frames: 300, timestampsMs: Float64Array.from({ length: 300 }, (_, f) => (f * 1000) / fps) }) as unknown as PoseSequence2D;

describe('overlay: the 3D frame drawn on each camera frame', () => {
  it('is the frame of the same index without output/sync.json', () => {
    expect(framesByTime(dir, points)(seq('cam02', 60), 42)).toBe(42);
  });

  it('follows output/sync.json: a 30 fps camera that started 0.5 s late shows, at its frame 3, the 3D frame at 0.6 s', () => {
    mkdirSync(join(dir, 'output'), { recursive: true });
    writeFileSync(
      join(dir, 'output/sync.json'),
      JSON.stringify({
        reference: 'cam01',
        cameras: {
          cam01: { start_s: 0, rate_ppm: 0, confidence: 1, method: 'reference' },
          cam02: { start_s: 0.5, rate_ppm: 0, confidence: 0.9, method: 'keypoints' },
        },
      }),
    );
    const frameFor = framesByTime(dir, points);
    expect(frameFor(seq('cam02', 30), 3)).toBe(36);
    expect(frameFor(seq('cam01', 60), 36)).toBe(36);
    // Before the reference's first frame: nothing to draw.
    writeFileSync(
      join(dir, 'output/sync.json'),
      JSON.stringify({ reference: 'cam01', cameras: { cam02: { start_s: -1, rate_ppm: 0, confidence: 0.9, method: 'keypoints' } } }),
    );
    expect(framesByTime(dir, points)(seq('cam02', 30), 3)).toBe(-1);
  });
});
