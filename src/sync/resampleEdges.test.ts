// A camera shifted by a fraction of a frame (the automatic sync of cameras that are already
// synchronised finds ±0.4 frame) keeps its first and last frames: on the two-people take the last
// frame of cam02, started 0.41 frame early, was left empty and person 1, seen by cam01 and cam02
// only, was lost in the take's last frame.
import { describe, expect, it } from 'vitest';
import { makeUnsyncedTake } from '../synthetic/unsyncedTake.ts';
import { resampleSequence } from './resampleSequence.ts';

describe('resampleSequence at the ends of a take', () => {
  const take = makeUnsyncedTake([{ startS: 0, fps: 60, durationS: 1 }], { noisePx: 0, missRate: 0 });
  const seq = take.sequences[0];
  const targets = Float64Array.from({ length: seq.frames }, (_, k) => seq.timestampsMs[k]);
  const at = (r: typeof seq, f: number): number => r.data[f * r.persons * r.joints * 3];
  it('holds the last frame for a camera started less than half a frame early, the first for one started late', () => {
    const early = resampleSequence(seq, { startS: -0.41 / 60 }, targets, 60);
    expect(at(early, seq.frames - 1)).toBe(at(seq, seq.frames - 1));
    const late = resampleSequence(seq, { startS: 0.41 / 60 }, targets, 60);
    expect(at(late, 0)).toBe(at(seq, 0));
  });
  it('leaves the reference frames empty beyond half a frame', () => {
    expect(Number.isNaN(at(resampleSequence(seq, { startS: -0.6 / 60 }, targets, 60), seq.frames - 1))).toBe(true);
    expect(Number.isNaN(at(resampleSequence(seq, { startS: 0.6 / 60 }, targets, 60), 0))).toBe(true);
  });
});
