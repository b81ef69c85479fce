// The detect stage on a session folder: real videos through ffmpeg, worker threads and the network.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ffmpegMissing, sharedVideosDir } from '../video/testVideos.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { readPose2dFile } from '../io/pose2d.ts';
import { detectSession, listSessionVideos } from './runDetect.ts';

const videos = sharedVideosDir() ?? '';
const haveData = videos !== '';
const haveFfmpeg = !ffmpegMissing();
const why = !haveData ? ' (skipped: ../shared/data is absent)' : !haveFfmpeg ? ' (skipped: no ffmpeg)' : '';

describe('listSessionVideos', () => {
  it('names each camera after its video file and says what to do when there is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'omc-detect-'));
    try {
      expect(() => listSessionVideos(dir)).toThrow(/no videos found.*put one video per camera there/);
      mkdirSync(join(dir, 'videos'));
      writeFileSync(join(dir, 'videos', 'cam02.MP4'), '');
      writeFileSync(join(dir, 'videos', 'notes.txt'), '');
      writeFileSync(join(dir, 'videos', 'cam01.avi'), '');
      expect(listSessionVideos(dir).map((v) => v.camera)).toEqual(['cam01', 'cam02']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('detectSession', () => {
  it('names a camera asked for that has no video, listing the videos there are, before loading the model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omc-detect-'));
    try {
      mkdirSync(join(dir, 'videos'));
      for (const c of ['cam01', 'cam02']) writeFileSync(join(dir, 'videos', `${c}.mp4`), 'not decoded');
      await expect(detectSession(dir, {}, undefined, { cameras: ['cam09', 'cam01'] })).rejects.toThrow(
        `no video for camera "cam09" in ${join(dir, 'videos')} (found: cam01, cam02); name cameras by their video file stems`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!haveData || !haveFfmpeg)(`detectSession on a real video${why}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'omc-detect-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes pose2d for good cameras and a one-line error naming the file for a damaged one and for one without a person', async () => {
    mkdirSync(join(dir, 'videos'));
    symlinkSync(join(videos, 'cam01.mp4'), join(dir, 'videos', 'cam01.mp4'));
    // A damaged copy: the first 40 kB of a real video.
    const { readFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'videos', 'cam02.mp4'), readFileSync(join(videos, 'cam02.mp4')).subarray(0, 40_000));
    // A real video of a test pattern: nobody in it.
    const { writePatternVideo } = await import('../video/testVideos.ts');
    await writePatternVideo(join(dir, 'videos', 'empty.mp4'), { width: 320, height: 240, fps: 10, frames: 8 });

    const progress: number[] = [];
    const { sequences, summary } = await detectSession(
      dir,
      { max_persons: 1, workers: 2, openpose: true },
      (p) => p.camera === 'cam01' && progress.push(p.framesDone),
      { maxFrames: 12 },
    );
    const byCam = new Map(summary.map((s) => [s.camera, s]));
    expect(byCam.get('cam01')?.error).toBeUndefined();
    expect(byCam.get('cam01')?.framesWithPerson).toBe(12);
    expect(byCam.get('cam01')?.meanScore).toBeGreaterThan(0.5);
    expect(byCam.get('cam02')?.error).toMatch(/cam02\.mp4/);
    expect(byCam.get('cam02')?.error).not.toMatch(/\n/);
    expect(byCam.get('empty')?.error).toMatch(/empty\.mp4: no person found.*recorded as empty/);
    // The camera that sees nobody is recorded (an empty 2D file): a rerun or `process` does not detect it again.
    const empty = readPose2dFile(join(dir, 'pose2d', 'empty.pose2d'));
    expect(empty.frames).toBe(8);
    expect(Array.from(empty.trackIds).every((t) => t < 0)).toBe(true);
    expect(progress.at(-1)).toBe(12);

    expect(sequences.map((s) => s.camera)).toEqual(['cam01']);
    const seq = readPose2dFile(join(dir, 'pose2d', 'cam01.pose2d'));
    expect(seq).toMatchObject({
      camera: 'cam01',
      layout: 'coco17',
      model: 'movenet-lightning',
      imageWidth: 1080,
      imageHeight: 1920,
      frames: 12,
      joints: 17,
    });
    expect(seq.fps).toBeCloseTo(60, 3);
    // Timestamps follow the 60 fps video; the same person keeps one track id.
    expect(seq.timestampsMs[11] - seq.timestampsMs[0]).toBeCloseTo((11 * 1000) / 60, 0);
    expect(new Set(Array.from(seq.trackIds).filter((t) => t >= 0)).size).toBe(1);
    // Keypoints are in full-size pixels (frames were decoded smaller) and lie on the subject.
    for (let f = 0; f < seq.frames; f++) {
      const base = f * seq.persons * 17 * 3;
      const lAnkleY = seq.data[base + 15 * 3 + 1],
        lHipY = seq.data[base + 11 * 3 + 1];
      expect(lAnkleY).toBeGreaterThan(lHipY);
      expect(seq.data[base]).toBeGreaterThan(200);
      expect(seq.data[base]).toBeLessThan(600);
    }
    expect(existsSync(join(dir, 'pose2d', 'cam01_json'))).toBe(true);
  }, 400_000);

  it('splits a lone video across the workers and keeps one track id across the seam', async () => {
    const solo = join(dir, 'solo');
    mkdirSync(join(solo, 'videos'), { recursive: true });
    symlinkSync(join(videos, 'cam03.mp4'), join(solo, 'videos', 'cam03.mp4'));
    const { sequences, summary } = await detectSession(solo, { max_persons: 1, workers: 2 }, undefined, { maxFrames: 60 });
    expect(summary[0].error).toBeUndefined();
    const seq = sequences[0];
    expect(seq.frames).toBe(60);
    expect(new Set(Array.from(seq.trackIds).filter((t) => t >= 0))).toEqual(new Set([0]));
    // Timestamps are strictly increasing through the seam (no duplicated or missing frame).
    for (let f = 1; f < seq.frames; f++) expect(seq.timestampsMs[f] - seq.timestampsMs[f - 1]).toBeCloseTo(1000 / 60, 0);
  }, 400_000);
});
