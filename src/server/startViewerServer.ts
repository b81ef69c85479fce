// The viewer's web server: the prebuilt viewer (viewer-dist/), the session folder read-only under
// /session/…, and a JSON index of the session at /api/session. Nothing else. GET and HEAD only,
// byte ranges for video seeking, loopback by default (with a Host check against DNS rebinding).
// Node-only.
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIPv4, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../core/errors.ts';
import { buildSessionIndex, type SessionIndex } from './buildSessionIndex.ts';
import { contentTypeOf } from './contentTypeOf.ts';
import { resolveSessionPath } from './resolveSessionPath.ts';

/** The committed, prebuilt viewer (npm run build:viewer). */
export const VIEWER_ASSETS_DIR = fileURLToPath(new URL('../../viewer-dist/', import.meta.url));

export interface ViewerServerOptions {
  sessionDir: string;
  /** TCP port; 0 or undefined picks a free one. */
  port?: number;
  /** Interface to listen on. Defaults to 127.0.0.1 (loopback only). */
  host?: string;
  /** Folder of the built viewer. Defaults to VIEWER_ASSETS_DIR. */
  assetsDir?: string;
  /** Reads a video's frame rate, frame count and size. Defaults to ffprobe (src/video/probe.ts). */
  probeVideo?: (path: string) => Promise<VideoFacts>;
}

export interface ViewerServer {
  url: string;
  host: string;
  port: number;
  sessionDir: string;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
/** Whether an address to listen on is loopback: the names above, or an IPv4 address 127.x.y.z (never a name that merely starts with "127."). */
export const isLoopback = (host: string): boolean => LOOPBACK_HOSTS.has(host) || (isIPv4(host) && host.startsWith('127.'));

/**
 * The DNS-rebinding check: a request's Host header must name this server exactly — 127.0.0.1,
 * localhost, [::1] or the address it listens on — with its own port. "127.attacker.example:PORT",
 * "127.0.0.1.evil.com", "localhost.evil.com" or another port are refused.
 */
export function isOwnLoopbackHost(hostHeader: string | undefined, listenHost: string, port: number): boolean {
  if (!hostHeader) return false;
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+):(\d{1,5})$/i.exec(hostHeader.trim().toLowerCase());
  if (!m || Number(m[2]) !== port) return false;
  const name = m[1];
  const listen = listenHost.toLowerCase();
  const own = listen.includes(':') && !listen.startsWith('[') ? `[${listen}]` : listen;
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]' || (name === own && isLoopback(listen));
}

const CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', head = false): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(head ? undefined : body);
}

