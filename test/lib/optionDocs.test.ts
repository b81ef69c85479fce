// Every option of the public API documents itself: each property of an option type that an export of
// src/index.ts or src/browser.ts takes has a doc comment, and each optional one an `@defaultValue`
// (or `@default`). Where the documented default is a literal, passing it explicitly must give what
// leaving it out gives — so the documentation is checked against the one place the code sets it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateMotion } from '../../src/synthetic/motion.ts';
import { makeRingRig } from '../../src/synthetic/rig.ts';
import { observe } from '../../src/synthetic/observe.ts';
import { fitSkeleton } from '../../src/skeleton/fitSkeleton.ts';
import { jointAngles } from '../../src/analysis/jointAngles.ts';
import { formatTrc } from '../../src/formats/trc.ts';
import { encodeC3d } from '../../src/formats/c3d.ts';
import { formatBvh } from '../../src/formats/bvh.ts';
import { encodeGlb } from '../../src/formats/gltf.ts';
import { formatCalibrationToml, parseCalibrationToml } from '../../src/formats/calibrationToml.ts';
import { DEFAULT_CHUNK_FRAMES } from '../../src/core/frameWindow.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const read = (f: string): string => readFileSync(f, 'utf8');
const sources = (d: string): string[] =>
  readdirSync(d).flatMap((f) =>
    statSync(join(d, f)).isDirectory() ? sources(join(d, f)) : f.endsWith('.ts') && !f.endsWith('.test.ts') ? [join(d, f)] : [],
  );

/** Blanks out comments and string contents (same length), so braces and parentheses can be counted. */
const code = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, (m) => m.replace(/[^\n]/g, ' '));

/** The text between the bracket at `open` and its partner. */
function enclosed(text: string, open: number): string {
  const c = code(text);
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < c.length; i++) {
    if (pairs[c[i]]) stack.push(pairs[c[i]]);
    else if (c[i] === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return text.slice(open + 1, i);
    }
  }
  throw new Error(`unbalanced bracket at ${open}`);
}

/** name → file, for every name src/index.ts and src/browser.ts export (following `export *`). */
function publicExports(entry: string, out = new Map<string, string>()): Map<string, string> {
  const text = read(entry);
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/g))
    for (const part of m[1].split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0];
      if (name) out.set(name, resolve(dirname(entry), m[2]));
    }
  for (const m of text.matchAll(/export\s+\*\s+from\s+'([^']+)'/g)) publicExports(resolve(dirname(entry), m[1]), out);
  return out;
}

/** The option types (…Options, …Dirs) in the parameters of an exported function, or the name itself for a type. */
function optionTypesOf(name: string, file: string): string[] {
  if (/(Options|Dirs)$/.test(name)) return [name];
  const text = read(file);
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(`export\\s+(?:async\\s+)?function\\s+${name}\\s*(?:<[^(]*>)?\\(`, 'g')))
    for (const t of enclosed(text, m.index + m[0].length - 1).matchAll(/\b([A-Z]\w*(?:Options|Dirs))\b/g)) found.add(t[1]);
  return [...found];
}

interface Member {
  name: string;
  optional: boolean;
  doc: string;
}
const declarations = new Map<string, { file: string; text: string; at: number }>();
for (const f of sources(SRC)) {
  const text = read(f);
  for (const m of text.matchAll(/export\s+(?:interface|type)\s+(\w+)/g)) declarations.set(m[1], { file: f, text, at: m.index });
}

/** The members of an exported interface (with those of the interfaces it extends) and their doc comments. */
function membersOf(type: string): Member[] {
  const d = declarations.get(type);
  if (!d) throw new Error(`${type}: no exported interface of that name in src/`);
  const head = /^export\s+(interface|type)\s+\w+(?:\s+extends\s+([\w\s,]+))?\s*=?\s*/.exec(d.text.slice(d.at))!;
  if (head[1] === 'type' || d.text[d.at + head[0].length] !== '{')
    throw new Error(`${type} (${d.file}) is not an interface: its members cannot carry doc comments into the types`);
  const body = enclosed(d.text, d.at + head[0].length);
  const blank = code(body);
  const out: Member[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= blank.length; i++) {
    const ch = blank[i];
    if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if (ch === '}' || ch === ')' || ch === ']') depth--;
    else if ((ch === ';' || ch === undefined) && depth === 0) {
      const piece = body.slice(start, i);
      const m = /^\s*((?:\/\*\*[\s\S]*?\*\/\s*)?)(?:readonly\s+)?(\w+)(\?)?\s*[:(]/.exec(piece);
      if (m) out.push({ name: m[2], optional: !!m[3], doc: m[1] });
      start = i + 1;
    }
  }
  const parents = (head[2] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return [...parents.flatMap(membersOf), ...out];
}

const exported = new Map([...publicExports(join(SRC, 'index.ts')), ...publicExports(join(SRC, 'browser.ts'))]);
const optionTypes = [...new Set([...exported].flatMap(([name, file]) => optionTypesOf(name, file)))].sort();

describe('the public option types document every option and its default', () => {
  it('finds the option types of the public API', () => {
    // A sample that must be among them (detect's, the stages', the exporters', the whole job's).
    for (const t of [
      'ProcessOptions',
      'DetectOptions',
      'TriangulationOptions',
      'FilterOptions',
      'FitSkeletonOptions',
      'JointAnglesOptions',
      'SyncOptions',
      'FormatTrcOptions',
      'EncodeC3dOptions',
      'FormatBvhOptions',
      'EncodeGlbOptions',
    ])
      expect(optionTypes).toContain(t);
    expect(optionTypes.length).toBeGreaterThan(15);
  });

  it.each(optionTypes)('%s: a doc comment on every property, @defaultValue on every optional one', (type) => {
    const members = membersOf(type);
    expect(members.length).toBeGreaterThan(0);
    const undocumented = members.filter((m) => !m.doc.trim()).map((m) => m.name);
    const noDefault = members.filter((m) => m.optional && !/@default(Value)?\s+\S/.test(m.doc)).map((m) => m.name);
    expect({ undocumented, noDefault }).toEqual({ undocumented: [], noDefault: [] });
  });

  it('the membersOf parser sees a missing doc comment and a missing default', () => {
    declarations.set('ProbeOptions', {
      file: 'probe.ts',
      at: 0,
      text: 'export interface ProbeOptions {\n  /** Documented. @defaultValue 1 */\n  a?: number;\n  b?: (x: { y: number }) => void;\n  /** No default. */\n  c?: string;\n}\n',
    });
    expect(membersOf('ProbeOptions')).toEqual([
      { name: 'a', optional: true, doc: '/** Documented. @defaultValue 1 */\n  ' },
      { name: 'b', optional: true, doc: '' },
      { name: 'c', optional: true, doc: '/** No default. */\n  ' },
    ]);
    declarations.delete('ProbeOptions');
  });
});

/** The doc comment of an exported declaration, following re-exports; null when there is none. */
function docOf(name: string, file: string, seen = new Set<string>()): string | null {
  if (seen.has(`${file}#${name}`)) return null;
  seen.add(`${file}#${name}`);
  const text = read(file);
  const decl = new RegExp(
    `(\\/\\*\\*(?:(?!\\*\\/)[\\s\\S])*\\*\\/\\s*)?export\\s+(?:declare\\s+)?(?:async\\s+)?(?:function\\*?|const|let|class|interface|type|enum)\\s+${name}\\b`,
  ).exec(text);
  if (decl) return decl[1] ?? '';
  for (const m of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'([^']+)'/g))
    for (const part of m[1].split(',')) {
      const [orig, alias] = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/);
      if ((alias ?? orig) === name) return docOf(orig, resolve(dirname(file), m[2]), seen);
    }
  return null;
}

