// Fuzzing the readers of files from other programs that live in modules other branches own
// (src/formats/openpose.ts, src/formats/c3d.ts): read-only use here. Where a property does not hold
// yet it is listed below, run in its weaker form, and named in the issue 14 report.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeC3d, encodeC3d } from '../../src/formats/c3d.ts';
import { formatOpenPoseFrame, frameNumberFromFileName, parseOpenPoseFrame } from '../../src/formats/openpose.ts';
import { readOpenPoseFolder } from '../../src/io/pose2d.ts';
import { generateMotion } from '../../src/synthetic/motion.ts';
import { arrayBytes, FUZZ_TIMEOUT_MS, fuzzParams, mutatedBytes, mutatedJson, mutatedText, valueOrUserError } from './fuzzKit.ts';

/**
 * Properties that do not hold yet, run in a weaker form until the owning branch fixes them:
 * - C3D: decodeC3d is documented to throw a plain Error (it reads our own exports back in tests, no
 *   user file reaches it), and a damaged parameter section can throw a RangeError from a DataView.
 * - C3D: a parameter whose dimensions multiply to far more values than the file holds (e.g. 255 × 255 ×
 *   255) makes decodeC3d build arrays of that many values — 180–370 MB from a 1 KB file (npm run fuzz,
 *   seed 14014, after ~13,000 runs); and a parameter record whose offset to the next one is negative
 *   can send decodeC3d round in a circle for ever (a hang). Such files are left out (fc.pre) until
 *   c3d.ts checks them.
 * Set FUZZ_STRICT=1 to run the strict forms.
 */
const STRICT = process.env.FUZZ_STRICT === '1';

const tmp = mkdtempSync(join(tmpdir(), 'omc-fuzz-foreign-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const motion = generateMotion({ frames: 4, fps: 30, layout: 'coco17', seed: 3, kind: 'mixed' });
const validFrame = formatOpenPoseFrame(
  [{ joints: Float32Array.from({ length: 17 * 3 }, (_, i) => (i % 3 === 2 ? 0.9 : 100 + i)), personId: 0 }, { joints: new Float32Array(17 * 3).fill(NaN), personId: 3 }],
  'coco17',
);
const validC3d = encodeC3d(motion, { cameraNames: ['cam01', 'cam02'] });

describe('fuzz: OpenPose JSON', () => {
  it('one frame file: people, or one line', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedText(validFrame), mutatedJson(JSON.parse(validFrame))), (t) => {
        const people = valueOrUserError(() => parseOpenPoseFrame(t, 'cam01_json/cam01_000000000000_keypoints.json'));
        if (people) for (const p of people) expect(p.keypoints.length % 3).toBe(0);
      }),
      fuzzParams(2),
    );
  }, FUZZ_TIMEOUT_MS);

  it('frame numbers from file names never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        const n = frameNumberFromFileName(name);
        expect(n === undefined || (Number.isInteger(n) || n === Infinity) && n >= 0).toBe(true);
      }),
      fuzzParams(2),
    );
  }, FUZZ_TIMEOUT_MS);

  it('a folder of frame files (frame numbers up to 2^53): a sequence, or one line; memory follows the files, never a number in them', () => {
    let k = 0;
    const frameNumber = fc.oneof(fc.nat({ max: 5000 }), fc.constantFrom(1_000_000, 999_999_999_999, 2 ** 53));
    const file = fc.record({ n: frameNumber, body: fc.oneof({ weight: 3, arbitrary: fc.constant(validFrame) }, { weight: 2, arbitrary: mutatedText(validFrame) }) });
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
  }, FUZZ_TIMEOUT_MS);
});

describe('fuzz: C3D reader (src/formats/c3d.ts)', () => {
  it(`damaged C3D files: a value, or ${STRICT ? 'one line (UserError)' : 'an Error of one line (not yet a UserError, see above)'}; memory within the file's size`, () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 5, arbitrary: mutatedBytes(validC3d) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1200 }) }), (b) => {
        let r;
        if (!STRICT) fc.pre(!declaresMoreThanItHolds(b));
        if (STRICT) r = valueOrUserError(() => decodeC3d(b));
        else
          try {
            r = decodeC3d(b);
          } catch (err) {
            expect(err).toBeInstanceOf(Error);
            expect((err as Error).message).not.toContain('\n');
            return;
          }
        if (r) expect(arrayBytes(r)).toBeLessThanOrEqual(8 * b.length + 4096);
      }),
      fuzzParams(2),
    );
  }, FUZZ_TIMEOUT_MS);
});

/**
 * Whether a C3D file's parameter section declares a parameter with more values than the whole file
 * has bytes (the known defect above). Walks the parameter records as the C3D spec lays them out:
 * ref: C3D.ORG, "The C3D File Format User Guide" (2008), chapter 3, parameter records.
 */
function declaresMoreThanItHolds(bytes: Uint8Array): boolean {
  if (bytes.length < 1024 || bytes[1] !== 0x50) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = (bytes[0] - 1) * 512;
  if (start < 512 || start + 4 > bytes.length) return false;
  const end = Math.min(bytes.length, start + bytes[start + 2] * 512);
  let pos = start + 4;
  while (pos + 2 <= end) {
    const nameLen = Math.abs(view.getInt8(pos));
    const id = view.getInt8(pos + 1);
    if (nameLen === 0 || pos + 2 + nameLen + 2 > bytes.length) return false;
    const off = pos + 2 + nameLen;
    const next = view.getInt16(off, true);
    if (id > 0 && off + 4 <= bytes.length) {
      const nd = bytes[off + 3];
      let count = 1;
      for (let k = 0; k < nd && off + 4 + k < bytes.length; k++) count *= bytes[off + 4 + k];
      if (count > bytes.length) return true;
    }
    if (next === 0) return false;
    if (next < 0) return true; // points back: decodeC3d can walk in a circle for ever (second defect above)
    pos = off + next;
  }
  return false;
}
