// A reader for the subset of OpenCV FileStorage files that calibrations use: top-level keys holding
// numbers, strings, sequences of numbers or strings, and matrices (`!!opencv-matrix` in YAML,
// `type_id="opencv-matrix"` in XML, each with rows, cols, dt and data). Nested maps other than
// matrices are skipped. Both the YAML (`%YAML:1.0`) and the XML (`<opencv_storage>`) forms.
// ref: OpenCV documentation, "XML/YAML/JSON file storages" (cv::FileStorage), core module: the
//      `%YAML:1.0` header, `!!opencv-matrix` mappings with rows/cols/dt/data, and the XML form with
//      `type_id="opencv-matrix"`.
import { UserError } from '../core/errors.ts';

/** A matrix: rows × cols numbers, row-major. */
export interface StorageMatrix {
  rows: number;
  cols: number;
  data: number[];
}

export type StorageValue = number | string | number[] | string[] | StorageMatrix;

export const isMatrix = (v: StorageValue | undefined): v is StorageMatrix => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a text is an OpenCV FileStorage document (YAML or XML form). */
export function isOpenCvStorage(text: string): boolean {
  return /^\s*%YAML[:\s]1\.\d/.test(text) || /<opencv_storage\b/.test(text);
}

/** Parses an OpenCV FileStorage document into its top-level keys. Throws a UserError naming `file`. */
export function parseOpenCvStorage(text: string, file: string): Map<string, StorageValue> {
  if (/<opencv_storage\b/.test(text)) return parseXml(text, file);
  if (/^\s*%YAML[:\s]1\.\d/.test(text)) return parseYaml(text, file);
  throw new UserError(
    `${file} is not an OpenCV FileStorage file (no %YAML:1.0 header or <opencv_storage> element); export it with cv::FileStorage`,
  );
}

