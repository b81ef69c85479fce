// A small but complete session for the viewer tests: D's demo builder (rendered videos, calibration,
// ground truth) plus projected 2D keypoints, then E's pipeline (triangulate → filter → export →
// report) when the triangulation stage is available. Without it, the 3D output is the ground truth
// with each joint's reprojection error measured against the 2D keypoints, written with the same
// writers the pipeline uses (so the viewer reads the same files either way).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoSession } from '../../src/demo/buildDemoSession.ts';
import { prepareCamera, projectPoint } from '../../src/camera/project.ts';
import { getLayout } from '../../src/core/layouts.ts';
import type { Points3D, PoseSequence2D } from '../../src/core/types.ts';
import { formatTrc } from '../../src/formats/trc.ts';
import { writeFileAtomic } from '../../src/io/atomic.ts';
import { readPose2dFolder } from '../../src/io/pose2d.ts';
import { encodePoints3dFile } from '../../src/formats/points3dFile.ts';

export interface ViewerSession {
  dir: string;
  /** How the 3D output was made. */
  pipeline: 'runProcess' | 'truth+reprojection';
  frames: number;
}

const TRIANGULATE = fileURLToPath(new URL('../../src/triangulate/triangulate.ts', import.meta.url));

/** Mean distance (px) between each truth joint projected into each camera and that camera's 2D keypoint. */
function measuredErrors(
  truth: Points3D,
  rig: { cameras: import('../../src/core/types.ts').Camera[] },
  seqs: PoseSequence2D[],
): Float32Array {
  const err = new Float32Array(truth.frames * truth.joints).fill(NaN);
  const names = getLayout(truth.layout).keypoints;
  const uv = new Float64Array(2);
  const cams = rig.cameras.map((c) => {
    const seq = seqs.find((s) => s.camera === c.name);
    const k = seq ? names.map((n) => getLayout(seq.layout).indexOf.get(n)) : [];
    return { pc: prepareCamera(c), seq, k };
  });
  for (let f = 0; f < truth.frames; f++)
    for (let j = 0; j < truth.joints; j++) {
      let sum = 0,
        n = 0;
      for (const { pc, seq, k: ks } of cams) {
        if (!seq) continue;
        const k = ks[j];
        if (k === undefined || f >= seq.frames) continue;
        const o = (f * truth.joints + j) * 3;
        projectPoint(pc, truth.data[o], truth.data[o + 1], truth.data[o + 2], uv, 0);
        const i = (f * seq.persons * seq.joints + k) * 3;
        if (!Number.isFinite(seq.data[i])) continue;
        sum += Math.hypot(uv[0] - seq.data[i], uv[1] - seq.data[i + 1]);
        n++;
      }
      if (n) err[f * truth.joints + j] = sum / n;
    }
  return err;
}

export async function buildViewerSession(
  dir: string,
  opts: {
    frames?: number;
    fps?: number;
    videos?: boolean;
    points?: boolean /** false: skip E's pipeline even when it is available. */;
    pipeline?: boolean;
  } = {},
): Promise<ViewerSession> {
  const frames = opts.frames ?? 30;
  mkdirSync(dir, { recursive: true });
  const base = { frames, fps: opts.fps ?? 30, width: 320, height: 240, seed: 3 };
  const keypoints = await buildDemoSession(dir, { ...base, keypointsOnly: true });
  if (opts.videos !== false) await buildDemoSession(dir, base);
  if (opts.points === false) return { dir, pipeline: 'truth+reprojection', frames };

  if (opts.pipeline !== false && existsSync(TRIANGULATE)) {
    const { runProcess } = await import('../../src/session/process.ts');
    await runProcess(dir, { steps: ['triangulate', 'filter', 'export', 'report'] });
    return { dir, pipeline: 'runProcess', frames };
  }
  const truth = keypoints.truth;
  const seqs = readPose2dFolder(dir);
  const points: Points3D = {
    ...truth,
    reprojectionErrorPx: measuredErrors(truth, keypoints.rig, seqs),
    cameraMask: new Uint32Array(truth.frames * truth.joints).fill((1 << keypoints.rig.cameras.length) - 1),
  };
  const meta = { cameras: keypoints.rig.cameras.map((c) => c.name), gaps: [], warnings: [] };
  writeFileAtomic(join(dir, 'output', 'points3d_raw.p3d'), encodePoints3dFile(points, meta));
  writeFileAtomic(join(dir, 'output', 'points3d.p3d'), encodePoints3dFile(points, meta));
  writeFileAtomic(join(dir, 'output', 'points3d.trc'), formatTrc(points, { fileName: 'points3d.trc' }));
  return { dir, pipeline: 'truth+reprojection', frames };
}
