// `processSession`: the whole job in one call — a session folder of videos (or 2D keypoints) and a
// calibration in, output/ (TRC, C3D, BVH, GLB, report) out. The same code as `openmocap process`.
import { runProcess, type ProcessOptions, type ProcessSummary } from '../session/process.ts';

export type { ProcessOptions, ProcessSummary, ProcessEvent, Step } from '../session/process.ts';

/**
 * Runs every stage of a session (detect → sync → triangulate → filter → export → report), skipping
 * stages whose inputs, settings and code are unchanged. Settings come from `<sessionDir>/mocap.toml`
 * (every key optional; `openmocap config <session>` prints them with their defaults).
 * Throws a UserError (one line naming the file and what to do) for input it cannot use.
 */
export function processSession(sessionDir: string, opts: ProcessOptions = {}): Promise<ProcessSummary> {
  return runProcess(sessionDir, opts);
}
