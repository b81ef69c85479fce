// The session's output files and how each export format is made from the filtered 3D points. Pure:
// `openmocap process` (process.ts) writes these bytes to output/, the web app offers them as downloads.
import { UserError } from '../core/errors.ts';
import type { Points3D } from '../core/types.ts';
import type { Points3DFile } from '../formats/points3dFile.ts';
import type { ExportFormat, Settings } from './parseSettings.ts';

/** Files of the output folder, session-relative. */
export const OUTPUT = {
  raw: 'output/points3d_raw.p3d',
  rawTrc: 'output/points3d_raw.trc',
  filtered: 'output/points3d.p3d',
  reportHtml: 'output/report.html',
  reportJson: 'output/report.json',
  sync: 'output/sync.json',
} as const;

/** Where each export format goes. */
export const EXPORT_FILES: Record<ExportFormat, string> = {
  trc: 'output/points3d.trc',
  csv: 'output/points3d.csv',
  c3d: 'output/points3d.c3d',
  bvh: 'output/skeleton.bvh',
  glb: 'output/skeleton.glb',
  angles: 'output/joint_angles.csv',
  'angles-json': 'output/joint_angles.json',
  com: 'output/centre_of_mass.csv',
  'com-json': 'output/centre_of_mass.json',
};

/** The keypoint score the report counts a 2D observation from ([triangulation].min_score). */
export function reportMinScore(settings: Settings): number {
  const s = (settings.triangulation as unknown as Record<string, unknown>).min_score;
  return typeof s === 'number' ? s : 0.3;
}

/** A format's content; text formats whose size grows with the capture come as chunks, in order. */
export type ExportContent = string | Uint8Array | Iterable<string | Uint8Array>;

/** A format's content from the filtered 3D points (TRC, CSV and BVH as chunks: an hour of points is longer than a JavaScript string may be). */
export async function exportFormat(format: ExportFormat, file: Points3DFile, settings: Settings): Promise<ExportContent> {
  const points = file.points;
  const cameras = (file.meta as { cameras?: string[] }).cameras ?? [];
  switch (format) {
    case 'trc': {
      const { trcChunks } = await import('../formats/trc.ts');
      return trcChunks(points, { axes: settings.output.trc_axes, fileName: EXPORT_FILES.trc.split('/').pop() });
    }
    case 'csv': {
      const { pointsCsvChunks } = await import('../formats/csv.ts');
      return pointsCsvChunks(points, cameras);
    }
    case 'c3d': {
      const { encodeC3d } = await import('../formats/c3d.ts');
      return encodeC3d(points, { cameraNames: cameras });
    }
    default:
      return exportSkeletonFormat(format, points);
  }
}

/**
 * BVH, glTF, joint angles and centre of mass come from the skeleton and analysis modules. The fit,
 * the angles and the centre of mass are computed once per points object, however many formats use them.
 */
const derived = new WeakMap<Points3D, Map<string, Promise<unknown>>>();
function once<T>(points: Points3D, key: string, make: () => Promise<T>): Promise<T> {
  let cache = derived.get(points);
  if (!cache) derived.set(points, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as Promise<T>;
}

async function exportSkeletonFormat(format: ExportFormat, points: Points3D): Promise<ExportContent> {
  const skeleton = () => once(points, 'skeleton', async () => (await import('../skeleton/fitSkeleton.ts')).fitSkeleton(points));
  const angles = () => once(points, 'angles', async () => (await import('../analysis/jointAngles.ts')).jointAngles(points));
  const com = () => once(points, 'com', async () => (await import('../analysis/centreOfMass.ts')).centreOfMass(points));
  switch (format) {
    case 'bvh':
      return (await import('../formats/bvh.ts')).bvhChunks(await skeleton());
    case 'glb':
      return (await import('../formats/gltf.ts')).encodeGlb(await skeleton());
    case 'angles':
      return (await import('../analysis/jointAngles.ts')).formatJointAnglesCsv(await angles());
    case 'angles-json':
      return (await import('../analysis/jointAngles.ts')).formatJointAnglesJson(await angles());
    case 'com':
      return (await import('../analysis/centreOfMass.ts')).formatCentreOfMassCsv(await com());
    case 'com-json':
      return (await import('../analysis/centreOfMass.ts')).formatCentreOfMassJson(await com());
    default:
      throw new UserError(`export format "${format}" is not known; choose from ${Object.keys(EXPORT_FILES).join(', ')}`);
  }
}

