// The web app turns decoded frames into the detector's RGB input exactly as the CLI's ffmpeg does
// (`-vf scale=W:H:flags=area -pix_fmt rgb24`): checked byte for byte against ffmpeg itself on a test
// pattern, unscaled and shrunk to an even width (one chroma sample per two pixels) and an odd one
// (per-pixel chroma), with the BT.601 and BT.709 matrices.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findFfmpeg } from '../../src/video/ffmpeg.ts';
import { createAreaScaler, type YuvMatrix } from '../../web/swscaleArea.ts';
import { yuv420ToRgb } from '../../web/yuvToRgb.ts';

let ffmpeg: string | undefined;
try {
  ffmpeg = findFfmpeg().ffmpeg;
} catch {
  ffmpeg = undefined;
}

function run(args: string[], input?: Uint8Array): Uint8Array {
  const r = spawnSync(ffmpeg!, ['-v', 'error', ...args], { input, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`ffmpeg failed: ${r.stderr}`);
  return new Uint8Array(r.stdout);
}

const W = 544,
  H = 960;

/** One 4:2:0 frame of ffmpeg's test pattern. */
const frame = (): Uint8Array =>
  run(['-f', 'lavfi', '-i', `testsrc2=size=${W}x${H}:rate=1`, '-frames:v', '1', '-pix_fmt', 'yuv420p', '-f', 'rawvideo', '-']);

/** ffmpeg's RGB of that frame at w×h (tagged with the matrix so that swscale uses it). */
function reference(yuv: Uint8Array, w: number, h: number, matrix: YuvMatrix): Uint8Array {
  const tag = matrix === 'bt709' ? ['-colorspace', 'bt709'] : [];
  const vf = w !== W || h !== H ? ['-vf', `scale=${w}:${h}:flags=area`] : [];
  return run(
    [
      ...tag,
      '-f',
      'rawvideo',
      '-pix_fmt',
      'yuv420p',
      '-s',
      `${W}x${H}`,
      '-i',
      'pipe:0',
      ...vf,
      '-frames:v',
      '1',
      '-pix_fmt',
      'rgb24',
      '-f',
      'rawvideo',
      '-',
    ],
    yuv,
  );
}

function ours(yuv: Uint8Array, w: number, h: number, matrix: YuvMatrix): Uint8Array {
  const p = { y: yuv, yStride: W, u: yuv.subarray(W * H), uStride: W / 2, v: yuv.subarray(W * H * 1.25), vStride: W / 2 };
  const out = new Uint8Array(w * h * 3);
  if (w === W && h === H) return yuv420ToRgb({ ...p, width: W, height: H }, out, matrix);
  createAreaScaler(W, H, w, h, matrix).run(p, out);
  return out;
}

const differing = (a: Uint8Array, b: Uint8Array): number => {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
};

describe.skipIf(!ffmpeg)(`frames to RGB as ffmpeg makes them${ffmpeg ? '' : ' (skipped: no ffmpeg)'}`, () => {
  const yuv = ffmpeg ? frame() : new Uint8Array(0);
  for (const [w, h, what] of [
    [W, H, 'unscaled'],
    [182, 320, 'shrunk to an even width'],
    [181, 320, 'shrunk to an odd width'],
    [360, 640, 'shrunk by 1.5 (chroma grows down the frame)'],
    [363, 640, 'shrunk by 1.5 to an odd width (chroma grows both ways)'],
  ] as const) {
    it(`${what} (${w}×${h}), BT.601: every byte equals ffmpeg's`, () => {
      const ref = reference(yuv, w, h, 'bt601');
      expect(ref.length).toBe(w * h * 3);
      expect(differing(ours(yuv, w, h, 'bt601'), ref)).toBe(0);
    });
  }
  it("BT.709 (a tagged stream), shrunk: every byte equals ffmpeg's, and differs from BT.601", () => {
    const ref = reference(yuv, 182, 320, 'bt709');
    expect(differing(ours(yuv, 182, 320, 'bt709'), ref)).toBe(0);
    expect(differing(ours(yuv, 182, 320, 'bt601'), ref)).toBeGreaterThan(1000);
  });
});
