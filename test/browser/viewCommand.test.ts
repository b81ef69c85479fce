// `openmocap view` as a user runs it: prints the URL, serves the session, stops on Ctrl-C (SIGINT);
// a missing folder is one line on stderr, no stack.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { VIEWER_ASSETS_DIR } from '../../src/server/startViewerServer.ts';

const BIN = fileURLToPath(new URL('../../bin/openmocap.mjs', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'omc-view-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]): {
  child: ReturnType<typeof spawn>;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '',
    err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

describe('openmocap view', () => {
  it('says in one line that a missing session folder does not exist', async () => {
    const r = run(['view', join(tmp, 'missing'), '--no-open']);
    expect(await r.exit).toBe(2);
    expect(r.stderr().trim().split('\n')).toHaveLength(1);
    expect(r.stderr()).toMatch(/session folder .*missing does not exist/);
  });

  it('rejects a bad --port', async () => {
    const r = run(['view', tmp, '--no-open', '--port', 'abc']);
    expect(await r.exit).toBe(2);
    expect(r.stderr()).toMatch(/--port must be a whole number/);
  });

  it.skipIf(!existsSync(join(VIEWER_ASSETS_DIR, 'index.html')))(
    'prints a loopback URL, serves the session read-only, and stops on Ctrl-C',
    async () => {
      const dir = join(tmp, 'session');
      mkdirSync(join(dir, 'output'), { recursive: true });
      writeFileSync(join(dir, 'output', 'report.json'), '{"format":"openmocap-report"}');
      const r = run(['view', dir, '--no-open']);
      const deadline = Date.now() + 60_000;
      while (!/http:\/\/\S+/.test(r.stdout()) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
      const url = /http:\/\/\S+/.exec(r.stdout())?.[0];
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const index = await (await fetch(`${url}api/session`)).json();
      expect(index.reportJson).toBe('output/report.json');
      expect(await (await fetch(`${url}session/output/report.json`)).text()).toBe('{"format":"openmocap-report"}');
      expect((await fetch(`${url}session/output/report.json`, { method: 'DELETE' })).status).toBe(405);
      r.child.kill('SIGINT');
      expect(await r.exit).toBe(0);
    },
  );
});
