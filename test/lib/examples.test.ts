// Every file in examples/ runs here, as a developer would run it (`import … from 'openmocap'`,
// resolved to the sources through the package's "source" export condition), and prints what it says.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedVideosDir } from '../../src/video/testVideos.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const SLOW = 240_000;
const run = (file: string, ...args: string[]): string =>
  execFileSync('node', ['--conditions=source', '--import', 'tsx', join(EXAMPLES, file), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

// browser/ runs in test/lib/package.test.ts, against the packed package installed in a fresh folder.
const TESTED = ['triangulate-your-own-2d.mjs', 'project-with-calibration.mjs', 'detect-one-video.mjs', 'browser'];
const video = sharedVideosDir() && join(sharedVideosDir()!, 'cam01.mp4');
const haveFfmpeg = existsSync('/usr/bin/ffmpeg');

describe('examples/', () => {
  it('every example has a test here', () => {
    expect(
      readdirSync(EXAMPLES)
        .filter((f) => f !== 'data' && f !== 'README.md')
        .sort(),
    ).toEqual([...TESTED].sort());
  });

  it(
    'triangulate-your-own-2d: millimetre error on noisy 2D',
    () => {
      const m = /worst error ([\d.]+) mm; (\d+) warnings/.exec(run('triangulate-your-own-2d.mjs'));
      expect(m).not.toBeNull();
      expect(Number(m![1])).toBeLessThan(10);
      expect(m![2]).toBe('0');
    },
    SLOW,
  );

  it(
    "project-with-calibration: the rig's cameras all see the origin point at the image centre",
    () => {
      const out = run('project-with-calibration.mjs');
      expect(out).toMatch(/4 cameras \(aniposelib\/Pose2Sim\/FreeMoCap TOML, translations in m\)/);
      expect(out.match(/\(0,0,1\) → \(960\.0, 540\.0\) px/g)).toHaveLength(4);
    },
    SLOW,
  );

  it.skipIf(!video || !haveFfmpeg)(
    `detect-one-video: a person in each of 5 real frames${video ? '' : ' (skipped: ../shared/data is absent)'}`,
    () => {
      const m = /5 frames, layout (\w+) .* a person in (\d+) frames, mean best score ([\d.]+)/.exec(
        run('detect-one-video.mjs', video!, '5'),
      );
      expect(m).not.toBeNull();
      expect(m![2]).toBe('5');
      expect(Number(m![3])).toBeGreaterThan(0.5);
    },
    SLOW,
  );
});
