// Several people at once on synthetic takes: 2–5 people crossing paths and hiding each other in
// some views, bystanders each seen by one camera only, one person entering late and leaving early.
import { describe, expect, it } from 'vitest';
import { makeRingRig } from '../synthetic/rig.ts';
import { alonePerson, makeCrowdTake, scoreCrowd } from '../synthetic/crowd.ts';
import { triangulate } from './triangulate.ts';
import { triangulatePeople } from './triangulatePeople.ts';
import { assignMinCost } from './hungarian.ts';

describe('assignMinCost', () => {
  it('finds the global minimum, not the greedy one', () => {
    // Greedy takes (0,0)=1 and then (1,1)=10; the optimum is (0,1)+(1,0) = 2+2.
    expect(Array.from(assignMinCost([1, 2, 2, 10], 2, 2, 100))).toEqual([1, 0]);
  });
  it('leaves rows unassigned rather than pair them above the gate, rectangular both ways', () => {
    expect(Array.from(assignMinCost([1, 50, 70, Infinity, 5, 1], 2, 3, 60))).toEqual([0, 2]);
    expect(Array.from(assignMinCost([Infinity, Infinity, 5, 6], 2, 2, 60))).toEqual([-1, 0]);
    expect(Array.from(assignMinCost([3, 1, 2], 3, 1, 60))).toEqual([-1, 0, -1]);
  });
});

describe('triangulatePeople on synthetic crowds', () => {
  const cases: [cameras: number, people: number][] = [
    [3, 2],
    [3, 3],
    [3, 4],
    [3, 5],
    [4, 3],
    [4, 5],
    [8, 5],
    [16, 3],
  ];
  for (const [cameras, people] of cases) {
    it(`${people} people, ${cameras} cameras, ${cameras} one-view bystanders: no identity switch, ≥ 98 % coverage, error within 10 % of each person alone`, () => {
      const rig = makeRingRig(cameras);
      const take = makeCrowdTake(rig, { people, frames: 120, bystanders: cameras, enterLeave: true, seed: cameras * 10 + people });
      const r = triangulatePeople(take.sequences, rig, { people: 'all' });
      const score = scoreCrowd(
        take,
        r.people.map((p) => p.result.points),
      );
      expect(score.switches).toBe(0);
      // Everyone is found, each by a different output person.
      expect(new Set(score.matchedTo).size).toBe(people);
      expect(score.matchedTo.every((k) => k >= 0)).toBe(true);
      for (let i = 0; i < people; i++) {
        expect(score.coverage[i], `person ${i} coverage`).toBeGreaterThanOrEqual(0.98);
        const alone = triangulate(
          take.sequences.map((q) => alonePerson(q, i)),
          rig,
        ).points;
        const aloneErr = scoreCrowd({ ...take, truths: [take.truths[i]], seenBy: [take.seenBy[i]] }, [alone]).errorM[0];
        expect(score.errorM[i], `person ${i} error vs alone`).toBeLessThanOrEqual(aloneErr * 1.1);
      }
      // Ids are 1.., in order of first appearance; the late person enters after the others.
      expect(r.people.map((p) => p.id)).toEqual(r.people.map((_, i) => i + 1));
      const late = r.people[score.matchedTo[people - 1]];
      expect(late.firstFrame).toBeGreaterThanOrEqual(28);
      expect(late.lastFrame).toBeLessThanOrEqual(92);
    });
  }

  it('keeps the identity of a person who leaves every view and comes back (re-identified by position and bone lengths)', () => {
    const rig = makeRingRig(4);
    const take = makeCrowdTake(rig, { people: 2, frames: 120, seed: 3 });
    // Person 1 vanishes from every camera for 40 frames (behind a wall), then reappears.
    for (const q of take.sequences) {
      for (let f = 40; f < 80; f++) {
        for (let p = 0; p < q.persons; p++) {
          if (q.trackIds[f * q.persons + p] !== 1) continue;
          q.trackIds[f * q.persons + p] = -1;
          q.data.fill(NaN, (f * q.persons + p) * q.joints * 3, (f * q.persons + p + 1) * q.joints * 3);
        }
      }
    }
    for (let f = 40; f < 80; f++) take.seenBy[1][f] = 0;
    const r = triangulatePeople(take.sequences, rig, { people: 'all' });
    expect(r.people).toHaveLength(2);
    const score = scoreCrowd(
      take,
      r.people.map((p) => p.result.points),
    );
    expect(score.switches).toBe(0);
    const back = r.people[score.matchedTo[1]];
    expect(back.reidentified).toBe(1);
    expect(back.firstFrame).toBe(0);
    expect(back.lastFrame).toBe(119);
  });

  it('coverage counts the frames two cameras see at least 3 of the same keypoints of the person', () => {
    const rig = makeRingRig(3);
    const take = makeCrowdTake(rig, { people: 1, frames: 4, seed: 1, occlusion: false, missRate: 0 });
    const alone = triangulate(take.sequences, rig).points;
    expect(scoreCrowd(take, [alone]).coverage[0]).toBe(1);
    // Frame 2: camera 0 keeps keypoints 0–1 only (as if the rest were hidden), camera 1 none, camera 2 all:
    // two cameras detect the person but share 2 keypoints — not a frame the person can be triangulated in.
    const J = take.sequences[0].joints;
    const q0 = take.sequences[0],
      q1 = take.sequences[1];
    for (let p = 0; p < q0.persons; p++)
      if (q0.trackIds[2 * q0.persons + p] === 0) q0.data.fill(NaN, ((2 * q0.persons + p) * J + 2) * 3, (2 * q0.persons + p + 1) * J * 3);
    for (let p = 0; p < q1.persons; p++)
      if (q1.trackIds[2 * q1.persons + p] === 0) {
        q1.trackIds[2 * q1.persons + p] = -1;
        q1.data.fill(NaN, (2 * q1.persons + p) * J * 3, (2 * q1.persons + p + 1) * J * 3);
      }
    take.seenBy[0][2] = 2;
    // An output missing that frame still covers every frame that counts.
    const missing = { ...alone, data: Float64Array.from(alone.data).fill(NaN, 2 * J * 3, 3 * J * 3) };
    expect(scoreCrowd(take, [missing]).coverage[0]).toBe(1);
    // Missing a frame that counts does not.
    const missing1 = { ...alone, data: Float64Array.from(alone.data).fill(NaN, 1 * J * 3, 2 * J * 3) };
    expect(scoreCrowd(take, [missing1]).coverage[0]).toBe(2 / 3);
  });

  it('a wrong people setting says what to use', () => {
    const rig = makeRingRig(3);
    const take = makeCrowdTake(rig, { people: 1, frames: 5, seed: 1 });
    expect(() => triangulatePeople(take.sequences, rig, { people: 'everyone' as never })).toThrow(/or a number of people from 1 to 32/);
    expect(() => triangulatePeople(take.sequences, rig, { people: 'subject' })).toThrow(/triangulates one person/);
  });

  it('people = N keeps the N people seen longest', () => {
    const rig = makeRingRig(4);
    const take = makeCrowdTake(rig, { people: 3, frames: 80, enterLeave: true, seed: 8 });
    const r = triangulatePeople(take.sequences, rig, { people: 2 });
    expect(r.people).toHaveLength(2);
    const score = scoreCrowd(
      take,
      r.people.map((p) => p.result.points),
    );
    // The one who entered late is left out.
    expect(score.matchedTo[2]).toBe(-1);
    expect(score.switches).toBe(0);
  });
});
