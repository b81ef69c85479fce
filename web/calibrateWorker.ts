// The calibration from the person in its own worker (opencv.js and the solve take a minute on a long
// take; the page stays responsive and "cancel" terminates it). Receives solveFromPerson's input
// (without the log callback), posts each log line and then the result, or a one-line error.
import { solveFromPerson, type FromPersonSolveInput, type FromPersonSolved } from '../src/calibration/fromPersonSolve.ts';
import type { OpenCv } from '../src/calibration/opencv.ts';
import cvModule from '@techstark/opencv-js';

export type CalibrateWorkerMessage = { type: 'log'; line: string } | { type: 'result'; solved: FromPersonSolved } | { type: 'error'; message: string; user: boolean };

/**
 * opencv.js, imported statically (this worker's chunk is loaded only to calibrate). Its module object is
 * a thenable: passing it (or a namespace copied from it) through a promise would hang on its `then`,
 * so it is handed out only wrapped, once its wasm runtime is ready (cv.Mat exists).
 */
function loadOpenCv(): Promise<{ cv: OpenCv }> {
  const cv: OpenCv = cvModule;
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
    .catch((err: unknown) => post({ type: 'error', message: (err as Error).message.split('\n')[0], user: (err as Error).name === 'UserError' }));
};
