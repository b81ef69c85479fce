import { describe, expect, it } from 'vitest';
import { stitchChunks } from './stitchChunks.ts';

const person = (trackId: number, x: number) => ({
  trackId,
  keypoints: new Float32Array([x, 0, 0.9, x + 20, 100, 0.9, x - 20, 100, 0.9, x, 200, 0.9]),
});

describe('stitchChunks', () => {
  it('carries track ids across a one-frame seam and gives unmatched people fresh ids', () => {
    const a = [
      { timestampMs: 0, persons: [person(0, 100), person(1, 500)] },
      { timestampMs: 10, persons: [person(0, 102), person(1, 501)] },
    ];
    // The second worker saw the same frame 1 and numbered the people its own way; a third person appears.
    const b = [
      { timestampMs: 10, persons: [person(0, 501), person(1, 102)] },
      { timestampMs: 20, persons: [person(0, 503), person(1, 104), person(2, 900)] },
    ];
    const s = stitchChunks([a, b]);
    expect(s.map((f) => f.timestampMs)).toEqual([0, 10, 20]);
    expect(s[2].persons.map((p) => [p.trackId, p.keypoints[0]])).toEqual([
      [1, 503],
      [0, 104],
      [2, 900],
    ]);
  });
});
