import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ASSETS_DIR, startAppServer, type AppServer } from './startAppServer.ts';

const built = existsSync(join(APP_ASSETS_DIR, 'index.html'));

describe.skipIf(!built)(`openmocap app's server${built ? '' : ' (skipped: web-dist/ is not built: npm run build:web)'}`, () => {
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({});
  });
  afterAll(() => server?.close());

  it('serves the page cross-origin isolated (COOP/COEP) with a CSP that lets wasm and workers run', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect(res.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
    expect(await res.text()).toContain('<title>openmocap');
    expect(res.headers.get('content-security-policy')).not.toContain("'unsafe-eval'");
  });

  it("allows 'unsafe-eval' to the calibration worker's script only (opencv.js), not to the page or the detection workers", async () => {
    const { readdirSync } = await import('node:fs');
    const assets = readdirSync(join(APP_ASSETS_DIR, 'assets'));
    const calib = assets.find((f) => /^calibrateWorker-.*\.js$/.test(f));
    const detect = assets.find((f) => /^detectWorker-.*\.js$/.test(f));
    expect(calib && detect).toBeTruthy();
    const c = await fetch(`${server.url}assets/${calib}`);
    expect(c.status).toBe(200);
    expect(c.headers.get('content-security-policy')).toMatch(/script-src 'self' 'unsafe-eval'/);
    const d = await fetch(`${server.url}assets/${detect}`);
    expect(d.headers.get('content-security-policy')).not.toContain("'unsafe-eval'");
  });

  it('serves the model, the tfjs wasm binaries and the viewer even when web-dist/ lacks them', async () => {
    const model = await fetch(`${server.url}models/movenet-lightning.json`);
    expect(model.status).toBe(200);
    expect(((await model.json()) as { weightsManifest: unknown[] }).weightsManifest.length).toBeGreaterThan(0);
    const wasm = await fetch(`${server.url}tfjs/tfjs-backend-wasm-simd.wasm`, { method: 'HEAD' });
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(wasm.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    const viewer = await fetch(`${server.url}viewer/index.html`);
    expect(viewer.status).toBe(200);
    expect(await viewer.text()).toContain('openmocap viewer');
  });

  it('refuses other methods, unknown files, paths that climb out, and other Host names', async () => {
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${server.url}models/no-such-model.json`)).status).toBe(404);
    expect((await fetch(`${server.url}models/..%2f..%2fpackage.json`)).status).toBe(400);
    expect((await fetch(`${server.url}%2e%2e/package.json`)).status).toBeGreaterThanOrEqual(400);
    const { request } = await import('node:http');
    const status = await new Promise<number>((done) => {
      const req = request(server.url, { headers: { host: 'evil.example:80' } }, (res) => done(res.statusCode ?? 0));
      req.end();
    });
    expect(status).toBe(403);
  });
});
