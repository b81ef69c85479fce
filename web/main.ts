// The web app's page: choose a session's files, run the pipeline in this tab (pipeline.ts), show
// progress per stage and camera, offer every output for download and the session as a zip, and open
// the viewer (viewer/, the same build `openmocap view` serves) on the result.
import type { Warning } from '../src/core/errors.ts';
import type { EmbeddedSession } from '../src/viewer/loadSession.ts';
import { personColour } from '../src/core/personColours.ts';
import { OUTPUT } from '../src/session/exports.ts';
import type { PeopleFile } from '../src/session/peopleOutputs.ts';
import type { Settings } from '../src/session/parseSettings.ts';
import { peopleTimelineSvg } from '../src/report/peopleOverview.ts';
import type { BackendChoice, BackendWanted } from './protocol.ts';
import { readSessionSetup, runPipeline, sortInputs, type InputFile, type PipelineResult, type SessionFiles } from './pipeline.ts';
import { buildIndex, sessionPathOf, zipSession } from './sessionFiles.ts';

/** What tests (and the curious, from the console) can read. */
export interface AppHandle {
  state: 'idle' | 'ready' | 'running' | 'done' | 'failed' | 'cancelled';
  error: string | null;
  messages: string[];
  backends: Record<string, BackendChoice>;
  cameraErrors: Record<string, string>;
  /** Session-relative output files and their sizes. */
  outputs: Record<string, number>;
  detectMs: Record<string, number>;
  /** Detection frames/s per camera after its first frame. */
  detectFps: Record<string, number>;
  frames: number;
  verdict: string;
  /** Videos alone: the calibration from the person's summary lines and model. */
  fromPerson: { lines: string[]; model: string } | null;
  /** [triangulation] people the page runs with (the control, set from mocap.toml when a session is chosen). */
  peopleSetting: string;
  /** With several people: output/people.json's people (who was seen when); null for one subject. */
  people: PeopleFile['people'] | null;
  /** Bytes of an output file, base64 (tests compare them with the CLI's). */
  outputBase64(file: string): string | null;
  crossOriginIsolated: boolean;
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const params = new URLSearchParams(location.search);
const handle: AppHandle = {
  state: 'idle',
  error: null,
  messages: [],
  backends: {},
  cameraErrors: {},
  outputs: {},
  detectMs: {},
  detectFps: {},
  frames: 0,
  verdict: '',
  fromPerson: null,
  peopleSetting: 'subject',
  people: null,
  outputBase64: () => null,
  crossOriginIsolated: self.crossOriginIsolated,
};
(window as unknown as { openmocapApp: AppHandle }).openmocapApp = handle;

let chosen: SessionFiles | undefined;
let controller: AbortController | undefined;
let result: PipelineResult | undefined;
const blobUrls: string[] = [];

if (params.get('backend')) $<HTMLSelectElement>('backend').value = params.get('backend')!;

// --- [triangulation] people: the control shows mocap.toml's value once a session is chosen; a change applies to this run (and the zip's mocap.toml)
type PeopleSetting = Settings['triangulation']['people'];
function showPeopleSetting(value: PeopleSetting): void {
  const select = $<HTMLSelectElement>('people');
  const v = String(value);
  if (![...select.options].some((o) => o.value === v)) select.add(new Option(`the ${v} seen longest`, v));
  select.value = v;
  handle.peopleSetting = v;
}
function chosenPeopleSetting(): PeopleSetting {
  const v = $<HTMLSelectElement>('people').value;
  return v === 'subject' || v === 'all' ? v : Number(v);
}
$<HTMLSelectElement>('people').addEventListener('change', () => (handle.peopleSetting = $<HTMLSelectElement>('people').value));

function message(text: string, kind: 'error' | 'warning' | 'note'): void {
  const li = document.createElement('li');
  li.className = kind;
  li.textContent = text;
  $('messages').appendChild(li);
  $('messages').hidden = false;
  handle.messages.push(`${kind}: ${text}`);
}

function clearMessages(): void {
  $('messages').textContent = '';
  $('messages').hidden = true;
  handle.messages = [];
}

async function choose(files: InputFile[]): Promise<void> {
  clearMessages();
  chosen = undefined;
  $<HTMLButtonElement>('process').disabled = true;
  try {
    const session = sortInputs(files);
    const setup = await readSessionSetup(session); // settings and calibration are checked before any slow work
    chosen = session;
    showPeopleSetting(setup.settings.triangulation.people);
    $('chosen').textContent =
      `${session.name}: ${session.videos.length} videos (${session.videos.map((v) => v.camera).join(', ')}), ${setup.calibrationFile ? `calibration ${setup.calibrationFile.path}` : 'no calibration: the cameras will be calibrated from the person'}${session.settingsFile ? `, settings ${session.settingsFile.path}` : ', default settings'}`;
    $<HTMLButtonElement>('process').disabled = false;
    handle.state = 'ready';
    if (params.get('autostart') === '1') void processChosen();
  } catch (err) {
    $('chosen').textContent = 'nothing usable chosen';
    message((err as Error).message, 'error');
    handle.state = 'failed';
    handle.error = (err as Error).message;
  }
}

// --- choosing files: picker, folder picker, drop, File System Access API --------------------------
$<HTMLInputElement>('files').addEventListener('change', (e) => {
  const list = [...((e.target as HTMLInputElement).files ?? [])];
  void choose(list.map((file) => ({ path: file.name, file })));
});
$<HTMLInputElement>('folder').addEventListener('change', (e) => {
  const list = [...((e.target as HTMLInputElement).files ?? [])];
  void choose(list.map((file) => ({ path: file.webkitRelativePath || file.name, file })));
});

type Entry = FileSystemEntry & { isFile: boolean; isDirectory: boolean };
async function entryFiles(entry: Entry, prefix: string, out: InputFile[], depth = 0): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    out.push({ path: prefix + entry.name, file });
  } else if (entry.isDirectory && depth < 3) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
      if (!batch.length) break;
      for (const e of batch) await entryFiles(e as Entry, `${prefix}${entry.name}/`, out, depth + 1);
    }
  }
}
const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const entries = [...(e.dataTransfer?.items ?? [])].map((i) => i.webkitGetAsEntry()).filter(Boolean) as Entry[];
  void (async () => {
    const out: InputFile[] = [];
    for (const entry of entries) await entryFiles(entry, '', out);
    await choose(out);
  })();
});

