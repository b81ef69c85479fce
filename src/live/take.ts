// A live take as session files: the per-camera frame-time sidecars, the take's summary (which camera
// stopped when) and the mocap.toml that makes `openmocap process` put the cameras on one clock from
// those times, with no sync search. Pure (strings in, strings out); the page writes the files.
//
// Clocks: every frame time is on the page's clock (performance.now, ms), from
// requestVideoFrameCallback's metadata: the capture time when the browser gives one, else the time
// the frame was presented. Times in the files count from the take's start.
// ref: W3C "HTMLVideoElement.requestVideoFrameCallback()" (VideoFrameCallbackMetadata: captureTime,
//      presentationTime, mediaTime, presentedFrames), https://wicg.github.io/video-rvfc/
import { median } from '../core/stats.ts';

export interface TakeFrame {
  /** Frame time, ms from the take's start. */
  timeMs: number;
  /** The frame's media time (s) and the element's presented-frame counter, as the browser gave them. */
  mediaTimeS: number;
  presentedFrames: number;
}

export interface CameraTake {
  camera: string;
  /** Device label (or the file the fake camera played). */
  label: string;
  /** Video file name in videos/ (e.g. "cam01.webm"). */
  videoFile: string;
  mimeType: string;
  bytes: number;
  frames: TakeFrame[];
  /** When the camera stopped on its own (unplugged, track ended), ms from the take's start; null when it recorded to the end. */
  stoppedAtMs: number | null;
  stopReason: string | null;
  /** Frames in the recorded video file and their rate (from its packets' timestamps), when the page read them back. */
  videoFrames?: number;
  videoFps?: number;
  /** When the file's first frame was taken, ms from the take's start (recordedStart), when it could be matched. */
  firstRecordedFrameMs?: number;
  /** Median distance between the sidecar's frame times and the matched recorded frames, ms. */
  matchResidualMs?: number;
}

export interface Take {
  /** ISO date of the start. */
  startedAt: string;
  /** Which time the frames carry: "capture" or "presentation" (see above). */
  clock: string;
  durationMs: number;
  cameras: CameraTake[];
}

/** The sidecar of one camera: one line per frame, CSV with a header. */
export function formatFrameTimesCsv(cam: CameraTake): string {
  const lines = ['frame,time_ms,media_time_s,presented_frames'];
  cam.frames.forEach((f, i) => lines.push(`${i},${f.timeMs.toFixed(3)},${f.mediaTimeS.toFixed(6)},${f.presentedFrames}`));
  return `${lines.join('\n')}\n`;
}

/** Frame times of a sidecar (the inverse of formatFrameTimesCsv); throws naming the line when malformed. */
export function parseFrameTimesCsv(text: string, name: string): number[] {
  const rows = text.trim().split(/\r?\n/);
  if (rows[0] !== 'frame,time_ms,media_time_s,presented_frames') throw new Error(`${name}: not a frame-time sidecar (header "${rows[0]}")`);
  return rows.slice(1).map((r, i) => {
    const t = Number(r.split(',')[1]);
    if (!Number.isFinite(t)) throw new Error(`${name}: line ${i + 2} has no time`);
    return t;
  });
}

/** Index of the first frame whose time is not after the previous one's (-1: strictly increasing). */
export function firstNonMonotonic(timesMs: ArrayLike<number>): number {
  for (let i = 1; i < timesMs.length; i++) if (!(timesMs[i] > timesMs[i - 1])) return i;
  return -1;
}

/** The take's summary file (take.json). */
export function formatTakeJson(take: Take): string {
  const cameras = Object.fromEntries(
    take.cameras.map((c) => [
      c.camera,
      {
        label: c.label,
        video: `videos/${c.videoFile}`,
        frame_times: `videos/${sidecarName(c)}`,
        mime_type: c.mimeType,
        bytes: c.bytes,
        frames: c.frames.length,
        first_frame_ms: c.frames[0]?.timeMs ?? null,
        last_frame_ms: c.frames.at(-1)?.timeMs ?? null,
        frames_per_second:
          c.frames.length > 1 ? +((1000 * (c.frames.length - 1)) / (c.frames.at(-1)!.timeMs - c.frames[0].timeMs)).toFixed(3) : null,
        first_recorded_frame_ms: c.firstRecordedFrameMs ?? null,
        recorded_to_sidecar_ms: c.matchResidualMs ?? null,
        video_frames: c.videoFrames ?? null,
        video_frames_per_second: c.videoFps !== undefined ? +c.videoFps.toFixed(3) : null,
        stopped_at_ms: c.stoppedAtMs,
        stop_reason: c.stopReason,
      },
    ]),
  );
  return `${JSON.stringify({ format: 'openmocap-live-take', version: 1, started_at: take.startedAt, clock: take.clock, duration_ms: +take.durationMs.toFixed(1), cameras }, null, 2)}\n`;
}

