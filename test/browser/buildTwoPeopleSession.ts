// A small rendered session with two people for the web app's several-people test: the demo's ring of
// 4 calibrated cameras (makeDemoRig) and renderer (renderMany: one depth buffer, so the nearer body
// hides the farther one), two of the demo's procedural figures (different seeds, sizes and motions)
// standing 1.6 m apart on a diagonal of the ring, so that no camera sees one exactly behind the other.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLayout } from '../../src/core/layouts.ts';
import type { Points3D } from '../../src/core/types.ts';
import { makeDemoRig } from '../../src/demo/buildDemoSession.ts';
import { makeCameraView } from '../../src/demo/cameraView.ts';
import { createFigureRenderer } from '../../src/demo/renderFigure.ts';
import { formatCalibrationToml } from '../../src/formats/calibrationToml.ts';
import { generateMotion, type MotionKind } from '../../src/synthetic/motion.ts';
import { createVideoWriter } from '../../src/video/encode.ts';

export interface TwoPeopleSession {
  dir: string;
  /** Each person's true 3D points (world frame, metres). */
  truths: Points3D[];
}

/** Writes videos/cam01..04.mp4 and calibration.toml (and `mocapToml` as mocap.toml) into `dir`. */
export async function buildTwoPeopleSession(
  dir: string,
  opts: { frames: number; width?: number; height?: number; mocapToml: string },
): Promise<TwoPeopleSession> {
  const fps = 30;
  const rig = makeDemoRig({ width: opts.width ?? 480, height: opts.height ?? 360 });
  const people: { seed: number; kind: MotionKind; startS: number; at: [number, number] }[] = [
    { seed: 1, kind: 'mixed', startS: 2.5, at: [0.55, 0.55] },
    { seed: 7, kind: 'wave', startS: 0, at: [-0.55, -0.6] },
  ];
  const truths = people.map((p) => {
    const skip = Math.round(p.startS * fps);
    const m = generateMotion({ frames: opts.frames + skip, fps, seed: p.seed, kind: p.kind, layout: 'halpe26' });
    const n = m.joints * 3;
    // Each motion is centred on its own first frame's hips, then placed at the person's spot.
    const data = m.data.slice(skip * n);
    const hip = getLayout('halpe26').indexOf.get('Hip')!;
    const cx = data[3 * hip],
      cy = data[3 * hip + 1];
    for (let i = 0; i < data.length; i += 3) {
      data[i] += p.at[0] - cx;
      data[i + 1] += p.at[1] - cy;
    }
    return {
      ...m,
      frames: opts.frames,
      data,
      reprojectionErrorPx: m.reprojectionErrorPx.slice(skip * m.joints),
      cameraMask: m.cameraMask.slice(skip * m.joints),
      timestampsMs: Float64Array.from({ length: opts.frames }, (_, i) => (i * 1000) / fps),
    };
  });
  mkdirSync(join(dir, 'videos'), { recursive: true });
  writeFileSync(join(dir, 'calibration.toml'), formatCalibrationToml(rig, { generator: 'openmocap web app test (two people)' }));
  writeFileSync(join(dir, 'mocap.toml'), opts.mocapToml);
  const J = truths[0].joints;
  await Promise.all(
    rig.cameras.map(async (cam) => {
      const renderer = createFigureRenderer(makeCameraView(cam), { layout: 'halpe26' });
      const writer = createVideoWriter(join(dir, 'videos', `${cam.name}.mp4`), { width: cam.width, height: cam.height, fps, crf: 16 });
      for (let f = 0; f < opts.frames; f++)
        await writer.write(renderer.renderMany(truths.map((t) => t.data.subarray(f * J * 3, (f + 1) * J * 3))));
      await writer.close();
    }),
  );
  return { dir, truths };
}
