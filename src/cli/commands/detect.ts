// `openmocap detect <session>`: videos → pose2d/<camera>.pose2d with a real pose network.
import type { Command } from 'commander';
import type { DetectProgress } from '../../detect/runDetect.ts';

/** One progress line: `cam01  [#########-----------]  45/100  38.2 f/s  ETA 1s`. */
export function formatProgressLine(p: DetectProgress, width = 24): string {
  const total = p.framesTotal;
  const frac = total ? Math.min(1, p.framesDone / total) : 0;
  const fill = Math.round(frac * width);
  const bar = total ? `[${'#'.repeat(fill)}${'-'.repeat(width - fill)}]` : '[…]';
  const count = total ? `${p.framesDone}/${total}` : `${p.framesDone}`;
  const eta = p.etaS !== undefined && Number.isFinite(p.etaS) ? `  ETA ${Math.ceil(p.etaS)}s` : '';
  return `${p.camera.padEnd(8)} ${bar} ${count.padStart(11)}  ${p.fps.toFixed(1).padStart(5)} f/s${eta}`;
}

/** The session's [detect] settings, through the session settings loader. */
async function loadDetectSettings(session: string): Promise<Record<string, unknown>> {
  const { loadSettings } = await import('../../session/settings.ts');
  return loadSettings(session).settings.detect;
}

export function register(program: Command): void {
  program
    .command('detect')
    .description('Find every person in each camera video with a pose network and write pose2d/<camera>.pose2d')
    .argument('<session>', 'session folder (holding videos/)')
    .option(
      '--model <name>',
      'movenet-lightning | movenet-thunder | movenet-multipose | blazepose-lite | blazepose-full | blazepose-heavy | movenet-lightning+blazepose-full (body + feet)',
    )
    .option('--workers <n>', 'worker threads (default: one per core)')
    .option('--max-persons <n>', 'most people tracked per frame')
    .option('--frames <n>', 'process only the first n frames of each video')
    .option('--camera <names...>', 'only these cameras (video file stems)')
    .option('--openpose', 'also write OpenPose-style JSON folders pose2d/<camera>_json/')
    .action(
      async (
        session: string,
        o: { model?: string; workers?: string; maxPersons?: string; frames?: string; camera?: string[]; openpose?: boolean },
      ) => {
        const { UserError } = await import('../../core/errors.ts');
        const { detectSettingsSchema } = await import('../../detect/detectSettingsSchema.ts');
        const { MODEL_NAMES } = await import('../../detect/modelSpecs.ts');
        const { existsSync } = await import('node:fs');
        if (!existsSync(session)) throw new UserError(`session folder ${session} does not exist`);
        const int = (v: string | undefined, what: string, min: number): number | undefined => {
          if (v === undefined) return undefined;
          const n = Number(v);
          if (!Number.isInteger(n) || n < min) throw new UserError(`${what} must be an integer ≥ ${min}, got ${v}`);
          return n;
        };
        if (o.model && !(MODEL_NAMES as readonly string[]).includes(o.model)) {
          throw new UserError(`--model ${o.model} is not a known model; choose one of ${MODEL_NAMES.join(', ')}`);
        }
        const base = await loadDetectSettings(session);
        const settings = detectSettingsSchema.parse({
          ...base,
          ...(o.model ? { model: o.model } : {}),
          ...(o.workers !== undefined ? { workers: int(o.workers, '--workers', 0) } : {}),
          ...(o.maxPersons !== undefined ? { max_persons: int(o.maxPersons, '--max-persons', 1) } : {}),
          ...(o.openpose ? { openpose: true } : {}),
        });
        const maxFrames = int(o.frames, '--frames', 1);

        const { detectSession } = await import('../../detect/runDetect.ts');
        const tty = process.stderr.isTTY === true;
        const lines = new Map<string, string>();
        let drawn = 0;
        let lastPrint = 0;
        const redraw = () => {
          if (drawn) process.stderr.write(`\x1b[${drawn}A`);
          for (const l of lines.values()) process.stderr.write(`\x1b[2K${l}\n`);
          drawn = lines.size;
        };
        const onProgress = (p: DetectProgress) => {
          lines.set(p.camera, formatProgressLine(p));
          const now = Date.now();
          const finished = p.framesTotal !== undefined && p.framesDone >= p.framesTotal;
          if (tty) {
            if (now - lastPrint > 100 || finished) {
              lastPrint = now;
              redraw();
            }
          } else if (now - lastPrint > 2000 || finished) {
            lastPrint = now;
            process.stderr.write(`${lines.get(p.camera)}\n`);
          }
        };
        const t0 = Date.now();
        process.stderr.write(`detect: model ${settings.model}, up to ${settings.max_persons} person(s) per frame\n`);
        const { summary } = await detectSession(session, settings, onProgress, {
          maxFrames,
          cameras: o.camera,
          log: (m) => process.stderr.write(`${m}\n`),
        });
        const seconds = (Date.now() - t0) / 1000;
        const totalFrames = summary.reduce((a, s) => a + s.frames, 0);
        const out: string[] = [];
        for (const s of summary) {
          if (s.error && s.file) out.push(`${s.camera.padEnd(8)} NOBODY  ${s.error}`);
          else if (s.error) out.push(`${s.camera.padEnd(8)} FAILED  ${s.error}`);
          else
            out.push(
              `${s.camera.padEnd(8)} ${String(s.framesWithPerson).padStart(5)}/${s.frames} frames with a person, ` +
                `mean confidence ${s.meanScore.toFixed(2)}, ${s.tracks} track(s) → ${s.file}`,
            );
        }
        out.push(`${totalFrames} frames in ${seconds.toFixed(1)} s (${(totalFrames / Math.max(seconds, 1e-3)).toFixed(1)} frames/s)`);
        if (maxFrames !== undefined)
          out.push(`only the first ${maxFrames} frames of each video (--frames): "openmocap process" detects the whole videos again`);
        process.stdout.write(`${out.join('\n')}\n`);
        const failed = summary.filter((s) => s.error);
        if (failed.length === summary.length) throw new UserError(`detect failed for every camera of ${session} (see above)`);
        if (failed.length) process.exitCode = 1;
      },
    );
}
