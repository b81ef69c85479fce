// `openmocap demo [dir]`: builds a synthetic four-camera session with known ground truth (a
// rendered figure in real video files), runs the whole pipeline on it, and prints how close the
// result is to the truth. Works offline with nothing but this repository.
import type { Command } from 'commander';
import { UserError } from '../../core/errors.ts';

interface DemoCliOptions {
  frames?: string;
  seed: string;
  keypointsOnly?: boolean;
}

const DEFAULT_DIR = 'openmocap-demo';

export function register(program: Command): void {
  program
    .command('demo')
    .description(
      'Try openmocap without cameras: render a moving figure from 4 calibrated virtual cameras into videos, ' +
        'run the pipeline on them, and print the 3D error against the known truth (mm per joint).',
    )
    .argument('[dir]', 'folder for the demo session (created; a previous demo there is replaced)', DEFAULT_DIR)
    .option('--frames <n>', 'frames per camera, 30 per second (default: 100)')
    .option('--seed <n>', 'seed of the motion', '1')
    .option(
      '--keypoints-only',
      'skip rendering and the pose model: feed the pipeline the truth projected into each camera (with 1.5 px noise)',
    )
    .action(async (dir: string, o: DemoCliOptions) => {
      const frames = o.frames === undefined ? undefined : parseCount(o.frames, '--frames', 2);
      const seed = parseCount(o.seed, '--seed', 0);
      const { runDemo } = await import('../../demo/runDemo.ts');
      const { InterruptedError } = await import('../../session/runner.ts');
      // Ctrl-C: stop after the current frame or stage (finished work is kept); twice: quit now.
      const ac = new AbortController();
      let interrupts = 0;
      const onSigint = (): void => {
        if (++interrupts > 1) process.exit(130);
        process.stderr.write('\nopenmocap: stopping the demo (Ctrl-C again to quit now)\n');
        ac.abort();
      };
      process.on('SIGINT', onSigint);
      try {
        await runDemo(dir, { frames, seed, keypointsOnly: o.keypointsOnly === true, signal: ac.signal });
      } catch (err) {
        if (err instanceof InterruptedError || (err instanceof Error && err.name === 'AbortError')) {
          const what = err.message.replace(/;.*$/, '');
          process.stderr.write(`openmocap: ${what}; run "openmocap demo ${dir}" again to finish (finished work is kept)\n`);
          process.exitCode = 130;
          return;
        }
        throw err;
      } finally {
        process.off('SIGINT', onSigint);
      }
    });
}

function parseCount(s: string, flag: string, min: number): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < min) {
    throw new UserError(`${flag} must be a whole number ≥ ${min}, got "${s}"`);
  }
  return n;
}
