// `openmocap process <session>`: the whole pipeline, resuming whatever is already done.
import type { Command } from 'commander';
import type { ProcessOptions, Step } from '../../session/process.ts';

/** Runs the pipeline (or some steps of it) with progress on stderr and the summary on stdout. */
export async function runPipelineCommand(session: string, opts: Omit<ProcessOptions, 'signal' | 'onProgress'>): Promise<void> {
  const { runProcess } = await import('../../session/process.ts');
  const { createProgressRenderer, formatSummary } = await import('../../session/formatSummary.ts');
  const render = createProgressRenderer({ tty: process.stderr.isTTY === true });
  const ac = new AbortController();
  let interrupts = 0;
  const onSigint = (): void => {
    interrupts++;
    if (interrupts > 1) {
      process.stderr.write(
        '\nopenmocap: stopped now; the stage that was running is not finished and will run again next time (finished stages are kept)\n',
      );
      process.exit(130);
    }
    process.stderr.write('\nopenmocap: stopping after the current stage (Ctrl-C again to quit now; finished stages are kept)\n');
    ac.abort();
  };
  process.on('SIGINT', onSigint);
  const t0 = performance.now();
  try {
    const summary = await runProcess(session, { ...opts, signal: ac.signal, onProgress: (e) => process.stderr.write(render(e)) });
    process.stdout.write(formatSummary(summary, performance.now() - t0, session.replace(/\/+$/, '')));
    if (summary.frames > 0 && !(summary.completeness > 0)) {
      // A run that produced no 3D point at all is a failure, whatever the stages say.
      process.stderr.write(
        `openmocap: nothing was captured in ${session}: no joint could be triangulated in any frame; check [triangulation] subject in mocap.toml and the calibration (see output/report.html)\n`,
      );
      process.exitCode = 1;
    }
  } catch (err) {
    const { InterruptedError } = await import('../../session/runner.ts');
    if (err instanceof InterruptedError) {
      process.stderr.write(`openmocap: ${err.message}\n`);
      process.exitCode = 130;
      return;
    }
    throw err;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

export function register(program: Command): void {
  program
    .command('process')
    .description(
      'Run the whole pipeline on a session folder: detect → sync → triangulate → filter → export → report. Unchanged steps are skipped; an interrupted run resumes.',
    )
    .argument('<session>', 'session folder (videos/, calibration.toml, optional mocap.toml)')
    .option('--force [steps]', 'rerun steps even if unchanged (all, or a comma list: detect,sync,triangulate,filter,export,report)')
    .option('--only <steps>', 'run only these steps (comma list)')
    .action(async (session: string, o: { force?: boolean | string; only?: string }) => {
      const { STEPS } = await import('../../session/process.ts');
      const { UserError } = await import('../../core/errors.ts');
      const parseSteps = (s: string, flag: string): Step[] => {
        const list = s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
        const bad = list.filter((x) => !(STEPS as readonly string[]).includes(x));
        if (bad.length) throw new UserError(`${flag} got unknown step ${bad.join(', ')}; steps are ${STEPS.join(', ')}`);
        return list as Step[];
      };
      await runPipelineCommand(session, {
        steps: o.only ? parseSteps(o.only, '--only') : undefined,
        force: o.force === true ? true : typeof o.force === 'string' ? parseSteps(o.force, '--force') : undefined,
      });
    });
}
