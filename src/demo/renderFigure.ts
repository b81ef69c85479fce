// A small per-pixel renderer of a human-like figure for the synthetic demo session.
//
// The body is built from the 3D joint positions of one frame (halpe26 names; coco17 works too),
// so every rendered limb lies exactly on the ground-truth joints: limbs and feet are tapered
// capsules, torso and pelvis are capsules widened sideways, the head is an ellipsoid with hair,
// eyes (white + dark iris), brows, mouth, a nose and ears. Each pixel casts the camera ray of
// that pixel (lens distortion included, see CameraView), so the image is consistent with the
// calibration by construction. Light comes from the camera side (a head light) plus a little from
// above, which keeps back views readable for a pose network (see shared/notes/synthetic-figure.md).
//
// Pure: no file system, no clock. Typical cost ≈ 10–20 ms per 640×480 frame.
// ref: sphere tracing — J. C. Hart, "Sphere tracing: a geometric method for the antialiased ray
//      tracing of implicit surfaces", The Visual Computer 12 (1996).

import { getLayout } from '../core/layouts.ts';

/** Everything the renderer needs to know about one camera, precomputed once per camera. */
export interface CameraView {
  width: number;
  height: number;
  /** Camera centre in world coordinates (metres). */
  origin: [number, number, number];
  /** Unit world-space direction of the ray through each pixel centre, [row][col][xyz], distortion included. */
  rays: Float32Array;
  /** Focal length in pixels (for screen bounds of primitives). */
  focalPx: number;
  /** World → camera rotation, row-major 3×3, and translation (metres). */
  rotation: ArrayLike<number>;
  translation: ArrayLike<number>;
  /** Projects world points (n×3) to pixels (n×2), distortion included. */
  project: (xyz: ArrayLike<number>) => Float64Array;
}

/** Colours of the figure (sRGB 0–255). Defaults give a red short-sleeved shirt, blue trousers, black shoes. */
export interface FigureStyle {
  skin: [number, number, number];
  shirt: [number, number, number];
  trousers: [number, number, number];
  shoes: [number, number, number];
  hair: [number, number, number];
}

export const DEFAULT_STYLE: FigureStyle = {
  skin: [226, 170, 138],
  shirt: [196, 28, 34],
  trousers: [34, 58, 150],
  shoes: [22, 22, 24],
  hair: [48, 30, 18],
};

type Vec = [number, number, number];
const sub = (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const scale = (a: Vec, s: number): Vec => [a[0] * s, a[1] * s, a[2] * s];
const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a: Vec): number => Math.hypot(a[0], a[1], a[2]);
const unit = (a: Vec): Vec => {
  const n = norm(a) || 1;
  return [a[0] / n, a[1] / n, a[2] / n];
};
const mix = (a: Vec, b: Vec, t: number): Vec => add(a, scale(sub(b, a), t));
/** a with its component along unit u removed, normalised. */
const orthoUnit = (a: Vec, u: Vec): Vec => unit(sub(a, scale(u, dot(a, u))));

/** Material id → colour, chosen per hit point. */
enum Mat {
  Skin,
  Shirt,
  Trousers,
  Shoes,
  Hair,
  Head,
}

/** A tapered capsule (optionally widened along one axis): the body's building block. */
interface Capsule {
  kind: 0;
  a: Vec;
  b: Vec;
  ra: number;
  rb: number;
  /** Unit axis to widen along and its factor (1 = round cross-section). */
  wideAxis: Vec;
  wide: number;
  /** Material below / above `split` (fraction along a→b). */
  matA: Mat;
  matB: Mat;
  split: number;
  /** A V-neck of skin on the front of the shirt (a front/back cue), from the neck joint down. */
  neckline?: { top: Vec; fwd: Vec; up: Vec; side: Vec };
}

/** The head: an ellipsoid in the head frame (left, forward, up). */
interface HeadShape {
  kind: 1;
  c: Vec;
  l: Vec;
  f: Vec;
  u: Vec;
  ax: number;
  af: number;
  au: number;
  /** Eye centres in the unit-sphere coordinates of the ellipsoid, [l, f, u]. */
  eyes: Vec[];
  /** Height (metres along u from c) of the mouth. */
  mouthU: number;
}

