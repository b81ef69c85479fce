// Issue 14 item 2: an hour at 120 fps (432,000 frames) through every exporter and the report.
// The C3D frame count used to crash at 65,536 frames, and TRC / CSV / BVH texts of that length are longer
// than a JavaScript string may be; the export stage now writes them in chunks.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Points3D, PoseSequence2D } from '../core/types.ts';
import { checkC3dAgainstSpec } from '../formats/fixtures/checkC3dAgainstSpec.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import { buildReport } from '../report/buildReport.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { observe } from '../synthetic/observe.ts';
import { makeRingRig } from '../synthetic/rig.ts';
import { encodePoints3dFile } from '../formats/points3dFile.ts';
import { EXPORT_FILES, OUTPUT, runProcess } from './process.ts';
import { EXPORT_FORMATS } from './settings.ts';

const FPS = 120;
const FRAMES = 3600 * FPS; // one hour
const PERIOD = 1200; // synthetic motion generated for 10 s, then repeated (keeps the test's own cost small)

/** Repeats a short capture's frames to `frames` (same layout and joints), timestamps continuing. */
function tile(base: Points3D, frames: number): Points3D {
  const J = base.joints;
  const data = new Float64Array(frames * J * 3);
  for (let f = 0; f < frames; f++) data.set(base.data.subarray((f % base.frames) * J * 3, ((f % base.frames) + 1) * J * 3), f * J * 3);
  // A gap, so missing points go through every exporter too.
  data.fill(NaN, (1000 * J + 3) * 3, (1010 * J + 3) * 3);
  return {
    ...base,
    frames,
    data,
    timestampsMs: Float64Array.from({ length: frames }, (_, f) => (f * 1000) / base.fps),
    reprojectionErrorPx: new Float32Array(frames * J).fill(1.25),
    cameraMask: new Uint32Array(frames * J).fill(0b11),
  };
}

function tileSequence(s: PoseSequence2D, frames: number): PoseSequence2D {
  const per = s.persons * s.joints * 3;
  const data = new Float32Array(frames * per);
  const trackIds = new Int32Array(frames * s.persons);
  for (let f = 0; f < frames; f++) {
    const b = f % s.frames;
    data.set(s.data.subarray(b * per, (b + 1) * per), f * per);
    trackIds.set(s.trackIds.subarray(b * s.persons, (b + 1) * s.persons), f * s.persons);
  }
  return { ...s, frames, data, trackIds, timestampsMs: Float64Array.from({ length: frames }, (_, f) => (f * 1000) / s.fps) };
}

/** Newline count of a file, without turning it into a string. */
const lineCount = (bytes: Uint8Array): number => {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
};
/** The last non-empty line of a text file. */
const lastLine = (bytes: Uint8Array): string => {
  const end = bytes[bytes.length - 1] === 10 ? bytes.length - 1 : bytes.length;
  return Buffer.from(bytes.subarray(bytes.lastIndexOf(10, end - 1) + 1, end)).toString('utf8');
};

describe('an hour of capture at 120 fps (432,000 frames)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openmocap-long-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const base = generateMotion({ frames: PERIOD, fps: FPS, layout: 'coco17', kind: 'walk-in-place' });
  const J = base.joints;

  it('goes through every export format, each file holding every frame', { timeout: 900_000 }, async () => {
    const points = tile(base, FRAMES);
    writeFileAtomic(join(dir, OUTPUT.filtered), encodePoints3dFile(points, { cameras: ['cam01', 'cam02'] }));
    const summary = await runProcess(dir, { steps: ['export'], formats: [...EXPORT_FORMATS] });
    expect(summary.stages.map((s) => [s.stage, s.status])).toEqual([['export', 'ran']]);
    const read = (f: keyof typeof EXPORT_FILES): Uint8Array => new Uint8Array(readFileSync(join(dir, EXPORT_FILES[f])));

    const trc = read('trc');
    const trcHead = Buffer.from(trc.subarray(0, 4096)).toString('utf8').split('\n');
    expect(trcHead[2].split('\t')[2]).toBe(String(FRAMES)); // NumFrames
    expect(lineCount(trc)).toBe(5 + FRAMES);
    expect(lastLine(trc).split('\t')[0]).toBe(String(FRAMES));
    expect(Number(lastLine(trc).split('\t')[1])).toBeCloseTo((FRAMES - 1) / FPS, 5);

    const csv = read('csv');
    expect(lineCount(csv)).toBe(1 + FRAMES * J);
    expect(lastLine(csv).split(',')[0]).toBe(String(FRAMES - 1));

    const c3d = checkC3dAgainstSpec(read('c3d'));
    expect(c3d.problems).toEqual([]);
    expect(c3d.frames).toBe(FRAMES);

    const bvh = read('bvh');
    const bvhText = Buffer.from(bvh.subarray(0, 64 * 1024)).toString('utf8');
    expect(bvhText).toContain(`Frames: ${FRAMES}\n`);
    const motionAt = bvhText.indexOf('MOTION\n');
    expect(lineCount(bvh) - lineCount(bvh.subarray(0, motionAt))).toBe(3 + FRAMES);

    // GLB: the animation's time accessor has one key per frame.
    const glb = read('glb');
    const jsonLen = new DataView(glb.buffer, glb.byteOffset).getUint32(12, true);
    const gltf = JSON.parse(Buffer.from(glb.subarray(20, 20 + jsonLen)).toString('utf8')) as {
      animations: { samplers: { input: number }[] }[];
      accessors: { count: number; max?: number[] }[];
    };
    const input = gltf.accessors[gltf.animations[0].samplers[0].input];
    expect(input.count).toBe(FRAMES);
    expect(input.max?.[0]).toBeCloseTo((FRAMES - 1) / FPS, 2);

    const angles = read('angles');
    expect(lineCount(angles)).toBe(1 + FRAMES);
    expect(lastLine(angles).split(',')[0]).toBe(String(FRAMES - 1));
    const anglesJson = JSON.parse(readFileSync(join(dir, EXPORT_FILES['angles-json']), 'utf8')) as { frames: number; time_s: number[] };
    expect([anglesJson.frames, anglesJson.time_s.length]).toEqual([FRAMES, FRAMES]);

    const com = read('com');
    expect(lineCount(com)).toBe(1 + FRAMES);
    const comJson = JSON.parse(readFileSync(join(dir, EXPORT_FILES['com-json']), 'utf8')) as { frames: number; position: unknown[] };
    expect([comJson.frames, comJson.position.length]).toEqual([FRAMES, FRAMES]);
  });

  it('gives a report over every frame', { timeout: 600_000 }, () => {
    const points = tile(base, FRAMES);
    const rig = makeRingRig(2);
    const sequences = observe(base, rig, { noisePx: 0.5 }).map((s) => tileSequence(s, FRAMES));
    const report = buildReport({ title: 'long', rig, sequences, raw: points, filtered: points, gaps: [], warnings: [], minScore: 0.3 });
    expect(report.quality.frames).toBe(FRAMES);
    expect(report.json.trajectories.timeS.length).toBeLessThanOrEqual(600);
    expect(report.json.trajectories.timeS.at(-1)).toBeGreaterThan(3590);
    expect(report.html.length).toBeGreaterThan(1000);
  });
});
