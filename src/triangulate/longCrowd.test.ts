// Longer synthetic takes (150 and 300 frames, 4 cameras, one bystander per camera seen by that camera
// only): two bystanders standing still agree with the epipolar geometry of two cameras all along,
// as a 2.7 m giant whose feet are 0.6 m under the floor. These seeds each made one such extra person.
import { describe, expect, it } from 'vitest';
import { makeRingRig } from '../synthetic/rig.ts';
import { makeCrowdTake, scoreCrowd } from '../synthetic/crowd.ts';
import { triangulatePeople } from './triangulatePeople.ts';

describe('triangulatePeople on longer takes with one-view bystanders', () => {
  const rig = makeRingRig(4);
  const cases: [frames: number, people: number, seed: number][] = [
    [150, 2, 2],
    [300, 2, 1],
    [150, 3, 1],
    [300, 3, 2],
  ];
  for (const [frames, people, seed] of cases) {
    it(`${frames} frames, ${people} people, seed ${seed}: no extra person, no switch, ≥ 98 % coverage`, () => {
      const take = makeCrowdTake(rig, { people, frames, bystanders: 4, enterLeave: true, seed });
      const r = triangulatePeople(take.sequences, rig, { people: 'all' });
      const score = scoreCrowd(
        take,
        r.people.map((p) => p.result.points),
      );
      expect(r.people).toHaveLength(people);
      expect(score.switches).toBe(0);
      for (let i = 0; i < people; i++) expect(score.coverage[i], `person ${i}`).toBeGreaterThanOrEqual(0.98);
    });
  }
});

describe('triangulatePeople: a person back after a long absence is confirmed over several frames', () => {
  it('3 cameras, 5 people: the one who left at frame 90 is not brought back by a chance agreement in the last frame', () => {
    const rig = makeRingRig(3);
    const take = makeCrowdTake(rig, { people: 5, frames: 120, bystanders: 3, enterLeave: true, seed: 35 });
    const r = triangulatePeople(take.sequences, rig, { people: 'all' });
    const score = scoreCrowd(
      take,
      r.people.map((p) => p.result.points),
    );
    expect(score.switches).toBe(0);
    const late = r.people[score.matchedTo[4]];
    expect(late.lastFrame).toBeLessThanOrEqual(92);
    expect(late.reidentified).toBe(0);
  });
});
