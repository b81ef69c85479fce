// Per-frame person lists → one PoseSequence2D with stable person slots. Pure.
import type { PoseSequence2D } from '../core/types.ts';

export interface FramePersons {
  timestampMs: number;
  persons: { trackId: number; keypoints: Float32Array }[];
}

/**
 * Packs frames of tracked people into a [frame][person][joint] sequence. A track keeps the slot it
 * got when it first appeared until it ends; slots are reused afterwards. Keypoints scoring below
 * minScore become NaN (missing).
 */
export function assembleSequence(
  frames: FramePersons[],
  meta: { camera: string; layout: string; joints: number; imageWidth: number; imageHeight: number; fps: number; model: string },
  minScore = 0,
): PoseSequence2D {
  // Slot assignment: first pass decides slots, second pass fills the arrays.
  const slotsPerFrame: number[][] = [];
  let active = new Map<number, number>(); // trackId → slot
  let persons = 0;
  for (const f of frames) {
    const next = new Map<number, number>();
    const used = new Set<number>();
    for (const p of f.persons) {
      const slot = active.get(p.trackId);
      if (slot !== undefined) {
        next.set(p.trackId, slot);
        used.add(slot);
      }
    }
    const slots: number[] = [];
    for (const p of f.persons) {
      let slot = next.get(p.trackId);
      if (slot === undefined) {
        slot = 0;
        while (used.has(slot)) slot++;
        used.add(slot);
        next.set(p.trackId, slot);
      }
      slots.push(slot);
      persons = Math.max(persons, slot + 1);
    }
    slotsPerFrame.push(slots);
    active = next;
  }
  persons = Math.max(persons, 1);
  const J = meta.joints;
  const data = new Float32Array(frames.length * persons * J * 3).fill(NaN);
  const trackIds = new Int32Array(frames.length * persons).fill(-1);
  const timestampsMs = new Float64Array(frames.length);
  frames.forEach((f, fi) => {
    timestampsMs[fi] = f.timestampMs;
    f.persons.forEach((p, k) => {
      const slot = slotsPerFrame[fi][k];
      trackIds[fi * persons + slot] = p.trackId;
      const base = (fi * persons + slot) * J * 3;
      for (let j = 0; j < J; j++) {
        const s = p.keypoints[j * 3 + 2];
        if (!(s >= minScore)) continue;
        data[base + j * 3] = p.keypoints[j * 3];
        data[base + j * 3 + 1] = p.keypoints[j * 3 + 1];
        data[base + j * 3 + 2] = s;
      }
    });
  });
  // A video whose frame times are missing or step back (a damaged or odd container) is timed by
  // frame number instead: readers refuse times that are not numbers or go backwards.
  const bad = timestampsMs.some((t, i) => !Number.isFinite(t) || (i > 0 && t < timestampsMs[i - 1]));
  if (bad && meta.fps > 0) for (let i = 0; i < timestampsMs.length; i++) timestampsMs[i] = (i * 1000) / meta.fps;
  return {
    camera: meta.camera,
    layout: meta.layout,
    imageWidth: meta.imageWidth,
    imageHeight: meta.imageHeight,
    fps: meta.fps,
    frames: frames.length,
    persons,
    joints: J,
    data,
    trackIds,
    timestampsMs,
    model: meta.model,
  };
}
