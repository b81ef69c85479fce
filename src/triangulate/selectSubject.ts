// Chooses, for every frame and camera, which detected person slot is the subject.
// Per frame, the people seen by several cameras are assembled by cross-camera geometric
// consistency (two-view triangulation of whole skeletons, then extension to the other cameras);
// over time, the 3D people are linked into tracks by continuity of their centroids, and the
// subject is the track seen by the most cameras for the longest, nearest the middle of the
// capture volume. Never "the first person in the list".
// ref: the greedy cross-view association follows the spirit of J. Dong et al., "Fast and Robust
//      Multi-Person 3D Pose Estimation from Multiple Views" (CVPR 2019), simplified to whole-skeleton
//      reprojection costs; linking is greedy nearest-neighbour with a speed gate.

import type { CameraRig, Pose2DInput } from '../core/types.ts';
import { FrameWindow } from '../core/frameWindow.ts';
import type { Warning } from '../core/errors.ts';
import { UserError } from '../core/errors.ts';
import { getLayout } from '../core/layouts.ts';
import { cameraCenter, undistortPoint, type PreparedCamera } from '../camera/project.ts';
import { toResizedPixel } from '../camera/imageSize.ts';
import type { TriangulateSettings } from './triangulateSettings.ts';
import { medianInPlace, upperMedianInPlace } from '../core/stats.ts';

/** One person's detection in one camera, undistorted. */
export interface Candidate {
  slot: number;
  /** [joint] normalised coordinates and weight (0 = missing). */
  x: Float64Array;
  y: Float64Array;
  w: Float64Array;
  valid: number;
}

/** A person assembled from several cameras in one frame. */
export interface Person3D {
  /** [camera] slot, −1 = not seen. */
  slots: Int32Array;
  /** [joint][xyz] rough skeleton (NaN where unknown). */
  skel: Float64Array;
  views: number;
  cost: number;
  centroid: [number, number, number];
}

/** A person followed over frames: per frame only the camera slots (the rough skeletons are let go, to keep memory flat over long captures). */
interface Track {
  frames: number[];
  /** [i] camera slots in frames[i]. */
  slots: Int32Array[];
  firstCentroid: [number, number, number];
  lastCentroid: [number, number, number];
  score: number;
  first: number;
  last: number;
}

const MIN_JOINTS = 3;

