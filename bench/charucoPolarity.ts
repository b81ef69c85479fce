// What finding ChArUco boards of either polarity costs: time to search a take of 1280×720 pictures
// (some without the board) with the normal-only detection of before and with the either-polarity
// detection, for a normal and an inverted (caliscope's `inverted` print) board. Medians of three
// interleaved runs; the machine's load makes single numbers noisy.
import { createCharucoDetector } from '../src/calibration/charuco.ts';
import { gaussianBlur, type GrayImage } from '../src/calibration/grayImage.ts';
import { lookAt, makeCamera } from '../src/calibration/lookAt.ts';
import { loadOpenCv } from '../src/calibration/opencv.node.ts';
import { checkerboardPattern, invertedPattern, renderTarget, texturePattern } from '../src/calibration/renderTarget.ts';

const median = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;

export async function run(): Promise<void> {
  const { cv } = await loadOpenCv();
  const spec = { squares: [7, 5] as [number, number], squareSizeMm: 100, markerRatio: 0.8, dictionary: 'DICT_4X4_250' };
  const renderer = createCharucoDetector(cv, spec);
  const printed = texturePattern(renderer.render(60), 0.7, 0.5, 0.05);
  renderer.delete();
  const cam = makeCamera('c', 1280, 720, 900, lookAt([0.6, 0.5, -1.4], [0.35, 0.25, 0], [0, -1, 0]), [-0.05, 0.01, 0, 0]);
  // "No board": a busy scene (a large checkerboard seen from afar) so the marker search has contours to reject.
  const scenes: Record<string, GrayImage> = {
    normal: gaussianBlur(renderTarget(printed, cam, { supersample: 1 }), 0.7),
    inverted: gaussianBlur(renderTarget(invertedPattern(printed), cam, { supersample: 1 }), 0.7),
    'no board': gaussianBlur(renderTarget(checkerboardPattern(12, 9, 150), cam, { supersample: 1 }), 0.7),
  };
  // A take as runCalibrate samples it: 5 pictures without the board, then 20 with it, then 10 without.
  const take = (board: GrayImage) =>
    [...Array(5).fill(scenes['no board']), ...Array(20).fill(board), ...Array(10).fill(scenes['no board'])] as GrayImage[];
  for (const kind of ['normal', 'inverted'] as const) {
    const t: Record<string, number[]> = { before: [], now: [] };
    const found: Record<string, number> = {};
    for (let r = 0; r < 3; r++) {
      for (const label of ['before', 'now']) {
        const det = createCharucoDetector(cv, spec, { eitherPolarity: label === 'now' });
        let seen = 0;
        const t0 = performance.now();
        for (const img of take(scenes[kind]!)) if (det.detect(img)) seen++;
        t[label]!.push(performance.now() - t0);
        found[label] = seen;
        det.delete();
      }
    }
    console.log(
      `take of 35 pictures, ${kind} board in 20: normal-only ${median(t.before!).toFixed(0)} ms (board in ${found.before}), ` +
        `either polarity ${median(t.now!).toFixed(0)} ms (board in ${found.now})`,
    );
  }
}
