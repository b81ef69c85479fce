// Reading a user's input file, with the file-system failures a user can cause (no permission, a
// folder in its place, a file gone missing) as one-line UserErrors naming the file. Node-only.
import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.ts';

/** The one-line message for a failure to read `path` (what: "the calibration", "the 2D keypoints"…), or undefined for other errors. */
export function readFailure(err: unknown, path: string, what = 'the file'): UserError | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new UserError(`no permission to read ${path} (${what}); make it readable (e.g. chmod a+r) and run the command again`);
    case 'EISDIR':
      return new UserError(`${path} is a folder, not ${what}; put the file itself there`);
    case 'ENOENT':
      return new UserError(`${path} (${what}) does not exist`);
    case 'ENOTDIR':
      return new UserError(`${path} (${what}): a folder above it is a file; check the path`);
    case 'EIO':
    case 'ELOOP':
    case 'ENAMETOOLONG':
      return new UserError(`could not read ${path} (${what}): ${code}; check the file and the disk`);
    default:
      return undefined;
  }
}

/** Reads a user's input file as bytes; file-system failures are one-line UserErrors naming it. */
export function readInputFile(path: string, what?: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw readFailure(err, path, what) ?? err;
  }
}

/** Reads a user's input file as UTF-8 text (see readInputFile). */
export function readInputText(path: string, what?: string): string {
  return readInputFile(path, what).toString('utf8');
}
