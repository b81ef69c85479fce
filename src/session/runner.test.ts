import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../io/atomic.ts';
import { UserError } from '../core/errors.ts';
import { InterruptedError, LOCK_FILE, runStages, type StageDef } from './runner.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'omc-runner-'));
  writeFileSync(join(dir, 'input.txt'), 'hello world');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Two real little stages: upper-case a text file, then count its words (with a setting). */
function pipeline(opts: { wordSep?: string; failCount?: boolean; calls?: string[] } = {}): StageDef[] {
  const calls = opts.calls ?? [];
  const input = join(dir, 'input.txt');
  const upper = join(dir, 'output', 'upper.txt');
  const count = join(dir, 'output', 'count.txt');
  return [
    {
      name: 'upper',
      inputs: () => [input],
      settings: {},
      outputs: () => [upper],
      run: async () => {
        calls.push('upper');
        writeFileAtomic(upper, readFileSync(input, 'utf8').toUpperCase());
      },
    },
    {
      name: 'count',
      inputs: () => [upper],
      settings: { sep: opts.wordSep ?? ' ' },
      outputs: () => [count],
      run: async () => {
        calls.push('count');
        if (opts.failCount) throw new Error('count exploded');
        const n = readFileSync(upper, 'utf8').split(opts.wordSep ?? ' ').length;
        writeFileAtomic(count, String(n));
        return { words: n };
      },
    },
  ];
}

