// Time-series plots under the timeline (joint angles, joint heights, reprojection error). Each plot
// is drawn once into a canvas (again only on resize); playback moves a cursor element with a CSS
// transform, so a 36,000-frame take costs nothing per frame. Clicking a plot seeks there.

export interface PlotSeries {
  name: string;
  color: string;
  /** Sample times (s), ascending. */
  timeS: ArrayLike<number>;
  /** Values; NaN/null breaks the line. */
  values: ArrayLike<number | null>;
}

export interface PlotSpec {
  title: string;
  unit: string;
  series: PlotSeries[];
}

export interface Plots {
  setTime(timeS: number): void;
  redraw(): void;
}

const PAD_LEFT_PX = 34;

export const PLOT_COLORS = ['#60a5fa', '#f87171', '#34d399', '#fbbf24', '#c084fc', '#f472b6', '#22d3ee', '#a3e635'];

function niceRange(lo: number, hi: number): [number, number] {
  if (!(hi > lo)) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

export function createPlots(host: HTMLElement, specs: PlotSpec[], durationS: number, onSeek: (timeS: number) => void): Plots {
  const items = specs.map((spec) => {
    const box = document.createElement('div');
    box.className = 'plot';
    const head = document.createElement('div');
    head.className = 'plot-head';
    const title = document.createElement('span');
    title.className = 'plot-title';
    title.textContent = `${spec.title} (${spec.unit})`;
    head.append(title);
    for (const s of spec.series) {
      const key = document.createElement('span');
      key.className = 'plot-key';
      key.style.color = s.color;
      key.textContent = `— ${s.name}`;
      head.append(key);
    }
    const area = document.createElement('div');
    area.className = 'plot-area';
    const canvas = document.createElement('canvas');
    const cursor = document.createElement('div');
    cursor.className = 'plot-cursor';
    area.append(canvas, cursor);
    box.append(head, area);
    host.appendChild(box);
    area.addEventListener('pointerdown', (e) => {
      const r = area.getBoundingClientRect();
      onSeek((Math.max(0, e.clientX - r.left - PAD_LEFT_PX) / Math.max(1, r.width - PAD_LEFT_PX)) * durationS);
    });
    return { spec, area, canvas, cursor, width: 1 };
  });

  const redraw = (): void => {
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    for (const it of items) {
      const w = Math.max(1, it.area.clientWidth),
        h = Math.max(1, it.area.clientHeight);
      it.width = w;
      it.canvas.width = Math.round(w * dpr);
      it.canvas.height = Math.round(h * dpr);
      it.canvas.style.width = `${w}px`;
      it.canvas.style.height = `${h}px`;
      const g = it.canvas.getContext('2d')!;
      g.setTransform(dpr, 0, 0, dpr, 0, 0);
      g.clearRect(0, 0, w, h);
      let lo = Infinity,
        hi = -Infinity;
      for (const s of it.spec.series)
        for (let i = 0; i < s.values.length; i++) {
          const v = s.values[i];
          if (v !== null && Number.isFinite(v)) {
            if (v < lo) lo = v;
            if (v > hi) hi = v;
          }
        }
      if (lo === Infinity) {
        g.fillStyle = '#6b7280';
        g.font = '12px system-ui, sans-serif';
        g.fillText('no data', 8, h / 2);
        continue;
      }
      const [y0, y1] = niceRange(lo, hi);
      const padL = PAD_LEFT_PX;
      const X = (t: number): number => padL + (t / durationS) * (w - padL);
      const Y = (v: number): number => h - 4 - ((v - y0) / (y1 - y0)) * (h - 8);
      g.font = '10px system-ui, sans-serif';
      g.fillStyle = '#9ca3af';
      g.strokeStyle = '#2a2f3a';
      g.lineWidth = 1;
      for (const v of [y0 + (y1 - y0) * 0.1, (y0 + y1) / 2, y1 - (y1 - y0) * 0.1]) {
        g.beginPath();
        g.moveTo(padL, Y(v));
        g.lineTo(w, Y(v));
        g.stroke();
        g.fillText(Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(2), 2, Y(v) + 3);
      }
      for (const s of it.spec.series) {
        g.strokeStyle = s.color;
        g.lineWidth = 1.25;
        g.beginPath();
        let pen = false;
        // Several samples per pixel column are drawn as one vertical min–max stroke.
        let col = -1,
          cMin = 0,
          cMax = 0;
        const flush = (): void => {
          if (col < 0) return;
          if (!pen) g.moveTo(col, Y(cMin));
          g.lineTo(col, Y(cMin));
          if (cMax !== cMin) g.lineTo(col, Y(cMax));
          pen = true;
        };
        for (let i = 0; i < s.values.length; i++) {
          const v = s.values[i];
          if (v === null || !Number.isFinite(v)) {
            flush();
            col = -1;
            pen = false;
            continue;
          }
          const x = Math.round(X(s.timeS[i]));
          if (x !== col) {
            flush();
            col = x;
            cMin = cMax = v;
          } else {
            if (v < cMin) cMin = v;
            if (v > cMax) cMax = v;
          }
        }
        flush();
        g.stroke();
      }
    }
  };

  redraw();
  return {
    redraw,
    setTime(timeS: number) {
      for (const it of items) {
        const padL = PAD_LEFT_PX;
        const x = padL + (Math.min(durationS, Math.max(0, timeS)) / durationS) * (it.width - padL);
        it.cursor.style.transform = `translateX(${x}px)`;
      }
    },
  };
}
