// The series the viewer plots, built once when the session loads. Pure.
import { jointAngles } from '../analysis/jointAngles.ts';
import { getLayout } from '../core/layouts.ts';
import type { Points3D } from '../core/types.ts';
import type { ReportPlots } from './loadSession.ts';
import { PLOT_COLORS, type PlotSpec } from './plots.ts';
import type { ViewAxes } from './viewAxes.ts';

const ANGLES = [
  'left_knee_flexion',
  'right_knee_flexion',
  'left_hip_flexion',
  'right_hip_flexion',
  'left_elbow_flexion',
  'right_elbow_flexion',
];
const HEIGHT_JOINTS = [['Hip', 'MidHip'], ['Head', 'Nose'], ['LWrist'], ['RWrist'], ['LAnkle'], ['RAnkle']];

const frameTimes = (points: Points3D): Float64Array => {
  const t = new Float64Array(points.frames);
  for (let f = 0; f < points.frames; f++) t[f] = f / points.fps;
  return t;
};

/** Joint angles from report.json when it has them, otherwise computed from the points. */
export function angleSpec(points: Points3D | null, report: ReportPlots | null): PlotSpec | null {
  const fromReport = report?.jointAnglesDeg && report.trajectories?.timeS && Object.keys(report.jointAnglesDeg).length > 0;
  if (fromReport) {
    const names = ANGLES.filter((n) => report!.jointAnglesDeg![n]);
    const extra = Object.keys(report!.jointAnglesDeg!).filter((n) => !names.includes(n));
    return {
      title: 'Joint angles, from report.json',
      unit: '°',
      series: [...names, ...extra].slice(0, 8).map((n, i) => ({
        name: n.replace(/_/g, ' '),
        color: PLOT_COLORS[i % PLOT_COLORS.length],
        timeS: report!.trajectories!.timeS,
        values: report!.jointAnglesDeg![n],
      })),
    };
  }
  if (!points) return null;
  let angles;
  try {
    angles = jointAngles(points);
  } catch {
    return null;
  }
  const t = frameTimes(points);
  const chosen = angles.angles.filter((a) => ANGLES.includes(a.name));
  if (!chosen.length) return null;
  return {
    title: 'Joint angles, computed from the 3D points',
    unit: '°',
    series: chosen.map((a, i) => ({
      name: a.name.replace(/_/g, ' '),
      color: PLOT_COLORS[i % PLOT_COLORS.length],
      timeS: t,
      values: a.valuesDeg,
    })),
  };
}

/** Height above the floor of a few joints (the trajectories' vertical component). */
export function heightSpec(points: Points3D | null, axes: ViewAxes): PlotSpec | null {
  if (!points) return null;
  let layout;
  try {
    layout = getLayout(points.layout);
  } catch {
    return null;
  }
  const t = frameTimes(points);
  const series = [];
  for (const names of HEIGHT_JOINTS) {
    const name = names.find((n) => layout.indexOf.has(n));
    if (!name) continue;
    const j = layout.indexOf.get(name)!;
    const v = new Float64Array(points.frames);
    for (let f = 0; f < points.frames; f++) v[f] = axes.sign * points.data[(f * points.joints + j) * 3 + axes.up] - axes.sign * axes.floor;
    series.push({ name, color: PLOT_COLORS[series.length % PLOT_COLORS.length], timeS: t, values: v });
  }
  return series.length ? { title: 'Joint height above the floor', unit: 'm', series } : null;
}

/** Mean and worst reprojection error over the joints of each frame. */
export function errorSpec(points: Points3D | null, hasErrors: boolean): PlotSpec | null {
  if (!points || !hasErrors) return null;
  const mean = new Float64Array(points.frames),
    max = new Float64Array(points.frames);
  for (let f = 0; f < points.frames; f++) {
    let s = 0,
      n = 0,
      m = -Infinity;
    for (let j = 0; j < points.joints; j++) {
      const e = points.reprojectionErrorPx[f * points.joints + j];
      if (Number.isFinite(e)) {
        s += e;
        n++;
        if (e > m) m = e;
      }
    }
    mean[f] = n ? s / n : NaN;
    max[f] = n ? m : NaN;
  }
  const t = frameTimes(points);
  return {
    title: 'Reprojection error per frame',
    unit: 'px',
    series: [
      { name: 'mean over joints', color: PLOT_COLORS[2], timeS: t, values: mean },
      { name: 'worst joint', color: PLOT_COLORS[1], timeS: t, values: max },
    ],
  };
}
