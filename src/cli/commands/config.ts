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
      process.stdout.write(formatEffectiveSettings(loadSettings(session), session));
    });
}
