import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, writeFileSync, writeSync, rmSync } from 'node:fs';
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
    throw namingFile(err, path);
  }
}

/**
 * A file-system error with the file it was writing: errors of a write on an open file (a full disk:
 * ENOSPC) carry no path, and "the disk is full (writing a file of the session)" helps nobody.
 */
export function namingFile(err: unknown, path: string): unknown {
  const e = err as NodeJS.ErrnoException;
  if (err instanceof Error && typeof e.code === 'string' && e.path === undefined) e.path = path;
  return err;
}

/**
 * Removes the temporary files writeFileAtomic left in `dir` when process `pid` died mid-write
 * (SIGKILL, power loss): `.<name>.<pid>.<time>.tmp`. Returns how many were removed.
 */
export function removeStaleTempFiles(dir: string, pid: number): number {
  if (!existsSync(dir)) return 0;
  const mine = new RegExp(`^\\..+\\.${pid}\\.\\d+\\.tmp$`);
  let n = 0;
  for (const f of readdirSync(dir))
    if (mine.test(f)) {
      rmSync(join(dir, f), { force: true });
      n++;
    }
  return n;
}
