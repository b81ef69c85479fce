// The 3D panel: ground grid, camera frustums from the calibration, and the skeleton of the current
// frame as instanced spheres (joints, coloured by reprojection error) and cylinders (bones, coloured
// by body side). Geometry is allocated once; setFrame only rewrites instance matrices and colours.
// Renders on demand (frame change or orbit), not every animation frame. Live (web/live.ts): a
// one-frame Points3D (liveFrame) whose frame pushFrame overwrites as each new skeleton arrives.
import {
  AmbientLight,
  BufferGeometry,
  CanvasTexture,
  Color,
  CylinderGeometry,
  DirectionalLight,
  Float32BufferAttribute,
  GridHelper,
  InstancedMesh,
  LineBasicMaterial,
  LineSegments,
  Matrix4,
  MeshStandardMaterial,
  PerspectiveCamera,
  Quaternion,
  Scene,
  SphereGeometry,
  Sprite,
  SpriteMaterial,
  Vector3,
  WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { getLayout } from '../core/layouts.ts';
import type { CameraRig, Points3D } from '../core/types.ts';
import { rotationMatrix } from '../camera/project.ts';
import { errorColor, relativeErrorColor } from './confidenceColor.ts';
import { toView, type ViewAxes } from './viewAxes.ts';
import { personColour } from '../core/personColours.ts';

const FRUSTUM_COLOR = 0xf59e0b;
const FRUSTUM_HIGHLIGHT = 0x67e8f9;
const SIDE_COLORS = { left: new Color(0x3b82f6), right: new Color(0xef4444), centre: new Color(0xc8ccd4) };

export interface SkeletonView {
  setFrame(frame: number): void;
  resize(): void;
  /** Renders if something changed since the last render. */
  renderIfNeeded(): void;
  /** Screen position (CSS px, relative to the canvas) of a joint in the shown frame, or null if missing. */
  jointOnScreen(joint: number): [number, number] | null;
  /** Highlights one camera's frustum (index into the rig), or none with −1. */
  highlightCamera(index: number): void;
  /**
   * Live: replaces the shown frame (frame 0 of a one-frame Points3D, see liveFrame) with `xyz`
   * ([x, y, z] per joint, world metres, NaN where missing) and, when given, its errors (px).
   */
  pushFrame(xyz: ArrayLike<number>, errorPx?: ArrayLike<number>): void;
  /** Frames pushed and renders done since the view was made (a live page reports them). */
  readonly counts: { pushed: number; rendered: number };
  readonly canvas: HTMLCanvasElement;
}

/** A one-frame Points3D holding `xyz` (for pushFrame): the live skeleton's store. */
export function liveFrame(layout: string, xyz: ArrayLike<number>, fps = 30): Points3D {
  const joints = Math.floor(xyz.length / 3);
  return {
    layout,
    fps,
    frames: 1,
    joints,
    data: Float64Array.from(xyz),
    reprojectionErrorPx: new Float32Array(joints).fill(NaN),
    cameraMask: new Uint32Array(joints),
    timestampsMs: new Float64Array(1),
  };
}

function bonesOf(points: Points3D): [number, number][] {
  try {
    return getLayout(points.layout).boneIndices;
  } catch {
    return [];
  }
}

function sideOf(name: string): keyof typeof SIDE_COLORS {
  if (/^(L[A-Z]|left)/.test(name)) return 'left';
  if (/^(R[A-Z]|right)/.test(name)) return 'right';
  return 'centre';
}

function makeLabel(text: string): Sprite {
  const c = document.createElement('canvas');
  c.width = 128;
  c.height = 40;
  const g = c.getContext('2d')!;
  g.font = 'bold 24px system-ui, sans-serif';
  g.fillStyle = '#e5e7eb';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText(text, 64, 20);
  const s = new Sprite(new SpriteMaterial({ map: new CanvasTexture(c), depthTest: false, transparent: true }));
  s.scale.set(0.48, 0.15, 1);
  return s;
}

/** Frustum lines (optical centre to the image corners at depthM, the image rectangle, an "up" tick). */
function frustumGeometry(rig: CameraRig, axes: ViewAxes, depthM: number): { geometries: BufferGeometry[]; centres: Vector3[] } {
  const geometries: BufferGeometry[] = [];
  const centres: Vector3[] = [];
  const v = new Vector3();
  const world = (R: Float64Array, t: readonly number[], xc: number, yc: number, zc: number): Vector3 => {
    // x_world = Rᵀ (x_cam − t)
    const a = xc - t[0],
      b = yc - t[1],
      c = zc - t[2];
    toView(axes, R[0] * a + R[3] * b + R[6] * c, R[1] * a + R[4] * b + R[7] * c, R[2] * a + R[5] * b + R[8] * c, v);
    return v.clone();
  };
  for (const cam of rig.cameras) {
    const pos: number[] = [];
    const R = rotationMatrix(cam.rotation);
    const [fx, , cx, , fy, cy] = cam.matrix;
    const C = world(R, cam.translation, 0, 0, 0);
    centres.push(C);
    const corner = (u: number, w: number): Vector3 => world(R, cam.translation, ((u - cx) / fx) * depthM, ((w - cy) / fy) * depthM, depthM);
    const k = [corner(0, 0), corner(cam.width, 0), corner(cam.width, cam.height), corner(0, cam.height)];
    const top = corner(cam.width / 2, -cam.height * 0.25);
    const push = (p: Vector3, q: Vector3): void => void pos.push(p.x, p.y, p.z, q.x, q.y, q.z);
    for (let i = 0; i < 4; i++) {
      push(C, k[i]);
      push(k[i], k[(i + 1) % 4]);
    }
    push(k[0], top);
    push(top, k[1]);
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new Float32BufferAttribute(pos, 3));
    geometries.push(geometry);
  }
  return { geometries, centres };
}

