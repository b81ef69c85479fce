// Settings of the sync stage: the [sync] section of mocap.toml.
// Every key is optional; each default is defined here, once, next to its documentation.
import { z } from 'zod';

export const syncSettingsSchema = z.object({
  /**
   * How the cameras' videos are put on one clock: "auto" (the subject's 2D keypoint motion, the sound
   * where the videos have it, and the reprojection error, combined; nothing is changed when the videos
   * are already in sync), "keypoints" or "audio" (that signal only, refined by the reprojection
   * error), or "none" (frame 0 is the same instant in every video; cameras at other frame rates are
   * still put on the reference camera's frame times). Defaults to "auto".
   */
  method: z.enum(['auto', 'keypoints', 'audio', 'none']).default('auto').describe('"auto", "keypoints", "audio" or "none"'),
  /** How far apart the cameras may have started, ± seconds. Defaults to 10. */
  window_s: z.number().positive().max(600).default(10).describe('search window for the start offsets, ± seconds'),
  /**
   * Camera whose clock and frames the others are put on. Not set = the camera with the highest frame
   * rate (the first by name on a tie).
   */
  reference: z.string().min(1).optional().describe('reference camera (not set = highest frame rate, first by name)'),
  /**
   * Manual start times, seconds on the reference camera's clock (positive = the camera started
   * later), overriding the estimate: e.g. { cam02 = 0.150, cam03 = -1.2 }.
   */
  start_s: z
    .record(z.string(), z.number().min(-3600).max(3600))
    .default({})
    .describe('manual start time per camera, seconds (overrides the estimate)'),
  /**
   * Estimates less sure than this (0–1) are not applied: the camera's frames are used as they are,
   * with a warning and a ✗ in the report's verdict. Defaults to 0.5.
   */
  min_confidence: z.number().min(0).max(1).default(0.5).describe('estimates below this confidence (0–1) are not applied'),
});

export type SyncSettings = z.infer<typeof syncSettingsSchema>;
