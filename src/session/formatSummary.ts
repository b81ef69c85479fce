// Text the CLI prints for a pipeline run: a progress line renderer and the closing summary.
// Pure string building; the CLI decides where the text goes.
import type { ProcessEvent, ProcessSummary } from './process.ts';

/** A path as it can be pasted into a shell (quoted when it holds spaces or shell characters). */
const shellQuote = (p: string): string => (/^[\w./@%+=:,-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);
const secs = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
const fmt = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '–');

/**
 * A progress renderer: call it with each event; it returns text to write to stderr (possibly empty).
 * On a TTY the current stage's line is redrawn in place; otherwise one line per stage and per 10 %.
 */
export function createProgressRenderer(opts: { tty: boolean; now?: () => number }): (e: ProcessEvent) => string {
  const now = opts.now ?? (() => performance.now());
  let stageStart = 0;
  let label = '';
  const lastTenth = new Map<string, number>();
  let lastDraw = 0;
  return (e) => {
    switch (e.type) {
      case 'note':
        return `note: ${e.message}\n`;
      case 'warning':
        return `${opts.tty ? '\r\x1b[K' : ''}warning: ${e.message}\n`;
      case 'stage-start':
        stageStart = now();
        label = `[${e.index + 1}/${e.count}] ${e.stage}`;
        lastTenth.set(e.stage, -1);
        return opts.tty ? `\r\x1b[K${label} …` : '';
      case 'stage-run':
        // A first run needs no explanation; a rerun does (a long detect after an update must say why).
        if (e.reason === 'first run') return '';
        return `${opts.tty ? '\r\x1b[K' : ''}[${e.index + 1}/${e.count}] ${e.stage}: running again (${e.reason})\n${opts.tty ? `${label} …` : ''}`;
      case 'progress': {
        const elapsed = (now() - stageStart) / 1000;
        const f = e.fraction;
        const eta = f !== undefined && f > 0.02 && f < 1 ? ` ETA ${Math.max(0, (elapsed / f) * (1 - f)).toFixed(0)} s` : '';
        const text = `${e.stage} ${f !== undefined ? `${Math.round(f * 100)} %` : ''}${e.message ? ` ${e.message}` : ''}${eta}`;
        if (opts.tty) {
          if (now() - lastDraw < 100 && f !== 1) return '';
          lastDraw = now();
          return `\r\x1b[K${text}`;
        }
        const prev = lastTenth.get(e.stage) ?? -1;
        const tenth = f === undefined ? prev : Math.floor(f * 10);
        if (tenth > prev) {
          lastTenth.set(e.stage, tenth);
          return `${text}\n`;
        }
        return '';
      }
      case 'stage-end': {
        const o = e.outcome;
        // A failure's message is printed once, by whoever catches the error (the CLI's "openmocap: …" line).
        const what =
          o.status === 'skipped'
            ? 'up to date, skipped'
            : o.status === 'adopted'
              ? 'kept the outputs already there'
              : o.status === 'ran'
                ? `done in ${secs(o.durationMs)}`
                : // A camera's detection fails alone: the other cameras finish first (their work is kept).
                  o.status === 'failed' && o.stage.includes(':')
                  ? 'failed (the other cameras carry on; the reason is printed when they are done)'
                  : o.status;
        return `${opts.tty ? '\r\x1b[K' : ''}[${e.index + 1}/${e.count}] ${o.stage}: ${what}\n`;
      }
    }
  };
}

/** The closing summary of `openmocap process` (and of the single-step commands). */
export function formatSummary(s: ProcessSummary, totalMs: number, sessionLabel: string): string {
  const lines: string[] = [];
  const ran = s.stages.filter((x) => x.status === 'ran').length;
  lines.push(
    `openmocap: ${sessionLabel} — ${ran} stage${ran === 1 ? '' : 's'} run, ${s.stages.length - ran} up to date, ${secs(totalMs)} in total`,
  );
  const w = Math.max(12, ...s.stages.map((x) => x.stage.length));
  for (const x of s.stages)
    lines.push(`  ${x.stage.padEnd(w)}  ${x.status.padEnd(8)} ${x.status === 'ran' ? secs(x.durationMs) : ''}`.trimEnd());
  if (s.frames > 0) {
    lines.push('');
    lines.push(`  frames               ${s.frames} at ${fmt(s.fps, 2)} fps (${fmt(s.frames / s.fps, 2)} s), layout ${s.layout}`);
    lines.push(`  cameras              ${s.cameras.length} (${s.cameras.join(', ')})`);
    if (s.sync) lines.push(`  sync                 ${s.sync}`);
    const rel = Number.isFinite(s.reprojectionErrorOfSubject)
      ? ` (${fmt(s.reprojectionErrorOfSubject * 100, 1)} % of the subject's size in the image)`
      : '';
    lines.push(`  reprojection error   median ${fmt(s.medianReprojectionErrorPx, 2)} px${rel}`);
    lines.push(
      `  gaps                 ${s.gaps} left unfilled (${s.gapFrames} joint-frames), ${fmt(s.completeness * 100, 1)} % of joint positions present`,
    );
    lines.push(`  bone-length CV       median ${fmt(s.medianBoneCv * 100, 1)} % over limb and trunk bones`);
    lines.push(`  verdict              ${s.verdict.level.toUpperCase()}: ${s.verdict.headline}`);
    for (const r of s.verdict.reasons) lines.push(`                         ${r}`);
  }
  for (const n of s.notes) lines.push(`  note: ${n}`);
  // A warning the verdict already lists (a camera left out) is not repeated.
  const inVerdict = new Set(s.frames > 0 ? s.verdict.checks.filter((c) => !c.ok).map((c) => c.text) : []);
  const unsaid = s.warnings.filter((w) => !inVerdict.has(w.message));
  const warnings = unsaid.slice(0, 8);
  for (const wng of warnings) lines.push(`  warning: ${wng.message}`);
  if (unsaid.length > warnings.length) lines.push(`  … ${unsaid.length - warnings.length} more warnings in output/report.html`);
  if (s.files.length) {
    lines.push('');
    lines.push('  files:');
    for (const f of s.files) lines.push(`    ${f}`);
  }
  if (s.files.some((f) => f.endsWith('report.html')))
    lines.push(`  look at the report: open ${shellQuote(`${sessionLabel}/output/report.html`)} in a browser`);
  return `${lines.join('\n')}\n`;
}
