// The one stage runner: every driver (CLI, server, tests) runs stages through it. For each stage it
// fingerprints the inputs (file contents + the settings the stage reads), skips the stage when the
// fingerprint and the outputs are unchanged since the last run, otherwise runs it; then it records
// output hashes in output/.state.json (atomically) and one line in output/log.jsonl.
// A crash or Ctrl-C loses nothing already finished: state is saved after every stage.
// Node-only.
import { OUTPUT } from './exports.ts';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import {
  accessSync,
  appendFileSync,
  closeSync,
  constants as fsConstants,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  createReadStream,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { UserError } from '../core/errors.ts';
import { namingFile, removeStaleTempFiles, writeFileAtomic } from '../io/atomic.ts';

/** What a stage reports while it runs. */
export interface StageProgress {
  stage: string;
  /** Fraction done in [0, 1], when known. */
  fraction?: number;
  message?: string;
}

export interface StageContext {
  sessionDir: string;
  outputDir: string;
  signal?: AbortSignal;
  progress(p: Omit<StageProgress, 'stage'>): void;
  /** A problem the run goes on despite (shown at once, kept in the stage's log line and state). */
  warn(message: string): void;
}

/** A stage as the runner sees it. Inputs/outputs are resolved when the stage's turn comes. */
export interface StageDef {
  /** Unique name, e.g. "triangulate" or "detect:cam01". */
  name: string;
  /** Files whose contents the stage reads (absolute paths); resolved just before the stage runs. */
  inputs(): string[];
  /** The settings values the stage reads (effective values, so a key set to its default changes nothing). */
  settings: unknown;
  /** Files the stage writes (absolute paths). Every one must exist after a successful run. */
  outputs(): string[];
  /** Bump when the stage's code changes its outputs for the same inputs. */
  version?: string;
  /**
   * Consecutive stages with the same group may run at the same time (see RunStagesOptions.concurrency).
   * A stage of a group that fails does not stop the rest of its group (their results are kept, so the
   * rerun after a fix only redoes the failed one); the run stops after the group.
   */
  group?: string;
  /**
   * With no record of an earlier run, may say that outputs already present were made by equivalent
   * means (e.g. pose2d written by `openmocap detect`); they are then recorded instead of remade.
   */
  adopt?(): boolean | Promise<boolean>;
  /** Does the work; must write every output with writeFileAtomic. May return facts for the log line. */
  run(ctx: StageContext): Promise<Record<string, unknown> | void>;
}

export type StageStatus = 'ran' | 'skipped' | 'adopted' | 'failed' | 'interrupted';

export interface StageOutcome {
  stage: string;
  status: StageStatus;
  durationMs: number;
  outputs: string[];
  info?: Record<string, unknown>;
  /** Why the stage ran ("inputs changed", "forced", "first run", …). */
  reason?: string;
  error?: string;
  /** Warnings the stage raised (ctx.warn); a skipped stage repeats those of the run it skips. */
  warnings?: string[];
}

interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

interface StageState {
  fingerprint: string;
  /** Parts of the fingerprint, to say why a stage reruns. */
  version?: string;
  settingsHash?: string;
  outputs: Record<string, string>;
  finishedAt: string;
  info?: Record<string, unknown>;
  warnings?: string[];
}

export interface SessionState {
  version: 1;
  stages: Record<string, StageState>;
  /** Hash cache keyed by session-relative path; a file whose size and mtime match is not re-read. */
  files: Record<string, FileStamp>;
}

export const STATE_FILE = '.state.json';
/** Held while stages run, so two runs never work on one session at once. */
export const LOCK_FILE = '.lock';
export const LOG_FILE = 'log.jsonl';

/** Another run holds the session's lock (a driver that can wait, like the queue, tries again later). */
export class SessionBusyError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'SessionBusyError';
  }
}

