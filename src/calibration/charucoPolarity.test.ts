// ChArUco boards of either polarity are found with no setting: caliscope prints its boards in
// negative when its `inverted` option is set (white squares and markers on black).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCharucoDetector, charucoCornerPosition, type CharucoDetector, type CharucoSpec } from './charuco.ts';
import { gaussianBlur, type GrayImage } from './grayImage.ts';
import { lookAt, makeCamera } from './lookAt.ts';
import { loadOpenCv } from './opencv.node.ts';
import { invertedPattern, renderTarget, texturePattern, type BoardPattern } from './renderTarget.ts';
import { projectPoints } from '../camera/project.ts';
import type { Camera } from '../core/types.ts';

const SPEC: CharucoSpec = { squares: [7, 5], squareSizeMm: 100, markerRatio: 0.8, dictionary: 'DICT_4X4_250' };
let printed: BoardPattern;
const made: CharucoDetector[] = [];
let cv: Awaited<ReturnType<typeof loadOpenCv>>['cv'];
/** A fresh detector (it keeps the polarity of the first board it finds). */
const detector = (opts?: { eitherPolarity?: boolean }): CharucoDetector => {
  const d = createCharucoDetector(cv, SPEC, opts);
  made.push(d);
  return d;
};

beforeAll(async () => {
  cv = (await loadOpenCv()).cv;
  printed = texturePattern(detector().render(60), 0.7, 0.5, 0.05);
});
afterAll(() => {
  for (const d of made) d.delete();
});

/** Cameras 0.9–1.6 m from the board, looking at it from the front at 0–45°. */
const views: Camera[] = [
  makeCamera('a', 800, 600, 650, lookAt([0.35, 0.25, -1.2], [0.35, 0.25, 0], [0, -1, 0])),
  makeCamera('b', 800, 600, 620, lookAt([-0.4, 0.1, -1.1], [0.35, 0.25, 0], [0, -1, 0]), [-0.05, 0.01, 0, 0]),
  makeCamera('c', 800, 600, 700, lookAt([0.9, 0.9, -1.3], [0.35, 0.25, 0], [0, -1, 0])),
  makeCamera('d', 640, 480, 500, lookAt([0.2, -0.6, -0.9], [0.35, 0.25, 0], [1, 0, 0])),
];
const render = (pattern: BoardPattern, cam: Camera, bg = 110): GrayImage =>
  gaussianBlur(renderTarget(pattern, cam, { supersample: 2, background: bg }), 0.6);

describe('ChArUco detection of either polarity', () => {
  it('finds a board printed inverted in every view where the normal board is found, with the same corners, on the true positions', () => {
    const forNormal = detector();
    const forInverted = detector();
    for (const cam of views) {
      const normal = forNormal.detect(render(printed, cam));
      // The negated print on the negated background: the whole picture is the negative.
      const negative = forInverted.detect(render(invertedPattern(printed), cam, 255 - 110));
      expect(normal, cam.name).not.toBeNull();
      expect(negative, cam.name).not.toBeNull();
      expect(Array.from(negative!.ids!)).toEqual(Array.from(normal!.ids!));
      expect(negative!.ids!.length).toBeGreaterThanOrEqual(20);
      for (let i = 0; i < normal!.ids!.length; i++) {
        const truth = projectPoints(cam, charucoCornerPosition(SPEC, normal!.ids![i]!));
        for (const view of [normal!, negative!]) {
          expect(Math.hypot(view.imagePoints[2 * i]! - truth[0], view.imagePoints[2 * i + 1]! - truth[1])).toBeLessThan(0.25);
        }
      }
    }
  });

  it('finds the inverted board on a mid-grey background too (a board held in a room)', () => {
    const d = detector();
    for (const cam of views) expect(d.detect(render(invertedPattern(printed), cam))?.ids?.length ?? 0, cam.name).toBeGreaterThanOrEqual(20);
  });

  it('without either-polarity detection the inverted board is never found (what the setting-free detection fixes)', () => {
    const normalOnly = detector({ eitherPolarity: false });
    for (const cam of views) expect(normalOnly.detect(render(invertedPattern(printed), cam, 255 - 110))).toBeNull();
  });

  it('a normal board gives exactly the corners it gave before, and a view without a board still gives nothing', () => {
    const either = detector();
    const normalOnly = detector({ eitherPolarity: false });
    for (const cam of views) {
      const empty = render(() => NaN, cam);
      expect(either.detect(empty)).toBeNull();
      const img = render(printed, cam);
      const a = either.detect(img)!;
      const b = normalOnly.detect(img)!;
      expect(Array.from(a.ids!)).toEqual(Array.from(b.ids!));
      expect(Array.from(a.imagePoints)).toEqual(Array.from(b.imagePoints));
      expect(Array.from(a.objectPoints)).toEqual(Array.from(b.objectPoints));
    }
  });

  it('keeps the polarity of the first board it finds (one run films one board: later pictures are searched once)', () => {
    const d = detector();
    expect(d.detect(render(printed, views[0]!))).not.toBeNull();
    expect(d.detect(render(invertedPattern(printed), views[0]!, 255 - 110))).toBeNull();
    const e = detector();
    expect(e.detect(render(invertedPattern(printed), views[1]!))).not.toBeNull();
    expect(e.detect(render(printed, views[1]!))).toBeNull();
  });
});
