// Several people at once: association (associatePeople) + triangulation of every person
// (triangulatePeople) for 5 people × 8 cameras × 10,000 frames, with 8 one-view bystanders,
// occlusion and one person entering and leaving. Target: under 10 s on the project machine.
// Also quotes identity switches, coverage and per-person error against the truth.
// Run alone: npx tsx bench/multiperson.ts [frames]
import { pathToFileURL } from 'node:url';
import { makeRingRig } from '../src/synthetic/rig.ts';
import { makeCrowdTake, scoreCrowd } from '../src/synthetic/crowd.ts';
import { triangulatePeople } from '../src/triangulate/triangulatePeople.ts';

export async function run(frames = 10_000): Promise<void> {
  const cameras = 8,
    people = 5;
  const rig = makeRingRig(cameras);
  const t0 = performance.now();
  const take = makeCrowdTake(rig, { people, frames, bystanders: cameras, enterLeave: true, seed: 85 });
  console.log(
    `multiperson: ${people} people × ${cameras} cameras × ${frames} frames (+${cameras} one-view bystanders), halpe26; synthetic take made in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const t1 = performance.now();
  const c0 = process.cpuUsage();
  const r = triangulatePeople(take.sequences, rig, { people: 'all' });
  const cpu = process.cpuUsage(c0);
  const s = (performance.now() - t1) / 1000;
  const score = scoreCrowd(
    take,
    r.people.map((p) => p.result.points),
  );
  console.log(
    `association + triangulation: ${s.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s cpu (target < 10 s); ${r.people.length} people out, ${r.droppedTracks} short tracks dropped`,
  );
  console.log(`identity switches: ${score.switches}; spurious people: ${score.spurious}`);
  console.log(`coverage (frames seen by ≥ 2 cameras): ${score.coverage.map((c) => `${(100 * c).toFixed(2)} %`).join(', ')}`);
  console.log(`mean 3D error: ${score.errorM.map((e) => `${(1000 * e).toFixed(2)} mm`).join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(Number(process.argv[2]) || undefined);
