import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import type { PoseSequence2D } from '../core/types.ts';
import { decodePose2d, encodePose2d } from './pose2d.ts';

function sample(frames = 5, persons = 2, joints = 17, layout = joints === 26 ? 'halpe26' : 'coco17'): PoseSequence2D {
  const data = new Float32Array(frames * persons * joints * 3);
  for (let i = 0; i < data.length; i++) data[i] = i % 7 === 0 ? NaN : i * 0.25 - 3;
  const trackIds = new Int32Array(frames * persons).map((_, i) => (i % 3) - 1);
  const timestampsMs = new Float64Array(frames).map((_, i) => i * 16.6667 + 0.1);
  return {
    camera: 'cam01',
    layout,
    imageWidth: 1080,
    imageHeight: 1920,
    fps: 60,
    frames,
    persons,
    joints,
    data,
    trackIds,
    timestampsMs,
    model: 'movenet-lightning',
  };
}

describe('pose2d format', () => {
  it('round-trips every field bit for bit, NaN included', () => {
    const seq = sample();
    const back = decodePose2d(encodePose2d(seq));
    expect(back).toEqual(seq);
    expect(Object.is(back.data[0], NaN)).toBe(true);
  });

  it('keeps 8-byte alignment of every section and decodes from an unaligned view', () => {
    const bytes = encodePose2d(sample(3, 1, 26));
    expect(bytes.length % 8).toBe(0);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(decodePose2d(shifted.subarray(3)).data).toEqual(sample(3, 1, 26).data);
  });

  it('round-trips an empty sequence and a camera name with non-ASCII characters', () => {
    const seq = { ...sample(0, 1, 17), camera: 'caméra_ü' };
    expect(decodePose2d(encodePose2d(seq))).toEqual(seq);
  });

  it('rejects truncated, padded, foreign and newer files with a UserError naming the file', () => {
    const bytes = encodePose2d(sample());
    const bad: [Uint8Array, RegExp][] = [
      [bytes.subarray(0, bytes.length - 1), /truncated/],
      [new Uint8Array([...bytes, 0, 0, 0, 0, 0, 0, 0, 0]), /trailing/],
      [new TextEncoder().encode('{"people": []}  not a pose2d file'), /magic/],
      [bytes.subarray(0, 10), /only 10 bytes/],
    ];
    for (const [b, why] of bad) {
      expect(() => decodePose2d(b, 'pose2d/cam01.pose2d')).toThrow(UserError);
      expect(() => decodePose2d(b, 'pose2d/cam01.pose2d')).toThrow(/pose2d\/cam01\.pose2d/);
      expect(() => decodePose2d(b, 'pose2d/cam01.pose2d')).toThrow(why);
    }
    const newer = new Uint8Array(bytes);
    const text = new TextDecoder().decode(newer.subarray(16, 80)).replace('"version":1', '"version":9');
    newer.set(new TextEncoder().encode(text), 16);
    expect(() => decodePose2d(newer, 'x.pose2d')).toThrow(/newer openmocap/);
  });

  it('rejects a header whose shape disagrees with its sections', () => {
    const bytes = new Uint8Array(encodePose2d(sample()));
    const text = new TextDecoder().decode(bytes);
    const i = text.indexOf('"frames":5');
    bytes.set(new TextEncoder().encode('"frames":4'), i);
    expect(() => decodePose2d(bytes, 'a.pose2d')).toThrow(/section data does not match/);
  });

  it('rejects an unknown layout, or joints at odds with the layout, in the header with one line naming the file', () => {
    // The same-length replacement keeps the header size: only the layout name changes.
    const swap = (from: string, to: string): Uint8Array => {
      const bytes = new Uint8Array(encodePose2d(sample()));
      const text = new TextDecoder().decode(bytes);
      bytes.set(new TextEncoder().encode(to), text.indexOf(from));
      return bytes;
    };
    for (const [bytes, why] of [
      [swap('"layout":"coco17"', '"layout":"cocoXX"'), /unknown keypoint layout "cocoXX" \(known: coco17, /],
      [swap('"layout":"coco17"', '"layout":"body25"'), /17 joints per person, but layout body25 has 25/],
    ] as const) {
      let err: unknown;
      try {
        decodePose2d(bytes, 'pose2d/cam02.pose2d');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(why);
      expect((err as Error).message).toMatch(/^pose2d\/cam02\.pose2d is not a valid \.pose2d file/);
      expect((err as Error).message).not.toContain('\n');
    }
  });
});