export const sidecarName = (c: Pick<CameraTake, 'camera'>): string => `${c.camera}.frames.csv`;

/**
 * The session's mocap.toml: the cameras put on one clock by their first frame times (sync.method
 * "none" with each camera's start time: no search), the first camera as the reference. The sync
 * stage then resamples each camera's 2D by its frames' own timestamps (resampleSequence). No
 * `[project] fps`: that would put every camera's frames on an even grid; the recorded files' own
 * frame times are used, and their nominal rate is measured from them (probeVideo).
 */
export function formatTakeSettings(take: Take): string {
  const withFrames = take.cameras.filter((c) => c.frames.length);
  const ref = withFrames[0];
  const first = (c: CameraTake): number =>
    c.firstRecordedFrameMs !== undefined && Number.isFinite(c.firstRecordedFrameMs) ? c.firstRecordedFrameMs : c.frames[0].timeMs;
  const start = withFrames.map((c) => `${c.camera} = ${((first(c) - first(ref)) / 1000).toFixed(4)}`);
  const stopped = take.cameras
    .filter((c) => c.stoppedAtMs !== null)
    .map((c) => `# ${c.camera} stopped at ${(c.stoppedAtMs! / 1000).toFixed(2)} s (${c.stopReason})`);
  return [
    `# openmocap live take, recorded ${take.startedAt} (${take.cameras.length} cameras; see take.json)`,
    ...stopped,
    '',
    '[sync]',
    "# The cameras were put on one clock while recording: start times from each video's first frame time (videos/*.frames.csv), no search.",
    'method = "none"',
    `reference = "${ref?.camera ?? ''}"`,
    `start_s = { ${start.join(', ')} }`,
    '',
  ].join('\n');
}

/** Index of the value in sorted `a` nearest to x. */
function nearest(a: ArrayLike<number>, x: number): number {
  let lo = 0,
    hi = a.length - 1;
  while (hi - lo > 1) {
    const m = (lo + hi) >> 1;
    if (a[m] <= x) lo = m;
    else hi = m;
  }
  return Math.abs(a[lo] - x) <= Math.abs(a[hi] - x) ? lo : hi;
}

const medianOf = (v: number[]): number => median(v);

/**
 * When a recording's first frame was taken, on the sidecar's clock. `recordedMs` are the recorded
 * file's frame timestamps (a MediaRecorder counts them from its first frame, on the capture clock);
 * `seenMs` the frame times the page saw (requestVideoFrameCallback), each one of the recorded frames,
 * some skipped on a busy page. The offset between the two clocks is the one that puts the seen frames
 * nearest to recorded frames (candidates: the first seen frame as each of the first recorded ones),
 * refined by the median residual. NaN when either list is empty.
 */
export function recordedStart(seenMs: ArrayLike<number>, recordedMs: ArrayLike<number>): { startMs: number; residualMs: number } {
  if (!seenMs.length || !recordedMs.length) return { startMs: NaN, residualMs: NaN };
  const rec = Float64Array.from(recordedMs).sort();
  const residuals = (o: number): number[] => Array.from(seenMs, (t) => t - o - rec[nearest(rec, t - o)]);
  let best = { o: NaN, cost: Infinity };
  for (let k = 0; k < Math.min(8, rec.length); k++) {
    const o = seenMs[0] - rec[k];
    const cost = medianOf(residuals(o).map(Math.abs));
    if (cost < best.cost) best = { o, cost };
  }
  const o = best.o + medianOf(residuals(best.o));
  return { startMs: o + rec[0], residualMs: medianOf(residuals(o).map(Math.abs)) };
}
