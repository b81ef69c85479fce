// openmocap's browser entry (`import … from 'openmocap/browser'`): the pure stages only — typed
// arrays in, typed arrays out, no file system and no Node built-ins anywhere in its import graph
// (test/lib/entries.test.ts walks it). src/index.ts re-exports all of this for Node and adds the
// file-based half (sessions, videos, calibration files).

// Data model and errors
export type { Camera, CameraRig, PoseSequence2D, Points3D, PoseFrames2D, Pose2DInput } from './core/types.ts';
export { UserError, type Warning } from './core/errors.ts';
export { getLayout, layoutNames, canonicalLayoutName, type KeypointLayout, type ResolvedLayout } from './core/layouts.ts';
export { matchCameras, normaliseCameraName } from './core/matchCameras.ts';

// Cameras
export {
  prepareCamera,
  projectPoint,
  projectPoints,
  undistortPoint,
  undistortPoints,
  cameraCenter,
  rotationMatrix,
  rotationVector,
  type PreparedCamera,
} from './camera/project.ts';

// Stages
export { triangulate, filterPoints } from './api/stages.ts';
export type { TriangulationOptions, FilterOptions } from './api/options.ts';
export {
  triangulateSettingsSchema,
  type TriangulateSettings,
  type TriangulateOptions,
  type TriangulationResult,
} from './triangulate/triangulate.ts';
export {
  filterSettingsSchema,
  butterworth,
  filtfilt,
  hampel,
  FILTERS,
  type FilterSettings,
  type FilterName,
} from './filter/filterPoints.ts';
export { fitSkeleton, forwardKinematics, boneLengthsAt, type FittedSkeleton, type FitSkeletonOptions } from './skeleton/fitSkeleton.ts';
export { jointAngles, type JointAngles, type JointAnglesOptions } from './analysis/jointAngles.ts';
export { syncCameras, type SyncResult, type SyncOptions, type SyncInput } from './sync/syncCameras.ts';

// Formats (bytes or text in, bytes or text out)
export { formatTrc, trcChunks, parseTrc, type FormatTrcOptions, type TrcData } from './formats/trc.ts';
export { encodeC3d, decodeC3d, type EncodeC3dOptions, type C3dData } from './formats/c3d.ts';
export { formatBvh, bvhChunks, type FormatBvhOptions } from './formats/bvh.ts';
export { encodeGlb, type EncodeGlbOptions } from './formats/gltf.ts';
export { formatPointsCsv, pointsCsvChunks } from './formats/csv.ts';
export {
  parseCalibrationToml,
  formatCalibrationToml,
  type ParseCalibrationOptions,
  type CalibrationUnits,
} from './formats/calibrationToml.ts';
export { encodePose2d, decodePose2d } from './formats/pose2d.ts';
export { encodePoints3dFile, decodePoints3dFile } from './formats/points3dFile.ts';

// Synthetic data (for tests and examples)
export { generateMotion, type MotionKind, type MotionOptions } from './synthetic/motion.ts';
export { makeRingRig } from './synthetic/rig.ts';
export { observe, type ObserveOptions } from './synthetic/observe.ts';
