// Drawing 2D skeletons onto packed RGB24 images. Pure (no canvas, no I/O): runs in Node and in
// the browser, and draws straight into decoded video frames.
import { getLayout, type ResolvedLayout } from '../core/layouts.ts';

export type Rgb = readonly [number, number, number];

/** Bone colour of left-side bones (LHip–LKnee …): blue. */
export const LEFT_COLOR: Rgb = [40, 150, 255];
/** Bone colour of right-side bones: orange-red. */
export const RIGHT_COLOR: Rgb = [255, 90, 30];
/** Bone colour of bones across or along the midline (hips, shoulders, nose): light grey. */
export const CENTRE_COLOR: Rgb = [235, 235, 235];

export interface DrawPoseStyle {
  /** Joints scoring below this are not drawn, nor bones touching them. Defaults to 0.2. */
  minScore?: number;
  /** Bone thickness in pixels. Defaults to max(2, min(width, height) / 270). */
  lineWidthPx?: number;
  /** Joint radius in pixels. Defaults to 1.4 × lineWidthPx. */
  jointRadiusPx?: number;
  /** A colour (e.g. of the track) mixed 35 % into the bone colours, to tell people apart. Defaults to none. */
  color?: Rgb;
  /** Text drawn above the head, e.g. the track id "#3". Defaults to none. */
  label?: string;
  /** Opacity of bones and joints, 0–1. Defaults to 1. */
  opacity?: number;
  /** Draw joints hollow (a ring) instead of filled — for reprojected points drawn over detections. Defaults to false. */
  hollow?: boolean;
  /** One colour for every bone, instead of the side colours. Defaults to none. */
  boneColor?: Rgb;
  /** One colour for every joint, instead of the confidence colours. Defaults to none. */
  jointColor?: Rgb;
}

/**
 * Colour of a joint by its confidence: red (0) → yellow (0.5) → green (1).
 */
export function scoreColor(score: number): Rgb {
  const s = Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0));
  return s < 0.5 ? [255, Math.round(510 * s), 0] : [Math.round(255 * (2 - 2 * s)), 255, 0];
}

const TRACK_PALETTE: Rgb[] = [
  [255, 255, 255],
  [255, 220, 0],
  [0, 230, 230],
  [255, 0, 255],
  [120, 255, 120],
  [255, 160, 200],
  [180, 140, 255],
  [255, 255, 150],
];

/** A distinct colour per track id (cycling through 8); white for unknown ids (< 0). */
export function trackColor(trackId: number): Rgb {
  return trackId < 0 ? [255, 255, 255] : TRACK_PALETTE[trackId % TRACK_PALETTE.length]!;
}

/** 'L', 'R' or 'C' (centre) for a keypoint name, following the layouts' L/R naming. */
export function keypointSide(name: string): 'L' | 'R' | 'C' {
  if (/^L[A-Z_]/.test(name) || /^left/i.test(name) || /[a-z]L$/.test(name)) return 'L';
  if (/^R[A-Z_]/.test(name) || /^right/i.test(name) || /[a-z]R$/.test(name)) return 'R';
  return 'C';
}

function blend(rgb: Uint8Array, i: number, c: Rgb, a: number): void {
  if (a >= 1) {
    rgb[i] = c[0];
    rgb[i + 1] = c[1];
    rgb[i + 2] = c[2];
    return;
  }
  rgb[i] = rgb[i]! + (c[0] - rgb[i]!) * a;
  rgb[i + 1] = rgb[i + 1]! + (c[1] - rgb[i + 1]!) * a;
  rgb[i + 2] = rgb[i + 2]! + (c[2] - rgb[i + 2]!) * a;
}

/**
 * Draws an anti-aliased line segment of the given thickness (round caps) onto an RGB24 image.
 * Pixels are sampled at their centres (x + 0.5, y + 0.5); parts outside the image are clipped.
 */
