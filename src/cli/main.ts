// The command-line edge. Each command lives in src/cli/commands/<name>.ts and exports
// `register(program)`; heavy modules are imported inside the action so `--help` stays fast.
import { Command, CommanderError } from 'commander';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UserError } from '../core/errors.ts';
import { packageVersion } from '../io/packageFiles.ts';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildProgram(): Promise<Command> {
  const program = new Command('openmocap')
    .description('Markerless multi-camera motion capture: videos in, 3D human motion out.')
    .version(packageVersion())
    .exitOverride()
    .showHelpAfterError('(run openmocap --help for usage)');
  // .ts when run from the sources (tsx, tests), .js from the compiled package (dist/).
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const files = readdirSync(join(here, 'commands'))
    .filter((f) => f.endsWith(ext) && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .sort();
  // Loaded together (the module loader overlaps their reads), registered in file order.
  const mods = (await Promise.all(files.map((f) => import(pathToFileURL(join(here, 'commands', f)).href)))) as {
    register?: (p: Command) => void;
  }[];
  for (const mod of mods) mod.register?.(program);
  return program;
}

/** Runs the CLI; returns the process exit code. User mistakes print one line, not a stack. */
export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof UserError) {
      process.stderr.write(`openmocap: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
