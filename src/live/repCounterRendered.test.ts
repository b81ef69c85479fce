// The rep counter on a rendered squat sequence: the demo renderer draws the synthetic body doing
// squats (known count: the motion's squat period is 1/0.35 s), the real pose model (MoveNet Lightning,
// tfjs wasm) finds the keypoints frame by frame as the live page does, and the counter must count
// exactly the squats rendered.
import { describe, expect, it } from 'vitest';
import { lookAt, makeCamera } from '../calibration/lookAt.ts';
import { getLayout } from '../core/layouts.ts';
import { makeCameraView } from '../demo/cameraView.ts';
import { createFigureRenderer } from '../demo/renderFigure.ts';
import { detectPersons, initialDetectState } from '../detect/detectPersons.ts';
import { loadModel } from '../detect/models.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { poseFeatures } from './poseFeatures.ts';
import { countReps } from './repCounter.ts';

const FPS = 10;
const SQUAT_PERIOD_S = 1 / 0.35;
const SQUATS = 3;

describe('rep counter on a rendered squat sequence (real pose model)', () => {
  it(`counts exactly ${SQUATS} rendered squats, each with a range of motion over 60° and a tempo near the motion's period`, async () => {
    // Find a standing instant in the truth, then take exactly SQUATS periods from there (plus half a second standing).
    const probe = generateMotion({ frames: 200, fps: 50, kind: 'squat', layout: 'halpe26', seed: 3 });
    const L = getLayout('halpe26');
    const ankleHeight = (f: number) => probe.data[(f * probe.joints + L.indexOf.get('LHip')!) * 3 + 2];
    let stand = 0;
    for (let f = 1; f < 150; f++) if (ankleHeight(f) > ankleHeight(stand)) stand = f; // hips highest = standing
    const t0 = stand / 50;
    const frames = Math.round((SQUATS * SQUAT_PERIOD_S + 0.5) * FPS);
    const truth = generateMotion({ frames, fps: FPS, kind: 'squat', layout: 'halpe26', seed: 3, timesS: Array.from({ length: frames }, (_, i) => t0 + i / FPS) });
    // A camera three metres away, 27° from the body's side towards its front (a coach's usual view of a squat), at hip height.
    const lh = L.indexOf.get('LHip')!, rh = L.indexOf.get('RHip')!;
    const hx = truth.data[rh * 3] - truth.data[lh * 3], hy = truth.data[rh * 3 + 1] - truth.data[lh * 3 + 1];
    const n = Math.hypot(hx, hy);
    const side: [number, number] = [hx / n, hy / n];
    const front: [number, number] = [-side[1], side[0]];
    const dir = [(2 * side[0] + front[0]) / Math.sqrt(5), (2 * side[1] + front[1]) / Math.sqrt(5)];
    const cam = makeCamera('cam01', 256, 256, 260, lookAt([3 * dir[0], 3 * dir[1], 0.9], [0, 0, 0.8], [0, 0, 1]));
    const renderer = createFigureRenderer(makeCameraView(cam), { layout: 'halpe26' });
    const pose = await loadModel('movenet-lightning');
    let state = initialDetectState();
    const features = [];
    const times: number[] = [];
    for (let f = 0; f < frames; f++) {
      const rgb = renderer.render(truth.data.subarray(f * truth.joints * 3, (f + 1) * truth.joints * 3));
      const out = await detectPersons({ rgb, width: 256, height: 256 }, state, { pose }, { maxPersons: 1, minPersonScore: 0.25, searchIntervalFrames: 30, cropPadding: 1.35 });
      state = out.state;
      times.push((f * 1000) / FPS);
      features.push(poseFeatures(out.persons[0]?.keypoints ?? new Float32Array(17 * 3).fill(NaN), 'coco17'));
    }
    pose.dispose();
    const reps = countReps('squat', times, features);
    expect(reps.length).toBe(SQUATS);
    for (const r of reps) {
      expect(r.rangeDeg).toBeGreaterThan(60);
      expect(r.downS + r.upS).toBeGreaterThan(0.5 * SQUAT_PERIOD_S);
      expect(r.downS + r.upS).toBeLessThan(1.1 * SQUAT_PERIOD_S);
    }
  }, 120_000);
});
