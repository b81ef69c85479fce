import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { outputSettingsSchema, projectSettingsSchema } from '../session/sessionSettingsSchemas.ts';
import { formatSettingsToml, validateSettings } from './validateSettings.ts';

const sections = {
  project: projectSettingsSchema,
  triangulation: z.object({
    min_cameras: z.number().int().min(2).default(2).describe('Fewest cameras that must see a joint.'),
    max_reprojection_error_px: z.number().positive().default(15),
  }),
  output: outputSettingsSchema,
};

const problems = (toml: string): string[] => {
  const r = validateSettings(parse(toml) as Record<string, unknown>, sections);
  return r.ok ? [] : r.problems;
};

describe('validateSettings', () => {
  it('fills every missing key with its default and records where values came from', () => {
    const r = validateSettings(parse('[triangulation]\nmin_cameras = 3\n') as Record<string, unknown>, sections);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.values.triangulation).toEqual({ min_cameras: 3, max_reprojection_error_px: 15 });
    expect(r.settings.values.output.formats).toEqual(['trc', 'csv', 'c3d', 'bvh', 'glb', 'angles', 'angles-json', 'com', 'com-json']);
    expect(r.settings.origins.triangulation).toEqual({ min_cameras: 'file', max_reprojection_error_px: 'default' });
  });

  it('says what to change for out-of-range, wrong-type and unknown values', () => {
    expect(problems('[triangulation]\nmin_cameras = 1')).toEqual(['triangulation.min_cameras must be ≥ 2, got 1']);
    expect(problems('[triangulation]\nmin_cameras = "two"')).toEqual(['triangulation.min_cameras must be a number, got "two"']);
    expect(problems('[triangulation]\nmin_cameras = 2.5')).toEqual(['triangulation.min_cameras must be a whole number, got 2.5']);
    expect(problems('[output]\nformats = ["trc", "fbx"]')).toEqual([
      'output.formats[1] must be one of "trc", "csv", "c3d", "bvh", "glb", "angles", "angles-json", "com", "com-json", got "fbx"',
    ]);
    expect(problems('[triangulation]\nmin_camera = 3')[0]).toBe(
      'unknown setting triangulation.min_camera (did you mean triangulation.min_cameras?); known keys in [triangulation]: min_cameras, max_reprojection_error_px',
    );
    expect(problems('[triangulate]\nmin_cameras = 3')[0]).toMatch(/^unknown section \[triangulate\] \(did you mean \[triangulation\]\?\)/);
    expect(problems('triangulation = 3')).toEqual(['triangulation must be a table (write it as a [triangulation] section), got 3']);
  });

  it('prints effective settings as TOML that parses back to the same values', () => {
    const r = validateSettings(parse('[project]\nfps = 50\n') as Record<string, unknown>, sections);
    if (!r.ok) throw new Error(r.problems.join('; '));
    const text = formatSettingsToml(r.settings, sections, ['header']);
    expect(text).toContain('fps = 50   # from mocap.toml');
    expect(text).toContain('min_cameras = 2   # default');
    expect(text).toContain('# Fewest cameras that must see a joint.');
    const back = validateSettings(parse(text) as Record<string, unknown>, sections);
    expect(back.ok && back.settings.values).toEqual(r.settings.values);
  });
});

describe('tomlValue', () => {
  it('keeps tables inline so they stay in their section', async () => {
    const { tomlValue } = await import('./validateSettings.ts');
    expect(tomlValue({ cam01: 2, 'cam 2': 0 })).toBe('{ cam01 = 2, "cam 2" = 0 }');
    expect(tomlValue(['trc', 'csv'])).toBe('["trc", "csv"]');
    expect(tomlValue(6)).toBe('6');
    expect(tomlValue(0.5)).toBe('0.5');
    expect(tomlValue('auto')).toBe('"auto"');
    expect(tomlValue(true)).toBe('true');
  });
});

describe('docCommentsOf', () => {
  it("reads each key's doc comment from schema source text", async () => {
    const { docCommentsOf } = await import('./validateSettings.ts');
    const src = `export const s = z.object({
  /** Pose model. Defaults to "a". */
  model: z.enum(['a']).default('a'),
  /**
   * Most people per frame.
   * Defaults to 3.
   */
  max_persons: z.number().default(3),
  other: z.number().default(1),
});`;
    const docs = docCommentsOf(src);
    expect(docs.get('model')).toBe('Pose model. Defaults to "a".');
    expect(docs.get('max_persons')).toBe('Most people per frame. Defaults to 3.');
    expect(docs.has('other')).toBe(false);
  });
});
