// The settings-driven pure stages as the public API presents them: the same functions, typed with
// the documented option types of api/options.ts.
import { triangulate as triangulateStage, type TriangulateOptions, type TriangulationResult } from '../triangulate/triangulate.ts';
import { filterPoints as filterStage } from '../filter/filterPoints.ts';
import type { CameraRig, Points3D, Pose2DInput } from '../core/types.ts';
import type { FilterOptions, TriangulationOptions } from './options.ts';

/**
 * Triangulates the subject's keypoints from calibrated views: confidence-weighted linear
 * triangulation with robust exclusion of disagreeing cameras, left/right swap correction and gap
 * filling (docs/learn/triangulation.md). `sequences[i]` belongs to `rig.cameras[i]`; frames are
 * matched by index. Missing data gives warnings, not exceptions.
 */
export function triangulate(
  sequences: Pose2DInput[],
  rig: CameraRig,
  options: TriangulationOptions = {},
  opts: TriangulateOptions = {},
): TriangulationResult {
  return triangulateStage(sequences, rig, options, opts);
}

/**
 * Filters 3D points with the chain in `options.filters` (Hampel spikes, then a zero-phase
 * Butterworth low-pass; docs/learn/filtering.md). Missing points stay missing; returns new points.
 */
export function filterPoints(points: Points3D, options: FilterOptions = {}): Points3D {
  return filterStage(points, options);
}
