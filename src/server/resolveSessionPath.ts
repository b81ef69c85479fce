// Maps the path part of a request URL onto a file inside a root folder, refusing anything that
// could leave it. Node-only (realpath). The rules, in order:
//   1. only the path is looked at (query and fragment dropped by the caller);
//   2. encoded separators and NUL (%2f, %5c, %00) and raw backslashes are refused before decoding;
//   3. percent-encoding is decoded exactly once; a malformed escape is refused, and so is any '%'
//      left after decoding (a double-encoded '..' or '/' never reaches the file system);
//   4. empty, '.' and '..' segments are refused (no '//', no absolute paths, no climbing), as are
//      drive letters and control characters;
//   5. the joined path must stay under the root lexically, and its realpath (symlinks resolved)
//      must stay under the root's realpath.
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export type ResolvedPath = { ok: true; path: string } | { ok: false; status: 400 | 403 | 404; reason: string };

const ENCODED_SEPARATOR = /%(2f|5c|00)/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a path with a control character is refused, so this matches them
const CONTROL = /[\u0000-\u001f\u007f]/;

/** True when `child` is `root` or lies below it (both absolute, already normalised). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Resolves `urlPath` (still percent-encoded, relative to the root, e.g. "videos/cam01.mp4" or ""
 * for the root itself) inside `realRoot`, which must already be a realpath.
 */
export function resolveSessionPath(realRoot: string, urlPath: string): ResolvedPath {
  if (urlPath.includes('\\')) return { ok: false, status: 400, reason: 'backslash in path' };
  if (ENCODED_SEPARATOR.test(urlPath)) return { ok: false, status: 400, reason: 'encoded separator in path' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (decoded.includes('%')) return { ok: false, status: 400, reason: 'percent sign left after decoding (double-encoded path)' };
  if (decoded.includes('\\') || CONTROL.test(decoded)) return { ok: false, status: 400, reason: 'backslash or control character in path' };
  const segments = decoded === '' ? [] : decoded.split('/');
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..') return { ok: false, status: 403, reason: `path segment "${s}" refused` };
    if (/^[a-zA-Z]:/.test(s)) return { ok: false, status: 403, reason: 'drive letter in path' };
  }
  const joined = join(realRoot, ...segments);
  if (!isInside(realRoot, joined)) return { ok: false, status: 403, reason: 'outside the session folder' };
  let real: string;
  try {
    real = realpathSync(joined);
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  if (!isInside(realRoot, real)) return { ok: false, status: 403, reason: 'link leads outside the session folder' };
  return { ok: true, path: real };
}
