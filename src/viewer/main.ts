// Entry of the browser viewer: loads the session, builds the panels, runs one animation loop that
// advances the playback clock and pushes the frame to the 3D view, the videos and the plot cursors.
import { loadPose2d, loadSession, reportSubjectSizePx, sessionUrl, type LoadedSession } from './loadSession.ts';
import { RELATIVE_ERROR_SCALE } from './confidenceColor.ts';
import { Playback, SPEEDS } from './playback.ts';
import { angleSpec, errorSpec, heightSpec } from './plotSeries.ts';
import { createPlots, type Plots, type PlotSpec } from './plots.ts';
import { createSkeletonView, type SkeletonView } from './skeletonView.ts';
import { chooseViewAxes } from './viewAxes.ts';
import { createVideoPanel, type VideoPanel } from './videoPanel.ts';
import { normaliseCameraName } from '../core/matchCameras.ts';
import { personColour } from '../core/personColours.ts';
import type { Points3D } from '../core/types.ts';

/** What tests (and curious users, from the console) can read and drive. */
export interface ViewerHandle {
  ready: boolean;
  /** True once the 2D keypoints have loaded too (they follow the 3D points). */
  pose2dLoaded: boolean;
  error: string | null;
  frames: number;
  fps: number;
  readonly frame: number;
  readonly playing: boolean;
  messages: string[];
  seek(frame: number): void;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  jointOnScreen(joint: number): [number, number] | null;
  /** World position (metres) of a joint in the shown frame, or null if missing. */
  jointPosition(joint: number): [number, number, number] | null;
  videosPresented(): number;
  videoTimes(): number[];
  /** Timings of the animation loop (ms): per-frame update of the 3D view, cursors and timeline; whole tick. */
  stats: {
    loadSteps: Record<string, number>;
    loadMs: number;
    ticks: number;
    frameUpdates: number;
    updateMsTotal: number;
    updateMsMax: number;
    tickMsTotal: number;
    tickMsMax: number;
  };
}

const PLAY_ICON = '<svg viewBox="0 0 16 16"><path d="M4 2v12l10-6z"/></svg>';
const PAUSE_ICON = '<svg viewBox="0 0 16 16"><path d="M3 2h4v12H3zM9 2h4v12H9z"/></svg>';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function formatTime(s: number): string {
  const m = Math.floor(s / 60);
  const r = s - m * 60;
  return `${m}:${r.toFixed(2).padStart(5, '0')}`;
}

function showMessages(s: LoadedSession, extra: string[]): string[] {
  const list = $('messages');
  list.textContent = '';
  const all: string[] = [];
  const add = (text: string, cls: string): void => {
    const li = document.createElement('li');
    li.className = cls;
    li.textContent = text;
    list.appendChild(li);
    all.push(text);
  };
  for (const m of s.index.missing) add(m, 'missing');
  for (const p of [...s.problems, ...extra]) add(p, 'problem');
  for (const n of s.index.notes) add(n, 'note');
  list.hidden = all.length === 0;
  return all;
}

/** Frame runs [start, end) in which a person has any joint. */
function seenRuns(p: Points3D): [number, number][] {
  const runs: [number, number][] = [];
  for (let f = 0; f < p.frames; f++) {
    let any = false;
    for (let j = 0; j < p.joints && !any; j++) any = Number.isFinite(p.data[(f * p.joints + j) * 3]);
    if (!any) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === f) last[1] = f + 1;
    else runs.push([f, f + 1]);
  }
  return runs;
}

/** With several people: who is who (their colour, as drawn) and when each was seen (a bar over the take). */
function showPeopleKey(people: LoadedSession['people']): void {
  const key = $('people-key');
  key.textContent = '';
  for (const p of people) {
    const runs = seenRuns(p.points);
    const li = document.createElement('li');
    li.dataset.person = String(p.id);
    const frames = runs.reduce((n, [a, b]) => n + b - a, 0);
    li.innerHTML = `<span class="sw" style="background:${personColour(p.id)}"></span>`;
    li.append(`person ${p.id}${runs.length ? ` · frames ${runs[0][0]}–${runs[runs.length - 1][1] - 1} (${frames})` : ' · not seen'}`);
    const bar = document.createElement('span');
    bar.className = 'bar';
    bar.title = `frames person ${p.id} was seen in`;
    for (const [a, b] of runs) {
      const seg = document.createElement('i');
      seg.style.cssText = `left:${(100 * a) / p.points.frames}%;width:${(100 * (b - a)) / p.points.frames}%;background:${personColour(p.id)}`;
      bar.appendChild(seg);
    }
    li.appendChild(bar);
    key.appendChild(li);
  }
  key.hidden = false;
}

