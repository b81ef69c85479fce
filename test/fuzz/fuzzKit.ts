// Shared pieces of the fuzzing suite (fast-check): a fixed seed and a bounded number of runs in
// `npm test`, more with `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED), and the property every reader must
// keep: a value, or a UserError of one line — never another exception.
import fc from 'fast-check';
import { expect } from 'vitest';
import { UserError } from '../../src/core/errors.ts';

/** Runs per property: small in CI, raised by `npm run fuzz` (FUZZ_RUNS=…). */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 500));
/** Fixed seed so CI failures reproduce; FUZZ_SEED=random draws one (printed by fast-check on failure). */
export const FUZZ_SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 14014);
/** Generous per-test timeout for the longer runs. */
export const FUZZ_TIMEOUT_MS = Math.max(120_000, FUZZ_RUNS * 200);

/** Cases run, per test name, for the closing count (see fuzzCount.test.ts). */
export const fuzzParams = (scale = 1): fc.Parameters<unknown> => ({ seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(FUZZ_RUNS * scale)) });

/**
 * Calls `read`; a thrown UserError must be one line (no stack, no newline) and say something; any
 * other exception fails the property. Returns the value, or undefined when refused.
 */
export function valueOrUserError<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof UserError))
      throw new Error(`not a UserError: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
    expect(err.message).not.toContain('\n');
    expect(err.message.length).toBeGreaterThan(10);
    return undefined;
  }
}

/** Numbers that break readers: huge, negative, not finite, off by one around limits. */
export const hostileNumbers = [
  '0',
  '-1',
  '1',
  '-0',
  '2147483647',
  '2147483648',
  '4294967295',
  '4294967296',
  '65535',
  '65536',
  '999999999999',
  '1e308',
  '-1e308',
  '1e-320',
  'NaN',
  'nan',
  'inf',
  '-inf',
  'Infinity',
  '1.5',
  '0x10',
  '1e400',
  '',
  '"x"',
  'null',
  'true',
  '[]',
  '{}',
];

const numberToken = /-?\d+(\.\d+)?([eE][-+]?\d+)?/g;

/**
 * Mutations of a valid text: swap a number for a hostile one, drop, duplicate or cut a line, insert
 * random text or a hostile number, cut the text short. A few at once.
 */
export function mutatedText(valid: string): fc.Arbitrary<string> {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('number' as const), at: fc.nat(), to: fc.constantFrom(...hostileNumbers) }),
    fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('dup-line' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(...hostileNumbers),
        fc.constantFrom('\n', '\r\n', '\t', '"', '[', ']', '{', '}', '<', '>', '=', '#', '\uFEFF', '\u0000', '\uD800'),
      ),
    }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  );
  return fc.array(op, { minLength: 1, maxLength: 4 }).map((ops) => {
    let t = valid;
    for (const o of ops) {
      if (o.kind === 'number') {
        const hits = [...t.matchAll(numberToken)];
        if (!hits.length) continue;
        const h = hits[o.at % hits.length];
        t = t.slice(0, h.index) + o.to + t.slice(h.index! + h[0].length);
      } else if (o.kind === 'drop-line' || o.kind === 'dup-line') {
        const lines = t.split('\n');
        const i = o.at % lines.length;
        if (o.kind === 'drop-line') lines.splice(i, 1);
        else lines.splice(i, 0, lines[i]);
        t = lines.join('\n');
      } else if (o.kind === 'insert') {
        const i = o.at % (t.length + 1);
        t = t.slice(0, i) + o.text + t.slice(i);
      } else t = t.slice(0, o.at % (t.length + 1));
    }
    return t;
  });
}

/** Little-endian 32-bit values that break binary readers. */
const hostileU32 = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 65536, 1 << 24, 12];

/**
 * Mutations of valid bytes: flip or set bytes, overwrite a 32-bit word with a hostile value, cut the
 * bytes short, insert or append bytes.
 */
export function mutatedBytes(valid: Uint8Array): fc.Arbitrary<Uint8Array> {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('word' as const), at: fc.nat(), value: fc.constantFrom(...hostileU32) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
  );
  return fc.array(op, { minLength: 1, maxLength: 4 }).map((ops) => {
    let b = valid.slice();
    for (const o of ops) {
      if (!b.length && o.kind !== 'insert') continue;
      if (o.kind === 'set') b[o.at % b.length] = o.value;
      else if (o.kind === 'word') {
        if (b.length < 4) continue;
        new DataView(b.buffer, b.byteOffset, b.byteLength).setUint32(o.at % (b.length - 3), o.value, true);
      } else if (o.kind === 'cut') b = b.slice(0, o.at % (b.length + 1));
      else {
        const i = o.at % (b.length + 1);
        const n = new Uint8Array(b.length + o.bytes.length);
        n.set(b.subarray(0, i));
        n.set(o.bytes, i);
        n.set(b.subarray(i), i + o.bytes.length);
        b = n;
      }
    }
    return b;
  });
}

/** Mutations of a JSON-able value's text (see mutatedText), plus structural swaps in the value itself. */
export function mutatedJson(valid: unknown): fc.Arbitrary<string> {
  return fc.oneof(mutatedText(JSON.stringify(valid, null, 1)), fc.json(), fc.string({ maxLength: 200 }));
}

/** Total bytes of the typed arrays (and arrays of numbers) reachable one level into `v`. */
export function arrayBytes(v: unknown, depth = 2): number {
  if (ArrayBuffer.isView(v)) return v.byteLength;
  if (Array.isArray(v)) return v.length * 8 + (depth > 0 ? v.reduce((a: number, x) => a + arrayBytes(x, depth - 1), 0) : 0);
  if (v && typeof v === 'object' && depth > 0) return Object.values(v).reduce((a: number, x) => a + arrayBytes(x, depth - 1), 0);
  return 0;
}
