// Builds the browser viewer (src/viewer) into viewer-dist/, which is committed so that users of
// `openmocap view` need no build step. Run with `npm run build:viewer`.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { sourcesManifest } from './vite.sources';

const outDir = fileURLToPath(new URL('./viewer-dist', import.meta.url));
const sources = sourcesManifest(outDir);

export default defineConfig({
  root: fileURLToPath(new URL('./src/viewer', import.meta.url)),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [sources.main],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 900,
  },
});