/** Parses a single "bytes=a-b" range against a file size; undefined = whole file, null = unsatisfiable. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined | null {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined; // multi-range or odd syntax: send the whole file
  let start: number, end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return null;
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return null;
  return { start, end };
}

/** Sends one file (GET or HEAD, a single byte range honoured) with the given extra headers. */
export function sendFile(req: IncomingMessage, res: ServerResponse, path: string, extraHeaders: Record<string, string> = {}): void {
  const st = statSync(path);
  if (!st.isFile()) return send(res, 404, 'not found\n');
  const head = req.method === 'HEAD';
  const headers: Record<string, string | number> = {
    'Content-Type': contentTypeOf(path),
    'Accept-Ranges': 'bytes',
    'Last-Modified': st.mtime.toUTCString(),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  };
  const range = parseRange(req.headers.range, st.size);
  if (range === null) {
    res.writeHead(416, { 'Content-Range': `bytes */${st.size}`, 'Content-Length': 0 });
    res.end();
    return;
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? st.size - 1;
  headers['Content-Length'] = st.size === 0 ? 0 : end - start + 1;
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${st.size}`;
  res.writeHead(range ? 206 : 200, headers);
  if (head || st.size === 0) {
    res.end();
    return;
  }
  // Large chunks: a 30 MB points file in 64 KB pieces costs hundreds of event-loop turns.
  const stream = createReadStream(path, { start, end, highWaterMark: 1 << 20 });
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

type VideoFacts = Pick<SessionIndex['videos'][number], 'fps' | 'frames' | 'width' | 'height' | 'codec'>;

async function ffprobeFacts(path: string): Promise<VideoFacts> {
  const { probeVideo } = await import('../video/probe.ts');
  const info = await probeVideo(path);
  return { fps: info.fps, frames: info.frames, width: info.width, height: info.height, codec: info.codec };
}

/**
 * Adds frame rate, frame count and size to each video of the index (ffprobe through C1's probeVideo),
 * cached by path, size and modification time. The cache holds the probe itself, so requests that
 * arrive while a video is being probed wait for that probe instead of starting their own.
 * A video that cannot be probed is listed without them.
 */
async function addVideoFacts(
  index: SessionIndex,
  root: string,
  cache: Map<string, { key: string; facts: Promise<VideoFacts> }>,
  probe: (path: string) => Promise<VideoFacts>,
): Promise<void> {
  await Promise.all(
    index.videos.map(async (v) => {
      const path = join(root, ...v.file.split('/'));
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st) return;
      const key = `${st.size}:${st.mtimeMs}`;
      let hit = cache.get(path);
      if (!hit || hit.key !== key) {
        hit = { key, facts: probe(path).catch((): VideoFacts => ({})) };
        cache.set(path, hit);
      }
      Object.assign(v, await hit.facts);
    }),
  );
}

/** Starts the server; resolves once it listens. Throws UserError for a missing session or a busy port. */
/**
 * Starts an HTTP server on `host` (port 0 = a free one) that answers with `handle` (a throw becomes a
 * 500), or a one-line UserError saying what to change when the port or address cannot be had.
 */
export async function listenLocal(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
  host: string,
  port: number | undefined,
): Promise<Server> {
  const server: Server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      if (!res.headersSent) send(res, 500, 'internal error\n');
    }
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new UserError(`port ${port} on ${host} is in use; choose another with --port, or leave --port out for a free one`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND')
        reject(new UserError(`cannot listen on ${host}: no such local address; check --host`));
      else if (err.code === 'EACCES') reject(new UserError(`not allowed to listen on port ${port}; choose a port above 1023 with --port`));
      else reject(err);
    });
    server.listen(port ?? 0, host, () => resolvePromise());
  });
  return server;
}

export async function startViewerServer(opts: ViewerServerOptions): Promise<ViewerServer> {
  const host = opts.host ?? '127.0.0.1';
  const assetsDir = opts.assetsDir ?? VIEWER_ASSETS_DIR;
  if (!existsSync(opts.sessionDir) || !statSync(opts.sessionDir).isDirectory())
    throw new UserError(
      `session folder ${opts.sessionDir} does not exist; give the folder that holds videos/, calibration.toml and output/`,
    );
  if (!existsSync(join(assetsDir, 'index.html')))
    throw new UserError(`the viewer is not built (${join(assetsDir, 'index.html')} is missing); run "npm run build:viewer"`);
  const sessionRoot = realpathSync(opts.sessionDir);
  const assetsRoot = realpathSync(assetsDir);
  const checkHost = isLoopback(host);
  const probeCache = new Map<string, { key: string; facts: Promise<VideoFacts> }>();
  const probe = opts.probeVideo ?? ffprobeFacts;
  let port = 0;

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'only GET and HEAD\n');
    }
    if (checkHost && !isOwnLoopbackHost(req.headers.host, host, port))
      return send(res, 403, 'this server answers only to localhost\n', undefined, head);
    const raw = req.url ?? '/';
    if (!raw.startsWith('/')) return send(res, 400, 'bad request\n', undefined, head);
    const path = raw.split(/[?#]/, 1)[0];

    if (path === '/api/session') {
      const index = buildSessionIndex(sessionRoot);
      void addVideoFacts(index, sessionRoot, probeCache, probe)
        .catch(() => undefined)
        .then(() => send(res, 200, JSON.stringify(index), 'application/json; charset=utf-8', head));
      return;
    }
    let root: string, sub: string;
    if (path === '/' || path === '/index.html') {
      root = assetsRoot;
      sub = 'index.html';
    } else if (path.startsWith('/assets/')) {
      root = assetsRoot;
      sub = path.slice(1);
    } else if (path.startsWith('/session/')) {
      root = sessionRoot;
      sub = path.slice('/session/'.length);
    } else {
      return send(res, 404, 'not found\n', undefined, head);
    }
    const resolved = resolveSessionPath(root, sub);
    if (!resolved.ok) return send(res, resolved.status, `${resolved.reason}\n`, undefined, head);
    const extra: Record<string, string> =
      root === assetsRoot
        ? { 'Content-Security-Policy': CSP }
        : { 'Content-Security-Policy': "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:" };
    try {
      sendFile(req, res, resolved.path, extra);
    } catch {
      send(res, 404, 'not found\n', undefined, head);
    }
  };

  const server = await listenLocal(handle, host, opts.port);
  port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${port}/`,
    host,
    port,
    sessionDir: sessionRoot,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections?.();
        server.close(() => resolveClose());
      }),
  };
}
