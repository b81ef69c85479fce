import { describe, expect, it } from 'vitest';
import { parseSettings } from './parseSettings.ts';
import { withSettingValue } from './settingsText.ts';

const people = (text: string) => parseSettings(text, 'mocap.toml').settings.triangulation.people;

describe('withSettingValue', () => {
  it('replaces the key, adds it under its section, or adds the section; keeps the rest as written', () => {
    const a = '# my session\n[triangulation]\npeople = "subject" # one\nmin_score = 0.3\n[output]\nformats = ["trc"]\n';
    const b = withSettingValue(a, 'triangulation', 'people', '"all"');
    expect(people(b)).toBe('all');
    expect(b).toBe('# my session\n[triangulation]\npeople = "all"\nmin_score = 0.3\n[output]\nformats = ["trc"]\n');

    const c = withSettingValue('[triangulation]\nmin_score = 0.3\n', 'triangulation', 'people', '2');
    expect(people(c)).toBe(2);
    expect(parseSettings(c, 'mocap.toml').settings.triangulation.min_score).toBe(0.3);

    // A "people" key of another section is not touched.
    const d = withSettingValue('[sync]\nmethod = "none"\n[output]\nreport = true', 'triangulation', 'people', '"all"');
    expect(d).toBe('[sync]\nmethod = "none"\n[output]\nreport = true\n\n[triangulation]\npeople = "all"\n');
    expect(parseSettings(d, 'mocap.toml').settings.sync.method).toBe('none');
    expect(people(withSettingValue('', 'triangulation', 'people', '"all"'))).toBe('all');
  });

  it('a value the schema refuses is a one-line error naming the file', () => {
    expect(() => withSettingValue('', 'triangulation', 'people', '"everyone"', 'session/mocap.toml')).toThrow(/session\/mocap\.toml/);
  });
});
