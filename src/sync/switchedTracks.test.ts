// The sync on a take with two people whose 2D tracker, in some cameras, hands one person's track id
// on to the other (the first is lost, the second takes the id): a track id is then two people, and
// the sync compared one person's motion in one camera with two people's in another. On the shared
// two-people take (synchronised videos) it placed cam04 3 frames off.
import { describe, expect, it } from 'vitest';
import { makeRingRig } from '../synthetic/rig.ts';
import { makeCrowdTake } from '../synthetic/crowd.ts';
import type { PoseSequence2D } from '../core/types.ts';
import { syncCameras } from './syncCameras.ts';

/** From frame `from` on, person `lost` is not detected and person `heir` carries their track id (the heir's own id ends). */
function handOver(q: PoseSequence2D, lost: number, heir: number, from: number): void {
  for (let f = from; f < q.frames; f++) {
    for (let p = 0; p < q.persons; p++) {
      const k = f * q.persons + p;
      if (q.trackIds[k] === lost) {
        q.trackIds[k] = -1;
        q.data.fill(NaN, k * q.joints * 3, (k + 1) * q.joints * 3);
      } else if (q.trackIds[k] === heir) q.trackIds[k] = lost;
    }
  }
}

describe('syncCameras with several people', () => {
  it("follows one person, not one track id, when a camera's tracker hands an id from one person to the other", () => {
    const rig = makeRingRig(4);
    const FPS = 30;
    const take = makeCrowdTake(rig, { people: 2, frames: 150, seed: 3, fps: FPS, occlusion: false, layout: 'coco17' });
    // Synchronised cameras; in cameras 2 and 3 person 0 is lost at frame 70 and person 1 takes over id 0.
    handOver(take.sequences[2], 0, 1, 70);
    handOver(take.sequences[3], 0, 1, 70);
    const r = syncCameras({ sequences: take.sequences, rig });
    for (const q of take.sequences) expect(Math.abs(r.cameras[q.camera].startS) * FPS, q.camera).toBeLessThanOrEqual(1);
  });
});
