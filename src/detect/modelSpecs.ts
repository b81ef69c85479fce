// The pose models openmocap can run, as data (pure: no tfjs, no file system; safe in a browser).
// Each family (spec, decoding, crop rules) lives in families/<id>.ts, listed in families/registry.ts.
import { BLAZEPOSE_NAMES } from './families/blazepose.ts';
import { MOVENET_NAMES } from './families/movenet.ts';
import { familyOf, MODEL_FAMILIES, requireFamily } from './families/registry.ts';
import type { ModelSpec } from './families/types.ts';

export type { ModelSpec, RawPose } from './families/types.ts';

/**
 * Two models in one: the first's body (COCO-17) and the second's heels and big toes, hung on the first's
 * ankles (fuseFeet.ts); layout coco17feet. See docs/models.md.
 */
export const FUSED_MODELS = {
  'movenet-lightning+blazepose-full': { body: 'movenet-lightning', feet: 'blazepose-full' },
} as const;
type FusedName = keyof typeof FUSED_MODELS;
const FUSED_NAMES = Object.keys(FUSED_MODELS) as FusedName[];

export const MODEL_NAMES = [...MOVENET_NAMES, ...BLAZEPOSE_NAMES, ...FUSED_NAMES] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

/** Whole-frame person finders used to start tracks (not keypoint models on their own). */
export const FINDER_NAMES = ['movenet-lightning', 'movenet-multipose', 'blazepose-detector'] as const;
export type FinderName = (typeof FINDER_NAMES)[number];

export const MODEL_SPECS: Record<string, ModelSpec> = Object.fromEntries(MODEL_FAMILIES.flatMap((f) => f.specs.map((s) => [s.name, s])));

/** The network(s) a model name runs: one, or a body model and a feet model (FUSED_MODELS). */
export function modelParts(name: string): { body: string; feet?: string } {
  return (FUSED_MODELS as Record<string, { body: string; feet: string }>)[name] ?? { body: name };
}

export function getModelSpec(name: string): ModelSpec {
  const { body, feet } = modelParts(name);
  const spec = requireFamily(body, MODEL_NAMES).spec;
  if (!feet) return spec;
  const feetSpec = requireFamily(feet, MODEL_NAMES).spec;
  return { ...spec, name, layout: 'coco17feet', joints: 21, files: [...spec.files, ...feetSpec.files] };
}

/**
 * The whole-frame finder to use with a pose model by default (the family's choice). Single-person
 * MoveNet searches with itself (on the whole frame and on overlapping tiles when several people are
 * wanted); BlazePose with MoveNet Lightning. MultiPose is available on request.
 */
export function defaultFinder(model: string, _maxPersons: number): FinderName | undefined {
  const { family, spec } = requireFamily(modelParts(model).body, MODEL_NAMES);
  if (spec.multiPerson) return undefined;
  return family.defaultFinder as FinderName | undefined;
}

/** The finder model the [detect] settings ask for (undefined: the pose model does its own whole-frame pass). */
export function resolveFinder(settings: { model: string; max_persons: number; finder: string }): string | undefined {
  if (settings.finder === 'same' || settings.finder === settings.model || settings.finder === modelParts(settings.model).body)
    return undefined;
  if (settings.finder === 'auto') return defaultFinder(settings.model, settings.max_persons);
  return settings.finder;
}

export { familyOf };