/** Timeline length when there are no 3D points: the 2D keypoints, else the videos (probed), else the first video's duration. */
async function timelineWithoutPoints(s: LoadedSession): Promise<{ frames: number; fps: number }> {
  const first = s.pose2d.values().next().value;
  if (first) return { frames: first.frames, fps: first.fps };
  const probed = s.index.videos.find((v) => v.fps && v.frames);
  if (probed) return { frames: probed.frames!, fps: probed.fps! };
  const fps = s.index.videos.find((v) => v.fps)?.fps ?? 30;
  if (s.index.videos.length) return { frames: 0, fps }; // filled in from the video's duration
  return { frames: 1, fps };
}

async function start(handle: ViewerHandle): Promise<void> {
  const startedAt = performance.now();
  const status = $('status');
  const steps = handle.stats.loadSteps;
  let stepAt = performance.now();
  const step = (name: string): void => {
    const now = performance.now();
    steps[name] = (steps[name] ?? 0) + (now - stepAt);
    stepAt = now;
  };
  step('page');
  const session = await loadSession((m) => (status.textContent = m));
  step('fetch and decode');
  $('session-name').textContent = session.index.name;
  document.title = `${session.index.name} · openmocap viewer`;
  const { points, rig } = session;
  const axes = chooseViewAxes(points, rig);
  const lateProblems: string[] = [];

  // Without 3D the 2D keypoints set the timeline, so they are needed first; with 3D they follow.
  if (!points) await loadPose2d(session);
  let { frames, fps } = points ? { frames: points.frames, fps: points.fps } : await timelineWithoutPoints(session);

  // Panels.
  let view: SkeletonView | null = null;
  // Joint colours on the report's scale (error as a share of the subject's size) when the report says how big the subject is.
  const subjectSizePx = reportSubjectSizePx(session.report);
  if (points || rig) view = createSkeletonView($('view3d'), points, rig, axes, subjectSizePx, session.people.slice(1));
  if (session.people.length) showPeopleKey(session.people);
  if (!points) {
    const empty = $('view3d-empty');
    empty.hidden = false;
    empty.textContent = `No 3D points yet: run "openmocap process ${session.index.name}" to triangulate.${rig ? ' The cameras of the calibration are shown.' : ''}`;
  } else {
    $('legend').hidden = !session.hasErrors;
    if (subjectSizePx) {
      const pct = (x: number): string => `${(x * 100).toFixed(1)}&nbsp;%`;
      const { good, fair, bad } = RELATIVE_ERROR_SCALE;
      $('legend').innerHTML =
        `joint colour = reprojection error as a share of the subject's size (${Math.round(subjectSizePx)}&nbsp;px), as the report judges: ` +
        `<span class="sw" style="background: #2ecc59"></span>&le;&nbsp;${pct(good)} <span class="sw" style="background: #facc2e"></span>${pct(fair)} ` +
        `<span class="sw" style="background: #ed3833"></span>&ge;&nbsp;${pct(bad)} <span class="sw" style="background: #dbe0eb"></span>unknown`;
    }
  }
  let videos: VideoPanel | null = null;
  if (session.index.videos.length) {
    // Each video on the reference clock (output/sync.json), so cameras started at other times play aligned.
    const clocks = session.index.sync?.cameras ?? {};
    const clockOf = (camera: string) => Object.entries(clocks).find(([k]) => normaliseCameraName(k) === normaliseCameraName(camera))?.[1];
    const aligned = session.index.videos.map((v) => ({
      ...v,
      startS: clockOf(v.camera)?.start_s ?? 0,
      ratePpm: clockOf(v.camera)?.rate_ppm ?? 0,
    }));
    videos = createVideoPanel(
      $('videos'),
      aligned,
      rig,
      session.pose2d,
      points,
      fps,
      (m) => {
        lateProblems.push(m);
        const li = document.createElement('li');
        li.className = 'problem';
        li.textContent = m;
        $('messages').appendChild(li);
        $('messages').hidden = false;
      },
      (i) => view?.highlightCamera(i),
    );
    if (frames === 0) {
      const v = videos.videos[0];
      await new Promise<void>((done) => {
        if (v.readyState >= 1) done();
        v.addEventListener('loadedmetadata', () => done(), { once: true });
        v.addEventListener('error', () => done(), { once: true });
        setTimeout(done, 8000);
      });
      frames = Number.isFinite(v.duration) && v.duration > 0 ? Math.max(1, Math.round(v.duration * fps)) : 1;
    }
  } else {
    const empty = $('videos-empty');
    empty.hidden = false;
    empty.textContent = points ? 'No videos in videos/: only the 3D view and plots are shown.' : 'No videos in videos/.';
    document.querySelector('main')!.classList.add('no-videos');
  }
  handle.messages = showMessages(session, lateProblems);
  if (session.index.reportHtml) {
    const link = $<HTMLAnchorElement>('report-link');
    link.href = sessionUrl(session.index.reportHtml);
    link.hidden = false;
  }

  const playback = new Playback(frames, fps);
  step('panels');
  const specs = [angleSpec(points, session.report), heightSpec(points, axes), errorSpec(points, session.hasErrors)].filter(
    (s): s is PlotSpec => s !== null,
  );
  step('plot series');
  let plots: Plots | null = null;
  if (specs.length) plots = createPlots($('plots'), specs, playback.durationS, (t) => seek(Math.floor(t * fps)));
  step('plot drawing');

  // Controls.
  const scrub = $<HTMLInputElement>('scrub');
  const timeLabel = $('time');
  const playBtn = $('play');
  const speedSel = $<HTMLSelectElement>('speed');
  scrub.max = String(playback.frames - 1);
  for (const s of SPEEDS) {
    const o = document.createElement('option');
    o.value = String(s);
    o.textContent = `${s}×`;
    if (s === 1) o.selected = true;
    speedSel.appendChild(o);
  }

  const showFrame = (): void => {
    const f = playback.frame;
    view?.setFrame(f);
    plots?.setTime(playback.timeOf(f));
    scrub.value = String(f);
    timeLabel.textContent = `${formatTime(playback.timeOf(f))}  frame ${f + 1}/${playback.frames}`;
  };
  const showPlaying = (): void => {
    playBtn.innerHTML = playback.playing ? PAUSE_ICON : PLAY_ICON;
    playBtn.setAttribute('aria-label', playback.playing ? 'pause' : 'play');
  };
  const seek = (f: number): void => {
    playback.seek(f);
    showFrame();
  };
  const setSpeed = (s: number): void => {
    playback.speed = s;
    speedSel.value = String(s);
  };
  playBtn.addEventListener('click', () => {
    playback.toggle();
    showPlaying();
    playBtn.blur();
  });
  $('prev').addEventListener('click', () => {
    $('prev').blur();
    playback.step(-1);
    showFrame();
    showPlaying();
  });
  $('next').addEventListener('click', () => {
    $('next').blur();
    playback.step(1);
    showFrame();
    showPlaying();
  });
  scrub.addEventListener('input', () => seek(Number(scrub.value)));
  speedSel.addEventListener('change', () => {
    setSpeed(Number(speedSel.value));
    speedSel.blur();
  });
  window.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type !== 'range') return;
    const big = e.shiftKey ? 10 : 1;
    if (e.key === ' ') {
      e.preventDefault();
      playback.toggle();
      showPlaying();
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      playback.step(e.key === 'ArrowLeft' ? -big : big);
      showFrame();
      showPlaying();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      seek(e.key === 'Home' ? 0 : playback.frames - 1);
    } else if (e.key === '[' || e.key === ']') {
      const i = SPEEDS.indexOf(playback.speed as (typeof SPEEDS)[number]);
      setSpeed(SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, (i < 0 ? 3 : i) + (e.key === ']' ? 1 : -1)))]);
    }
  });
  // The 3D canvas follows its panel (window resize, or the layout change when there are no videos).
  if (view) new ResizeObserver(() => view!.resize()).observe($('view3d'));
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => plots?.redraw(), 150);
  });

  showFrame();
  showPlaying();
  status.textContent = [
    points ? `${points.frames} frames · ${points.joints} joints · ${points.fps} fps · ${session.pointsFile}` : 'no 3D points',
    rig ? `${rig.cameras.length} cameras` : 'no calibration',
    `${session.index.videos.length} videos`,
  ].join(' · ');

  const stats = handle.stats;
  stats.loadMs = performance.now() - startedAt;
  let last = performance.now();
  const loop = (now: number): void => {
    const dt = now - last;
    last = now;
    const t0 = performance.now();
    // While the videos play smoothly their clock leads (picture, overlays and 3D agree); otherwise wall time.
    const lead = playback.playing ? (videos?.leadTime() ?? null) : null;
    const followVideo = lead !== null && Math.abs(lead - playback.time) < 0.5;
    if (followVideo ? playback.follow(lead) : playback.tick(dt)) {
      showFrame();
      const u = performance.now() - t0;
      stats.frameUpdates++;
      stats.updateMsTotal += u;
      if (u > stats.updateMsMax) stats.updateMsMax = u;
    }
    if (!playback.playing && playBtn.dataset.playing === '1') showPlaying();
    playBtn.dataset.playing = playback.playing ? '1' : '0';
    videos?.sync(playback.time, playback.frame, playback.playing, playback.speed);
    view?.renderIfNeeded();
    const t = performance.now() - t0;
    stats.ticks++;
    stats.tickMsTotal += t;
    if (t > stats.tickMsMax) stats.tickMsMax = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);

  Object.assign(handle, {
    frames: playback.frames,
    fps: playback.fps,
    seek,
    play: () => {
      playback.playing = true;
      showPlaying();
    },
    pause: () => {
      playback.playing = false;
      showPlaying();
    },
    setSpeed,
    jointOnScreen: (j: number) => view?.jointOnScreen(j) ?? null,
    jointPosition: (j: number) => {
      if (!points || j < 0 || j >= points.joints) return null;
      const o = (playback.frame * points.joints + j) * 3;
      const p: [number, number, number] = [points.data[o], points.data[o + 1], points.data[o + 2]];
      return p.every(Number.isFinite) ? p : null;
    },
    videosPresented: () => videos?.framesShown ?? 0,
    videoTimes: () => videos?.videos.map((v) => v.currentTime) ?? [],
  });
  Object.defineProperty(handle, 'frame', { get: () => playback.frame });
  Object.defineProperty(handle, 'playing', { get: () => playback.playing });
  handle.ready = true;
  if (points) {
    const base = status.textContent ?? '';
    if (session.index.pose2d.length) status.textContent = `${base} · loading 2D keypoints…`;
    await loadPose2d(session, (key, seq) => videos?.setPose(key, seq));
    status.textContent = base;
    if (session.problems.length) handle.messages = showMessages(session, lateProblems);
  }
  handle.pose2dLoaded = true;
}

const handle: ViewerHandle = {
  ready: false,
  pose2dLoaded: false,
  error: null,
  frames: 0,
  fps: 0,
  frame: 0,
  playing: false,
  messages: [],
  seek: () => undefined,
  play: () => undefined,
  pause: () => undefined,
  setSpeed: () => undefined,
  jointOnScreen: () => null,
  jointPosition: () => null,
  videosPresented: () => 0,
  videoTimes: () => [],
  stats: { loadSteps: {}, loadMs: 0, ticks: 0, frameUpdates: 0, updateMsTotal: 0, updateMsMax: 0, tickMsTotal: 0, tickMsMax: 0 },
};
(window as unknown as { openmocapViewer: ViewerHandle }).openmocapViewer = handle;
start(handle).catch((err: unknown) => {
  handle.error = (err as Error).message;
  const status = $('status');
  status.textContent = `could not load the session: ${(err as Error).message}`;
  status.className = 'problem';
});
