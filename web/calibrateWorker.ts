// The calibration from the person in its own worker (opencv.js and the solve take a minute on a long
// take; the page stays responsive and "cancel" terminates it). Receives solveFromPerson's input
// (without the log callback), posts each log line and then the result, or a one-line error.
import { solveFromPerson, type FromPersonSolveInput, type FromPersonSolved } from '../src/calibration/fromPersonSolve.ts';
import type { OpenCv } from '../src/calibration/opencv.node.ts';
export type CalibrateWorkerMessage =
  | { type: 'log'; line: string }
  | { type: 'result'; solved: FromPersonSolved }
  | { type: 'error'; message: string; user: boolean };

/**
 * opencv.js, fetched from opencv/ beside the page (served by `openmocap app` from node_modules, copied
 * there by `npm run build:web`; ~11 MB, so it is not inlined in this worker's chunk) and run as a
 * classic script with this worker's global as `this`, where its UMD wrapper puts `cv`. Its module object
 * is a thenable: passing it through a promise would hang on its `then`, so it is handed out only
 * wrapped, once its wasm runtime is ready (cv.Mat exists).
 */
async function loadOpenCv(): Promise<{ cv: OpenCv }> {
  const url = new URL('../opencv/opencv.js', self.location.href);
  const res = await fetch(url);
  if (!res.ok)
    throw new Error(
      `opencv.js could not be loaded from ${url.pathname} (HTTP ${res.status}); serve the page with "openmocap app", or run "npm run build:web" to copy it into web-dist/opencv/`,
    );
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function(await res.text()).call(self);
  const cv: OpenCv = (self as unknown as { cv: OpenCv }).cv;
  return new Promise<{ cv: OpenCv }>((resolve) => {
    const poll = (): void => {
      if (cv.Mat) resolve({ cv });
      else setTimeout(poll, 20);
    };
    poll();
  });
}

self.onmessage = (e: MessageEvent<Omit<FromPersonSolveInput, 'log'>>) => {
  const post = (m: CalibrateWorkerMessage): void => (self as unknown as Worker).postMessage(m);
  loadOpenCv()
    .then(({ cv }) => {
      post({ type: 'log', line: 'opencv.js loaded; solving' });
      const solved = solveFromPerson(cv, { ...e.data, log: (line) => post({ type: 'log', line }) });
      post({ type: 'result', solved });
    })
    .catch((err: unknown) =>
      post({ type: 'error', message: (err as Error).message.split('\n')[0], user: (err as Error).name === 'UserError' }),
    );
};
