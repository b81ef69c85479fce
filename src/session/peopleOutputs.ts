// The several-people outputs ([triangulation] people = "all" or N) from the triangulation's result:
// output/people.json (who was seen when), each person's triangulation metadata and report, and the
// overview report. Pure (no file system): `openmocap process` (peopleStages.ts) writes these to
// output/ and output/person-<n>/, the web app (web/peoplePipeline.ts) keeps the same bytes in memory.
import type { CameraRig, Points3D, Pose2DInput } from '../core/types.ts';
import type { Warning } from '../core/errors.ts';
import { buildReport, type Report } from '../report/buildReport.ts';
import { boneStability, judgedBones, type Quality } from '../report/computeQuality.ts';
import { escapeHtml, peopleTimelineSvg } from '../report/peopleOverview.ts';
import { upperMedian } from '../core/stats.ts';
import type { PeopleResult, PersonResult } from '../triangulate/triangulatePeople.ts';
import { OUTPUT, personFile, reportedFiles, reportMinScore } from './exports.ts';
import type { Settings } from './parseSettings.ts';

/** output/people.json: who was seen when. */
/** The warning when the association found nobody; `see` says where to look at the 2D (the CLI's overlay command, the page's previews). */
export function nobodySeenWarning(droppedTracks: number, see: string): string {
  return `nobody was seen by 2 or more cameras long enough to be a person (${droppedTracks} short track(s)); check the calibration and the 2D keypoints${see}`;
}

export interface PeopleFile {
  format: 'openmocap-people';
  version: 1;
  frames: number;
  fps: number;
  people: {
    id: number;
    firstFrame: number;
    lastFrame: number;
    framesSeen: number;
    reidentified: number;
    /** Runs of frames the person was seen in: [start, end) pairs. */
    seen: [number, number][];
    /** Median limb/trunk bone-length CV of the raw points. */
    medianBoneCv: number | null;
  }[];
  droppedTracks: number;
}

/** output/people.json's contents for a triangulation of several people. */
export function peopleFileOf(r: PeopleResult, fps: number): PeopleFile {
  const file: PeopleFile = { format: 'openmocap-people', version: 1, frames: r.frames, fps, people: [], droppedTracks: r.droppedTracks };
  for (const p of r.people) {
    const seen: [number, number][] = [];
    for (let f = 0; f < p.views.length; f++) {
      if (!p.views[f]) continue;
      const last = seen[seen.length - 1];
      if (last && last[1] === f) last[1] = f + 1;
      else seen.push([f, f + 1]);
    }
    const cv = judgedBones(boneStability(p.result.points))
      .map((b) => b.cv)
      .filter(Number.isFinite);
    file.people.push({
      id: p.id,
      firstFrame: p.firstFrame,
      lastFrame: p.lastFrame,
      framesSeen: p.framesSeen,
      reidentified: p.reidentified,
      seen,
      medianBoneCv: cv.length ? Number(upperMedian(cv).toFixed(4)) : null,
    });
  }
  return file;
}

/** The text of output/people.json. */
export const encodePeopleFile = (file: PeopleFile): string => `${JSON.stringify(file, null, 1)}\n`;

/** The metadata stored with a person's raw points (points3d_raw.p3d). */
export function personMeta(
  p: PersonResult,
  inputs: { cameras: string[]; calibrationCameras: string[]; calibrationFile: string; warnings: Warning[] },
): Record<string, unknown> {
  return {
    cameras: inputs.cameras,
    calibrationCameras: inputs.calibrationCameras,
    calibrationFile: inputs.calibrationFile,
    gaps: p.result.gaps,
    warnings: [...inputs.warnings, ...p.result.warnings],
    subject: p.result.subject,
    person: { id: p.id, firstFrame: p.firstFrame, lastFrame: p.lastFrame, framesSeen: p.framesSeen },
  };
}

/** One person's line of the overview. */
export interface PersonSection {
  id: number;
  verdict: string;
  headline: string;
  boneCv: number;
  reprojectionPx: number;
  completeness: number;
}

