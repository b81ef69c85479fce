// The registry of export formats: name, output file and what it holds. The one list the settings
// schema ([output].formats), `openmocap export --format`'s help, the export stage (session/exports.ts,
// which must give every name here a maker — the compiler checks) and the README table come from.
// Data only (no imports), so the CLI can show it without loading anything. To add a format: an
// entry here and its maker in session/exports.ts (plus the encoder itself).

export const EXPORT_FORMATS = ['trc', 'csv', 'c3d', 'bvh', 'glb', 'angles', 'angles-json', 'com', 'com-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  /** Where the export step writes it, session-relative. */
  file: string;
  /** What it holds (the README's output table reads the same text). */
  description: string;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  trc: { file: 'output/points3d.trc', description: 'filtered 3D keypoints for OpenSim / Pose2Sim (metres, Y up)' },
  csv: { file: 'output/points3d.csv', description: 'tidy table: frame, time, joint, x, y, z, reprojection error, cameras used' },
  c3d: {
    file: 'output/points3d.c3d',
    description:
      'C3D for biomechanics software (header and parameters per the C3D specification, captures past 65,535 frames: [docs/c3d-and-long-captures.md](docs/c3d-and-long-captures.md))',
  },
  bvh: { file: 'output/skeleton.bvh', description: 'a fitted skeleton with constant bone lengths, animated (see *Exports* below)' },
  glb: { file: 'output/skeleton.glb', description: 'the same skeleton as glTF binary, for Blender, three.js and game engines' },
  angles: { file: 'output/joint_angles.csv', description: 'hip, knee, shoulder, elbow and trunk angles per frame, degrees' },
  'angles-json': { file: 'output/joint_angles.json', description: 'the joint angles as JSON' },
  com: { file: 'output/centre_of_mass.csv', description: 'whole-body centre of mass per frame, metres' },
  'com-json': { file: 'output/centre_of_mass.json', description: 'the centre of mass as JSON' },
};

/** The README's rows for the export formats (`| file | what | format |`), generated from the registry. */
export function exportFormatTableRows(): string[] {
  return EXPORT_FORMATS.map(
    (f) => `| \`${EXPORT_FORMAT_INFO[f].file.split('/').pop()}\` | ${EXPORT_FORMAT_INFO[f].description} | \`${f}\` |`,
  );
}
