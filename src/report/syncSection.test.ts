import { describe, expect, it } from 'vitest';
import { judge } from './computeQuality.ts';
import { profileOnReference, renderSyncSection, type SyncSection } from './syncSection.ts';

const section = (method: string): SyncSection => ({
  reference: 'cam01',
  cameras: [
    { name: 'cam01', startS: 0, ratePpm: 0, confidence: 1, method: 'reference', signals: {} },
    {
      name: 'cam02',
      startS: method === 'unknown' ? 0 : 0.15,
      ratePpm: 12.5,
      confidence: method === 'unknown' ? 0.1 : 0.93,
      method,
      signals: { keypoints: { startS: 0.151, confidence: 0.93 }, audio: { startS: 0.149, confidence: 0.8 } },
    },
  ],
  profiles: [profileOnReference('cam01', [0, 0.5, 1], [1, 2, 1], 0, 0), profileOnReference('cam02', [0, 0.5, 1], [1, 2, 1], 0.15, 0)],
});

describe('report sync section', () => {
  it("lists each camera's start, drift, confidence, method and every signal's estimate, with the aligned speed plot", () => {
    const html = renderSyncSection(section('keypoints+audio'));
    expect(html).toContain('<h2>Synchronisation</h2>');
    expect(html).toContain(
      '<td>cam02</td><td>+0.150 s</td><td>12.5</td><td>0.93</td><td>keypoints+audio</td><td>+0.151 s (0.93)</td><td>+0.149 s (0.80)</td><td>–</td>',
    );
    expect(html).toContain('<svg');
    expect(html).not.toContain('✗');
  });

  it('puts profiles on the reference clock', () => {
    expect(profileOnReference('cam02', [0, 1], [1, 1], 0.25, 0).timeS).toEqual([0.25, 1.25]);
  });

  it('marks a camera it could not place with ✗ and says to clap', () => {
    expect(renderSyncSection(section('unknown'))).toMatch(
      /✗ cam02: could not be placed in time.*clap once in view of every camera at the start/,
    );
  });

  it('a low-confidence sync is a ✗ in the verdict and lowers it to fair', () => {
    const overall = {
      medianReprojectionErrorPx: 2,
      reprojectionErrorOfSubject: 0.005,
      medianBoneCv: 0.02,
      medianBoneCvAll: 0.02,
      completeness: 1,
      gaps: 0,
      gapFrames: 0,
      heightM: 1.7,
    };
    const v = judge([], [], overall as never, 1920, [
      { code: 'sync-low-confidence', message: 'could not tell when cam02 started — clap once in view of every camera at the start' },
    ]);
    expect(v.level).toBe('fair');
    expect(v.reasons[0]).toBe('✗ could not tell when cam02 started — clap once in view of every camera at the start');
  });
});
