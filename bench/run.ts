// Runs every benchmark in bench/ (each `bench/<topic>.ts` exports `run(): Promise<void>` that prints numbers).
//   npm run bench                         all of them, in alphabetical order
//   npm run bench -- triangulate detect   only these (names as in bench/<name>.ts, prefix match)
//   npm run bench -- --list               names only
// A benchmark that throws is reported and the others still run; the exit code is 1 if any failed.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const self = basename(fileURLToPath(import.meta.url));

function benchNames(): string[] {
  return readdirSync(here)
    .filter((f) => f.endsWith('.ts') && f !== self && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
}

function pick(all: string[], wanted: string[]): string[] {
  if (wanted.length === 0) return all;
  const chosen: string[] = [];
  for (const w of wanted) {
    const name = w.replace(/^bench\//, '').replace(/\.ts$/, '');
    const hits = all.includes(name) ? [name] : all.filter((n) => n.startsWith(name));
    if (hits.length === 0) {
      console.error(`openmocap bench: no benchmark named "${w}"; available: ${all.join(', ')}`);
      process.exit(2);
    }
    for (const h of hits) if (!chosen.includes(h)) chosen.push(h);
  }
  return chosen;
}

function fmt(ms: number): string {
  return ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const all = benchNames();
  if (args.includes('--list')) {
    console.log(all.join('\n'));
    return;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`usage: npm run bench [-- <name>…]   (available: ${all.join(', ')})`);
    return;
  }
  const names = pick(
    all,
    args.filter((a) => !a.startsWith('-')),
  );
  const t0 = performance.now();
  const results: { name: string; ms: number; error?: string }[] = [];
  for (const name of names) {
    console.log(`\n=== bench/${name}.ts ${'='.repeat(Math.max(0, 60 - name.length))}`);
    const t = performance.now();
    try {
      const mod = (await import(pathToFileURL(join(here, `${name}.ts`)).href)) as { run?: () => Promise<void> | void };
      if (typeof mod.run !== 'function') throw new Error(`bench/${name}.ts exports no run() function`);
      await mod.run();
      results.push({ name, ms: performance.now() - t });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      console.error(`bench/${name}.ts failed: ${message}`);
      results.push({ name, ms: performance.now() - t, error: message.split('\n')[0] });
    }
  }
  console.log(`\n=== summary ${'='.repeat(60)}`);
  for (const r of results) console.log(`  ${r.name.padEnd(14)} ${fmt(r.ms).padStart(9)}${r.error ? `  FAILED: ${r.error}` : ''}`);
  console.log(`  ${'total'.padEnd(14)} ${fmt(performance.now() - t0).padStart(9)}`);
  if (results.some((r) => r.error)) process.exitCode = 1;
}

await main();
