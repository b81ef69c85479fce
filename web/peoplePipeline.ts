// The web app with [triangulation] people = "all" or N: the triangulate → filter → export → report
// stages for several people, as `openmocap process` runs them (src/session/peopleStages.ts), on the
// same pure functions: triangulatePeople (association + the robust triangulator per person) and
// session/peopleOutputs.ts (people.json, per-person metadata and reports, the overview). Every
// person's outputs go under output/person-<n>/ with the CLI's names; output/people.json and the
// overview report.html/.json under output/.
import type { Warning } from '../src/core/errors.ts';
import type { CameraRig, PoseSequence2D } from '../src/core/types.ts';
import { filterPoints } from '../src/filter/filterPoints.ts';
import { decodePoints3dFile, encodePoints3dFile } from '../src/formats/points3dFile.ts';
import { formatTrc } from '../src/formats/trc.ts';
import { EXPORT_FILES, exportFormat, OUTPUT, personFile, type ExportContent } from '../src/session/exports.ts';
import type { Settings } from '../src/session/parseSettings.ts';
import {
  encodePeopleFile,
  nobodySeenWarning,
  peopleFileOf,
  peopleOverviewHtml,
  peopleOverviewJson,
  peopleVerdict,
  personMeta,
  personReport,
  type PeopleFile,
  type PersonSection,
} from '../src/session/peopleOutputs.ts';
import { triangulatePeople } from '../src/triangulate/triangulatePeople.ts';

export interface PeopleStageEvents {
  stage(name: string, state: 'start' | 'done' | 'failed', detail?: string): void;
  warning(message: string): void;
}

export interface PeopleRun {
  people: PeopleFile;
  /** "LEVEL: headline" of the take (the worst person's level), as `openmocap process` sums it up. */
  verdict: string;
  frames: number;
}

/**
 * Runs the several-people stages on the synchronised 2D of the cameras (rig order) and puts every
 * file into `outputs` (session-relative path → bytes). `base` is what the triangulation metadata
 * records about the inputs (cameras, calibration, the pairing's and sync's warnings).
 */
export async function runPeopleStages(args: {
  session: string;
  settings: Settings;
  sequences: PoseSequence2D[];
  rig: CameraRig;
  base: { cameras: string[]; calibrationCameras: string[]; calibrationFile: string; warnings: Warning[] };
  outputs: Map<string, Uint8Array>;
  bytesOf: (x: ExportContent) => Uint8Array;
  events: PeopleStageEvents;
}): Promise<PeopleRun> {
  const { settings, sequences, rig, outputs, bytesOf, events } = args;
  const encoder = new TextEncoder();

  // --- triangulate: who is who in every camera and frame, then each person on their own detections.
  events.stage('triangulate', 'start', 'several people');
  const r = triangulatePeople(sequences, rig, settings.triangulation);
  if (r.people.length === 0) events.warning(nobodySeenWarning(r.droppedTracks, ''));
  for (const p of r.people) {
    outputs.set(personFile(OUTPUT.raw, p.id), encodePoints3dFile(p.result.points, personMeta(p, args.base)));
    outputs.set(
      personFile(OUTPUT.rawTrc, p.id),
      bytesOf(formatTrc(p.result.points, { axes: settings.output.trc_axes, fileName: OUTPUT.rawTrc.split('/').pop() })),
    );
  }
  const people = peopleFileOf(r, sequences[0].fps);
  outputs.set(OUTPUT.people, encoder.encode(encodePeopleFile(people)));
  const ids = people.people.map((p) => p.id);
  events.stage(
    'triangulate',
    'done',
    `${ids.length} ${ids.length === 1 ? 'person' : 'people'} (${people.people.map((p) => `person ${p.id}: ${p.framesSeen} frames`).join(', ')})`,
  );

  // --- filter (each person's raw points read back as the CLI reads its file)
  events.stage('filter', 'start');
  for (const id of ids) {
    const raw = decodePoints3dFile(outputs.get(personFile(OUTPUT.raw, id))!, personFile(OUTPUT.raw, id));
    outputs.set(personFile(OUTPUT.filtered, id), encodePoints3dFile(filterPoints(raw.points, settings.filter), raw.meta));
  }
  events.stage('filter', 'done', `${ids.length} ${ids.length === 1 ? 'person' : 'people'}`);

  // --- export: every format of [output] for every person, in their folder
  events.stage('export', 'start');
  for (const id of ids) {
    const file = decodePoints3dFile(outputs.get(personFile(OUTPUT.filtered, id))!, personFile(OUTPUT.filtered, id));
    for (const f of settings.output.formats) outputs.set(personFile(EXPORT_FILES[f], id), bytesOf(await exportFormat(f, file, settings)));
  }
  events.stage('export', 'done', `${settings.output.formats.join(', ')} × ${ids.length}`);

  // --- report: a report per person, then the overview (who was seen when)
  let verdict = '';
  if (settings.output.report) {
    events.stage('report', 'start');
    const sections: PersonSection[] = [];
    for (const id of ids) {
      const raw = decodePoints3dFile(outputs.get(personFile(OUTPUT.raw, id))!, personFile(OUTPUT.raw, id));
      const filtered = decodePoints3dFile(outputs.get(personFile(OUTPUT.filtered, id))!, personFile(OUTPUT.filtered, id));
      const { report, section } = personReport({
        session: args.session,
        id,
        settings,
        rig,
        sequences,
        raw: raw.points,
        filtered: filtered.points,
        rawMeta: raw.meta,
      });
      outputs.set(personFile(OUTPUT.reportHtml, id), bytesOf(report.html));
      outputs.set(personFile(OUTPUT.reportJson, id), bytesOf(`${JSON.stringify(report.json, null, 1)}\n`));
      sections.push(section);
    }
    outputs.set(OUTPUT.reportJson, bytesOf(peopleOverviewJson(people, sections)));
    outputs.set(OUTPUT.reportHtml, bytesOf(peopleOverviewHtml(args.session, people, sections)));
    const v = peopleVerdict(
      people,
      sections.map((s) => s.verdict),
    );
    verdict = `${v.level.toUpperCase()}: ${v.headline}`;
    events.stage('report', 'done', verdict);
  }
  return { people, verdict, frames: r.frames };
}
