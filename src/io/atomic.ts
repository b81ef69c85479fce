import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/**
 * Writes a file atomically: the data goes to a temporary file beside the target, which is then
 * renamed over it. A crash or Ctrl-C leaves either the old file or the new one, never half of one.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
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
