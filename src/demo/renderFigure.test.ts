import { describe, expect, it } from 'vitest';
import { getLayout } from '../core/layouts.ts';
import { projectPoints } from '../camera/project.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { makeCameraView } from './cameraView.ts';
import { createFigureRenderer, renderBackground } from './renderFigure.ts';

const layout = getLayout('halpe26');
const J = layout.keypoints.length;
const motion = generateMotion({ frames: 200, fps: 30, seed: 3 });
// Small images and a lens with visible barrel distortion: the figure must still sit on the joints.
const rig = makeRingRig(4, {
  width: 320,
  height: 240,
  radiusM: 3.5,
  heightM: 1.5,
  targetHeightM: 0.95,
  distortion: [-0.08, 0.01, 0, 0, 0],
});

const pixel = (rgb: Uint8Array, w: number, u: number, v: number): [number, number, number] => {
  const i = (Math.round(v) * w + Math.round(u)) * 3;
  return [rgb[i], rgb[i + 1], rgb[i + 2]];
};
const hueOf = ([r, g, b]: [number, number, number]): 'red' | 'blue' | 'other' =>
  r > 1.8 * g && r > 1.8 * b ? 'red' : b > 1.8 * r && b > 1.4 * g ? 'blue' : 'other';

describe('renderFigure', () => {
  it('paints the body over every projected trunk and leg joint, in the camera the calibration describes', () => {
    for (const cam of rig.cameras) {
      const view = makeCameraView(cam);
      const bg = renderBackground(view);
      const render = createFigureRenderer(view);
      for (const f of [0, 60, 130]) {
        const joints = motion.data.subarray(f * J * 3, (f + 1) * J * 3);
        const rgb = render.render(joints);
        const uv = projectPoints(cam, joints);
        for (const name of ['Neck', 'Hip', 'LHip', 'RHip', 'LKnee', 'RKnee']) {
          const j = layout.indexOf.get(name)!;
          const [u, v] = [uv[2 * j], uv[2 * j + 1]];
          const i = (Math.round(v) * cam.width + Math.round(u)) * 3;
          const changed = Math.abs(rgb[i] - bg[i]) + Math.abs(rgb[i + 1] - bg[i + 1]) + Math.abs(rgb[i + 2] - bg[i + 2]);
          expect(changed, `${cam.name} frame ${f} ${name}`).toBeGreaterThan(30);
        }
      }
    }
  });

  it('dresses the figure: red shirt on the chest, blue trousers on the legs, background far away', () => {
    const seen = { chest: 0, thigh: 0, shin: 0 };
    for (const cam of rig.cameras) {
      const rgb = createFigureRenderer(makeCameraView(cam)).render(motion.data.subarray(0, J * 3));
      const at = (a: string, b: string, t: number): [number, number] => {
        const ja = layout.indexOf.get(a)!,
          jb = layout.indexOf.get(b)!;
        const p = [0, 1, 2].map((k) => motion.data[ja * 3 + k] + t * (motion.data[jb * 3 + k] - motion.data[ja * 3 + k]));
        const uv = projectPoints(cam, p);
        return [uv[0], uv[1]];
      };
      // An arm may hide the chest or a thigh in a side view, so count the cameras.
      if (hueOf(pixel(rgb, cam.width, ...at('Hip', 'Neck', 0.65))) === 'red') seen.chest++;
      if (hueOf(pixel(rgb, cam.width, ...at('LHip', 'LKnee', 0.5))) === 'blue') seen.thigh++;
      if (hueOf(pixel(rgb, cam.width, ...at('RKnee', 'RAnkle', 0.4))) === 'blue') seen.shin++;
      expect(hueOf(pixel(rgb, cam.width, 2, 2))).toBe('other');
    }
    expect(seen.chest).toBeGreaterThanOrEqual(2);
    expect(seen.thigh).toBeGreaterThanOrEqual(3);
    expect(seen.shin).toBeGreaterThanOrEqual(3);
  });

  it('renders through the lens distortion of the calibration (figure near the image edge)', () => {
    // Strong barrel distortion and the figure moved 1.5 m sideways: near the edge the distorted and the
    // pinhole projections differ by ≈ 10 px, and the painted head must sit on the distorted one.
    const [cam] = makeRingRig(1, {
      width: 320,
      height: 240,
      radiusM: 3.5,
      heightM: 1.5,
      targetHeightM: 0.95,
      distortion: [-0.3, 0.05, 0, 0, 0],
    }).cameras;
    const pinhole = { ...cam, distortions: [0, 0, 0, 0, 0] };
    const joints = Float64Array.from(motion.data.subarray(0, J * 3));
    for (let j = 0; j < J; j++) joints[3 * j + 1] += 1.5; // world +Y is image right for this camera
    const view = makeCameraView(cam);
    const bg = renderBackground(view);
    const rgb = createFigureRenderer(view).render(joints);
    const le = layout.indexOf.get('LEar')!,
      re = layout.indexOf.get('REar')!;
    const centre = [0, 1, 2].map((k) => (joints[3 * le + k] + joints[3 * re + k]) / 2 + (k === 2 ? 0.012 : 0));
    const [ud, vd] = projectPoints(cam, centre);
    const [up] = projectPoints(pinhole, centre);
    expect(Math.abs(ud - up)).toBeGreaterThan(6);
    // Middle of the head's span of non-background pixels on the row through its centre.
    const row = Math.round(vd);
    const painted: number[] = [];
    for (let x = Math.round(ud) - 25; x <= Math.round(ud) + 25; x++) {
      const i = (row * cam.width + x) * 3;
      if (Math.abs(rgb[i] - bg[i]) + Math.abs(rgb[i + 1] - bg[i + 1]) + Math.abs(rgb[i + 2] - bg[i + 2]) > 30) painted.push(x);
    }
    const mid = (Math.min(...painted) + Math.max(...painted)) / 2;
    expect(Math.abs(mid - ud)).toBeLessThan(2.5);
  });

  it('is deterministic: the same joints give the same image', () => {
    const view = makeCameraView(rig.cameras[1]);
    const joints = motion.data.subarray(50 * J * 3, 51 * J * 3);
    const a = createFigureRenderer(view).render(joints).slice();
    const b = createFigureRenderer(view).render(joints);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('names the missing joint when a frame is incomplete', () => {
    const view = makeCameraView(rig.cameras[0]);
    const joints = Float64Array.from(motion.data.subarray(0, J * 3));
    joints.fill(NaN, layout.indexOf.get('LElbow')! * 3, layout.indexOf.get('LElbow')! * 3 + 3);
    expect(() => createFigureRenderer(view).render(joints)).toThrow(/LElbow/);
  });
});
