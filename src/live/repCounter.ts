// Repetition counting for the live coach: one exercise's driving angle per frame in, repetitions out,
// each with its range of motion, tempo and form cues. A repetition is a hysteresis cycle of the
// driving angle: it starts when the angle rises above `enterDeg` (having been below `exitDeg`), and is
// counted when it falls back below `exitDeg` — so jitter around one threshold never counts twice, and
// a half movement (never reaching `enterDeg`) never counts. The thresholds and cues are data (EXERCISES)
// and documented in docs/live.md. Pure: the state is a value passed in and returned (no clock, no I/O).
import { median } from '../core/stats.ts';
import type { PoseFeatures } from './poseFeatures.ts';

export const EXERCISE_NAMES = ['squat', 'push-up', 'lunge', 'jumping-jack'] as const;
export type ExerciseName = (typeof EXERCISE_NAMES)[number];

/** A form check on one repetition: `test` returns true when the cue applies. */
export interface FormCueRule {
  id: string;
  /** What the coach says. */
  message: string;
  /** Thresholds are stated in the message and in docs/live.md. */
  test: (rep: RepSummaryInput) => boolean;
}

export interface ExerciseSpec {
  name: ExerciseName;
  /** The angle that drives the count, per frame (degrees). */
  signal: (f: PoseFeatures) => number;
  /** Human name of that angle. */
  signalName: string;
  /** A repetition starts above this (degrees)… */
  enterDeg: number;
  /** …and is counted when the angle is back below this. */
  exitDeg: number;
  /** Shorter cycles are jitter, not repetitions. */
  minRepS: number;
  cues: FormCueRule[];
}

/** What the cues see of one repetition. */
export interface RepSummaryInput {
  peakDeg: number;
  /**
   * Knee valgus ratio of the repetition: the median over the frames above enterDeg in which it was
   * measured (the body facing the camera); NaN unless it was measured in at least half of those
   * frames (a body turned from the camera is not judged on a few frames that happen to pass).
   */
  kneeValgusRatio: number;
  /** Maximum trunk lean while above enterDeg. */
  maxTrunkLeanDeg: number;
  /** Maximum body-line bend (push-up) over the repetition. */
  maxBodyLineDeg: number;
}

export interface Rep extends RepSummaryInput {
  index: number;
  startMs: number;
  /** When the angle peaked (bottom of a squat, arms highest in a jumping jack). */
  bottomMs: number;
  endMs: number;
  /** Range of motion: peak − lowest angle over the repetition, degrees. */
  rangeDeg: number;
  /** Tempo: seconds going down (start → peak) and coming up (peak → end). */
  downS: number;
  upS: number;
  /** Ids of the form cues that applied. */
  cues: string[];
}

const mean2 = (a: number, b: number): number => (Number.isFinite(a) && Number.isFinite(b) ? (a + b) / 2 : Number.isFinite(a) ? a : b);
const max2 = (a: number, b: number): number => (Number.isFinite(a) && Number.isFinite(b) ? Math.max(a, b) : Number.isFinite(a) ? a : b);

export const EXERCISES: Record<ExerciseName, ExerciseSpec> = {
  squat: {
    name: 'squat',
    signalName: 'knee flexion (mean of both knees)',
    signal: (f) => mean2(f.leftKneeFlexionDeg, f.rightKneeFlexionDeg),
    enterDeg: 50,
    exitDeg: 25,
    minRepS: 0.6,
    cues: [
      { id: 'depth', message: 'depth not reached: bend the knees to at least 90°', test: (r) => r.peakDeg < 90 },
      {
        id: 'knee-valgus',
        message: 'knees caving in: keep the knees over the feet (knee spacing under 80% of ankle spacing)',
        test: (r) => r.kneeValgusRatio < 0.8,
      },
      { id: 'trunk-lean', message: 'chest up: trunk leaned more than 50° at the bottom', test: (r) => r.maxTrunkLeanDeg > 50 },
    ],
  },
  'push-up': {
    name: 'push-up',
    signalName: 'elbow flexion (mean of both elbows)',
    signal: (f) => mean2(f.leftElbowFlexionDeg, f.rightElbowFlexionDeg),
    enterDeg: 45,
    exitDeg: 25,
    minRepS: 0.5,
    cues: [
      { id: 'depth', message: 'go lower: bend the elbows to at least 80°', test: (r) => r.peakDeg < 80 },
      { id: 'body-line', message: 'keep a straight line: hips sagging or piking by more than 20°', test: (r) => r.maxBodyLineDeg > 20 },
    ],
  },
  lunge: {
    name: 'lunge',
    signalName: 'knee flexion (the more bent knee)',
    signal: (f) => max2(f.leftKneeFlexionDeg, f.rightKneeFlexionDeg),
    enterDeg: 50,
    exitDeg: 25,
    minRepS: 0.6,
    cues: [
      { id: 'depth', message: 'lunge deeper: bend the front knee to at least 80°', test: (r) => r.peakDeg < 80 },
      { id: 'trunk-lean', message: 'stay upright: trunk leaned more than 25°', test: (r) => r.maxTrunkLeanDeg > 25 },
    ],
  },
  'jumping-jack': {
    name: 'jumping-jack',
    signalName: 'arm raise (mean of both arms)',
    signal: (f) => mean2(f.leftArmRaiseDeg, f.rightArmRaiseDeg),
    enterDeg: 100,
    exitDeg: 45,
    minRepS: 0.3,
    cues: [{ id: 'arms-overhead', message: 'arms all the way up: raise them to at least 150°', test: (r) => r.peakDeg < 150 }],
  },
};

