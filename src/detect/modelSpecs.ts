// The pose models openmocap can run, as data (pure: no tfjs, no file system; safe in a browser).
// Each family (spec, decoding, crop rules) lives in families/<id>.ts, listed in families/registry.ts.
import { BLAZEPOSE_NAMES } from './families/blazepose.ts';
import { MOVENET_NAMES } from './families/movenet.ts';
import { familyOf, MODEL_FAMILIES, requireFamily } from './families/registry.ts';
import type { ModelSpec } from './families/types.ts';

export type { ModelSpec, RawPose } from './families/types.ts';

export const MODEL_NAMES = [...MOVENET_NAMES, ...BLAZEPOSE_NAMES] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** Whole-frame person finders used to start tracks (not keypoint models on their own). */
export const FINDER_NAMES = ['movenet-lightning', 'movenet-multipose', 'blazepose-detector'] as const;
export type FinderName = (typeof FINDER_NAMES)[number];

export const MODEL_SPECS: Record<string, ModelSpec> = Object.fromEntries(MODEL_FAMILIES.flatMap((f) => f.specs.map((s) => [s.name, s])));

export function getModelSpec(name: string): ModelSpec {
  return requireFamily(name, MODEL_NAMES).spec;
}

/**
 * The whole-frame finder to use with a pose model by default (the family's choice). Single-person
 * MoveNet searches with itself (on the whole frame and on overlapping tiles when several people are
 * wanted); BlazePose with MoveNet Lightning. MultiPose is available on request.
 */
export function defaultFinder(model: string, _maxPersons: number): FinderName | undefined {
  const { family, spec } = requireFamily(model, MODEL_NAMES);
  if (spec.multiPerson) return undefined;
  return family.defaultFinder as FinderName | undefined;
}

/** The finder model the [detect] settings ask for (undefined: the pose model does its own whole-frame pass). */
export function resolveFinder(settings: { model: string; max_persons: number; finder: string }): string | undefined {
  if (settings.finder === 'same' || settings.finder === settings.model) return undefined;
  if (settings.finder === 'auto') return defaultFinder(settings.model, settings.max_persons);
  return settings.finder;
}

export { familyOf };