export function drawLine(
  rgb: Uint8Array,
  width: number,
  height: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  color: Rgb,
  widthPx = 2,
  opacity = 1,
): void {
  if (![x0, y0, x1, y1].every(Number.isFinite)) return;
  const r = widthPx / 2;
  const xa = Math.max(0, Math.floor(Math.min(x0, x1) - r - 1));
  const xb = Math.min(width - 1, Math.ceil(Math.max(x0, x1) + r + 1));
  const ya = Math.max(0, Math.floor(Math.min(y0, y1) - r - 1));
  const yb = Math.min(height - 1, Math.ceil(Math.max(y0, y1) + r + 1));
  if (xa > xb || ya > yb) return;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  for (let y = ya; y <= yb; y++) {
    const py = y + 0.5 - y0;
    for (let x = xa; x <= xb; x++) {
      const px = x + 0.5 - x0;
      const t = len2 > 0 ? Math.min(1, Math.max(0, (px * dx + py * dy) / len2)) : 0;
      const ex = px - t * dx;
      const ey = py - t * dy;
      const d = Math.sqrt(ex * ex + ey * ey);
      const cover = r + 0.5 - d;
      if (cover <= 0) continue;
      blend(rgb, (y * width + x) * 3, color, Math.min(1, cover) * opacity);
    }
  }
}

/** Draws a filled disc (or a ring of `ringPx` thickness when given) centred at (cx, cy). */
export function drawDisc(
  rgb: Uint8Array,
  width: number,
  height: number,
  cx: number,
  cy: number,
  radiusPx: number,
  color: Rgb,
  opacity = 1,
  ringPx?: number,
): void {
  if (!Number.isFinite(cx) || !Number.isFinite(cy)) return;
  const xa = Math.max(0, Math.floor(cx - radiusPx - 1));
  const xb = Math.min(width - 1, Math.ceil(cx + radiusPx + 1));
  const ya = Math.max(0, Math.floor(cy - radiusPx - 1));
  const yb = Math.min(height - 1, Math.ceil(cy + radiusPx + 1));
  for (let y = ya; y <= yb; y++) {
    for (let x = xa; x <= xb; x++) {
      const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      let cover = Math.min(1, radiusPx + 0.5 - d);
      if (ringPx !== undefined) cover = Math.min(cover, d - (radiusPx - ringPx) + 0.5);
      if (cover <= 0) continue;
      blend(rgb, (y * width + x) * 3, color, Math.min(1, cover) * opacity);
    }
  }
}

/** Fills an axis-aligned rectangle, clipped to the image. */
export function fillRect(
  rgb: Uint8Array,
  width: number,
  height: number,
  x: number,
  y: number,
  w: number,
  h: number,
  color: Rgb,
  opacity = 1,
): void {
  const xa = Math.max(0, Math.round(x));
  const xb = Math.min(width, Math.round(x + w));
  const ya = Math.max(0, Math.round(y));
  const yb = Math.min(height, Math.round(y + h));
  for (let yy = ya; yy < yb; yy++) for (let xx = xa; xx < xb; xx++) blend(rgb, (yy * width + xx) * 3, color, opacity);
}

