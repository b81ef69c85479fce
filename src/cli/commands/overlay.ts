// `openmocap overlay <session>`: draws the detected 2D skeletons onto each camera's video.
import type { Command } from 'commander';

interface OverlayCliOptions {
  format: string;
  camera?: string[];
  scale: string;
  every: string;
  maxFrames?: string;
  minScore: string;
  reproject: boolean;
  maxSize?: string;
  mosaic?: boolean;
}

export function register(program: Command): void {
  program
    .command('overlay')
    .description(
      'Draw the detected 2D skeletons (and the triangulated 3D points, reprojected, once they exist) onto each camera video → output/overlay/<camera>.mp4, PNG frames, or one mosaic of all cameras',
    )
    .argument('<session>', 'session folder with videos/ and pose2d/')
    .option('--format <format>', 'mp4 (one video per camera) or png (one image per frame)', 'mp4')
    .option('--camera <names...>', 'only these cameras (e.g. --camera cam01 cam03)')
    .option('--scale <factor>', 'output size factor in (0, 1]', '1')
    .option('--max-size <px>', 'longest side of each camera image in the output (default: full size; 960 per tile with --mosaic)')
    .option('--mosaic', 'all cameras side by side in one video, output/overlay/mosaic.mp4, combined by time (output/sync.json)')
    .option('--every <n>', 'keep every n-th frame', '1')
    .option('--max-frames <n>', 'stop after this many frames per camera')
    .option('--min-score <score>', 'hide joints scoring below this', '0.2')
    .option('--no-reproject', 'do not draw the triangulated 3D points (output/points3d.p3d) reprojected into each camera')
    .action(async (session: string, o: OverlayCliOptions) => {
      const { UserError } = await import('../../core/errors.ts');
      const { overlaySession } = await import('../../video/overlaySession.ts');
      const { relative, isAbsolute } = await import('node:path');
      // Paths inside the working folder are shown relative to it; others as they are (no ../../tmp/…).
      const shown = (p: string): string => {
        const r = relative(process.cwd(), p);
        return r.startsWith('..') || isAbsolute(r) ? p : r || '.';
      };
      const { existsSync, statSync } = await import('node:fs');
      if (!existsSync(session) || !statSync(session).isDirectory())
        throw new UserError(`session folder ${session} does not exist; give the folder holding videos/ and pose2d/`);
      if (o.format !== 'mp4' && o.format !== 'png') throw new UserError(`--format must be mp4 or png, got "${o.format}"`);
      const num = (flag: string, v: string, ok: (n: number) => boolean, what: string): number => {
        const n = Number(v);
        if (!Number.isFinite(n) || !ok(n)) throw new UserError(`${flag} must be ${what}, got "${v}"`);
        return n;
      };
      const cameras = o.camera
        ?.flatMap((c) => c.split(','))
        .map((c) => c.trim())
        .filter(Boolean);
      const tty = process.stderr.isTTY === true;
      let camStart = performance.now();
      let lastDraw = 0;
      let lastQuarter = -1;
      const t0 = performance.now();
      const result = await overlaySession(
        session,
        {
          format: o.format,
          cameras,
          scale: num('--scale', o.scale, (n) => n > 0 && n <= 1, 'a number in (0, 1]'),
          every: num('--every', o.every, (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1'),
          maxFrames:
            o.maxFrames === undefined
              ? undefined
              : num('--max-frames', o.maxFrames, (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1'),
          minScore: num('--min-score', o.minScore, (n) => n >= 0 && n <= 1, 'a number in [0, 1]'),
          reproject: o.reproject,
          maxSize:
            o.maxSize === undefined
              ? undefined
              : num('--max-size', o.maxSize, (n) => Number.isInteger(n) && n >= 0, 'a whole number of pixels ≥ 0 (0 = full size)'),
          mosaic: o.mosaic === true,
        },
        (p) => {
          const now = performance.now();
          if (p.frame === 1) {
            camStart = now;
            lastQuarter = 0;
          }
          const secs = (now - camStart) / 1000;
          const fps = secs > 0 ? p.frame / secs : 0;
          const frac = p.frames ? Math.min(1, p.frame / p.frames) : undefined;
          const eta = frac !== undefined && fps > 0 && !p.done ? ` ETA ${Math.max(0, (p.frames! - p.frame) / fps).toFixed(0)} s` : '';
          const line = `[${p.cameraIndex + 1}/${p.cameras}] ${p.camera}: ${p.frame}${p.frames ? `/${p.frames}` : ''} frames, ${fps.toFixed(1)} frames/s${eta}${p.done ? ' done' : ''}`;
          if (tty) {
            if (!p.done && now - lastDraw < 100) return;
            lastDraw = now;
            process.stderr.write(`\r\x1b[K${line}${p.done ? '\n' : ''}`);
          } else {
            const q = frac === undefined ? lastQuarter : Math.floor(frac * 4);
            if (p.done || q > lastQuarter) {
              lastQuarter = q;
              process.stderr.write(`${line}\n`);
            }
          }
        },
      );
      for (const w of result.warnings) process.stderr.write(`note: ${w.message}\n`);
      const secs = (performance.now() - t0) / 1000;
      const lines = [
        `overlay: ${result.cameras.length} camera${result.cameras.length === 1 ? '' : 's'} drawn in ${secs.toFixed(1)} s → ${shown(result.mosaic ?? result.outDir)}`,
      ];
      for (const c of result.cameras) {
        const pct = c.frames ? Math.round((100 * c.framesWithPose) / c.frames) : 0;
        lines.push(
          `  ${c.camera}: ${c.frames} frames, ${c.framesWithPose} with a skeleton (${pct} %), ${(c.framesRead / (c.durationMs / 1000)).toFixed(1)} frames/s → ${shown(c.output)}`,
        );
      }
      if (result.points3dFile) lines.push(`  3D points from ${shown(result.points3dFile)} drawn reprojected (magenta rings)`);
      for (const f of result.failed) lines.push(`  ${f.camera}: FAILED — ${f.message}`);
      process.stdout.write(`${lines.join('\n')}\n`);
      if (result.failed.length) process.exitCode = 1;
    });
}
