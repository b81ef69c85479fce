// Settings of the triangulation stage: the [triangulation] section of mocap.toml.
// Every key is optional; each default is defined here, once, next to its documentation.

import { z } from 'zod';

/** The [triangulation] section of mocap.toml: validates it and fills in the defaults (`triangulateSettingsSchema.parse({})`). */
export const triangulateSettingsSchema = z.object({
  /** Fewest cameras that must agree on a keypoint for it to be triangulated. Defaults to 2. */
  min_cameras: z.number().int().min(2).max(32).default(2).describe('fewest cameras that must agree on a keypoint (≥ 2)'),
  /** 2D keypoints with a lower detection score are ignored. Defaults to 0.3. */
  min_score: z.number().min(0).max(1).default(0.3).describe('2D keypoints scoring below this are ignored (0–1)'),
  /**
   * A camera whose reprojection error for a keypoint exceeds its threshold disagrees with the
   * others and is excluded, down to min_cameras; a keypoint that still disagrees is left missing.
   * Threshold of camera c in frame f = max(max_reprojection_error_px,
   * max_reprojection_error_ratio × the subject's size in that view), where size is the longer side
   * of the box around the subject's 2D keypoints (running median over ±15 frames). Detector
   * errors grow with the person's size in the image, so a fixed pixel threshold alone is too strict
   * for a near person and too lax for a far one. max_reprojection_error_px is the floor, in pixels.
   * Defaults to 15 (as Pose2Sim).
   */
  max_reprojection_error_px: z
    .number()
    .positive()
    .default(15)
    .describe('a camera further than this (pixels; the floor of the size-scaled threshold) from the consensus is excluded'),
  /**
   * The ceiling of the outlier threshold as a fraction of the subject's apparent size in each view
   * (see max_reprojection_error_px; 0 = fixed pixel threshold). Each camera's ratio is lowered to
   * 4 × its median residual relative to the subject's size (a pilot over ≤ 200 frames), so a
   * precise detector keeps the tight pixel floor and only a noisy one gets the wider threshold.
   * Defaults to 0.06: on the real four-camera lab recording (MoveNet Lightning, subject ~650 px in
   * 1080×1920) it keeps 3.75 of 4 views per keypoint instead of 2.8 and lowers the mean limb
   * bone-length CV from 7.5 % to 4.8 %; synthetic results (2 px noise, wrong keypoints, swaps)
   * are unchanged.
   */
  max_reprojection_error_ratio: z
    .number()
    .min(0)
    .max(1)
    .default(0.06)
    .describe(
      "ceiling of the outlier threshold as a fraction of the subject's size in each view, lowered per camera to 4 × its typical residual (0 = pixels only)",
    ),
  /** Gaps of at most this many frames are filled by interpolation; longer gaps stay missing and are reported. Defaults to 10. */
  max_gap_frames: z.number().int().min(0).default(10).describe('fill gaps up to this many frames; longer gaps stay missing'),
  /** How short gaps are filled: "linear" or "cubic" (Hermite through the neighbouring frames). Defaults to "cubic". */
  interpolation: z.enum(['linear', 'cubic']).default('cubic').describe('gap filling: linear or cubic'),
  /** Try each camera's view with left and right swapped and keep the labelling that agrees with the other cameras. Defaults to true. */
  fix_left_right_swaps: z.boolean().default(true).describe('correct views whose detector swapped left and right'),
  /**
   * Who to triangulate when several people are detected: "auto" (the person seen consistently by
   * the most cameras over time, nearest the middle of the capture volume), one track id used in
   * every camera, or a table of track ids per camera (e.g. { cam01 = 2, cam02 = 0 }; cameras not
   * listed are matched geometrically). Defaults to "auto".
   */
  subject: z
    .union([z.literal('auto'), z.number().int().min(0), z.record(z.string(), z.number().int().min(0))])
    .default('auto')
    .describe('"auto", a track id, or a table of track ids per camera'),
  /**
   * Who is triangulated: "subject" (one person, chosen by `subject`; outputs in output/ as always),
   * "all" (everyone seen by 2 or more cameras, followed through the take with a stable number), or
   * a number N (the N people seen longest). With several people each gets its own outputs in
   * output/person-<n>/ (see docs/multi-person.md). Defaults to "subject".
   */
  people: z
    .union([z.enum(['subject', 'all']), z.number().int().min(1).max(32)], {
      error: 'use "subject" (one person), "all" or a number of people from 1 to 32',
    })
    .default('subject')
    .describe('"subject" (one person), "all", or the most people to triangulate (outputs in output/person-<n>/)'),
});

/** The [triangulation] settings with every default filled in (see TriangulationOptions for each key's meaning). */
export type TriangulateSettings = z.infer<typeof triangulateSettingsSchema>;
