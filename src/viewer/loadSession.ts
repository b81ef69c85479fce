// Fetches what the session index lists and decodes it with the project's own pure readers
// (Points3D carrier, TRC, .pose2d). Browser side; never fetches a file the index does not list, so
// a partial session produces messages, not failed requests.
import { getLayout } from '../core/layouts.ts';
import type { CameraRig, Points3D, PoseSequence2D } from '../core/types.ts';
import { layoutOfTrcMarkers, parseTrc, trcToWorld } from '../formats/trc.ts';
import { decodePose2d } from '../formats/pose2d.ts';
import { normaliseCameraName } from '../core/matchCameras.ts';
import type { SessionIndex } from '../server/buildSessionIndex.ts';
import { decodePoints3dFile } from '../formats/points3dFile.ts';
import { median } from '../core/stats.ts';

/** The parts of output/report.json the viewer plots. */
export interface ReportPlots {
  trajectories?: { timeS: number[] };
  jointAnglesDeg?: Record<string, (number | null)[]>;
  quality?: { cameras?: { subjectSizePx?: number }[] };
}

/** The subject's size in the images as the report measured it (median over cameras, px), if the report says. */
export function reportSubjectSizePx(report: ReportPlots | null): number | undefined {
  const sizes = (report?.quality?.cameras ?? []).map((c) => c.subjectSizePx).filter((x): x is number => typeof x === 'number' && x > 0);
  return sizes.length ? median(sizes) : undefined;
}

export interface LoadedSession {
  index: SessionIndex;
  rig: CameraRig | null;
  points: Points3D | null;
  /** Session-relative file the points came from. */
  pointsFile: string | null;
  /** True when the points carry per-joint reprojection errors (the .p3d carrier does, TRC does not). */
  hasErrors: boolean;
  /** 2D keypoints by normalised camera name (filled by loadPose2d). */
  pose2d: Map<string, PoseSequence2D>;
  report: ReportPlots | null;
  /** Files that were listed but could not be read, as sentences. */
  problems: string[];
  /** With several people: everyone's number and points (person 1's are also `points`). */
  people: { id: number; points: Points3D }[];
}

/**
 * A session handed over by the page that embeds the viewer in a frame (the web app, web/): its index
 * and a URL (blob:) per session-relative file, in place of the server's /api/session and /session/….
 */
export interface EmbeddedSession {
  index: SessionIndex;
  urls: Record<string, string>;
}

function embeddedSession(): EmbeddedSession | undefined {
  try {
    if (typeof window === 'undefined' || window.parent === window) return undefined;
    return (window.parent as Window & { openmocapSession?: EmbeddedSession }).openmocapSession;
  } catch {
    return undefined; // a parent of another origin
  }
}
const embedded = embeddedSession();

/** URL of a session-relative file, each segment percent-encoded. */
export const sessionUrl = (file: string): string => embedded?.urls[file] ?? `session/${file.split('/').map(encodeURIComponent).join('/')}`;

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return res;
}

/** The layout whose TRC marker names (Pose2Sim's, or its keypoint names) are exactly these, if any. */
export function layoutForMarkers(markers: string[]): string {
  return layoutOfTrcMarkers(markers)?.layout ?? '';
}

/** TRC text → Points3D in the world frame (metres); reprojection errors unknown (NaN). */
export function trcToPoints(text: string, axes: 'pose2sim' | 'none'): Points3D {
  const trc = parseTrc(text);
  const columns = trcToWorld(trc.data, axes);
  // Columns back into the layout's keypoint order (TRC files use Pose2Sim's marker order).
  const known = layoutOfTrcMarkers(trc.markers);
  const M = trc.markers.length;
  let data = columns;
  if (known) {
    data = new Float64Array(columns.length);
    for (let f = 0; f < trc.frames; f++)
      for (let c = 0; c < M; c++) data.set(columns.subarray((f * M + c) * 3, (f * M + c) * 3 + 3), (f * M + known.keypointOfColumn[c]) * 3);
  }
  const unit = trc.units.toLowerCase() === 'mm' ? 0.001 : trc.units.toLowerCase() === 'cm' ? 0.01 : 1;
  if (unit !== 1) for (let i = 0; i < data.length; i++) data[i] *= unit;
  const n = trc.frames * trc.markers.length;
  return {
    layout: known?.layout ?? '',
    fps: trc.dataRate,
    frames: trc.frames,
    joints: trc.markers.length,
    data,
    reprojectionErrorPx: new Float32Array(n).fill(NaN),
    cameraMask: new Uint32Array(n),
    timestampsMs: trc.timestampsMs,
  };
}

export async function loadSession(onStatus: (message: string) => void = () => undefined): Promise<LoadedSession> {
  const index = embedded ? embedded.index : ((await (await fetchOk('api/session')).json()) as SessionIndex);
  const problems: string[] = [];
  const rig = index.calibration?.rig ?? null;

  const reportFile = index.reportJson;
  const reportDone: Promise<ReportPlots | null> = reportFile
    ? fetchOk(sessionUrl(reportFile))
        .then((r) => r.json() as Promise<ReportPlots>)
        .catch((err: unknown) => {
          problems.push(`${reportFile} could not be read: ${(err as Error).message}`);
          return null;
        })
    : Promise.resolve(null);
  let points: Points3D | null = null;
  let pointsFile: string | null = null;
  let hasErrors = false;
  for (const src of index.points3d) {
    try {
      onStatus(`reading ${src.file}…`);
      const res = await fetchOk(sessionUrl(src.file));
      if (src.kind === 'p3d') {
        points = decodePoints3dFile(new Uint8Array(await res.arrayBuffer()), src.file).points;
        hasErrors = true;
      } else {
        points = trcToPoints(await res.text(), index.trcAxes);
      }
      pointsFile = src.file;
      break;
    } catch (err) {
      problems.push(`${src.file} could not be read: ${(err as Error).message}`);
    }
  }
  if (points?.layout) {
    try {
      getLayout(points.layout);
    } catch {
      problems.push(`${pointsFile}: unknown keypoint layout "${points.layout}"; joints are shown without bones`);
    }
  }

  const people: LoadedSession['people'] = [];
  for (const p of index.people ?? []) {
    try {
      const res = await fetchOk(sessionUrl(p.file));
      people.push({ id: p.id, points: decodePoints3dFile(new Uint8Array(await res.arrayBuffer()), p.file).points });
    } catch (err) {
      problems.push(`${p.file} could not be read: ${(err as Error).message}`);
    }
  }

  const report = await reportDone;
  return { index, rig, points, pointsFile, hasErrors, pose2d: new Map(), report, problems, people };
}

/**
 * Fetches and decodes the session's .pose2d files (after the 3D points, so the 3D view comes first
 * on a long take), calling onEach as each arrives; adds them to session.pose2d by normalised camera name.
 */
export async function loadPose2d(
  session: LoadedSession,
  onEach: (key: string, seq: PoseSequence2D) => void = () => undefined,
): Promise<void> {
  await Promise.all(
    session.index.pose2d
      .filter((p) => p.kind === 'pose2d')
      .map(async (p) => {
        try {
          const res = await fetchOk(sessionUrl(p.file));
          const seq = decodePose2d(new Uint8Array(await res.arrayBuffer()), p.file);
          const key = normaliseCameraName(p.camera);
          session.pose2d.set(key, seq);
          onEach(key, seq);
        } catch (err) {
          session.problems.push(`${p.file} could not be read: ${(err as Error).message}`);
        }
      }),
  );
}