// 5×7 bitmap font: each glyph is 7 rows of 5 bits (MSB = left column).
const FONT: Record<string, number[]> = {
  '0': [14, 17, 19, 21, 25, 17, 14],
  '1': [4, 12, 4, 4, 4, 4, 14],
  '2': [14, 17, 1, 2, 4, 8, 31],
  '3': [31, 2, 4, 2, 1, 17, 14],
  '4': [2, 6, 10, 18, 31, 2, 2],
  '5': [31, 16, 30, 1, 1, 17, 14],
  '6': [6, 8, 16, 30, 17, 17, 14],
  '7': [31, 1, 2, 4, 8, 8, 8],
  '8': [14, 17, 17, 14, 17, 17, 14],
  '9': [14, 17, 17, 15, 1, 2, 12],
  A: [14, 17, 17, 31, 17, 17, 17],
  B: [30, 17, 17, 30, 17, 17, 30],
  C: [14, 17, 16, 16, 16, 17, 14],
  D: [28, 18, 17, 17, 17, 18, 28],
  E: [31, 16, 16, 30, 16, 16, 31],
  F: [31, 16, 16, 30, 16, 16, 16],
  G: [14, 17, 16, 23, 17, 17, 15],
  H: [17, 17, 17, 31, 17, 17, 17],
  I: [14, 4, 4, 4, 4, 4, 14],
  J: [7, 2, 2, 2, 2, 18, 12],
  K: [17, 18, 20, 24, 20, 18, 17],
  L: [16, 16, 16, 16, 16, 16, 31],
  M: [17, 27, 21, 21, 17, 17, 17],
  N: [17, 17, 25, 21, 19, 17, 17],
  O: [14, 17, 17, 17, 17, 17, 14],
  P: [30, 17, 17, 30, 16, 16, 16],
  Q: [14, 17, 17, 17, 21, 18, 13],
  R: [30, 17, 17, 30, 20, 18, 17],
  S: [15, 16, 16, 14, 1, 1, 30],
  T: [31, 4, 4, 4, 4, 4, 4],
  U: [17, 17, 17, 17, 17, 17, 14],
  V: [17, 17, 17, 17, 17, 10, 4],
  W: [17, 17, 17, 21, 21, 21, 10],
  X: [17, 17, 10, 4, 10, 17, 17],
  Y: [17, 17, 10, 4, 4, 4, 4],
  Z: [31, 1, 2, 4, 8, 16, 31],
  '#': [10, 10, 31, 10, 31, 10, 10],
  '-': [0, 0, 0, 31, 0, 0, 0],
  '.': [0, 0, 0, 0, 0, 12, 12],
  ':': [0, 12, 12, 0, 12, 12, 0],
  '/': [1, 1, 2, 4, 8, 16, 16],
  _: [0, 0, 0, 0, 0, 0, 31],
  '%': [24, 25, 2, 4, 8, 19, 3],
  '=': [0, 0, 31, 0, 31, 0, 0],
  '(': [2, 4, 8, 8, 8, 4, 2],
  ')': [8, 4, 2, 2, 2, 4, 8],
  ' ': [0, 0, 0, 0, 0, 0, 0],
};

/** Size in pixels of `text` drawn with drawText at the given pixel scale. */
export function measureText(text: string, scale: number): { width: number; height: number } {
  return { width: Math.max(0, text.length * 6 - 1) * scale, height: 7 * scale };
}

/**
 * Draws `text` (digits, latin letters — shown upper case — and # - . : / _ % = ( ) ) with its top-left
 * corner at (x, y), each font pixel `scale` image pixels wide. Unknown characters are drawn as blanks.
 */
export function drawText(
  rgb: Uint8Array,
  width: number,
  height: number,
  text: string,
  x: number,
  y: number,
  scale: number,
  color: Rgb,
  background?: Rgb,
): void {
  const s = Math.max(1, Math.round(scale));
  if (background) {
    const m = measureText(text, s);
    fillRect(rgb, width, height, x - s, y - s, m.width + 2 * s, m.height + 2 * s, background, 0.75);
  }
  let cx = Math.round(x);
  const cy = Math.round(y);
  for (const ch of text.toUpperCase()) {
    const rows = FONT[ch] ?? FONT[' ']!;
    for (let r = 0; r < 7; r++) {
      for (let c = 0; c < 5; c++) if (rows[r]! & (16 >> c)) fillRect(rgb, width, height, cx + c * s, cy + r * s, s, s, color);
    }
    cx += 6 * s;
  }
}

