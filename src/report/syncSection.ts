// The report's synchronisation section: each camera's start on the reference clock, what each signal
// said and how sure it was, and the subjects' speed profiles drawn on the reference clock (aligned
// cameras' curves rise and fall together). Pure: data in, HTML out.
import { esc, linePlot, PALETTE } from './svg.ts';

export interface SyncSectionCamera {
  name: string;
  startS: number;
  ratePpm: number;
  confidence: number;
  method: string;
  signals: Record<string, { startS: number; confidence: number }>;
}

export interface SyncSection {
  reference: string;
  cameras: SyncSectionCamera[];
  /** Each camera's subject speed (normalised to its 95th percentile), times on the reference clock. */
  profiles: { camera: string; timeS: number[]; speed: number[] }[];
}

export { LOW_CONFIDENCE_ADVICE as SYNC_ADVICE } from '../sync/syncCameras.ts';
import { LOW_CONFIDENCE_ADVICE as SYNC_ADVICE } from '../sync/syncCameras.ts';

const sgn = (s: number): string => `${s >= 0 ? '+' : ''}${s.toFixed(3)} s`;

/** The section's HTML. */
export function renderSyncSection(s: SyncSection): string {
  const unsure = s.cameras.filter((c) => c.method === 'unknown');
  const signalNames = ['keypoints', 'audio', 'reprojection'];
  const parts: string[] = [];
  parts.push(
    `<h2>Synchronisation</h2><p class="muted">When each camera's first frame was taken on the clock of the reference camera ${esc(s.reference)} (positive = started later), the clock drift, and what each signal found: the subject's 2D motion (keypoints), the sound, and the reprojection error over small shifts. Every camera's 2D keypoints were put on the reference camera's frame times.</p>`,
  );
  if (unsure.length)
    parts.push(
      `<p><b>✗ ${esc(unsure.map((c) => c.name).join(', '))}: could not be placed in time</b> (no signal was sure enough); ${unsure.length > 1 ? 'their frames are' : 'its frames are'} used as they are. To fix: ${SYNC_ADVICE}, or set <code>[sync] start_s</code> in mocap.toml.</p>`,
    );
  parts.push(
    `<table><tr><th>camera</th><th>start</th><th>drift ppm</th><th>confidence</th><th>method</th>${signalNames.map((n) => `<th>${n}</th>`).join('')}</tr>`,
  );
  for (const c of s.cameras) {
    const sig = signalNames.map((n) => {
      const e = c.signals[n];
      return `<td>${e ? `${esc(sgn(e.startS))} (${e.confidence.toFixed(2)})` : '–'}</td>`;
    });
    const cls = c.method === 'unknown' ? ' class="bad"' : c.confidence < 0.5 ? ' class="warn"' : '';
    parts.push(
      `<tr><td>${esc(c.name)}</td><td${cls}>${esc(sgn(c.startS))}</td><td>${c.ratePpm}</td><td${cls}>${c.confidence.toFixed(2)}</td><td>${esc(c.method)}</td>${sig.join('')}</tr>`,
    );
  }
  parts.push('</table>');
  if (s.profiles.length)
    parts.push(
      linePlot(
        s.profiles.map((p, k) => ({ name: p.camera, xs: p.timeS, ys: p.speed, color: PALETTE[k % PALETTE.length] })),
        {
          title: 'Subject speed per camera on the reference clock (aligned: the curves rise and fall together)',
          xLabel: 'time (s)',
          yLabel: 'speed (relative)',
          width: 1120,
          height: 240,
        },
      ),
    );
  return parts.join('\n');
}

/** Speeds at times (camera clock) as a profile on the reference clock, normalised and decimated to ≤ 600 points. */
export function profileOnReference(
  camera: string,
  timesS: ArrayLike<number>,
  speed: ArrayLike<number>,
  startS: number,
  ratePpm: number,
): SyncSection['profiles'][number] {
  const finite = Array.from(speed)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const scale = finite.length ? finite[Math.floor(finite.length * 0.95)] || 1 : 1;
  const step = Math.max(1, Math.ceil(timesS.length / 600));
  const timeS: number[] = [];
  const out: number[] = [];
  for (let i = 0; i < timesS.length; i += step) {
    timeS.push(Math.round((startS + timesS[i] * (1 + ratePpm * 1e-6)) * 1e4) / 1e4);
    out.push(Math.round((speed[i] / scale) * 1e3) / 1e3);
  }
  return { camera, timeS, speed: out };
}
