import { describe, expect, it } from 'vitest';
import type { PoseSequence2D } from '../core/types.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { checkSubjectTracks } from './selectSubject.ts';

/** A camera's 2D data whose person slots carry the given track ids (one frame per entry; −1 = empty slot). */
function withTracks(camera: string, perFrame: number[][]): PoseSequence2D {
  const persons = Math.max(1, ...perFrame.map((f) => f.length));
  const trackIds = new Int32Array(perFrame.length * persons).fill(-1);
  perFrame.forEach((ids, f) => ids.forEach((id, p) => (trackIds[f * persons + p] = id)));
  return {
    camera,
    layout: 'coco17',
    imageWidth: 640,
    imageHeight: 480,
    fps: 30,
    frames: perFrame.length,
    persons,
    joints: 17,
    data: new Float32Array(perFrame.length * persons * 17 * 3),
    trackIds,
    timestampsMs: new Float64Array(perFrame.length),
  };
}

const rig = makeRingRig(2);
const [a, b] = rig.cameras.map((c) => c.name);

describe('checkSubjectTracks', () => {
  const seqs = [
    withTracks(a, [
      [0, 1],
      [1, -1],
    ]),
    withTracks(b, [[0], [3]]),
  ];

  it('accepts "auto", a track id that some camera has, and a table of ids each camera has', () => {
    expect(() => checkSubjectTracks(seqs, rig, 'auto')).not.toThrow();
    expect(() => checkSubjectTracks(seqs, rig, 3)).not.toThrow(); // only the second camera has it: fine
    expect(() => checkSubjectTracks(seqs, rig, { [a]: 1, [b]: 3 })).not.toThrow();
  });

  it('names the setting and lists the tracks there are when no camera has the id', () => {
    expect(() => checkSubjectTracks(seqs, rig, 7)).toThrow(
      'triangulation.subject = 7: no camera has a track 7 (tracks: 0, 1, 3); use one of those or "auto"',
    );
    const untracked = [withTracks(a, [[-1]]), withTracks(b, [[-1]])];
    expect(() => checkSubjectTracks(untracked, rig, 0)).toThrow(
      /no camera has a track 0 \(the 2D keypoints carry no track ids\); use "auto"/,
    );
  });

  it('names the camera of a per-camera id it lacks, and a camera that is not triangulated', () => {
    expect(() => checkSubjectTracks(seqs, rig, { [a]: 3 })).toThrow(
      `triangulation.subject.${a} = 3: camera ${a} has no track 3 (its tracks: 0, 1); use one of those or leave ${a} out of the table`,
    );
    expect(() => checkSubjectTracks(seqs, rig, { cam09: 0 })).toThrow(
      `triangulation.subject names camera "cam09", which is not one of the cameras triangulated (${a}, ${b}); use one of those names`,
    );
  });
});
