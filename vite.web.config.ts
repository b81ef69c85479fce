// Builds the web app (web/) into web-dist/: plain static files that run the whole pipeline in a tab.
// Besides the bundle, web-dist/ gets the pose model shipped in @vladmandic/human (models/), tfjs's
// wasm binaries (tfjs/), opencv.js (opencv/) and the prebuilt viewer (viewer/, from viewer-dist/). Committed, like
// viewer-dist/, so that `openmocap app` and static hosting need no build step. Run with
// `npm run build:web` (which builds the viewer first).
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { sourcesManifest } from './vite.sources';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const outDir = here('./web-dist');
const require = createRequire(import.meta.url);

const sources = sourcesManifest(outDir);

/** The model stems copied into web-dist/models (the others are served by `openmocap app` from the model cache). */
const SHIPPED_MODELS = ['movenet-lightning'];

function copyRuntimeFiles(): Plugin {
  return {
    name: 'openmocap-runtime-files',
    closeBundle() {
      const models = join(dirname(dirname(require.resolve('@vladmandic/human'))), 'models');
      mkdirSync(join(outDir, 'models'), { recursive: true });
      for (const stem of SHIPPED_MODELS)
        for (const ext of ['json', 'bin']) cpSync(join(models, `${stem}.${ext}`), join(outDir, 'models', `${stem}.${ext}`));
      const wasm = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
      mkdirSync(join(outDir, 'tfjs'), { recursive: true });
      for (const f of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'])
        cpSync(join(wasm, f), join(outDir, 'tfjs', f));
      // opencv.js (~11 MB) for the calibration worker, loaded at run time, not inlined in the bundle.
      const opencv = join(dirname(require.resolve('@techstark/opencv-js/package.json')), 'dist', 'opencv.js');
      mkdirSync(join(outDir, 'opencv'), { recursive: true });
      cpSync(opencv, join(outDir, 'opencv', 'opencv.js'));
      if (!existsSync(here('./viewer-dist/index.html'))) throw new Error('viewer-dist/ is not built: run "npm run build:viewer" first');
      cpSync(here('./viewer-dist'), join(outDir, 'viewer'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: here('./web'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [copyRuntimeFiles(), sources.main],
  worker: { format: 'es', plugins: () => [sources.worker] },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // Not minified: tfjs's wasm backend starts its thread workers from the source text of a bundled
    // function (Function.toString), which minification breaks ("e is not defined" in every thread).
    minify: false,
    chunkSizeWarningLimit: 4000,
    // Two pages: the session processor (index.html) and the live cameras page (live.html).
    rollupOptions: { input: { index: here('./web/index.html'), live: here('./web/live.html') } },
  },
});
