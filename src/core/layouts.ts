// Keypoint layouts as data: names, bones, root. Algorithms never branch on a layout's name.
// Names follow Pose2Sim / OpenSim marker conventions (RHip, LKnee, Nose …).
// ref: OpenPose output format doc (BODY_25, COCO), Halpe-FullBody (HALPE_26), COCO-WholeBody,
//      MediaPipe BlazePose 33-landmark topology.

/** A keypoint layout (COCO-17, HALPE-26, BODY_25, …): keypoint names, bones and how other tools store it. */
export interface KeypointLayout {
  /** Canonical name, lower case: "coco17", "coco17feet", "halpe26", "body25", "body25b", "wholebody133", "blazepose33". */
  name: string;
  /** Keypoint names in model output order. */
  keypoints: string[];
  /** Bones as pairs of keypoint names (parent first when read from the root). */
  bones: [string, string][];
  /** Name of the root keypoint for the tree built from the bones. */
  root: string;
  /**
   * Keypoints per person as other tools store this layout (OpenPose-style JSON): COCO-WholeBody stores
   * all 133 (or its 23 body keypoints), the others their own count. Layouts sharing a count (BODY_25,
   * BODY_25B) are told apart by geometry (src/core/inferLayout.ts).
   */
  storedCounts: number[];
  /**
   * TRC markers as Pose2Sim's OpenSim marker sets (Markers_*.xml, scaling and IK setup files) name
   * and order them: a keypoint name, or [marker name, keypoint] where Pose2Sim names it differently.
   * Keypoints not listed follow, in layout order (OpenSim ignores markers its model lacks).
   */
  trcMarkers: (string | [string, string])[];
}

/** A keypoint layout with its lookups precomputed (name → index, parents, mirror). */
export interface ResolvedLayout extends KeypointLayout {
  /** Parent index per keypoint, -1 for the root and for keypoints not reached by a bone. */
  parents: number[];
  /** Bones as index pairs. */
  boneIndices: [number, number][];
  /** Index of the mirror keypoint (LHip ↔ RHip), or its own index when it has none. */
  mirror: number[];
  /** Index by name. */
  indexOf: Map<string, number>;
  /** TRC marker names, in TRC column order (see KeypointLayout.trcMarkers). */
  trcNames: string[];
  /** Keypoint index of each TRC column. */
  trcOrder: number[];
}

const COCO17_NAMES = [
  'Nose',
  'LEye',
  'REye',
  'LEar',
  'REar',
  'LShoulder',
  'RShoulder',
  'LElbow',
  'RElbow',
  'LWrist',
  'RWrist',
  'LHip',
  'RHip',
  'LKnee',
  'RKnee',
  'LAnkle',
  'RAnkle',
];
const COCO17_BONES: [string, string][] = [
  ['LHip', 'RHip'],
  ['LHip', 'LKnee'],
  ['LKnee', 'LAnkle'],
  ['RHip', 'RKnee'],
  ['RKnee', 'RAnkle'],
  ['LHip', 'LShoulder'],
  ['RHip', 'RShoulder'],
  ['LShoulder', 'LElbow'],
  ['LElbow', 'LWrist'],
  ['RShoulder', 'RElbow'],
  ['RElbow', 'RWrist'],
  ['LShoulder', 'Nose'],
  ['Nose', 'LEye'],
  ['Nose', 'REye'],
  ['LEye', 'LEar'],
  ['REye', 'REar'],
];
const FEET_BONES: [string, string][] = [
  ['LAnkle', 'LHeel'],
  ['LAnkle', 'LBigToe'],
  ['LBigToe', 'LSmallToe'],
  ['RAnkle', 'RHeel'],
  ['RAnkle', 'RBigToe'],
  ['RBigToe', 'RSmallToe'],
];

// Pose2Sim's marker order walks its skeleton tree: right leg, left leg, then head and arms.
// ref: Pose2Sim skeletons.py and OpenSim_Setup/Markers_*.xml (names and order only).
const LEGS_AND_FEET = [
  'RHip',
  'RKnee',
  'RAnkle',
  'RBigToe',
  'RSmallToe',
  'RHeel',
  'LHip',
  'LKnee',
  'LAnkle',
  'LBigToe',
  'LSmallToe',
  'LHeel',
];
const ARMS = ['RShoulder', 'RElbow', 'RWrist', 'LShoulder', 'LElbow', 'LWrist'];

