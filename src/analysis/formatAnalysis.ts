// CSV and JSON writers for joint angles and centre of mass (pure: they return text).

import type { JointAngles } from './jointAngles.ts';
import type { CentreOfMass } from './centreOfMass.ts';

const cell = (v: number, decimals: number): string => (Number.isFinite(v) ? v.toFixed(decimals) : '');
const jsonNum = (v: number, decimals: number): number | null => (Number.isFinite(v) ? Number(v.toFixed(decimals)) : null);
const timeS = (timestampsMs: Float64Array, fps: number, f: number): number =>
  Number.isFinite(timestampsMs[f]) ? timestampsMs[f] / 1000 : f / fps;

/** One row per frame: frame, time_s, then one column per angle named `<name>_deg`; empty cell = missing. */
export function formatJointAnglesCsv(a: JointAngles, decimals = 2): string {
  const lines = [['frame', 'time_s', ...a.angles.map((s) => `${s.name}_deg`)].join(',')];
  for (let f = 0; f < a.frames; f++) {
    lines.push([String(f), timeS(a.timestampsMs, a.fps, f).toFixed(4), ...a.angles.map((s) => cell(s.valuesDeg[f], decimals))].join(','));
  }
  return lines.join('\n') + '\n';
}

/** Column-oriented JSON: definitions and one array of values per angle (null = missing). */
export function formatJointAnglesJson(a: JointAngles, decimals = 2): string {
  return JSON.stringify({
    layout: a.layout,
    fps: a.fps,
    frames: a.frames,
    units: 'deg',
    definitions: 'docs/joint-angles.md',
    time_s: Array.from({ length: a.frames }, (_, f) => Number(timeS(a.timestampsMs, a.fps, f).toFixed(4))),
    angles: Object.fromEntries(
      a.angles.map((s) => [s.name, { joint: s.joint, side: s.side, description: s.description, values: Array.from(s.valuesDeg, (v) => jsonNum(v, decimals)) }]),
    ),
  });
}

/** One row per frame: frame, time_s, com_x_m, com_y_m, com_z_m (calibration world axes). */
export function formatCentreOfMassCsv(c: CentreOfMass, decimals = 4): string {
  const lines = ['frame,time_s,com_x_m,com_y_m,com_z_m'];
  for (let f = 0; f < c.frames; f++) {
    const p = c.positionM.subarray(f * 3, f * 3 + 3);
    lines.push([String(f), timeS(c.timestampsMs, c.fps, f).toFixed(4), cell(p[0], decimals), cell(p[1], decimals), cell(p[2], decimals)].join(','));
  }
  return lines.join('\n') + '\n';
}

/** JSON with the model used and [x, y, z] per frame in metres (null = missing). */
export function formatCentreOfMassJson(c: CentreOfMass, decimals = 4): string {
  return JSON.stringify({
    layout: c.layout,
    fps: c.fps,
    frames: c.frames,
    units: 'm',
    model: `de Leva (1996), ${c.sex}`,
    time_s: Array.from({ length: c.frames }, (_, f) => Number(timeS(c.timestampsMs, c.fps, f).toFixed(4))),
    position: Array.from({ length: c.frames }, (_, f) => [0, 1, 2].map((k) => jsonNum(c.positionM[f * 3 + k], decimals))),
  });
}
