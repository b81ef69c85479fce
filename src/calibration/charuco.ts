// ChArUco board detection through opencv.js' aruco module (CharucoDetector), and the board's
// geometry. Board frame: x along the first board side (squares_x), y along the second, z into the
// board (away from a camera facing it), origin at the board's outer corner; metres.
// ref: Garrido-Jurado et al., "Automatic generation and detection of highly reliable fiducial
//      markers under occlusion", Pattern Recognition 47(6), 2014 (ArUco); OpenCV aruco/charuco docs.

import type { GrayImage } from './grayImage.ts';
import { refineCornersSubPix } from './checkerboard.ts';
import type { BoardView } from './intrinsics.ts';
import type { OpenCv } from './opencv.node.ts';
import { upperMedian } from '../core/stats.ts';

export interface CharucoSpec {
  /** Squares along x and y, e.g. [7, 5] (FreeMoCap's default board). */
  squares: [number, number];
  squareSizeMm: number;
  /** Marker side / square side, e.g. 0.8. */
  markerRatio: number;
  /** OpenCV predefined dictionary name, e.g. "DICT_4X4_250". */
  dictionary: string;
  /** Layout of OpenCV before 4.6 (differs for an even number of squares down). Defaults to false. */
  legacyPattern?: boolean;
}

/** Board coordinates (metres, z = 0) of ChArUco corner `id` (inner chessboard corners, row-major). */
export function charucoCornerPosition(spec: CharucoSpec, id: number): [number, number, number] {
  const perRow = spec.squares[0] - 1;
  const s = spec.squareSizeMm / 1000;
  return [((id % perRow) + 1) * s, (Math.floor(id / perRow) + 1) * s, 0];
}

/**
 * True when ChArUco corners `ids` span at least two rows and two columns of the board: corners on
 * one line fix no homography, so such a view is useless for intrinsics and for a board pose (and
 * makes OpenCV's calibration fail).
 */
export function spansPlane(spec: CharucoSpec, ids: ArrayLike<number>): boolean {
  const perRow = spec.squares[0] - 1;
  const rows = new Set<number>();
  const cols = new Set<number>();
  for (let i = 0; i < ids.length; i++) {
    rows.add(Math.floor(ids[i] / perRow));
    cols.add(ids[i] % perRow);
  }
  return rows.size >= 2 && cols.size >= 2;
}

export function charucoCornerCount(spec: CharucoSpec): number {
  return (spec.squares[0] - 1) * (spec.squares[1] - 1);
}

/**
 * Re-refines ChArUco corners (X-junctions of the chessboard) with our gradient-orthogonality
 * iteration over a 13×13 window (smaller for tiny squares); a corner that would move more than
 * half the window keeps OpenCV's position. On renders this halves the bundle adjustment's RMS (0.35 → 0.19 px) and camera errors.
 */
function refineCharucoCorners(img: GrayImage, pts: Float64Array): Float64Array {
  const n = pts.length / 2;
  if (n < 2) return pts;
  const nearest: number[] = [];
  for (let i = 0; i < n; i++) {
    let m = Infinity;
    for (let j = 0; j < n; j++) if (j !== i) m = Math.min(m, Math.hypot(pts[2 * i] - pts[2 * j], pts[2 * i + 1] - pts[2 * j + 1]));
    nearest.push(m);
  }
  // Measured on renders (squares 13–50 px): a 13×13 window beats both smaller ones (aliasing
  // noise) and larger ones (the markers' edges enter the window); shrink it only for tiny squares.
  const spacing = upperMedian(nearest);
  const halfWin = spacing >= 16 ? 6 : Math.max(3, Math.round(0.35 * spacing));
  const refined = refineCornersSubPix(img, pts, halfWin);
  for (let i = 0; i < n; i++) {
    if (!(Math.hypot(refined[2 * i] - pts[2 * i], refined[2 * i + 1] - pts[2 * i + 1]) <= 0.5 * halfWin)) {
      refined[2 * i] = pts[2 * i];
      refined[2 * i + 1] = pts[2 * i + 1];
    }
  }
  return refined;
}

