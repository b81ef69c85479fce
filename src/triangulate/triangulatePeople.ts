// Several people triangulated at once: associatePeople finds who is who in every camera and frame,
// then each person goes through the same triangulator as a single subject (robust DLT with outlier
// exclusion, left/right checks, gap filling), from that person's detections only. Pure.

import type { CameraRig, Pose2DInput } from '../core/types.ts';
import { FrameWindow } from '../core/frameWindow.ts';
import { UserError } from '../core/errors.ts';
import { prepareCamera } from '../camera/project.ts';
import { associatePeople, type AssociatedPerson } from './associatePeople.ts';
import {
  imageScales,
  triangulate,
  triangulateSettingsSchema,
  type TriangulateOptions,
  type TriangulateSettings,
  type TriangulationResult,
} from './triangulate.ts';

export interface PersonResult extends Omit<AssociatedPerson, 'selection'> {
  result: TriangulationResult;
}

export interface PeopleResult {
  people: PersonResult[];
  frames: number;
  /** Short tracks (fewer frames than a person needs) left out. */
  droppedTracks: number;
}

/**
 * Triangulates every person seen by ≥ 2 cameras (settings.people = "all") or the N seen longest
 * (a number). Person ids are 1-based, in order of first appearance, and stay with the person for the
 * whole take. settings.people = "subject" is an error here: use triangulate().
 */
export function triangulatePeople(
  sequences: Pose2DInput[],
  rig: CameraRig,
  settings: Partial<TriangulateSettings> = {},
  opts: Omit<TriangulateOptions, 'selection'> = {},
): PeopleResult {
  const s = triangulateSettingsSchema.parse(settings);
  if (s.people === 'subject')
    throw new UserError('triangulatePeople needs triangulation.people = "all" or a number; "subject" triangulates one person');
  if (sequences.length !== rig.cameras.length || sequences.length === 0)
    return { people: [{ ...emptyPerson(), result: triangulate(sequences, rig, s, opts) }], frames: 0, droppedTracks: 0 };
  const prepared = rig.cameras.map(prepareCamera);
  // The per-camera image scales (and their warnings, which each person's triangulation gives again).
  const pixelScale = imageScales(sequences, rig, []);
  const frames = Math.max(...sequences.map((q) => q.frames));
  const assoc = associatePeople(
    sequences,
    rig,
    prepared,
    s,
    { people: s.people },
    pixelScale,
    new FrameWindow(sequences, opts.chunkFrames),
  );
  const people = assoc.people.map(({ selection, ...person }) => ({
    ...person,
    result: triangulate(sequences, rig, s, { ...opts, selection }),
  }));
  return { people, frames, droppedTracks: assoc.droppedTracks };
}

function emptyPerson(): Omit<AssociatedPerson, 'selection'> {
  return { id: 1, views: new Uint8Array(0), firstFrame: 0, lastFrame: -1, framesSeen: 0, reidentified: 0 };
}
