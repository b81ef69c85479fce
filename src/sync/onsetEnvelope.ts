// The onset envelope of a sound track: how suddenly the loudness rises, every few milliseconds. A clap,
// a footstep or a word starts at the same instant in every camera's microphone, so the envelopes of
// two cameras cross-correlate at their start offset. Pure (no I/O).
//
// ref: J. P. Bello, L. Daudet, S. Abdallah, C. Duxbury, M. Davies, M. Sandler, "A Tutorial on Onset
//      Detection in Music Signals", IEEE Trans. Speech and Audio Processing 13(5), 2005, §III-A
//      (energy-based detection function: the half-wave rectified first difference of the log energy
//      of short frames, which responds to relative rises of loudness).
import type { EvenSignal } from './crossCorrelate.ts';

export interface OnsetOptions {
  /** Hop between envelope samples, seconds. Defaults to 0.005 (200 Hz). */
  hopS?: number;
  /** Analysis frame length, seconds. Defaults to 0.02. */
  frameS?: number;
}

/** Onset envelope of mono PCM samples; sample k describes time k·hopS from the first PCM sample. */
export function onsetEnvelope(pcm: Float32Array, sampleRate: number, opts: OnsetOptions = {}): EvenSignal {
  const hop = Math.max(1, Math.round((opts.hopS ?? 0.005) * sampleRate));
  const len = Math.max(hop, Math.round((opts.frameS ?? 0.02) * sampleRate));
  const n = pcm.length >= len ? Math.floor((pcm.length - len) / hop) + 1 : 0;
  const logE = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let e = 0;
    const from = k * hop;
    for (let i = from; i < from + len; i++) e += pcm[i] * pcm[i];
    // A floor at −80 dB of full scale, so digital silence is flat rather than −∞.
    logE[k] = Math.log10(e / len + 1e-8);
  }
  const values = new Float64Array(n);
  for (let k = 1; k < n; k++) values[k] = Math.max(0, logE[k] - logE[k - 1]);
  // Sample k's frame is centred (len/2) after its start: that is the instant it describes.
  return { startS: len / 2 / sampleRate, rateHz: sampleRate / hop, values };
}
