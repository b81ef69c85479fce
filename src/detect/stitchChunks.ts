// Joins per-frame person lists of consecutive video chunks that overlap by one frame. Pure.
import type { FramePersons } from './assembleSequence.ts';
import { associate } from './trackPersons.ts';

/**
 * Each chunk after the first starts with the last frame of the previous one. People on that shared
 * frame are matched by pose; a matched track keeps the earlier chunk's id, an unmatched one gets a
 * fresh id. The shared frame is kept once (from the earlier chunk).
 */
export function stitchChunks(chunks: FramePersons[][]): FramePersons[] {
  if (chunks.length === 1) return chunks[0];
  const out: FramePersons[] = [...chunks[0]];
  let nextId = 1 + Math.max(-1, ...out.flatMap((f) => f.persons.map((p) => p.trackId)));
  for (let k = 1; k < chunks.length; k++) {
    const chunk = chunks[k];
    if (!chunk.length) continue;
    const seamPrev = out.at(-1)?.persons ?? [];
    const seamNext = chunk[0].persons;
    const match = associate(
      seamPrev.map((p) => p.keypoints),
      seamNext.map((p) => p.keypoints),
    );
    const idMap = new Map<number, number>();
    seamNext.forEach((p, i) => idMap.set(p.trackId, match[i] >= 0 ? seamPrev[match[i]].trackId : nextId++));
    for (const f of chunk.slice(1)) {
      out.push({
        timestampMs: f.timestampMs,
        persons: f.persons.map((p) => {
          if (!idMap.has(p.trackId)) idMap.set(p.trackId, nextId++);
          return { ...p, trackId: idMap.get(p.trackId)! };
        }),
      });
    }
  }
  return out;
}
