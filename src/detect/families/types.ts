// What a pose-model family provides, as one value: its models (spec), how to turn a network's output
// into poses (decoding) and how it wants a person cropped (crop rules). Pure: no tfjs import at run
// time, no file system; safe in a browser. A new model family is one file here plus a line in registry.ts.
import type * as tfCore from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import type { Crop } from '../crop.ts';

export type KeypointLayoutName = 'coco17' | 'coco17feet' | 'blazepose33';

export interface ModelSpec {
  name: string;
  /** Keypoint layout of the output (src/core/layouts.ts). */
  layout: KeypointLayoutName;
  joints: number;
  /** Side of the square model input, pixels. */
  inputSize: number;
  /** True when one inference returns every person in the input. */
  multiPerson: boolean;
  /** Model file stems (graph model .json + .bin). */
  files: string[];
}

/** One pose as the model sees it: coordinates normalised to the model input, [0, 1]. */
export interface RawPose {
  /** [x, y, score] per joint, x and y in [0, 1] of the model input. */
  keypoints: Float32Array;
  /** Overall person score in [0, 1]. */
  score: number;
  /** Person box [xMin, yMin, xMax, yMax], normalised, when the model gives one. */
  box?: [number, number, number, number];
  /** A square region to crop for the keypoint model, normalised [cx, cy, side] (person detectors only). */
  region?: [number, number, number];
  /** Rotation of that region (Crop.rotationRad), when the detector gives the body's incline. */
  regionRotationRad?: number;
  /** Extra points in the model input (normalised [x, y, score] each), e.g. BlazePose's RoI alignment
   * landmarks 33–34; mapped to frame pixels with the keypoints. */
  auxiliary?: Float32Array;
  /** BlazePose only: world landmarks, [x, y, z] per joint in metres, origin between the hips (x right, y down, z away from the camera, as the model gives them). */
  world?: Float32Array;
}

/** Runs one model input (inputSize²×3 RGB, row-major, 0–255) through the network and decodes it. */
export type Decoder = (input: Uint8Array) => Promise<RawPose[]>;

/** Where to crop a person next, from their keypoints (and auxiliary points) in frame pixels. */
export type Cropper = (pose: { keypoints: Float32Array; auxiliary?: Float32Array }, minScore: number) => Crop | undefined;

export interface ModelFamily {
  /** Family id, e.g. "movenet". */
  id: string;
  specs: readonly ModelSpec[];
  /** The network → poses decoding for one of this family's specs. */
  decoder(spec: ModelSpec, graph: GraphModel, tf: Pick<typeof tfCore, 'tensor4d'>): Decoder;
  /** How a keypoint model of this family wants its person crop (undefined for finders only). */
  cropper?(spec: ModelSpec, padding: number): Cropper;
  /** When a finder of another family starts a track: does this family want the crop turned upright? */
  uprightCrops?: boolean;
  /** The whole-frame finder a single-person keypoint model of this family searches with by default. */
  defaultFinder?: string;
}
