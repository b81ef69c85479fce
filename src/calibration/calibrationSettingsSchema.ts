// mocap.toml [calibration]: every option, its default (defined here and nowhere else) and what it does.
import { z } from 'zod';

export const CHARUCO_DICTIONARIES = [
  'DICT_4X4_50', 'DICT_4X4_100', 'DICT_4X4_250', 'DICT_4X4_1000',
  'DICT_5X5_50', 'DICT_5X5_100', 'DICT_5X5_250', 'DICT_5X5_1000',
  'DICT_6X6_50', 'DICT_6X6_100', 'DICT_6X6_250', 'DICT_6X6_1000',
  'DICT_7X7_50', 'DICT_7X7_100', 'DICT_7X7_250', 'DICT_7X7_1000',
  'DICT_ARUCO_ORIGINAL', 'DICT_APRILTAG_16h5', 'DICT_APRILTAG_25h9', 'DICT_APRILTAG_36h10', 'DICT_APRILTAG_36h11',
] as const;

const pair = z.tuple([z.number().int().min(2).max(64), z.number().int().min(2).max(64)]);

export const calibrationSettingsSchema = z.object({
  /** Calibration target: "checkerboard" or "charuco". Defaults to "checkerboard". */
  board: z.enum(['checkerboard', 'charuco']).default('checkerboard'),
  /** Checkerboard inner corners [along one side, along the other] (a board of 5×8 squares has 4×7). Defaults to [4, 7]. */
  inner_corners: pair.default([4, 7]),
  /** Side of one board square, millimetres (checkerboard and ChArUco). Defaults to 60. */
  square_size_mm: z.number().positive().max(2000).default(60),
  /** ChArUco board squares [across, down]; FreeMoCap's default board is 7×5. Defaults to [7, 5]. */
  charuco_squares: pair.default([7, 5]),
  /** ChArUco marker side as a fraction of the square side (FreeMoCap: 0.8). Defaults to 0.8. */
  charuco_marker_ratio: z.number().gt(0).lt(1).default(0.8),
  /** ChArUco marker dictionary (OpenCV's predefined names). Defaults to "DICT_4X4_250". */
  charuco_dictionary: z.enum(CHARUCO_DICTIONARIES).default('DICT_4X4_250'),
  /** Views a camera needs for its intrinsics; fewer is an error. Defaults to 5. */
  min_views: z.number().int().min(3).default(5),
  /** Most frames sampled from a calibration video (spread evenly over it). Defaults to 60. */
  max_video_frames: z.number().int().min(5).max(2000).default(60),
  /** Distortion coefficients solved for: 4 (k1 k2 p1 p2, the Pose2Sim convention) or 5 (adds k3). Defaults to 4. */
  distortion_coefficients: z.union([z.literal(4), z.literal(5)]).default(4),
  /** Height of the person used for --from-person scale, metres. Defaults to 1.75. */
  person_height_m: z.number().min(0.5).max(2.5).default(1.75),
});

export type CalibrationSettings = z.infer<typeof calibrationSettingsSchema>;
