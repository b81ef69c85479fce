// `openmocap view <session>`: serves the prebuilt 3D viewer and the session folder (read-only) on a
// local port and opens it in the default browser. Runs until Ctrl-C.
import type { Command } from 'commander';

interface ViewCliOptions {
  port?: string;
  host?: string;
  open: boolean;
}

/** Opens a URL in the default browser; failure is ignored (the URL is printed anyway). */
export async function openBrowser(url: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', `start "" "${url}"`]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true, windowsVerbatimArguments: process.platform === 'win32' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser opener on this machine: the printed URL is enough
  }
}

/** Keeps a local server running until Ctrl-C (or SIGTERM), then closes it. */
export function serveUntilStopped(server: { close(): Promise<void> }): Promise<void> {
  return new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function register(program: Command): void {
  program
    .command('view')
    .description('Open the 3D viewer for a session (local web server; 127.0.0.1 unless --host)')
    .argument('<session>', 'session folder')
    .option('--port <n>', 'port to listen on (default: a free one)')
    .option('--host <host>', 'interface to listen on; 0.0.0.0 exposes the session to your network', '127.0.0.1')
    .option('--no-open', 'do not open a browser, just print the URL')
    .action(async (session: string, o: ViewCliOptions) => {
      const { UserError } = await import('../../core/errors.ts');
      const { existsSync, statSync } = await import('node:fs');
      const { resolve } = await import('node:path');
      const { startViewerServer, isLoopback } = await import('../../server/startViewerServer.ts');
      const dir = resolve(session);
      if (!existsSync(dir))
        throw new UserError(`session folder ${session} does not exist; give the folder that holds videos/, calibration.toml and output/`);
      if (!statSync(dir).isDirectory()) throw new UserError(`${session} is a file, not a session folder; give the folder that holds it`);
      let port: number | undefined;
      if (o.port !== undefined) {
        port = Number(o.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new UserError(`--port must be a whole number from 0 to 65535, got "${o.port}"`);
      }
      const host = o.host ?? '127.0.0.1';
      const server = await startViewerServer({ sessionDir: dir, port, host });
      process.stdout.write(`openmocap viewer for ${session}: ${server.url}\n`);
      if (!isLoopback(host)) process.stderr.write(`warning: listening on ${host}: anyone who can reach this machine can read ${session}\n`);
      process.stderr.write('press Ctrl-C to stop\n');
      if (o.open) await openBrowser(server.url);
      await serveUntilStopped(server);
    });
}