/** Thrown when a run is interrupted through its AbortSignal. */
export class InterruptedError extends Error {
  constructor(stage: string, before = false) {
    super(`interrupted ${before ? 'before' : 'during'} ${stage}; run the command again (without --force) to resume`);
    this.name = 'InterruptedError';
  }
}

export interface RunStagesOptions {
  sessionDir: string;
  /** Defaults to <sessionDir>/output. */
  outputDir?: string;
  /** Run these stages even when unchanged (names, or true for all). */
  force?: boolean | string[];
  signal?: AbortSignal;
  onStageStart?(stage: string, index: number, count: number): void;
  onStageEnd?(outcome: StageOutcome, index: number, count: number): void;
  /** Called when a stage is about to run (not skipped), with why ("first run", "settings changed", …). */
  onStageRun?(stage: string, reason: string, index: number, count: number): void;
  onProgress?(p: StageProgress): void;
  /** A stage's warning (ctx.warn), as it is raised; a skipped stage's recorded warnings are not repeated here. */
  onWarning?(stage: string, message: string): void;
  /** How many stages of one group run at once. Defaults to 1. */
  concurrency?: number;
}

const stateSchema = z.object({
  version: z.literal(1),
  stages: z.record(
    z.string(),
    z.object({
      fingerprint: z.string(),
      version: z.string().optional(),
      settingsHash: z.string().optional(),
      outputs: z.record(z.string(), z.string()),
      finishedAt: z.string(),
      info: z.record(z.string(), z.unknown()).optional(),
      warnings: z.array(z.string()).optional(),
    }),
  ),
  files: z.record(z.string(), z.object({ size: z.number(), mtimeMs: z.number(), hash: z.string() })),
});

/**
 * The run record of a session, and why it was set aside when it could not be used: unreadable,
 * not JSON, or not of the shape this runner writes (hand-edited, or from another program). Such a
 * record only costs a rerun of every stage (outputs already present are adopted or remade).
 */
