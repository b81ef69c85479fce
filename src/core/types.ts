// Core data types shared by every stage. Bulk data is typed arrays plus shape fields;
// NaN means "missing" everywhere. No stage touches the file system: see src/io for that.

/**
 * A pinhole (OpenCV) or fisheye camera, as stored in the aniposelib / Pose2Sim TOML format.
 * Extrinsics map world → camera: x_cam = R(rotation) · x_world + translation.
 * Translation is always in metres inside openmocap (readers convert).
 */
export interface Camera {
  /** Camera name as in the calibration file, e.g. "cam_01". */
  name: string;
  /** Image width in pixels. */
  width: number;
  /** Image height in pixels. */
  height: number;
  /** Intrinsic matrix, row-major 3×3: [fx, 0, cx, 0, fy, cy, 0, 0, 1]. */
  matrix: number[];
  /** OpenCV distortion coefficients: k1 k2 p1 p2 [k3] for pinhole, k1 k2 k3 k4 for fisheye. */
  distortions: number[];
  /** Rodrigues rotation vector, world → camera. */
  rotation: [number, number, number];
  /** Translation, world → camera, metres. */
  translation: [number, number, number];
  /** True for OpenCV's fisheye (equidistant) model. */
  fisheye: boolean;
}

/** The cameras of one session, in a fixed order (index = camera index everywhere else). */
export interface CameraRig {
  cameras: Camera[];
}

/**
 * 2D keypoints of one camera over time, possibly several people per frame.
 * data is laid out [frame][person][joint][x, y, score]; x, y in pixels of the original
 * (distorted) image, origin top-left; score in [0, 1]. An absent person or joint is NaN.
 */
export interface PoseSequence2D {
  /** Camera (video file stem) this sequence came from. */
  camera: string;
  /** Keypoint layout name, see src/core/layouts.ts. */
  layout: string;
  imageWidth: number;
  imageHeight: number;
  /** Nominal frame rate (frames per second). */
  fps: number;
  frames: number;
  /** Number of person slots per frame (1 for a single-person sequence). */
  persons: number;
  joints: number;
  /** [frame][person][joint][x, y, score], length frames·persons·joints·3. */
  data: Float32Array;
  /** [frame][person] persistent track id, -1 for an empty slot or unknown identity. */
  trackIds: Int32Array;
  /** Per-frame presentation timestamps in milliseconds (variable frame rate safe). */
  timestampsMs: Float64Array;
  /** Name of the model that produced it, e.g. "movenet-lightning" or "openpose-json". */
  model?: string;
}

/**
 * Triangulated 3D points. data is [frame][joint][x, y, z] in metres, in the calibration's
 * world frame (usually Z up). NaN marks a missing point.
 */
export interface Points3D {
  layout: string;
  fps: number;
  frames: number;
  joints: number;
  /** [frame][joint][x, y, z], metres. */
  data: Float64Array;
  /** [frame][joint] mean reprojection error over the cameras used, pixels; NaN if missing. */
  reprojectionErrorPx: Float32Array;
  /** [frame][joint] bit mask of the camera indices used (bit i = rig.cameras[i]); supports ≤ 32 cameras. */
  cameraMask: Uint32Array;
  /** Per-frame timestamps in milliseconds. */
  timestampsMs: Float64Array;
}

/**
 * A camera's 2D keypoints read frame range by frame range (e.g. from a file) instead of held whole:
 * the fields of PoseSequence2D except `data`, which readFrames gives for frames [start, end)
 * (end ≤ frames), laid out as PoseSequence2D.data. Lets triangulation run in bounded memory.
 */
export interface PoseFrames2D extends Omit<PoseSequence2D, 'data'> {
  /** The keypoints of frames [start, end), laid out as PoseSequence2D's `data`. */
  readFrames(start: number, end: number): Float32Array;
}

/** 2D keypoints held whole or read by frame ranges. */
export type Pose2DInput = PoseSequence2D | PoseFrames2D;
