// The web app's static server (`openmocap app`): the prebuilt page (web-dist/), the viewer
// (viewer-dist/ under /viewer/), tfjs's wasm binaries (/tfjs/) and the pose models (/models/, from
// @vladmandic/human or the model cache). Nothing is uploaded: the page processes in the tab. Every
// response is cross-origin isolated (COOP/COEP), so tfjs's wasm backend can use threads. GET and
// HEAD only, loopback by default with a Host check, paths resolved with the viewer server's rules.
// Node-only.
import { existsSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../core/errors.ts';
import { modelDirs } from '../detect/modelCache.ts';
import { wasmBinaryDir } from '../detect/wasmBackend.ts';
import { opencvScriptDir } from '../calibration/opencv.node.ts';
import { resolveSessionPath } from './resolveSessionPath.ts';
import { isLoopback, listenLocal, send, sendFile, VIEWER_ASSETS_DIR } from './startViewerServer.ts';

/** The committed, prebuilt web app (npm run build:web). */
export const APP_ASSETS_DIR = fileURLToPath(new URL('../../web-dist/', import.meta.url));

/** Headers a host must send for the page to be cross-origin isolated (wasm threads); docs/web-app.md lists them. */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

const CSP = [
  "default-src 'self'",
  // blob: for the wasm backend's thread workers, which load its (inlined) script from a Blob.
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "style-src 'self' 'unsafe-inline'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The calibration-from-person worker only (web/calibrateWorker.ts): opencv.js's Emscripten bindings
 * build functions from strings (new Function), which needs 'unsafe-eval'. A worker takes its policy
 * from its own script's response, so the page and the other workers keep the strict one.
 */
const CSP_OPENCV_WORKER = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'");
export const OPENCV_WORKER_PATH = /^\/assets\/calibrateWorker-[\w-]+\.js$/;

export interface AppServerOptions {
  port?: number;
  host?: string;
  assetsDir?: string;
}

export interface AppServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the app server; resolves once it listens. */
export async function startAppServer(opts: AppServerOptions = {}): Promise<AppServer> {
  const host = opts.host ?? '127.0.0.1';
  const assetsDir = opts.assetsDir ?? APP_ASSETS_DIR;
  if (!existsSync(join(assetsDir, 'index.html')))
    throw new UserError(`the web app is not built (${join(assetsDir, 'index.html')} is missing); run "npm run build:web"`);
  // URL prefix → folders to look in, first hit wins (web-dist/ holds them too after a full static build).
  const roots: [string, string[]][] = [
    ['/viewer/', [join(assetsDir, 'viewer'), VIEWER_ASSETS_DIR]],
    ['/tfjs/', [join(assetsDir, 'tfjs'), wasmBinaryDir()]],
    ['/models/', [join(assetsDir, 'models'), ...modelDirs()]],
    ['/opencv/', [join(assetsDir, 'opencv'), opencvScriptDir()]],
    ['/', [assetsDir]],
  ];
  const real = new Map<string, string>();
  const realOf = (dir: string): string | undefined => {
    if (!real.has(dir) && existsSync(dir)) real.set(dir, realpathSync(dir));
    return real.get(dir);
  };
  const checkHost = isLoopback(host);

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    for (const [k, v] of Object.entries(ISOLATION_HEADERS)) res.setHeader(k, v);
    res.setHeader('Content-Security-Policy', OPENCV_WORKER_PATH.test((req.url ?? '').split(/[?#]/, 1)[0]) ? CSP_OPENCV_WORKER : CSP);
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'only GET and HEAD\n');
    }
    if (checkHost) {
      const hostHeader = (req.headers.host ?? '').toLowerCase();
      const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.split(':')[0];
      if (!isLoopback(name)) return send(res, 403, 'this server answers only to localhost\n', undefined, head);
    }
    const raw = req.url ?? '/';
    if (!raw.startsWith('/')) return send(res, 400, 'bad request\n', undefined, head);
    let path = raw.split(/[?#]/, 1)[0];
    if (path.endsWith('/')) path += 'index.html';
    for (const [prefix, dirs] of roots) {
      if (!path.startsWith(prefix)) continue;
      for (const dir of dirs) {
        const root = realOf(dir);
        if (!root) continue;
        const resolved = resolveSessionPath(root, path.slice(prefix.length));
        if (!resolved.ok) {
          if (resolved.status === 404) continue;
          return send(res, resolved.status, `${resolved.reason}\n`, undefined, head);
        }
        if (!statSync(resolved.path).isFile()) continue;
        return sendFile(req, res, resolved.path);
      }
      return send(res, 404, 'not found\n', undefined, head);
    }
  };

  const server = await listenLocal(handle, host, opts.port);
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
