// Loads opencv.js (@techstark/opencv-js) once. The module object is a thenable, so it must never be
// awaited or returned bare from an async function (the await would wait on it forever): it is
// loaded with require (a dynamic import's namespace may re-export `then`) and handed out as { cv }.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The folder holding opencv.js (its one file, ~11 MB): `openmocap app` serves it and `npm run build:web` copies it. */
export function opencvScriptDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@techstark/opencv-js/package.json')), 'dist');
}

/** The opencv.js module (untyped: its typings do not cover the calib3d / aruco bindings used here). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: opencv.js ships no types; its calls are checked by the tests that run them
export type OpenCv = any;

let loading: Promise<{ cv: OpenCv }> | null = null;

export function loadOpenCv(): Promise<{ cv: OpenCv }> {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      let cv: OpenCv;
      try {
        cv = createRequire(import.meta.url)('@techstark/opencv-js');
      } catch (err) {
        reject(err);
        return;
      }
      const poll = (): void => {
        if (cv.Mat) resolve({ cv });
        else setTimeout(poll, 20);
      };
      poll();
    });
  }
  return loading;
}
