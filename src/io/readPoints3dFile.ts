// Reads a .p3d file (formats/points3dFile.ts) section by section straight into its typed arrays, so a
// long capture's points are not held twice (file bytes + arrays) while being read. Node only.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../core/errors.ts';
import { decodePoints3dHead, type Points3DFile } from '../formats/points3dFile.ts';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Reads `path` as decodePoints3dFile reads its bytes: the same result and the same one-line errors. */
export function readPoints3dFile(path: string, file = path, fix = 'delete it and rerun the stage that writes it'): Points3DFile {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    let pos = 0;
    const read = (into: Uint8Array): void => {
      let done = 0;
      while (done < into.length) {
        const n = readSync(fd, into, done, into.length - done, pos + done);
        if (n === 0) throw new UserError(`${file} changed while being read; ${fix}`);
        done += n;
      }
      pos += into.length;
    };
    const prefix = new Uint8Array(Math.min(12, size));
    read(prefix);
    const headLen = prefix.length === 12 ? new DataView(prefix.buffer).getUint32(8, true) : 0;
    const headBytes = new Uint8Array(Math.min(size, 12 + headLen));
    pos = 0;
    read(headBytes);
    const { head, bodyStart } = decodePoints3dHead(headBytes, size, file, fix);
    const n = head.frames * head.joints;
    pos = bodyStart;
    const take = <T extends Float64Array | Float32Array | Uint32Array>(out: T): T => {
      const raw = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      read(raw);
      if (!LITTLE_ENDIAN) for (let i = 0; i < raw.length; i += out.BYTES_PER_ELEMENT) raw.subarray(i, i + out.BYTES_PER_ELEMENT).reverse();
      return out;
    };
    const data = take(new Float64Array(n * 3));
    const timestampsMs = take(new Float64Array(head.frames));
    const reprojectionErrorPx = take(new Float32Array(n));
    const cameraMask = take(new Uint32Array(n));
    return {
      points: {
        layout: head.layout,
        fps: head.fps,
        frames: head.frames,
        joints: head.joints,
        data,
        reprojectionErrorPx,
        cameraMask,
        timestampsMs,
      },
      meta: head.meta ?? {},
    };
  } finally {
    closeSync(fd);
  }
}