type Prim = Capsule | HeadShape;

/** Signed distance (a lower bound for widened capsules) and the fraction along the axis. */
function capsuleDistance(c: Capsule, px: number, py: number, pz: number, out: { h: number }): number {
  let qx = px - c.a[0];
  let qy = py - c.a[1];
  let qz = pz - c.a[2];
  if (c.wide !== 1) {
    // Squeeze the widened direction back to a round capsule; distances shrink by ≤ wide, so the
    // result stays a lower bound of the true distance (safe for sphere tracing).
    const w = qx * c.wideAxis[0] + qy * c.wideAxis[1] + qz * c.wideAxis[2];
    const k = w * (1 / c.wide - 1);
    qx += c.wideAxis[0] * k;
    qy += c.wideAxis[1] * k;
    qz += c.wideAxis[2] * k;
  }
  const bx = c.b[0] - c.a[0];
  const by = c.b[1] - c.a[1];
  const bz = c.b[2] - c.a[2];
  const l2 = bx * bx + by * by + bz * bz;
  let h = l2 > 0 ? (qx * bx + qy * by + qz * bz) / l2 : 0;
  h = h < 0 ? 0 : h > 1 ? 1 : h;
  out.h = h;
  const dx = qx - bx * h;
  const dy = qy - by * h;
  const dz = qz - bz * h;
  return Math.sqrt(dx * dx + dy * dy + dz * dz) - (c.ra + (c.rb - c.ra) * h);
}

function jointGetter(layoutName: string, joints: ArrayLike<number>): (name: string) => Vec | undefined {
  const layout = getLayout(layoutName);
  return (name: string) => {
    const j = layout.indexOf.get(name);
    if (j === undefined) return undefined;
    const p: Vec = [joints[3 * j], joints[3 * j + 1], joints[3 * j + 2]];
    return Number.isFinite(p[0] + p[1] + p[2]) ? p : undefined;
  };
}

/**
 * Builds the figure's primitives from one frame of joints (metres, world Z up).
 * Needs shoulders, elbows, wrists, hips, knees, ankles, nose, eyes and ears; Neck, Hip, Head,
 * heels and toes are used when the layout has them and derived otherwise.
 */
