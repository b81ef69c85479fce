// The public API's option types for the settings-driven stages, with each key's meaning and default
// in its doc comment (zod's inferred types carry neither into the .d.ts). The defaults themselves are
// defined once, in the stage schemas; test/lib/options.test.ts checks every `@defaultValue` here
// against them, and the assignments at the bottom fail to compile if a key is added, removed or
// retyped in a schema without being added here.
import type { TriangulateSettings } from '../triangulate/triangulateSettings.ts';
import type { FilterSettings } from '../filter/filterPoints.ts';
import type { DetectSettings } from '../detect/detectSettingsSchema.ts';

/** Options of `triangulate` — the [triangulation] section of mocap.toml. Every key is optional. */
export interface TriangulationOptions {
  /** Fewest cameras that must agree on a keypoint for it to be triangulated (2–32). @defaultValue 2 */
  min_cameras?: number;
  /** 2D keypoints with a lower detection score are ignored (0–1). @defaultValue 0.3 */
  min_score?: number;
  /**
   * A camera further than this from the other cameras' consensus (reprojection error, pixels) is
   * excluded, down to min_cameras; the floor of the size-scaled threshold. @defaultValue 15
   */
  max_reprojection_error_px?: number;
  /**
   * The ceiling of that threshold as a fraction of the subject's size in each view (0 = pixels only),
   * lowered per camera to 4 × its typical residual. @defaultValue 0.06
   */
  max_reprojection_error_ratio?: number;
  /** Gaps of at most this many frames are filled; longer ones stay missing and are reported. @defaultValue 10 */
  max_gap_frames?: number;
  /** How short gaps are filled: "linear" or "cubic" (Hermite). @defaultValue "cubic" */
  interpolation?: 'linear' | 'cubic';
  /** Try each view with left and right swapped and keep the labelling the other cameras agree with. @defaultValue true */
  fix_left_right_swaps?: boolean;
  /**
   * Who to triangulate when several people are detected: "auto" (seen consistently by the most
   * cameras, nearest the middle), one track id in every camera, or track ids per camera. @defaultValue "auto"
   */
  subject?: 'auto' | number | Record<string, number>;
  /**
   * Who is triangulated: "subject" (one person, see `subject`), "all" (everyone seen by 2 or more
   * cameras, with stable numbers; `triangulatePeople`), or the N people seen longest. @defaultValue "subject"
   */
  people?: 'subject' | 'all' | number;
}

/** Options of `filterPoints` — the [filter] section of mocap.toml. Every key is optional. */
export interface FilterOptions {
  /** Filters applied in this order ([] = none): "hampel", "butterworth", "median". @defaultValue ["hampel","butterworth"] */
  filters?: FilterSettings['filters'];
  /** Butterworth cutoff frequency in Hz; must be below half the frame rate. @defaultValue 6 */
  cutoff_hz?: number;
  /** Butterworth order of each pass; forward + backward (zero phase) doubles it. @defaultValue 2 */
  order?: number;
  /** Hampel window length in frames, odd, centred on each frame. @defaultValue 7 */
  hampel_window_frames?: number;
  /** Hampel threshold in robust standard deviations from the local median. @defaultValue 3 */
  hampel_n_sigma?: number;
  /** Moving-median window length in frames, odd. @defaultValue 5 */
  median_window_frames?: number;
}

/** Options of `detect` and `detectSession` — the [detect] section of mocap.toml. Every key is optional. */
export interface DetectOptions {
  /**
   * Pose model: "movenet-lightning" is fast; "movenet-thunder" and "blazepose-*" are slower and may be
   * more accurate; "movenet-multipose" finds everyone in one pass. @defaultValue "movenet-lightning"
   */
  model?: DetectSettings['model'];
  /** Most people tracked per frame (bystanders help the 3D stage pick the subject), 1–16. @defaultValue 3 */
  max_persons?: number;
  /** Keypoints scoring below this are stored as missing (NaN), 0–1. @defaultValue 0.05 */
  min_score?: number;
  /** A person whose mean keypoint score falls below this is dropped (and searched for again), 0–1. @defaultValue 0.25 */
  min_person_score?: number;
  /** Search the whole frame for new people every this many frames. @defaultValue 30 */
  search_interval_frames?: number;
  /**
   * Model that searches the whole frame for new people: "auto" (the pose model itself, on the whole
   * frame and on tiles; MoveNet Lightning for BlazePose), "same" (the pose model itself), or a finder
   * model by name. @defaultValue "auto"
   */
  finder?: DetectSettings['finder'];
  /** Person crop side = this × the longer side of the person's keypoint box (1–4). @defaultValue 1.35 */
  crop_padding?: number;
  /** Run the pose model a second time per person and frame on a crop around the first result (twice the model time). @defaultValue false */
  recrop?: boolean;
  /** Flip test: the pose model also on the mirrored crop, left/right relabelled, averaged (twice the model time). @defaultValue false */
  flip_test?: boolean;
  /** With a fused model (movenet-lightning+blazepose-full): run its feet model every this many frames (1–10); in between the last foot shape follows the ankles. @defaultValue 1 */
  feet_interval_frames?: number;
  /** Frames are decoded so that their longer side is at most this many pixels (0 = full size); keypoints are in full-size pixels. @defaultValue 640 */
  max_decode_size?: number;
  /** Worker threads running the model (0 = one per CPU core). @defaultValue 0 */
  workers?: number;
  /** Also write OpenPose-style JSON folders to pose2d/<camera>_json/ (detectSession). @defaultValue false */
  openpose?: boolean;
}

// Compile-time check both ways: these types and the schemas' have the same keys and value types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const optionTypesMatchSchemas: [
  Same<Required<TriangulationOptions>, TriangulateSettings>,
  Same<Required<FilterOptions>, FilterSettings>,
  Same<Required<DetectOptions>, DetectSettings>,
] = [true, true, true];
