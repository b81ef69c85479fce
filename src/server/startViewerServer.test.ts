import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.ts';
import { isLoopback, isOwnLoopbackHost, parseRange, startViewerServer, VIEWER_ASSETS_DIR, type ViewerServer } from './startViewerServer.ts';
import { probeVideo } from '../video/probe.ts';
import { ffmpegMissing, writePatternVideo } from '../video/testVideos.ts';
import { existsSync } from 'node:fs';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path goes on the wire exactly as written (fetch would normalise "..""). */
function get(server: ViewerServer, path: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', reject);
    req.end();
  });
}

const SECRET = 'TOP-SECRET-OUTSIDE-THE-SESSION';
let tmp: string;
let server: ViewerServer;
const video = Buffer.alloc(10_000);
for (let i = 0; i < video.length; i++) video[i] = i % 251;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'omc-server-'));
  const session = join(tmp, 'session');
  const assets = join(tmp, 'assets');
  mkdirSync(join(session, 'videos'), { recursive: true });
  mkdirSync(join(session, 'output'), { recursive: true });
  mkdirSync(join(assets, 'assets'), { recursive: true });
  writeFileSync(join(tmp, 'secret.txt'), SECRET);
  mkdirSync(join(tmp, 'secret-dir'));
  writeFileSync(join(tmp, 'secret-dir', 'file.txt'), SECRET);
  writeFileSync(join(tmp, 'session-evil.txt'), SECRET); // shares the session folder's name prefix
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>viewer</title>');
  writeFileSync(join(assets, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(session, 'videos', 'cam01.mp4'), video);
  writeFileSync(join(session, 'output', 'report.json'), '{"ok":true}');
  writeFileSync(join(session, 'name with space.txt'), 'spaced');
  symlinkSync(join(tmp, 'secret.txt'), join(session, 'link-out.txt'));
  symlinkSync(join(tmp, 'secret-dir'), join(session, 'dir-out'));
  symlinkSync(join(session, 'output', 'report.json'), join(session, 'link-in.json'));
  server = await startViewerServer({ sessionDir: session, assetsDir: assets });
});

afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('viewer server: what it serves', () => {
  it('listens on loopback by default, on a free port', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves the viewer page, its assets and session files with their content types', async () => {
    const page = await get(server, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect((await get(server, '/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
    const report = await get(server, '/session/output/report.json');
    expect(report.status).toBe(200);
    expect(report.headers['content-type']).toMatch(/^application\/json/);
    expect(report.body).toBe('{"ok":true}');
    expect((await get(server, '/session/videos/cam01.mp4')).headers['content-type']).toBe('video/mp4');
    expect((await get(server, '/session/name%20with%20space.txt')).body).toBe('spaced');
    expect((await get(server, '/session/link-in.json')).status).toBe(200);
  });

  it('answers byte ranges so a <video> can seek', async () => {
    const r = await get(server, '/session/videos/cam01.mp4', { headers: { Range: 'bytes=100-199' } });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe('bytes 100-199/10000');
    expect(r.headers['content-length']).toBe('100');
    expect(Buffer.from(r.body, 'latin1').equals(video.subarray(100, 200))).toBe(true);
    const tail = await get(server, '/session/videos/cam01.mp4', { headers: { Range: 'bytes=-10' } });
    expect(Buffer.from(tail.body, 'latin1').equals(video.subarray(9990))).toBe(true);
    const open = await get(server, '/session/videos/cam01.mp4', { headers: { Range: 'bytes=9000-' } });
    expect(open.headers['content-range']).toBe('bytes 9000-9999/10000');
    const bad = await get(server, '/session/videos/cam01.mp4', { headers: { Range: 'bytes=20000-' } });
    expect(bad.status).toBe(416);
    expect(bad.headers['content-range']).toBe('bytes */10000');
    const whole = await get(server, '/session/videos/cam01.mp4');
    expect(whole.status).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.body.length).toBe(10_000);
  });

  it('parses ranges like RFC 9110 (single range; suffix; open end; clamps the end)', () => {
    expect(parseRange('bytes=0-0', 5)).toEqual({ start: 0, end: 0 });
    expect(parseRange('bytes=2-99', 5)).toEqual({ start: 2, end: 4 });
    expect(parseRange('bytes=-2', 5)).toEqual({ start: 3, end: 4 });
    expect(parseRange('bytes=5-', 5)).toBeNull();
    expect(parseRange('bytes=3-1', 5)).toBeNull();
    expect(parseRange(undefined, 5)).toBeUndefined();
    expect(parseRange('bytes=0-1,3-4', 5)).toBeUndefined();
  });

  it('is read-only: GET and HEAD only', async () => {
    const head = await get(server, '/session/videos/cam01.mp4', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('10000');
    expect(head.body).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const r = await get(server, '/session/output/report.json', { method });
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
  });

  it('lists the session in /api/session, saying what is missing', async () => {
    const r = await get(server, '/api/session');
    expect(r.status).toBe(200);
    const index = JSON.parse(r.body);
    expect(index.videos).toEqual([{ camera: 'cam01', file: 'videos/cam01.mp4', bytes: 10_000 }]);
    expect(index.reportJson).toBe('output/report.json');
    expect(index.missing.join(' ')).toMatch(/no calibration/);
    expect(index.missing.join(' ')).toMatch(/no 3D points yet/);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const r = await get(server, '/session/output/report.json', { headers: { Host: `evil.example:${server.port}` } });
    expect(r.status).toBe(403);
    expect((await get(server, '/session/output/report.json', { headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  // issue 14 #1: any Host beginning with "127." passed as loopback.
  it('refuses Host headers that only look like loopback, or name another port', async () => {
    const p = server.port;
    for (const h of [
      `127.attacker.example:${p}`,
      `127.0.0.1.evil.com:${p}`,
      `localhost.evil.com:${p}`,
      `127.0.0.1:${p + 1}`,
      `127.0.0.1`,
      `localhost`,
      `[::1]:${p}x`,
      `127.0.0.1:${p}@evil.com`,
      `127.1:${p}`,
    ]) {
      const r = await get(server, '/session/output/report.json', { headers: { Host: h } });
      expect(r.status, h).toBe(403);
      expect(r.body).not.toContain('"ok"');
    }
    for (const h of [`127.0.0.1:${p}`, `localhost:${p}`, `LOCALHOST:${p}`, `[::1]:${p}`])
      expect((await get(server, '/session/output/report.json', { headers: { Host: h } })).status, h).toBe(200);
  });

  it('takes only real loopback addresses as loopback', () => {
    expect(isLoopback('127.0.0.2')).toBe(true);
    expect(isLoopback('127.evil.com')).toBe(false);
    expect(isLoopback('127.0.0.1.nip.io')).toBe(false);
    expect(isOwnLoopbackHost('127.0.0.2:8080', '127.0.0.2', 8080)).toBe(true);
    expect(isOwnLoopbackHost('127.0.0.3:8080', '127.0.0.2', 8080)).toBe(false);
    expect(isOwnLoopbackHost('[::1]:8080', '::1', 8080)).toBe(true);
    expect(isOwnLoopbackHost(undefined, '127.0.0.1', 8080)).toBe(false);
  });

  it('gives a one-line error for a missing session folder', async () => {
    await expect(startViewerServer({ sessionDir: join(tmp, 'nope') })).rejects.toThrow(UserError);
    await expect(startViewerServer({ sessionDir: join(tmp, 'nope') })).rejects.toThrow(/does not exist/);
  });

  it('says which port is busy', async () => {
    await expect(
      startViewerServer({ sessionDir: join(tmp, 'session'), assetsDir: join(tmp, 'assets'), port: server.port }),
    ).rejects.toThrow(/port \d+ .* in use/);
  });
});

describe('viewer server: nothing outside the session folder', () => {
  const attempts = [
    '/session/../secret.txt',
    '/session/../../../../etc/passwd',
    '/session/output/../../secret.txt',
    '/session/%2e%2e/secret.txt',
    '/session/%2E%2E/%2e%2e/etc/passwd',
    '/session/..%2fsecret.txt',
    '/session/..%2Fsecret.txt',
    '/session/%2e%2e%2fsecret.txt',
    '/session/%252e%252e%252fsecret.txt',
    '/session/%252e%252e/secret.txt',
    '/session/..%5csecret.txt',
    '/session/..\\secret.txt',
    '/session/%5c..%5csecret.txt',
    '/session//etc/passwd',
    '/session/%2fetc%2fpasswd',
    `/session/${encodeURIComponent('/etc/passwd')}`,
    '/session/C:/Windows/win.ini',
    '/session/./../secret.txt',
    '/session/%00../secret.txt',
    '/session/%c0%ae%c0%ae/secret.txt',
    '/session-evil.txt',
    '/session/../session-evil.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/etc/passwd',
    '/session/link-out.txt',
    '/session/dir-out/file.txt',
    '/session/dir-out/',
  ];
  for (const path of attempts)
    it(`refuses ${path}`, async () => {
      const r = await get(server, path);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.body).not.toContain(SECRET);
      expect(r.body).not.toContain('root:');
    });

  it('refuses a path without a leading slash and absolute-form URLs outside the session', async () => {
    const r = await get(server, 'http://127.0.0.1/../secret.txt');
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.body).not.toContain(SECRET);
  });

  it('does not list folders', async () => {
    expect((await get(server, '/session/')).status).toBe(404);
    expect((await get(server, '/session/output')).status).toBe(404);
  });
});

describe.skipIf(!existsSync(join(VIEWER_ASSETS_DIR, 'index.html')))('prebuilt viewer', () => {
  it('is committed in viewer-dist with its script', async () => {
    const s = await startViewerServer({ sessionDir: tmp });
    try {
      const page = await get(s, '/');
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(page.body);
      expect(script).not.toBeNull();
      const js = await get(s, `/${script![1]}`);
      expect(js.status).toBe(200);
      expect(js.headers['content-type']).toMatch(/javascript/);
    } finally {
      await s.close();
    }
  });
});

// issue 14 #10: 20 concurrent /api/session requests on a cold cache started ≥ 36 ffprobe runs for 4 videos.
const noFfmpeg = ffmpegMissing();
describe('viewer server: video facts', () => {
  it.skipIf(!!noFfmpeg)(
    `20 concurrent requests on a cold cache probe each of 4 videos once${noFfmpeg ? ` — skipped: ${noFfmpeg}` : ''}`,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'omc-probe-'));
      try {
        mkdirSync(join(dir, 'session', 'videos'), { recursive: true });
        mkdirSync(join(dir, 'assets'));
        writeFileSync(join(dir, 'assets', 'index.html'), '<!doctype html>');
        for (let c = 1; c <= 4; c++)
          await writePatternVideo(join(dir, 'session', 'videos', `cam0${c}.mp4`), { width: 64, height: 48, fps: 25, frames: 10 });
        const probed: string[] = [];
        const s = await startViewerServer({
          sessionDir: join(dir, 'session'),
          assetsDir: join(dir, 'assets'),
          probeVideo: async (path) => {
            probed.push(path);
            const info = await probeVideo(path);
            return { fps: info.fps, frames: info.frames, width: info.width, height: info.height, codec: info.codec };
          },
        });
        try {
          const replies = await Promise.all(Array.from({ length: 20 }, () => get(s, '/api/session')));
          expect(probed.length).toBe(4);
          expect(new Set(probed).size).toBe(4);
          for (const r of replies) {
            expect(r.status).toBe(200);
            const videos = (JSON.parse(r.body) as { videos: { frames?: number; width?: number }[] }).videos;
            expect(videos.map((v) => [v.frames, v.width])).toEqual(Array(4).fill([10, 64]));
          }
          // Warm: no new probe.
          await get(s, '/api/session');
          expect(probed.length).toBe(4);
        } finally {
          await s.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
