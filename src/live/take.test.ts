import { describe, expect, it } from 'vitest';
import {
  firstNonMonotonic,
  formatFrameTimesCsv,
  formatTakeJson,
  formatTakeSettings,
  parseFrameTimesCsv,
  recordedStart,
  type CameraTake,
} from './take.ts';
import { parseSettings } from '../session/parseSettings.ts';

const cam = (camera: string, times: number[], extra: Partial<CameraTake> = {}): CameraTake => ({
  camera,
  label: `${camera} label`,
  videoFile: `${camera}.webm`,
  mimeType: 'video/webm;codecs=vp8',
  bytes: 1000,
  frames: times.map((t, i) => ({ timeMs: t, mediaTimeS: t / 1000, presentedFrames: i + 1 })),
  stoppedAtMs: null,
  stopReason: null,
  ...extra,
});

describe('live take files', () => {
  it('writes and reads the frame-time sidecar, and finds non-monotonic times', () => {
    const c = cam('cam01', [10, 43.3, 76.7]);
    expect(parseFrameTimesCsv(formatFrameTimesCsv(c), 'x')).toEqual([10, 43.3, 76.7]);
    expect(() => parseFrameTimesCsv('a,b\n1,2', 'cam01.frames.csv')).toThrow(/cam01.frames.csv: not a frame-time sidecar/);
    expect(firstNonMonotonic([1, 2, 3])).toBe(-1);
    expect(firstNonMonotonic([1, 2, 2, 3])).toBe(2);
  });

  it('puts the cameras on one clock in mocap.toml (start times; no frame rate: each frame keeps its own time) and says which camera stopped when', () => {
    const take = {
      startedAt: '2026-12-03T15:00:00.000Z',
      clock: 'capture',
      durationMs: 2000,
      cameras: [
        cam('cam01', [20, 53], { videoFps: 29.97, firstRecordedFrameMs: 19.5 }),
        cam('cam02', [35, 68], { stoppedAtMs: 1234, stopReason: 'the camera stopped (unplugged or closed)' }),
      ],
    };
    const toml = formatTakeSettings(take);
    // Valid settings for `openmocap process` (the project's own loader and schemas).
    const doc = parseSettings(toml).settings;
    expect(doc.sync.method).toBe('none');
    expect(doc.sync.reference).toBe('cam01');
    // cam01 from its matched first recorded frame (19.5), cam02 from its first seen frame (35).
    expect(doc.sync.start_s).toEqual({ cam01: 0, cam02: 0.0155 });
    // No [project] fps: it would put every camera's frames on an even grid instead of their recorded times.
    expect(doc.project.fps).toBeUndefined();
    expect(toml).not.toMatch(/\[project\]|fps =/);
    expect(toml).toMatch(/# cam02 stopped at 1\.23 s \(the camera stopped/);
    const json = JSON.parse(formatTakeJson(take)) as {
      cameras: Record<string, { stopped_at_ms: number | null; frames: number; frame_times: string }>;
    };
    expect(json.cameras.cam02.stopped_at_ms).toBe(1234);
    expect(json.cameras.cam01.stopped_at_ms).toBeNull();
    expect(json.cameras.cam01.frame_times).toBe('videos/cam01.frames.csv');
  });

  it("finds when the recording's first frame was taken from the frames the page saw, some skipped", () => {
    // Recorded: 30 fps with jitter, ms resolution, from 0. Seen: the same frames on the page clock (offset 1234.56), from the 3rd on, every other one missing.
    const rec: number[] = [],
      seen: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t = i * 33.333 + 3 * Math.sin(i);
      rec.push(Math.round(t - 0));
      if (i >= 2 && i % 3 !== 1) seen.push(t + 1234.56);
    }
    const r = recordedStart(
      seen,
      rec.map((x) => x - rec[0]),
    );
    expect(Math.abs(r.startMs - 1234.56)).toBeLessThan(0.6);
    expect(r.residualMs).toBeLessThan(0.6);
    expect(recordedStart([], rec).startMs).toBeNaN();
  });
});