type DirHandle = {
  name: string;
  kind: 'directory';
  values(): AsyncIterable<DirHandle | { kind: 'file'; name: string; getFile(): Promise<File> }>;
};
const picker = (window as unknown as { showDirectoryPicker?: () => Promise<DirHandle> }).showDirectoryPicker;
if (picker) {
  $('open-folder').hidden = false;
  $('open-folder').addEventListener('click', () => {
    void (async () => {
      const root = await picker();
      const out: InputFile[] = [];
      const walk = async (dir: DirHandle, prefix: string, depth: number): Promise<void> => {
        for await (const h of dir.values()) {
          if (h.kind === 'file') out.push({ path: `${prefix}${h.name}`, file: await h.getFile() });
          else if (depth < 3) await walk(h, `${prefix}${h.name}/`, depth + 1);
        }
      };
      await walk(root, `${root.name}/`, 0);
      await choose(out);
    })().catch((err: unknown) => {
      if ((err as Error).name !== 'AbortError') message((err as Error).message, 'error');
    });
  });
}

// --- progress -----------------------------------------------------------------------------------
const STAGES = ['calibrate', 'detect', 'sync', 'triangulate', 'filter', 'export', 'report'];
function progressRow(table: HTMLElement, id: string, label: string): { bar: HTMLProgressElement; text: HTMLElement } {
  let row = document.getElementById(id);
  if (!row) {
    row = document.createElement('tr');
    row.id = id;
    row.innerHTML = '<td></td><td><progress max="1" value="0"></progress></td><td class="muted"></td>';
    row.children[0].textContent = label;
    table.appendChild(row);
  }
  return { bar: row.querySelector('progress')!, text: row.children[2] as HTMLElement };
}

function showBackend(camera: string, b: BackendChoice): void {
  handle.backends[camera] = b;
  const why = b.skipped.length ? ` — not used: ${b.skipped.join('; ')}` : '';
  $('backend-info').textContent = `detection runs on tfjs ${b.backend}${b.detail ? ` (${b.detail})` : ''}${why}`;
}