const TABLE: KeypointLayout[] = [
  {
    name: 'coco17',
    keypoints: COCO17_NAMES,
    bones: COCO17_BONES,
    root: 'LHip',
    storedCounts: [17],
    trcMarkers: ['RHip', 'RKnee', 'RAnkle', 'LHip', 'LKnee', 'LAnkle', 'Nose', ...ARMS],
  },
  {
    name: 'halpe26',
    keypoints: [...COCO17_NAMES, 'Head', 'Neck', 'Hip', 'LBigToe', 'RBigToe', 'LSmallToe', 'RSmallToe', 'LHeel', 'RHeel'],
    bones: [
      ['Hip', 'LHip'],
      ['Hip', 'RHip'],
      ['LHip', 'LKnee'],
      ['LKnee', 'LAnkle'],
      ['RHip', 'RKnee'],
      ['RKnee', 'RAnkle'],
      ['Hip', 'Neck'],
      ['Neck', 'Head'],
      ['Head', 'Nose'],
      ['Nose', 'LEye'],
      ['Nose', 'REye'],
      ['LEye', 'LEar'],
      ['REye', 'REar'],
      ['Neck', 'LShoulder'],
      ['LShoulder', 'LElbow'],
      ['LElbow', 'LWrist'],
      ['Neck', 'RShoulder'],
      ['RShoulder', 'RElbow'],
      ['RElbow', 'RWrist'],
      ...FEET_BONES,
    ],
    root: 'Hip',
    storedCounts: [26],
    trcMarkers: ['Hip', ...LEGS_AND_FEET, 'Neck', 'Head', 'Nose', ...ARMS],
  },
  {
    // COCO-17 with heels and big toes: MoveNet's body fused with BlazePose's feet (src/detect/fuseFeet.ts).
    // No small toes (BlazePose has none: its "foot index", stored as BigToe, is the tip of the foot between the toes).
    name: 'coco17feet',
    keypoints: [...COCO17_NAMES, 'LHeel', 'RHeel', 'LBigToe', 'RBigToe'],
    bones: [...COCO17_BONES, ['LAnkle', 'LHeel'], ['LAnkle', 'LBigToe'], ['RAnkle', 'RHeel'], ['RAnkle', 'RBigToe']],
    root: 'LHip',
    storedCounts: [21],
    trcMarkers: ['RHip', 'RKnee', 'RAnkle', 'RBigToe', 'RHeel', 'LHip', 'LKnee', 'LAnkle', 'LBigToe', 'LHeel', 'Nose', ...ARMS],
  },
  {
    name: 'body25',
    keypoints: [
      'Nose',
      'Neck',
      'RShoulder',
      'RElbow',
      'RWrist',
      'LShoulder',
      'LElbow',
      'LWrist',
      'MidHip',
      'RHip',
      'RKnee',
      'RAnkle',
      'LHip',
      'LKnee',
      'LAnkle',
      'REye',
      'LEye',
      'REar',
      'LEar',
      'LBigToe',
      'LSmallToe',
      'LHeel',
      'RBigToe',
      'RSmallToe',
      'RHeel',
    ],
    bones: [
      ['MidHip', 'LHip'],
      ['MidHip', 'RHip'],
      ['LHip', 'LKnee'],
      ['LKnee', 'LAnkle'],
      ['RHip', 'RKnee'],
      ['RKnee', 'RAnkle'],
      ['MidHip', 'Neck'],
      ['Neck', 'Nose'],
      ['Nose', 'LEye'],
      ['Nose', 'REye'],
      ['LEye', 'LEar'],
      ['REye', 'REar'],
      ['Neck', 'LShoulder'],
      ['LShoulder', 'LElbow'],
      ['LElbow', 'LWrist'],
      ['Neck', 'RShoulder'],
      ['RShoulder', 'RElbow'],
      ['RElbow', 'RWrist'],
      ...FEET_BONES,
    ],
    root: 'MidHip',
    storedCounts: [25],
    trcMarkers: [['CHip', 'MidHip'], ...LEGS_AND_FEET, 'Neck', 'Nose', ...ARMS],
  },
  {
    name: 'body25b',
    keypoints: [...COCO17_NAMES, 'UpperNeck', 'HeadTop', 'LBigToe', 'LSmallToe', 'LHeel', 'RBigToe', 'RSmallToe', 'RHeel'],
    bones: [
      ['LHip', 'RHip'],
      ['LHip', 'LKnee'],
      ['LKnee', 'LAnkle'],
      ['RHip', 'RKnee'],
      ['RKnee', 'RAnkle'],
      ['LHip', 'LShoulder'],
      ['RHip', 'RShoulder'],
      ['LShoulder', 'LElbow'],
      ['LElbow', 'LWrist'],
      ['RShoulder', 'RElbow'],
      ['RElbow', 'RWrist'],
      ['LShoulder', 'UpperNeck'],
      ['UpperNeck', 'HeadTop'],
      ['UpperNeck', 'Nose'],
      ['Nose', 'LEye'],
      ['Nose', 'REye'],
      ['LEye', 'LEar'],
      ['REye', 'REar'],
      ...FEET_BONES,
    ],
    root: 'LHip',
    storedCounts: [25],
    trcMarkers: [...LEGS_AND_FEET, ['Neck', 'UpperNeck'], ['Head', 'HeadTop'], 'Nose', ...ARMS],
  },
  {
    // Body part (first 23 keypoints) of COCO-WholeBody; face and hands are ignored.
    name: 'wholebody133',
    keypoints: [...COCO17_NAMES, 'LBigToe', 'LSmallToe', 'LHeel', 'RBigToe', 'RSmallToe', 'RHeel'],
    bones: [...COCO17_BONES, ...FEET_BONES],
    root: 'LHip',
    storedCounts: [133, 23],
    trcMarkers: [...LEGS_AND_FEET, 'Nose', 'REye', 'LEye', 'REar', 'LEar', ...ARMS],
  },
  {
    name: 'blazepose33',
    keypoints: [
      'Nose',
      'LEyeInner',
      'LEye',
      'LEyeOuter',
      'REyeInner',
      'REye',
      'REyeOuter',
      'LEar',
      'REar',
      'MouthL',
      'MouthR',
      'LShoulder',
      'RShoulder',
      'LElbow',
      'RElbow',
      'LWrist',
      'RWrist',
      'LPinky',
      'RPinky',
      'LIndex',
      'RIndex',
      'LThumb',
      'RThumb',
      'LHip',
      'RHip',
      'LKnee',
      'RKnee',
      'LAnkle',
      'RAnkle',
      'LHeel',
      'RHeel',
      'LBigToe',
      'RBigToe',
    ],
    bones: [
      ['LHip', 'RHip'],
      ['LHip', 'LKnee'],
      ['LKnee', 'LAnkle'],
      ['RHip', 'RKnee'],
      ['RKnee', 'RAnkle'],
      ['LAnkle', 'LHeel'],
      ['LAnkle', 'LBigToe'],
      ['RAnkle', 'RHeel'],
      ['RAnkle', 'RBigToe'],
      ['LHip', 'LShoulder'],
      ['RHip', 'RShoulder'],
      ['LShoulder', 'LElbow'],
      ['LElbow', 'LWrist'],
      ['RShoulder', 'RElbow'],
      ['RElbow', 'RWrist'],
      ['LWrist', 'LPinky'],
      ['LWrist', 'LIndex'],
      ['LWrist', 'LThumb'],
      ['RWrist', 'RPinky'],
      ['RWrist', 'RIndex'],
      ['RWrist', 'RThumb'],
      ['LShoulder', 'Nose'],
      ['Nose', 'LEyeInner'],
      ['LEyeInner', 'LEye'],
      ['LEye', 'LEyeOuter'],
      ['LEyeOuter', 'LEar'],
      ['Nose', 'REyeInner'],
      ['REyeInner', 'REye'],
      ['REye', 'REyeOuter'],
      ['REyeOuter', 'REar'],
      ['Nose', 'MouthL'],
      ['Nose', 'MouthR'],
    ],
    root: 'LHip',
    storedCounts: [33],
    trcMarkers: [
      'RHip',
      'RKnee',
      'RAnkle',
      'RHeel',
      'RBigToe',
      'LHip',
      'LKnee',
      'LAnkle',
      'LHeel',
      'LBigToe',
      'Nose',
      'REye',
      'LEye',
      'RShoulder',
      'RElbow',
      'RWrist',
      'RPinky',
      'RIndex',
      'RThumb',
      'LShoulder',
      'LElbow',
      'LWrist',
      'LPinky',
      'LIndex',
      'LThumb',
    ],
  },
];

