// Tiny inline-SVG charts for the self-contained report: line plots, bar charts, stick figures.
// Pure string builders; no DOM, no network.

export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const num = (x: number): string => (Math.round(x * 10) / 10).toString();

/** Round tick values covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi - lo < 1e-12) {
    hi = lo + 1;
  }
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

const tickLabel = (t: number): string =>
  Math.abs(t) >= 1000 || (Math.abs(t) < 0.01 && t !== 0) ? t.toExponential(1) : String(Number(t.toPrecision(4)));

export interface Series {
  name: string;
  xs: ArrayLike<number>;
  ys: ArrayLike<number>;
  color?: string;
  dashed?: boolean;
}

/** A line plot; NaN values break the line (gaps stay visible as gaps). */
export function linePlot(
  series: Series[],
  opts: { width?: number; height?: number; title?: string; xLabel?: string; yLabel?: string; legend?: boolean } = {},
): string {
  const W = opts.width ?? 560;
  const H = opts.height ?? 220;
  const m = { l: 52, r: 12, t: opts.title ? 24 : 10, b: 34 };
  let x0 = Infinity,
    x1 = -Infinity,
    y0 = Infinity,
    y1 = -Infinity;
  for (const s of series)
    for (let i = 0; i < s.xs.length; i++) {
      const x = s.xs[i],
        y = s.ys[i];
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" class="plot">`];
  if (opts.title) parts.push(`<text x="${m.l}" y="16" class="title">${esc(opts.title)}</text>`);
  if (!Number.isFinite(x0)) {
    parts.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle" class="muted">no data</text></svg>`);
    return parts.join('');
  }
  const pad = (y1 - y0) * 0.05 || 0.5;
  y0 -= pad;
  y1 += pad;
  if (x1 === x0) x1 = x0 + 1;
  const sx = (x: number): number => m.l + ((x - x0) / (x1 - x0)) * (W - m.l - m.r);
  const sy = (y: number): number => H - m.b - ((y - y0) / (y1 - y0)) * (H - m.t - m.b);
  for (const t of niceTicks(y0, y1, 4))
    parts.push(
      `<line x1="${m.l}" x2="${W - m.r}" y1="${num(sy(t))}" y2="${num(sy(t))}" class="grid"/><text x="${m.l - 4}" y="${num(sy(t) + 4)}" text-anchor="end" class="tick">${tickLabel(t)}</text>`,
    );
  for (const t of niceTicks(x0, x1, 6))
    parts.push(`<text x="${num(sx(t))}" y="${H - m.b + 14}" text-anchor="middle" class="tick">${tickLabel(t)}</text>`);
  parts.push(`<rect x="${m.l}" y="${m.t}" width="${W - m.l - m.r}" height="${H - m.t - m.b}" class="frame"/>`);
  if (opts.xLabel) parts.push(`<text x="${(W + m.l) / 2}" y="${H - 4}" text-anchor="middle" class="label">${esc(opts.xLabel)}</text>`);
  if (opts.yLabel)
    parts.push(
      `<text transform="translate(12 ${(H - m.b + m.t) / 2}) rotate(-90)" text-anchor="middle" class="label">${esc(opts.yLabel)}</text>`,
    );
  series.forEach((s, k) => {
    const color = s.color ?? PALETTE[k % PALETTE.length];
    let d = '';
    let pen = false;
    for (let i = 0; i < s.xs.length; i++) {
      const x = s.xs[i],
        y = s.ys[i];
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${num(sx(x))} ${num(sy(y))}`;
      pen = true;
    }
    parts.push(
      `<path d="${d}" fill="none" stroke="${color}" stroke-width="1.4"${s.dashed ? ' stroke-dasharray="4 3"' : ''}><title>${esc(s.name)}</title></path>`,
    );
  });
  if (opts.legend !== false && series.length > 1) {
    let x = m.l + 6;
    series.forEach((s, k) => {
      const color = s.color ?? PALETTE[k % PALETTE.length];
      parts.push(
        `<rect x="${x}" y="${m.t + 4}" width="10" height="3" fill="${color}"/><text x="${x + 13}" y="${m.t + 9}" class="legend">${esc(s.name)}</text>`,
      );
      x += 18 + s.name.length * 6.2;
    });
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Horizontal bar chart; bars above `warnAt` are drawn in the warning colour, above `badAt` in red. */
export function barChart(
  labels: string[],
  values: number[],
  opts: { unit?: string; warnAt?: number; badAt?: number; width?: number; title?: string; format?: (v: number) => string } = {},
): string {
  const W = opts.width ?? 560;
  const rowH = 18;
  const top = opts.title ? 24 : 6;
  const H = top + labels.length * rowH + 8;
  const labelW = Math.min(180, 12 + Math.max(4, ...labels.map((l) => l.length)) * 6.6);
  const finite = values.filter(Number.isFinite);
  const maxV = Math.max(opts.badAt ?? 0, ...finite, 1e-9);
  const fmtV = opts.format ?? ((v: number) => (Number.isFinite(v) ? `${Number(v.toPrecision(3))}${opts.unit ?? ''}` : '–'));
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" class="plot">`];
  if (opts.title) parts.push(`<text x="4" y="16" class="title">${esc(opts.title)}</text>`);
  labels.forEach((label, i) => {
    const v = values[i];
    const y = top + i * rowH;
    const w = Number.isFinite(v) ? (Math.max(0, v) / maxV) * (W - labelW - 70) : 0;
    const cls = !Number.isFinite(v)
      ? 'bar-na'
      : opts.badAt !== undefined && v > opts.badAt
        ? 'bar-bad'
        : opts.warnAt !== undefined && v > opts.warnAt
          ? 'bar-warn'
          : 'bar-ok';
    parts.push(`<text x="${labelW - 6}" y="${y + 12}" text-anchor="end" class="tick">${esc(label)}</text>`);
    parts.push(`<rect x="${labelW}" y="${y + 2}" width="${num(w)}" height="${rowH - 5}" class="${cls}"/>`);
    parts.push(`<text x="${num(labelW + w + 4)}" y="${y + 12}" class="tick">${esc(fmtV(v))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * A stick figure drawn in one orthographic view. `points` are [joint][x, y, z] metres; `axes` picks
 * which world axes are horizontal and vertical (e.g. [0, 2] = front view of a Z-up world).
 */
export function stickFigure(
  frames: { label: string; xyz: ArrayLike<number> }[],
  bones: [number, number][],
  joints: number,
  axes: [number, number],
  opts: { width?: number; height?: number; title?: string } = {},
): string {
  const W = opts.width ?? 560;
  const H = opts.height ?? 200;
  const top = opts.title ? 22 : 4;
  let h0 = Infinity,
    h1 = -Infinity,
    v0 = Infinity,
    v1 = -Infinity;
  for (const fr of frames)
    for (let j = 0; j < joints; j++) {
      const a = fr.xyz[j * 3 + axes[0]],
        b = fr.xyz[j * 3 + axes[1]];
      if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
      h0 = Math.min(h0, a);
      h1 = Math.max(h1, a);
      v0 = Math.min(v0, b);
      v1 = Math.max(v1, b);
    }
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" class="plot">`];
  if (opts.title) parts.push(`<text x="4" y="15" class="title">${esc(opts.title)}</text>`);
  if (!Number.isFinite(h0)) return `${parts.join('')}</svg>`;
  const cellW = W / Math.max(1, frames.length);
  const span = Math.max(h1 - h0, v1 - v0, 0.1) * 1.1;
  const scale = Math.min(cellW, H - top - 16) / span;
  const vMid = (v0 + v1) / 2;
  frames.forEach((fr, i) => {
    let hc = 0,
      n = 0;
    for (let j = 0; j < joints; j++) {
      const a = fr.xyz[j * 3 + axes[0]];
      if (Number.isFinite(a)) {
        hc += a;
        n++;
      }
    }
    hc = n ? hc / n : 0;
    const cx = cellW * (i + 0.5);
    const cy = top + (H - top - 16) / 2;
    const px = (j: number): [number, number] => [
      cx + (fr.xyz[j * 3 + axes[0]] - hc) * scale,
      cy - (fr.xyz[j * 3 + axes[1]] - vMid) * scale,
    ];
    for (const [a, b] of bones) {
      const [x1, y1] = px(a),
        [x2, y2] = px(b);
      if ([x1, y1, x2, y2].every(Number.isFinite))
        parts.push(`<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" class="bone"/>`);
    }
    for (let j = 0; j < joints; j++) {
      const [x, y] = px(j);
      if (Number.isFinite(x) && Number.isFinite(y)) parts.push(`<circle cx="${num(x)}" cy="${num(y)}" r="2" class="joint"/>`);
    }
    parts.push(`<text x="${num(cx)}" y="${H - 3}" text-anchor="middle" class="tick">${esc(fr.label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
