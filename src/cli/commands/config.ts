// `openmocap config <session>`: prints the effective settings (mocap.toml + defaults) as commented TOML.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('config')
    .description('Print the effective settings of a session (its mocap.toml merged with the defaults), as TOML')
    .argument('<session>', 'session folder')
    .action(async (session: string) => {
      const { existsSync } = await import('node:fs');
      const { UserError } = await import('../../core/errors.ts');
      if (!existsSync(session)) throw new UserError(`session folder ${session} does not exist`);
      const { loadSettings, formatEffectiveSettings } = await import('../../session/settings.ts');
      const { keypointLayoutNote } = await import('../../session/sessionLayout.ts');
      const loaded = loadSettings(session);
      process.stdout.write(formatEffectiveSettings(loaded, session, keypointLayoutNote(session, loaded.settings.project.keypoint_layout)));
    });
}
