// mocap.toml [queue]: how the job queue (openmocap queue / worker, see docs/queue.md) splits a
// session and recovers from faults; every option, its default (defined here and nowhere else).
// A worker reads the section from the file given with `openmocap worker --settings`; `queue add` and
// the session's planning job read chunk_frames and attempts from the session's own mocap.toml.
import { z } from 'zod';

export const queueSettingsSchema = z.object({
  /** Detection is split into jobs of this many frames per camera; each carries the person tracker on
   * from the previous one, so the stitched 2D equals one whole-video run byte for byte. Read from the
   * session's mocap.toml. Defaults to 600. */
  chunk_frames: z.number().int().min(1).default(600),
  /** Tries of a job that fails for a reason other than its input (a lost connection, a crash); a job
   * failing on bad input fails once. Read from the session's mocap.toml. Defaults to 3. */
  attempts: z.number().int().min(1).max(100).default(3),
  /** A worker holds a job's lock this long and renews it while it works; a worker killed mid-job
   * loses it after this time and the job is taken up again. Read by the worker. Defaults to 30000. */
  lock_duration_ms: z.number().int().min(500).default(30000),
  /** How often a worker looks for jobs whose lock ran out (their worker died). Read by the worker.
   * Defaults to 30000. */
  stalled_interval_ms: z.number().int().min(200).default(30000),
  /** A job taken up again after its worker died more often than this fails (a job that kills every
   * worker it runs on). Read by the worker. Defaults to 2. */
  max_stalled: z.number().int().min(0).max(100).default(2),
});

export type QueueSettings = z.infer<typeof queueSettingsSchema>;