const logLines = (): { stage: string; status: string }[] =>
  readFileSync(join(dir, 'output', 'log.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('runStages', () => {
  it("passes a stage's warnings on as they are raised, logs them, and repeats them when the stage is skipped", async () => {
    const stages = pipeline();
    const upper = stages[0];
    stages[0] = {
      ...upper,
      run: async (ctx) => {
        ctx.warn('the input is shouting');
        return upper.run(ctx);
      },
    };
    const heard: string[] = [];
    const first = await runStages(stages, { sessionDir: dir, onWarning: (stage, m) => heard.push(`${stage}: ${m}`) });
    expect(heard).toEqual(['upper: the input is shouting']);
    expect(first[0].warnings).toEqual(['the input is shouting']);
    expect(first[1].warnings).toBeUndefined();
    const second = await runStages(stages, { sessionDir: dir, onWarning: (stage, m) => heard.push(`${stage}: ${m}`) });
    expect(second[0]).toMatchObject({ status: 'skipped', warnings: ['the input is shouting'] });
    expect(heard).toHaveLength(1);
    const logged = logLines() as { stage: string; status: string; warnings?: string[] }[];
    expect(logged.filter((l) => l.stage === 'upper').map((l) => l.warnings)).toEqual([
      ['the input is shouting'],
      ['the input is shouting'],
    ]);
  });

  it('runs every stage the first time and skips all of them when nothing changed', async () => {
    const calls: string[] = [];
    const first = await runStages(pipeline({ calls }), { sessionDir: dir });
    expect(first.map((o) => o.status)).toEqual(['ran', 'ran']);
    expect(readFileSync(join(dir, 'output', 'count.txt'), 'utf8')).toBe('2');
    const second = await runStages(pipeline({ calls }), { sessionDir: dir });
    expect(second.map((o) => o.status)).toEqual(['skipped', 'skipped']);
    expect(second[1].info).toEqual({ words: 2 });
    expect(calls).toEqual(['upper', 'count']);
    expect(logLines().map((l) => `${l.stage}:${l.status}`)).toEqual(['upper:ran', 'count:ran', 'upper:skipped', 'count:skipped']);
  });

  it('reruns only the stage whose settings changed', async () => {
    await runStages(pipeline(), { sessionDir: dir });
    const calls: string[] = [];
    const out = await runStages(pipeline({ wordSep: 'O', calls }), { sessionDir: dir });
    expect(out.map((o) => o.status)).toEqual(['skipped', 'ran']);
    expect(calls).toEqual(['count']);
    expect(readFileSync(join(dir, 'output', 'count.txt'), 'utf8')).toBe('3');
  });

  it('reruns downstream stages when an input file changes, and not when an upstream rerun gives the same bytes', async () => {
    await runStages(pipeline(), { sessionDir: dir });
    writeFileSync(join(dir, 'input.txt'), 'hello big world');
    let calls: string[] = [];
    await runStages(pipeline({ calls }), { sessionDir: dir });
    expect(calls).toEqual(['upper', 'count']);
    // Same words in other case: upper-casing yields identical bytes, so count is not redone.
    writeFileSync(join(dir, 'input.txt'), 'HELLO big WORLD');
    calls = [];
    const out = await runStages(pipeline({ calls }), { sessionDir: dir });
    expect(calls).toEqual(['upper']);
    expect(out[1].status).toBe('skipped');
  });

  it('reruns a stage whose output was deleted or edited by hand', async () => {
    await runStages(pipeline(), { sessionDir: dir });
    rmSync(join(dir, 'output', 'count.txt'));
    let out = await runStages(pipeline(), { sessionDir: dir });
    expect(out.map((o) => o.status)).toEqual(['skipped', 'ran']);
    expect(out[1].reason).toBe('output/count.txt is missing');
    writeFileSync(join(dir, 'output', 'count.txt'), '99');
    out = await runStages(pipeline(), { sessionDir: dir });
    expect(out[1].status).toBe('ran');
    expect(readFileSync(join(dir, 'output', 'count.txt'), 'utf8')).toBe('2');
  });

  it('keeps finished stages when a later stage fails, and resumes after them', async () => {
    await expect(runStages(pipeline({ failCount: true }), { sessionDir: dir })).rejects.toThrow('count exploded');
    expect(logLines().map((l) => l.status)).toEqual(['ran', 'failed']);
    const calls: string[] = [];
    const out = await runStages(pipeline({ calls }), { sessionDir: dir });
    expect(out.map((o) => o.status)).toEqual(['skipped', 'ran']);
    expect(calls).toEqual(['count']);
  });

  it('stops between stages when aborted and resumes on the next run', async () => {
    const ac = new AbortController();
    const calls: string[] = [];
    await expect(
      runStages(pipeline({ calls }), { sessionDir: dir, signal: ac.signal, onStageEnd: () => ac.abort() }),
    ).rejects.toBeInstanceOf(InterruptedError);
    expect(calls).toEqual(['upper']);
    expect(existsSync(join(dir, 'output', 'count.txt'))).toBe(false);
    const again: string[] = [];
    const out = await runStages(pipeline({ calls: again }), { sessionDir: dir });
    expect(out.map((o) => o.status)).toEqual(['skipped', 'ran']);
    expect(again).toEqual(['count']);
  });

  it('forces named stages', async () => {
    await runStages(pipeline(), { sessionDir: dir });
    const calls: string[] = [];
    await runStages(pipeline({ calls }), { sessionDir: dir, force: ['count'] });
    expect(calls).toEqual(['count']);
  });

  it('runs a group of stages side by side and records each one, so a failed group resumes with the finished ones', async () => {
    const started: string[] = [];
    let release!: () => void;
    const bothStarted = new Promise<void>((r) => (release = r));
    const cams = ['cam01', 'cam02', 'cam03'];
    const make = (failCam?: string): StageDef[] =>
      cams.map((cam) => ({
        name: `detect:${cam}`,
        group: 'detect',
        inputs: () => [join(dir, 'input.txt')],
        settings: {},
        outputs: () => [join(dir, 'pose2d', `${cam}.txt`)],
        run: async () => {
          started.push(cam);
          if (started.length === 2) release();
          if (cam !== 'cam03') await bothStarted; // cam01 can only finish once cam02 has started
          if (cam === failCam) throw new Error(`${cam} broke`);
          writeFileAtomic(join(dir, 'pose2d', `${cam}.txt`), cam);
        },
      }));
    await expect(runStages(make('cam03'), { sessionDir: dir, concurrency: 2 })).rejects.toThrow('cam03 broke');
    expect(started).toEqual(['cam01', 'cam02', 'cam03']);
    started.length = 0;
    const out = await runStages(make(), { sessionDir: dir, concurrency: 2 });
    expect(out.map((o) => `${o.stage}:${o.status}`)).toEqual(['detect:cam01:skipped', 'detect:cam02:skipped', 'detect:cam03:ran']);
    expect(started).toEqual(['cam03']);
  });

  it('finishes the rest of a group when one of its stages fails, then stops before the next stage', async () => {
    const ran: string[] = [];
    const stage = (name: string, group?: string, fail?: boolean): StageDef => ({
      name,
      group,
      inputs: () => [join(dir, 'input.txt')],
      settings: {},
      outputs: () => [join(dir, 'out', `${name.replace(':', '-')}.txt`)],
      run: async () => {
        ran.push(name);
        if (fail) throw new UserError(`videos/${name.slice(7)}.mp4 is not a video ffmpeg can read`);
        writeFileAtomic(join(dir, 'out', `${name.replace(':', '-')}.txt`), name);
      },
    });
    const stages = (bad: string[]): StageDef[] => [
      ...['cam01', 'cam02', 'cam03', 'cam04'].map((c) => stage(`detect:${c}`, 'detect', bad.includes(c))),
      stage('triangulate'),
    ];
    // One worker, so the order is fixed: cam01 fails first, the others still run.
    await expect(runStages(stages(['cam01', 'cam03']), { sessionDir: dir, concurrency: 1 })).rejects.toThrow(
      'videos/cam01.mp4 is not a video ffmpeg can read (detect:cam03 failed too: see output/log.jsonl, or rerun after fixing this)',
    );
    expect(ran).toEqual(['detect:cam01', 'detect:cam02', 'detect:cam03', 'detect:cam04']);
    ran.length = 0;
    const out = await runStages(stages([]), { sessionDir: dir, concurrency: 1 });
    expect(out.map((o) => `${o.stage}:${o.status}`)).toEqual([
      'detect:cam01:ran',
      'detect:cam02:skipped',
      'detect:cam03:ran',
      'detect:cam04:skipped',
      'triangulate:ran',
    ]);
  });

  it('turns a file where a folder belongs, or a folder where a file belongs, into one line naming it', async () => {
    writeFileSync(join(dir, 'output'), 'not a folder');
    await expect(runStages(pipeline(), { sessionDir: dir })).rejects.toThrow(
      new UserError(
        `${join(dir, 'output')} (or a folder above it) is a file where openmocap needs a folder; move or delete that file and run the command again`,
      ),
    );
    rmSync(join(dir, 'output'));
    mkdirSync(join(dir, 'output', 'count.txt'), { recursive: true });
    const err = await runStages(pipeline(), { sessionDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(
      `${join(dir, 'output', 'count.txt')} is a folder where openmocap writes a file; move or delete that folder and run the command again`,
    );
    // The stage before it finished and is kept.
    expect(readFileSync(join(dir, 'output', 'upper.txt'), 'utf8')).toBe('HELLO WORLD');
    expect(logLines().map((l) => `${l.stage}:${l.status}`)).toEqual(['upper:ran', 'count:failed']);
  });

  it('stops a group at once when the run is interrupted', async () => {
    const ac = new AbortController();
    const ran: string[] = [];
    const stages: StageDef[] = ['cam01', 'cam02', 'cam03'].map((c) => ({
      name: `detect:${c}`,
      group: 'detect',
      inputs: () => [join(dir, 'input.txt')],
      settings: {},
      outputs: () => [join(dir, 'out', `${c}.txt`)],
      run: async () => {
        ran.push(c);
        ac.abort();
        writeFileAtomic(join(dir, 'out', `${c}.txt`), c);
      },
    }));
    await expect(runStages(stages, { sessionDir: dir, concurrency: 1, signal: ac.signal })).rejects.toBeInstanceOf(InterruptedError);
    expect(ran).toEqual(['cam01']);
  });

  it('adopts outputs made elsewhere when the stage says they are equivalent, then tracks them like its own', async () => {
    writeFileAtomic(join(dir, 'output', 'upper.txt'), 'HELLO WORLD');
    const calls: string[] = [];
    const stages = pipeline({ calls });
    stages[0].adopt = () => true;
    const out = await runStages(stages, { sessionDir: dir });
    expect(out.map((o) => o.status)).toEqual(['adopted', 'ran']);
    expect(calls).toEqual(['count']);
    writeFileSync(join(dir, 'input.txt'), 'other words here');
    const again = await runStages(stages, { sessionDir: dir });
    expect(again.map((o) => o.status)).toEqual(['ran', 'ran']);
  });

  it('refuses to work on a session another live openmocap holds, and takes over a stale lock', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const lock = join(dir, 'output', LOCK_FILE);
    mkdirSync(join(dir, 'output'), { recursive: true });
    writeFileSync(lock, JSON.stringify({ pid: other.pid, host: hostname(), started: new Date().toISOString() }));
    const calls: string[] = [];
    await expect(runStages(pipeline({ calls }), { sessionDir: dir })).rejects.toThrow(
      `another openmocap (pid ${other.pid}) is working on ${dir}; wait for it or stop it`,
    );
    expect(calls).toEqual([]);
    other.kill('SIGKILL');
    await new Promise((r) => other.once('close', r));
    // Its process is gone (as after a crash): the lock is stale, the run goes ahead and leaves no lock behind.
    const outcomes = await runStages(pipeline({ calls }), { sessionDir: dir });
    expect(outcomes.map((o) => o.status)).toEqual(['ran', 'ran']);
    expect(existsSync(lock)).toBe(false);
  });

  it('releases the lock when a stage fails', async () => {
    await expect(runStages(pipeline({ failCount: true }), { sessionDir: dir })).rejects.toThrow('count exploded');
    expect(existsSync(join(dir, 'output', LOCK_FILE))).toBe(false);
  });

  it('says why a stage runs again: its code, its settings or its inputs changed', async () => {
    await runStages(pipeline(), { sessionDir: dir });
    const why = async (stages: StageDef[]): Promise<string[]> => {
      const reasons: string[] = [];
      await runStages(stages, { sessionDir: dir, onStageRun: (stage, reason) => reasons.push(`${stage}: ${reason}`) });
      return reasons;
    };
    expect(await why(pipeline({ wordSep: 'O' }))).toEqual(['count: settings changed']);
    const newCode = pipeline({ wordSep: 'O' });
    newCode[1].version = '2';
    expect(await why(newCode)).toEqual(["count: openmocap's code for this step changed"]);
    writeFileSync(join(dir, 'input.txt'), 'hello there world');
    expect(await why(newCode)).toEqual(['upper: inputs changed', 'count: inputs changed']);
    expect(await why(newCode)).toEqual([]);
  });
});