const numberOrString = (s: string): number | string => {
  const q = /^\s*(?:"(.*)"|'(.*)')\s*$/.exec(s);
  if (q) return q[1] ?? q[2]!; // a quoted scalar is a string, even "01"
  const t = s.trim();
  // FileStorage writes .Nan and .Inf for non-finite values.
  if (/^[-+]?\.nan$/i.test(t)) return NaN;
  if (/^[-+]?\.inf$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  const n = Number(t);
  return t !== '' && Number.isFinite(n) && /^[-+]?(\d|\.\d)/.test(t) ? n : t;
};

function matrixFrom(fields: Record<string, string>, data: string, key: string, file: string): StorageMatrix {
  const rows = Number(fields.rows);
  const cols = Number(fields.cols);
  const values = data
    .split(/[\s,]+/)
    .filter((s) => s !== '')
    .map((s) => numberOrString(s));
  if (!(rows > 0 && cols > 0) || values.length !== rows * cols || values.some((v) => typeof v !== 'number'))
    throw new UserError(
      `${file}: matrix "${key}" should hold rows × cols = ${fields.rows} × ${fields.cols} numbers, found ${values.length}; export the calibration again`,
    );
  return { rows, cols, data: values as number[] };
}

function parseYaml(text: string, file: string): Map<string, StorageValue> {
  const out = new Map<string, StorageValue>();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const stripComment = (l: string) => l.replace(/\s+#.*$/, '');
  /** Reads a flow sequence "[ … ]" starting at `start` (possibly over several lines). */
  const flow = (start: string): string => {
    let s = start;
    while (!s.includes(']') && i + 1 < lines.length) s += ` ${lines[++i]!.trim()}`;
    const m = /\[([\s\S]*)\]/.exec(s);
    if (!m) throw new UserError(`${file}: an unclosed "[" near line ${i + 1}; the file is cut off — export it again`);
    return m[1]!;
  };
  for (; i < lines.length; i++) {
    const line = stripComment(lines[i]!);
    if (!line.trim() || line.startsWith('%') || line.trim() === '---' || line.trim() === '...') continue;
    if (indentOf(line) > 0) continue; // belongs to a block we skip
    const m = /^("[^"]*"|'[^']*'|[^:\s][^:]*?)\s*:\s*(.*)$/.exec(line);
    if (!m)
      throw new UserError(
        `${file}: line ${i + 1} ("${line.trim().slice(0, 40)}") is not "key: value"; is this an OpenCV FileStorage YAML file?`,
      );
    const key = m[1]!.replace(/^["']|["']$/g, '');
    let rest = m[2]!.trim();
    if (rest.startsWith('!!opencv-matrix') || rest === '' || rest.startsWith('!!')) {
      // A block: a matrix mapping, a block sequence, or another mapping (skipped).
      const tag = rest;
      const fields: Record<string, string> = {};
      const seq: (number | string)[] = [];
      let data = '';
      while (i + 1 < lines.length) {
        const next = stripComment(lines[i + 1]!);
        if (next.trim() && indentOf(next) === 0 && !next.trimStart().startsWith('-')) break;
        i++;
        if (!next.trim()) continue;
        const item = /^\s*-\s*(.*)$/.exec(next);
        if (item && indentOf(next) <= 3 && !tag) {
          seq.push(numberOrString(item[1]!));
          continue;
        }
        const kv = /^\s*(\w+)\s*:\s*(.*)$/.exec(next);
        if (!kv) continue;
        if (kv[1] === 'data') data = kv[2]!.trim().startsWith('[') ? flow(kv[2]!) : kv[2]!;
        else fields[kv[1]!] = kv[2]!.trim();
      }
      if (tag.startsWith('!!opencv-matrix')) out.set(key, matrixFrom(fields, data, key, file));
      else if (seq.length > 0) out.set(key, seq.every((v) => typeof v === 'number') ? (seq as number[]) : seq.map(String));
      continue;
    }
    if (rest.startsWith('[')) {
      rest = flow(rest);
      const items = rest
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map(numberOrString);
      out.set(key, items.every((v) => typeof v === 'number') ? (items as number[]) : items.map(String));
      continue;
    }
    out.set(key, numberOrString(rest));
  }
  return out;
}

const xmlUnescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function parseXml(text: string, file: string): Map<string, StorageValue> {
  const out = new Map<string, StorageValue>();
  const body = /<opencv_storage\b[^>]*>([\s\S]*?)<\/opencv_storage>/.exec(text.replace(/<!--[\s\S]*?-->/g, ''));
  if (!body) throw new UserError(`${file}: <opencv_storage> is not closed; the file is cut off — export it again`);
  const element = /<([A-Za-z_][\w.-]*)((?:\s+[\w:-]+\s*=\s*"[^"]*")*)\s*(?:\/>|>([\s\S]*?)<\/\1\s*>)/g;
  for (const m of body[1]!.matchAll(element)) {
    const [, key, attrs, inner = ''] = m;
    if (/type_id\s*=\s*"opencv-matrix"/.test(attrs!)) {
      const field = (name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(inner)?.[1]?.trim() ?? '';
      out.set(key!, matrixFrom({ rows: field('rows'), cols: field('cols') }, field('data'), key!, file));
      continue;
    }
    if (/<_>/.test(inner)) {
      // A sequence written as <_> elements.
      const items = [...inner.matchAll(/<_>([\s\S]*?)<\/_>/g)].map((x) => numberOrString(xmlUnescape(x[1]!)));
      out.set(key!, items.every((v) => typeof v === 'number') ? (items as number[]) : items.map(String));
      continue;
    }
    if (/<\w/.test(inner)) continue; // a nested map: skipped
    const t = xmlUnescape(inner).trim();
    const parts = t.match(/"[^"]*"|\S+/g) ?? [];
    if (parts.length > 1) {
      const items = parts.map(numberOrString);
      out.set(key!, items.every((v) => typeof v === 'number') ? (items as number[]) : items.map(String));
    } else out.set(key!, numberOrString(t));
  }
  return out;
}
