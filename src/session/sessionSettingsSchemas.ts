// The session-level sections of mocap.toml that belong to no single stage: [project] and [output].
// Stage sections ([detect], [triangulation], [filter], …) are defined by their stages; see settings.ts.
import { z } from 'zod';
import { canonicalLayoutName, layoutNames } from '../core/layouts.ts';

import { EXPORT_FORMATS, type ExportFormat } from '../formats/exportFormats.ts';

/** Export formats `openmocap export --format` and `[output].formats` accept: the registry's (formats/exportFormats.ts). */
export { EXPORT_FORMATS, type ExportFormat };

export const projectSettingsSchema = z.object({
  fps: z
    .number()
    .positive()
    .max(10000)
    .optional()
    .describe('Frame rate override in Hz. Not set = the rate stored in the videos / 2D files.'),
  calibration: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Calibration file, relative to the session folder. Not set = found automatically\n(calibration.toml, one *.toml, or one *.qca.txt).',
    ),
  calibration_units: z
    .enum(['auto', 'm', 'mm'])
    .default('auto')
    .describe('Units of the calibration translations: "m" (Pose2Sim, anipose), "mm" (FreeMoCap), or "auto".'),
  cameras: z
    .array(z.string().min(1))
    .min(2)
    .optional()
    .describe('Only use these cameras (names as in the calibration). Not set = every camera.'),
  keypoint_layout: z
    .preprocess(
      (v) => (typeof v === 'string' && v.toLowerCase() !== 'auto' ? (canonicalLayoutName(v) ?? v) : v),
      z.enum(['auto', ...layoutNames()] as [string, ...string[]], {
        message: `unknown keypoint layout; use "auto" or one of ${layoutNames().join(', ')} (aliases such as BODY_25B, HALPE_26, COCO_133 work too)`,
      }),
    )
    .default('auto')
    .describe(
      `Keypoint layout of OpenPose-style JSON 2D inputs: "auto" finds it from the keypoints' geometry\nover the first frames (tells BODY_25 from BODY_25B); or force one of ${layoutNames().join(', ')}.`,
    ),
});

export const outputSettingsSchema = z.object({
  formats: z
    .array(z.enum(EXPORT_FORMATS))
    .min(1)
    .default([...EXPORT_FORMATS])
    .describe(`Files the export step writes: any of ${EXPORT_FORMATS.join(', ')} (default: all of them).`),
  trc_axes: z
    .enum(['pose2sim', 'none'])
    .default('pose2sim')
    .describe('TRC axes: "pose2sim" maps a Z-up world to Y-up (TRC X,Y,Z = world Y,Z,X); "none" writes world axes.'),
  report: z.boolean().default(true).describe('Write output/report.html and output/report.json.'),
  anatomical_correction: z
    .boolean()
    .default(false)
    .describe(
      'Exports move each keypoint from where the pose model labels it towards the anatomical landmark (offsets per layout measured on the demo, turning with their body segment; docs/models.md).',
    ),
});

export type ProjectSettings = z.infer<typeof projectSettingsSchema>;
export type OutputSettings = z.infer<typeof outputSettingsSchema>;
