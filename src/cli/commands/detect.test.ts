import { describe, expect, it } from 'vitest';
import { formatProgressLine } from './detect.ts';

describe('detect progress line', () => {
  it('shows the camera, a bar, frames done of total, frames/s and the time left', () => {
    const line = formatProgressLine({ camera: 'cam01', framesDone: 50, framesTotal: 100, fps: 31.25, etaS: 1.6 }, 10);
    expect(line).toBe('cam01    [#####-----]      50/100   31.3 f/s  ETA 2s');
  });

  it('works without a known total', () => {
    expect(formatProgressLine({ camera: 'c', framesDone: 7, fps: 3 })).toMatch(/\[…\]\s+7\s+3\.0 f\/s$/);
  });
});
