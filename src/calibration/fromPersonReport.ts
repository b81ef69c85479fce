// The report of `openmocap calibrate --from-person`: per camera how many keypoints placed it, how well
// they fit and how much of the image they cover; how far the person moved (the space the joints cover
// decides how firmly the camera angles are fixed); how far apart the two halves of the take put the
// cameras; the world frame; the candidate solutions; warnings. As data (JSON) and as Markdown. Pure.
import type { Warning } from '../core/errors.ts';
import type { FromPersonResult } from './fromPerson.ts';

export interface FromPersonReport {
  session: string;
  frames: number;
  /** The takes pooled (videos/ and every extra take in calibration/person/), frames each. */
  takes?: { source: string; frames: number }[];
  model: string;
  personHeightM: number;
  reprojectionErrorPx: number;
  keypoints3d: number;
  cameras: {
    camera: string;
    keypoints: number;
    medianErrorPx: number;
    rmsErrorPx: number;
    coverage: number;
    positionM: [number, number, number];
  }[];
  areaCoveredM: [number, number];
  worldFrame: string;
  candidates: FromPersonResult['candidates'];
  /** The take cut in two, each half calibrated alone: largest relative camera rotation / distance difference between them. */
  halves: { maxRotationDiffDeg: number; maxDistanceDiffPct: number } | null;
  warnings: Warning[];
}

/** Thresholds behind the warnings (the area one: see docs/calibration-from-person.md for the measured effect). */
export const SMALL_AREA_M = 1.0;
export const HALVES_DISAGREE_DEG = 2;
export const LOW_COVERAGE = 0.1;
export const HIGH_ERROR_PX = 10;

/** Warnings a user can act on, from the report's numbers. */
export function fromPersonWarnings(r: Omit<FromPersonReport, 'warnings'>): Warning[] {
  const w: Warning[] = [];
  if (r.areaCoveredM[0] < SMALL_AREA_M) {
    w.push({
      code: 'small-area',
      message: `the person stayed within about ${r.areaCoveredM[0].toFixed(1)} × ${r.areaCoveredM[1].toFixed(1)} m of floor: camera angles are weakly fixed (expect a few degrees off); film them walking through the whole space the cameras share`,
    });
  }
  if (r.halves && r.halves.maxRotationDiffDeg > HALVES_DISAGREE_DEG) {
    w.push({
      code: 'halves-disagree',
      message: `the two halves of the take place the cameras up to ${r.halves.maxRotationDiffDeg.toFixed(1)}° and ${r.halves.maxDistanceDiffPct.toFixed(0)} % apart: film a longer take with more movement`,
    });
  }
  for (const c of r.cameras) {
    if (c.coverage < LOW_COVERAGE)
      w.push({
        code: 'low-coverage',
        message: `${c.camera}: the person covers only ${(100 * c.coverage).toFixed(0)} % of its image; it is poorly constrained — move the person through more of its view`,
      });
    if (c.medianErrorPx > HIGH_ERROR_PX)
      w.push({
        code: 'high-error',
        message: `${c.camera}: keypoints fit its position ${c.medianErrorPx.toFixed(1)} px off (median); check that its video is synchronised with the others and its lens calibration is right`,
      });
  }
  return w;
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');

export function formatFromPersonReport(r: FromPersonReport): string {
  const out = [
    `# Calibration from the person — ${r.session}`,
    '',
    `${r.keypoints3d} 3D keypoints over ${r.frames} frames${r.takes && r.takes.length > 1 ? ` of ${r.takes.length} takes (${r.takes.map((t) => `${t.source}: ${t.frames}`).join(', ')})` : ''} (${r.model}), reprojection ${r.reprojectionErrorPx.toFixed(2)} px RMS, scale from a ${r.personHeightM} m person.`,
    '',
    '| camera | keypoints used | median error px | RMS px | image coverage | position x, y, z (m) |',
    '|---|---:|---:|---:|---:|---|',
    ...r.cameras.map(
      (c) =>
        `| ${c.camera} | ${c.keypoints} | ${f1(c.medianErrorPx)} | ${f1(c.rmsErrorPx)} | ${(100 * c.coverage).toFixed(0)} % | ${c.positionM.map((v) => v.toFixed(3)).join(', ')} |`,
    ),
    '',
    'Image coverage is the share of the image (8×8 cells) where a keypoint used lies.',
    '',
    `World frame: ${r.worldFrame}.`,
    '',
    `Floor area the person covered: ${r.areaCoveredM[0].toFixed(2)} × ${r.areaCoveredM[1].toFixed(2)} m (twice the spread of the standing foot). The larger the space the joints cover, the more firmly the camera angles are fixed.`,
    '',
  ];
  if (r.halves) {
    out.push(
      `Consistency: the first and second halves of the take, each calibrated alone, place the cameras within ${r.halves.maxRotationDiffDeg.toFixed(1)}° (relative rotations) and ${r.halves.maxDistanceDiffPct.toFixed(1)} % (camera-to-camera distances) of each other.`,
      '',
    );
  }
  out.push(
    'Candidate solutions (the lowest consensus cost was kept):',
    '',
    '| RANSAC seed | consensus cost (px²) | RMS px |',
    '|---:|---:|---:|',
  );
  for (const c of r.candidates)
    out.push(c.error ? `| ${c.seed} | failed: ${c.error} | – |` : `| ${c.seed} | ${c.consensusCost.toFixed(0)} | ${c.rmsPx.toFixed(2)} |`);
  out.push('');
  if (r.warnings.length) {
    out.push('## Warnings', '');
    for (const w of r.warnings) out.push(`- ${w.message}`);
    out.push('');
  }
  return out.join('\n');
}
