// One place per fact: each test here fails if a second copy of a fact drifts from the first.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { listVideos } from '../../src/session/sessionInputs.ts';
import { listSessionVideos } from '../../src/detect/runDetect.ts';
import { listVideos as overlayVideos } from '../../src/video/overlaySession.ts';
import { buildSessionIndex } from '../../src/server/buildSessionIndex.ts';
import { loadSettings } from '../../src/session/settings.ts';
import { loadCalibrationSettings } from '../../src/calibration/runCalibrate.node.ts';
import { reportMinScore } from '../../src/session/exports.ts';
import { triangulateSettingsSchema } from '../../src/triangulate/triangulateSettings.ts';
import { VIDEO_EXTENSIONS } from '../../src/core/videoFiles.ts';
import { makeRingRig } from '../../src/synthetic/rig.ts';
import { generateMotion } from '../../src/synthetic/motion.ts';
import { observe } from '../../src/synthetic/observe.ts';
import { triangulate } from '../../src/triangulate/triangulate.ts';
import { computeQuality } from '../../src/report/computeQuality.ts';
import { valueImports } from './imports.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const dirs: string[] = [];
const session = (files: Record<string, string>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'openmocap-drift-'));
  dirs.push(dir);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('one list of video files', () => {
  it('process, detect, overlay and the server see the same videos, every extension of the one list', () => {
    const names = VIDEO_EXTENSIONS.map((ext, i) => `cam${String(i + 1).padStart(2, '0')}${i % 2 ? ext.toUpperCase() : ext}`);
    const dir = session(Object.fromEntries([...names, '.hidden.mp4', 'notes.txt', 'cam99.pose2d'].map((n) => [`videos/${n}`, 'x'])));
    const expected = names.map((n) => n.replace(/\.[^.]+$/, '')).sort();
    expect(expected).toContain('cam09'); // .wmv, which detect took and process ignored
    const settings = loadSettings(dir).settings;
    expect(listVideos(dir, settings).map((v) => v.camera)).toEqual(expected);
    expect(listSessionVideos(dir).map((v) => v.camera)).toEqual(expected);
    expect([...overlayVideos(dir).keys()]).toEqual(expected);
    expect(buildSessionIndex(dir).videos.map((v) => v.camera)).toEqual(expected);
  });
});

describe('one settings loader', () => {
  it("the server reads [output] through it: a value is used, a mistake is named the loader's way", () => {
    expect(buildSessionIndex(session({ 'mocap.toml': '[output]\ntrc_axes = "none"\n' })).trcAxes).toBe('none');
    const bad = buildSessionIndex(session({ 'mocap.toml': '[output]\ntrc_axis = "none"\n' }));
    expect(bad.trcAxes).toBe('pose2sim');
    expect(bad.notes.join(' ')).toMatch(/unknown setting output\.trc_axis \(did you mean output\.trc_axes\?\)/);
  });

  it('calibration reads mocap.toml through it: the same TOML error, with line and column', () => {
    const dir = session({ 'mocap.toml': '[calibration]\nboard = \n' });
    let viaLoader = '';
    try {
      loadSettings(dir);
    } catch (e) {
      viaLoader = (e as Error).message;
    }
    expect(viaLoader).toMatch(/mocap\.toml line 2, column \d+: .* fix the TOML syntax/);
    expect(() => loadCalibrationSettings(dir)).toThrow(viaLoader);
  });

  it("the report's min_score is [triangulation].min_score, with the schema's default", () => {
    expect(reportMinScore(loadSettings(session({ 'mocap.toml': '[triangulation]\nmin_score = 0.55\n' })).settings)).toBe(0.55);
    expect(reportMinScore(loadSettings(session({})).settings)).toBe(triangulateSettingsSchema.parse({}).min_score);
  });
});