/** Person n's full report (output/person-<n>/report.html and .json) and their line of the overview. */
export function personReport(args: {
  session: string;
  id: number;
  settings: Settings;
  rig: CameraRig;
  sequences: Pose2DInput[];
  raw: Points3D;
  filtered: Points3D;
  rawMeta: Record<string, unknown>;
}): { report: Report; section: PersonSection } {
  const meta = args.rawMeta as { gaps?: never[]; warnings?: never[]; subject?: never };
  const report = buildReport({
    title: `${args.session} — person ${args.id}`,
    rig: args.rig,
    sequences: args.sequences,
    raw: args.raw,
    filtered: args.filtered,
    gaps: meta.gaps ?? [],
    warnings: meta.warnings ?? [],
    minScore: reportMinScore(args.settings),
    subject: meta.subject,
    files: reportedFiles(args.settings).map((f) => personFile(f, args.id)),
  });
  const o = report.quality.overall;
  return {
    report,
    section: {
      id: args.id,
      verdict: report.quality.verdict.level,
      headline: report.quality.verdict.headline,
      boneCv: o.medianBoneCv,
      reprojectionPx: o.medianReprojectionErrorPx,
      completeness: o.completeness,
    },
  };
}

/** The text of output/report.json with several people. */
export function peopleOverviewJson(people: PeopleFile, sections: PersonSection[]): string {
  const overview = {
    format: 'openmocap-people-report',
    version: 1,
    people: people.people.map((p, i) => ({ ...p, ...sections[i] })),
    frames: people.frames,
    fps: people.fps,
  };
  return `${JSON.stringify(overview, null, 1)}\n`;
}

/** output/report.html with several people: who was seen when, then a section per person. */
export function peopleOverviewHtml(title: string, people: PeopleFile, sections: PersonSection[]): string {
  const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : '–');
  const rows = people.people.map((p, i) => {
    const s = sections[i];
    return `<section id="person-${p.id}"><h2>Person ${p.id}</h2>
<p>Seen in frames ${p.firstFrame}–${p.lastFrame} (${p.framesSeen} of ${people.frames} frames by 2 or more cameras${p.reidentified ? `; re-identified ${p.reidentified}× after being out of view` : ''}).</p>
<p>Verdict: <b>${escapeHtml(s.verdict)}</b> — ${escapeHtml(s.headline.replace(/\.$/, ''))}. Limb and trunk bone-length variation ${pct(s.boneCv)}, median reprojection error ${Number.isFinite(s.reprojectionPx) ? s.reprojectionPx.toFixed(2) : '–'} px, ${pct(s.completeness)} of the points present.</p>
<p><a href="person-${p.id}/report.html">Full report of person ${p.id}</a> · outputs in <code>output/person-${p.id}/</code></p></section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} — ${people.people.length} people</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}section{border-top:1px solid #ddd;padding-top:.5em}code{background:#f4f4f4;padding:0 .2em}</style></head><body>
<h1>${escapeHtml(title)}: ${people.people.length} ${people.people.length === 1 ? 'person' : 'people'}</h1>
<h2>Who was seen when</h2>
${peopleTimelineSvg(people)}
${people.droppedTracks ? `<p>${people.droppedTracks} short track(s) (too few frames to be a person) were left out.</p>` : ''}
${rows.join('\n')}
</body></html>
`;
}

/** The verdict of a take with several people: the worst person's level, and who was seen when. */
export function peopleVerdict(people: PeopleFile, levels: string[]): Quality['verdict'] {
  const level = (['poor', 'fair', 'good'] as const).find((l) => levels.includes(l)) ?? 'fair';
  const ids = people.people.map((p) => p.id);
  return {
    level,
    reasons: [],
    checks: [],
    headline: `${ids.length} ${ids.length === 1 ? 'person' : 'people'} triangulated (${people.people.map((p) => `person ${p.id}: frames ${p.firstFrame}–${p.lastFrame}`).join('; ')}); each in ${OUTPUT.dir}/person-<n>/, overview in ${OUTPUT.reportHtml}`,
  };
}