/** Aliases accepted from users and other tools. */
const ALIASES: Record<string, string> = {
  coco: 'coco17',
  coco_17: 'coco17',
  'coco-17': 'coco17',
  movenet: 'coco17',
  halpe: 'halpe26',
  halpe_26: 'halpe26',
  'halpe-26': 'halpe26',
  body_25: 'body25',
  'body-25': 'body25',
  body_25b: 'body25b',
  'body-25b': 'body25b',
  coco_133: 'wholebody133',
  coco133: 'wholebody133',
  'coco-wholebody': 'wholebody133',
  wholebody: 'wholebody133',
  'coco-wholebody-133': 'wholebody133',
  blazepose: 'blazepose33',
  blazepose_33: 'blazepose33',
};

function mirrorName(name: string): string {
  if (/^L[A-Z]/.test(name)) return `R${name.slice(1)}`;
  if (/^R[A-Z]/.test(name)) return `L${name.slice(1)}`;
  if (name.endsWith('L')) return `${name.slice(0, -1)}R`;
  if (name.endsWith('R')) return `${name.slice(0, -1)}L`;
  return name;
}

function resolve(layout: KeypointLayout): ResolvedLayout {
  const indexOf = new Map(layout.keypoints.map((n, i) => [n, i] as [string, number]));
  const at = (n: string): number => {
    const i = indexOf.get(n);
    if (i === undefined) throw new Error(`layout ${layout.name}: bone names unknown keypoint "${n}"`);
    return i;
  };
  const boneIndices = layout.bones.map(([a, b]) => [at(a), at(b)] as [number, number]);
  const parents = new Array<number>(layout.keypoints.length).fill(-1);
  const seen = new Set<number>([at(layout.root)]);
  const queue = [at(layout.root)];
  while (queue.length) {
    const j = queue.shift()!;
    for (const [a, b] of boneIndices) {
      const other = a === j ? b : b === j ? a : -1;
      if (other >= 0 && !seen.has(other)) {
        seen.add(other);
        parents[other] = j;
        queue.push(other);
      }
    }
  }
  const mirror = layout.keypoints.map((n, i) => indexOf.get(mirrorName(n)) ?? i);
  const listed = layout.trcMarkers.map((m) => (typeof m === 'string' ? [m, m] : m));
  const trcOrder = [
    ...listed.map(([, k]) => at(k)),
    ...layout.keypoints.map((_, i) => i).filter((i) => !listed.some(([, k]) => at(k) === i)),
  ];
  const trcNames = trcOrder.map((i) => listed.find(([, k]) => at(k) === i)?.[0] ?? layout.keypoints[i]);
  if (new Set(trcNames).size !== trcNames.length) throw new Error(`layout ${layout.name}: TRC marker names repeat`);
  return { ...layout, parents, boneIndices, mirror, indexOf, trcNames, trcOrder };
}

const RESOLVED = new Map(TABLE.map((l) => [l.name, resolve(l)]));

/** All layout names. */
export const layoutNames = (): string[] => [...RESOLVED.keys()];

/** The layouts other tools store with `count` keypoints per person (several when the count is shared, e.g. 25). */
export const layoutsWithStoredCount = (count: number): ResolvedLayout[] =>
  [...RESOLVED.values()].filter((l) => l.storedCounts.includes(count));

/** The canonical name of a layout name or alias, or undefined when it names none. */
export function canonicalLayoutName(name: string): string | undefined {
  const key = name.toLowerCase();
  const found = RESOLVED.get(ALIASES[key] ?? key);
  return found?.name;
}

/** Looks a layout up by name or alias; throws an error listing the known names. */
export function getLayout(name: string): ResolvedLayout {
  const key = name.toLowerCase();
  const found = RESOLVED.get(ALIASES[key] ?? key);
  if (!found) throw new Error(`unknown keypoint layout "${name}"; known: ${layoutNames().join(', ')}`);
  return found;
}
