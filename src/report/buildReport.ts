// The quality report: one self-contained HTML page (inline CSS and SVG, no scripts, no network)
// and a JSON document with the same figures. Pure: data in, strings out; the caller writes files.
import { centreOfMass } from '../analysis/centreOfMass.ts';
import { jointAngles } from '../analysis/jointAngles.ts';
import { getLayout } from '../core/layouts.ts';
import type { Points3D } from '../core/types.ts';
import {
  boneLengths,
  computeQuality,
  quantile,
  REL_ERROR_FAIR,
  REL_ERROR_GOOD,
  type Quality,
  type QualityInput,
} from './computeQuality.ts';
import { barChart, esc, linePlot, stickFigure, PALETTE } from './svg.ts';
import { renderSyncSection, type SyncSection, type SyncSectionCamera } from './syncSection.ts';

export interface ReportInput extends QualityInput {
  /** Session name shown in the title. */
  title: string;
  /** Which person was followed in each camera, as triangulation reported it. */
  subject?: { camera: string; trackIdsUsed: number[] }[];
  /** Output files, session-relative, listed at the end. */
  files?: string[];
  /** The sync stage's result (output/sync.json) and the speed profiles, when the session has one. */
  sync?: SyncSection;
}

export interface Report {
  html: string;
  json: ReportJson;
  quality: Quality;
}

export interface ReportJson {
  format: 'openmocap-report';
  version: 1;
  title: string;
  quality: Quality;
  subject?: ReportInput['subject'];
  files?: string[];
  /** Filtered trajectories of a few joints, metres, decimated to ≤ 600 samples. */
  trajectories: { timeS: number[]; joints: Record<string, { x: (number | null)[]; y: (number | null)[]; z: (number | null)[] }> };
  /** Bone length over time for the least stable bones (same sampling as trajectories). */
  boneLengthsM: Record<string, (number | null)[]>;
  /** Flexion angles over time (same sampling), degrees; definitions in docs/joint-angles.md. */
  jointAnglesDeg: Record<string, (number | null)[]>;
  /** Whole-body centre of mass over time (de Leva 1996 segment model), metres. */
  centreOfMassM?: { x: (number | null)[]; y: (number | null)[]; z: (number | null)[] };
  /** When each camera started on the reference clock and what each signal said (profiles in the HTML only). */
  sync?: { reference: string; cameras: SyncSectionCamera[] };
}

const PLOTTED_ANGLES = [
  'left_hip_flexion',
  'right_hip_flexion',
  'left_knee_flexion',
  'right_knee_flexion',
  'left_elbow_flexion',
  'right_elbow_flexion',
];

const TRAJECTORY_JOINTS = ['Hip', 'MidHip', 'Nose', 'LWrist', 'RWrist', 'LAnkle', 'RAnkle'];
const r4 = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null);
const fmt = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '–');
const pct = (x: number, d = 0): string => (Number.isFinite(x) ? `${(x * 100).toFixed(d)} %` : '–');

function sampleFrames(frames: number, max = 600): number[] {
  const step = Math.max(1, Math.ceil(frames / max));
  const out: number[] = [];
  for (let f = 0; f < frames; f += step) out.push(f);
  return out;
}

function timeOf(points: Points3D, f: number): number {
  const t = points.timestampsMs[f];
  return Number.isFinite(t) ? t / 1000 : f / (points.fps || 1);
}

