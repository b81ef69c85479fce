// mocap.toml [detect]: every option, its default (defined here and nowhere else) and what it does.
import { z } from 'zod';
import { FINDER_NAMES, MODEL_NAMES } from './modelSpecs.ts';

/** The [detect] section of mocap.toml: validates it and fills in the defaults (`detectSettingsSchema.parse({})`). */
export const detectSettingsSchema = z.object({
  /** Pose model. movenet-lightning is the fast default; movenet-thunder and blazepose-* are slower and
   * may be more accurate; movenet-multipose finds everyone in one pass; movenet-lightning+blazepose-full
   * is Lightning's body with BlazePose full's heels and big toes (for ankle angles and foot markers,
   * about half Lightning's speed; docs/models.md). Defaults to "movenet-lightning". */
  model: z.enum(MODEL_NAMES).default('movenet-lightning'),
  /** Most people tracked per frame (bystanders help the 3D stage pick the subject). Defaults to 3. */
  max_persons: z.number().int().min(1).max(16).default(3),
  /** Keypoints scoring below this are stored as missing (NaN). Defaults to 0.05. */
  min_score: z.number().min(0).max(1).default(0.05),
  /** A person whose mean keypoint score falls below this is dropped (and searched for again). Defaults to 0.25. */
  min_person_score: z.number().min(0).max(1).default(0.25),
  /** Search the whole frame for new people every this many frames. Defaults to 30. */
  search_interval_frames: z.number().int().min(1).default(30),
  /** Model that searches the whole frame for new people: "auto" (the pose model itself, on the whole
   * frame and on overlapping tiles; MoveNet Lightning for BlazePose), "same" (the pose model itself),
   * or a finder model by name ("movenet-multipose" is downloaded into the model cache once).
   * Defaults to "auto". */
  finder: z.enum(['auto', 'same', ...FINDER_NAMES]).default('auto'),
  /** Person crop side = this × the longer side of the person's keypoint box. Defaults to 1.35. */
  crop_padding: z.number().min(1).max(4).default(1.35),
  /** Run the pose model a second time per person and frame, on a crop around where the first run
   * found the person in this frame (the first crop follows the previous frame), for twice the model
   * time. calibrate --from-person does this with crop_padding 1.1. Median 4-view reprojection on the
   * lab's two-people take with its scene calibration: movenet-thunder 7.8 → 6.9 px (with crop_padding
   * 1.1); movenet-lightning 8.7 → 9.2 px (1.35) and 8.7 px (1.1), so not with Lightning. Defaults to false. */
  recrop: z.boolean().default(false),
  /** Flip test: run the pose model also on the left–right mirrored crop and average the two (left and
   * right relabelled), for twice the model time (src/detect/flipTest.ts). On the lab take: Lightning
   * 14.8 → 14.7 px for 1.8× the CPU (docs/models.md). Defaults to false. */
  flip_test: z.boolean().default(false),
  /** With a fused model (model = "movenet-lightning+blazepose-full" …): run its feet model every this many
   * frames; in between, the last heel and toe positions relative to the ankles follow the body model's
   * ankles (faster; measured in docs/models.md). Single models ignore it. Defaults to 1. */
  feet_interval_frames: z.number().int().min(1).max(10).default(1),
  /** Frames are decoded so that their longer side is at most this many pixels (0 = full size);
   * keypoints are always reported in full-size pixels (a person crop only needs ~192 px of person).
   * On the 1080×1920 lab videos 640 gave the same multi-view accuracy as 960 and full size (15.8 px)
   * for less CPU (median 52 vs 59 CPU ms/frame, bench/detect.ts); 480 starts to lose (16.0 px). Defaults to 640. */
  max_decode_size: z.number().int().min(0).default(640),
  /** Worker threads running the model (0 = one per CPU core). Defaults to 0. */
  workers: z.number().int().min(0).max(64).default(0),
  /** Also write OpenPose-style JSON folders to pose2d/<camera>_json/. Defaults to false. */
  openpose: z.boolean().default(false),
});

/** The [detect] settings with every default filled in (see DetectOptions for each key's meaning). */
export type DetectSettings = z.infer<typeof detectSettingsSchema>;
