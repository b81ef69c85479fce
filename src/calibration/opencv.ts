// Loads opencv.js (@techstark/opencv-js) once. The module object is a thenable, so it must never be
// returned bare from an async function (the await would wait on it forever): it is wrapped as { cv }.

/** The opencv.js module (untyped: its typings do not cover the calib3d / aruco bindings used here). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OpenCv = any;

let loading: Promise<{ cv: OpenCv }> | null = null;

export function loadOpenCv(): Promise<{ cv: OpenCv }> {
  if (!loading) {
    loading = (async () => {
      const mod = (await import('@techstark/opencv-js')) as { default?: OpenCv; cv?: OpenCv };
      const cv = mod.default ?? mod.cv;
      await new Promise<void>((resolve) => {
        if (cv.Mat) resolve();
        else cv.onRuntimeInitialized = () => resolve();
      });
      return { cv };
    })();
  }
  return loading;
}
