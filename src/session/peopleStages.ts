// `openmocap process` with [triangulation] people = "all" or N: the triangulate, filter, export and
// report stages for several people. Every person gets the single-person outputs in their own folder,
// output/person-<n>/ (n = the person's number, 1.., in order of first appearance, stable for the
// take); output/people.json lists who was seen when, and output/report.html is the overview with a
// section per person linking to each person's full report. Node-only (the I/O edge).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { UserError } from '../core/errors.ts';
import type { Pose2DInput } from '../core/types.ts';
import { writeFileAtomic } from '../io/atomic.ts';
import type { Quality } from '../report/computeQuality.ts';
import { points3dFileChunks, type Points3DFile } from '../formats/points3dFile.ts';
import { EXPORT_FILES, exportFormat, OUTPUT, personDir, personFile, reportMinScore } from './exports.ts';
import type { StageDef } from './runner.ts';
import { displayPath, type ExportFormat, type Settings } from './settings.ts';
import { calibrationFile, pose2dInputFiles, type PairedInputs } from './sessionInputs.ts';
import { calibrationSourceFiles } from '../io/calibration.ts';
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
} from './peopleOutputs.ts';

/** output/people.json: who was seen when. */
export const PEOPLE_FILE = OUTPUT.people;
export { personDir, personFile };

export type { PeopleFile };

/** The people of the last triangulation (empty when there is none). */
export function readPeopleFile(sessionDir: string): PeopleFile | null {
  const path = join(sessionDir, PEOPLE_FILE);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PeopleFile;
  } catch {
    throw new UserError(`${displayPath(path)} is not valid JSON; run "openmocap process ${displayPath(sessionDir)}" again to rewrite it`);
  }
}

const ids = (sessionDir: string): number[] => readPeopleFile(sessionDir)?.people.map((p) => p.id) ?? [];

export interface PeopleStageHelpers {
  codeVersion(...folders: string[]): string;
  readSyncedInputs(sessionDir: string, settings: Settings): PairedInputs<Pose2DInput>;
  readP3d(sessionDir: string, rel: string, producer: string): Points3DFile;
}

