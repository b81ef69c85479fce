// Several takes of the same cameras, one after the other, as one sequence per camera: what
// calibration from the person reads when the session has extra takes for it (a walk through the
// space, a static trial). Frames of different takes are never matched to each other: each take's
// frames are synchronised across cameras, and the cameras did not move between takes.
import type { PoseSequence2D } from '../core/types.ts';
import { UserError } from '../core/errors.ts';
import { imageSizeRelation, toResizedPixel } from '../camera/imageSize.ts';
import { normaliseCameraName } from '../core/matchCameras.ts';

export interface Take {
  /** Where the take comes from (for messages and the report): a folder. */
  source: string;
  sequences: PoseSequence2D[];
}

/**
 * One sequence per camera of `main`: its frames (cut to the camera with the fewest), then each extra
 * take's (cut the same way; a take nobody is seen in adds none). A camera missing from an extra take
 * has no keypoints in its frames. Keypoints of a take filmed at another size are moved to the main
 * video's pixels when one is a resized copy of the other; any other size is a UserError naming the take.
 * Returns the pooled sequences and the frames each take gave.
 */
export function poolTakes(main: Take, extras: Take[]): { sequences: PoseSequence2D[]; frames: number[] } {
  const framesOf = (seqs: PoseSequence2D[]) => (seqs.length ? Math.min(...seqs.map((q) => q.frames)) : 0);
  const frames = [main, ...extras].map((t) => framesOf(t.sequences));
  if (!extras.length) return { sequences: main.sequences, frames };
  const total = frames.reduce((a, b) => a + b, 0);
  const sequences = main.sequences.map((q) => {
    const parts = [q, ...extras.map((t) => t.sequences.find((e) => normaliseCameraName(e.camera) === normaliseCameraName(q.camera)))];
    const persons = Math.max(...parts.map((p) => p?.persons ?? 0));
    const J = q.joints;
    const data = new Float32Array(total * persons * J * 3).fill(Number.NaN);
    const trackIds = new Int32Array(total * persons).fill(-1);
    const dt = q.timestampsMs.length > 1 ? q.timestampsMs[1] - q.timestampsMs[0] : 1000 / 30;
    const timestampsMs = new Float64Array(total).map((_, f) => f * dt);
    let at = 0;
    parts.forEach((p, k) => {
      const n = frames[k];
      if (p && p.joints === J) {
        let sx = 1,
          sy = 1;
        if (p !== q) {
          const rel = imageSizeRelation({ width: p.imageWidth, height: p.imageHeight }, q.imageWidth, q.imageHeight);
          if (rel.relation === 'mismatch') {
            throw new UserError(
              `${extras[k - 1].source}: the video of ${q.camera} is ${p.imageWidth}×${p.imageHeight} but in ${main.source} it is ${q.imageWidth}×${q.imageHeight}; a take for the calibration must come from the same cameras, at the same resolution and orientation`,
            );
          }
          [sx, sy] = [rel.sx, rel.sy];
        }
        for (let f = 0; f < n; f++) {
          for (let i = 0; i < p.persons; i++) {
            trackIds[(at + f) * persons + i] = p.trackIds[f * p.persons + i];
            for (let j = 0; j < J; j++) {
              const src = ((f * p.persons + i) * J + j) * 3,
                dst = (((at + f) * persons + i) * J + j) * 3;
              data[dst] = toResizedPixel(p.data[src], sx);
              data[dst + 1] = toResizedPixel(p.data[src + 1], sy);
              data[dst + 2] = p.data[src + 2];
            }
          }
        }
      }
      at += n;
    });
    return { ...q, frames: total, persons, data, trackIds, timestampsMs };
  });
  return { sequences, frames };
}
