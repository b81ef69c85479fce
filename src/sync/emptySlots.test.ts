// The sync of a single-person take must not depend on how many empty person slots the 2D carries:
// the web app keeps [detect] max_persons slots per frame where the CLI's files may keep one, and the
// page's 3D must equal the CLI's. A camera whose track jumps (a detection that moves the keypoints by
// a large share of the body in one frame) must not be cut into two "people" because of empty slots.
import { describe, expect, it } from 'vitest';
import { makeRingRig } from '../synthetic/rig.ts';
import { makeCrowdTake } from '../synthetic/crowd.ts';
import type { PoseSequence2D } from '../core/types.ts';
import { syncCameras } from './syncCameras.ts';

/** The same sequence with `slots` person slots: the person in slot 0, the others empty. */
function padded(q: PoseSequence2D, slots: number): PoseSequence2D {
  const size = q.joints * 3;
  const data = new Float32Array(q.frames * slots * size).fill(NaN);
  const trackIds = new Int32Array(q.frames * slots).fill(-1);
  for (let f = 0; f < q.frames; f++) {
    data.set(q.data.subarray(f * size, (f + 1) * size), f * slots * size);
    trackIds[f * slots] = q.trackIds[f];
  }
  return { ...q, persons: slots, data, trackIds };
}

describe('syncCameras on a single-person take', () => {
  it('gives the same starts whether the 2D has one person slot or several empty ones', () => {
    const rig = makeRingRig(4);
    const take = makeCrowdTake(rig, { people: 1, frames: 150, seed: 5, fps: 30, occlusion: false, layout: 'coco17' });
    // In camera 1 the keypoints jump sideways by about half the body from frame 80 on.
    const q = take.sequences[1];
    for (let f = 80; f < q.frames; f++) for (let j = 0; j < q.joints; j++) q.data[(f * q.joints + j) * 3] += 120;
    const one = syncCameras({ sequences: take.sequences, rig });
    const three = syncCameras({ sequences: take.sequences.map((s) => padded(s, 3)), rig });
    for (const s of take.sequences) expect(three.cameras[s.camera].startS, s.camera).toBe(one.cameras[s.camera].startS);
  });
});
