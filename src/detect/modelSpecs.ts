// The pose models openmocap can run, as data (pure: no tfjs, no file system; safe in a browser).
import { UserError } from '../core/errors.ts';

export const MODEL_NAMES = [
  'movenet-lightning',
  'movenet-thunder',
  'movenet-multipose',
  'blazepose-lite',
  'blazepose-full',
  'blazepose-heavy',
] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** Whole-frame person finders used to start tracks (not keypoint models on their own). */
export const FINDER_NAMES = ['movenet-lightning', 'movenet-multipose', 'blazepose-detector'] as const;
export type FinderName = (typeof FINDER_NAMES)[number];

export interface ModelSpec {
  name: ModelName | 'blazepose-detector';
  /** Keypoint layout of the output (src/core/layouts.ts). */
  layout: 'coco17' | 'blazepose33';
  joints: number;
  /** Side of the square model input, pixels. */
  inputSize: number;
  /** True when one inference returns every person in the input. */
  multiPerson: boolean;
  /** Model file stems (graph model .json + .bin). */
  files: string[];
}

export const MODEL_SPECS: Record<ModelName | 'blazepose-detector', ModelSpec> = {
  'movenet-lightning': { name: 'movenet-lightning', layout: 'coco17', joints: 17, inputSize: 192, multiPerson: false, files: ['movenet-lightning'] },
  'movenet-thunder': { name: 'movenet-thunder', layout: 'coco17', joints: 17, inputSize: 256, multiPerson: false, files: ['movenet-thunder'] },
  'movenet-multipose': { name: 'movenet-multipose', layout: 'coco17', joints: 17, inputSize: 256, multiPerson: true, files: ['movenet-multipose'] },
  'blazepose-lite': { name: 'blazepose-lite', layout: 'blazepose33', joints: 33, inputSize: 256, multiPerson: false, files: ['blazepose-lite'] },
  'blazepose-full': { name: 'blazepose-full', layout: 'blazepose33', joints: 33, inputSize: 256, multiPerson: false, files: ['blazepose-full'] },
  'blazepose-heavy': { name: 'blazepose-heavy', layout: 'blazepose33', joints: 33, inputSize: 256, multiPerson: false, files: ['blazepose-heavy'] },
  // Finds people (a box and a body circle per person, no keypoints); BlazePose's first stage.
  'blazepose-detector': { name: 'blazepose-detector', layout: 'blazepose33', joints: 0, inputSize: 224, multiPerson: true, files: ['blazepose-detector'] },
};

/** One pose as the model sees it: coordinates normalised to the model input, [0, 1]. */
export interface RawPose {
  /** [x, y, score] per joint, x and y in [0, 1] of the model input. */
  keypoints: Float32Array;
  /** Overall person score in [0, 1]. */
  score: number;
  /** Person box [xMin, yMin, xMax, yMax], normalised, when the model gives one. */
  box?: [number, number, number, number];
  /** A square region to crop for the keypoint model, normalised [cx, cy, side] (person detectors only). */
  region?: [number, number, number];
  /** Rotation of that region (Crop.rotationRad), when the detector gives the body's incline. */
  regionRotationRad?: number;
  /** BlazePose only: world landmarks, [x, y, z] per joint in metres, origin between the hips (x right, y down, z away from the camera, as the model gives them). */
  world?: Float32Array;
}

export function getModelSpec(name: string): ModelSpec {
  const spec = (MODEL_SPECS as Record<string, ModelSpec>)[name];
  if (!spec) throw new UserError(`unknown pose model "${name}"; choose one of ${MODEL_NAMES.join(', ')}`);
  return spec;
}

/**
 * The whole-frame finder to use with a pose model by default. Single-person MoveNet searches with
 * itself (on the whole frame and on overlapping tiles when several people are wanted); BlazePose
 * searches with MoveNet Lightning, because its own detector is tuned for people close to the camera
 * and misses the small, full-body people of a lab recording. MultiPose is available on request.
 */
export function defaultFinder(model: string, _maxPersons: number): FinderName | undefined {
  const spec = getModelSpec(model);
  if (spec.multiPerson) return undefined;
  return spec.layout === 'blazepose33' ? 'movenet-lightning' : undefined;
}

/** The finder model the [detect] settings ask for (undefined: the pose model does its own whole-frame pass). */
export function resolveFinder(settings: { model: string; max_persons: number; finder: string }): string | undefined {
  if (settings.finder === 'same' || settings.finder === settings.model) return undefined;
  if (settings.finder === 'auto') return defaultFinder(settings.model, settings.max_persons);
  return settings.finder;
}
