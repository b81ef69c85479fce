// The playback clock: which frame is shown, playing or paused, at what speed. Pure (the caller feeds
// elapsed milliseconds), so the same logic is testable in Node and drives the browser loop.

export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 4] as const;

export class Playback {
  readonly frames: number;
  readonly fps: number;
  playing = false;
  speed = 1;
  loop = true;
  private timeS = 0;
  private shown = 0;

  constructor(frames: number, fps: number) {
    this.frames = Math.max(1, Math.floor(frames));
    this.fps = fps > 0 && Number.isFinite(fps) ? fps : 30;
  }

  /** Current frame index, 0 … frames−1. */
  get frame(): number {
    return this.shown;
  }

  /** Playback position in seconds (within the current frame while paused). */
  get time(): number {
    return this.timeS;
  }

  get durationS(): number {
    return this.frames / this.fps;
  }

  /** Time (s) of a frame's start. */
  timeOf(frame: number): number {
    return frame / this.fps;
  }

  /** Advances the clock by dtMs of wall time when playing; returns true when the frame changed. */
  tick(dtMs: number): boolean {
    if (!this.playing || !(dtMs > 0)) return false;
    // Long stalls (tab in the background) must not jump far ahead.
    this.timeS += (Math.min(dtMs, 250) / 1000) * this.speed;
    if (this.timeS >= this.durationS) {
      if (this.loop) this.timeS %= this.durationS;
      else {
        this.timeS = this.timeOf(this.frames - 1);
        this.playing = false;
      }
    }
    return this.update();
  }

  /**
   * Follows an external clock (a playing video) while playing: sets the time directly; returns true
   * when the frame changed. Ignored when paused.
   */
  follow(timeS: number): boolean {
    if (!this.playing || !Number.isFinite(timeS)) return false;
    this.timeS = Math.min(this.durationS - 1e-9, Math.max(0, timeS));
    return this.update();
  }

  /** Jumps to a frame (clamped); returns true when the frame changed. */
  seek(frame: number): boolean {
    const f = Math.min(this.frames - 1, Math.max(0, Math.round(frame)));
    this.timeS = this.timeOf(f);
    return this.update();
  }

  /** Moves by n frames and pauses (frame stepping). */
  step(n: number): boolean {
    this.playing = false;
    return this.seek(this.shown + n);
  }

  toggle(): void {
    this.playing = !this.playing;
  }

  private update(): boolean {
    const f = Math.min(this.frames - 1, Math.max(0, Math.floor(this.timeS * this.fps + 1e-9)));
    if (f === this.shown) return false;
    this.shown = f;
    return true;
  }
}