export interface CharucoDetector {
  /**
   * Corners seen in a grey image (at least `minCorners`, default 6, not all on one line), or null.
   * The board may be printed in either polarity; the first one found is kept for later calls.
   */
  detect(img: GrayImage, minCorners?: number): BoardView | null;
  /** An image of the board, `pxPerSquare` pixels per square, no margin (grey 0..255, row-major). */
  render(pxPerSquare: number): GrayImage;
  delete(): void;
}

export interface CharucoDetectorOptions {
  /**
   * Also find boards printed in negative (white squares and markers on black, as caliscope prints
   * with its `inverted` option). Defaults to true; false only to measure what it costs.
   */
  eitherPolarity?: boolean;
}

/**
 * A ChArUco detector for boards of either polarity. Until a board is found, each picture is
 * searched as it is and, when no board is there, in its negative (255 − grey), where a board printed
 * inverted looks like a normal one. The polarity of the first board found is then kept: one run
 * films one physical board, so a normal board gives exactly the corners it gave before at the same
 * cost, and only the pictures before the first board found are searched twice (bench/charucoPolarity.ts).
 * The corner refinement works on either polarity (its gradient products do not change sign).
 * OpenCV's own `detectInvertedMarker` was tried and not used: it picks other contours for the
 * markers of a normal board, so their ChArUco corners move (by ~1e-4 px).
 */
export function createCharucoDetector(cv: OpenCv, spec: CharucoSpec, opts: CharucoDetectorOptions = {}): CharucoDetector {
  const dictId = cv[spec.dictionary];
  if (typeof dictId !== 'number') throw new Error(`unknown ChArUco dictionary ${spec.dictionary}`);
  const dict = cv.getPredefinedDictionary(dictId);
  const s = spec.squareSizeMm / 1000;
  const board = new cv.aruco_CharucoBoard(new cv.Size(spec.squares[0], spec.squares[1]), s, s * spec.markerRatio, dict, new cv.Mat());
  if (spec.legacyPattern) board.setLegacyPattern(true);
  const detector = new cv.aruco_CharucoDetector(
    board,
    new cv.aruco_CharucoParameters(),
    new cv.aruco_DetectorParameters(),
    new cv.aruco_RefineParameters(10, 3, true),
  );
  const eitherPolarity = opts.eitherPolarity ?? true;
  /** Whether the board found so far is printed inverted (undefined until one is found). */
  let inverted: boolean | undefined = eitherPolarity ? undefined : false;
  return {
    detect(img, minCorners = 6) {
      const mat = new cv.Mat(img.height, img.width, cv.CV_8UC1);
      const u8 = mat.data as Uint8Array;
      for (let i = 0; i < u8.length; i++) u8[i] = img.data[i] < 0 ? 0 : img.data[i] > 255 ? 255 : Math.round(img.data[i]);
      const cc = new cv.Mat();
      const ci = new cv.Mat();
      const mc = new cv.MatVector();
      const mi = new cv.Mat();
      let negated = false;
      const setPolarity = (negative: boolean) => {
        if (negative === negated) return;
        for (let i = 0; i < u8.length; i++) u8[i] = 255 - u8[i];
        negated = negative;
      };
      try {
        for (const negative of inverted === undefined ? [false, true] : [inverted]) {
          setPolarity(negative);
          detector.detectBoard(mat, cc, ci, mc, mi);
          const n = cc.rows;
          if (!(n >= minCorners)) continue;
          const ids = Int32Array.from((ci.data32S as Int32Array).slice(0, n));
          if (!spansPlane(spec, ids)) continue;
          inverted = negative;
          const imagePoints = refineCharucoCorners(img, Float64Array.from((cc.data32F as Float32Array).slice(0, 2 * n)));
          const objectPoints = new Float64Array(3 * n);
          for (let i = 0; i < n; i++) objectPoints.set(charucoCornerPosition(spec, ids[i]), 3 * i);
          return { ids, imagePoints, objectPoints };
        }
        return null;
      } finally {
        for (const m of [mat, cc, ci, mc, mi]) m.delete();
      }
    },
    render(pxPerSquare) {
      const w = spec.squares[0] * pxPerSquare;
      const h = spec.squares[1] * pxPerSquare;
      const out = new cv.Mat();
      board.generateImage(new cv.Size(w, h), out, 0, 1);
      const data = Float32Array.from(out.data as Uint8Array);
      out.delete();
      return { width: w, height: h, data };
    },
    delete() {
      detector.delete();
      board.delete();
    },
  };
}
