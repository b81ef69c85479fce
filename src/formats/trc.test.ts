import { describe, expect, it } from 'vitest';
import { samplePoints } from './fixtures/samplePoints.ts';
import { formatTrc, parseTrc, trcToWorld } from './trc.ts';

describe('formatTrc', () => {
  it('writes the OpenSim header: tab separated, metres, marker names from the layout', () => {
    const text = formatTrc(samplePoints(), { fileName: 'points3d.trc' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('PathFileType\t4\t(X/Y/Z)\tpoints3d.trc');
    expect(lines[1]).toBe('DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames');
    expect(lines[2]).toBe('60\t60\t4\t17\tm\t60\t1\t4');
    expect(lines[3].startsWith('Frame#\tTime\tNose\t\t\tLEye\t\t\tREye')).toBe(true);
    expect(lines[4].startsWith('\t\tX1\tY1\tZ1\tX2\tY2\tZ2')).toBe(true);
    expect(lines[5].split('\t')).toHaveLength(2 + 17 * 3);
    expect(lines[5].startsWith('1\t0.000000\t')).toBe(true);
  });

  it('maps a Z-up world to Y-up like Pose2Sim: TRC (X, Y, Z) = world (Y, Z, X)', () => {
    const p = samplePoints();
    const t = parseTrc(formatTrc(p));
    const j = 5;
    const f = 2;
    const w = (f * 17 + j) * 3;
    expect([t.data[w], t.data[w + 1], t.data[w + 2]]).toEqual([p.data[w + 1], p.data[w + 2], p.data[w]].map((v) => Number(v.toFixed(6))));
    const back = trcToWorld(t.data);
    for (let i = 0; i < p.data.length; i++) {
      if (Number.isNaN(p.data[i])) expect(back[i]).toBeNaN();
      else expect(back[i]).toBeCloseTo(p.data[i], 6);
    }
  });

  it('round-trips through parseTrc, missing markers as empty cells', () => {
    const p = samplePoints();
    const text = formatTrc(p, { axes: 'none' });
    expect(text.split('\n')[6].split('\t').slice(2 + 9, 2 + 12)).toEqual(['', '', '']);
    const t = parseTrc(text);
    expect(t.markers).toEqual(['Nose', 'LEye', 'REye', 'LEar', 'REar', 'LShoulder', 'RShoulder', 'LElbow', 'RElbow', 'LWrist', 'RWrist', 'LHip', 'RHip', 'LKnee', 'RKnee', 'LAnkle', 'RAnkle']);
    expect([t.frames, t.dataRate, t.units]).toEqual([4, 60, 'm']);
    expect([...t.frameNumbers]).toEqual([1, 2, 3, 4]);
    expect(t.timestampsMs[3]).toBeCloseTo(50, 3);
    expect(t.data[(17 + 3) * 3]).toBeNaN();
    expect(t.data[(2 * 17 + 16) * 3 + 2]).toBeCloseTo(p.data[(2 * 17 + 16) * 3 + 2], 6);
  });

  it('writes a header and no rows for zero frames', () => {
    const t = parseTrc(formatTrc(samplePoints(0)));
    expect(t.frames).toBe(0);
  });
});
