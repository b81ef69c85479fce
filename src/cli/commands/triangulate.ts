// `openmocap triangulate <session>`: 2D keypoints + calibration → output/points3d_raw.trc (and the internal .p3d).
import type { Command } from 'commander';
import { runPipelineCommand } from './process.ts';

export function register(program: Command): void {
  program
    .command('triangulate')
    .description('Triangulate pose2d/ with the calibration into output/points3d_raw.trc (skipped when up to date)')
    .argument('<session>', 'session folder')
    .option('--force', 'rerun even if inputs and settings are unchanged')
    .action(async (session: string, o: { force?: boolean }) => {
      await runPipelineCommand(session, { steps: ['triangulate'], force: o.force === true });
    });
}