/** Returns [frame][camera] → person slot of the subject (−1 = none). */
export function selectSubject(
  sequences: Pose2DInput[],
  rig: CameraRig,
  prepared: PreparedCamera[],
  s: TriangulateSettings,
  warnings: Warning[],
  pixelScale: ArrayLike<number> = new Float64Array(2 * sequences.length).fill(1),
  window: FrameWindow = new FrameWindow(sequences),
): Int32Array {
  const C = sequences.length;
  const frames = Math.max(0, ...sequences.map((q) => q.frames));
  const sel = new Int32Array(frames * C).fill(-1);
  const multi = sequences.some((q) => q.persons > 1);
  checkSubjectTracks(sequences, rig, s.subject);

  if (s.subject === 'auto' && !multi) {
    for (let f = 0; f < frames; f++)
      for (let c = 0; c < C; c++) if (f < sequences[c].frames && sequences[c].persons > 0) sel[f * C + c] = 0;
    return sel;
  }

  const ctx = new Geometry(sequences, prepared, s, pixelScale, window);
  if (s.subject !== 'auto') {
    selectByTrackIds(ctx, sequences, rig, s, sel, frames);
    return sel;
  }

  // Auto: per-frame people, then tracks over time.
  const centre = volumeCentre(prepared);
  const tracks: Track[] = [];
  const active: Track[] = [];
  const gateM = (df: number): number => 0.25 + (2.5 * df) / sequences[0].fps;
  const keepFrames = Math.max(s.max_gap_frames, Math.round(sequences[0].fps / 2)) + 1;
  let previous: Person3D[] = [];
  for (let f = 0; f < frames; f++) {
    const people = ctx.assemble(f, previous);
    previous = people;
    // Greedy nearest matching to active tracks.
    const pairs: [number, number, number][] = [];
    for (let p = 0; p < people.length; p++) {
      for (let t = 0; t < active.length; t++) {
        const tr = active[t];
        const last = tr.lastCentroid;
        const d = Math.hypot(people[p].centroid[0] - last[0], people[p].centroid[1] - last[1], people[p].centroid[2] - last[2]);
        if (d <= gateM(f - tr.last)) pairs.push([d, p, t]);
      }
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const takenP = new Uint8Array(people.length),
      takenT = new Uint8Array(active.length);
    const add = (tr: Track, p: Person3D): void => {
      tr.frames.push(f);
      tr.slots.push(p.slots);
      tr.lastCentroid = p.centroid;
      tr.last = f;
      const d = Math.hypot(p.centroid[0] - centre[0], p.centroid[1] - centre[1], p.centroid[2] - centre[2]);
      tr.score += p.views / (1 + d * d);
    };
    for (const [, p, t] of pairs) {
      if (takenP[p] || takenT[t]) continue;
      takenP[p] = 1;
      takenT[t] = 1;
      add(active[t], people[p]);
    }
    for (let p = 0; p < people.length; p++) {
      if (takenP[p]) continue;
      const tr: Track = {
        frames: [],
        slots: [],
        firstCentroid: people[p].centroid,
        lastCentroid: people[p].centroid,
        score: 0,
        first: f,
        last: f,
      };
      add(tr, people[p]);
      tracks.push(tr);
      active.push(tr);
    }
    for (let t = active.length - 1; t >= 0; t--) if (f - active[t].last > keepFrames) active.splice(t, 1);
  }
  if (tracks.length === 0) return sel;

  // The subject: best track, then chained with tracks that continue it before and after.
  const byScore = [...tracks].sort((a, b) => b.score - a.score);
  const chain: Track[] = [byScore[0]];
  const inChain = new Set<Track>(chain);
  for (;;) {
    const head = chain[0],
      tail = chain[chain.length - 1];
    let best: Track | undefined,
      bestAfter = true;
    for (const tr of byScore) {
      if (inChain.has(tr)) continue;
      if (tr.first > tail.last) {
        const a = tail.lastCentroid,
          b = tr.firstCentroid;
        if (Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) <= gateM(tr.first - tail.last) && (!best || tr.score > best.score)) {
          best = tr;
          bestAfter = true;
        }
      } else if (tr.last < head.first) {
        const a = head.firstCentroid,
          b = tr.lastCentroid;
        if (Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) <= gateM(head.first - tr.last) && (!best || tr.score > best.score)) {
          best = tr;
          bestAfter = false;
        }
      }
    }
    if (!best) break;
    inChain.add(best);
    if (bestAfter) chain.push(best);
    else chain.unshift(best);
  }
  let subjectFrames = 0;
  for (const tr of chain) {
    for (let i = 0; i < tr.frames.length; i++) {
      const f = tr.frames[i];
      subjectFrames++;
      for (let c = 0; c < C; c++) sel[f * C + c] = tr.slots[i][c];
    }
  }
  const others = byScore.filter((t) => !inChain.has(t) && t.frames.length >= Math.min(10, frames / 4));
  if (others.length > 0) {
    warnings.push({
      code: 'several-people',
      message: `${others.length + 1} people seen by several cameras; triangulating the one seen by the most cameras nearest the middle of the capture volume (${subjectFrames} of ${frames} frames); set triangulation.subject to a track id to choose another`,
    });
  }
  return sel;
}

/** Manual subject: given track ids in some cameras; the other cameras are matched geometrically. */
/** The distinct track ids (≥ 0) of a camera's 2D data, sorted. */
function trackIdsOf(q: Pose2DInput): number[] {
  const ids = new Set<number>();
  for (let i = 0; i < q.trackIds.length; i++) if (q.trackIds[i] >= 0) ids.add(q.trackIds[i]);
  return [...ids].sort((a, b) => a - b);
}

