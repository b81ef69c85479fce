import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/openmocap.mjs', import.meta.url));

describe('openmocap calibrate (command line)', () => {
  it('--help lists the --from-person settings with their mocap.toml keys, defaults and meaning', () => {
    const help = execFileSync(process.execPath, [bin, 'calibrate', '--help'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(help).toMatch(/--person-height <m> --from-person: height of the person .* sets the scale .*\(person_height_m, default 1\.75\)/);
    expect(help).toMatch(/--person-model <name> --from-person: pose model .*\(person_model, default movenet-thunder\)/);
    expect(help).toMatch(
      /--no-check-halves --from-person: skip calibrating each half of the take alone .*\(person_check_halves, default true/,
    );
    expect(help).toMatch(/openmocap config <session>" lists every key/);
  }, 20_000);

  it('a --from-person flag without --from-person is one line saying so, not silently ignored', () => {
    const r = spawnSync(process.execPath, [bin, 'calibrate', '/nonexistent-session', '--person-height', '1.8', '--no-check-halves'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'openmocap: --person-height, --no-check-halves apply only with --from-person; add --from-person (camera positions from the person) or drop them',
    );
  }, 20_000);
});