describe('the triangulation stage reruns when any code it runs changes', () => {
  it('its codeVersion lists every src/ folder triangulate.ts reaches', () => {
    const text = readFileSync(join(SRC, 'session/process.ts'), 'utf8');
    const args = /codeVersion\(\s*'triangulate',([^)]*)\)/.exec(text)![1];
    const listed = new Set(['triangulate', ...[...args.matchAll(/'([^']+)'/g)].map((m) => m[1])]);
    const reached = new Set<string>();
    const walk = (file: string) => {
      const rel = relative(SRC, file);
      if (reached.has(rel)) return;
      reached.add(rel);
      for (const spec of valueImports(readFileSync(file, 'utf8'))) if (spec.startsWith('.')) walk(resolve(dirname(file), spec));
    };
    walk(join(SRC, 'triangulate/triangulate.ts'));
    const missing = [...reached].filter((rel) => !listed.has(rel.split('/')[0]) && !listed.has(rel));
    expect(missing).toEqual([]);
    expect([...reached].some((r) => r.startsWith('core/'))).toBe(true);
  });
});

describe('the report scales 2D keypoints as triangulation does', () => {
  it('a lens calibrated 1920×1088 with videos resized to 1080: sub-pixel reprojection error, not the resize', () => {
    const rig = makeRingRig(4, { width: 1920, height: 1088 });
    const truth = generateMotion({ frames: 10, fps: 30, seed: 5 });
    const seqs = observe(truth, rig, { seed: 5 }).map((q) => {
      const data = Float32Array.from(q.data);
      const s = 1080 / 1088;
      for (let i = 1; i < data.length; i += 3) data[i] = data[i] * s; // y resized 1088 → 1080
      return { ...q, data, imageHeight: 1080 };
    });
    const tri = triangulate(seqs, rig);
    const q = computeQuality({ rig, sequences: seqs, raw: tri.points, filtered: tri.points, gaps: [], warnings: [], minScore: 0.3 });
    for (const cam of q.cameras) expect(cam.reprojectionErrorPx).toBeLessThan(0.5);
  });
});

describe('one registry of export formats', () => {
  it('the README table, `export --help`, the settings schema and the export stage all come from it', async () => {
    const { EXPORT_FORMATS, EXPORT_FORMAT_INFO, exportFormatTableRows } = await import('../../src/formats/exportFormats.ts');
    const readme = readFileSync(join(SRC, '../README.md'), 'utf8');
    expect(readme).toContain(exportFormatTableRows().join('\n'));
    const { buildProgram } = await import('../../src/cli/main.ts');
    const program = await buildProgram();
    const help = program.commands
      .find((c) => c.name() === 'export')!
      .helpInformation()
      .replace(/\s+/g, ' ');
    expect(help).toContain(`comma list of: ${EXPORT_FORMATS.join(', ')}`);
    const { outputSettingsSchema } = await import('../../src/session/sessionSettingsSchemas.ts');
    expect(outputSettingsSchema.parse({}).formats).toEqual([...EXPORT_FORMATS]);
    const { EXPORT_FILES } = await import('../../src/session/exports.ts');
    expect(EXPORT_FILES).toEqual(Object.fromEntries(EXPORT_FORMATS.map((f) => [f, EXPORT_FORMAT_INFO[f].file])));
  });
});

describe('one median', () => {
  // A median written out: something sorted, then read at its middle index (`[n >> 1]`, `[n / 2]`,
  // `[Math.floor(n / 2)]`, `[(n - 1) >> 1]`) within a few lines. core/stats.ts has the median, its
  // upper/lower variants and the in-place selection ones for hot loops.
  const handWritten = /\.sort\([^\n]*(\n[^\n]*){0,4}\[[^\]\n,]*(length|\bn\b)[^\]\n,]*(>>\s*1|\/\s*2)[^\]\n]*\]/;
  it("the pattern finds the medians that were hand-written in src/ and passes core/stats.ts's calls", () => {
    for (const text of [
      'rel.sort((a, b) => a - b);\n    return rel[rel.length >> 1];',
      'const s = buf.subarray(0, n).sort();\n  return n % 2 ? s[(n - 1) >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;',
      'const nz = d.filter((v) => v > 1e-9).sort((a, b) => a - b);\n  if (!nz.length) return 0;\n  const median = nz[Math.floor(nz.length / 2)];',
      'const limit = 3 * [...d].sort((a, b) => a - b)[d.length >> 1];',
    ])
      expect(handWritten.test(text)).toBe(true);
    expect(handWritten.test('names.sort();\n  const m = upperMedian(rel);\n  const box = [cx - w / 2, cy - h / 2, width / 2];')).toBe(
      false,
    );
  });
  it('no src/ file but core/stats.ts writes its own median', () => {
    const files = (d: string): string[] =>
      readdirSync(d).flatMap((f) =>
        statSync(join(d, f)).isDirectory() ? files(join(d, f)) : f.endsWith('.ts') && !f.endsWith('.test.ts') ? [join(d, f)] : [],
      );
    // Or a named median function that sorts (delegating to core/stats.ts is fine).
    const named = /\b(function\s+median\w*\s*\(|const\s+median\w*\s*=\s*\()[^\n]*(\n[^\n]*){0,4}\.sort\(/;
    const own = files(SRC).filter(
      (f) => !f.endsWith('core/stats.ts') && (handWritten.test(readFileSync(f, 'utf8')) || named.test(readFileSync(f, 'utf8'))),
    );
    expect(own.map((f) => relative(SRC, f)).sort()).toEqual([]);
  });
});

describe('one PRNG', () => {
  it('core/random.ts is the only mulberry32 in src/, and createRandom draws from it', async () => {
    const files = (d: string): string[] =>
      readdirSync(d).flatMap((f) =>
        statSync(join(d, f)).isDirectory() ? files(join(d, f)) : f.endsWith('.ts') && !f.endsWith('.test.ts') ? [join(d, f)] : [],
      );
    const copies = files(SRC)
      .filter((f) => /0x6d2b79f5/i.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(copies).toEqual(['core/random.ts']);
    const { createRandom, mulberry32 } = await import('../../src/core/random.ts');
    const a = createRandom(7),
      b = mulberry32((7 >>> 0) ^ 0x9e3779b9);
    for (let i = 0; i < 5; i++) expect(a.uniform()).toBe(b());
  });
});

describe('one place for output paths', () => {
  it('only session/exports.ts and the export registry spell output/ paths in src/', () => {
    const files = (d: string): string[] =>
      readdirSync(d).flatMap((f) =>
        statSync(join(d, f)).isDirectory() ? files(join(d, f)) : f.endsWith('.ts') && !f.endsWith('.test.ts') ? [join(d, f)] : [],
      );
    const code = (f: string) =>
      readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
    const spelled = files(SRC)
      .filter((f) => /['"`]output\/|,\s*['"]output['"]\s*\)/.test(code(f)))
      .map((f) => relative(SRC, f))
      .sort();
    expect(spelled).toEqual(['formats/exportFormats.ts', 'session/exports.ts']);
  });
});
