// Every pose-model family openmocap can run. Adding a family: write families/<id>.ts (spec, decoding,
// crop rules) and list it here.
import { UserError } from '../../core/errors.ts';
import { blazepose } from './blazepose.ts';
import { movenet } from './movenet.ts';
import type { ModelFamily, ModelSpec } from './types.ts';

export const MODEL_FAMILIES: readonly ModelFamily[] = [movenet, blazepose];

/** The family that runs model `name`, and its spec. */
export function familyOf(name: string): { family: ModelFamily; spec: ModelSpec } | undefined {
  for (const family of MODEL_FAMILIES) {
    const spec = family.specs.find((s) => s.name === name);
    if (spec) return { family, spec };
  }
  return undefined;
}

/** familyOf, or a UserError naming the models there are. */
export function requireFamily(name: string, known: readonly string[]): { family: ModelFamily; spec: ModelSpec } {
  const found = familyOf(name);
  if (!found) throw new UserError(`unknown pose model "${name}"; choose one of ${known.join(', ')}`);
  return found;
}
