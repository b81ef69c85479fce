// glTF 2.0 binary (GLB) of the fitted, animated skeleton.
//
// - One node per joint (end sites included), named like the BVH joints; rest translations are the
//   T-pose bone offsets, Y up, metres (glTF's axes and unit); the root's rest translation stands
//   the T-pose on the ground.
// - A skin over all joint nodes with inverse bind matrices of the T-pose, and a visible mesh: one
//   box per bone, rigidly bound (weight 1) to the bone's parent joint, so any glTF viewer shows a
//   moving stick figure.
// - One animation "take": per joint a rotation channel, and a translation channel for the root,
//   sampled at every frame (LINEAR interpolation, times in seconds from frame / fps).
// ref: Khronos glTF 2.0 specification, sections 3.7 (skins) and 3.11 (animations).

import { Document, WebIO, type Node } from '@gltf-transform/core';
import type { FittedSkeleton } from '../skeleton/fitSkeleton.ts';
import { exportJointName, zUpToYUp, zUpToYUpQuat } from './bvh.ts';
import { cross, normalize, norm, sub, type Vec3 } from '../skeleton/rotation.ts';

/** Options of `encodeGlb`. */
export interface EncodeGlbOptions {
  /** Joint naming, as for BVH. @defaultValue "standard" */
  names?: 'standard' | 'mixamo';
  /** Half thickness of the bone boxes as a fraction of the bone length (clamped to 1–3 cm). @defaultValue 0.12 */
  boneThickness?: number;
}

/** Encodes the fitted skeleton with its animation as GLB bytes. */
export async function encodeGlb(skel: FittedSkeleton, opts: EncodeGlbOptions = {}): Promise<Uint8Array> {
  const doc = new Document();
  doc.getRoot().getAsset().generator = 'openmocap';
  const buffer = doc.createBuffer();
  const J = skel.joints.length;
  const rootIdx = skel.joints.findIndex((j) => j.parent < 0);

  // Bind pose (T-pose) positions in Y-up metres, feet on the ground.
  const rest: Vec3[] = new Array(J);
  for (let j = 0; j < J; j++) {
    const jt = skel.joints[j];
    rest[j] = jt.parent < 0 ? [0, 0, 0] : (zUpToYUp(jt.offsetM).map((v, c) => v + rest[jt.parent][c]) as Vec3);
  }
  const lift = -Math.min(...rest.map((p) => p[1]));
  for (const p of rest) p[1] += lift;

  const nodes: Node[] = skel.joints.map((jt) => doc.createNode(exportJointName(jt.name, opts.names)));
  skel.joints.forEach((jt, j) => {
    nodes[j].setTranslation(jt.parent < 0 ? rest[j] : zUpToYUp(jt.offsetM));
    if (jt.parent >= 0) nodes[jt.parent].addChild(nodes[j]);
  });

  // Skin.
  const ibm = new Float32Array(J * 16);
  for (let j = 0; j < J; j++) {
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -rest[j][0], -rest[j][1], -rest[j][2], 1], j * 16);
  }
  const skin = doc
    .createSkin('skeleton')
    .setSkeleton(nodes[rootIdx])
    .setInverseBindMatrices(doc.createAccessor('inverseBindMatrices').setType('MAT4').setArray(ibm).setBuffer(buffer));
  nodes.forEach((n) => skin.addJoint(n));

  // Mesh: a box per bone, bound to the parent joint.
  const positions: number[] = [],
    normals: number[] = [],
    joints: number[] = [],
    weights: number[] = [],
    indices: number[] = [];
  const k = opts.boneThickness ?? 0.12;
  for (let j = 0; j < J; j++) {
    const p = skel.joints[j].parent;
    if (p < 0) continue;
    const a = rest[p],
      b = rest[j];
    const len = norm(sub(b, a));
    if (len < 1e-4) continue;
    const half = Math.min(0.03, Math.max(0.01, k * len));
    addBox(a, b, half, p, positions, normals, joints, weights, indices);
  }
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor('position').setType('VEC3').setArray(new Float32Array(positions)).setBuffer(buffer))
    .setAttribute('NORMAL', doc.createAccessor('normal').setType('VEC3').setArray(new Float32Array(normals)).setBuffer(buffer))
    .setAttribute('JOINTS_0', doc.createAccessor('joints').setType('VEC4').setArray(new Uint16Array(joints)).setBuffer(buffer))
    .setAttribute('WEIGHTS_0', doc.createAccessor('weights').setType('VEC4').setArray(new Float32Array(weights)).setBuffer(buffer))
    .setIndices(doc.createAccessor('indices').setType('SCALAR').setArray(new Uint32Array(indices)).setBuffer(buffer))
    .setMaterial(doc.createMaterial('bone').setBaseColorFactor([0.85, 0.55, 0.2, 1]).setRoughnessFactor(0.6).setMetallicFactor(0));
  const mesh = doc.createMesh('bones').addPrimitive(prim);
  const body = doc.createNode('Body').setMesh(mesh).setSkin(skin);
  const scene = doc.createScene('scene').addChild(nodes[rootIdx]).addChild(body);
  doc.getRoot().setDefaultScene(scene);

  // Animation.
  if (skel.frames > 0) {
    const F = skel.frames;
    const times = new Float32Array(F);
    for (let f = 0; f < F; f++) times[f] = f / skel.fps;
    const input = doc.createAccessor('times').setType('SCALAR').setArray(times).setBuffer(buffer);
    const anim = doc.createAnimation('take');
    const rootT = new Float32Array(F * 3);
    for (let f = 0; f < F; f++) rootT.set(zUpToYUp(skel.rootPositionM.subarray(f * 3, f * 3 + 3)), f * 3);
    addChannel(doc, anim, nodes[rootIdx], 'translation', input, rootT, 'VEC3', buffer);
    for (let j = 0; j < J; j++) {
      if (skel.joints[j].endSite) continue;
      const r = new Float32Array(F * 4);
      for (let f = 0; f < F; f++) {
        const o = (f * J + j) * 4;
        const q = zUpToYUpQuat(skel.localRotations.subarray(o, o + 4));
        const n = Math.hypot(q[0], q[1], q[2], q[3]);
        r.set([q[0] / n, q[1] / n, q[2] / n, q[3] / n], f * 4);
      }
      addChannel(doc, anim, nodes[j], 'rotation', input, r, 'VEC4', buffer);
    }
  }
  return new WebIO().writeBinary(doc);
}

