// The session's output files and how each export format is made from the filtered 3D points. Pure:
// `openmocap process` (process.ts) writes these bytes to output/, the web app offers them as downloads.
import { UserError } from '../core/errors.ts';
import type { Points3D } from '../core/types.ts';
import type { Points3DFile } from '../formats/points3dFile.ts';
import type { Settings } from './parseSettings.ts';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat } from '../formats/exportFormats.ts';

/** Files of the output folder, session-relative. */
export const OUTPUT = {
  /** The output folder itself. */
  dir: 'output',
  raw: 'output/points3d_raw.p3d',
  rawTrc: 'output/points3d_raw.trc',
  filtered: 'output/points3d.p3d',
  reportHtml: 'output/report.html',
  reportJson: 'output/report.json',
  sync: 'output/sync.json',
  /** `openmocap overlay`'s videos. */
  overlayDir: 'output/overlay',
  /** With [triangulation] people = "all" or N: who was seen when (see docs/multi-person.md). */
  people: 'output/people.json',
} as const;

/** The folder of person n's outputs with several people, session-relative. */
export const personDir = (id: number): string => `${OUTPUT.dir}/person-${id}`;
/** Where a single-person output file (session-relative, under output/) goes for person n. */
export const personFile = (rel: string, id: number): string => `${personDir(id)}/${rel.slice(OUTPUT.dir.length + 1)}`;

/** Where each export format goes (from the registry, formats/exportFormats.ts). */
export const EXPORT_FILES = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, EXPORT_FORMAT_INFO[f].file])) as Record<ExportFormat, string>;

/** The files a report lists for its capture, session-relative: the raw TRC, each chosen export, the report itself. */
export function reportedFiles(settings: Pick<Settings, 'output'>): string[] {
  return [OUTPUT.rawTrc, ...settings.output.formats.map((f) => EXPORT_FILES[f]), OUTPUT.reportHtml, OUTPUT.reportJson];
}

/** The keypoint score the report counts a 2D observation from ([triangulation].min_score). */
export function reportMinScore(settings: Settings): number {
  return settings.triangulation.min_score;
}

/** A format's content; text formats whose size grows with the capture come as chunks, in order. */
export type ExportContent = string | Uint8Array | Iterable<string | Uint8Array>;

type Maker = (file: Points3DFile, settings: Settings) => Promise<ExportContent>;
const cameraNames = (file: Points3DFile): string[] => (file.meta as { cameras?: string[] }).cameras ?? [];

/**
 * How each format of the registry (formats/exportFormats.ts) is made from the filtered 3D points;
 * a Record over every format, so a registered format without a maker does not compile. TRC, CSV and
 * BVH come as chunks (an hour of points is longer than a JavaScript string may be). BVH, glTF, joint
 * angles and centre of mass come from the skeleton and analysis modules, computed once per points
 * object however many formats use them.
 */
const MAKERS: Record<ExportFormat, Maker> = {
  trc: async (file, settings) =>
    (await import('../formats/trc.ts')).trcChunks(file.points, {
      axes: settings.output.trc_axes,
      fileName: EXPORT_FILES.trc.split('/').pop(),
    }),
  csv: async (file) => (await import('../formats/csv.ts')).pointsCsvChunks(file.points, cameraNames(file)),
  c3d: async (file) => (await import('../formats/c3d.ts')).encodeC3d(file.points, { cameraNames: cameraNames(file) }),
  bvh: async ({ points }) => (await import('../formats/bvh.ts')).bvhChunks(await skeleton(points)),
  glb: async ({ points }) => (await import('../formats/gltf.ts')).encodeGlb(await skeleton(points)),
  angles: async ({ points }) => (await import('../analysis/jointAngles.ts')).formatJointAnglesCsv(await angles(points)),
  'angles-json': async ({ points }) => (await import('../analysis/jointAngles.ts')).formatJointAnglesJson(await angles(points)),
  com: async ({ points }) => (await import('../analysis/centreOfMass.ts')).formatCentreOfMassCsv(await com(points)),
  'com-json': async ({ points }) => (await import('../analysis/centreOfMass.ts')).formatCentreOfMassJson(await com(points)),
};

/** A format's content from the filtered 3D points. */
export async function exportFormat(format: ExportFormat, file: Points3DFile, settings: Settings): Promise<ExportContent> {
  const make = Object.hasOwn(MAKERS, format) ? MAKERS[format] : undefined;
  if (!make) throw new UserError(`export format "${format}" is not known; choose from ${EXPORT_FORMATS.join(', ')}`);
  return make(file, settings);
}

const derived = new WeakMap<Points3D, Map<string, Promise<unknown>>>();
function once<T>(points: Points3D, key: string, make: () => Promise<T>): Promise<T> {
  let cache = derived.get(points);
  if (!cache) derived.set(points, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as Promise<T>;
}
const skeleton = (points: Points3D) =>
  once(points, 'skeleton', async () => (await import('../skeleton/fitSkeleton.ts')).fitSkeleton(points));
const angles = (points: Points3D) => once(points, 'angles', async () => (await import('../analysis/jointAngles.ts')).jointAngles(points));
const com = (points: Points3D) => once(points, 'com', async () => (await import('../analysis/centreOfMass.ts')).centreOfMass(points));
