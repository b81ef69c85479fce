import { describe, expect, it } from 'vitest';
import { UserError } from './errors.ts';
import { matchCameras, normaliseCameraName } from './matchCameras.ts';

describe('normaliseCameraName', () => {
  it('treats the spellings tools use for one camera as equal', () => {
    const forms = ['cam_01', 'cam01', 'cam01_json', 'int_cam01_img', 'Cam1', 'camera01.mp4', 'cam-01.pose2d'];
    expect(new Set(forms.map(normaliseCameraName))).toEqual(new Set(['cam1']));
  });
  it('keeps different cameras apart', () => {
    expect(normaliseCameraName('cam_01')).not.toBe(normaliseCameraName('cam_10'));
    expect(normaliseCameraName('left')).not.toBe(normaliseCameraName('right'));
  });
});

describe('matchCameras', () => {
  it('maps calibration names to video stems and JSON folders', () => {
    const m = matchCameras(['cam_01', 'cam_02'], ['cam02_json', 'cam01_json'], '2D folders');
    expect([...m]).toEqual([
      ['cam_01', 'cam01_json'],
      ['cam_02', 'cam02_json'],
    ]);
  });
  it('falls back to the camera number when it is unique', () => {
    const m = matchCameras(['cam_1', 'cam_2'], ['GoPro1', 'GoPro2'], 'videos');
    expect(m.get('cam_2')).toBe('GoPro2');
  });
  it('reports a missing camera listing what was found', () => {
    expect(() => matchCameras(['cam_01', 'cam_03'], ['cam01', 'cam02'], 'videos in s/videos')).toThrow(UserError);
    expect(() => matchCameras(['cam_01', 'cam_03'], ['cam01', 'cam02'], 'videos in s/videos')).toThrow(
      /camera "cam_03" has no match in videos in s\/videos \(found: cam01, cam02\)/,
    );
  });
  it('reports an ambiguous match', () => {
    expect(() => matchCameras(['cam_01'], ['cam01', 'cam_01_json'], 'videos')).toThrow(/matches several videos: cam01, cam_01_json/);
  });
});