export function buildFigure(joints: ArrayLike<number>, layoutName = 'halpe26'): Prim[] {
  const J = jointGetter(layoutName, joints);
  const need = (n: string): Vec => {
    const p = J(n);
    if (!p) throw new Error(`renderFigure: joint ${n} missing or NaN in layout ${layoutName}`);
    return p;
  };
  const lSh = need('LShoulder'),
    rSh = need('RShoulder'),
    lHip = need('LHip'),
    rHip = need('RHip');
  const nose = need('Nose'),
    lEye = need('LEye'),
    rEye = need('REye'),
    lEar = need('LEar'),
    rEar = need('REar');
  const neck = J('Neck') ?? mix(lSh, rSh, 0.5);
  const pelvis = J('Hip') ?? mix(lHip, rHip, 0.5);
  const up = unit(sub(neck, pelvis));
  const side = orthoUnit(add(sub(lSh, rSh), sub(lHip, rHip)), up); // towards the person's left
  const prims: Prim[] = [];
  const cap = (a: Vec, b: Vec, ra: number, rb: number, matA: Mat, matB = matA, split = 1, wide = 1, wideAxis: Vec = [1, 0, 0]): void => {
    prims.push({ kind: 0, a, b, ra, rb, matA, matB, split, wide, wideAxis });
  };

  // Head frame from ears and nose.
  const earMid = mix(lEar, rEar, 0.5);
  const hl = unit(sub(lEar, rEar));
  const hf = orthoUnit(sub(nose, earMid), hl);
  const hu = cross(hf, hl);
  const noseF = dot(sub(nose, earMid), hf);
  const top = J('Head');
  const c = add(earMid, scale(hu, 0.012));
  const ax = Math.max(0.065, norm(sub(lEar, rEar)) / 2 - 0.004);
  const af = Math.min(0.115, Math.max(0.085, noseF - 0.018));
  const au = top ? Math.min(0.14, Math.max(0.1, dot(sub(top, c), hu))) : 0.118;
  const toUnit = (p: Vec): Vec => {
    const d = sub(p, c);
    return unit([dot(d, hl) / ax, dot(d, hf) / af, dot(d, hu) / au]);
  };
  prims.push({ kind: 1, c, l: hl, f: hf, u: hu, ax, af, au, eyes: [toUnit(lEye), toUnit(rEye)], mouthU: dot(sub(nose, c), hu) - 0.036 });
  // Nose: a short cone ending at the ground-truth nose tip; ears: small blobs on the ground-truth ears.
  cap(sub(nose, scale(hf, 0.03)), sub(nose, scale(hf, 0.008)), 0.013, 0.009, Mat.Skin);
  cap(sub(lEar, scale(hl, 0.006)), sub(lEar, scale(hu, 0.012)), 0.014, 0.011, Mat.Skin);
  cap(add(rEar, scale(hl, 0.006)), sub(rEar, scale(hu, 0.012)), 0.014, 0.011, Mat.Skin);
  // Neck, torso (shirt), pelvis (trousers), shoulders.
  cap(neck, sub(c, add(scale(hu, 0.06), scale(hf, 0.02))), 0.05, 0.045, Mat.Skin);
  cap(add(pelvis, scale(up, 0.1)), sub(neck, scale(up, 0.08)), 0.105, 0.115, Mat.Shirt, Mat.Shirt, 1, 1.5, side);
  (prims[prims.length - 1] as Capsule).neckline = { top: neck, fwd: cross(side, up), up, side };
  cap(sub(pelvis, scale(up, 0.02)), add(pelvis, scale(up, 0.12)), 0.1, 0.1, Mat.Trousers, Mat.Trousers, 1, 1.55, side);
  cap(lSh, rSh, 0.062, 0.062, Mat.Shirt);
  for (const s of ['L', 'R']) {
    const sh = need(`${s}Shoulder`),
      el = need(`${s}Elbow`),
      wr = need(`${s}Wrist`);
    const hip = need(`${s}Hip`),
      kn = need(`${s}Knee`),
      an = need(`${s}Ankle`);
    cap(sh, el, 0.055, 0.043, Mat.Shirt, Mat.Skin, 0.5); // short sleeve
    cap(el, wr, 0.042, 0.031, Mat.Skin);
    cap(wr, add(wr, scale(unit(sub(wr, el)), 0.12)), 0.034, 0.026, Mat.Skin); // hand
    cap(hip, kn, 0.085, 0.058, Mat.Trousers);
    cap(kn, an, 0.056, 0.043, Mat.Trousers);
    // Shoe: ankle → heel → toes.
    const big = J(`${s}BigToe`),
      small = J(`${s}SmallToe`);
    const shinDir = unit(sub(an, kn));
    const fwd = orthoUnit(big && small ? sub(mix(big, small, 0.5), an) : hf, shinDir);
    const heel = J(`${s}Heel`) ?? add(an, add(scale(shinDir, 0.05), scale(fwd, -0.05)));
    const toes = big && small ? mix(big, small, 0.5) : add(an, add(scale(shinDir, 0.06), scale(fwd, 0.15)));
    cap(an, heel, 0.045, 0.04, Mat.Shoes);
    cap(heel, sub(toes, scale(unit(sub(toes, heel)), 0.02)), 0.04, 0.034, Mat.Shoes);
  }
  return prims;
}

/** Eye white, iris, brow, mouth and hair on the head ellipsoid; returns a colour. */
function headColour(h: HeadShape, q: Vec, style: FigureStyle): [number, number, number] {
  const [ql, qf, qu] = q;
  // Hair: the top, and the whole back of the head down to the nape (the neck below stays skin).
  // A back of the head that shows much skin reads as a face to a pose network (left/right swaps).
  const hairline = qf >= 0.25 ? 0.5 : qf >= -0.35 ? 0.5 - ((0.25 - qf) / 0.6) * 1.25 : -0.75;
  if (qu > hairline) return style.hair;
  if (qf > 0.2) {
    for (const e of h.eyes) {
      const dl = (ql - e[0]) * h.ax;
      const du = (qu - e[2]) * h.au;
      if (Math.abs(dl) < 0.02 && du > 0.013 && du < 0.02) return [70, 45, 28]; // brow
      const ew = (dl / 0.015) ** 2 + (du / 0.008) ** 2;
      if (ew < 1) return dl * dl + du * du < 0.0062 ** 2 ? [28, 22, 18] : [238, 238, 235];
    }
    const pu = qu * h.au;
    if (Math.abs(ql * h.ax) < 0.022 && Math.abs(pu - h.mouthU) < 0.0045) return [150, 52, 58];
  }
  return style.skin;
}

