// openmocap's Node entry (`import … from 'openmocap'`): everything in the browser entry (pure
// stages over typed arrays) plus the file-based half — whole sessions, videos, calibration files.
export * from './browser.ts';

// The whole job
export { processSession, type ProcessOptions, type ProcessSummary, type ProcessEvent, type Step } from './api/processSession.ts';
export { loadSettings, type LoadedSettings } from './session/settings.ts';

// Detection on videos (tfjs on the wasm backend, in worker threads)
export { detect, detectSession, type DetectRunOptions, type DetectSessionRunOptions } from './api/detect.ts';
export type { DetectSessionResult, DetectProgress } from './detect/runDetect.ts';
export type { DetectOptions } from './api/options.ts';
export { detectSettingsSchema, type DetectSettings } from './detect/detectSettingsSchema.ts';

// Files
export {
  readCalibration,
  readCalibrationFile,
  writeCalibration,
  findCalibrationFile,
  type ReadCalibrationOptions,
  type CalibrationRead,
} from './io/calibration.ts';
export { readPose2dFile, readPose2dFolder, writePose2d } from './io/pose2d.ts';
export { writeTrc, writeC3d, writeBvh } from './api/files.ts';
export { writeFileAtomic } from './io/atomic.ts';