export function readStateChecked(outputDir: string): { state: SessionState; problem?: string } {
  const path = join(outputDir, STATE_FILE);
  const empty = (): SessionState => ({ version: 1, stages: {}, files: {} });
  if (!existsSync(path)) return { state: empty() };
  let what: string;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return { state: parsed.data as SessionState };
    const issue = parsed.error.issues[0];
    what = `${issue.path.length ? issue.path.join('.') : 'the record'}: ${issue.message.split('\n')[0]}`;
  } catch (err) {
    what = err instanceof SyntaxError ? 'not valid JSON' : `unreadable: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  }
  return {
    state: empty(),
    problem: `${path} is not a run record openmocap can use (${what}); every step runs again and the file is rewritten`,
  };
}

export function readState(outputDir: string): SessionState {
  return readStateChecked(outputDir).state;
}

function hashFileSync(path: string): string {
  const h = createHash('sha256');
  const size = statSync(path).size;
  // Larger files are hashed as a stream (hashFileStream): reading 16 cameras' long 2D files whole
  // would hold hundreds of MB at once.
  if (size < 8 * 1024 * 1024) h.update(readFileSync(path));
  else return '';
  return h.digest('hex');
}

async function hashFileStream(path: string): Promise<string> {
  const h = createHash('sha256');
  await new Promise<void>((resolve, reject) => {
    createReadStream(path)
      .on('data', (c) => h.update(c))
      .on('end', () => resolve())
      .on('error', reject);
  });
  return h.digest('hex');
}

/** Content hash of a file, reusing the cached one when size and mtime are unchanged. */
async function fileHash(state: SessionState, sessionDir: string, path: string): Promise<string> {
  if (!existsSync(path)) return 'missing';
  const st = statSync(path);
  const key = relative(sessionDir, path);
  const cached = state.files[key];
  if (cached && cached.size === st.size && cached.mtimeMs === st.mtimeMs) return cached.hash;
  const hash = hashFileSync(path) || (await hashFileStream(path));
  state.files[key] = { size: st.size, mtimeMs: st.mtimeMs, hash };
  return hash;
}

/** Stable JSON (sorted keys) so the fingerprint does not depend on key order; NaN kept distinct. */
export function stableJson(v: unknown): string {
  if (typeof v === 'number' && !Number.isFinite(v)) return JSON.stringify(String(v));
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes <outputDir>/.lock (pid + host). A lock held by a live process on this host is a UserError;
 * a stale one (its process is gone, e.g. after a crash or SIGKILL) is taken over. Returns the release function.
 */
export function acquireSessionLock(outputDir: string, sessionDir: string): () => void {
  const path = join(outputDir, LOCK_FILE);
  // Held already by the work this call runs inside (a locked command whose work runs locked steps): share it.
  if (lockContext.getStore()?.has(resolve(path))) return () => undefined;
  return takeLockFile(path, sessionDir);
}

/** The lock files held by the work running in this async context (see withSessionLock). */
const lockContext = new AsyncLocalStorage<ReadonlySet<string>>();

/**
 * Runs `work` holding the session lock (<output>/.lock), as every command that writes to a session
 * does: detect, calibrate, overlay, and the pipeline steps (runStages). Another command on the same
 * session — another process, or another run in this one — is refused with a one-line UserError
 * naming the process that holds it; locked steps that `work` itself runs share its lock.
 */
export async function withSessionLock<T>(sessionDir: string, work: () => Promise<T>, outputDir = join(sessionDir, OUTPUT.dir)): Promise<T> {
  // Never create a session folder that is not there (mkdir -p would).
  if (!existsSync(sessionDir)) throw new UserError(`session folder ${sessionDir} does not exist`);
  let release: () => void;
  try {
    mkdirSync(outputDir, { recursive: true });
    release = acquireSessionLock(outputDir, sessionDir);
  } catch (err) {
    throw fileSystemError(err) ?? err;
  }
  const held = new Set(lockContext.getStore() ?? []);
  held.add(resolve(join(outputDir, LOCK_FILE)));
  try {
    return await lockContext.run(held, work);
  } finally {
    release();
  }
}

function takeLockFile(path: string, sessionDir: string): () => void {
  const mine: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, text);
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // Lost the race to take over a stale lock: another run has just taken it.
      if (attempt > 2) throw new SessionBusyError(`another openmocap is working on ${sessionDir}; wait for it or stop it`);
      let held: Partial<LockInfo> = {};
      try {
        held = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
      } catch {
        // Unreadable: a run died while writing it (stale), or one is writing it right now.
        const ageMs = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);
        if (ageMs < 2000) throw new SessionBusyError(`another openmocap is starting to work on ${sessionDir}; wait for it or stop it`);
      }
      const otherHost = held.host !== undefined && held.host !== mine.host;
      if (typeof held.pid === 'number' && (otherHost || processAlive(held.pid)))
        throw new SessionBusyError(
          `another openmocap (pid ${held.pid}${otherHost ? ` on ${held.host}` : ''}) is working on ${sessionDir}; wait for it or stop it` +
            (otherHost ? `, or delete ${path} if it is gone` : ''),
        );
      rmSync(path, { force: true }); // stale: take it over
      // …with what its run left half-written (temporary files are never read, only clutter).
      if (typeof held.pid === 'number') for (const dir of [dirname(path), join(sessionDir, 'pose2d')]) removeStaleTempFiles(dir, held.pid);
    }
  }
  return () => {
    try {
      const held = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
      if (held.pid === mine.pid && held.host === mine.host) unlinkSync(path);
    } catch {
      // Already gone.
    }
  };
}

/** The error a failed group ends with: the first failure, naming the others when several stages failed. */
function groupFailure(failures: { stage: string; err: unknown }[]): unknown {
  const interrupted = failures.find((f) => f.err instanceof InterruptedError);
  if (interrupted) return interrupted.err;
  const [first, ...more] = failures;
  if (!more.length || !(first.err instanceof UserError)) return first.err;
  return new UserError(
    `${first.err.message} (${more.map((f) => f.stage).join(', ')} failed too: see output/${LOG_FILE}, or rerun after fixing this)`,
  );
}

/**
 * Runs the stages in order, skipping unchanged ones. Returns one outcome per stage. A stage that
 * throws is logged as failed and the error propagates (stages after it, or after its group, do not
 * run); finished stages keep their recorded state, so the next run resumes after them.
 */
export async function runStages(stages: StageDef[], opts: RunStagesOptions): Promise<StageOutcome[]> {
  const sessionDir = opts.sessionDir;
  const outputDir = opts.outputDir ?? join(sessionDir, OUTPUT.dir);
  try {
    return await withSessionLock(sessionDir, () => runStagesLocked(stages, opts, sessionDir, outputDir), outputDir);
  } catch (err) {
    throw fileSystemError(err) ?? err;
  }
}

/**
 * A file-system failure while writing the session (a file where a folder must be, a full disk, no
 * permission) as a one-line UserError naming the path and what to do; undefined for other errors.
 * The log line keeps the system's own message.
 */
export function fileSystemError(err: unknown): UserError | undefined {
  const e = err as NodeJS.ErrnoException & { dest?: string };
  if (!(err instanceof Error) || typeof e.code !== 'string') return undefined;
  const path = e.dest ?? e.path ?? 'a file of the session';
  const kept = 'finished stages are kept';
  switch (e.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError(`the disk is full (writing ${path}); free some space and run the command again (${kept})`);
    case 'EACCES':
    case 'EPERM':
      // An input that cannot be read (the runner hashes and the stages read every input) is not a write problem.
      if (!e.dest && e.path && unreadable(e.path))
        return new UserError(`no permission to read ${path}; make it readable (e.g. chmod a+r) and run the command again (${kept})`);
      return new UserError(`no permission to write ${path}; make the session folder writable and run the command again (${kept})`);
    case 'EROFS':
      return new UserError(`no permission to write ${path}; make the session folder writable and run the command again (${kept})`);
    case 'EISDIR':
      return new UserError(`${path} is a folder where openmocap writes a file; move or delete that folder and run the command again`);
    case 'EEXIST':
    case 'ENOTDIR':
      if (e.code === 'EEXIST' && e.syscall !== 'mkdir') return undefined;
      return new UserError(
        `${path} (or a folder above it) is a file where openmocap needs a folder; move or delete that file and run the command again`,
      );
    default:
      return undefined;
  }
}

/** True when `path` exists but this process may not read it (or list it, for a folder). */
function unreadable(path: string): boolean {
  try {
    accessSync(path, fsConstants.F_OK);
  } catch {
    return false;
  }
  try {
    accessSync(path, fsConstants.R_OK);
    return false;
  } catch {
    return true;
  }
}

/** What the runner decides about a stage before running it: its fingerprint, and why it must run (undefined: up to date). */
async function stageCheck(stage: StageDef, state: SessionState, sessionDir: string, force: RunStagesOptions['force']) {
  const inputs = stage.inputs();
  const inputHashes: [string, string][] = [];
  for (const p of inputs) inputHashes.push([relative(sessionDir, p), await fileHash(state, sessionDir, p)]);
  const fingerprint = createHash('sha256')
    .update(stableJson({ stage: stage.name, version: stage.version ?? '1', settings: stage.settings, inputs: inputHashes }))
    .digest('hex');
  const version = stage.version ?? '1';
  const settingsHash = createHash('sha256').update(stableJson(stage.settings)).digest('hex').slice(0, 16);
  const outputs = stage.outputs();
  const prev = state.stages[stage.name];
  const forced = force === true || (Array.isArray(force) && force.includes(stage.name));
  let reason: string | undefined;
  if (forced) reason = 'forced';
  else if (!prev) reason = 'first run';
  else if (prev.fingerprint !== fingerprint) {
    if (prev.version !== undefined && prev.version !== version) reason = "openmocap's code for this step changed";
    else if (prev.settingsHash !== undefined && prev.settingsHash !== settingsHash) reason = 'settings changed';
    else if (prev.settingsHash !== undefined) reason = 'inputs changed';
    else reason = 'inputs or settings changed';
  } else {
    for (const p of outputs) {
      const rel = relative(sessionDir, p);
      if (!existsSync(p)) {
        reason = `${rel} is missing`;
        break;
      }
      if ((await fileHash(state, sessionDir, p)) !== prev.outputs[rel]) {
        reason = `${rel} was changed outside openmocap`;
        break;
      }
    }
  }
  return { fingerprint, version, settingsHash, outputs, reason };
}

/**
 * Why each stage would run now (undefined when `runStages` would skip it), by the same fingerprints,
 * without running or locking anything — for a driver that hands stages out as jobs (the queue).
 * A stage whose outputs are present and that `adopt()`s them on a first run counts as up to date.
 */
export async function stagesToRun(
  stages: StageDef[],
  opts: { sessionDir: string; outputDir?: string; force?: RunStagesOptions['force'] },
): Promise<{ stage: string; fingerprint: string; reason?: string }[]> {
  const { state } = readStateChecked(opts.outputDir ?? join(opts.sessionDir, OUTPUT.dir));
  const out: { stage: string; fingerprint: string; reason?: string }[] = [];
  for (const stage of stages) {
    const c = await stageCheck(stage, state, opts.sessionDir, opts.force);
    let reason = c.reason;
    if (reason === 'first run' && c.outputs.every((p) => existsSync(p)) && (await stage.adopt?.())) reason = undefined;
    out.push({ stage: stage.name, fingerprint: c.fingerprint, reason });
  }
  return out;
}

async function runStagesLocked(stages: StageDef[], opts: RunStagesOptions, sessionDir: string, outputDir: string): Promise<StageOutcome[]> {
  const { state, problem } = readStateChecked(outputDir);
  if (problem) opts.onWarning?.('state', problem);
  const outcomes: StageOutcome[] = [];
  const saveState = (): void => writeFileAtomic(join(outputDir, STATE_FILE), `${JSON.stringify(state, null, 1)}\n`);
  const log = (o: StageOutcome, fingerprint?: string): void => {
    const line = { time: new Date().toISOString(), ...o, outputs: o.outputs.map((p) => relative(sessionDir, p)), fingerprint };
    try {
      appendFileSync(join(outputDir, LOG_FILE), `${JSON.stringify(line)}\n`);
    } catch (err) {
      throw namingFile(err, join(outputDir, LOG_FILE));
    }
  };

  const runOne = async (stage: StageDef, i: number): Promise<void> => {
    if (opts.signal?.aborted) throw new InterruptedError(stage.name, true);
    opts.onStageStart?.(stage.name, i, stages.length);
    const t0 = performance.now();
    const { fingerprint, version, settingsHash, outputs, reason } = await stageCheck(stage, state, sessionDir, opts.force);
    const prev = state.stages[stage.name];
    if (reason === 'first run' && outputs.every((p) => existsSync(p)) && (await stage.adopt?.())) {
      const outHashes: Record<string, string> = {};
      for (const p of outputs) outHashes[relative(sessionDir, p)] = await fileHash(state, sessionDir, p);
      state.stages[stage.name] = { fingerprint, version, settingsHash, outputs: outHashes, finishedAt: new Date().toISOString() };
      saveState();
      const outcome: StageOutcome = {
        stage: stage.name,
        status: 'adopted',
        durationMs: performance.now() - t0,
        outputs,
        reason: 'outputs already present',
      };
      log(outcome, fingerprint);
      outcomes.push(outcome);
      opts.onStageEnd?.(outcome, i, stages.length);
      return;
    }
    if (!reason) {
      const outcome: StageOutcome = {
        stage: stage.name,
        status: 'skipped',
        durationMs: performance.now() - t0,
        outputs,
        info: prev!.info,
        warnings: prev!.warnings,
      };
      log(outcome, fingerprint);
      outcomes.push(outcome);
      opts.onStageEnd?.(outcome, i, stages.length);
      return;
    }
    const warnings: string[] = [];
    const ctx: StageContext = {
      sessionDir,
      outputDir,
      signal: opts.signal,
      progress: (p) => opts.onProgress?.({ stage: stage.name, ...p }),
      warn: (message) => {
        warnings.push(message);
        opts.onWarning?.(stage.name, message);
      },
    };
    opts.onStageRun?.(stage.name, reason, i, stages.length);
    // Forget the old record first: if this run dies half-way, the stage must run again.
    delete state.stages[stage.name];
    saveState();
    let info: Record<string, unknown> | void;
    try {
      info = await stage.run(ctx);
      const missing = outputs.filter((p) => !existsSync(p));
      if (missing.length) throw new Error(`stage ${stage.name} did not write ${missing.map((p) => relative(sessionDir, p)).join(', ')}`);
    } catch (err) {
      const interrupted = err instanceof InterruptedError || opts.signal?.aborted === true;
      const outcome: StageOutcome = {
        stage: stage.name,
        status: interrupted ? 'interrupted' : 'failed',
        durationMs: performance.now() - t0,
        outputs: [],
        reason,
        error: err instanceof Error ? err.message : String(err),
        warnings: warnings.length ? warnings : undefined,
      };
      log(outcome, fingerprint);
      outcomes.push(outcome);
      opts.onStageEnd?.(outcome, i, stages.length);
      saveState();
      throw interrupted && !(err instanceof InterruptedError) ? new InterruptedError(stage.name) : err;
    }
    const outHashes: Record<string, string> = {};
    for (const p of outputs) outHashes[relative(sessionDir, p)] = await fileHash(state, sessionDir, p);
    const warned = warnings.length ? warnings : undefined;
    state.stages[stage.name] = {
      fingerprint,
      version,
      settingsHash,
      outputs: outHashes,
      finishedAt: new Date().toISOString(),
      info: info ?? undefined,
      warnings: warned,
    };
    saveState();
    const outcome: StageOutcome = {
      stage: stage.name,
      status: 'ran',
      durationMs: performance.now() - t0,
      outputs,
      info: info ?? undefined,
      reason,
      warnings: warned,
    };
    log(outcome, fingerprint);
    outcomes.push(outcome);
    opts.onStageEnd?.(outcome, i, stages.length);
  };

  for (let i = 0; i < stages.length; ) {
    const group = stages[i].group;
    let end = i + 1;
    while (group !== undefined && end < stages.length && stages[end].group === group) end++;
    const batch = stages.slice(i, end).map((stage, k) => ({ stage, index: i + k }));
    const limit = Math.max(1, opts.concurrency ?? 1);
    let next = 0;
    const failures: { stage: string; err: unknown }[] = [];
    let stop = false;
    const worker = async (): Promise<void> => {
      while (next < batch.length && !stop) {
        const { stage, index } = batch[next++];
        try {
          await runOne(stage, index);
        } catch (err) {
          failures.push({ stage: stage.name, err });
          // An interruption stops everything; another failure only the stages after the group.
          if (group === undefined || err instanceof InterruptedError || opts.signal?.aborted) stop = true;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, batch.length) }, worker));
    if (failures.length) throw groupFailure(failures);
    i = end;
  }
  outcomes.sort((a, b) => stages.findIndex((s) => s.name === a.stage) - stages.findIndex((s) => s.name === b.stage));
  return outcomes;
}
