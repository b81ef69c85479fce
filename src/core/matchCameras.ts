// Tolerant camera-name matching between a calibration, videos and 2D keypoint inputs.
// `cam_01`, `cam01`, `Cam1`, `cam01_json`, `int_cam01_img`, `camera01.mp4` all name the same camera.
import { UserError } from './errors.ts';

/** Words tools add around a camera name that do not identify the camera. */
const NOISE_WORDS = new Set([
  'json',
  'synchronized',
  'synced',
  'img',
  'imgs',
  'image',
  'images',
  'int',
  'ext',
  'video',
  'videos',
  'vid',
  'pose',
  'pose2d',
  'keypoints',
  'calib',
]);
const EXTENSIONS = /\.(mp4|avi|mov|mkv|webm|pose2d|json|toml|txt)$/i;

/**
 * Canonical form of a camera name: lower case, file extension and noise words (json, img, int, ext,
 * video, …) dropped, separators removed, `camera` → `cam`, and numbers without leading zeros.
 * `int_cam01_img` → `cam1`; `cam_01` → `cam1`; `Camera 1.mp4` → `cam1`.
 */
export function normaliseCameraName(name: string): string {
  const tokens = name
    .replace(EXTENSIONS, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0 && !NOISE_WORDS.has(t));
  const joined = (tokens.length ? tokens : [name.toLowerCase()]).join('');
  return joined.replace(/camera/g, 'cam').replace(/\d+/g, (d) => String(Number(d)));
}

/** The single integer a name carries (`cam_01_json` → 1), or undefined when it has none or several. */
function onlyNumber(name: string): number | undefined {
  const m = normaliseCameraName(name).match(/\d+/g);
  return m && m.length === 1 ? Number(m[0]) : undefined;
}

/**
 * Matches each camera name (e.g. from the calibration) to one candidate (video stems, 2D input names).
 * First by normalised name; a camera left over is matched by its number when exactly one unmatched
 * candidate carries the same single number. Returns camera name → candidate.
 * Throws a UserError listing what was found when a camera has no candidate, or a name is ambiguous.
 * `what` describes the candidates for the message, e.g. "videos in my-session/videos".
 */
export function matchCameras(cameraNames: string[], candidates: string[], what: string): Map<string, string> {
  const found = `found: ${candidates.length ? candidates.join(', ') : 'nothing'}`;
  const byKey = new Map<string, string[]>();
  for (const c of candidates) {
    const key = normaliseCameraName(c);
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  const result = new Map<string, string>();
  const used = new Map<string, string>();
  const take = (cam: string, cand: string): void => {
    const other = used.get(cand);
    if (other !== undefined)
      throw new UserError(`cameras "${other}" and "${cam}" both match "${cand}" in ${what}; rename one so they differ`);
    used.set(cand, cam);
    result.set(cam, cand);
  };
  const left: string[] = [];
  for (const cam of cameraNames) {
    const hits = byKey.get(normaliseCameraName(cam)) ?? [];
    if (hits.length > 1) throw new UserError(`camera "${cam}" matches several ${what}: ${hits.join(', ')}; keep one`);
    if (hits.length === 1) take(cam, hits[0]);
    else left.push(cam);
  }
  for (const cam of left) {
    const n = onlyNumber(cam);
    const hits = n === undefined ? [] : candidates.filter((c) => !used.has(c) && onlyNumber(c) === n);
    if (hits.length > 1)
      throw new UserError(`camera "${cam}" matches several ${what}: ${hits.join(', ')}; rename them to match the calibration`);
    if (hits.length === 0)
      throw new UserError(`camera "${cam}" has no match in ${what} (${found}); name them after the calibration's cameras`);
    take(cam, hits[0]);
  }
  return result;
}
