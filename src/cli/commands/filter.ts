// `openmocap filter <session>`: reruns only the filtering step ([filter] in mocap.toml).
import type { Command } from 'commander';
import { runPipelineCommand } from './process.ts';

export function register(program: Command): void {
  program
    .command('filter')
    .description('Filter output/points3d_raw into output/points3d (settings: [filter] in mocap.toml; skipped when up to date)')
    .argument('<session>', 'session folder')
    .option('--force', 'rerun even if inputs and settings are unchanged')
    .action(async (session: string, o: { force?: boolean }) => {
      await runPipelineCommand(session, { steps: ['filter'], force: o.force === true });
    });
}
