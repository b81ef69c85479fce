// `openmocap calibrate <session>`: board photos/videos (or the person) → calibration.toml, with a report.
import type { Command } from 'commander';

interface CalibrateFlags {
  board?: string;
  extrinsicsBoard?: string;
  innerCorners?: string;
  squareSize?: string;
  charucoSquares?: string;
  dictionary?: string;
  markerRatio?: string;
  legacyPattern?: boolean;
  maxFrames?: string;
  personHeight?: string;
  personModel?: string;
  checkHalves?: boolean;
  fromPerson?: boolean;
}

export function register(program: Command): void {
  program
    .command('calibrate')
    .description('Calibrate the cameras from board photos/videos in calibration/ (or from the person) and write calibration.toml')
    .argument('<session>', 'session folder (holding calibration/intrinsics/<camera>/ and/or calibration/extrinsics/)')
    .option('--board <type>', 'checkerboard | charuco (mocap.toml [calibration] board)')
    .option(
      '--extrinsics-board <type>',
      'board of the camera-position videos when it differs from --board (mocap.toml [calibration] extrinsics_board)',
    )
    .option('--inner-corners <cols>x<rows>', 'checkerboard inner corners, e.g. 4x7')
    .option('--square-size <mm>', 'side of one board square in millimetres')
    .option('--charuco-squares <x>x<y>', 'ChArUco squares, e.g. 7x5')
    .option('--dictionary <name>', 'ChArUco dictionary, e.g. DICT_4X4_250')
    .option('--marker-ratio <r>', 'ChArUco marker side / square side, e.g. 0.8')
    .option('--legacy-pattern', 'ChArUco board made by OpenCV before 4.6 (matters with an even number of squares down)')
    .option('--max-frames <n>', 'most frames looked at per calibration video')
    .option(
      '--from-person',
      'camera positions from the person filmed by every camera in videos/, no board (lenses from calibration.toml); finds the person first in every video without keypoints in pose2d/',
    )
    .option(
      '--person-height <m>',
      '--from-person: height of the person (the tallest when several), metres; sets the scale of every distance (person_height_m, default 1.75)',
    )
    .option(
      '--person-model <name>',
      '--from-person: pose model that finds the person when pose2d/ has no keypoints (person_model, default movenet-thunder)',
    )
    .option(
      '--no-check-halves',
      '--from-person: skip calibrating each half of the take alone to report how far apart they put the cameras (person_check_halves, default true; about half the time)',
    )
    .addHelpText(
      'after',
      `
Settings come from the session's mocap.toml [calibration] table; a flag overrides its key.
"openmocap config <session>" lists every key with its meaning and effective value.
Guides: docs/calibration.md (boards), docs/calibration-from-person.md (--from-person).`,
    )
    .action(async (session: string, o: CalibrateFlags) => {
      const { UserError } = await import('../../core/errors.ts');
      const pair = (v: string | undefined, flag: string): [number, number] | undefined => {
        if (v === undefined) return undefined;
        const m = /^(\d+)\s*[x×,]\s*(\d+)$/.exec(v.trim());
        if (!m) throw new UserError(`${flag} must look like 4x7, got "${v}"`);
        return [Number(m[1]), Number(m[2])];
      };
      const num = (v: string | undefined, flag: string): number | undefined => {
        if (v === undefined) return undefined;
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0) throw new UserError(`${flag} must be a positive number, got "${v}"`);
        return n;
      };
      const overrides = {
        board: o.board as 'checkerboard' | 'charuco' | undefined,
        extrinsics_board: o.extrinsicsBoard as 'checkerboard' | 'charuco' | undefined,
        inner_corners: pair(o.innerCorners, '--inner-corners'),
        square_size_mm: num(o.squareSize, '--square-size'),
        charuco_squares: pair(o.charucoSquares, '--charuco-squares'),
        charuco_dictionary: o.dictionary as never,
        charuco_marker_ratio: num(o.markerRatio, '--marker-ratio'),
        charuco_legacy_pattern: o.legacyPattern ? true : undefined,
        max_video_frames: num(o.maxFrames, '--max-frames'),
        person_height_m: num(o.personHeight, '--person-height'),
        person_model: o.personModel as never,
        // commander sets checkHalves = true unless --no-check-halves: only the flag overrides mocap.toml.
        person_check_halves: o.checkHalves === false ? false : undefined,
      };
      if (!o.fromPerson) {
        const only = [
          o.personHeight && '--person-height',
          o.personModel && '--person-model',
          o.checkHalves === false && '--no-check-halves',
        ].filter(Boolean);
        if (only.length)
          throw new UserError(
            `${only.join(', ')} ${only.length > 1 ? 'apply' : 'applies'} only with --from-person; add --from-person (camera positions from the person) or drop ${only.length > 1 ? 'them' : 'it'}`,
          );
      }
      const tty = process.stderr.isTTY === true;
      let last = 0;
      const t0 = Date.now();
      if (o.fromPerson) {
        const { runCalibrateFromPerson } = await import('../../calibration/runCalibrateFromPerson.node.ts');
        // Ctrl-C: every file is written atomically, and each camera's keypoints as soon as it is done.
        const { existsSync, readdirSync } = await import('node:fs');
        const { join } = await import('node:path');
        const onSigint = (): void => {
          const dir = join(session, 'pose2d');
          const done = existsSync(dir)
            ? readdirSync(dir)
                .filter((f) => f.endsWith('.pose2d'))
                .map((f) => f.slice(0, -7))
            : [];
          const kept = done.length
            ? `the keypoints of ${done.join(', ')} are kept in ${dir}`
            : 'no camera had finished finding the person yet';
          process.stderr.write(
            `\nopenmocap: interrupted; ${kept} and calibration.toml is unchanged: run the same command again to continue\n`,
          );
          process.exit(130);
        };
        process.on('SIGINT', onSigint);
        let summary;
        try {
          summary = await runCalibrateFromPerson(session, { settings: overrides, log: (l) => process.stderr.write(`${l}\n`) });
        } finally {
          process.off('SIGINT', onSigint);
        }
        process.stdout.write(
          `${summary.lines.join('\n')}\nwrote ${summary.file} and ${summary.reportFile} (.json beside it) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
        );
        return;
      }
      const { runCalibrate } = await import('../../calibration/runCalibrate.node.ts');
      let started = 0;
      let startedKey = '';
      const summary = await runCalibrate(session, {
        settings: overrides,
        log: (l) => process.stderr.write(`${tty ? '\x1b[2K\r' : ''}${l}\n`),
        onProgress: (p) => {
          const now = Date.now();
          const key = `${p.stage} ${p.camera}`;
          if (key !== startedKey) {
            startedKey = key;
            started = now;
          }
          const finished = p.done >= p.total;
          if (!finished && now - last < (tty ? 100 : 2000)) return;
          last = now;
          const elapsedS = (now - started) / 1000;
          const rate = p.done / Math.max(1e-3, elapsedS);
          const speed =
            elapsedS < 0.5 ? '' : ` (${rate.toFixed(1)}/s${finished ? '' : `, ~${Math.ceil((p.total - p.done) / rate)} s left`})`;
          const who = p.camera === 'all' ? 'all cameras' : p.camera;
          const line = `${p.stage} ${who.padEnd(8)} ${p.done}/${p.total} ${p.unit}${speed}, board found in ${p.found}`;
          process.stderr.write(tty ? `\x1b[2K\r${line}` : `${line}\n`);
        },
      });
      if (tty) process.stderr.write('\x1b[2K\r');
      const out: string[] = summary.intrinsics.length ? ['camera    views  reproj px  coverage  max tilt   (intrinsics)'] : [];
      for (const r of summary.intrinsics) {
        out.push(
          `${r.camera.padEnd(9)} ${String(r.views).padStart(5)}  ${r.reprojectionErrorPx.toFixed(3).padStart(9)}  ${(r.coverage * 100).toFixed(0).padStart(6)} %  ${r.maxTiltDeg.toFixed(0).padStart(6)}°`,
        );
      }
      if (summary.extrinsics.length) {
        out.push('camera    board frames  shared  reproj px  coverage   (extrinsics)');
        for (const e of summary.extrinsics) {
          out.push(
            `${e.camera.padEnd(9)} ${String(e.views).padStart(12)}  ${String(e.sharedViews).padStart(6)}  ${e.reprojectionErrorPx.toFixed(3).padStart(9)}  ${(e.coverage * 100).toFixed(0).padStart(6)} %`,
          );
        }
      }
      if (summary.worldFrame) out.push(`world frame: ${summary.worldFrame}`);
      for (const w of summary.warnings) out.push(`warning: ${w.message}`);
      for (const m of summary.missing) out.push(`still needed: ${m}`);
      out.push(`wrote ${summary.file} and ${summary.reportFile} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