function addChannel(
  doc: Document,
  anim: ReturnType<Document['createAnimation']>,
  node: Node,
  path: 'translation' | 'rotation',
  input: ReturnType<Document['createAccessor']>,
  values: Float32Array,
  type: 'VEC3' | 'VEC4',
  buffer: ReturnType<Document['createBuffer']>,
): void {
  const sampler = doc
    .createAnimationSampler()
    .setInput(input)
    .setOutput(doc.createAccessor().setType(type).setArray(values).setBuffer(buffer))
    .setInterpolation('LINEAR');
  anim.addSampler(sampler).addChannel(doc.createAnimationChannel().setTargetNode(node).setTargetPath(path).setSampler(sampler));
}

/** Appends a box from a to b with square cross-section 2·half, 24 vertices with face normals. */
function addBox(
  a: Vec3,
  b: Vec3,
  half: number,
  joint: number,
  positions: number[],
  normals: number[],
  joints: number[],
  weights: number[],
  indices: number[],
): void {
  const ax = normalize(sub(b, a));
  const helper: Vec3 = Math.abs(ax[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const u = normalize(cross(ax, helper));
  const v = cross(ax, u);
  const corner = (end: Vec3, su: number, sv: number): Vec3 => [
    end[0] + (u[0] * su + v[0] * sv) * half,
    end[1] + (u[1] * su + v[1] * sv) * half,
    end[2] + (u[2] * su + v[2] * sv) * half,
  ];
  const neg = (w: Vec3): Vec3 => [-w[0], -w[1], -w[2]];
  // Faces as [normal, 4 corners counter-clockwise seen from outside].
  const faces: [Vec3, Vec3[]][] = [
    [u, [corner(a, 1, -1), corner(b, 1, -1), corner(b, 1, 1), corner(a, 1, 1)]],
    [neg(u), [corner(a, -1, 1), corner(b, -1, 1), corner(b, -1, -1), corner(a, -1, -1)]],
    [v, [corner(a, 1, 1), corner(b, 1, 1), corner(b, -1, 1), corner(a, -1, 1)]],
    [neg(v), [corner(a, -1, -1), corner(b, -1, -1), corner(b, 1, -1), corner(a, 1, -1)]],
    [ax, [corner(b, 1, -1), corner(b, -1, -1), corner(b, -1, 1), corner(b, 1, 1)]],
    [neg(ax), [corner(a, 1, 1), corner(a, -1, 1), corner(a, -1, -1), corner(a, 1, -1)]],
  ];
  for (const [n, quad] of faces) {
    const base = positions.length / 3;
    for (const c of quad) {
      positions.push(...c);
      normals.push(...n);
      joints.push(joint, 0, 0, 0);
      weights.push(1, 0, 0, 0);
    }
    indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }
}