function matColour(m: Mat, style: FigureStyle): [number, number, number] {
  switch (m) {
    case Mat.Shirt:
      return style.shirt;
    case Mat.Trousers:
      return style.trousers;
    case Mat.Shoes:
      return style.shoes;
    case Mat.Hair:
      return style.hair;
    default:
      return style.skin;
  }
}

/** Background (sky/wall gradient above the horizon, floor with a faint 0.5 m grid), per camera. */
export function renderBackground(view: CameraView): Uint8Array {
  const { width: W, height: H, rays, origin } = view;
  const rgb = new Uint8Array(W * H * 3);
  for (let i = 0; i < W * H; i++) {
    const dx = rays[3 * i],
      dy = rays[3 * i + 1],
      dz = rays[3 * i + 2];
    let r: number, g: number, b: number;
    if (dz < -1e-6) {
      const t = -origin[2] / dz;
      const x = origin[0] + dx * t,
        y = origin[1] + dy * t;
      const fx = Math.abs(x / 0.5 - Math.round(x / 0.5)),
        fy = Math.abs(y / 0.5 - Math.round(y / 0.5));
      const line = Math.min(fx, fy) < 0.012 ? 0.9 : 1;
      const fade = Math.min(1, t / 25);
      r = 168 * line * (1 - fade) + 190 * fade;
      g = 160 * line * (1 - fade) + 190 * fade;
      b = 146 * line * (1 - fade) + 188 * fade;
    } else {
      const k = Math.min(1, dz * 3);
      r = 196 - 30 * k;
      g = 204 - 22 * k;
      b = 212 - 4 * k;
    }
    rgb[3 * i] = r;
    rgb[3 * i + 1] = g;
    rgb[3 * i + 2] = b;
  }
  return rgb;
}

/** Reusable per-camera buffers so a frame allocates nothing large. */
export interface FigureRenderer {
  /** Renders one frame of joints; returns RGB24, width·height·3 (the same buffer each call). */
  render(joints: ArrayLike<number>): Uint8Array;
  /** Renders several figures into one frame (one depth buffer: nearer bodies hide farther ones); the same buffer. */
  renderMany(figures: ArrayLike<number>[]): Uint8Array;
}

