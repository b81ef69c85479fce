import { describe, expect, it } from 'vitest';
import { getLayout } from '../core/layouts.ts';
import { generateMotion } from '../synthetic/motion.ts';
import { boneStability, judge, type BoneQuality, type Quality } from './computeQuality.ts';

const overall = (o: Partial<Quality['overall']>): Quality['overall'] => ({
  medianReprojectionErrorPx: 2,
  completeness: 1,
  gaps: 0,
  gapFrames: 0,
  medianBoneCv: 0.02,
  medianBoneCvAll: 0.02,
  maxBoneCv: 0.05,
  heightM: 1.75,
  reprojectionErrorOfSubject: NaN,
  ...o,
});
const bone = (name: string, cv: number, meanLengthM: number, limbOrTrunk: boolean): BoneQuality => ({
  name,
  cv,
  meanLengthM,
  sdLengthM: cv * meanLengthM,
  frames: 100,
  limbOrTrunk,
});

describe('the verdict', () => {
  it('lists what lowered it first, marked ✗, and what is fine after, marked ✓', () => {
    // Real-session figures: low reprojection error, every joint present, but bones stretch 7 %.
    const v = judge([], [bone('LHip–LKnee', 0.07, 0.4, true)], overall({ medianReprojectionErrorPx: 6.9, medianBoneCv: 0.07 }), 1920);
    expect(v.level).toBe('fair');
    expect(v.reasons[0]).toMatch(/^✗ limb and trunk bones stretch somewhat/);
    expect(v.reasons.slice(1)).toEqual(['✓ median reprojection error 6.9 px is low', '✓ 100 % of joint positions are present']);
    expect(v.checks.map((c) => c.ok)).toEqual([false, true, true]);
    expect(v.reasons[0]).toContain('(median length variation 7.0 %; below 5 % is good)');
  });

  it("judges the reprojection error against the subject's size in the image when it is known", () => {
    const b = [bone('LHip–LKnee', 0.02, 0.4, true)];
    // 13.3 px on a person 690 px tall (1.9 %) is fine, though above 0.5 % of a 1920 px image.
    const fine = judge([], b, overall({ medianReprojectionErrorPx: 13.3, reprojectionErrorOfSubject: 13.3 / 690 }), 1920);
    expect(fine.level).toBe('good');
    expect(fine.reasons).toContain("✓ median reprojection error 13.3 px = 1.9 % of the subject's size in the image is low");
    const far = judge([], b, overall({ medianReprojectionErrorPx: 13.3, reprojectionErrorOfSubject: 13.3 / 300 }), 1920);
    expect(far.level).toBe('fair');
    expect(far.reasons[0]).toBe(
      "✗ median reprojection error 13.3 px = 4.4 % of the subject's size in the image is moderate (good is below 2.5 %)",
    );
    const off = judge([], b, overall({ medianReprojectionErrorPx: 30, reprojectionErrorOfSubject: 0.1 }), 1920);
    expect(off.level).toBe('poor');
  });

  it('marks every check ✓ for a good capture', () => {
    const v = judge([], [bone('LHip–LKnee', 0.01, 0.4, true)], overall({}), 1920);
    expect(v.level).toBe('good');
    expect(v.reasons.every((r) => r.startsWith('✓ '))).toBe(true);
  });

  it('names the least stable bone among limb and trunk bones, not a face bone', () => {
    const bones = [bone('LShoulder–Nose', 0.3, 0.25, false), bone('LElbow–LWrist', 0.15, 0.27, true), bone('LHip–LKnee', 0.02, 0.4, true)];
    const v = judge([], bones, overall({ medianBoneCv: 0.03 }), 1920);
    expect(v.reasons).toContain('✗ least stable bone: LElbow–LWrist (15 %)');
    expect(v.reasons.join(' ')).not.toContain('Nose');
  });
});

describe('the verdict on scale', () => {
  it('calls a millimetre-sized person a units mistake, however good the pixels', () => {
    const bones = [bone('LHip–LKnee', 0.01, 0.0004, true), bone('LKnee–LAnkle', 0.01, 0.0004, true)];
    const v = judge([], bones, overall({ medianBoneCv: 0.01 }), 1920);
    expect(v.level).toBe('poor');
    expect(v.reasons[0]).toBe(
      "✗ limb and trunk bones measure 0.40 mm (median), a person's are 0.2–0.5 m: the calibration's units are probably wrong (check project.calibration_units in mocap.toml)",
    );
  });
});

describe('bone stability', () => {
  it('flags limb and trunk bones by their joints (LShoulder–Nose and face bones are not)', () => {
    const pts = generateMotion({ frames: 10, fps: 30, layout: 'coco17', seed: 1 });
    const bones = boneStability(pts);
    const flagged = bones.filter((b) => b.limbOrTrunk).map((b) => b.name);
    expect(flagged).toContain('LHip–LKnee');
    expect(flagged).toContain('RShoulder–RElbow');
    expect(flagged).not.toContain('LShoulder–Nose');
    expect(flagged.some((n) => /Eye|Ear|Nose/.test(n))).toBe(false);
    expect(flagged).toHaveLength(getLayout('coco17').bones.length - 5);
  });
});

describe('the verdict on cameras left out', () => {
  it('lists a camera that saw nobody first, marked ✗, without lowering a good verdict on the others', () => {
    const warnings = [
      {
        code: 'camera-sees-nobody',
        message:
          'camera cam03 was left out: nobody found in any of the 20 frames of videos/cam03.mp4; check that it films the subject (then rerun), or leave it out for good with [project] cameras = [...] in mocap.toml',
      },
    ];
    const v = judge([], [bone('LHip–LKnee', 0.01, 0.4, true)], overall({}), 1920, warnings);
    expect(v.level).toBe('good');
    expect(v.reasons[0]).toBe(`✗ ${warnings[0].message}`);
    expect(v.headline).toContain('1 camera was left out');
    const other = judge([], [bone('LHip–LKnee', 0.01, 0.4, true)], overall({}), 1920, [{ code: 'gap-too-long', message: 'a gap' }]);
    expect(other.reasons.every((r) => r.startsWith('✓ '))).toBe(true);
    expect(other.headline).toBe('Trust this capture: the cameras agree and the body keeps its shape.');
  });
});
