// Decode throughput: frames per second streaming the real 1080×1920 recordings through
// decodeFrames, at full size and downscaled, with the system ffmpeg and the npm one.
// Run alone: npx tsx bench/decode.ts
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeFrames } from '../src/video/decode.ts';
import { findFfmpeg, type FfmpegTools } from '../src/video/ffmpeg.ts';
import { probeVideo } from '../src/video/probe.ts';
import { sharedVideosDir } from '../src/video/testVideos.ts';

async function measure(
  file: string,
  tools: FfmpegTools,
  scale: number,
  threads?: number,
): Promise<{ fps: number; frames: number; size: string }> {
  const info = await probeVideo(file, { tools });
  const t0 = performance.now();
  let frames = 0;
  let size = '';
  let checksum = 0;
  for await (const f of decodeFrames(file, { tools, info, scale, threads })) {
    frames++;
    size = `${f.width}×${f.height}`;
    checksum += f.rgb[(f.rgb.length >> 1) | 0]!; // touch the data
  }
  const s = (performance.now() - t0) / 1000;
  if (checksum < 0) console.log(checksum);
  return { fps: frames / s, frames, size };
}

export async function run(): Promise<void> {
  const dir = sharedVideosDir();
  if (!dir) {
    console.log('decode: skipped (../shared/data/pose2sim-demo/single-person/videos absent)');
    return;
  }
  const toolsets: FfmpegTools[] = [];
  for (const prefer of ['system', 'npm'] as const) {
    try {
      toolsets.push(findFfmpeg({ prefer }));
    } catch {
      /* not installed */
    }
  }
  const cams = ['cam01', 'cam02', 'cam03', 'cam04'].map((c) => join(dir, `${c}.mp4`)).filter(existsSync);
  console.log('decode → RGB24 frames/s (decodeFrames, one video at a time, ffmpeg threads = auto)');
  console.log(`ffmpeg   scale  threads  ${cams.map((c) => c.split('/').pop()!.padEnd(22)).join('')}`);
  for (const tools of toolsets) {
    for (const [scale, threads] of [
      [1, undefined],
      [0.5, undefined],
      [2 / 3, undefined],
      [0.5, 1],
    ] as const) {
      const cells: string[] = [];
      for (const cam of cams) {
        const r = await measure(cam, tools, scale, threads);
        cells.push(`${r.fps.toFixed(1).padStart(6)} fps ${r.size.padEnd(11)}`.padEnd(22));
      }
      console.log(`${tools.source.padEnd(8)} ${scale.toFixed(2).padStart(5)}  ${String(threads ?? 'auto').padEnd(7)}  ${cells.join('')}`);
    }
  }
  // All four cameras at once (as detect and overlay --mosaic do), one decoder thread each.
  for (const tools of toolsets) {
    for (const maxSize of [0, 1280, 640]) {
      const t0 = performance.now();
      const counts = await Promise.all(
        cams.map(async (cam) => {
          let n = 0;
          for await (const _f of decodeFrames(cam, { tools, maxSize: maxSize || undefined, threads: 1 })) n++;
          return n;
        }),
      );
      const total = counts.reduce((a, b) => a + b, 0);
      const s = (performance.now() - t0) / 1000;
      console.log(
        `${tools.source.padEnd(8)} 4 cameras concurrently, longer side ≤ ${maxSize || 'full'}: ${(total / s).toFixed(1)} frames/s in total`,
      );
    }
  }
  console.log('(cam01/03/04 H.264, cam02 VP9 with audio; 100 frames each; machine shared, numbers are noisy)');
  await probeCost(cams, toolsets);
}

/**
 * What probing costs: with ffprobe it reads the header; with ffmpeg alone (the npm binary) it also
 * counts the packets (demuxing, no decoding) to know the exact frame count. Real videos and a
 * 10-minute 640×360 H.264 video at 30 fps (18 000 frames) made for the purpose.
 */
async function probeCost(cams: string[], toolsets: FfmpegTools[]): Promise<void> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { runFfmpeg } = await import('../src/video/testVideos.ts');
  const dir = mkdtempSync(join(tmpdir(), 'omc-bench-probe-'));
  try {
    const long = join(dir, 'long.mp4');
    runFfmpeg(toolsets[0]!.ffmpeg, [
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=640x360:rate=30',
      '-t',
      '600',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      long,
    ]);
    for (const tools of toolsets) {
      for (const ffmpegOnly of tools.ffprobe ? [false, true] : [true]) {
        const cells: string[] = [];
        for (const file of [...cams, long]) {
          const t0 = performance.now();
          const info = await probeVideo(file, { tools, ffmpegOnly });
          cells.push(
            `${file.split('/').pop()} ${info.frames}${info.framesEstimated ? '~' : ''} frames ${(performance.now() - t0).toFixed(0)} ms`,
          );
        }
        console.log(
          `probe with ${ffmpegOnly ? `${tools.source} ffmpeg alone (packets counted)` : `${tools.source} ffprobe`}: ${cells.join(', ')}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
