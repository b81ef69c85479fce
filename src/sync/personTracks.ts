// A camera's 2D track ids turned into people: a detector's tracker can hand one person's id on to
// another (the first is lost, the second takes the id: the id's keypoints jump across the picture)
// and give a person a new id after a crossing. Each id is cut where its detection jumps further than
// half the person's size in one frame, and a piece is joined to one that ended just before, where it
// starts. Pure (no I/O).

import { upperMedianInPlace } from '../core/stats.ts';
import type { PoseSequence2D } from '../core/types.ts';

/** A track's keypoints move by at most this share of its size (longer side of its keypoint box) between consecutive frames (median over the keypoints). */
const MAX_JUMP = 0.15;
/** A piece is joined to one that ended at most this many frames before it starts. */
const MAX_LINK_GAP = 3;

interface Piece {
  start: number;
  end: number;
  /** Detections (frame × persons + slot) at the first and last frame. */
  firstK: number;
  lastK: number;
  /** Centre and size of the detection at the first and last frame (size: longer side of the keypoint box). */
  first: [number, number, number];
  last: [number, number, number];
  person: number;
}

/** The sequence with each detection's track id replaced by its person's number (0, 1, … by first appearance); −1 stays −1. */
export function personTracks(seq: PoseSequence2D): PoseSequence2D {
  const { frames, persons, joints, data, trackIds } = seq;
  const box = (k: number): [number, number, number] | null => {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let j = 0; j < joints; j++) {
      const o = (k * joints + j) * 3;
      const x = data[o],
        y = data[o + 1];
      if (!Number.isFinite(x) || !Number.isFinite(y) || !(data[o + 2] > 0)) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    return x1 >= x0 ? [(x0 + x1) / 2, (y0 + y1) / 2, Math.max(x1 - x0, y1 - y0)] : null;
  };
  const dist = new Float64Array(joints);
  /** Median distance between the keypoints two detections share, over the larger one's size (Infinity with fewer than 3 shared). */
  const moved = (a: number, ba: [number, number, number], b: number, bb: [number, number, number]): number => {
    let n = 0;
    for (let j = 0; j < joints; j++) {
      const oa = (a * joints + j) * 3,
        ob = (b * joints + j) * 3;
      if (!(data[oa + 2] > 0) || !(data[ob + 2] > 0)) continue;
      const d = Math.hypot(data[oa] - data[ob], data[oa + 1] - data[ob + 1]);
      if (Number.isFinite(d)) dist[n++] = d;
    }
    if (n < 3) return Infinity;
    return upperMedianInPlace(dist, n) / Math.max(ba[2], bb[2], 1e-9);
  };
  const pieces: Piece[] = [];
  /** [frame × persons] piece index of each detection, −1 for none. */
  const pieceOf = new Int32Array(frames * persons).fill(-1);
  const open = new Map<number, number>();
  for (let f = 0; f < frames; f++) {
    for (let p = 0; p < persons; p++) {
      const k = f * persons + p,
        id = trackIds[k];
      if (id < 0) continue;
      const b = box(k);
      if (!b) continue;
      const i = open.get(id);
      const prev = i === undefined ? undefined : pieces[i];
      if (prev && moved(k, b, prev.lastK, prev.last) <= MAX_JUMP * (f - prev.end)) {
        prev.end = f;
        prev.last = b;
        prev.lastK = k;
        pieceOf[k] = i!;
      } else {
        pieces.push({ start: f, end: f, firstK: k, lastK: k, first: b, last: b, person: -1 });
        open.set(id, pieces.length - 1);
        pieceOf[k] = pieces.length - 1;
      }
    }
  }
  // Join each piece to the nearest one ending shortly before it starts, whose person is not seen since.
  let people = 0;
  const lastOf: number[] = [];
  const lastFrame: number[] = [];
  for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
    let best = -1,
      bestD = Infinity;
    for (let q = 0; q < people; q++) {
      const e = pieces[lastOf[q]],
        gap = piece.start - lastFrame[q];
      if (gap < 1 || gap > MAX_LINK_GAP) continue;
      const d = moved(piece.firstK, piece.first, e.lastK, e.last);
      if (d <= MAX_JUMP * gap && d < bestD) {
        bestD = d;
        best = q;
      }
    }
    piece.person = best >= 0 ? best : people++;
    lastOf[piece.person] = pieces.indexOf(piece);
    lastFrame[piece.person] = piece.end;
  }
  const ids = new Int32Array(frames * persons).fill(-1);
  for (let k = 0; k < ids.length; k++) if (pieceOf[k] >= 0) ids[k] = pieces[pieceOf[k]].person;
  return { ...seq, trackIds: ids };
}
