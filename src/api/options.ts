// The public API's option types for the settings-driven stages, with each key's meaning and default
// in its doc comment (zod's inferred types carry neither into the .d.ts). The defaults themselves are
// defined once, in the stage schemas; test/lib/options.test.ts checks every `@defaultValue` here
// against them, and the assignments at the bottom fail to compile if a key is added, removed or
// retyped in a schema without being added here.
import type { TriangulateSettings } from '../triangulate/triangulateSettings.ts';
import type { FilterSettings } from '../filter/filterPoints.ts';

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

// Compile-time check both ways: these types and the schemas' have the same keys and value types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const optionTypesMatchSchemas: [Same<Required<TriangulationOptions>, TriangulateSettings>, Same<Required<FilterOptions>, FilterSettings>] = [true, true];
