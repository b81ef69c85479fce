import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/**
 * What a writer may hand over: the whole content, or its pieces in order (e.g. a generator of text
 * chunks), so that files larger than a JavaScript string can hold (an hour of points as TRC or CSV)
 * are written without ever being joined in memory.
 */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

/**
 * Writes a file atomically: the data goes to a temporary file beside the target, which is then
 * renamed over it. A crash or Ctrl-C leaves either the old file or the new one, never half of one.
 */
export function writeFileAtomic(path: string, data: FileContent): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(tmp, data);
    else {
      const fd = openSync(tmp, 'w');
      try {
        for (const piece of data) {
          const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
          for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
        }
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
