// `openmocap export <session> --format trc,csv,c3d`: writes the export files from the filtered points.
import type { Command } from 'commander';
import { runPipelineCommand } from './process.ts';
import { EXPORT_FORMATS } from '../../formats/exportFormats.ts';

export function register(program: Command): void {
  program
    .command('export')
    .description('Write export files from the filtered 3D points (default: [output].formats in mocap.toml)')
    .argument('<session>', 'session folder')
    .option('--format <list>', `comma list of: ${EXPORT_FORMATS.join(', ')}`)
    .option('--force', 'rewrite even if up to date')
    .action(async (session: string, o: { format?: string; force?: boolean }) => {
      const { UserError } = await import('../../core/errors.ts');
      let formats: (typeof EXPORT_FORMATS)[number][] | undefined;
      if (o.format !== undefined) {
        const list = o.format
          .split(',')
          .map((x) => x.trim().toLowerCase())
          .filter(Boolean);
        const bad = list.filter((x) => !(EXPORT_FORMATS as readonly string[]).includes(x));
        if (bad.length || !list.length)
          throw new UserError(
            `--format got ${bad.length ? `unknown format ${bad.join(', ')}` : 'nothing'}; choose from ${EXPORT_FORMATS.join(', ')}`,
          );
        formats = list as typeof formats;
      }
      await runPipelineCommand(session, { steps: ['export'], formats, force: o.force === true });
    });
}
