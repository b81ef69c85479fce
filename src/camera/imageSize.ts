// A lens calibrated at one image size, used on video of another size. Two cases can be undone:
// - the video is a uniformly scaled copy (calibrated at 4K, filmed or decoded at 1080p);
// - the video was resized by a few pixels along one axis, as encoders do when they drop the
//   macroblock padding (1088 → 1080): on the lab recording in ../shared/data the 1080-wide videos
//   match the 1088-wide ones of the same cameras resized (mean absolute difference of the static
//   background 12.2 vs 12.4 grey levels for the best crop, on both cameras and at both ends of the
//   frame), not cropped;
// - both at once: a uniformly scaled copy of such a resized picture (half of a 1080-wide video of a
//   lens calibrated 1088 wide is 540 × 960, factors 0.4963 and 0.5).
// Anything else (a crop, a rotation, another aspect ratio) cannot be undone from the sizes alone.
// ref: Hartley & Zisserman, Multiple View Geometry, 2nd ed., §6.1 (K maps camera to pixel
//      coordinates; scaling the image pre-multiplies K by diag(sx, sy, 1)); OpenCV's convention of
//      pixel centres at integer coordinates, so a resize maps u to (u + ½)·s − ½.

import type { Camera } from '../core/types.ts';

export type ImageSizeRelation = 'same' | 'scaled' | 'stretched' | 'mismatch';

/** Largest per-axis change treated as an encoder's resize (1088 ↔ 1080 is 0.74 %). */
const MAX_STRETCH = 0.02;
/** Largest difference between the two axes' factors treated as one uniform scale. */
const UNIFORM = 0.005;

/** How an image of width×height relates to the lens's calibrated size, and the factors from the lens's pixels to the image's. */
export function imageSizeRelation(
  lens: { width: number; height: number },
  width: number,
  height: number,
): { relation: ImageSizeRelation; sx: number; sy: number } {
  const sx = width / lens.width,
    sy = height / lens.height;
  if (width === lens.width && height === lens.height) return { relation: 'same', sx: 1, sy: 1 };
  if (!(sx > 0 && sy > 0)) return { relation: 'mismatch', sx: 1, sy: 1 };
  if (Math.abs(sx / sy - 1) < UNIFORM) return { relation: 'scaled', sx, sy };
  if (Math.abs(sx - 1) <= MAX_STRETCH && Math.abs(sy - 1) <= MAX_STRETCH) return { relation: 'stretched', sx, sy };
  // A scaled copy of an encoder-resized picture: the axes differ by no more than such a resize does.
  if (Math.abs(sx / sy - 1) <= MAX_STRETCH) return { relation: 'stretched', sx, sy };
  return { relation: 'mismatch', sx: 1, sy: 1 };
}

/** Where pixel coordinate u of a picture lands in the same picture resized by s (pixel centres at integer coordinates). */
export function toResizedPixel(u: number, s: number): number {
  return (u + 0.5) * s - 0.5;
}

/** The lens for images of width×height (null when the sizes cannot be related, see imageSizeRelation). Distortion is in normalised coordinates and stays as it is. */
export function lensForImage(lens: Camera, width: number, height: number): Camera | null {
  const { relation, sx, sy } = imageSizeRelation(lens, width, height);
  if (relation === 'same') return lens;
  if (relation === 'mismatch') return null;
  const m = [...lens.matrix];
  m[0] *= sx;
  m[1] *= sx;
  m[2] = toResizedPixel(m[2], sx);
  m[4] *= sy;
  m[5] = toResizedPixel(m[5], sy);
  return { ...lens, matrix: m, width, height };
}

/** One line for the log: what was done with a lens of another size. */
export function lensResizeNote(name: string, lens: { width: number; height: number }, width: number, height: number): string {
  const { relation } = imageSizeRelation(lens, width, height);
  return relation === 'scaled'
    ? `${name}: lens calibrated at ${lens.width}×${lens.height}, video ${width}×${height}: scaled the lens uniformly by ${(width / lens.width).toFixed(4)}`
    : `${name}: lens calibrated at ${lens.width}×${lens.height}, video ${width}×${height}: taken as the same picture resized (as encoders do when they drop a few pixels of padding); if the video was cropped instead, calibrate the lens at the video's size`;
}
