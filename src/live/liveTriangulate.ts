// Live 3D: the latest 2D keypoints of each calibrated camera, triangulated as one frame by the same
// pure stage as `openmocap process` (triangulate: robust multi-view solve, left/right swap check,
// per-camera outlier rejection). Pure.
import type { CameraRig, PoseSequence2D } from '../core/types.ts';
import { UserError } from '../core/errors.ts';
import { triangulate } from '../triangulate/triangulate.ts';

export interface LiveView {
  camera: string;
  layout: string;
  width: number;
  height: number;
  /** [x, y, score] per joint, frame pixels. */
  keypoints: Float32Array;
  frameMs: number;
}

/** Camera names compared loosely: "cam_01", "Cam01" and "cam1" are the same camera. */
export const cameraKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/0+(\d)/g, '$1');

/**
 * The calibration's cameras for the live cameras, in rig order, and the live cameras it lacks. Throws
 * a UserError when fewer than two live cameras are calibrated.
 */
export function matchRig(
  rig: CameraRig,
  liveCameras: string[],
  file = 'calibration.toml',
): { rig: CameraRig; cameras: string[]; missing: string[] } {
  const cams: CameraRig['cameras'] = [],
    names: string[] = [],
    missing: string[] = [];
  for (const live of liveCameras) {
    const c = rig.cameras.find((k) => cameraKey(k.name) === cameraKey(live));
    if (c) {
      cams.push(c);
      names.push(live);
    } else missing.push(live);
  }
  if (cams.length < 2)
    throw new UserError(
      `${file} calibrates ${rig.cameras.map((c) => c.name).join(', ')} but the live cameras are ${liveCameras.join(', ')}: at least 2 must match by name; choose the calibration of these cameras or rename them`,
    );
  return { rig: { ...rig, cameras: cams }, cameras: names, missing };
}

/** One 3D frame ([x, y, z] per joint, metres, NaN where missing) from one view per rig camera (in rig order). */
export function triangulateLiveFrame(views: LiveView[], rig: CameraRig): { xyz: Float64Array; usedObservations: number } {
  const seqs: PoseSequence2D[] = views.map((v) => ({
    camera: v.camera,
    layout: v.layout,
    imageWidth: v.width,
    imageHeight: v.height,
    fps: 30,
    frames: 1,
    persons: 1,
    joints: v.keypoints.length / 3,
    data: v.keypoints,
    trackIds: new Int32Array([0]),
    timestampsMs: new Float64Array([v.frameMs]),
    model: 'live',
  }));
  const r = triangulate(seqs, rig, { max_gap_frames: 0, fix_left_right_swaps: true });
  return { xyz: Float64Array.from(r.points.data), usedObservations: r.stats.usedObservations };
}
