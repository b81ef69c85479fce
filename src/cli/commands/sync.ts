// `openmocap sync <session>`: when each camera started on the reference camera's clock → output/sync.json,
// with one line per camera. `process` runs the same stage before triangulation.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('sync')
    .description(
      'Find when each camera started (2D keypoint motion, sound, reprojection error) and write output/sync.json (settings: [sync] in mocap.toml; skipped when up to date)',
    )
    .argument('<session>', 'session folder')
    .option('--force', 'rerun even if inputs and settings are unchanged')
    .action(async (session: string, o: { force?: boolean }) => {
      const { runProcess } = await import('../../session/process.ts');
      const { createProgressRenderer } = await import('../../session/formatSummary.ts');
      const { formatSyncLines, readSyncFile, SYNC_FILE } = await import('../../session/syncStage.ts');
      const render = createProgressRenderer({ tty: process.stderr.isTTY === true });
      const summary = await runProcess(session, {
        steps: ['sync'],
        force: o.force === true,
        onProgress: (e) => process.stderr.write(render(e)),
      });
      const file = readSyncFile(session);
      if (!file) return;
      const status = summary.stages.find((s) => s.stage === 'sync')?.status;
      const lines = formatSyncLines(file);
      const low = Object.values(file.cameras).filter((c) => c.method === 'unknown').length;
      process.stdout.write(
        `${lines.join('\n')}\n${SYNC_FILE} ${status === 'skipped' ? 'up to date' : 'written'}; reference ${file.reference}${low ? `; ${low} camera${low > 1 ? 's' : ''} could not be placed: clap once in view of every camera at the start, or set [sync] start_s in mocap.toml` : ''}\n`,
      );
    });
}
