// Frame-range access to the cameras' 2D keypoints during triangulation: the whole data when it is in
// memory (no copy), else a window of `chunkFrames` frames of every camera, read on demand. The
// triangulation passes walk the frames in order, so each chunk is read once per pass and memory stays
// bounded whatever the capture's length. Pure: reading is the inputs' own readFrames.
import type { Pose2DInput, PoseSequence2D } from './types.ts';

/** Frames per chunk when the 2D is read by ranges: 16 cameras × 2 people × 26 keypoints ≈ 10 MB. */
export const DEFAULT_CHUNK_FRAMES = 1000;

export class FrameWindow {
  /** First frame held (keypoint offsets are relative to it). */
  first = 0;
  /** One past the last frame held. */
  private end = 0;
  /** Per camera, the keypoints of frames [first, end) laid out as PoseSequence2D.data. */
  readonly data: Float32Array[];
  private readonly chunkFrames: number;

  constructor(
    private readonly inputs: Pose2DInput[],
    chunkFrames = DEFAULT_CHUNK_FRAMES,
  ) {
    if (!(Number.isInteger(chunkFrames) && chunkFrames >= 1))
      throw new Error(`FrameWindow: chunkFrames must be a positive integer, got ${chunkFrames}`);
    this.chunkFrames = chunkFrames;
    if (inputs.every((q) => 'data' in q)) {
      this.data = inputs.map((q) => ('data' in q ? q.data : new Float32Array(0)));
      this.end = Infinity;
    } else this.data = inputs.map(() => new Float32Array(0));
  }

  /** Makes frame f of every camera available in data (f ≥ a camera's frame count reads nothing for it). */
  ensure(f: number): void {
    if (f >= this.first && f < this.end) return;
    const start = Math.floor(f / this.chunkFrames) * this.chunkFrames;
    const end = start + this.chunkFrames;
    this.inputs.forEach((q, c) => {
      if ('data' in q)
        this.data[c] = q.data.subarray(
          Math.min(start, q.frames) * q.persons * q.joints * 3,
          Math.min(end, q.frames) * q.persons * q.joints * 3,
        );
      else this.data[c] = q.readFrames(Math.min(start, q.frames), Math.min(end, q.frames));
    });
    this.first = start;
    this.end = end;
  }

  /** Offset in data[c] of frame f (held), person slot p, joint j; camera c has `persons` slots of `joints` keypoints. */
  offset(f: number, persons: number, p: number, joints: number, j: number): number {
    return (((f - this.first) * persons + p) * joints + j) * 3;
  }
}

/** A camera's 2D held whole: as it is when it already is, else every frame read once by its readFrames. */
export function wholeSequence(seq: Pose2DInput): PoseSequence2D {
  if ('data' in seq) return seq;
  const { readFrames, ...rest } = seq;
  return { ...rest, data: readFrames(0, seq.frames) };
}