export function buildReport(input: ReportInput): Report {
  const quality = computeQuality(input);
  const pts = input.filtered;
  const layout = getLayout(pts.layout);
  const sample = sampleFrames(pts.frames);
  const timeS = sample.map((f) => r4(timeOf(pts, f)) ?? f);
  const trajJoints = TRAJECTORY_JOINTS.filter((n) => layout.indexOf.has(n));
  if (!layout.indexOf.has('Hip') && !layout.indexOf.has('MidHip') && layout.indexOf.has('LHip')) trajJoints.unshift('LHip');
  const trajectories: ReportJson['trajectories'] = { timeS, joints: {} };
  for (const name of trajJoints) {
    const j = layout.indexOf.get(name)!;
    const get = (axis: number): (number | null)[] => sample.map((f) => r4(pts.data[(f * pts.joints + j) * 3 + axis]));
    trajectories.joints[name] = { x: get(0), y: get(1), z: get(2) };
  }
  const bonesByCv = layout.boneIndices
    .map((b, i) => ({ b, q: quality.bones[i] }))
    .filter((x) => Number.isFinite(x.q.cv))
    .sort((a, b) => b.q.cv - a.q.cv)
    .slice(0, 4);
  const boneLengthsM: ReportJson['boneLengthsM'] = {};
  for (const { b, q } of bonesByCv) {
    const len = boneLengths(pts, b[0], b[1]);
    boneLengthsM[q.name] = sample.map((f) => r4(len[f]));
  }
  const jointAnglesDeg: ReportJson['jointAnglesDeg'] = {};
  for (const a of jointAngles(pts).angles)
    if (PLOTTED_ANGLES.includes(a.name)) jointAnglesDeg[a.name] = sample.map((f) => r4(a.valuesDeg[f]));
  const com = centreOfMass(pts);
  const centreOfMassM = {
    x: sample.map((f) => r4(com.positionM[f * 3])),
    y: sample.map((f) => r4(com.positionM[f * 3 + 1])),
    z: sample.map((f) => r4(com.positionM[f * 3 + 2])),
  };
  const json: ReportJson = {
    format: 'openmocap-report',
    version: 1,
    title: input.title,
    quality,
    subject: input.subject,
    files: input.files,
    trajectories,
    boneLengthsM,
    jointAnglesDeg,
    centreOfMassM,
    ...(input.sync ? { sync: { reference: input.sync.reference, cameras: input.sync.cameras } } : {}),
  };
  return { html: renderHtml(input, quality, json), json, quality };
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
main{max-width:1180px;margin:0 auto;padding:18px 22px 40px}
h1{font-size:22px;margin:6px 0 12px}h2{font-size:17px;margin:26px 0 8px;border-bottom:1px solid #dde1e7;padding-bottom:4px}
.verdict{border-radius:8px;padding:14px 18px;margin:10px 0 16px;border:1px solid}
.verdict h2{border:0;margin:0 0 6px;font-size:19px}.verdict ul{margin:4px 0 0 4px;padding:0;list-style:none}.verdict li.ok{opacity:.8}
.good{background:#e8f6ec;border-color:#8fd19e}.fair{background:#fff6e0;border-color:#f1c75b}.poor{background:#fdecea;border-color:#ef9a9a}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:8px 12px;min-width:120px}
.card b{display:block;font-size:19px}.card span{color:#5b6475;font-size:12px}
table{border-collapse:collapse;background:#fff;margin:6px 0 10px;font-size:13px}th,td{border:1px solid #e1e4ea;padding:3px 8px;text-align:right}
th{background:#eef0f4}td:first-child,th:first-child{text-align:left}td.bad{background:#fdecea}td.warn{background:#fff6e0}
.grid2{display:flex;flex-wrap:wrap;gap:12px}.plot{background:#fff;border:1px solid #dde1e7;border-radius:4px}
.plot .title{font:600 12px system-ui,sans-serif;fill:#1d2330}.plot .tick,.plot .legend{font:10px system-ui,sans-serif;fill:#444}
.plot .label{font:11px system-ui,sans-serif;fill:#333}.plot .muted{fill:#999}.plot .grid{stroke:#eceef2}.plot .frame{fill:none;stroke:#c9ced8}
.bar-ok{fill:#6aa5d8}.bar-warn{fill:#f0b429}.bar-bad{fill:#e05252}.bar-na{fill:#ccc}
.plot .bone{stroke:#2b5d8c;stroke-width:2.2;stroke-linecap:round}.plot .joint{fill:#d62728}
.muted{color:#5b6475}code{background:#eef0f4;padding:0 3px;border-radius:3px}
`;

function cell(v: string, cls = ''): string {
  return `<td${cls ? ` class="${cls}"` : ''}>${esc(v)}</td>`;
}

function renderHtml(input: ReportInput, q: Quality, json: ReportJson): string {
  const layout = getLayout(input.filtered.layout);
  const imageSize = Math.max(...input.rig.cameras.map((c) => Math.max(c.width, c.height)));
  // Error colours follow the verdict: relative to the subject's size in the image when known.
  const subjectPx = quantile(
    q.cameras.map((c) => c.subjectSizePx),
    0.5,
  );
  const goodPx = Number.isFinite(subjectPx) ? REL_ERROR_GOOD * subjectPx : 0.005 * imageSize;
  const fairPx = Number.isFinite(subjectPx) ? REL_ERROR_FAIR * subjectPx : 0.012 * imageSize;
  const o = q.overall;
  const v = q.verdict;
  const parts: string[] = [];
  parts.push(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
  );
  parts.push(`<title>openmocap report — ${esc(input.title)}</title><style>${CSS}</style></head><body><main>`);
  parts.push(`<h1>openmocap quality report — ${esc(input.title)}</h1>`);
  parts.push(
    `<section class="verdict ${v.level}"><h2>Trust this capture? ${v.level === 'good' ? 'Yes.' : v.level === 'fair' ? 'With care.' : 'No.'}</h2><div>${esc(v.headline)}</div><ul>${v.reasons.map((r, i) => `<li class="${v.checks[i]?.ok ? 'ok' : 'bad'}">${esc(r)}</li>`).join('')}</ul></section>`,
  );
  const cards: [string, string][] = [
    [String(q.frames), `frames at ${fmt(q.fps, 2)} fps (${fmt(q.durationS, 2)} s)`],
    [String(q.cameras.length), 'cameras'],
    [`${fmt(o.medianReprojectionErrorPx, 2)} px`, 'median reprojection error'],
    [pct(o.medianBoneCv, 1), `median bone-length CV (limbs, trunk; all bones ${pct(o.medianBoneCvAll, 1)})`],
    [pct(o.completeness, 1), 'joint positions present'],
    [String(o.gaps), `gaps left unfilled (${o.gapFrames} joint-frames)`],
    [`${fmt(o.heightM, 2)} m`, 'vertical extent of the body'],
  ];
  parts.push(
    `<div class="cards">${cards.map(([b, s]) => `<div class="card"><b>${esc(b)}</b><span>${esc(s)}</span></div>`).join('')}</div>`,
  );

  // Cameras.
  parts.push(
    `<h2>Cameras</h2><p class="muted">Detection rate: share of frames in which the camera saw the subject (half its joints or more). Reprojection error: distance between each 3D joint projected into the camera and that camera's 2D detection. Used: share of 3D points this camera took part in. Rejected: share of the camera's confident detections of the subject that triangulation excluded as inconsistent with the other cameras.</p>`,
  );
  parts.push(
    `<table><tr><th>camera</th><th>detection rate</th><th>used</th><th>median error px</th><th>of subject size</th><th>90th pct px</th><th>rejected</th></tr>`,
  );
  for (const c of q.cameras) {
    const rel = c.reprojectionErrorPx / c.subjectSizePx;
    const errCls = Number.isFinite(rel)
      ? rel > REL_ERROR_FAIR
        ? 'bad'
        : rel > REL_ERROR_GOOD
          ? 'warn'
          : ''
      : c.reprojectionErrorPx > fairPx
        ? 'bad'
        : c.reprojectionErrorPx > goodPx
          ? 'warn'
          : '';
    const worst = v.worstCamera?.name === c.name ? ' ⚠' : '';
    parts.push(
      `<tr>${cell(c.name + worst, worst ? 'bad' : '')}${cell(pct(c.detectionRate), c.detectionRate < 0.8 ? 'warn' : '')}${cell(pct(c.usedRate), c.usedRate < 0.5 ? 'warn' : '')}${cell(fmt(c.reprojectionErrorPx, 2), errCls)}${cell(pct(rel, 1), errCls)}${cell(fmt(c.reprojectionErrorP90Px, 2))}${cell(pct(c.rejectedRate, 1))}</tr>`,
    );
  }
  parts.push('</table><div class="grid2">');
  parts.push(
    barChart(
      q.cameras.map((c) => c.name),
      q.cameras.map((c) => c.reprojectionErrorPx),
      { title: 'Median reprojection error per camera (px)', unit: ' px', warnAt: goodPx, badAt: fairPx, width: 380 },
    ),
  );
  parts.push(
    barChart(
      q.cameras.map((c) => c.name),
      q.cameras.map((c) => c.usedRate * 100),
      { title: 'Share of 3D points each camera took part in', format: (x) => `${Math.round(x)} %`, width: 380 },
    ),
  );
  parts.push('</div>');

  if (input.sync) parts.push(renderSyncSection(input.sync));

  // 3D result.
  const frames = pickFrames(input.filtered, 8);
  const figs = frames.map((f) => ({
    label: `${fmt(timeOf(input.filtered, f), 2)} s`,
    xyz: input.filtered.data.subarray(f * input.filtered.joints * 3, (f + 1) * input.filtered.joints * 3),
  }));
  parts.push(
    `<h2>The 3D result</h2><p class="muted">Filtered skeleton at evenly spaced frames, orthographic views of the calibration's world (Z up).</p>`,
  );
  parts.push(
    stickFigure(figs, layout.boneIndices, input.filtered.joints, [0, 2], {
      title: 'Front view (X horizontal, Z up)',
      width: 1120,
      height: 230,
    }),
  );
  parts.push(
    stickFigure(figs, layout.boneIndices, input.filtered.joints, [1, 2], {
      title: 'Side view (Y horizontal, Z up)',
      width: 1120,
      height: 230,
    }),
  );

  // Trajectories.
  parts.push(`<h2>Trajectories</h2><div class="grid2">`);
  const t = json.trajectories.timeS;
  const names = Object.keys(json.trajectories.joints);
  (['x', 'y', 'z'] as const).forEach((axis) => {
    const series = names.map((n, k) => ({
      name: n,
      xs: t,
      ys: json.trajectories.joints[n][axis].map((y) => (y === null ? NaN : y)),
      color: PALETTE[k % PALETTE.length],
    }));
    parts.push(
      linePlot(series, { title: `${axis.toUpperCase()} position (m)`, xLabel: 'time (s)', yLabel: `${axis} (m)`, width: 370, height: 230 }),
    );
  });
  // Raw vs filtered for one lively joint.
  const lively = ['RWrist', 'LWrist', 'RAnkle'].find((n) => layout.indexOf.has(n));
  if (lively) {
    const j = layout.indexOf.get(lively)!;
    const raw = input.raw;
    const rawT = Array.from({ length: raw.frames }, (_, f) => timeOf(raw, f));
    const filT = Array.from({ length: input.filtered.frames }, (_, f) => timeOf(input.filtered, f));
    parts.push(
      linePlot(
        [
          {
            name: `${lively} z raw`,
            xs: rawT,
            ys: Array.from({ length: raw.frames }, (_, f) => raw.data[(f * raw.joints + j) * 3 + 2]),
            color: '#999',
            dashed: true,
          },
          {
            name: `${lively} z filtered`,
            xs: filT,
            ys: Array.from({ length: input.filtered.frames }, (_, f) => input.filtered.data[(f * input.filtered.joints + j) * 3 + 2]),
            color: '#d62728',
          },
        ],
        { title: `${lively} height: triangulated vs filtered (m)`, xLabel: 'time (s)', width: 560, height: 230 },
      ),
    );
  }
  parts.push('</div>');

  // Joint angles and centre of mass.
  const angleNames = Object.keys(json.jointAnglesDeg);
  const nn = (ys: (number | null)[]): number[] => ys.map((y) => (y === null ? NaN : y));
  if (angleNames.length || json.centreOfMassM) {
    parts.push(
      `<h2>Joint angles and centre of mass</h2><p class="muted">Flexion angles (degrees, 0 = straight; ISB conventions as far as keypoints allow) and the whole-body centre of mass (de Leva 1996 segment model), from the filtered points. The full series are in the angles and com exports.</p><div class="grid2">`,
    );
    const groups: [string, string][] = [
      ['hip', 'Hip flexion (°)'],
      ['knee', 'Knee flexion (°)'],
      ['elbow', 'Elbow flexion (°)'],
    ];
    for (const [joint, title] of groups) {
      const series = angleNames
        .filter((n) => n.includes(`_${joint}_`))
        .map((n) => ({
          name: n.startsWith('left') ? 'left' : 'right',
          xs: t,
          ys: nn(json.jointAnglesDeg[n]),
          color: n.startsWith('left') ? '#1f77b4' : '#d62728',
        }));
      if (series.length) parts.push(linePlot(series, { title, xLabel: 'time (s)', width: 370, height: 210 }));
    }
    if (json.centreOfMassM) {
      const c = json.centreOfMassM;
      parts.push(
        linePlot(
          [
            { name: 'x', xs: t, ys: nn(c.x) },
            { name: 'y', xs: t, ys: nn(c.y) },
            { name: 'z', xs: t, ys: nn(c.z) },
          ],
          { title: 'Centre of mass (m)', xLabel: 'time (s)', width: 370, height: 210 },
        ),
      );
    }
    parts.push('</div>');
  }

  // Bones.
  parts.push(
    `<h2>Bone-length stability</h2><p class="muted">Coefficient of variation (standard deviation / mean) of each bone's length over time. A real body's bones do not stretch: below 5 % is good, above 10 % means wrong detections or a calibration problem. The overall figure uses bones of 12 cm or more; short face bones mostly show pixel noise.</p><div class="grid2">`,
  );
  parts.push(
    barChart(
      q.bones.map((b) => b.name),
      q.bones.map((b) => b.cv * 100),
      { title: 'Bone-length CV (%)', format: (x) => (Number.isFinite(x) ? `${x.toFixed(1)} %` : '–'), warnAt: 5, badAt: 10, width: 560 },
    ),
  );
  const bl = Object.entries(json.boneLengthsM);
  if (bl.length)
    parts.push(
      linePlot(
        bl.map(([n, ys], k) => ({ name: n, xs: t, ys: ys.map((y) => (y === null ? NaN : y)), color: PALETTE[k] })),
        { title: 'Length over time of the least stable bones (m)', xLabel: 'time (s)', width: 540, height: 260 },
      ),
    );
  parts.push('</div>');
  parts.push(
    `<table><tr><th>bone</th><th>mean length m</th><th>sd m</th><th>CV</th><th>frames</th></tr>${q.bones.map((b) => `<tr>${cell(b.name)}${cell(fmt(b.meanLengthM, 3))}${cell(fmt(b.sdLengthM, 4))}${cell(pct(b.cv, 1), b.cv > 0.1 ? 'bad' : b.cv > 0.05 ? 'warn' : '')}${cell(String(b.frames))}</tr>`).join('')}</table>`,
  );

  // Joints.
  parts.push(
    `<h2>Joints</h2><p class="muted">Confidence: mean 2D score of the detections used. Missing: frames without a triangulated position; gap frames: still missing after gap filling and filtering.</p>`,
  );
  parts.push(
    `<table><tr><th>joint</th><th>confidence</th><th>cameras</th><th>median error px</th><th>missing (raw)</th><th>gap frames</th></tr>`,
  );
  for (const j of q.joints)
    parts.push(
      `<tr>${cell(j.name)}${cell(fmt(j.meanConfidence, 2), j.meanConfidence < 0.3 ? 'warn' : '')}${cell(fmt(j.meanCameras, 1))}${cell(fmt(j.reprojectionErrorPx, 2), j.reprojectionErrorPx > fairPx ? 'bad' : j.reprojectionErrorPx > goodPx ? 'warn' : '')}${cell(String(j.missingFramesRaw))}${cell(String(j.gapFrames), j.gapFrames > 0 ? 'warn' : '')}</tr>`,
    );
  parts.push('</table>');
  parts.push(
    barChart(
      q.joints.map((j) => j.name),
      q.joints.map((j) => j.reprojectionErrorPx),
      { title: 'Median reprojection error per joint (px)', unit: ' px', warnAt: goodPx, badAt: fairPx, width: 560 },
    ),
  );

  if (input.gaps.length) {
    parts.push(
      `<h2>Gaps left unfilled</h2><table><tr><th>joint</th><th>first frame</th><th>frames</th></tr>${input.gaps
        .slice(0, 200)
        .map((g) => `<tr>${cell(g.joint)}${cell(String(g.startFrame))}${cell(String(g.frames))}</tr>`)
        .join('')}</table>`,
    );
    if (input.gaps.length > 200) parts.push(`<p class="muted">… and ${input.gaps.length - 200} more (see report.json).</p>`);
  }
  if (input.subject?.length) {
    parts.push(
      `<h2>Subject</h2><p class="muted">Track ids followed in each camera (the person whose detections were triangulated).</p><table><tr><th>camera</th><th>track ids</th></tr>${input.subject.map((s) => `<tr>${cell(s.camera)}${cell(s.trackIdsUsed.join(', ') || '–')}</tr>`).join('')}</table>`,
    );
  }
  if (q.warnings.length)
    parts.push(`<h2>Warnings</h2><ul>${q.warnings.map((w) => `<li><code>${esc(w.code)}</code> ${esc(w.message)}</li>`).join('')}</ul>`);
  if (input.files?.length) parts.push(`<h2>Files</h2><ul>${input.files.map((f) => `<li><code>${esc(f)}</code></li>`).join('')}</ul>`);
  parts.push(`<p class="muted">Made by openmocap. The same figures are in report.json.</p></main></body></html>\n`);
  return parts.join('\n');
}

/** Evenly spaced frames that have most joints present. */
function pickFrames(points: Points3D, n: number): number[] {
  const out: number[] = [];
  if (points.frames === 0) return out;
  for (let i = 0; i < n; i++) {
    const target = Math.round(((i + 0.5) / n) * (points.frames - 1));
    let best = target;
    let bestCount = -1;
    for (let f = Math.max(0, target - 5); f <= Math.min(points.frames - 1, target + 5); f++) {
      let c = 0;
      for (let j = 0; j < points.joints; j++) if (Number.isFinite(points.data[(f * points.joints + j) * 3])) c++;
      if (c > bestCount) {
        bestCount = c;
        best = f;
      }
    }
    if (!out.includes(best)) out.push(best);
  }
  return out;
}
