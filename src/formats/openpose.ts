// OpenPose-style JSON keypoints: one file per frame, `{"people": [{"pose_keypoints_2d": [x, y, c, …]}]}`,
// as written by OpenPose, Pose2Sim and RTMLib. Pure parsing and formatting; files live in src/io/pose2d.ts.
// ref: OpenPose output documentation (doc/02_output.md, "JSON-UI Mapping" / "Keypoint Ordering").
// Which layout a file's keypoints are in is found from their geometry (src/core/inferLayout.ts).
import { UserError } from '../core/errors.ts';
import { getLayout } from '../core/layouts.ts';

/** One person as stored in the JSON, before the layout is applied. */
export interface OpenPosePerson {
  /** Raw `pose_keypoints_2d` values (x, y, c triplets). */
  keypoints: number[];
  /** `person_id` when the file carries a non-negative one, else -1. */
  personId: number;
}

/**
 * Parses one OpenPose JSON frame. Throws a UserError naming `file` when the text is not JSON,
 * has no `people` array, or a person's `pose_keypoints_2d` is not a list of triplets of numbers.
 */
export function parseOpenPoseFrame(text: string, file = 'OpenPose JSON'): OpenPosePerson[] {
  let doc: unknown;
  try {
    // Files saved by some Windows editors and tools start with a UTF-8 byte order mark; JSON.parse refuses it.
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new UserError(`${file} is not valid JSON; remove it or re-export the 2D keypoints`);
  }
  const people = (doc as { people?: unknown })?.people;
  if (!Array.isArray(people)) throw new UserError(`${file} has no "people" list; is it an OpenPose-style keypoint file?`);
  return people.map((p, i) => {
    const kp = (p as { pose_keypoints_2d?: unknown })?.pose_keypoints_2d;
    if (!Array.isArray(kp) || kp.length % 3 !== 0 || !kp.every((v) => typeof v === 'number' || v === null))
      throw new UserError(`${file}: people[${i}].pose_keypoints_2d must be a list of x, y, confidence numbers`);
    const rawId = (p as { person_id?: unknown }).person_id;
    const id = Array.isArray(rawId) ? rawId[0] : rawId;
    return {
      keypoints: kp.map((v) => (v === null ? NaN : (v as number))),
      personId: typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : -1,
    };
  });
}

/**
 * Converts a person's raw keypoints to `[joint][x, y, score]` for `layout` (the body part of
 * COCO-WholeBody: the first 23). A keypoint with confidence ≤ 0 (OpenPose writes 0, 0, 0 for
 * "not detected") becomes NaN, NaN, NaN. Writes into `out` at `offset`.
 */
export function openPoseToJoints(person: OpenPosePerson, layout: string, out: Float32Array, offset: number): void {
  const joints = getLayout(layout).keypoints.length;
  const n = Math.min(joints, person.keypoints.length / 3);
  for (let j = 0; j < n; j++) {
    const x = person.keypoints[j * 3];
    const y = person.keypoints[j * 3 + 1];
    const c = person.keypoints[j * 3 + 2];
    const ok = c > 0 && Number.isFinite(x) && Number.isFinite(y);
    out[offset + j * 3] = ok ? x : NaN;
    out[offset + j * 3 + 1] = ok ? y : NaN;
    out[offset + j * 3 + 2] = ok ? c : NaN;
  }
  for (let j = n; j < joints; j++) out.fill(NaN, offset + j * 3, offset + j * 3 + 3);
}

/**
 * Formats one frame as OpenPose JSON. `people` holds `[joint][x, y, score]` per person (NaN = missing,
 * written as 0, 0, 0 like OpenPose does); layouts stored with more keypoints (COCO-WholeBody: 133) are
 * padded with zeros.
 */
export function formatOpenPoseFrame(people: { joints: ArrayLike<number>; personId: number }[], layout: string): string {
  const resolved = getLayout(layout);
  // The count other tools store the layout with (COCO-WholeBody: all 133, ours padded with zeros).
  const stored = Math.max(resolved.keypoints.length, resolved.storedCounts[0] ?? 0);
  const out = {
    version: 1.3,
    people: people.map((p) => {
      const kp = new Array<number>(stored * 3).fill(0);
      for (let j = 0; j < resolved.keypoints.length; j++) {
        const x = p.joints[j * 3];
        const y = p.joints[j * 3 + 1];
        const c = p.joints[j * 3 + 2];
        if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(c)) {
          kp[j * 3] = round(x);
          kp[j * 3 + 1] = round(y);
          kp[j * 3 + 2] = round(c);
        }
      }
      return {
        person_id: [p.personId],
        pose_keypoints_2d: kp,
        face_keypoints_2d: [],
        hand_left_keypoints_2d: [],
        hand_right_keypoints_2d: [],
        pose_keypoints_3d: [],
        face_keypoints_3d: [],
        hand_left_keypoints_3d: [],
        hand_right_keypoints_3d: [],
      };
    }),
  };
  return JSON.stringify(out);
}

// Float32 inputs: 7 significant digits keep every bit that matters without float noise in the text.
const round = (v: number): number => Number(Math.fround(v).toPrecision(7));

/** The frame number a file name carries: its last group of digits (`cam01_000000000012_keypoints.json` → 12). */
export function frameNumberFromFileName(name: string): number | undefined {
  const stem = name.replace(/\.json$/i, '');
  const m = stem.match(/(\d+)(?!.*\d)/);
  return m ? Number(m[1]) : undefined;
}
