// A `.pose2d` file read by frame ranges (Node only): the header, track ids and timestamps are read
// at once (a few bytes per frame), the keypoints only when asked for, a range of frames at a time.
// The file's data section is [frame][person][joint][x, y, score] float32, so a range of frames is one
// contiguous read. Used to triangulate long captures in bounded memory.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../core/errors.ts';
import type { PoseFrames2D } from '../core/types.ts';
import { decodePose2dHeader, POSE2D_PREFIX_BYTES, pose2dHeadLength } from '../formats/pose2d.ts';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Reads exactly `bytes` bytes at `position` into `into` (UserError naming the file if it got shorter). */
function readExactly(fd: number, into: Uint8Array, position: number, path: string): void {
  let done = 0;
  while (done < into.length) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new UserError(`${path} changed or was cut short while being read; rerun "openmocap detect" to write it again`);
    done += n;
  }
}

/** Fills a typed array from little-endian bytes of the file. */
function readNumbers<T extends Float32Array | Int32Array | Float64Array>(fd: number, out: T, position: number, path: string): T {
  const raw = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  readExactly(fd, raw, position, path);
  if (!LITTLE_ENDIAN) {
    const size = out.BYTES_PER_ELEMENT;
    for (let i = 0; i < raw.length; i += size) raw.subarray(i, i + size).reverse();
  }
  return out;
}

function withFile<T>(path: string, use: (fd: number) => T): T {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(
      `${path} cannot be read (${code ?? 'error'}); ${code === 'EACCES' ? 'give read permission' : 'check the file'} and run again`,
    );
  }
  try {
    return use(fd);
  } finally {
    closeSync(fd);
  }
}

/** Opens a `.pose2d` file for reading by frame ranges (UserError naming it when it is not a valid one). */
export function openPose2dFrames(path: string): PoseFrames2D {
  const { head, trackIds, timestampsMs } = withFile(path, (fd) => {
    const size = fstatSync(fd).size;
    const prefix = new Uint8Array(Math.min(POSE2D_PREFIX_BYTES, size));
    readExactly(fd, prefix, 0, path);
    const headBytes = new Uint8Array(Math.min(pose2dHeadLength(prefix, path), size));
    readExactly(fd, headBytes, 0, path);
    const head = decodePose2dHeader(headBytes, size, path);
    return {
      head,
      trackIds: readNumbers(fd, new Int32Array(head.frames * head.persons), head.sections.trackIds.offset, path),
      timestampsMs: readNumbers(fd, new Float64Array(head.frames), head.sections.timestampsMs.offset, path),
    };
  });
  const { sections, ...fields } = head;
  const frameValues = head.persons * head.joints * 3;
  return {
    ...fields,
    trackIds,
    timestampsMs,
    readFrames(start: number, end: number): Float32Array {
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= head.frames))
        throw new Error(`readFrames(${start}, ${end}) outside the ${head.frames} frames of ${path}`);
      const out = new Float32Array((end - start) * frameValues);
      if (out.length === 0) return out;
      return withFile(path, (fd) => readNumbers(fd, out, sections.data.offset + start * frameValues * 4, path));
    },
  };
}