async function processChosen(): Promise<void> {
  if (!chosen) return;
  const files = chosen;
  clearMessages();
  for (const u of blobUrls.splice(0)) URL.revokeObjectURL(u);
  $('stages').textContent = '';
  $('cameras').textContent = '';
  $('progress').hidden = false;
  $('results').hidden = true;
  $('viewer').hidden = true;
  $('people-legend').hidden = true;
  $<HTMLButtonElement>('process').disabled = true;
  $<HTMLButtonElement>('cancel').disabled = false;
  Object.assign(handle, { state: 'running', error: null, cameraErrors: {}, outputs: {}, verdict: '', fromPerson: null, people: null });
  for (const s of STAGES) if (s !== 'calibrate' || files.calibrations.length === 0) progressRow($('stages'), `stage-${s}`, s);
  for (const v of files.videos) progressRow($('cameras'), `camera-${v.camera}`, v.camera).text.textContent = 'waiting';
  controller = new AbortController();
  const maxFrames = params.get('maxFrames') ? Number(params.get('maxFrames')) : undefined;
  try {
    result = await runPipeline(
      files,
      {
        backend: $<HTMLSelectElement>('backend').value as BackendWanted,
        modelBase: new URL('models/', document.baseURI).href,
        wasmBase: new URL('tfjs/', document.baseURI).href,
        maxFrames,
        workers: params.get('workers') ? Number(params.get('workers')) : undefined,
        people: chosenPeopleSetting(),
        signal: controller.signal,
      },
      {
        stage: (name, state, detail) => {
          const row = progressRow($('stages'), `stage-${name}`, name);
          row.bar.value = state === 'start' ? (name === 'detect' ? 0 : 0.5) : 1;
          if (state === 'start' && name !== 'detect') row.bar.removeAttribute('value');
          row.text.textContent = state === 'start' ? `running${detail ? `: ${detail}` : ''}` : `${state}${detail ? `: ${detail}` : ''}`;
        },
        camera: (camera, s) => {
          const row = progressRow($('cameras'), `camera-${camera}`, camera);
          if (s.error) {
            row.text.textContent = s.error;
            handle.cameraErrors[camera] = s.error;
            message(s.error, 'error');
            return;
          }
          if (s.done) row.bar.value = 1;
          if (s.framesDone !== undefined) {
            if (s.framesTotal) row.bar.value = s.framesDone / s.framesTotal;
            row.text.textContent = `frame ${s.framesDone}${s.framesTotal ? `/${s.framesTotal}` : ''}, ${s.fps?.toFixed(1)} frames/s`;
          }
          // The detect stage's bar: the mean of the cameras'.
          const bars = [...$('cameras').querySelectorAll('progress')];
          progressRow($('stages'), 'stage-detect', 'detect').bar.value = bars.reduce((a, b) => a + b.value, 0) / bars.length;
        },
        backend: showBackend,
        warning: (m) => message(m, 'warning'),
        note: (m) => message(m, 'note'),
      },
    );
    for (const w of result.warnings as Warning[]) message(w.message, 'warning');
    for (const n of result.notes) message(n, 'note');
    showResults(files, result);
    handle.state = 'done';
  } catch (err) {
    if ((err as Error).name === 'AbortError') {
      handle.state = 'cancelled';
      message('cancelled: nothing was kept; choose "process" to start again', 'note');
    } else {
      handle.state = 'failed';
      handle.error = (err as Error).message;
      message((err as Error).message, 'error');
    }
  } finally {
    $<HTMLButtonElement>('process').disabled = !chosen;
    $<HTMLButtonElement>('cancel').disabled = true;
  }
}
$('process').addEventListener('click', () => void processChosen());
$('cancel').addEventListener('click', () => controller?.abort());

const TYPES: Record<string, string> = {
  trc: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  html: 'text/html',
  glb: 'model/gltf-binary',
};