/** True when WebGL runs on a CPU rasteriser (SwiftShader, llvmpipe): no GPU, so every pixel counts. */
function softwareRendering(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(name);
  } catch {
    return false;
  }
}

/**
 * `subjectSizePx`: the subject's size in the images (as the report measures it); joints are then
 * coloured by their error as a share of it, the scale the report judges by; without it, in pixels.
 */
export function createSkeletonView(
  host: HTMLElement,
  points: Points3D | null,
  rig: CameraRig | null,
  axes: ViewAxes,
  subjectSizePx?: number,
  /** With several people: the others (person 2, 3, …), drawn as lines in their colours (core/personColours.ts). */
  others: { id: number; points: Points3D }[] = [],
): SkeletonView {
  // Without a GPU, multisampling and high-DPI canvases cost more than they give: drop both.
  const software = softwareRendering();
  const renderer = new WebGLRenderer({ antialias: !software, preserveDrawingBuffer: true });
  renderer.setPixelRatio(software ? 1 : Math.min(2, window.devicePixelRatio || 1));
  renderer.setClearColor(0x111318);
  host.appendChild(renderer.domElement);
  const scene = new Scene();
  const camera = new PerspectiveCamera(45, 1, 0.05, 200);
  scene.add(new AmbientLight(0xffffff, 1.4));
  const sun = new DirectionalLight(0xffffff, 1.6);
  sun.position.set(3, 6, 4);
  scene.add(sun);

  // Grid sized to reach the cameras (or 6 m).
  let reach = 3;
  let rigCentres: Vector3[] = [];
  const frustumMaterials: LineBasicMaterial[] = [];
  if (rig?.cameras.length) {
    const { geometries, centres } = frustumGeometry(rig, axes, 0.35);
    rigCentres = centres;
    for (const g of geometries) {
      const material = new LineBasicMaterial({ color: FRUSTUM_COLOR });
      frustumMaterials.push(material);
      scene.add(new LineSegments(g, material));
    }
    rig.cameras.forEach((cam, i) => {
      const label = makeLabel(cam.name);
      label.position.copy(centres[i]).add(new Vector3(0, 0.22, 0));
      scene.add(label);
      reach = Math.max(reach, Math.hypot(centres[i].x, centres[i].z));
    });
  }
  const gridSize = 2 * Math.ceil(reach + 0.5);
  const grid = new GridHelper(gridSize, gridSize * 2, 0x4b5563, 0x262a33);
  scene.add(grid);

  // Skeleton: one instanced mesh for joints, one for bones.
  const J = points?.joints ?? 0;
  const bones = points ? bonesOf(points) : [];
  const names = points
    ? (() => {
        try {
          return getLayout(points.layout).keypoints;
        } catch {
          return [];
        }
      })()
    : [];
  const jointMesh = new InstancedMesh(new SphereGeometry(0.028, 14, 10), new MeshStandardMaterial({ roughness: 0.5 }), Math.max(1, J));
  jointMesh.count = J;
  const boneGeom = new CylinderGeometry(0.014, 0.014, 1, 8);
  boneGeom.translate(0, 0.5, 0); // spans y ∈ [0, 1]: scale y = length
  const boneMesh = new InstancedMesh(boneGeom, new MeshStandardMaterial({ roughness: 0.6 }), Math.max(1, bones.length));
  boneMesh.count = bones.length;
  // With several people person 1's bones take their colour (the others' are lines in theirs).
  bones.forEach(([, b], i) => boneMesh.setColorAt(i, others.length ? new Color(personColour(1)) : SIDE_COLORS[sideOf(names[b] ?? '')]));
  if (boneMesh.instanceColor) boneMesh.instanceColor.needsUpdate = true;
  jointMesh.frustumCulled = false;
  boneMesh.frustumCulled = false;
  scene.add(jointMesh, boneMesh);

  // Scratch objects reused every frame (no per-frame allocation).
  const viewPos = new Float32Array(Math.max(1, J) * 3);
  const valid = new Uint8Array(Math.max(1, J));
  const m = new Matrix4();
  const zero = new Matrix4().makeScale(0, 0, 0);
  const q = new Quaternion();
  const a = new Vector3(),
    b = new Vector3(),
    dir = new Vector3(),
    s = new Vector3();
  const Y = new Vector3(0, 1, 0);
  const rgb = new Float32Array(3);
  const color = new Color();
  const projected = new Vector3();
  let shown = -1;
  let dirty = true;
  const counts = { pushed: 0, rendered: 0 };

  // The other people: one line segment per bone, positions rewritten each frame.
  const otherLines = others.map((o) => {
    const ob = bonesOf(o.points);
    const geom = new BufferGeometry();
    geom.setAttribute('position', new Float32BufferAttribute(new Float32Array(ob.length * 6), 3));
    const lines = new LineSegments(geom, new LineBasicMaterial({ color: personColour(o.id) }));
    lines.frustumCulled = false;
    scene.add(lines);
    return { o, bones: ob, geom };
  });
  const setOthers = (frame: number): void => {
    for (const { o, bones: ob, geom } of otherLines) {
      const pos = geom.getAttribute('position') as Float32BufferAttribute;
      const arr = pos.array as Float32Array,
        d = o.points.data,
        Jo = o.points.joints;
      ob.forEach(([p, c], i) => {
        const op = (frame * Jo + p) * 3,
          oc = (frame * Jo + c) * 3;
        const ok = frame < o.points.frames && [d[op], d[op + 1], d[op + 2], d[oc], d[oc + 1], d[oc + 2]].every(Number.isFinite);
        if (!ok) {
          arr.fill(0, i * 6, i * 6 + 6);
          return;
        }
        toView(axes, d[op], d[op + 1], d[op + 2], a);
        toView(axes, d[oc], d[oc + 1], d[oc + 2], b);
        arr.set([a.x, a.y, a.z, b.x, b.y, b.z], i * 6);
      });
      pos.needsUpdate = true;
    }
  };

  const setFrame = (frame: number): void => {
    if (!points || frame === shown) return;
    shown = frame;
    setOthers(frame);
    const d = points.data;
    for (let j = 0; j < J; j++) {
      const o = (frame * J + j) * 3;
      const ok = Number.isFinite(d[o]) && Number.isFinite(d[o + 1]) && Number.isFinite(d[o + 2]);
      valid[j] = ok ? 1 : 0;
      if (ok) {
        toView(axes, d[o], d[o + 1], d[o + 2], a);
        viewPos[j * 3] = a.x;
        viewPos[j * 3 + 1] = a.y;
        viewPos[j * 3 + 2] = a.z;
        m.makeTranslation(a.x, a.y, a.z);
        jointMesh.setMatrixAt(j, m);
        const errPx = points.reprojectionErrorPx[frame * J + j];
        if (subjectSizePx && subjectSizePx > 0) relativeErrorColor(errPx / subjectSizePx, rgb);
        else errorColor(errPx, rgb);
        color.setRGB(rgb[0], rgb[1], rgb[2]);
        jointMesh.setColorAt(j, color);
      } else {
        jointMesh.setMatrixAt(j, zero);
      }
    }
    for (let i = 0; i < bones.length; i++) {
      const [p, c] = bones[i];
      if (!valid[p] || !valid[c]) {
        boneMesh.setMatrixAt(i, zero);
        continue;
      }
      a.set(viewPos[p * 3], viewPos[p * 3 + 1], viewPos[p * 3 + 2]);
      b.set(viewPos[c * 3], viewPos[c * 3 + 1], viewPos[c * 3 + 2]);
      dir.subVectors(b, a);
      const len = dir.length();
      if (len < 1e-6) {
        boneMesh.setMatrixAt(i, zero);
        continue;
      }
      q.setFromUnitVectors(Y, dir.multiplyScalar(1 / len));
      s.set(1, len, 1);
      m.compose(a, q, s);
      boneMesh.setMatrixAt(i, m);
    }
    jointMesh.instanceMatrix.needsUpdate = true;
    if (jointMesh.instanceColor) jointMesh.instanceColor.needsUpdate = true;
    boneMesh.instanceMatrix.needsUpdate = true;
    dirty = true;
  };

  // Camera: from between two cameras of the ring (so none blocks the view), raised 25°, far enough
  // to keep the whole ring in view.
  let azimuth = Math.PI / 4;
  if (rigCentres.length) {
    let best = -1;
    for (let k = 0; k < 72; k++) {
      const az = (k / 72) * Math.PI * 2;
      let nearest = Infinity;
      for (const c of rigCentres) {
        const d = Math.abs(((Math.atan2(c.z, c.x) - az + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
        nearest = Math.min(nearest, d);
      }
      if (nearest > best) {
        best = nearest;
        azimuth = az;
      }
    }
  }
  // With a skeleton it is the subject that matters; without one, the whole camera ring.
  const dist = points ? Math.max(4.5, reach * 1.8) : Math.max(5, reach * 2.6);
  const elevation = (25 * Math.PI) / 180;
  camera.position.set(
    dist * Math.cos(elevation) * Math.cos(azimuth),
    0.8 + dist * Math.sin(elevation),
    dist * Math.cos(elevation) * Math.sin(azimuth),
  );
  const controls = new OrbitControls(camera, renderer.domElement);
  controls.target.set(0, 0.8, 0);
  controls.update();
  controls.addEventListener('change', () => (dirty = true));

  const resize = (): void => {
    const w = Math.max(1, host.clientWidth),
      h = Math.max(1, host.clientHeight);
    renderer.setSize(w, h, false);
    renderer.domElement.style.width = `${w}px`;
    renderer.domElement.style.height = `${h}px`;
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
    dirty = true;
  };
  resize();

  return {
    canvas: renderer.domElement,
    setFrame,
    resize,
    renderIfNeeded: () => {
      if (!dirty) return;
      dirty = false;
      renderer.render(scene, camera);
      counts.rendered++;
    },
    pushFrame: (xyz, errorPx) => {
      if (!points) return;
      const n = Math.min(points.data.length, xyz.length);
      for (let i = 0; i < n; i++) points.data[i] = xyz[i];
      if (errorPx) for (let j = 0; j < Math.min(J, errorPx.length); j++) points.reprojectionErrorPx[j] = errorPx[j];
      shown = -1;
      setFrame(0);
      counts.pushed++;
    },
    counts,
    highlightCamera: (index: number) => {
      frustumMaterials.forEach((m, i) => m.color.setHex(i === index ? FRUSTUM_HIGHLIGHT : FRUSTUM_COLOR));
      dirty = true;
    },
    jointOnScreen: (joint: number) => {
      if (!points || joint < 0 || joint >= J || !valid[joint]) return null;
      projected.set(viewPos[joint * 3], viewPos[joint * 3 + 1], viewPos[joint * 3 + 2]).project(camera);
      const el = renderer.domElement;
      return [((projected.x + 1) / 2) * el.clientWidth, ((1 - projected.y) / 2) * el.clientHeight];
    },
  };
}
