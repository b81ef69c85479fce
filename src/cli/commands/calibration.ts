// `openmocap calibration convert <in> <out.toml>`: reads a calibration in any supported format
// (docs/calibration-formats.md) and writes it as aniposelib/Pose2Sim TOML (metres, world → camera).
import type { Command } from 'commander';

export function register(program: Command): void {
  const calibration = program
    .command('calibration')
    .description('Work with calibration files of other tools (see docs/calibration-formats.md)');
  calibration
    .command('convert')
    .description(
      'Convert a calibration (aniposelib/Pose2Sim/FreeMoCap TOML, caliscope camera_array.toml, Qualisys .qca.txt, Vicon .xcp, OptiTrack Motive .mcal, EasyMocap intri.yml/extri.yml, OpenCV per-camera .yml/.xml) to calibration TOML in metres',
    )
    .argument('<in>', 'calibration file (for EasyMocap either of intri.yml/extri.yml; for OpenCV per-camera files any one of them)')
    .argument('<out>', 'TOML file to write (e.g. <session>/calibration.toml)')
    .option('--units <units>', 'translation units of the input where the format does not fix them: auto, m or mm', 'auto')
    .action(async (input: string, out: string, o: { units: string }) => {
      const { UserError } = await import('../../core/errors.ts');
      const { readCalibrationFile, writeCalibration } = await import('../../io/calibration.ts');
      const { cameraCentreOf } = await import('../../formats/rodrigues.ts');
      if (!['auto', 'm', 'mm'].includes(o.units)) throw new UserError(`--units must be auto, m or mm, got "${o.units}"`);
      if (!out.toLowerCase().endsWith('.toml'))
        throw new UserError(`${out}: the output is written as TOML; give a file name ending in .toml`);
      const read = readCalibrationFile(input, o.units as 'auto' | 'm' | 'mm');
      for (const n of read.notes) console.log(n);
      writeCalibration(out, read.rig, { converted_from: read.file, source_format: read.format });
      for (const c of read.rig.cameras) {
        const p = cameraCentreOf(c.rotation, c.translation)
          .map((v) => v.toFixed(3))
          .join(', ');
        console.log(`  ${c.name}: ${c.width}×${c.height} px, f ${c.matrix[0].toFixed(1)} px, centre at (${p}) m`);
      }
      console.log(
        `wrote ${out}: ${read.rig.cameras.length} camera${read.rig.cameras.length === 1 ? '' : 's'} from ${read.format} (${read.file})`,
      );
    });
}
