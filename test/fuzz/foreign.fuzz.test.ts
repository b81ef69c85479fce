// Fuzzing the readers of files from other programs (src/formats/openpose.ts, src/formats/c3d.ts):
// every damaged file gives a value or a one-line UserError, with memory that follows the file's size.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.ts';
import { decodeC3d, encodeC3d } from '../../src/formats/c3d.ts';
import { formatOpenPoseFrame, frameNumberFromFileName, parseOpenPoseFrame } from '../../src/formats/openpose.ts';
import { readOpenPoseFolder } from '../../src/io/pose2d.ts';
import { generateMotion } from '../../src/synthetic/motion.ts';
import { arrayBytes, FUZZ_TIMEOUT_MS, fuzzParams, mutatedBytes, mutatedJson, mutatedText, valueOrUserError } from './fuzzKit.ts';

const tmp = mkdtempSync(join(tmpdir(), 'omc-fuzz-foreign-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const motion = generateMotion({ frames: 4, fps: 30, layout: 'coco17', seed: 3, kind: 'mixed' });
const validFrame = formatOpenPoseFrame(
  [
    { joints: Float32Array.from({ length: 17 * 3 }, (_, i) => (i % 3 === 2 ? 0.9 : 100 + i)), personId: 0 },
    { joints: new Float32Array(17 * 3).fill(NaN), personId: 3 },
  ],
  'coco17',
);
const validC3d = encodeC3d(motion, { cameraNames: ['cam01', 'cam02'] });

describe('fuzz: OpenPose JSON', () => {
  it(
    'one frame file: people, or one line',
    () => {
      fc.assert(
        fc.property(fc.oneof(mutatedText(validFrame), mutatedJson(JSON.parse(validFrame))), (t) => {
          const people = valueOrUserError(() => parseOpenPoseFrame(t, 'cam01_json/cam01_000000000000_keypoints.json'));
          if (people) for (const p of people) expect(p.keypoints.length % 3).toBe(0);
        }),
        fuzzParams(2),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'frame numbers from file names never throw',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 60 }), (name) => {
          const n = frameNumberFromFileName(name);
          expect(n === undefined || ((Number.isInteger(n) || n === Infinity) && n >= 0)).toBe(true);
        }),
        fuzzParams(2),
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'a folder of frame files (frame numbers up to 2^53): a sequence, or one line; memory follows the files, never a number in them',
    () => {
      let k = 0;
      const frameNumber = fc.oneof(fc.nat({ max: 5000 }), fc.constantFrom(1_000_000, 999_999_999_999, 2 ** 53));
      const file = fc.record({
        n: frameNumber,
        body: fc.oneof({ weight: 3, arbitrary: fc.constant(validFrame) }, { weight: 2, arbitrary: mutatedText(validFrame) }),
      });
      fc.assert(
        fc.property(fc.array(file, { minLength: 1, maxLength: 5 }), (files) => {
          const dir = join(tmp, `op${k++}`);
          mkdirSync(dir, { recursive: true });
          let bytes = 0;
          for (const f of files) {
            writeFileSync(join(dir, `cam01_${String(f.n).padStart(12, '0')}_keypoints.json`), f.body);
            bytes += f.body.length;
          }
          const seq = valueOrUserError(() => readOpenPoseFolder(dir, 'cam01', { fps: 30 }));
          rmSync(dir, { recursive: true, force: true });
          if (!seq) return;
          expect(seq.frames).toBeGreaterThan(0);
          // Memory follows the frames the files span, never a number alone.
          expect(arrayBytes(seq)).toBeLessThanOrEqual(200 * bytes + (1 << 20));
        }),
        fuzzParams(0.5),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('fuzz: C3D reader (src/formats/c3d.ts)', () => {
  it(
    "damaged C3D files: a value, or one line (UserError) naming the file; memory within the file's size",
    () => {
      const name = 'fuzz/take.c3d';
      fc.assert(
        fc.property(
          fc.oneof({ weight: 5, arbitrary: mutatedBytes(validC3d) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1200 }) }),
          (b) => {
            const r = valueOrUserError(() => {
              try {
                return decodeC3d(b, name);
              } catch (err) {
                if (err instanceof UserError) expect(err.message).toContain(name);
                throw err;
              }
            });
            if (!r) return;
            expect(arrayBytes(r)).toBeLessThanOrEqual(8 * b.length + 4096);
            // Parameter values too (a Map, which arrayBytes does not walk): never more entries than bytes.
            let entries = 0;
            for (const p of r.parameters.values()) entries += p.value.length;
            expect(entries).toBeLessThanOrEqual(b.length);
          },
        ),
        fuzzParams(2),
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