function showResults(files: SessionFiles, r: PipelineResult): void {
  handle.outputs = Object.fromEntries([...r.outputs].map(([f, b]) => [f, b.byteLength]));
  handle.detectMs = r.detectMs;
  handle.detectFps = r.detectFps;
  handle.frames = r.frames;
  handle.verdict = r.verdict;
  handle.outputBase64 = (file) => {
    const b = r.outputs.get(file);
    if (!b) return null;
    let s = '';
    for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
    return btoa(s);
  };
  const urls: Record<string, string> = {};
  const links = $('downloads');
  links.textContent = '';
  // One line for the session's files, one per person (output/person-<n>/…, downloaded as person-<n>_<name>).
  const lineOf = (path: string): HTMLElement => {
    const key = /^output\/(person-\d+)\//.exec(path)?.[1] ?? '';
    let line = links.querySelector<HTMLElement>(`div[data-group="${key}"]`);
    if (!line) {
      line = document.createElement('div');
      line.dataset.group = key;
      if (key) {
        const id = Number(key.slice(7));
        line.innerHTML = `<span class="sw" style="background:${personColour(id)}"></span>person ${id}: `;
      }
      links.appendChild(line);
    }
    return line;
  };
  for (const [path, bytes] of r.outputs) {
    const ext = path.split('.').pop()!;
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: TYPES[ext] ?? 'application/octet-stream' }));
    blobUrls.push(url);
    urls[path] = url;
    if ((!path.startsWith('output/') && !path.startsWith('calibration')) || ext === 'p3d') continue;
    const a = document.createElement('a');
    a.href = url;
    const person = /^output\/(person-\d+)\//.exec(path)?.[1];
    a.download = person ? `${person}_${path.split('/').pop()}` : path.split('/').pop()!;
    a.textContent = path.split('/').pop()!;
    a.dataset.file = path;
    lineOf(path).appendChild(a);
  }
  for (const v of files.videos) {
    const url = URL.createObjectURL(v.file);
    blobUrls.push(url);
    urls[sessionPathOf(files, v)] = url;
  }
  $('verdict').textContent = r.verdict;
  showPeople(r.people);
  handle.fromPerson = r.fromPerson;
  const fp = $('from-person');
  fp.hidden = !r.fromPerson;
  fp.textContent = r.fromPerson ? `Calibrated from the person (found with ${r.fromPerson.model}):\n${r.fromPerson.lines.join('\n')}` : '';
  $('results').hidden = false;
  // The viewer (same origin, in a frame) reads this instead of a server's /api/session.
  const session: EmbeddedSession = { index: buildIndex(files, r, r.calibrationRig), urls };
  (window as unknown as { openmocapSession: EmbeddedSession }).openmocapSession = session;
  const frame = $<HTMLIFrameElement>('viewer');
  frame.src = `viewer/index.html?t=${Date.now()}`;
  frame.hidden = false;
}

/** Who was seen when: the overview report's timeline and a line per person in their colour (as the viewer draws them). */
function showPeople(people: PeopleFile | null): void {
  handle.people = people?.people ?? null;
  const box = $('people-legend');
  box.hidden = !people;
  box.textContent = '';
  if (!people) return;
  const pct = (x: number | null): string => (x === null ? '–' : `${(100 * x).toFixed(1)} %`);
  const title = document.createElement('h3');
  title.textContent = `${people.people.length} ${people.people.length === 1 ? 'person' : 'people'} — who was seen when (${OUTPUT.people})`;
  const list = document.createElement('ul');
  for (const p of people.people) {
    const li = document.createElement('li');
    li.dataset.person = String(p.id);
    li.innerHTML = `<span class="sw" style="background:${personColour(p.id)}"></span>`;
    li.append(
      `person ${p.id}: frames ${p.firstFrame}–${p.lastFrame}, seen by 2 or more cameras in ${p.framesSeen} of ${people.frames} frames${p.reidentified ? `, re-identified ${p.reidentified}×` : ''}; bone-length variation ${pct(p.medianBoneCv)}`,
    );
    list.appendChild(li);
  }
  box.append(title, list);
  if (!people.people.length)
    box.append(
      `nobody was seen by 2 or more cameras long enough to be a person${people.droppedTracks ? ` (${people.droppedTracks} short track(s) left out)` : ''}`,
    );
  else box.insertAdjacentHTML('beforeend', peopleTimelineSvg(people));
}

$('zip').addEventListener('click', () => {
  if (!chosen || !result) return;
  const status = $('zip-status');
  status.textContent = 'zipping…';
  zipSession(chosen, result, (f) => (status.textContent = `zipping… ${Math.round(f * 100)} %`))
    .then((blob) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      blobUrls.push(a.href);
      a.download = `${chosen!.name}.zip`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      status.textContent = `${(blob.size / 1e6).toFixed(1)} MB; unzip it and run "openmocap process ${chosen!.name}" or "openmocap view ${chosen!.name}"`;
    })
    .catch((err: unknown) => message(`zip failed: ${(err as Error).message}`, 'error'));
});
