// End to end on the real recording: detect (C2's detector) → `openmocap overlay` (the CLI) → PNGs.
// Every pixel the overlay changed must lie around the detected person, and a skeleton must be drawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLayout } from '../core/layouts.ts';
import { readPose2dFolder } from '../io/pose2d.ts';
import { decodeFrame } from './decode.ts';
import { decodePng } from './png.ts';
import { ffmpegMissing, sharedVideosDir } from './testVideos.ts';

const videos = sharedVideosDir();
const haveFfmpeg = !ffmpegMissing();
const detectorPresent = existsSync(new URL('../detect/runDetect.ts', import.meta.url));
const FRAMES = 2;

let session: string;
beforeAll(() => {
  session = mkdtempSync(join(tmpdir(), 'openmocap-overlay-real-'));
  mkdirSync(join(session, 'videos'));
});
afterAll(() => rmSync(session, { recursive: true, force: true }));

describe.skipIf(!videos || !haveFfmpeg || !detectorPresent)(
  'overlay on the real recording (skipped: ../shared/data, ffmpeg or the detector absent)',
  () => {
    it('draws the detected skeleton on the subject of cam01 and cam03, and nowhere else', async () => {
      for (const cam of ['cam01', 'cam03']) symlinkSync(join(videos!, `${cam}.mp4`), join(session, 'videos', `${cam}.mp4`));
      const { detectSession } = await import('../detect/runDetect.ts');
      const det = await detectSession(session, { workers: 1 }, undefined, { maxFrames: FRAMES });
      expect(det.summary.filter((s) => s.error)).toEqual([]);

      const { main } = await import('../cli/main.ts');
      const code = await main(['overlay', session, '--format', 'png']);
      expect(code).toBe(0);

      const sequences = readPose2dFolder(session);
      expect(sequences.map((s) => s.camera)).toEqual(['cam01', 'cam03']);
      for (const seq of sequences) {
        const layout = getLayout(seq.layout);
        const files = readdirSync(join(session, 'output', 'overlay', seq.camera)).sort();
        expect(files).toHaveLength(FRAMES);
        for (let f = 0; f < FRAMES; f++) {
          const png = decodePng(readFileSync(join(session, 'output', 'overlay', seq.camera, files[f]!)));
          const orig = await decodeFrame(join(session, 'videos', `${seq.camera}.mp4`), f);
          expect([png.width, png.height]).toEqual([orig.width, orig.height]);
          // Bounding box of the joints drawn (score ≥ 0.2), over all person slots.
          let x0 = Infinity,
            y0 = Infinity,
            x1 = -Infinity,
            y1 = -Infinity;
          for (let p = 0; p < seq.persons; p++) {
            for (let j = 0; j < seq.joints; j++) {
              const o = ((f * seq.persons + p) * seq.joints + j) * 3;
              if (!(seq.data[o + 2]! >= 0.2)) continue;
              x0 = Math.min(x0, seq.data[o]!);
              x1 = Math.max(x1, seq.data[o]!);
              y0 = Math.min(y0, seq.data[o + 1]!);
              y1 = Math.max(y1, seq.data[o + 1]!);
            }
          }
          expect(x1 - x0).toBeGreaterThan(100);
          // The person: ankles below hips below the nose (image y grows downwards), in slot 0.
          const y = (name: string) => seq.data[(f * seq.persons * seq.joints + layout.indexOf.get(name)!) * 3 + 1]!;
          expect(y('LAnkle')).toBeGreaterThan(y('LHip'));
          expect(y('RHip')).toBeGreaterThan(y('Nose'));
          // Every changed pixel (outside the caption in the top-left corner) is near the person.
          const margin = 30;
          let changed = 0;
          let stray = 0;
          for (let yy = 0; yy < png.height; yy++) {
            for (let xx = 0; xx < png.width; xx++) {
              const i = (yy * png.width + xx) * 3;
              if (png.rgb[i] === orig.rgb[i] && png.rgb[i + 1] === orig.rgb[i + 1] && png.rgb[i + 2] === orig.rgb[i + 2]) continue;
              if (yy < 50 && xx < 500) continue; // caption
              changed++;
              const above = 90; // the "#id" label sits above the head
              if (xx < x0 - margin || xx > x1 + margin || yy < y0 - margin - above || yy > y1 + margin) stray++;
            }
          }
          expect(changed).toBeGreaterThan(2000);
          expect(stray).toBe(0);
        }
      }
    }, 300_000);
  },
);
