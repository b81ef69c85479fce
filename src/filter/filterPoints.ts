// Filtering of triangulated 3D points: a chain of named filters from one table (FILTERS), chosen in
// mocap.toml [filter]. Each filter runs on every joint coordinate, separately on each contiguous run
// of frames where the joint exists — gaps (NaN) stay gaps and never bleed into their neighbours.
import { z } from 'zod';
import { UserError } from '../core/errors.ts';
import type { Points3D } from '../core/types.ts';
import { butterworth } from './butterworth.ts';
import { filtfilt } from './filtfilt.ts';
import { hampel, movingMedian } from './hampel.ts';

export { butterworth } from './butterworth.ts';
export { filtfilt, lfilter, lfilterZi } from './filtfilt.ts';
export { hampel, movingMedian } from './hampel.ts';

/** The numeric parameters filters read (the [filter] settings without the chain itself). */
export interface FilterParams {
  cutoff_hz: number;
  order: number;
  hampel_window_frames: number;
  hampel_n_sigma: number;
  median_window_frames: number;
}

/** One named filter: acts on one run of finite samples at `fps` and returns a new array. */
export interface FilterEntry {
  /** What it does, one line (`openmocap config` shows it). */
  description: string;
  /** Filters one run of finite samples at `fps` with the [filter] settings; returns a new array. */
  apply(run: Float64Array, fps: number, p: FilterParams): Float64Array;
}

/** Every filter [filter].filters may name, applied in the listed order. */
export const FILTERS = {
  hampel: {
    description: 'Hampel spike filter: replaces samples far from their local median (hampel_window_frames, hampel_n_sigma)',
    /** Replaces the spikes of one run of finite samples. */
    apply: (run, _fps, p) => hampel(run, p.hampel_window_frames, p.hampel_n_sigma),
  },
  median: {
    description: 'moving median over median_window_frames samples (removes spikes, flattens peaks)',
    /** The moving median of one run of finite samples. */
    apply: (run, _fps, p) => movingMedian(run, p.median_window_frames),
  },
  butterworth: {
    description: 'zero-phase Butterworth low-pass (order, cutoff_hz), like scipy butter + filtfilt',
    /** Low-passes one run of finite samples at `fps`, forward and backward. */
    apply: (run, fps, p) => {
      const { b, a } = butterworth(p.order, p.cutoff_hz, fps);
      return filtfilt(b, a, run);
    },
  },
} satisfies Record<string, FilterEntry>;

/** A filter `filterPoints` can chain: a key of FILTERS. */
export type FilterName = keyof typeof FILTERS;
const FILTER_NAMES = Object.keys(FILTERS) as [FilterName, ...FilterName[]];

/** mocap.toml [filter]. Every key optional; defaults defined here only. */
export const filterSettingsSchema = z.object({
  filters: z
    .array(z.enum(FILTER_NAMES))
    .default(['hampel', 'butterworth'])
    .describe(`Filters applied in this order; [] = none. Any of: ${FILTER_NAMES.join(', ')}.`),
  cutoff_hz: z.number().positive().default(6).describe('Butterworth cutoff frequency in Hz (must be below half the frame rate).'),
  order: z
    .number()
    .int()
    .min(1)
    .max(8)
    .default(2)
    .describe(
      'Butterworth order of each pass (scipy butter N). filtfilt runs it forward and backward,\nso the response is of order 2·N: Pose2Sim\'s "order = 4" is order = 2 here.',
    ),
  hampel_window_frames: z
    .number()
    .int()
    .min(3)
    .refine((v) => v % 2 === 1, 'must be odd (the window is centred: 7 = three frames either side)')
    .default(7)
    .describe('Hampel window length in frames, centred on each frame (7 = three either side).'),
  hampel_n_sigma: z
    .number()
    .positive()
    .default(3)
    .describe('Hampel threshold: robust standard deviations from the local median that make a spike.'),
  median_window_frames: z
    .number()
    .int()
    .min(3)
    .refine((v) => v % 2 === 1, 'must be odd (the window is centred: 5 = two frames either side)')
    .default(5)
    .describe('Moving-median window length in frames, centred on each frame (odd).'),
});

/** The [filter] settings with every default filled in (see FilterOptions for each key's meaning). */
export type FilterSettings = z.infer<typeof filterSettingsSchema>;

/** Calls fn(start, end) for each maximal run [start, end) of frames where joint j has finite x, y, z. */
function forEachRun(pts: Points3D, j: number, fn: (start: number, end: number) => void): void {
  let start = -1;
  for (let f = 0; f <= pts.frames; f++) {
    const i = (f * pts.joints + j) * 3;
    const ok = f < pts.frames && Number.isFinite(pts.data[i]) && Number.isFinite(pts.data[i + 1]) && Number.isFinite(pts.data[i + 2]);
    if (ok && start < 0) start = f;
    if (!ok && start >= 0) {
      fn(start, f);
      start = -1;
    }
  }
}

/**
 * Filters 3D points with the chain in `settings.filters` (defaults: Hampel, then Butterworth 6 Hz).
 * Missing points stay missing; each contiguous run is filtered on its own. Returns new Points3D
 * (input untouched). Throws a UserError naming the setting when the cutoff is not below fps / 2.
 */
export function filterPoints(points: Points3D, settings: Partial<FilterSettings> = {}): Points3D {
  const s = filterSettingsSchema.parse(settings);
  const out: Points3D = {
    ...points,
    data: points.data.slice(),
    reprojectionErrorPx: points.reprojectionErrorPx.slice(),
    cameraMask: points.cameraMask.slice(),
    timestampsMs: points.timestampsMs.slice(),
  };
  if (s.filters.length === 0 || points.frames === 0) return out;
  if (s.filters.includes('butterworth') && !(s.cutoff_hz < points.fps / 2))
    throw new UserError(
      `filter.cutoff_hz must be below half the frame rate (${points.fps / 2} Hz at ${points.fps} fps), got ${s.cutoff_hz}`,
    );
  const chain = s.filters.map((name) => FILTERS[name]);
  const run = new Float64Array(points.frames);
  for (let j = 0; j < points.joints; j++) {
    forEachRun(points, j, (start, end) => {
      const n = end - start;
      if (n < 2) return;
      for (let c = 0; c < 3; c++) {
        let x: Float64Array = run.subarray(0, n);
        for (let f = 0; f < n; f++) x[f] = points.data[((start + f) * points.joints + j) * 3 + c];
        for (const entry of chain) x = entry.apply(x, points.fps, s);
        for (let f = 0; f < n; f++) out.data[((start + f) * points.joints + j) * 3 + c] = x[f];
      }
    });
  }
  return out;
}