describe('every public export has a doc comment (what TypeDoc would flag; `npm run docs` is not run in CI)', () => {
  it('index.ts and browser.ts export only documented declarations', () => {
    const missing = [...exported]
      .filter(([name, file]) => !docOf(name, file)?.trim())
      .map(([name, file]) => `${name} (${file.slice(SRC.length)})`);
    expect(exported.size).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });
  it('docOf sees a declaration without a doc comment', () => {
    expect(docOf('formatTrc', join(SRC, 'formats/trc.ts'))).toMatch(/^\/\*\*/);
    expect(docOf('optionTypesMatchSchemas', join(SRC, 'api/options.ts'))).toBe('');
  });
});

/** The literal documented defaults of a type: key → value (prose defaults are left out). */
function literalDefaults(type: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of membersOf(type)) {
    const text = /@default(?:Value)?\s+([^\n]*?)\s*(?:\*\/|\n|$)/.exec(m.doc)?.[1];
    if (text === undefined) continue;
    try {
      out[m.name] = JSON.parse(text);
    } catch {
      // prose, e.g. "the layout's keypoint names"
    }
  }
  return out;
}

describe('each literal default documented is the one the code uses', () => {
  const truth = generateMotion({ frames: 12, fps: 30, seed: 3 });
  const skeleton = fitSkeleton(truth);
  const rig = makeRingRig(3);
  const runs: Record<string, (opts: Record<string, unknown>) => unknown> = {
    FitSkeletonOptions: (o) => fitSkeleton(truth, o),
    JointAnglesOptions: (o) => jointAngles(truth, o),
    FormatTrcOptions: (o) => formatTrc(truth, o),
    EncodeC3dOptions: (o) => encodeC3d(truth, o),
    FormatBvhOptions: (o) => formatBvh(skeleton, o),
    EncodeGlbOptions: (o) => encodeGlb(skeleton, o),
    MotionOptions: (o) => generateMotion({ frames: 12, fps: 30, ...o }),
    ObserveOptions: (o) => observe(truth, rig, o),
    RingRigOptions: (o) => makeRingRig(3, o),
    ParseCalibrationOptions: (o) => parseCalibrationToml(formatCalibrationToml(rig), o),
  };
  it.each(Object.keys(runs))('%s', async (type) => {
    const defaults = literalDefaults(type);
    expect(Object.keys(defaults).length).toBeGreaterThan(0);
    const unset = await runs[type]({});
    for (const [key, value] of Object.entries(defaults)) {
      // A wrong documented value would change the output: e.g. decimals 5 instead of 6, "m" instead of "cm".
      expect(await runs[type]({ [key]: value }), `${type}.${key} = ${JSON.stringify(value)}`).toEqual(unset);
    }
  });

  it('a wrong default would be caught (FormatBvhOptions.decimals = 5 changes the file)', () => {
    expect(formatBvh(skeleton, { decimals: 5 })).not.toEqual(formatBvh(skeleton, {}));
  });

  it('TriangulateOptions.chunkFrames documents DEFAULT_CHUNK_FRAMES', () => {
    expect(literalDefaults('TriangulateOptions').chunkFrames).toBeUndefined(); // "1000 (DEFAULT_CHUNK_FRAMES)" is prose
    const doc = membersOf('TriangulateOptions').find((m) => m.name === 'chunkFrames')!.doc;
    expect(doc).toContain(`@defaultValue ${DEFAULT_CHUNK_FRAMES} (DEFAULT_CHUNK_FRAMES)`);
  });
});