/** The triangulate → report stages for several people (replacing the single-person ones). */
export function peopleStages(
  sessionDir: string,
  settings: Settings,
  steps: Set<string>,
  formats: ExportFormat[],
  h: PeopleStageHelpers,
): StageDef[] {
  const at = (rel: string): string => join(sessionDir, rel);
  const stages: StageDef[] = [];
  const trcAxes = settings.output.trc_axes;
  if (steps.has('triangulate')) {
    stages.push({
      name: 'triangulate',
      version: h.codeVersion(
        'triangulate',
        'camera',
        'formats',
        'io',
        'sync',
        'session/sessionInputs.ts',
        'session/peopleStages.ts',
        'session/peopleOutputs.ts',
        'session/syncStage.ts',
        'session/syncFile.ts',
      ),
      inputs: () => [...pose2dInputFiles(sessionDir), ...calibrationSourceFiles(calibrationFile(sessionDir, settings)), at(OUTPUT.sync)],
      settings: {
        triangulation: settings.triangulation,
        fps: settings.project.fps,
        cameras: settings.project.cameras,
        units: settings.project.calibration_units,
        calibration: settings.project.calibration,
        keypointLayout: settings.project.keypoint_layout,
        trcAxes,
      },
      outputs: () => [
        at(PEOPLE_FILE),
        ...ids(sessionDir).flatMap((id) => [at(personFile(OUTPUT.raw, id)), at(personFile(OUTPUT.rawTrc, id))]),
      ],
      run: async (ctx) => {
        const { triangulatePeople } = await import('../triangulate/triangulatePeople.ts');
        const { trcChunks } = await import('../formats/trc.ts');
        const inputs = h.readSyncedInputs(sessionDir, settings);
        ctx.progress({ message: `${inputs.sequences.length} cameras, ${inputs.sequences[0].frames} frames, several people` });
        const r = triangulatePeople(inputs.sequences, inputs.rig, settings.triangulation);
        if (r.people.length === 0) ctx.warn(nobodySeenWarning(r.droppedTracks, ' (openmocap overlay)'));
        const base = {
          cameras: inputs.sequences.map((s) => s.camera),
          calibrationCameras: inputs.rig.cameras.map((c) => c.name),
          calibrationFile: relative(sessionDir, inputs.calibrationFile),
          warnings: inputs.warnings,
        };
        for (const p of r.people) {
          writeFileAtomic(at(personFile(OUTPUT.raw, p.id)), points3dFileChunks(p.result.points, personMeta(p, base)));
          writeFileAtomic(
            at(personFile(OUTPUT.rawTrc, p.id)),
            trcChunks(p.result.points, { axes: trcAxes, fileName: basename(OUTPUT.rawTrc) }),
          );
        }
        writeFileAtomic(at(PEOPLE_FILE), encodePeopleFile(peopleFileOf(r, inputs.sequences[0].fps)));
        // Folders of people a previous run found and this one did not: their outputs no longer hold.
        const keep = new Set(r.people.map((p) => `person-${p.id}`));
        for (const d of readdirSync(at(OUTPUT.dir)))
          if (/^person-\d+$/.test(d) && !keep.has(d)) rmSync(join(at(OUTPUT.dir), d), { recursive: true, force: true });
        return { frames: r.frames, people: r.people.length, droppedTracks: r.droppedTracks, framesSeen: r.people.map((p) => p.framesSeen) };
      },
    });
  }
  if (steps.has('filter')) {
    stages.push({
      name: 'filter',
      version: h.codeVersion('filter'),
      inputs: () => [at(PEOPLE_FILE), ...ids(sessionDir).map((id) => at(personFile(OUTPUT.raw, id)))],
      settings: { filter: settings.filter },
      outputs: () => ids(sessionDir).map((id) => at(personFile(OUTPUT.filtered, id))),
      run: async () => {
        const { filterPoints } = await import('../filter/filterPoints.ts');
        for (const id of ids(sessionDir)) {
          const raw = h.readP3d(sessionDir, personFile(OUTPUT.raw, id), 'triangulate');
          writeFileAtomic(at(personFile(OUTPUT.filtered, id)), points3dFileChunks(filterPoints(raw.points, settings.filter), raw.meta));
        }
        return { people: ids(sessionDir).length };
      },
    });
  }
  if (steps.has('export')) {
    stages.push({
      name: 'export',
      version: h.codeVersion('formats', 'skeleton', 'analysis'),
      inputs: () => [at(PEOPLE_FILE), ...ids(sessionDir).map((id) => at(personFile(OUTPUT.filtered, id)))],
      settings: { formats, trcAxes },
      outputs: () => ids(sessionDir).flatMap((id) => formats.map((f) => at(personFile(EXPORT_FILES[f], id)))),
      run: async (ctx) => {
        for (const id of ids(sessionDir)) {
          const file = h.readP3d(sessionDir, personFile(OUTPUT.filtered, id), 'filter');
          for (const f of formats) {
            ctx.progress({ message: `person ${id}: ${f}` });
            writeFileAtomic(at(personFile(EXPORT_FILES[f], id)), await exportFormat(f, file, settings));
          }
        }
        return { formats, people: ids(sessionDir).length };
      },
    });
  }
  if (steps.has('report') && settings.output.report) {
    stages.push({
      name: 'report',
      version: h.codeVersion(
        'report',
        'analysis',
        'camera',
        'session/sessionInputs.ts',
        'session/peopleStages.ts',
        'session/peopleOutputs.ts',
      ),
      inputs: () => [
        ...pose2dInputFiles(sessionDir),
        at(PEOPLE_FILE),
        ...ids(sessionDir).flatMap((id) => [at(personFile(OUTPUT.raw, id)), at(personFile(OUTPUT.filtered, id))]),
      ],
      settings: { project: settings.project, minScore: reportMinScore(settings), formats: settings.output.formats },
      outputs: () => [
        at(OUTPUT.reportHtml),
        at(OUTPUT.reportJson),
        ...ids(sessionDir).flatMap((id) => [at(personFile(OUTPUT.reportHtml, id)), at(personFile(OUTPUT.reportJson, id))]),
      ],
      run: async () => {
        const people = readPeopleFile(sessionDir);
        if (!people)
          throw new UserError(`${displayPath(at(PEOPLE_FILE))} is missing; run "openmocap process ${displayPath(sessionDir)}" first`);
        const inputs = h.readSyncedInputs(sessionDir, settings);
        const sections: PersonSection[] = [];
        for (const p of people.people) {
          const raw = h.readP3d(sessionDir, personFile(OUTPUT.raw, p.id), 'triangulate');
          const filtered = h.readP3d(sessionDir, personFile(OUTPUT.filtered, p.id), 'filter');
          const { report, section } = personReport({
            session: basename(sessionDir),
            id: p.id,
            settings,
            rig: inputs.rig,
            sequences: inputs.sequences,
            raw: raw.points,
            filtered: filtered.points,
            rawMeta: raw.meta,
          });
          writeFileAtomic(at(personFile(OUTPUT.reportHtml, p.id)), report.html);
          writeFileAtomic(at(personFile(OUTPUT.reportJson, p.id)), `${JSON.stringify(report.json, null, 1)}\n`);
          sections.push(section);
        }
        writeFileAtomic(at(OUTPUT.reportJson), peopleOverviewJson(people, sections));
        writeFileAtomic(at(OUTPUT.reportHtml), peopleOverviewHtml(basename(sessionDir), people, sections));
        return { people: sections.length, verdicts: sections.map((s) => s.verdict) };
      },
    });
  }
  return stages;
}

/** For the closing summary of `process`: the people's folders and a verdict line (the worst person's level). */
export function peopleSummary(sessionDir: string): { files: string[]; verdict: Quality['verdict'] } {
  const people = readPeopleFile(sessionDir);
  if (!people) return { files: [], verdict: { level: 'poor', headline: 'no 3D output yet', reasons: [], checks: [] } };
  let levels: string[] = [];
  try {
    const overview = JSON.parse(readFileSync(join(sessionDir, OUTPUT.reportJson), 'utf8')) as { people?: { verdict?: string }[] };
    levels = (overview.people ?? []).map((p) => p.verdict ?? '');
  } catch {
    // No overview report (report off or not run yet): no levels.
  }
  const ids = people.people.map((p) => p.id);
  return { files: [PEOPLE_FILE, ...ids.map((id) => `${personDir(id)}/`)], verdict: peopleVerdict(people, levels) };
}