export function createFigureRenderer(view: CameraView, opts: { layout?: string; style?: FigureStyle } = {}): FigureRenderer {
  const layout = opts.layout ?? 'halpe26';
  const style = opts.style ?? DEFAULT_STYLE;
  const background = renderBackground(view);
  const { width: W, height: H, rays, origin } = view;
  const rgb = new Uint8Array(W * H * 3);
  const depth = new Float32Array(W * H);
  const R = view.rotation,
    T = view.translation;
  const hOut = { h: 0 };
  const [ox, oy, oz] = origin;

  function shadeAndStore(i: number, t: number, n: Vec, col: [number, number, number]): void {
    const dx = rays[3 * i],
      dy = rays[3 * i + 1],
      dz = rays[3 * i + 2];
    const lambert = Math.max(0, -(n[0] * dx + n[1] * dy + n[2] * dz));
    const k = 0.38 + 0.55 * lambert + 0.12 * Math.max(0, n[2]);
    depth[i] = t;
    rgb[3 * i] = Math.min(255, col[0] * k);
    rgb[3 * i + 1] = Math.min(255, col[1] * k);
    rgb[3 * i + 2] = Math.min(255, col[2] * k);
  }

  function screenBox(c: Vec, r: number): [number, number, number, number] | undefined {
    const zc = R[6] * c[0] + R[7] * c[1] + R[8] * c[2] + T[2];
    if (zc - r <= 0.05) return undefined;
    const uv = view.project(c);
    const rp = ((view.focalPx * r) / (zc - r)) * 1.15 + 3;
    const x0 = Math.max(0, Math.floor(uv[0] - rp)),
      x1 = Math.min(W - 1, Math.ceil(uv[0] + rp));
    const y0 = Math.max(0, Math.floor(uv[1] - rp)),
      y1 = Math.min(H - 1, Math.ceil(uv[1] + rp));
    if (x0 > x1 || y0 > y1) return undefined;
    return [x0, y0, x1, y1];
  }

  function drawCapsule(p: Capsule): void {
    // Screen box from the projected end points, padded by the largest projected radius.
    const rMax = Math.max(p.ra, p.rb) * Math.max(1, p.wide);
    const za = R[6] * p.a[0] + R[7] * p.a[1] + R[8] * p.a[2] + T[2];
    const zb = R[6] * p.b[0] + R[7] * p.b[1] + R[8] * p.b[2] + T[2];
    const zMin = Math.min(za, zb) - rMax;
    if (zMin <= 0.05) return;
    const uv = view.project([...p.a, ...p.b]);
    const pad = ((view.focalPx * rMax) / zMin) * 1.15 + 3;
    const x0 = Math.max(0, Math.floor(Math.min(uv[0], uv[2]) - pad)),
      x1 = Math.min(W - 1, Math.ceil(Math.max(uv[0], uv[2]) + pad));
    const y0 = Math.max(0, Math.floor(Math.min(uv[1], uv[3]) - pad)),
      y1 = Math.min(H - 1, Math.ceil(Math.max(uv[1], uv[3]) + pad));
    const a = p.a,
      b = p.b;
    const bax = b[0] - a[0],
      bay = b[1] - a[1],
      baz = b[2] - a[2];
    const baba = bax * bax + bay * bay + baz * baz;
    const oax = ox - a[0],
      oay = oy - a[1],
      oaz = oz - a[2];
    const oaoa = oax * oax + oay * oay + oaz * oaz;
    const baoa = bax * oax + bay * oay + baz * oaz;
    const obx = ox - b[0],
      oby = oy - b[1],
      obz = oz - b[2];
    const obob = obx * obx + oby * oby + obz * obz;
    const r2 = rMax * rMax;
    const span = 2 * (Math.sqrt(baba) + rMax);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const i = y * W + x;
        const dx = rays[3 * i],
          dy = rays[3 * i + 1],
          dz = rays[3 * i + 2];
        // Entry into the round bounding capsule (radius rMax) — analytic; most pixels stop here.
        let t0 = -1;
        const bard = bax * dx + bay * dy + baz * dz;
        const rdoa = dx * oax + dy * oay + dz * oaz;
        const A = baba - bard * bard;
        const B = baba * rdoa - baoa * bard;
        const C = baba * oaoa - baoa * baoa - r2 * baba;
        const hc = B * B - A * C;
        if (hc >= 0 && A > 1e-12) {
          const t = (-B - Math.sqrt(hc)) / A;
          const yy = baoa + t * bard;
          if (yy > 0 && yy < baba) t0 = t;
        }
        if (t0 < 0) {
          // End caps.
          const ta = rdoa,
            ca = oaoa - r2,
            ha = ta * ta - ca;
          if (ha >= 0) t0 = -ta - Math.sqrt(ha);
          const tb = dx * obx + dy * oby + dz * obz,
            cb = obob - r2,
            hb = tb * tb - cb;
          if (hb >= 0) {
            const t = -tb - Math.sqrt(hb);
            if (t0 < 0 || t < t0) t0 = t;
          }
          if (t0 < 0) continue;
        }
        if (t0 >= depth[i]) continue;
        let t = t0;
        const tEnd = Math.min(t0 + span, depth[i]);
        let hit = false;
        for (let step = 0; step < 48 && t < tEnd; step++) {
          const d = capsuleDistance(p, ox + dx * t, oy + dy * t, oz + dz * t, hOut);
          if (d < 4e-4) {
            hit = true;
            break;
          }
          t += d;
        }
        if (!hit || t >= depth[i]) continue;
        const px = ox + dx * t,
          py = oy + dy * t,
          pz = oz + dz * t;
        const h = hOut.h;
        const e = 1e-3;
        const n = unit([
          capsuleDistance(p, px + e, py, pz, hOut) - capsuleDistance(p, px - e, py, pz, hOut),
          capsuleDistance(p, px, py + e, pz, hOut) - capsuleDistance(p, px, py - e, pz, hOut),
          capsuleDistance(p, px, py, pz + e, hOut) - capsuleDistance(p, px, py, pz - e, hOut),
        ]);
        let col = matColour(h < p.split ? p.matA : p.matB, style);
        if (p.neckline) {
          const v = p.neckline;
          const q: Vec = [px - v.top[0], py - v.top[1], pz - v.top[2]];
          const down = -dot(q, v.up);
          if (dot(q, v.fwd) > 0 && down < 0.11 && Math.abs(dot(q, v.side)) < 0.055 * (1 - Math.max(0, down) / 0.11)) col = style.skin;
        }
        shadeAndStore(i, t, n, col);
      }
    }
  }

  function drawHead(p: HeadShape): void {
    const r = Math.max(p.ax, p.af, p.au);
    const box = screenBox(p.c, r);
    if (!box) return;
    const [x0, y0, x1, y1] = box;
    const oc: Vec = [ox - p.c[0], oy - p.c[1], oz - p.c[2]];
    // Ray origin in unit-sphere coordinates of the ellipsoid.
    const o: Vec = [dot(oc, p.l) / p.ax, dot(oc, p.f) / p.af, dot(oc, p.u) / p.au];
    const oo = dot(o, o) - 1;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const i = y * W + x;
        const dw: Vec = [rays[3 * i], rays[3 * i + 1], rays[3 * i + 2]];
        const d: Vec = [dot(dw, p.l) / p.ax, dot(dw, p.f) / p.af, dot(dw, p.u) / p.au];
        const a = dot(d, d),
          b = dot(o, d);
        const disc = b * b - a * oo;
        if (disc < 0) continue;
        const t = (-b - Math.sqrt(disc)) / a;
        if (t <= 0 || t >= depth[i]) continue;
        const q: Vec = [o[0] + d[0] * t, o[1] + d[1] * t, o[2] + d[2] * t];
        const nl = q[0] / p.ax,
          nf = q[1] / p.af,
          nu = q[2] / p.au;
        const n = unit(add(add(scale(p.l, nl), scale(p.f, nf)), scale(p.u, nu)));
        shadeAndStore(i, t, n, headColour(p, q, style));
      }
    }
  }

  function drawShadow(joints: ArrayLike<number>): void {
    // A soft contact shadow on the floor under the body (darkens floor pixels only).
    const J = jointGetter(layout, joints);
    const feet = ['LAnkle', 'RAnkle', 'Hip', 'LHip', 'RHip'].map(J).filter((p): p is Vec => !!p);
    if (!feet.length) return;
    const cxy = feet.reduce((s, p) => [s[0] + p[0] / feet.length, s[1] + p[1] / feet.length], [0, 0]);
    const box = screenBox([cxy[0], cxy[1], 0], 0.6);
    if (!box) return;
    const [x0, y0, x1, y1] = box;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const i = y * W + x;
        const dz = rays[3 * i + 2];
        if (dz >= -1e-6) continue;
        const t = -oz / dz;
        const gx = ox + rays[3 * i] * t - cxy[0],
          gy = oy + rays[3 * i + 1] * t - cxy[1];
        const k = 1 - 0.35 * Math.exp(-(gx * gx + gy * gy) / (2 * 0.2 * 0.2));
        rgb[3 * i] *= k;
        rgb[3 * i + 1] *= k;
        rgb[3 * i + 2] *= k;
      }
    }
  }

  function renderMany(figures: ArrayLike<number>[]): Uint8Array {
    rgb.set(background);
    depth.fill(Infinity);
    for (const joints of figures) drawShadow(joints);
    for (const joints of figures) {
      for (const p of buildFigure(joints, layout)) {
        if (p.kind === 1) drawHead(p);
        else drawCapsule(p);
      }
    }
    return rgb;
  }

  return {
    render: (joints: ArrayLike<number>): Uint8Array => renderMany([joints]),
    renderMany,
  };
}
