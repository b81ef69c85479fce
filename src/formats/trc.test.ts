import { describe, expect, it } from 'vitest';
import { samplePoints } from './fixtures/samplePoints.ts';
import { getLayout } from '../core/layouts.ts';
import { formatTrc, layoutOfTrcMarkers, parseTrc, trcToWorld } from './trc.ts';

/** TRC columns (Pose2Sim order) back in the layout's keypoint order. */
function inLayoutOrder(data: Float64Array, markers: string[], frames: number): Float64Array {
  const { keypointOfColumn } = layoutOfTrcMarkers(markers)!;
  const M = markers.length;
  const out = new Float64Array(data.length);
  for (let f = 0; f < frames; f++)
    for (let c = 0; c < M; c++) out.set(data.subarray((f * M + c) * 3, (f * M + c) * 3 + 3), (f * M + keypointOfColumn[c]) * 3);
  return out;
}

describe('formatTrc', () => {
  it('writes the OpenSim header: tab separated, metres, marker names from the layout', () => {
    const text = formatTrc(samplePoints(), { fileName: 'points3d.trc' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('PathFileType\t4\t(X/Y/Z)\tpoints3d.trc');
    expect(lines[1]).toBe('DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames');
    expect(lines[2]).toBe('60\t60\t4\t17\tm\t60\t1\t4');
    // Pose2Sim's COCO-17 marker order (right leg, left leg, nose, arms), then the eyes and ears.
    expect(lines[3].startsWith('Frame#\tTime\tRHip\t\t\tRKnee\t\t\tRAnkle\t\t\tLHip')).toBe(true);
    expect(lines[4].startsWith('\t\tX1\tY1\tZ1\tX2\tY2\tZ2')).toBe(true);
    expect(lines[5].split('\t')).toHaveLength(2 + 17 * 3);
    expect(lines[5].startsWith('1\t0.000000\t')).toBe(true);
  });

  it('maps a Z-up world to Y-up like Pose2Sim: TRC (X, Y, Z) = world (Y, Z, X)', () => {
    const p = samplePoints();
    const t = parseTrc(formatTrc(p));
    const data = inLayoutOrder(t.data, t.markers, t.frames);
    const j = 5;
    const f = 2;
    const w = (f * 17 + j) * 3;
    expect([data[w], data[w + 1], data[w + 2]]).toEqual([p.data[w + 1], p.data[w + 2], p.data[w]].map((v) => Number(v.toFixed(6))));
    const back = trcToWorld(data);
    for (let i = 0; i < p.data.length; i++) {
      if (Number.isNaN(p.data[i])) expect(back[i]).toBeNaN();
      else expect(back[i]).toBeCloseTo(p.data[i], 6);
    }
  });

  it('round-trips through parseTrc, missing markers as empty cells', () => {
    const p = samplePoints();
    const text = formatTrc(p, { axes: 'none' });
    // Keypoint 3 (LEar) of frame 1 is missing; it is TRC column 16 (after Pose2Sim's 13 markers, LEye, REye).
    expect(
      text
        .split('\n')[6]
        .split('\t')
        .slice(2 + 15 * 3, 2 + 16 * 3),
    ).toEqual(['', '', '']);
    const t = parseTrc(text);
    expect(t.markers).toEqual([
      'RHip',
      'RKnee',
      'RAnkle',
      'LHip',
      'LKnee',
      'LAnkle',
      'Nose',
      'RShoulder',
      'RElbow',
      'RWrist',
      'LShoulder',
      'LElbow',
      'LWrist',
      'LEye',
      'REye',
      'LEar',
      'REar',
    ]);
    expect([t.frames, t.dataRate, t.units]).toEqual([4, 60, 'm']);
    expect([...t.frameNumbers]).toEqual([1, 2, 3, 4]);
    expect(t.timestampsMs[3]).toBeCloseTo(50, 3);
    const data = inLayoutOrder(t.data, t.markers, t.frames);
    expect(data[(17 + 3) * 3]).toBeNaN();
    expect(data[(2 * 17 + 16) * 3 + 2]).toBeCloseTo(p.data[(2 * 17 + 16) * 3 + 2], 6);
  });

  it('writes a header and no rows for zero frames', () => {
    const t = parseTrc(formatTrc(samplePoints(0)));
    expect(t.frames).toBe(0);
  });

  it("names and orders markers as Pose2Sim's OpenSim marker sets, for every layout, and reads both orders back", () => {
    const expected: Record<string, string[]> = {
      // Pose2Sim Markers_Body25b.xml / skeletons.py BODY_25B: UpperNeck is "Neck", HeadTop is "Head".
      body25b: [
        'RHip',
        'RKnee',
        'RAnkle',
        'RBigToe',
        'RSmallToe',
        'RHeel',
        'LHip',
        'LKnee',
        'LAnkle',
        'LBigToe',
        'LSmallToe',
        'LHeel',
        'Neck',
        'Head',
        'Nose',
        'RShoulder',
        'RElbow',
        'RWrist',
        'LShoulder',
        'LElbow',
        'LWrist',
      ],
      // BODY_25's MidHip is Pose2Sim's "CHip".
      body25: [
        'CHip',
        'RHip',
        'RKnee',
        'RAnkle',
        'RBigToe',
        'RSmallToe',
        'RHeel',
        'LHip',
        'LKnee',
        'LAnkle',
        'LBigToe',
        'LSmallToe',
        'LHeel',
        'Neck',
        'Nose',
        'RShoulder',
        'RElbow',
        'RWrist',
        'LShoulder',
        'LElbow',
        'LWrist',
      ],
      halpe26: [
        'Hip',
        'RHip',
        'RKnee',
        'RAnkle',
        'RBigToe',
        'RSmallToe',
        'RHeel',
        'LHip',
        'LKnee',
        'LAnkle',
        'LBigToe',
        'LSmallToe',
        'LHeel',
        'Neck',
        'Head',
        'Nose',
        'RShoulder',
        'RElbow',
        'RWrist',
        'LShoulder',
        'LElbow',
        'LWrist',
      ],
    };
    for (const [name, markers] of Object.entries(expected)) {
      const l = getLayout(name);
      expect(l.trcNames.slice(0, markers.length), name).toEqual(markers);
      // Every keypoint is written once.
      expect([...l.trcOrder].sort((a, b) => a - b)).toEqual(l.keypoints.map((_, i) => i));
      expect(layoutOfTrcMarkers(l.trcNames)?.layout).toBe(name);
      expect(layoutOfTrcMarkers(l.keypoints)).toEqual({ layout: name, keypointOfColumn: l.keypoints.map((_, i) => i) });
    }
    expect(layoutOfTrcMarkers(['A', 'B'])).toBeUndefined();
  });
});
