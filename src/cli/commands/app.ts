// `openmocap app`: serves the web app (the whole pipeline in a browser tab, nothing installed for the
// person using it) on 127.0.0.1 and opens it. The server only hands out static files; the videos
// are processed in the tab and never uploaded. Runs until Ctrl-C.
import type { Command } from 'commander';

interface AppCliOptions {
  port?: string;
  open: boolean;
}

export function register(program: Command): void {
  program
    .command('app')
    .description('Open the web app: process a session in the browser (local web server on 127.0.0.1)')
    .option('--port <n>', 'port to listen on (default: a free one)')
    .option('--no-open', 'do not open a browser, just print the URL')
    .action(async (o: AppCliOptions) => {
      const { UserError } = await import('../../core/errors.ts');
      const { startAppServer } = await import('../../server/startAppServer.ts');
      const { openBrowser, serveUntilStopped } = await import('./view.ts');
      let port: number | undefined;
      if (o.port !== undefined) {
        port = Number(o.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new UserError(`--port must be a whole number from 0 to 65535, got "${o.port}"`);
      }
      const server = await startAppServer({ port });
      process.stdout.write(`openmocap web app: ${server.url}\n`);
      process.stderr.write('videos are processed in the browser tab and stay on this computer; press Ctrl-C to stop\n');
      if (o.open) await openBrowser(server.url);
      await serveUntilStopped(server);
    });
}