const listIds = (ids: number[]): string => (ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, … (${ids.length} in all)` : ids.join(', '));
const sameName = (a: string, b: string): boolean => {
  const norm = (n: string): string =>
    n
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .replace(/(\D)0+(\d)/g, '$1$2');
  return a === b || norm(a) === norm(b);
};

/**
 * Throws a one-line UserError when triangulation.subject asks for a track id the 2D data does not
 * have: a single id that no camera has, or a per-camera id that camera lacks, or a camera that is not
 * triangulated. The message names the setting and lists the track ids there are; the caller adds the
 * settings file. Cheap (one pass over the track ids), so it runs before any triangulation.
 */
export function checkSubjectTracks(sequences: Pose2DInput[], rig: CameraRig, subject: TriangulateSettings['subject']): void {
  if (subject === 'auto') return;
  const ids = sequences.map(trackIdsOf);
  if (typeof subject === 'number') {
    if (ids.some((l) => l.includes(subject))) return;
    const all = [...new Set(ids.flat())].sort((a, b) => a - b);
    throw new UserError(
      all.length
        ? `triangulation.subject = ${subject}: no camera has a track ${subject} (tracks: ${listIds(all)}); use one of those or "auto"`
        : `triangulation.subject = ${subject}: no camera has a track ${subject} (the 2D keypoints carry no track ids); use "auto"`,
    );
  }
  for (const [name, id] of Object.entries(subject)) {
    const c = rig.cameras.findIndex((cam) => sameName(cam.name, name));
    if (c < 0)
      throw new UserError(
        `triangulation.subject names camera "${name}", which is not one of the cameras triangulated (${rig.cameras.map((k) => k.name).join(', ')}); use one of those names`,
      );
    if (!ids[c].includes(id))
      throw new UserError(
        `triangulation.subject.${name} = ${id}: camera ${rig.cameras[c].name} has no track ${id} (${ids[c].length ? `its tracks: ${listIds(ids[c])}` : 'it has no tracked person'}); use one of those or leave ${name} out of the table`,
      );
  }
}

function selectByTrackIds(
  ctx: Geometry,
  sequences: Pose2DInput[],
  rig: CameraRig,
  s: TriangulateSettings,
  sel: Int32Array,
  frames: number,
): void {
  const C = sequences.length;
  const wanted = new Int32Array(C).fill(-1);
  if (typeof s.subject === 'number') wanted.fill(s.subject);
  else if (typeof s.subject === 'object') {
    // checkSubjectTracks has made sure every camera named is there.
    for (const [name, id] of Object.entries(s.subject)) wanted[rig.cameras.findIndex((cam) => sameName(cam.name, name))] = id;
  }
  for (let f = 0; f < frames; f++) {
    const fixed = new Int32Array(C).fill(-1);
    for (let c = 0; c < C; c++) {
      const q = sequences[c];
      if (wanted[c] < 0 || f >= q.frames) continue;
      for (let p = 0; p < q.persons; p++) if (q.trackIds[f * q.persons + p] === wanted[c]) fixed[c] = p;
    }
    const slots = ctx.completeFromFixed(f, fixed);
    for (let c = 0; c < C; c++) sel[f * C + c] = slots[c];
  }
}

/** Least-squares meeting point of the cameras' optical axes: the middle of the capture volume. */
export function volumeCentre(prepared: PreparedCamera[]): [number, number, number] {
  const A = new Float64Array(9),
    b = new Float64Array(3);
  const mean = [0, 0, 0];
  for (const pc of prepared) {
    const C = cameraCenter(pc);
    const d = [pc.R[6], pc.R[7], pc.R[8]]; // optical axis in world coordinates (third row of R)
    for (let i = 0; i < 3; i++) {
      mean[i] += C[i] / prepared.length;
      for (let k = 0; k < 3; k++) {
        const m = (i === k ? 1 : 0) - d[i] * d[k];
        A[i * 3 + k] += m;
        b[i] += m * C[k];
      }
    }
  }
  const X = solve3(A, b);
  return X ?? [mean[0], mean[1], mean[2]];
}

function solve3(A: Float64Array, b: Float64Array): [number, number, number] | null {
  const [a, bb, c, d, e, f, g, h, i] = A;
  const co0 = e * i - f * h,
    co1 = f * g - d * i,
    co2 = d * h - e * g;
  const det = a * co0 + bb * co1 + c * co2;
  const scale = Math.abs(a) + Math.abs(e) + Math.abs(i);
  if (!(Math.abs(det) > 1e-9 * scale * scale * scale)) return null;
  const inv = [co0, c * h - bb * i, bb * f - c * e, co1, a * i - c * g, c * d - a * f, co2, bb * g - a * h, a * e - bb * d];
  return [
    (inv[0] * b[0] + inv[1] * b[1] + inv[2] * b[2]) / det,
    (inv[3] * b[0] + inv[4] * b[1] + inv[5] * b[2]) / det,
    (inv[6] * b[0] + inv[7] * b[1] + inv[8] * b[2]) / det,
  ];
}

/** Cross-camera geometry on whole skeletons (also used by associatePeople.ts). */
export class Geometry {
  private readonly C: number;
  private readonly J: number;
  private readonly P: Float64Array;
  private readonly focal: Float64Array;
  private readonly centres: [number, number, number][];
  private readonly mirror: number[];
  readonly gatePx: number;

  constructor(
    private readonly sequences: Pose2DInput[],
    private readonly prepared: PreparedCamera[],
    private readonly s: TriangulateSettings,
    private readonly pixelScale: ArrayLike<number>,
    private readonly window: FrameWindow,
  ) {
    this.C = sequences.length;
    this.J = sequences[0].joints;
    this.mirror = getLayout(sequences[0].layout).mirror;
    this.P = new Float64Array(this.C * 12);
    this.focal = new Float64Array(this.C);
    prepared.forEach((pc, c) => {
      for (let r = 0; r < 3; r++) {
        for (let k = 0; k < 3; k++) this.P[c * 12 + r * 4 + k] = pc.R[r * 3 + k];
        this.P[c * 12 + r * 4 + 3] = pc.t[r];
      }
      this.focal[c] = (pc.fx + pc.fy) / 2;
    });
    this.centres = prepared.map((pc) => cameraCenter(pc));
    this.gatePx = 2 * s.max_reprojection_error_px;
  }

  /** Undistorted detections of every person slot with enough keypoints, per camera (valid until the next call). */
  /** Candidate objects reused from frame to frame, per camera and slot: a frame's candidates are only valid until the next call. */
  private readonly pool: Candidate[][] = [];
  private readonly tmp = new Float64Array(2);

  candidates(f: number): Candidate[][] {
    const out: Candidate[][] = [];
    const tmp = this.tmp;
    for (let c = 0; c < this.C; c++) {
      const q = this.sequences[c];
      const list: Candidate[] = [];
      if (f < q.frames) {
        this.window.ensure(f);
        const data = this.window.data[c];
        for (let p = 0; p < q.persons; p++) {
          const slots = (this.pool[c] ??= []);
          let cand = slots[p];
          if (!cand)
            cand = slots[p] = { slot: p, x: new Float64Array(this.J), y: new Float64Array(this.J), w: new Float64Array(this.J), valid: 0 };
          else {
            cand.x.fill(0);
            cand.y.fill(0);
            cand.w.fill(0);
            cand.valid = 0;
          }
          for (let j = 0; j < this.J; j++) {
            const o = this.window.offset(f, q.persons, p, this.J, j);
            const u = toResizedPixel(data[o], this.pixelScale[2 * c]),
              v = toResizedPixel(data[o + 1], this.pixelScale[2 * c + 1]),
              sc = data[o + 2];
            if (!(sc >= this.s.min_score && sc <= 1e3) || !Number.isFinite(u) || !Number.isFinite(v)) continue;
            undistortPoint(this.prepared[c], u, v, tmp, 0);
            if (!Number.isFinite(tmp[0]) || !Number.isFinite(tmp[1])) continue;
            cand.x[j] = tmp[0];
            cand.y[j] = tmp[1];
            cand.w[j] = Math.min(sc, 1);
            cand.valid++;
          }
          if (cand.valid >= MIN_JOINTS) list.push(cand);
        }
      }
      out.push(list);
    }
    return out;
  }

  /** Linear triangulation of joint j from the listed (camera, candidate) views; NaN if degenerate. */
  private point(views: [number, Candidate][], j: number, mirrored: boolean[], out: Float64Array, o: number): void {
    let m00 = 0,
      m01 = 0,
      m02 = 0,
      m11 = 0,
      m12 = 0,
      m22 = 0,
      r0 = 0,
      r1 = 0,
      r2 = 0,
      n = 0;
    for (let i = 0; i < views.length; i++) {
      const [c, cand] = views[i];
      const jj = mirrored[i] ? this.mirror[j] : j;
      const w = cand.w[jj];
      if (!(w > 0)) continue;
      n++;
      const x = cand.x[jj],
        y = cand.y[jj],
        P = this.P,
        q = c * 12;
      for (let r = 0; r < 2; r++) {
        const u = r === 0 ? x : y,
          base = q + r * 4;
        const a0 = u * P[q + 8] - P[base],
          a1 = u * P[q + 9] - P[base + 1],
          a2 = u * P[q + 10] - P[base + 2],
          a3 = u * P[q + 11] - P[base + 3];
        m00 += a0 * a0;
        m01 += a0 * a1;
        m02 += a0 * a2;
        m11 += a1 * a1;
        m12 += a1 * a2;
        m22 += a2 * a2;
        r0 -= a0 * a3;
        r1 -= a1 * a3;
        r2 -= a2 * a3;
      }
    }
    // The symmetric 3×3 normal equations, solved by Cramer's rule (no allocation: this runs for every
    // joint of every two-view hypothesis).
    const co0 = m11 * m22 - m12 * m12,
      co1 = m12 * m02 - m01 * m22,
      co2 = m01 * m12 - m11 * m02;
    const det = m00 * co0 + m01 * co1 + m02 * co2;
    const scale = m00 + m11 + m22;
    if (n < 2 || !(Math.abs(det) > 1e-9 * scale * scale * scale)) {
      out[o] = NaN;
      out[o + 1] = NaN;
      out[o + 2] = NaN;
      return;
    }
    const i11 = m00 * m22 - m02 * m02,
      i12 = m02 * m01 - m00 * m12,
      i22 = m00 * m11 - m01 * m01;
    out[o] = (co0 * r0 + co1 * r1 + co2 * r2) / det;
    out[o + 1] = (co1 * r0 + i11 * r1 + i12 * r2) / det;
    out[o + 2] = (co2 * r0 + i12 * r1 + i22 * r2) / det;
  }

  private residualPx(c: number, X: Float64Array, o: number, x: number, y: number): number {
    const P = this.P,
      q = c * 12;
    const zc = P[q + 8] * X[o] + P[q + 9] * X[o + 1] + P[q + 10] * X[o + 2] + P[q + 11];
    if (!(zc > 1e-6)) return Infinity;
    const dx = (P[q] * X[o] + P[q + 1] * X[o + 1] + P[q + 2] * X[o + 2] + P[q + 3]) / zc - x;
    const dy = (P[q + 4] * X[o] + P[q + 5] * X[o + 1] + P[q + 6] * X[o + 2] + P[q + 7]) / zc - y;
    return Math.hypot(dx, dy) * this.focal[c];
  }

  /** Median reprojection error (px) of a candidate against a skeleton, as labelled or mirrored. */
  /** Whether the last `fit` was best mirrored. */
  lastMirrored = false;

  fit(c: number, cand: Candidate, skel: Float64Array): number {
    let best = Infinity;
    this.lastMirrored = false;
    for (const mirrored of [false, true]) {
      const m = this.fitAs(c, cand, skel, mirrored);
      if (m < best) {
        best = m;
        this.lastMirrored = mirrored;
      }
    }
    return best;
  }

  skeleton(views: [number, Candidate][], mirrored: boolean[]): Float64Array {
    const skel = new Float64Array(this.J * 3);
    for (let j = 0; j < this.J; j++) this.point(views, j, mirrored, skel, 3 * j);
    return skel;
  }

  centroid(skel: Float64Array): [number, number, number] | null {
    const m = [0, 0, 0];
    let n = 0;
    for (let j = 0; j < this.J; j++) {
      if (!Number.isFinite(skel[3 * j])) continue;
      for (let k = 0; k < 3; k++) m[k] += skel[3 * j + k];
      n++;
    }
    return n ? [m[0] / n, m[1] / n, m[2] / n] : null;
  }

  /** Adds to `views` the best-fitting unused candidate of every other camera. Returns the summed cost. */
  private extend(cands: Candidate[][], used: Uint8Array[], views: [number, Candidate][], skel: Float64Array): number {
    let cost = 0;
    const inViews = new Set(views.map((v) => v[0]));
    for (let c = 0; c < this.C; c++) {
      if (inViews.has(c)) continue;
      let best = -1,
        bestCost = this.gatePx;
      cands[c].forEach((cand, i) => {
        if (used[c][i]) return;
        const e = this.fit(c, cand, skel);
        if (e < bestCost) {
          bestCost = e;
          best = i;
        }
      });
      if (best >= 0) {
        views.push([c, cands[c][best]]);
        cost += bestCost;
      }
    }
    return cost;
  }

  /** The people seen consistently by at least two cameras in frame f, best supported first. */
  assemble(f: number, previous: Person3D[]): Person3D[] {
    const cands = this.candidates(f);
    const used = cands.map((l) => new Uint8Array(l.length));
    const people: Person3D[] = [];
    // Continuity first: the people of the previous frame, matched in every camera.
    for (const prev of previous) {
      let views: [number, Candidate][] = [];
      let flags: boolean[] = [];
      for (let c = 0; c < this.C; c++) {
        let best = -1,
          bestCost = 2 * this.gatePx,
          bestMirrored = false;
        cands[c].forEach((cand, i) => {
          if (used[c][i]) return;
          const e = this.fit(c, cand, prev.skel);
          if (e < bestCost) {
            bestCost = e;
            best = i;
            bestMirrored = this.lastMirrored;
          }
        });
        if (best >= 0) {
          views.push([c, cands[c][best]]);
          flags.push(bestMirrored);
        }
      }
      if (views.length < 2) continue;
      let skel = this.skeleton(views, flags);
      const keep = views.map(([c, cand], i) => this.fitAs(c, cand, skel, flags[i]) <= this.gatePx);
      if (keep.some((k) => !k)) {
        views = views.filter((_, i) => keep[i]);
        flags = flags.filter((_, i) => keep[i]);
        if (views.length < 2) continue;
        skel = this.skeleton(views, flags);
      }
      const centroid = this.centroid(skel);
      if (!centroid) continue;
      const slots = new Int32Array(this.C).fill(-1);
      for (const [c, cand] of views) {
        slots[c] = cand.slot;
        used[c][cands[c].indexOf(cand)] = 1;
      }
      people.push({ slots, skel, views: views.length, cost: 0, centroid });
    }
    people.push(...this.discover(cands, used));
    return people;
  }

  /**
   * New people among the candidates not yet used (marked in `used` as they are taken): two-view
   * hypotheses that reproject well, each extended to the other cameras, best supported first.
   */
  discover(cands: Candidate[][], used: Uint8Array[], maxRounds = 8): Person3D[] {
    const people: Person3D[] = [];
    for (let round = 0; round < maxRounds; round++) {
      // Two-view hypotheses among unused candidates.
      const hyps: { cost: number; a: number; ia: number; b: number; ib: number; mirrored: boolean }[] = [];
      for (let a = 0; a < this.C; a++) {
        for (let b = a + 1; b < this.C; b++) {
          cands[a].forEach((ca, ia) => {
            if (used[a][ia]) return;
            cands[b].forEach((cb, ib) => {
              if (used[b][ib]) return;
              for (const mirrored of [false, true]) {
                // Cheap first: the two views must agree with the epipolar geometry at all.
                if (this.epipolarPx(a, ca, b, cb, mirrored) > 2 * this.gatePx) continue;
                const views: [number, Candidate][] = [
                  [a, ca],
                  [b, cb],
                ];
                const skel = this.skeleton(views, [false, mirrored]);
                const centroid = this.centroid(skel);
                if (!centroid || !this.wellConditioned(a, b, centroid)) break;
                const e = Math.max(this.fitAs(a, ca, skel, false), this.fitAs(b, cb, skel, mirrored));
                if (e <= this.gatePx) {
                  hyps.push({ cost: e, a, ia, b, ib, mirrored });
                  break;
                }
              }
            });
          });
        }
      }
      if (hyps.length === 0) break;
      hyps.sort((x, y) => x.cost - y.cost);
      let best: Person3D | null = null;
      let bestUse: [number, Candidate][] = [];
      for (const h of hyps.slice(0, 8)) {
        const views: [number, Candidate][] = [
          [h.a, cands[h.a][h.ia]],
          [h.b, cands[h.b][h.ib]],
        ];
        const skel = this.skeleton(views, [false, h.mirrored]);
        const cost = h.cost + this.extend(cands, used, views, skel);
        const slots = new Int32Array(this.C).fill(-1);
        for (const [c, cand] of views) slots[c] = cand.slot;
        const centroid = this.centroid(skel)!;
        const person: Person3D = { slots, skel, views: views.length, cost, centroid };
        if (!best || person.views > best.views || (person.views === best.views && person.cost < best.cost)) {
          best = person;
          bestUse = views;
        }
      }
      if (!best) break;
      for (const [c, cand] of bestUse) used[c][cands[c].indexOf(cand)] = 1;
      people.push(best);
    }
    return people;
  }

  /** Share of the keypoints a candidate sees that reproject within maxPx of skel, as labelled or mirrored (whichever agrees more). */
  agreement(c: number, cand: Candidate, skel: Float64Array, maxPx: number): number {
    let best = 0;
    for (const mirrored of [false, true]) {
      let seen = 0,
        ok = 0;
      for (let j = 0; j < this.J; j++) {
        const jj = mirrored ? this.mirror[j] : j;
        if (!(cand.w[jj] > 0) || !Number.isFinite(skel[3 * j])) continue;
        seen++;
        if (this.residualPx(c, skel, 3 * j, cand.x[jj], cand.y[jj]) <= maxPx) ok++;
      }
      if (seen) best = Math.max(best, ok / seen);
    }
    return best;
  }

  private readonly errBuf = new Float64Array(1024);

  /** Median reprojection error (px) of a candidate against a skeleton, as labelled or mirrored; Infinity with fewer than MIN_JOINTS joints in common. */
  fitAs(c: number, cand: Candidate, skel: Float64Array, mirrored: boolean): number {
    // A typed buffer reordered in place: this runs for every track × detection × camera × frame.
    const buf = this.errBuf;
    let n = 0;
    for (let j = 0; j < this.J && n < buf.length; j++) {
      const jj = mirrored ? this.mirror[j] : j;
      if (!(cand.w[jj] > 0) || !Number.isFinite(skel[3 * j])) continue;
      buf[n++] = this.residualPx(c, skel, 3 * j, cand.x[jj], cand.y[jj]);
    }
    return n < MIN_JOINTS ? Infinity : medianInPlace(buf, n);
  }

  /** Per camera pair (a < b), the essential matrix E with x_b' E x_a = 0 in normalised coordinates. */
  private essential: Float64Array | null = null;
  private readonly epiBuf = new Float64Array(256);

  /** Median distance (px in camera b) of candidate cb's keypoints from the epipolar lines of ca's (cb mirrored if asked). */
  epipolarPx(a: number, ca: Candidate, b: number, cb: Candidate, mirrored: boolean): number {
    const C = this.C;
    if (!this.essential) {
      this.essential = new Float64Array(C * C * 9);
      for (let i = 0; i < C; i++) {
        for (let k = 0; k < C; k++) {
          if (i === k) continue;
          const A = this.prepared[i],
            B = this.prepared[k];
          // Relative pose: x_k = R x_i + t with R = R_k R_iᵀ, t = t_k − R t_i; E = [t]× R.
          const R = new Float64Array(9);
          for (let r = 0; r < 3; r++)
            for (let q = 0; q < 3; q++)
              R[r * 3 + q] = B.R[r * 3] * A.R[q * 3] + B.R[r * 3 + 1] * A.R[q * 3 + 1] + B.R[r * 3 + 2] * A.R[q * 3 + 2];
          const t = [0, 1, 2].map((r) => B.t[r] - (R[r * 3] * A.t[0] + R[r * 3 + 1] * A.t[1] + R[r * 3 + 2] * A.t[2]));
          const o = (i * C + k) * 9;
          for (let q = 0; q < 3; q++) {
            this.essential[o + q] = -t[2] * R[3 + q] + t[1] * R[6 + q];
            this.essential[o + 3 + q] = t[2] * R[q] - t[0] * R[6 + q];
            this.essential[o + 6 + q] = -t[1] * R[q] + t[0] * R[3 + q];
          }
        }
      }
    }
    const E = this.essential,
      o = (a * C + b) * 9,
      buf = this.epiBuf;
    let n = 0;
    for (let j = 0; j < this.J && n < buf.length; j++) {
      const jb = mirrored ? this.mirror[j] : j;
      if (!(ca.w[j] > 0) || !(cb.w[jb] > 0)) continue;
      const x = ca.x[j],
        y = ca.y[j];
      const l0 = E[o] * x + E[o + 1] * y + E[o + 2],
        l1 = E[o + 3] * x + E[o + 4] * y + E[o + 5],
        l2 = E[o + 6] * x + E[o + 7] * y + E[o + 8];
      const norm = Math.hypot(l0, l1);
      if (!(norm > 0)) continue;
      buf[n++] = (Math.abs(l0 * cb.x[jb] + l1 * cb.y[jb] + l2) / norm) * this.focal[b];
    }
    if (n < MIN_JOINTS) return Infinity;
    return upperMedianInPlace(buf, n);
  }

  /** Two cameras triangulate a point well when their rays meet at 10°–170°. */
  private wellConditioned(a: number, b: number, X: [number, number, number]): boolean {
    const ca = this.centres[a],
      cb = this.centres[b];
    const u = [ca[0] - X[0], ca[1] - X[1], ca[2] - X[2]],
      v = [cb[0] - X[0], cb[1] - X[1], cb[2] - X[2]];
    const cos = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (Math.hypot(u[0], u[1], u[2]) * Math.hypot(v[0], v[1], v[2]));
    return Math.abs(cos) < Math.cos((10 * Math.PI) / 180);
  }

  /** Slots given in some cameras; the others get the candidate that best fits their skeleton. */
  completeFromFixed(f: number, fixed: Int32Array): Int32Array {
    const cands = this.candidates(f);
    const used = cands.map((l) => new Uint8Array(l.length));
    const views: [number, Candidate][] = [];
    for (let c = 0; c < this.C; c++) {
      if (fixed[c] < 0) continue;
      const i = cands[c].findIndex((k) => k.slot === fixed[c]);
      if (i >= 0) {
        views.push([c, cands[c][i]]);
        used[c][i] = 1;
      }
    }
    const out = Int32Array.from(fixed);
    if (views.length >= 2) {
      const skel = this.skeleton(
        views,
        views.map(() => false),
      );
      this.extend(cands, used, views, skel);
      for (const [c, cand] of views) out[c] = cand.slot;
    }
    return out;
  }
}
