// Several people on every rig the issue names: 3, 4, 8 and 16 cameras × 2, 3, 4 and 5 people,
// 120 frames each (seed = 10 × cameras + people), one bystander per camera seen by that camera only,
// the last person entering late and leaving early. Per rig: identity switches, extra people, the
// lowest coverage (frames ≥ 2 cameras see a person, see scoreCrowd) and the worst ratio of a
// person's error to the same person triangulated alone. (The test suite runs a subset of these.)
// Run alone: npx tsx bench/peopleRigs.ts
import { pathToFileURL } from 'node:url';
import { makeRingRig } from '../src/synthetic/rig.ts';
import { alonePerson, makeCrowdTake, scoreCrowd } from '../src/synthetic/crowd.ts';
import { triangulate } from '../src/triangulate/triangulate.ts';
import { triangulatePeople } from '../src/triangulate/triangulatePeople.ts';

export async function run(): Promise<void> {
  let failed = 0;
  for (const cameras of [3, 4, 8, 16]) {
    for (let people = 2; people <= 5; people++) {
      const rig = makeRingRig(cameras);
      const take = makeCrowdTake(rig, { people, frames: 120, bystanders: cameras, enterLeave: true, seed: cameras * 10 + people });
      const r = triangulatePeople(take.sequences, rig, { people: 'all' });
      const score = scoreCrowd(
        take,
        r.people.map((p) => p.result.points),
      );
      let minCoverage = 1,
        worstRatio = 0;
      for (let i = 0; i < people; i++) {
        minCoverage = Math.min(minCoverage, score.coverage[i]);
        const alone = triangulate(
          take.sequences.map((q) => alonePerson(q, i)),
          rig,
        ).points;
        const aloneErr = scoreCrowd({ ...take, truths: [take.truths[i]], seenBy: [take.seenBy[i]] }, [alone]).errorM[0];
        worstRatio = Math.max(worstRatio, score.errorM[i] / aloneErr);
      }
      const found = score.matchedTo.every((k) => k >= 0) && new Set(score.matchedTo).size === people;
      const ok = found && score.switches === 0 && score.spurious === 0 && minCoverage >= 0.98 && worstRatio <= 1.1;
      if (!ok) failed++;
      console.log(
        `${String(cameras).padStart(2)} cameras × ${people} people: ${r.people.length} out, ${score.switches} switches, ${score.spurious} extra, lowest coverage ${(100 * minCoverage).toFixed(1)} %, worst error / alone ${worstRatio.toFixed(3)}${ok ? '' : "  ← below the issue's bar"}`,
      );
    }
  }
  console.log(
    failed
      ? `${failed} of 16 rigs below the bar (0 switches, ≥ 98 % coverage, error ≤ 1.1 × alone)`
      : 'all 16 rigs: 0 switches, ≥ 98 % coverage, error ≤ 1.1 × alone',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