const sideCache = new WeakMap<ResolvedLayout, ('L' | 'R' | 'C')[]>();
function boneSides(layout: ResolvedLayout): ('L' | 'R' | 'C')[] {
  let sides = sideCache.get(layout);
  if (!sides) {
    const kp = layout.keypoints.map(keypointSide);
    sides = layout.boneIndices.map(([a, b]) => (kp[a] === kp[b] ? kp[a]! : 'C'));
    sideCache.set(layout, sides);
  }
  return sides;
}

const mix = (a: Rgb, b: Rgb | undefined, t: number): Rgb =>
  b ? [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t] : a;

/**
 * Draws one person's skeleton onto an RGB24 image (modified in place): bones coloured by body side
 * (left blue, right orange-red, midline grey; optionally tinted by `style.color`), joints coloured by
 * confidence (red → yellow → green) with a dark rim, and an optional label above the head.
 * `keypoints` is [joint][x, y, score] in image pixels (as in PoseSequence2D); NaN or low-score joints
 * are skipped. A bare colour as the last argument is the same as `{ color }`.
 * Returns the number of joints drawn.
 */
export function drawPose(
  rgb: Uint8Array,
  width: number,
  height: number,
  keypoints: ArrayLike<number>,
  layout: string | ResolvedLayout,
  style: DrawPoseStyle | Rgb = {},
): number {
  const lay = typeof layout === 'string' ? getLayout(layout) : layout;
  const st: DrawPoseStyle = Array.isArray(style) ? { color: style as Rgb } : (style as DrawPoseStyle);
  const minScore = st.minScore ?? 0.2;
  const lineW = st.lineWidthPx ?? Math.max(2, Math.min(width, height) / 270);
  const radius = st.jointRadiusPx ?? lineW * 1.4;
  const opacity = st.opacity ?? 1;
  const joints = Math.min(lay.keypoints.length, Math.floor(keypoints.length / 3));
  const ok = (j: number): boolean => {
    const x = keypoints[j * 3]!;
    const y = keypoints[j * 3 + 1]!;
    const s = keypoints[j * 3 + 2]!;
    return Number.isFinite(x) && Number.isFinite(y) && s >= minScore;
  };
  const sides = boneSides(lay);
  lay.boneIndices.forEach(([a, b], k) => {
    if (a >= joints || b >= joints || !ok(a) || !ok(b)) return;
    const side = sides[k]!;
    const base = side === 'L' ? LEFT_COLOR : side === 'R' ? RIGHT_COLOR : CENTRE_COLOR;
    const colour = st.boneColor ?? mix(base, st.color, 0.35);
    drawLine(
      rgb,
      width,
      height,
      keypoints[a * 3]!,
      keypoints[a * 3 + 1]!,
      keypoints[b * 3]!,
      keypoints[b * 3 + 1]!,
      colour,
      lineW,
      opacity,
    );
  });
  let drawn = 0;
  let top = Infinity;
  let sumX = 0;
  for (let j = 0; j < joints; j++) {
    if (!ok(j)) continue;
    const x = keypoints[j * 3]!;
    const y = keypoints[j * 3 + 1]!;
    const c = st.jointColor ?? scoreColor(keypoints[j * 3 + 2]!);
    if (st.hollow) {
      drawDisc(rgb, width, height, x, y, radius, c, opacity, Math.max(1, radius / 3));
    } else {
      drawDisc(rgb, width, height, x, y, radius + 1, [20, 20, 20], opacity);
      drawDisc(rgb, width, height, x, y, radius, c, opacity);
    }
    drawn++;
    top = Math.min(top, y);
    sumX += x;
  }
  if (st.label && drawn > 0) {
    const scale = Math.max(1, Math.round(lineW));
    const m = measureText(st.label, scale);
    drawText(
      rgb,
      width,
      height,
      st.label,
      sumX / drawn - m.width / 2,
      top - m.height - 4 * scale,
      scale,
      st.color ?? [255, 255, 255],
      [0, 0, 0],
    );
  }
  return drawn;
}