export interface RepCounterState {
  exercise: ExerciseName;
  phase: 'up' | 'down';
  reps: Rep[];
  /** Last instant the angle was below exitDeg (the start of the next repetition). */
  lastUpMs: number;
  /** Running measures of the repetition under way. */
  current: {
    startMs: number;
    peakDeg: number;
    bottomMs: number;
    minDeg: number;
    deepFrames: number;
    valgusRatios: number[];
    maxTrunkLeanDeg: number;
    maxBodyLineDeg: number;
  };
  /** The driving angle of the last frame (NaN when it could not be measured). */
  lastDeg: number;
  /** Lowest angle since the last repetition ended (the start of the next one's range of motion). */
  restMinDeg: number;
}

export function initialRepCounterState(exercise: ExerciseName): RepCounterState {
  if (!EXERCISES[exercise]) throw new Error(`unknown exercise "${exercise}"; choose one of ${EXERCISE_NAMES.join(', ')}`);
  return { exercise, phase: 'up', reps: [], lastUpMs: NaN, current: freshRep(NaN), lastDeg: NaN, restMinDeg: Infinity };
}

function freshRep(startMs: number): RepCounterState['current'] {
  return {
    startMs,
    peakDeg: -Infinity,
    bottomMs: NaN,
    minDeg: Infinity,
    deepFrames: 0,
    valgusRatios: [],
    maxTrunkLeanDeg: NaN,
    maxBodyLineDeg: NaN,
  };
}

const nanMax = (a: number, b: number): number => (Number.isFinite(b) ? (Number.isFinite(a) ? Math.max(a, b) : b) : a);

/** The state after one frame (the input state is not changed). Frames whose angle is missing are skipped. */
export function stepRepCounter(state: RepCounterState, timestampMs: number, features: PoseFeatures): RepCounterState {
  const spec = EXERCISES[state.exercise];
  const deg = spec.signal(features);
  if (!Number.isFinite(deg)) return { ...state, lastDeg: NaN };
  const s: RepCounterState = { ...state, lastDeg: deg, current: { ...state.current } };
  if (s.phase === 'up') {
    if (deg < spec.exitDeg || !Number.isFinite(s.lastUpMs)) s.lastUpMs = timestampMs;
    s.restMinDeg = Math.min(s.restMinDeg, deg);
    if (deg > spec.enterDeg) {
      s.phase = 'down';
      s.current = freshRep(s.lastUpMs);
      s.current.minDeg = s.restMinDeg;
      return stepInRep(s, spec, timestampMs, deg, features);
    }
    return s;
  }
  stepInRep(s, spec, timestampMs, deg, features);
  if (deg < spec.exitDeg) {
    const cur = s.current;
    s.phase = 'up';
    s.lastUpMs = timestampMs;
    s.restMinDeg = deg;
    if ((timestampMs - cur.startMs) / 1000 >= spec.minRepS) {
      const v = cur.valgusRatios;
      const kneeValgusRatio = v.length && 2 * v.length >= cur.deepFrames ? median(v) : NaN;
      const summary: RepSummaryInput = {
        peakDeg: cur.peakDeg,
        kneeValgusRatio,
        maxTrunkLeanDeg: cur.maxTrunkLeanDeg,
        maxBodyLineDeg: cur.maxBodyLineDeg,
      };
      s.reps = [
        ...s.reps,
        {
          index: s.reps.length + 1,
          ...summary,
          startMs: cur.startMs,
          bottomMs: cur.bottomMs,
          endMs: timestampMs,
          rangeDeg: cur.peakDeg - Math.min(cur.minDeg, deg),
          downS: (cur.bottomMs - cur.startMs) / 1000,
          upS: (timestampMs - cur.bottomMs) / 1000,
          cues: spec.cues.filter((q) => q.test(summary)).map((q) => q.id),
        },
      ];
    }
  }
  return s;
}

function stepInRep(s: RepCounterState, spec: ExerciseSpec, t: number, deg: number, f: PoseFeatures): RepCounterState {
  const c = s.current;
  if (deg > c.peakDeg) {
    c.peakDeg = deg;
    c.bottomMs = t;
  }
  c.minDeg = Math.min(c.minDeg, deg);
  if (deg > spec.enterDeg) {
    c.deepFrames++;
    if (Number.isFinite(f.kneeValgusRatio)) c.valgusRatios = [...c.valgusRatios, f.kneeValgusRatio];
    c.maxTrunkLeanDeg = nanMax(c.maxTrunkLeanDeg, f.trunkLeanDeg);
  }
  c.maxBodyLineDeg = nanMax(c.maxBodyLineDeg, f.bodyLineDeg);
  return s;
}

/** Counts the repetitions of a whole recorded sequence (one features value per frame). */
export function countReps(exercise: ExerciseName, timestampsMs: ArrayLike<number>, features: PoseFeatures[]): Rep[] {
  let s = initialRepCounterState(exercise);
  for (let i = 0; i < features.length; i++) s = stepRepCounter(s, timestampsMs[i], features[i]);
  return s.reps;
}

/** The cue messages of an exercise by id. */
export function cueMessage(exercise: ExerciseName, id: string): string {
  return EXERCISES[exercise].cues.find((c) => c.id === id)?.message ?? id;
}
