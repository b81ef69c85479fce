// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
// \0vite/modulepreload-polyfill.js
(function polyfill() {
	const relList = document.createElement("link").relList;
	if (relList && relList.supports && relList.supports("modulepreload")) return;
	for (const link of document.querySelectorAll("link[rel=\"modulepreload\"]")) processPreload(link);
	new MutationObserver((mutations) => {
		for (const mutation of mutations) {
			if (mutation.type !== "childList") continue;
			for (const node of mutation.addedNodes) if (node.tagName === "LINK" && node.rel === "modulepreload") processPreload(node);
		}
	}).observe(document, {
		childList: true,
		subtree: true
	});
	function getFetchOpts(link) {
		const fetchOpts = {};
		if (link.integrity) fetchOpts.integrity = link.integrity;
		if (link.referrerPolicy) fetchOpts.referrerPolicy = link.referrerPolicy;
		if (link.crossOrigin === "use-credentials") fetchOpts.credentials = "include";
		else if (link.crossOrigin === "anonymous") fetchOpts.credentials = "omit";
		else fetchOpts.credentials = "same-origin";
		return fetchOpts;
	}
	function processPreload(link) {
		if (link.ep) return;
		link.ep = true;
		const fetchOpts = getFetchOpts(link);
		fetch(link.href, fetchOpts);
	}
})();
// src/core/personColours.ts
/** Distinct colours, cycled for more people than colours (hex RGB). */
var PERSON_COLOURS = [
	"#1f77b4",
	"#d62728",
	"#2ca02c",
	"#ff7f0e",
	"#9467bd",
	"#17becf",
	"#e377c2",
	"#8c564b",
	"#bcbd22",
	"#7f7f7f"
];
/** Colour of person `id` (1-based). */
var personColour = (id) => PERSON_COLOURS[(Math.max(1, Math.floor(id)) - 1) % PERSON_COLOURS.length];
// src/core/errors.ts
/**
* An error caused by the user's input (a missing file, a malformed calibration, a bad setting).
* The CLI prints its message as one line, without a stack trace. The message must name the
* file or setting and say what to do.
*/
var UserError = class extends Error {
	constructor(message) {
		super(oneLine(message));
		this.name = "UserError";
	}
};
/** `text` with line breaks and other control characters written as escapes (\n, \r, \u0000), so it prints as one line. */
function oneLine(text) {
	return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/g, (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
// src/detect/crop.ts
/** Axis-aligned box [xMin, yMin, xMax, yMax] of the keypoints scoring ≥ minScore, or undefined if fewer than minCount. */
function keypointBox(keypoints, minScore, minCount = 3) {
	let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, count = 0;
	for (let j = 0; j < keypoints.length; j += 3) {
		if (!(keypoints[j + 2] >= minScore)) continue;
		const x = keypoints[j], y = keypoints[j + 1];
		if (x < x0) x0 = x;
		if (x > x1) x1 = x;
		if (y < y0) y0 = y;
		if (y > y1) y1 = y;
		count++;
	}
	return count >= minCount ? [
		x0,
		y0,
		x1,
		y1
	] : void 0;
}
/**
* A square crop around a person's keypoints: centred on their box, side = padding × the box's
* longer side (keypoints stop at the ankles and eyes, so the body reaches past them), at least minSize.
*/
function cropAroundKeypoints(keypoints, opts = {}) {
	const box = keypointBox(keypoints, opts.minScore ?? .2);
	if (!box) return void 0;
	const [x0, y0, x1, y1] = box;
	const size = Math.max(x1 - x0, y1 - y0) * (opts.padding ?? 1.35);
	return {
		cx: (x0 + x1) / 2,
		cy: (y0 + y1) / 2,
		size: Math.max(size, opts.minSize ?? 32)
	};
}
/**
* A square crop centred on the mid-hip point, side = factor × the largest distance from it to a
* confident keypoint (BlazePose's own region of interest: the body circle around the hips).
* The default factor 2.2 was the best of 1.8 / 2.2 / 2.75 on the real recording (bench/detect.ts,
* multi-view reprojection error of BlazePose lite). Falls back to cropAroundKeypoints when a hip is not confident.
*/
function cropAroundHips(keypoints, hips, opts = {}) {
	const minScore = opts.minScore ?? .2;
	const [l, r] = hips;
	if (!(keypoints[l * 3 + 2] >= minScore && keypoints[r * 3 + 2] >= minScore)) return cropAroundKeypoints(keypoints, {
		minScore,
		padding: 1.35,
		minSize: opts.minSize
	});
	const cx = (keypoints[l * 3] + keypoints[r * 3]) / 2;
	const cy = (keypoints[l * 3 + 1] + keypoints[r * 3 + 1]) / 2;
	let reach = 0;
	for (let j = 0; j < keypoints.length; j += 3) if (keypoints[j + 2] >= minScore) reach = Math.max(reach, Math.hypot(keypoints[j] - cx, keypoints[j + 1] - cy));
	return {
		cx,
		cy,
		size: Math.max(reach * (opts.factor ?? 2.2), opts.minSize ?? 32)
	};
}
/**
* The rotation that makes a body upright in a crop: the mid-hip → mid-shoulder direction turned to
* point up (BlazePose's "incline"). Undefined when a hip or shoulder is not confident.
* ref: Bazarevsky et al., "BlazePose: On-device Real-time Body Pose tracking", CVPR Workshops 2020, §3
* (the detector predicts the mid-hip point, the circle around the body and the incline of the line
* from the mid-hip to the mid-shoulder point; the tracking RoI is aligned the same way); MediaPipe
* pose_landmarks_to_roi / pose_detection_to_roi graphs (AlignmentPointsRectsCalculator, target angle 90°).
*/
function bodyUprightRotationRad(keypoints, joints, minScore = .2) {
	const [lh, rh] = joints.hips, [ls, rs] = joints.shoulders;
	for (const j of [
		lh,
		rh,
		ls,
		rs
	]) if (!(keypoints[j * 3 + 2] >= minScore)) return void 0;
	const dx = (keypoints[ls * 3] + keypoints[rs * 3] - keypoints[lh * 3] - keypoints[rh * 3]) / 2;
	const dy = (keypoints[ls * 3 + 1] + keypoints[rs * 3 + 1] - keypoints[lh * 3 + 1] - keypoints[rh * 3 + 1]) / 2;
	if (dx === 0 && dy === 0) return void 0;
	return rotationFromUpVector(dx, dy);
}
/** The crop rotation whose "up" points along (dx, dy) in the frame (image y down). */
function rotationFromUpVector(dx, dy) {
	return Math.atan2(dx, -dy);
}
/**
* cropAroundHips, rotated so that the body stands upright in the crop (see bodyUprightRotationRad).
* The square's side is rotation-invariant (a circle around the hips), so only the angle is added;
* axis-aligned when the shoulders or hips are not confident.
*/
function rotatedCropAroundHips(keypoints, joints, opts = {}) {
	const crop = cropAroundHips(keypoints, joints.hips, opts);
	if (!crop) return void 0;
	const rotationRad = bodyUprightRotationRad(keypoints, joints, opts.minScore ?? .2);
	return rotationRad === void 0 ? crop : {
		...crop,
		rotationRad
	};
}
// src/detect/families/nms.ts
/** Intersection over union of two boxes (0 when they do not overlap or either is empty). */
function iou(a, b) {
	const iw = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
	const ih = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
	if (iw <= 0 || ih <= 0) return 0;
	const inter = iw * ih;
	const union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
	return union > 0 ? inter / union : 0;
}
/**
* Greedy NMS: candidates by falling score, each kept unless it overlaps a kept one by more than
* `iouThreshold`; at most `maxCount` kept. Returns the kept candidates (the input is not changed).
*/
function nonMaxSuppression(cands, iouThreshold, maxCount) {
	const sorted = [...cands].sort((p, q) => q.score - p.score);
	const kept = [];
	for (const c of sorted) {
		if (kept.length >= maxCount) break;
		if (!kept.some((k) => iou(k.box, c.box) > iouThreshold)) kept.push(c);
	}
	return kept;
}
// src/detect/families/ssdAnchors.ts
/** Anchor centres [x0, y0, x1, y1, …], normalised to the input, in the order the network emits them. */
function ssdAnchorCentres(o) {
	const out = [];
	const offset = o.offset ?? .5;
	for (let layer = 0; layer < o.strides.length;) {
		let last = layer;
		while (last < o.strides.length && o.strides[last] === o.strides[layer]) last++;
		const perCell = (last - layer) * o.anchorsPerLayer;
		const cells = Math.ceil(o.inputSize / o.strides[layer]);
		for (let y = 0; y < cells; y++) for (let x = 0; x < cells; x++) for (let a = 0; a < perCell; a++) out.push((x + offset) / cells, (y + offset) / cells);
		layer = last;
	}
	return Float32Array.from(out);
}
// src/detect/families/blazepose.ts
var BLAZEPOSE_NAMES = [
	"blazepose-lite",
	"blazepose-full",
	"blazepose-heavy"
];
var landmarkSpec = (name) => ({
	name,
	layout: "blazepose33",
	joints: 33,
	inputSize: 256,
	multiPerson: false,
	files: [name]
});
var specs$1 = [...BLAZEPOSE_NAMES.map(landmarkSpec), {
	name: "blazepose-detector",
	layout: "blazepose33",
	joints: 0,
	inputSize: 224,
	multiPerson: true,
	files: ["blazepose-detector"]
}];
var sigmoid = (x) => 1 / (1 + Math.exp(-x));
/** Values per anchor in the detector's output: score logit, box cx cy w h, 4 keypoints × (x, y). */
var DETECTOR_STRIDE = 13;
/**
* Decodes the person detector's raw output: per anchor a box and the alignment keypoints (hip centre,
* a point on the body circle). The region is the body circle around the hip centre (side = 2 × radius
* × 1.25), turned so that hip centre → circle point points up.
*/
function decodePoseDetections(v, o) {
	const size = o.inputSize;
	const cands = [];
	for (let a = 0; a * DETECTOR_STRIDE < v.length && a * 2 < o.anchors.length; a++) {
		const b = a * DETECTOR_STRIDE;
		const score = sigmoid(v[b]);
		if (score < (o.minScore ?? .5)) continue;
		const ax = o.anchors[a * 2], ay = o.anchors[a * 2 + 1];
		const cx = v[b + 1] / size + ax, cy = v[b + 2] / size + ay, w = v[b + 3] / size, h = v[b + 4] / size;
		const hx = v[b + 5] / size + ax, hy = v[b + 6] / size + ay;
		const rx = v[b + 7] / size + ax, ry = v[b + 8] / size + ay;
		const side = 2 * Math.hypot(rx - hx, ry - hy) * 1.25;
		cands.push({
			score,
			box: [
				cx - w / 2,
				cy - h / 2,
				cx + w / 2,
				cy + h / 2
			],
			region: [
				hx,
				hy,
				side
			],
			rotationRad: rotationFromUpVector(rx - hx, ry - hy)
		});
	}
	return nonMaxSuppression(cands, o.iouThreshold ?? .3, o.maxCount ?? 10).map((c) => ({
		keypoints: /* @__PURE__ */ new Float32Array(0),
		score: c.score,
		box: c.box,
		region: c.region,
		regionRotationRad: c.rotationRad
	}));
}
/**
* Moves each keypoint (normalised [x, y, score], in place) to the sigmoid-weighted mean position of
* its heatmap channel in a kernel×kernel window around it, when the window's peak is ≥ minConfidence.
* Positions are cell centres ((col + ½) / width); points off the heatmap are left as they are.
*/
function refineFromHeatmap(kp, hm, kernel = 7, minConfidence = .5) {
	const { data, height: H, width: W, channels: C } = hm;
	const half = kernel - 1 >> 1;
	const joints = Math.min(kp.length / 3, C);
	for (let j = 0; j < joints; j++) {
		const col = Math.floor(kp[j * 3] * W), row = Math.floor(kp[j * 3 + 1] * H);
		if (!(col >= 0 && col < W && row >= 0 && row < H)) continue;
		let sum = 0, sx = 0, sy = 0, peak = 0;
		for (let r = Math.max(0, row - half); r < Math.min(H, row + half + 1); r++) for (let c = Math.max(0, col - half); c < Math.min(W, col + half + 1); c++) {
			const w = sigmoid(data[(r * W + c) * C + j]);
			sum += w;
			sx += (c + .5) * w;
			sy += (r + .5) * w;
			if (w > peak) peak = w;
		}
		if (peak >= minConfidence && sum > 0) {
			kp[j * 3] = sx / sum / W;
			kp[j * 3 + 1] = sy / sum / H;
		}
	}
	return kp;
}
/** Landmarks the network gives beyond the 33 of the layout: 33 and 34 align the next frame's RoI. */
var LANDMARK_COUNT = 39;
/**
* Decodes the landmark model's outputs: ld_3d (39 × [x, y, z, visibility, presence] in input pixels),
* the person flag, and (optional) the heatmap refining x and y. Score per landmark = visibility × person flag.
*/
function decodePoseLandmarks(ld, personScore, inputSize, heatmap) {
	const all = /* @__PURE__ */ new Float32Array(117);
	for (let j = 0; j < LANDMARK_COUNT; j++) {
		all[j * 3] = ld[j * 5] / inputSize;
		all[j * 3 + 1] = ld[j * 5 + 1] / inputSize;
		all[j * 3 + 2] = sigmoid(ld[j * 5 + 3]) * personScore;
	}
	if (heatmap) refineFromHeatmap(all, heatmap);
	return {
		keypoints: all.slice(0, 99),
		score: personScore,
		auxiliary: all.slice(99, 105)
	};
}
/**
* MediaPipe's tracking RoI from the auxiliary landmarks (frame pixels, [x, y, score] × 2):
* centre on the first, side 2 × the distance to the second × 1.25, turned so that first → second points up.
*/
function roiFromAuxiliary(aux, scale = 1.25) {
	const dx = aux[3] - aux[0], dy = aux[4] - aux[1];
	const r = Math.hypot(dx, dy);
	if (!(r > 0)) return void 0;
	return {
		cx: aux[0],
		cy: aux[1],
		size: 2 * r * scale,
		rotationRad: rotationFromUpVector(dx, dy)
	};
}
/** Hip and shoulder joints of the 33-landmark layout (left, right). */
var TORSO = {
	hips: [23, 24],
	shoulders: [11, 12]
};
var blazepose = {
	id: "blazepose",
	specs: specs$1,
	decoder(spec, graph, tf) {
		const size = spec.inputSize;
		const float = new Float32Array(size * size * 3);
		if (spec.name === "blazepose-detector") {
			const anchors = ssdAnchorCentres({
				inputSize: size,
				strides: [
					8,
					16,
					32,
					32,
					32
				],
				anchorsPerLayer: 2
			});
			return async (input) => {
				for (let i = 0; i < input.length; i++) float[i] = input[i] / 127.5 - 1;
				const t = tf.tensor4d(float, [
					1,
					size,
					size,
					3
				]);
				const out = graph.execute(t);
				const v = await out.data();
				t.dispose();
				out.dispose();
				return decodePoseDetections(v, {
					anchors,
					inputSize: size
				});
			};
		}
		return async (input) => {
			for (let i = 0; i < input.length; i++) float[i] = input[i] / 255;
			const t = tf.tensor4d(float, [
				1,
				size,
				size,
				3
			]);
			const outputs = [
				"ld_3d",
				"output_poseflag",
				"world_3d",
				...[]
			];
			const [ld, flag, w3, hm] = graph.execute(t, outputs);
			const v = await ld.data();
			const personScore = (await flag.data())[0];
			const world = (await w3.data()).slice(0, spec.joints * 3);
			w3.dispose();
			let heatmap;
			if (hm) {
				const [, H, W, C] = hm.shape;
				heatmap = {
					data: await hm.data(),
					height: H,
					width: W,
					channels: C
				};
				hm.dispose();
			}
			t.dispose();
			ld.dispose();
			flag.dispose();
			return [{
				...decodePoseLandmarks(v, personScore, size, heatmap),
				world
			}];
		};
	},
	cropper: (spec) => {
		const aligned = spec.name !== "blazepose-lite";
		return (pose, minScore) => (aligned && pose.auxiliary ? roiFromAuxiliary(pose.auxiliary) : void 0) ?? rotatedCropAroundHips(pose.keypoints, TORSO, {
			minScore: Math.max(minScore, .5),
			factor: 2.2
		});
	},
	uprightCrops: true,
	defaultFinder: "movenet-lightning"
};
// src/detect/families/movenet.ts
var MOVENET_NAMES = [
	"movenet-lightning",
	"movenet-thunder",
	"movenet-multipose"
];
var specs = [
	{
		name: "movenet-lightning",
		layout: "coco17",
		joints: 17,
		inputSize: 192,
		multiPerson: false,
		files: ["movenet-lightning"]
	},
	{
		name: "movenet-thunder",
		layout: "coco17",
		joints: 17,
		inputSize: 256,
		multiPerson: false,
		files: ["movenet-thunder"]
	},
	{
		name: "movenet-multipose",
		layout: "coco17",
		joints: 17,
		inputSize: 256,
		multiPerson: true,
		files: ["movenet-multipose"]
	}
];
/** Decodes MoveNet's output vector (per person: joints × [y, x, score], then for MultiPose a box and score). */
function decodeMoveNet(v, spec) {
	const joints = spec.joints;
	const perPerson = spec.multiPerson ? 56 : joints * 3;
	const poses = [];
	for (let p = 0; p * perPerson < v.length; p++) {
		const base = p * perPerson;
		const kp = new Float32Array(joints * 3);
		let sum = 0;
		for (let j = 0; j < joints; j++) {
			kp[j * 3] = v[base + j * 3 + 1];
			kp[j * 3 + 1] = v[base + j * 3];
			kp[j * 3 + 2] = v[base + j * 3 + 2];
			sum += kp[j * 3 + 2];
		}
		if (spec.multiPerson) {
			const b = base + joints * 3;
			poses.push({
				keypoints: kp,
				score: v[b + 4],
				box: [
					v[b + 1],
					v[b],
					v[b + 3],
					v[b + 2]
				]
			});
		} else poses.push({
			keypoints: kp,
			score: sum / joints
		});
	}
	return poses;
}
// src/detect/families/registry.ts
var MODEL_FAMILIES = [{
	id: "movenet",
	specs,
	decoder(spec, graph, tf) {
		const size = spec.inputSize;
		const int32 = new Int32Array(size * size * 3);
		return async (input) => {
			int32.set(input);
			const t = tf.tensor4d(int32, [
				1,
				size,
				size,
				3
			], "int32");
			const out = graph.execute(t);
			const v = await out.data();
			t.dispose();
			out.dispose();
			return decodeMoveNet(v, spec);
		};
	},
	cropper: (_spec, padding) => (pose, minScore) => cropAroundKeypoints(pose.keypoints, {
		padding,
		minScore
	})
}, blazepose];
/** The family that runs model `name`, and its spec. */
function familyOf(name) {
	for (const family of MODEL_FAMILIES) {
		const spec = family.specs.find((s) => s.name === name);
		if (spec) return {
			family,
			spec
		};
	}
}
/** familyOf, or a UserError naming the models there are. */
function requireFamily(name, known) {
	const found = familyOf(name);
	if (!found) throw new UserError(`unknown pose model "${name}"; choose one of ${known.join(", ")}`);
	return found;
}
// src/detect/modelSpecs.ts
/**
* Two models in one: the first's body (COCO-17) and the second's heels and big toes, hung on the first's
* ankles (fuseFeet.ts); layout coco17feet. See docs/models.md.
*/
var FUSED_MODELS = { "movenet-lightning+blazepose-full": {
	body: "movenet-lightning",
	feet: "blazepose-full"
} };
var FUSED_NAMES = Object.keys(FUSED_MODELS);
var MODEL_NAMES = [
	...MOVENET_NAMES,
	...BLAZEPOSE_NAMES,
	...FUSED_NAMES
];
/** Whole-frame person finders used to start tracks (not keypoint models on their own). */
var FINDER_NAMES = [
	"movenet-lightning",
	"movenet-multipose",
	"blazepose-detector"
];
Object.fromEntries(MODEL_FAMILIES.flatMap((f) => f.specs.map((s) => [s.name, s])));
/** The network(s) a model name runs: one, or a body model and a feet model (FUSED_MODELS). */
function modelParts(name) {
	return FUSED_MODELS[name] ?? { body: name };
}
/**
* The whole-frame finder to use with a pose model by default (the family's choice). Single-person
* MoveNet searches with itself (on the whole frame and on overlapping tiles when several people are
* wanted); BlazePose with MoveNet Lightning. MultiPose is available on request.
*/
function defaultFinder(model, _maxPersons) {
	const { family, spec } = requireFamily(modelParts(model).body, MODEL_NAMES);
	if (spec.multiPerson) return void 0;
	return family.defaultFinder;
}
/** The finder model the [detect] settings ask for (undefined: the pose model does its own whole-frame pass). */
function resolveFinder(settings) {
	if (settings.finder === "same" || settings.finder === settings.model || settings.finder === modelParts(settings.model).body) return void 0;
	if (settings.finder === "auto") return defaultFinder(settings.model, settings.max_persons);
	return settings.finder;
}
// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
var Cached = class {
	constructor(getter) {
		this._getter = getter;
		this._value = void 0;
	}
	get value() {
		const getter = this._getter;
		if (getter !== void 0) {
			this._value = getter();
			this._getter = void 0;
		}
		return this._value;
	}
};
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
	const ratio = val / step;
	const roundedRatio = Math.round(ratio);
	const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
	if (Math.abs(ratio - roundedRatio) < tolerance) return 0;
	return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
/**
* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
*
* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
*/
function rawShape(def) {
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
	return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
	Object.defineProperty(target, key, {
		get() {
			const value = getter();
			assignProp(this, key, value);
			return value;
		},
		enumerable: true,
		configurable: true
	});
}
function putProp(target, key, value) {
	if (key in target) assignProp(target, key, value);
	else target[key] = value;
}
/**
* Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
*
* A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
*/
function mirrorShape(target, source, keys, wrap) {
	const raw = sourceShape(source);
	for (const key of keys) {
		const desc = Object.getOwnPropertyDescriptor(raw, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => {
			const value = source._zod.def.shape[key];
			return wrap ? wrap(value, key) : value;
		});
		else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
	}
}
function mirrorProps(target, source) {
	for (const key of Reflect.ownKeys(source)) {
		const desc = Object.getOwnPropertyDescriptor(source, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => source[key]);
		else putProp(target, key, desc.value);
	}
}
function mergeDefs(...defs) {
	const mergedDescriptors = {};
	for (const def of defs) {
		const descriptors = Object.getOwnPropertyDescriptors(def);
		Object.assign(mergedDescriptors, descriptors);
	}
	return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
	return JSON.stringify(str);
}
function slugify(input) {
	return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__*/ cached(() => {
	if (globalConfig.jitless) return false;
	if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
	try {
		new Function("");
		return true;
	} catch (_) {
		return false;
	}
});
function isPlainObject(o) {
	if (isObject(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
var propertyKeyTypes = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
var NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
	safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
	const newShape = {};
	mirrorShape(newShape, schema, maskedKeys(schema, mask));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function maskedKeys(schema, mask) {
	const raw = sourceShape(schema);
	const keys = [];
	for (const key of Reflect.ownKeys(mask)) {
		if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
		if (mask[key]) keys.push(key);
	}
	return keys;
}
function omit(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
	const omitted = new Set(maskedKeys(schema, mask));
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function extend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) {
		const existingShape = sourceShape(schema);
		for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
	mirrorProps(newShape, shape);
	return newShape;
}
function safeExtend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
	if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	const newShape = {};
	mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
	mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
	return clone(a, mergeDefs(a._zod.def, {
		shape: newShape,
		get catchall() {
			return b._zod.def.catchall;
		},
		checks: b._zod.def.checks ?? []
	}));
}
function partial(Class, schema, mask, name = "partial") {
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
		type: "optional",
		innerType: value
	})));
	return clone(schema, mergeDefs(schema._zod.def, {
		shape: newShape,
		checks: []
	}));
}
function required(Class, schema, mask) {
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
		type: "nonoptional",
		innerType: value
	}));
	return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
/* @__NO_SIDE_EFFECTS__ */
function derived(computes, table) {
	for (const key in computes) {
		const compute = computes[key];
		Object.defineProperty(table, key, {
			configurable: true,
			enumerable: true,
			get() {
				return own(this, key, compute(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	return table;
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
	configurable: true,
	get() {
		broke = true;
	}
};
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
var CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
	const fn = () => value;
	fn[CONSTANT_CATCH] = true;
	return fn;
}
// node_modules/zod/v4/core/core.js
var _a$2;
var _zodDesc = {
	value: void 0,
	enumerable: false
};
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
var $ZodAsyncError = class extends Error {
	constructor() {
		super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
	}
};
var $ZodEncodeError = class extends Error {
	constructor(name) {
		super(`Encountered unidirectional transform during encode: ${name}`);
		this.name = "ZodEncodeError";
	}
};
(_a$2 = globalThis).__zod_globalConfig ?? (_a$2.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
// node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
var _messageDesc = {
	get: _getMessage,
	set: _setMessage,
	enumerable: true,
	configurable: true
};
var _issuesDesc = {
	value: void 0,
	enumerable: false
};
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer$1 = (inst, def) => {
	inst.name = "$ZodError";
	_issuesDesc.value = def;
	Object.defineProperty(inst, "issues", _issuesDesc);
	_issuesDesc.value = void 0;
	Object.defineProperty(inst, "message", _messageDesc);
	const proto = Object.getPrototypeOf(inst);
	if (!_installedToString.has(proto)) {
		_installedToString.add(proto);
		Object.defineProperty(proto, "toString", {
			configurable: true,
			enumerable: false,
			get() {
				const value = () => this.message;
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
};
var $ZodError = /* @__PURE__ */ $constructor("$ZodError", initializer$1);
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
* ("toString", "constructor") would otherwise read through to the prototype, and assigning
* "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
	if (!Object.prototype.hasOwnProperty.call(obj, key)) {
		if (key === "__proto__") Object.defineProperty(obj, key, {
			value: make(),
			writable: true,
			enumerable: true,
			configurable: true
		});
		else obj[key] = make();
	}
	return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
	const fieldErrors = {};
	const formErrors = [];
	for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
	else formErrors.push(mapper(sub));
	return {
		formErrors,
		fieldErrors
	};
}
function formatError(error, mapper = (issue) => issue.message) {
	const fieldErrors = { _errors: [] };
	const processError = (error, path = []) => {
		for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
		else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else {
			const fullpath = [...path, ...issue.path];
			if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
			else {
				let curr = fieldErrors;
				let i = 0;
				while (i < fullpath.length) {
					const el = fullpath[i];
					const terminal = i === fullpath.length - 1;
					if (el === "_errors") {
						if (terminal) curr._errors.push(mapper(issue));
						i++;
						continue;
					}
					if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
						value: { _errors: [] },
						enumerable: true,
						writable: true,
						configurable: true
					});
					const node = curr[el];
					if (terminal) node._errors.push(mapper(issue));
					curr = node;
					i++;
				}
			}
		}
	};
	processError(error);
	return fieldErrors;
}
// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
	return {
		callee: params?.callee ?? callee,
		Err: params?.Err
	};
}
var _parse = (_Err) => {
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		if (result.issues.length) {
			const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, _params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
var _parseAsync = (_Err) => {
	const fn = async (schema, value, _ctx, params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		if (result.issues.length) {
			const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: false
	} : { async: false };
	const result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true
	} : { async: true };
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
	const validator = schema._zod.bag.validator;
	if (validator !== void 0) {
		if (validator(value) !== COMPILE_INVALID) return true;
		if (validator.definite === true && _ctx === void 0) return false;
	}
	return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
	const ctx = _ctx ? {
		..._ctx,
		async: false,
		abortEarly: true
	} : {
		async: false,
		abortEarly: true
	};
	const fallbackRun = schema._zod.bag.fallbackRun;
	let result;
	if (fallbackRun) {
		ctx[COMPILE_FALLBACK] = true;
		result = fallbackRun({
			value,
			issues: []
		}, ctx);
	} else result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length === 0;
}
var validateAsync$1 = async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true,
		abortEarly: true
	} : {
		async: true,
		abortEarly: true
	};
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length === 0;
};
var _encode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return parse(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _decode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		return parse(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _encodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return await parseAsync(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _decodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
	return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
	return _safeParseAsync(_Err)(schema, value, _ctx);
};
// node_modules/zod/v4/core/regexes.js
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
	return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
*
* @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
var uuid = (version) => {
	if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
	return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
	return new RegExp(_emoji$1, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
var date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
	return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number$1 = /^-?\d+(?:\.\d+)?$/;
var boolean$1 = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;
// node_modules/zod/v4/core/checks.js
var $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
	var _a;
	inst._zod ?? (inst._zod = {});
	inst._zod.def = def;
	(_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
var _whenHasLength = (payload) => {
	const val = payload.value;
	return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
	number: "number",
	bigint: "bigint",
	object: "date"
};
var $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_big",
			maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_small",
			minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMultipleOf = /*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
		if (typeof payload.value === "bigint" ? def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : floatSafeRemainder(payload.value, def.value) === 0) return;
		payload.issues.push({
			origin: typeof payload.value,
			code: "not_multiple_of",
			divisor: def.value,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
	$ZodCheck.init(inst, def);
	def.format = def.format || "float64";
	const isInt = def.format?.includes("int");
	const origin = isInt ? "int" : "number";
	const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
	inst._zod.check = (payload) => {
		const input = payload.value;
		if (isInt) {
			if (!Number.isInteger(input)) {
				payload.issues.push({
					expected: origin,
					format: def.format,
					code: "invalid_type",
					continue: false,
					input,
					inst
				});
				return;
			}
			if (!Number.isSafeInteger(input)) {
				if (input > 0) payload.issues.push({
					input,
					code: "too_big",
					maximum: Number.MAX_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				else payload.issues.push({
					input,
					code: "too_small",
					minimum: Number.MIN_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				return;
			}
		}
		if (input < minimum) payload.issues.push({
			origin: "number",
			input,
			code: "too_small",
			minimum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
		if (input > maximum) payload.issues.push({
			origin: "number",
			input,
			code: "too_big",
			maximum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_big",
			maximum: def.maximum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_small",
			minimum: def.minimum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
		if (length === def.length) return;
		const origin = getLengthableOrigin(input);
		const tooBig = length > def.length;
		payload.issues.push({
			origin,
			...tooBig ? {
				code: "too_big",
				maximum: def.length
			} : {
				code: "too_small",
				minimum: def.length
			},
			inclusive: true,
			exact: true,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
	var _a, _b;
	$ZodCheck.init(inst, def);
	if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: def.format,
			input: payload.value,
			...def.pattern ? { pattern: def.pattern.toString() } : {},
			inst,
			continue: !def.abort
		});
	});
	else (_b = inst._zod).check ?? (_b.check = () => {});
});
var $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: payload.value,
			pattern: def.pattern.toString(),
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
	def.pattern ?? (def.pattern = lowercase);
	$ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
	def.pattern ?? (def.pattern = uppercase);
	$ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
	$ZodCheck.init(inst, def);
	const escapedRegex = escapeRegex(def.includes);
	def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
	inst._zod.check = (payload) => {
		if (payload.value.includes(def.includes, def.position)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: def.includes,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.startsWith(def.prefix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: def.prefix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.endsWith(def.suffix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: def.suffix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		payload.value = def.tx(payload.value);
	};
});
// node_modules/zod/v4/core/doc.js
var Doc = class {
	constructor(args = [], closed = {}) {
		this.content = [];
		this.indent = 0;
		this.args = args;
		this.closed = closed;
	}
	indented(fn) {
		this.indent += 1;
		try {
			fn(this);
		} finally {
			this.indent -= 1;
		}
	}
	write(arg) {
		if (typeof arg === "function") {
			arg(this, { execution: "sync" });
			arg(this, { execution: "async" });
			return;
		}
		const lines = arg.split("\n").filter((x) => x);
		const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
		const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
		for (const line of dedented) this.content.push(line);
	}
	compile() {
		const F = Function;
		const content = this?.content ?? [``];
		return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
	}
};
// node_modules/zod/v4/core/versions.js
var version = {
	major: 4,
	minor: 6,
	patch: 7
};
// node_modules/zod/v4/core/schemas.js
var $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
	var _a;
	inst ?? (inst = {});
	inst._zod.def = def;
	inst._zod.bag = inst._zod.bag || {};
	inst._zod.version = version;
	const defChecks = inst._zod.def.checks;
	const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
	for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
	if (checks.length === 0) {
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred?.push(() => {
			inst._zod.run = inst._zod.parse;
		});
	} else {
		const runChecks = (payload, checks, ctx) => {
			if (payload.memo) return payload;
			let isAborted = aborted(payload);
			let asyncResult;
			for (const ch of checks) {
				if (ch._zod.def.when) {
					if (explicitlyAborted(payload)) continue;
					if (!ch._zod.def.when(payload)) continue;
				} else if (isAborted) continue;
				const currLen = payload.issues.length;
				const _ = ch._zod.check(payload);
				if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
				if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
					await _;
					if (payload.issues.length === currLen) return;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				});
				else {
					if (payload.issues.length === currLen) continue;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				}
			}
			if (asyncResult) return asyncResult.then(() => {
				return payload;
			});
			return payload;
		};
		const handleCanaryResult = (canary, payload, ctx) => {
			if (aborted(canary)) {
				canary.aborted = true;
				return canary;
			}
			const checkResult = runChecks(payload, checks, ctx);
			if (checkResult instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
			}
			return inst._zod.parse(checkResult, ctx);
		};
		inst._zod.run = (payload, ctx) => {
			if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
			if (ctx.direction === "backward") {
				const canary = inst._zod.parse({
					value: payload.value,
					issues: []
				}, {
					...ctx,
					skipChecks: true
				});
				if (canary instanceof Promise) return canary.then((canary) => {
					return handleCanaryResult(canary, payload, ctx);
				});
				return handleCanaryResult(canary, payload, ctx);
			}
			const result = inst._zod.parse(payload, ctx);
			if (result instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return result.then((result) => runChecks(result, checks, ctx));
			}
			return runChecks(result, checks, ctx);
		};
	}
}, {
	get "~standard"() {
		return hide(this, "~standard", standardProps(this));
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	}
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
var $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = def.pattern ?? anyString;
	inst._zod.parse = (payload, _) => {
		if (def.coerce) try {
			payload.value = String(payload.value);
		} catch (_) {}
		if (typeof payload.value === "string") return payload;
		payload.issues.push({
			expected: "string",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
var $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	$ZodString.init(inst, def);
});
var $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
	def.pattern ?? (def.pattern = guid);
	$ZodStringFormat.init(inst, def);
});
var $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
	if (def.version) {
		const v = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[def.version];
		if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
		def.pattern ?? (def.pattern = uuid(v));
	} else def.pattern ?? (def.pattern = uuid());
	$ZodStringFormat.init(inst, def);
});
var $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
	def.pattern ?? (def.pattern = email);
	$ZodStringFormat.init(inst, def);
});
function canParseURL(input) {
	try {
		if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
		new URL(input);
		return true;
	} catch {
		return false;
	}
}
function validateURL(trimmed, def) {
	if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
	return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
	if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
	try {
		if (typeof URL !== "undefined") {
			const URLStatic = URL;
			if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
		}
		return new URL(trimmed);
	} catch {
		return 2;
	}
}
var asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
	return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
	hostname.lastIndex = 0;
	return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
	protocol.lastIndex = 0;
	return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		try {
			const trimmed = payload.value.trim();
			const url = validateURL(trimmed, def);
			if (url === 1) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === 2) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === true) {
				payload.value = stripTabAndNewline(trimmed);
				return;
			}
			if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: def.hostname.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: def.protocol.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
			return;
		} catch (_) {
			payload.issues.push({
				code: "invalid_format",
				format: "url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		}
	};
});
var $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
	def.pattern ?? (def.pattern = emoji());
	$ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
	if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
	def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
	$ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
	def.pattern ?? (def.pattern = cuid);
	$ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
	def.pattern ?? (def.pattern = cuid2);
	$ZodStringFormat.init(inst, def);
});
var $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
	def.pattern ?? (def.pattern = ulid);
	$ZodStringFormat.init(inst, def);
});
var $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
	def.pattern ?? (def.pattern = xid);
	$ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
	def.pattern ?? (def.pattern = ksuid);
	$ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
	def.pattern ?? (def.pattern = datetime(def));
	$ZodStringFormat.init(inst, def);
});
var $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
	def.pattern ?? (def.pattern = date);
	$ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
	def.pattern ?? (def.pattern = time(def));
	$ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
	def.pattern ?? (def.pattern = duration);
	$ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
	def.pattern ?? (def.pattern = ipv4);
	$ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
	if (!ipv6Alphabet.test(value)) return false;
	return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
	def.pattern ?? (def.pattern = ipv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidIPv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv4);
	$ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
	const parts = value.split("/");
	if (parts.length !== 2) return false;
	const [address, prefix] = parts;
	if (!prefix) return false;
	const prefixNum = Number(prefix);
	if (`${prefixNum}` !== prefix) return false;
	if (prefixNum < 0 || prefixNum > 128) return false;
	return isValidIPv6(address);
}
var $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidCIDRv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
function isValidBase64(data) {
	if (data === "") return true;
	if (/\s/.test(data)) return false;
	if (data.length % 4 !== 0) return false;
	try {
		atob(data);
		return true;
	} catch {
		return false;
	}
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
	def.pattern ?? (def.pattern = base64Charset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
	if (!base64urlCharset.test(data)) return false;
	const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
	return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
}
var $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
	def.pattern ?? (def.pattern = base64urlCharset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64URL(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
	def.pattern ?? (def.pattern = e164);
	$ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
	try {
		const tokensParts = token.split(".");
		if (tokensParts.length !== 3) return false;
		const [header] = tokensParts;
		if (!header) return false;
		const parsedHeader = JSON.parse(atob(header));
		if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
		if (!parsedHeader.alg) return false;
		if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
		return true;
	} catch {
		return false;
	}
}
var $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidJWT(payload.value, def.alg)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = number$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Number(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
		const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
		payload.issues.push({
			expected: "number",
			code: "invalid_type",
			input,
			inst,
			...received ? { received } : {}
		});
		return payload;
	};
});
var $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
	$ZodCheckNumberFormat.init(inst, def);
	$ZodNumber.init(inst, def);
});
var $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = boolean$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Boolean(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "boolean") return payload;
		payload.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
var $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload) => payload;
});
var $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		payload.issues.push({
			expected: "never",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
var $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				expected: "array",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
		const proms = [];
		const abortEarly = ctx?.abortEarly;
		for (let i = 0; i < input.length; i++) {
			const item = input[i];
			const result = def.element._zod.run({
				value: item,
				issues: []
			}, ctx);
			if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
			else {
				handleArrayResult(result, payload, i);
				if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
			}
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
	capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
var $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
	$ZodType.init(inst, def);
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	const sh = desc?.get ? desc.get.raw : def.shape ?? {};
	if (sh) {
		const get = () => {
			const newSh = { ...sh };
			Object.defineProperty(def, "shape", { value: newSh });
			get.raw = newSh;
			return newSh;
		};
		get.raw = sh;
		Object.defineProperty(def, "shape", { get });
	}
	const _normalized = cached(() => normalizeDef(def));
	defineLazyInternal(inst, "propValues", (zod) => {
		const shape = zod.def.shape;
		const propValues = {};
		for (const key in shape) {
			const field = shape[key]._zod;
			if (field.values) {
				if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
				for (const v of field.values) propValues[key].add(v);
				if (field.optin !== void 0) propValues[key].add(void 0);
			}
		}
		return propValues;
	});
	const isObject$1 = isObject;
	const catchall = def.catchall;
	let value;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$1(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
		const proms = [];
		const shape = value.shape;
		const abortEarly = ctx?.abortEarly;
		let seen = payload.issues.length;
		for (const key of value.allKeys) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (key === "__proto__") continue;
			const el = shape[key];
			const optin = el._zod.optin;
			const optout = el._zod.optout;
			const r = el._zod.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
		return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
	};
});
var $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
	$ZodObject.init(inst, def);
	const superParse = inst._zod.parse;
	const _normalized = cached(() => normalizeDef(def));
	const memo = globalConfig.memoizer;
	const generateFastpass = (shape) => {
		const normalized = _normalized.value;
		const syms = normalized.symbolKeys;
		const doc = new Doc(["payload", "ctx"], {
			shape,
			inst,
			memo,
			syms
		});
		const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
		const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		doc.write(`const input = payload.value;`);
		const ids = Object.create(null);
		let counter = 0;
		for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
		doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
		for (const key of normalized.allKeys) {
			if (key === "__proto__") continue;
			const id = ids[key];
			const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
			const isPresent = `${k} in input`;
			const schema = shape[key];
			const optin = schema?._zod?.optin;
			const isOptionalIn = optin !== void 0;
			const isOptionalOut = schema?._zod?.optout === "optional";
			doc.write(`const ${id} = ${parseStr(k)};`);
			if (isOptionalIn && isOptionalOut) {
				const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
				doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
			} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
			else {
				doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
				if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
				else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
			}
		}
		doc.write(`payload.value = newResult;`);
		doc.write(`return payload;`);
		return doc.compile();
	};
	let fastpass;
	const isObject$2 = isObject;
	const jit = !globalConfig.jitless;
	const fastEnabled = jit && allowsEval.value;
	const catchall = def.catchall;
	let value;
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject$2(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
			if (!fastpass) fastpass = generateFastpass(def.shape);
			payload = fastpass(payload, ctx);
			if (!catchall) return payload;
			return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
		}
		return superParse(payload, ctx);
	};
});
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
var $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
	defineLazyInternal(inst, "values", (zod) => {
		if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		if (zod.def.options.every((o) => o._zod.pattern)) {
			const patterns = zod.def.options.map((o) => o._zod.pattern);
			return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
		}
	});
	const first = def.options.length === 1 ? def.options[0]._zod.run : null;
	inst._zod.parse = (payload, ctx) => {
		if (first) return first(payload, ctx);
		let async = false;
		const results = [];
		for (const option of def.options) {
			const result = option._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) {
				results.push(result);
				async = true;
			} else {
				if (result.issues.length === 0) return result;
				results.push(result);
			}
		}
		if (!async) return handleUnionResults(results, payload, inst, ctx);
		return Promise.all(results).then((results) => {
			return handleUnionResults(results, payload, inst, ctx);
		});
	};
});
var $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		const left = def.left._zod.run({
			value: input,
			issues: []
		}, ctx);
		const right = def.right._zod.run({
			value: input,
			issues: []
		}, ctx);
		if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
			return handleIntersectionResults(payload, left, right);
		});
		return handleIntersectionResults(payload, left, right);
	};
});
function mergeValues(a, b) {
	if (a === b) return {
		valid: true,
		data: a
	};
	if (a instanceof Date && b instanceof Date && +a === +b) return {
		valid: true,
		data: a
	};
	if (isPlainObject(a) && isPlainObject(b)) {
		const bKeys = Object.keys(b);
		const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
		const newObj = {
			...a,
			...b
		};
		if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
		for (const key of sharedKeys) {
			if (key === "__proto__") continue;
			const sharedValue = mergeValues(a[key], b[key]);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
			};
			newObj[key] = sharedValue.data;
		}
		return {
			valid: true,
			data: newObj
		};
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return {
			valid: false,
			mergeErrorPath: []
		};
		const newArray = [];
		for (let index = 0; index < a.length; index++) {
			const itemA = a[index];
			const itemB = b[index];
			const sharedValue = mergeValues(itemA, itemB);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
			};
			newArray.push(sharedValue.data);
		}
		return {
			valid: true,
			data: newArray
		};
	}
	return {
		valid: false,
		mergeErrorPath: []
	};
}
function handleIntersectionResults(result, left, right) {
	const unrecKeys = /* @__PURE__ */ new Map();
	let unrecIssue;
	const keyIssues = /* @__PURE__ */ new Map();
	const collect = (iss, side) => {
		let keys;
		if (iss.code === "unrecognized_keys" && !iss.path?.length) {
			unrecIssue ?? (unrecIssue = iss);
			keys = iss.keys;
		} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
			const k = String(iss.path[0]);
			if (!keyIssues.has(k)) keyIssues.set(k, iss);
			keys = [k];
		} else return false;
		for (const k of keys) {
			if (!unrecKeys.has(k)) unrecKeys.set(k, {});
			unrecKeys.get(k)[side] = true;
		}
		return true;
	};
	for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
	for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
	const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
	if (bothKeys.length) {
		const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
		if (aggregated.length) result.issues.push({
			...unrecIssue,
			keys: aggregated
		});
		for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
	}
	const merged = mergeValues(left.value, right.value);
	if (!merged.valid) {
		if (aborted(result)) return result;
		throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
	}
	result.value = merged.data;
	return result;
}
var $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
	$ZodType.init(inst, def);
	const items = def.items;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				input,
				inst,
				expected: "tuple",
				code: "invalid_type"
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
		const proms = [];
		const optinStart = getTupleOptStart(items, "optin");
		const optoutStart = getTupleOptStart(items, "optout");
		if (!def.rest) {
			if (input.length < optinStart) {
				payload.issues.push({
					code: "too_small",
					minimum: optinStart,
					inclusive: true,
					input,
					inst,
					origin: "array"
				});
				return payload;
			}
			if (input.length > items.length) payload.issues.push({
				code: "too_big",
				maximum: items.length,
				inclusive: true,
				input,
				inst,
				origin: "array"
			});
		}
		const itemResults = new Array(items.length);
		const abortEarly = def.rest ? ctx?.abortEarly : void 0;
		let itemAborted = false;
		for (let i = 0; i < items.length; i++) {
			const r = items[i]._zod.run({
				value: input[i],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((rr) => {
				itemResults[i] = rr;
			}));
			else {
				itemResults[i] = r;
				if (abortEarly && !itemAborted && r.issues.length) itemAborted = aborted(r);
			}
		}
		if (def.rest && !itemAborted) {
			let i = items.length - 1;
			const rest = input.slice(items.length);
			let seen = payload.issues.length;
			for (const el of rest) {
				if (abortEarly && payload.issues.length !== seen) {
					if (aborted(payload, seen)) break;
					seen = payload.issues.length;
				}
				i++;
				const result = def.rest._zod.run({
					value: el,
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((r) => handleTupleResult(r, payload, i)));
				else handleTupleResult(result, payload, i);
			}
		}
		if (proms.length) return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
		return handleTupleResults(itemResults, payload, items, input, optoutStart);
	};
});
function getTupleOptStart(items, key) {
	for (let i = items.length - 1; i >= 0; i--) if (!(key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional")) return i + 1;
	return 0;
}
function handleTupleResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
	for (let i = 0; i < items.length; i++) {
		const r = itemResults[i];
		const isPresent = i < input.length;
		if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
			final.value.length = i;
			break;
		}
		if (r.issues.length) {
			if (!isPresent && i >= optoutStart) {
				final.value.length = i;
				break;
			}
			final.issues.push(...prefixIssues(i, r.issues));
		}
		final.value[i] = r.value;
	}
	for (let i = final.value.length - 1; i >= input.length; i--) if (items[i]._zod.optout === "optional" && final.value[i] === void 0) final.value.length = i;
	else break;
	return final;
}
var $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!isPlainObject(input)) {
			payload.issues.push({
				expected: "record",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		const proms = [];
		const values = def.keyType._zod.values;
		if (values && !def.partial) {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const recordKeys = /* @__PURE__ */ new Set();
			for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
				recordKeys.add(typeof key === "number" ? key.toString() : key);
				if (key === "__proto__") continue;
				const keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (keyResult.issues.length) {
					payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			let unrecognized;
			for (const key in input) if (!recordKeys.has(key)) {
				if (def.mode === "loose") {
					if (key === "__proto__") continue;
					payload.value[key] = input[key];
				} else {
					unrecognized = unrecognized ?? [];
					unrecognized.push(key);
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		} else {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			let unrecognized;
			for (const key of Reflect.ownKeys(input)) {
				if (key === "__proto__") continue;
				if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
				let keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (typeof key === "string" && number$1.test(key) && keyResult.issues.length) {
					const retryResult = def.keyType._zod.run({
						value: Number(key),
						issues: []
					}, ctx);
					if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (retryResult.issues.length === 0) keyResult = retryResult;
				}
				if (keyResult.issues.length) {
					if (def.mode === "loose") payload.value[key] = input[key];
					else if (values) {
						unrecognized = unrecognized ?? [];
						unrecognized.push(key);
					} else payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
});
var $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
	$ZodType.init(inst, def);
	const values = getEnumValues(def.entries);
	const valuesSet = new Set(values);
	inst._zod.values = valuesSet;
	defineLazyInternal(inst, "pattern", (zod) => {
		const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
		return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (valuesSet.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values,
			input,
			inst
		});
		return payload;
	};
});
var $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
	$ZodType.init(inst, def);
	const values = new Set(def.values);
	inst._zod.values = values;
	defineLazyInternal(inst, "pattern", (zod) => {
		const vals = zod.def.values;
		return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (values.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values: def.values,
			input,
			inst
		});
		return payload;
	};
});
var $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "optional";
	globalConfig.memoizer?.guard(inst);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		const _out = def.transform(payload.value, payload);
		if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
			payload.value = output;
			return payload;
		});
		if (_out instanceof Promise) throw new $ZodAsyncError();
		payload.value = _out;
		return payload;
	};
});
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
var $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	inst._zod.optout = "optional";
	defineLazyInternal(inst, "values", (zod) => {
		const values = zod.def.innerType._zod.values;
		return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === void 0) {
			if (def.innerType._zod.optin !== "defaulted") return payload;
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
			return handleOptionalResult(payload, result);
		}
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
	inst._zod.parse = (payload, ctx) => {
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
	});
	defineLazyInternal(inst, "values", (zod) => {
		return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === null) return payload;
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) {
			payload.value = def.defaultValue;
			/**
			* $ZodDefault returns the default value immediately in forward direction.
			* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
			return payload;
		}
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
		return handleDefaultResult(result, def);
	};
});
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
var $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) payload.value = def.defaultValue;
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => {
		const v = zod.def.innerType._zod.values;
		return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
		return handleNonOptionalResult(result, inst);
	};
});
function handleNonOptionalResult(payload, inst) {
	if (!payload.issues.length && payload.value === void 0) payload.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: payload.value,
		inst
	});
	return payload;
}
function handleCatchResult(payload, result, def, ctx) {
	if (!result.issues.length) {
		payload.value = result.value;
		if (result.memo) payload.memo = true;
		return payload;
	}
	payload.value = def.catchValue({
		...result,
		value: payload.value,
		error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
		input: payload.value
	});
	return payload;
}
var $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run({
			value: payload.value,
			issues: []
		}, ctx);
		if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
		return handleCatchResult(payload, result, def, ctx);
	};
});
var $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") {
			const right = def.out._zod.run(payload, ctx);
			if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
			return handlePipeResult(right, def.in, ctx);
		}
		const left = def.in._zod.run(payload, ctx);
		if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
		return handlePipeResult(left, def.out, ctx);
	};
});
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
var $ZodPreprocess = /*@__PURE__*/ $constructor("$ZodPreprocess", (inst, def) => {
	$ZodPipe.init(inst, def);
});
var $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then(handleReadonlyResult);
		return handleReadonlyResult(result);
	};
});
function handleReadonlyResult(payload) {
	if (!payload.memo) payload.value = Object.freeze(payload.value);
	return payload;
}
var $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
	$ZodCheck.init(inst, def);
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _) => {
		return payload;
	};
	inst._zod.check = (payload) => {
		const input = payload.value;
		const r = def.fn(input);
		if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
		handleRefineResult(r, payload, input, inst);
	};
});
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
	constructor() {
		super(`Cannot parse a reference cycle that closes through a transform`);
		this.name = "ZodCyclicError";
	}
};
/** Keyed off the context object every schema in one parse call already shares. */
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
var recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
var handoff;
var open = [];
var memo = {
	alloc(_inst, payload, empty) {
		const bucket = handoff;
		if (!bucket) return empty;
		handoff = void 0;
		const entry = {
			value: empty,
			issues: null
		};
		bucket.set(payload.value, entry);
		open.push(entry);
		return empty;
	},
	guard(inst) {
		var _a;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
				return base(payload, ctx);
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	},
	attach(inst) {
		var _a;
		let isRecursiveInst;
		let rechecked = false;
		let lastCtx;
		let lastBucket;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (isRecursiveInst === void 0) {
					const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
					if (walked === NONE) {
						inst._zod.parse = base;
						if (inst._zod.run === wrapped) inst._zod.run = base;
						return base(payload, ctx);
					}
					if (walked === PROVEN || rechecked) isRecursiveInst = true;
					else rechecked = true;
				}
				const input = payload.value;
				if (!isRef(input)) return base(payload, ctx);
				let state = ctx[STATE];
				if (!state) {
					state = {
						buckets: /* @__PURE__ */ new WeakMap(),
						backEdges: void 0
					};
					ctx[STATE] = state;
				}
				let bucket;
				if (lastCtx === ctx) bucket = lastBucket;
				else {
					bucket = bucketFor(state, inst);
					lastCtx = ctx;
					lastBucket = bucket;
				}
				const hit = bucket.get(input);
				if (hit) {
					payload.value = hit.value;
					if (hit.issues) {
						if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
					} else {
						payload.memo = true;
						state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
						state.backEdges.add(hit.value);
					}
					return payload;
				}
				handoff = bucket;
				const depth = open.length;
				const result = base(payload, ctx);
				handoff = void 0;
				const entry = open.length > depth ? open.pop() : void 0;
				if (result instanceof Promise) return result.then((r) => {
					if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
					return r;
				});
				if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
				return result;
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	}
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
	return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
// node_modules/zod/v4/locales/en.js
var error = () => {
	const Sizable = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function getSizing(origin) {
		return Sizable[origin] ?? null;
	}
	const FormatDictionary = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	};
	const TypeDictionary = { nan: "NaN" };
	function getTypeName(type, input) {
		if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
		return TypeDictionary[type] ?? type;
	}
	return (issue) => {
		switch (issue.code) {
			case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
			case "invalid_value":
				if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
				return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
			case "too_big": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
				return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
			}
			case "too_small": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
				return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
			}
			case "invalid_format": {
				const _issue = issue;
				if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
				if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
				if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
				if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
				return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${issue.origin}`;
			case "invalid_union":
				if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
				if (issue.inclusive === false) return "Invalid input: more than one option matched";
				return "Invalid input";
			case "invalid_element": return `Invalid value in ${issue.origin}`;
			default: return `Invalid input`;
		}
	};
};
function en_default() {
	return { localeError: error() };
}
// node_modules/zod/v4/core/registries.js
var _a$1;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry() {
	return new $ZodRegistry();
}
(_a$1 = globalThis).__zod_globalRegistry ?? (_a$1.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
	return new Class({
		type: "string",
		format: "email",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
	return new Class({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v4",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v6",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v7",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
	return new Class({
		type: "string",
		format: "url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
	return new Class({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
	return new Class({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link _cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
	return new Class({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
	return new Class({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
	return new Class({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
	return new Class({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
	return new Class({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
	return new Class({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
	return new Class({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
	return new Class({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
	return new Class({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
	return new Class({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
	return new Class({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
	return new Class({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
	return new Class({
		type: "string",
		format: "duration",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
	return new $ZodCheckMultipleOf({
		check: "multiple_of",
		...normalizeParams(params),
		value
	});
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
	return new $ZodCheckLengthEquals({
		check: "length_equals",
		...normalizeParams(params),
		length
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
	return new $ZodCheckLowerCase({
		check: "string_format",
		format: "lowercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
	return new $ZodCheckUpperCase({
		check: "string_format",
		format: "uppercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
	return new $ZodCheckIncludes({
		check: "string_format",
		format: "includes",
		...normalizeParams(params),
		includes
	});
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
	return new $ZodCheckStartsWith({
		check: "string_format",
		format: "starts_with",
		...normalizeParams(params),
		prefix
	});
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
	return new $ZodCheckEndsWith({
		check: "string_format",
		format: "ends_with",
		...normalizeParams(params),
		suffix
	});
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
	return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
	return new Class({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$2) => {
			if (typeof issue$2 === "string") payload.issues.push(issue(issue$2, payload.value, ch._zod.def));
			else {
				const _issue = issue$2;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
/**
* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
* custom JSON Schema was written into `json`, in which case the caller must not write its own.
*/
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
* an annotation like `description` — makes a member unfoldable, so a constraint this does not
* understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
var FOLDABLE_KEYS = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]);
var UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			assignProp(properties, key, parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts });
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
* closed object members reject each other's keys and the schema validates nothing. Zod's parser
* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
* into one object is the encoding that says so on every target.
*
* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
* keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) {
		if (ctx.target === "draft-2020-12") result.$defs = defs;
		else result.definitions = defs;
	}
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
/**
* Creates a toJSONSchema method for a schema instance.
* This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
*/
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
	const ctx = initializeContext({
		...params,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
	const { libraryOptions, target } = params ?? {};
	const ctx = initializeContext({
		...libraryOptions ?? {},
		target,
		io,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
	if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
};
var narrowMax = (agg, key, value) => {
	if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
};
var narrowBoth = (agg, value) => {
	narrowMin(agg, "minimum", value);
	narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
	agg.multipleOf ?? (agg.multipleOf = []);
	if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
	agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
	agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
	agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
	agg.format = format;
	if (format.includes("int")) agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
	setFormat(agg, def.format);
	const [minimum, maximum] = ranges[def.format];
	narrowMin(agg, "minimum", minimum);
	narrowMax(agg, "maximum", maximum);
};
var contributors = {
	greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
	less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
	multiple_of: (agg, def) => addDivisor(agg, def.value),
	number_format: formatContributor(NUMBER_FORMAT_RANGES),
	bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
	min_length: minContributor,
	max_length: maxContributor,
	length_equals: (agg, def) => narrowBoth(agg, def.length),
	min_size: minContributor,
	max_size: maxContributor,
	size_equals: (agg, def) => narrowBoth(agg, def.size),
	string_format: (agg, def) => {
		setFormat(agg, def.format);
		if (def.pattern) addPattern(agg, def.pattern);
		if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
		if (def.local || def.precision === -1) agg.laxFormat = true;
	},
	mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
var formatMap = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
};
var exactPatterns = /* @__PURE__ */ new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
	const json = _json;
	json.type = "string";
	const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minLength = minimum;
	if (typeof maximum === "number") json.maxLength = maximum;
	if (format) {
		json.format = formatMap[format] ?? format;
		if (json.format === "") delete json.format;
		if (format === "time" || laxFormat) delete json.format;
	}
	if (contentEncoding) json.contentEncoding = contentEncoding;
	if (patterns && patterns.size > 0) {
		const patternList = [...patterns].map(exactPattern);
		if (patternList.length === 1) json.pattern = patternList[0].source;
		else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
			...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: regex.source
		}))];
	}
};
var numberProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
	json.type = isInt ? "integer" : "number";
	const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
	const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
	const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
	if (exMin) {
		if (legacy) {
			json.minimum = exclusiveMinimum;
			json.exclusiveMinimum = true;
		} else json.exclusiveMinimum = exclusiveMinimum;
	} else if (typeof minimum === "number") json.minimum = minimum;
	if (exMax) {
		if (legacy) {
			json.maximum = exclusiveMaximum;
			json.exclusiveMaximum = true;
		} else json.exclusiveMaximum = exclusiveMaximum;
	} else if (typeof maximum === "number") json.maximum = maximum;
	if (multipleOf) {
		const divisors = /* @__PURE__ */ new Set();
		for (const divisor of multipleOf) if (Number.isFinite(divisor) && divisor !== 0) divisors.add(Math.abs(divisor));
		else handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
		const [first, ...rest] = divisors;
		if (first !== void 0) json.multipleOf = first;
		if (rest.length) json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
	}
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
	json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
	json.not = {};
};
var enumProcessor = (schema, _ctx, json, _params) => {
	const def = schema._zod.def;
	const values = getEnumValues(def.entries);
	if (values.length === 0) {
		json.not = {};
		return;
	}
	if (values.every((v) => typeof v === "number")) json.type = "number";
	if (values.every((v) => typeof v === "string")) json.type = "string";
	json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	if (def.values.length === 0) {
		json.not = {};
		return;
	}
	const vals = [];
	for (const val of def.values) if (val === void 0) {
		if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof val === "bigint") {
		if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
		vals.push(Number(val));
	} else vals.push(val);
	if (vals.length === 0) {} else if (vals.length === 1) {
		const val = vals[0];
		json.type = val === null ? "null" : typeof val;
		if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") json.enum = [val];
		else json.const = val;
	} else {
		if (vals.every((v) => typeof v === "number")) json.type = "number";
		if (vals.every((v) => typeof v === "string")) json.type = "string";
		if (vals.every((v) => typeof v === "boolean")) json.type = "boolean";
		if (vals.every((v) => v === null)) json.type = "null";
		json.enum = vals;
	}
};
var customProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
	json.type = "array";
	json.items = processSchema(def.element, ctx, {
		...params,
		path: [...params.path, "items"]
	});
};
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const shape = def.shape;
	if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
	json.type = "object";
	json.properties = {};
	for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
		...params,
		path: [
			...params.path,
			"properties",
			key
		]
	}));
	const requiredKeys = [];
	for (const key of Object.keys(shape)) {
		const field = def.shape[key];
		if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
	}
	if (requiredKeys.length > 0) json.required = requiredKeys;
	if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
	else if (!def.catchall) {
		if (ctx.io === "output") json.additionalProperties = false;
	} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
		...params,
		path: [...params.path, "additionalProperties"]
	});
};
var unionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const isExclusive = def.inclusive === false;
	const options = def.options.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			isExclusive ? "oneOf" : "anyOf",
			i
		]
	}));
	if (isExclusive) json.oneOf = options;
	else json.anyOf = options;
};
var intersectionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const a = processSchema(def.left, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			0
		]
	});
	const b = processSchema(def.right, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			1
		]
	});
	const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
	const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
	json.allOf = allOf;
	ctx.intersections.push(allOf);
};
var tupleProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	json.type = "array";
	const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
	const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
	const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			prefixPath,
			i
		]
	}));
	const rest = def.rest ? processSchema(def.rest, ctx, {
		...params,
		path: [
			...params.path,
			restPath,
			...ctx.target === "openapi-3.0" ? [def.items.length] : []
		]
	}) : null;
	let minItems = def.items.length;
	while (minItems > 0) {
		const item = def.items[minItems - 1];
		if (!(ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional")) break;
		minItems--;
	}
	const maxItems = def.items.length;
	const isClosed = !def.rest;
	if (ctx.target === "draft-2020-12") {
		json.prefixItems = prefixItems;
		if (isClosed) json.items = false;
		else if (rest) json.items = rest;
		if (minItems > 0) json.minItems = minItems;
		if (isClosed) json.maxItems = maxItems;
	} else if (ctx.target === "openapi-3.0") {
		json.items = { anyOf: prefixItems };
		if (rest) json.items.anyOf.push(rest);
		if (minItems > 0) json.minItems = minItems;
		if (isClosed) json.maxItems = maxItems;
	} else {
		json.items = prefixItems;
		if (isClosed) json.additionalItems = false;
		else if (rest) json.additionalItems = rest;
		if (minItems > 0) json.minItems = minItems;
		if (isClosed) json.maxItems = maxItems;
	}
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
* numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
* behind a wrapper only carries its own `type` before then, and a union key only has its branches.
*
* A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
* than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
* exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
* accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
* outright. */
function stringifyKeyNames(bySchema, json, visited) {
	if (json.$ref) {
		if (visited.has(json)) return json;
		visited.add(json);
		const def = bySchema.get(json)?.def;
		if (!def) return json;
		const inlined = stringifyKeyNames(bySchema, def, visited);
		return inlined === def ? json : inlined;
	}
	for (const keyword of ["anyOf", "oneOf"]) {
		const branches = json[keyword];
		if (!Array.isArray(branches)) continue;
		const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
		if (mapped.some((branch, i) => branch !== branches[i])) json = {
			...json,
			[keyword]: mapped
		};
	}
	const types = Array.isArray(json.type) ? json.type : [json.type];
	const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
	const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
	if (!numericType && !values?.some((v) => typeof v === "number")) return json;
	const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
	if (rest.enum) rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
	else if (typeof rest.const === "number") rest.const = String(rest.const);
	if (!numericType) return rest;
	rest.type = "string";
	if (!values) rest.pattern = (types.includes("number") ? number$1 : integer).source;
	return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
	const bySchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.values()) if (entry.def && !bySchema.has(entry.schema)) bySchema.set(entry.schema, entry);
	const rewrites = /* @__PURE__ */ new Map();
	for (const record of pendingRecords.get(ctx) ?? []) {
		const seen = ctx.seen.get(record);
		const names = (seen?.def ?? seen?.schema)?.propertyNames;
		if (!names || names === true || rewrites.has(names)) continue;
		const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
		if (rewritten !== names) rewrites.set(names, rewritten);
	}
	if (!rewrites.size) return;
	for (const entry of ctx.seen.values()) for (const carrier of [entry.schema, entry.def]) {
		const rewritten = carrier && rewrites.get(carrier.propertyNames);
		if (rewritten) carrier.propertyNames = rewritten;
	}
}
var recordProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	json.type = "object";
	const keyType = def.keyType;
	const patterns = aggregateChecks(keyType).patterns;
	if (def.mode === "loose" && patterns && patterns.size > 0) {
		const valueSchema = processSchema(def.valueType, ctx, {
			...params,
			path: [
				...params.path,
				"patternProperties",
				"*"
			]
		});
		json.patternProperties = {};
		for (const pattern of patterns) assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
	} else {
		if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
			json.propertyNames = processSchema(def.keyType, ctx, {
				...params,
				path: [...params.path, "propertyNames"]
			});
			let pending = pendingRecords.get(ctx);
			if (!pending) {
				pending = [];
				pendingRecords.set(ctx, pending);
				ctx.deferred.push(() => rewriteKeyNames(ctx));
			}
			pending.push(schema);
		}
		json.additionalProperties = processSchema(def.valueType, ctx, {
			...params,
			path: [...params.path, "additionalProperties"]
		});
	}
	const keyValues = keyType._zod.values;
	const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
	if (keyValues && !def.partial && !omittableOnInput) {
		const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
		if (validKeyValues.length > 0) json.required = validKeyValues.map(String);
	}
};
var nullableProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const inner = processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	if (ctx.target === "openapi-3.0") {
		seen.ref = def.innerType;
		json.nullable = true;
	} else json.anyOf = [inner, { type: "null" }];
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
* A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
* unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
var UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	if (ctx.io !== "input") return;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	let catchValue;
	try {
		catchValue = def.catchValue(void 0);
	} catch {
		handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	const inIsTransform = def.in._zod.traits.has("$ZodTransform");
	const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
var initializer = (inst, issues) => {
	$ZodError.init(inst, issues);
	inst.name = "ZodError";
	const proto = Object.getPrototypeOf(inst);
	if (_installedErrorProtos.has(proto)) return;
	_installedErrorProtos.add(proto);
	_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
	_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
	_lazyMethod(proto, "addIssue", (self) => (issue) => {
		self.issues.push(issue);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	_lazyMethod(proto, "addIssues", (self) => (issues) => {
		self.issues.push(...issues);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	Object.defineProperty(proto, "isEmpty", {
		configurable: true,
		enumerable: false,
		get() {
			return this.issues.length === 0;
		}
	});
};
var ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, void 0, { Parent: Error });
// node_modules/zod/v4/classic/parse.js
var parse$1 = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
var ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
	_ensureDefaultLocale();
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
	return inst;
}, {
	check(...chks) {
		const def = this.def;
		return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
			check: ch,
			def: { check: "custom" },
			onattach: []
		} } : ch)] }), { parent: true });
	},
	with(...chks) {
		return this.check(...chks);
	},
	clone(def, params) {
		return clone(this, def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	refine(check, params) {
		return this.check(refine(check, params));
	},
	superRefine(refinement, params) {
		return this.check(superRefine(refinement, params));
	},
	overwrite(fn) {
		return this.check(/* @__PURE__ */ _overwrite(fn));
	},
	optional() {
		return optional(this);
	},
	exactOptional() {
		return exactOptional(this);
	},
	nullable() {
		return nullable(this);
	},
	nullish() {
		return optional(nullable(this));
	},
	nonoptional(params) {
		return nonoptional(this, params);
	},
	array() {
		return array(this);
	},
	or(arg) {
		return union([this, arg]);
	},
	and(arg) {
		return intersection(this, arg);
	},
	transform(tx) {
		return pipe(this, transform(tx));
	},
	default(d) {
		return _default(this, d);
	},
	prefault(d) {
		return prefault(this, d);
	},
	catch(params) {
		return _catch(this, params);
	},
	pipe(target) {
		return pipe(this, target);
	},
	readonly() {
		return readonly(this);
	},
	describe(description) {
		const cl = this.clone();
		globalRegistry.add(cl, { description });
		return cl;
	},
	meta(...args) {
		if (args.length === 0) return globalRegistry.get(this);
		const cl = this.clone();
		globalRegistry.add(cl, args[0]);
		return cl;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	},
	get "~standard"() {
		return hide(this, "~standard", {
			...standardProps(this),
			jsonSchema: {
				input: createStandardJSONSchemaMethod(this, "input"),
				output: createStandardJSONSchemaMethod(this, "output")
			}
		});
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	},
	parse: function _parse(data, params) {
		return parse$1(this, data, params, { callee: _parse });
	},
	parseAsync: async function _parseAsync(data, params) {
		return await parseAsync(this, data, params, { callee: _parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	async safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(value) {
		own(this, "spa", value);
	},
	validate(data, params) {
		return validate(this, data, params);
	},
	validateAsync(data, params) {
		return validateAsync$1(this, data, params);
	},
	encode: function _encode(data, params) {
		return encode(this, data, params, { callee: _encode });
	},
	decode: function _decode(data, params) {
		return decode(this, data, params, { callee: _decode });
	},
	encodeAsync: async function _encodeAsync(data, params) {
		return await encodeAsync(this, data, params, { callee: _encodeAsync });
	},
	decodeAsync: async function _decodeAsync(data, params) {
		return await decodeAsync(this, data, params, { callee: _decodeAsync });
	},
	safeEncode(data, params) {
		return safeEncode(this, data, params);
	},
	safeDecode(data, params) {
		return safeDecode(this, data, params);
	},
	async safeEncodeAsync(data, params) {
		return safeEncodeAsync(this, data, params);
	},
	async safeDecodeAsync(data, params) {
		return safeDecodeAsync(this, data, params);
	},
	toJSONSchema(params) {
		return createToJSONSchemaMethod(this, {})(params);
	},
	get description() {
		return globalRegistry.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
});
/** @internal */
var _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, /*@__PURE__*/ derived({
	format: (inst) => aggregateChecks(inst).format ?? null,
	minLength: (inst) => aggregateChecks(inst).minimum ?? null,
	maxLength: (inst) => aggregateChecks(inst).maximum ?? null
}, {
	regex(...args) {
		return this.check(/* @__PURE__ */ _regex(...args));
	},
	includes(...args) {
		return this.check(/* @__PURE__ */ _includes(...args));
	},
	startsWith(...args) {
		return this.check(/* @__PURE__ */ _startsWith(...args));
	},
	endsWith(...args) {
		return this.check(/* @__PURE__ */ _endsWith(...args));
	},
	min(...args) {
		return this.check(/* @__PURE__ */ _minLength(...args));
	},
	max(...args) {
		return this.check(/* @__PURE__ */ _maxLength(...args));
	},
	length(...args) {
		return this.check(/* @__PURE__ */ _length(...args));
	},
	nonempty(...args) {
		return this.check(/* @__PURE__ */ _minLength(1, ...args));
	},
	lowercase(params) {
		return this.check(/* @__PURE__ */ _lowercase(params));
	},
	uppercase(params) {
		return this.check(/* @__PURE__ */ _uppercase(params));
	},
	trim() {
		return this.check(/* @__PURE__ */ _trim());
	},
	normalize(...args) {
		return this.check(/* @__PURE__ */ _normalize(...args));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ _toLowerCase());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ _toUpperCase());
	},
	slugify() {
		return this.check(/* @__PURE__ */ _slugify());
	}
}));
var ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	_ZodString.init(inst, def);
}, {
	email(params) {
		return this.check(/* @__PURE__ */ _email(ZodEmail, params));
	},
	url(params) {
		return this.check(/* @__PURE__ */ _url(ZodURL, params));
	},
	jwt(params) {
		return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
	},
	emoji(params) {
		return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
	},
	guid(params) {
		return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
	},
	uuid(params) {
		return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
	},
	uuidv4(params) {
		return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
	},
	uuidv6(params) {
		return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
	},
	uuidv7(params) {
		return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
	},
	nanoid(params) {
		return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
	},
	cuid(params) {
		return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
	},
	cuid2(params) {
		return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
	},
	ulid(params) {
		return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
	},
	base64(params) {
		return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
	},
	base64url(params) {
		return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
	},
	xid(params) {
		return this.check(/* @__PURE__ */ _xid(ZodXID, params));
	},
	ksuid(params) {
		return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
	},
	ipv4(params) {
		return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
	},
	ipv6(params) {
		return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
	},
	cidrv4(params) {
		return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
	},
	cidrv6(params) {
		return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
	},
	e164(params) {
		return this.check(/* @__PURE__ */ _e164(ZodE164, params));
	},
	datetime(params) {
		return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
	},
	date(params) {
		return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
	},
	time(params) {
		return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
	},
	duration(params) {
		return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
	}
});
function string(params) {
	return /* @__PURE__ */ _string(ZodString, params);
}
var ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	_ZodString.init(inst, def);
});
var ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
	$ZodISODateTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
	$ZodISODate.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
	$ZodISOTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
	$ZodISODuration.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
	$ZodEmail.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
	$ZodGUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
	$ZodUUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
	$ZodURL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
	$ZodEmoji.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
	$ZodNanoID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
	$ZodCUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
	$ZodCUID2.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
	$ZodULID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
	$ZodXID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
	$ZodKSUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
	$ZodIPv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
	$ZodIPv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
	$ZodCIDRv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
	$ZodCIDRv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
	$ZodBase64.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
	$ZodBase64URL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
	$ZodE164.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
	$ZodJWT.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
	inst.isFinite = true;
}, /*@__PURE__*/ derived({
	minValue: (inst) => {
		const { minimum, exclusiveMinimum } = aggregateChecks(inst);
		return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
	},
	maxValue: (inst) => {
		const { maximum, exclusiveMaximum } = aggregateChecks(inst);
		return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
	},
	isInt: (inst) => {
		const { isInt, multipleOf } = aggregateChecks(inst);
		return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
	},
	format: (inst) => aggregateChecks(inst).format ?? null
}, {
	gt(value, params) {
		return this.check(/* @__PURE__ */ _gt(value, params));
	},
	gte(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	min(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	lt(value, params) {
		return this.check(/* @__PURE__ */ _lt(value, params));
	},
	lte(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	max(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	int(params) {
		return this.check(int(params));
	},
	safe(params) {
		return this.check(int(params));
	},
	positive(params) {
		return this.check(/* @__PURE__ */ _gt(0, params));
	},
	nonnegative(params) {
		return this.check(/* @__PURE__ */ _gte(0, params));
	},
	negative(params) {
		return this.check(/* @__PURE__ */ _lt(0, params));
	},
	nonpositive(params) {
		return this.check(/* @__PURE__ */ _lte(0, params));
	},
	multipleOf(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	step(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	finite() {
		return this;
	}
}));
function number(params) {
	return /* @__PURE__ */ _number(ZodNumber, params);
}
var ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodNumber.init(inst, def);
});
function int(params) {
	return /* @__PURE__ */ _int(ZodNumberFormat, params);
}
var ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodBoolean, params);
}
var ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
	$ZodUnknown.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => void 0;
});
function unknown() {
	return /* @__PURE__ */ _unknown(ZodUnknown);
}
var ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
	return /* @__PURE__ */ _never(ZodNever, params);
}
var ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodArray.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
	inst.element = def.element;
}, {
	min(n, params) {
		return this.check(/* @__PURE__ */ _minLength(n, params));
	},
	nonempty(params) {
		return this.check(/* @__PURE__ */ _minLength(1, params));
	},
	max(n, params) {
		return this.check(/* @__PURE__ */ _maxLength(n, params));
	},
	length(n, params) {
		return this.check(/* @__PURE__ */ _length(n, params));
	},
	unwrap() {
		return this.element;
	}
});
function array(element, params) {
	return /* @__PURE__ */ _array(ZodArray, element, params);
}
var ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodObjectJIT.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
	keyof() {
		return _enum(Object.keys(this._zod.def.shape));
	},
	catchall(catchall) {
		return this.clone(mergeDefs(this._zod.def, { catchall }));
	},
	passthrough() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	loose() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	strict() {
		return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
	},
	strip() {
		return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
	},
	extend(incoming) {
		return extend(this, incoming);
	},
	safeExtend(incoming) {
		return safeExtend(this, incoming);
	},
	merge(other) {
		return merge(this, other);
	},
	pick(mask) {
		return pick(this, mask);
	},
	omit(mask) {
		return omit(this, mask);
	},
	partial(...args) {
		return partial(ZodOptional, this, args[0]);
	},
	exactPartial(...args) {
		return partial(ZodExactOptional, this, args[0], "exactPartial");
	},
	required(...args) {
		return required(ZodNonOptional, this, args[0]);
	}
});
function object(shape, params) {
	return new ZodObject({
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	});
}
var ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
	inst.options = def.options;
});
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
var ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
	$ZodIntersection.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
var ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodTuple.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
	rest(rest) {
		return this.clone({
			...this._zod.def,
			rest
		});
	},
	partial() {
		const def = this._zod.def;
		if (def.checks?.length) throw new Error(".partial() cannot be used on tuple schemas containing refinements");
		return this.clone({
			...def,
			items: def.items.map((item) => new ZodOptional({
				type: "optional",
				innerType: item
			}))
		});
	}
});
function tuple(items, _paramsOrRest, _params) {
	const hasRest = _paramsOrRest instanceof $ZodType;
	return new ZodTuple({
		type: "tuple",
		items,
		rest: hasRest ? _paramsOrRest : null,
		...normalizeParams(hasRest ? _params : _paramsOrRest)
	});
}
var ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodRecord.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
	inst.keyType = def.keyType;
	inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
	if (!valueType || !valueType._zod) return new ZodRecord({
		type: "record",
		keyType: string(),
		valueType: keyType,
		...normalizeParams(valueType)
	});
	return new ZodRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params)
	});
}
var ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
	inst.enum = def.entries;
	inst.options = [...inst._zod.values];
	const keys = new Set(Object.keys(def.entries));
	inst.extract = (values, params) => {
		const newEntries = {};
		for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
	inst.exclude = (values, params) => {
		const newEntries = { ...def.entries };
		for (const value of values) if (keys.has(value)) delete newEntries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
});
function _enum(values, params) {
	return new ZodEnum({
		type: "enum",
		entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values,
		...normalizeParams(params)
	});
}
var ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
	inst.values = new Set(def.values);
	Object.defineProperty(inst, "value", { get() {
		if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return def.values[0];
	} });
});
function literal(value, params) {
	return new ZodLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
var ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodTransform.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
	inst._zod.parse = (payload, _ctx) => {
		if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = inst);
				payload.issues.push(issue(_issue));
			}
		};
		const output = def.transform(payload.value, payload);
		if (output instanceof Promise) return output.then((output) => {
			payload.value = output;
			return payload;
		});
		payload.value = output;
		return payload;
	};
});
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
var ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
var ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
	$ZodExactOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
var ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
	$ZodNullable.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
var ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
	$ZodPrefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
	$ZodNonOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
var ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
	$ZodCatch.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
var ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
	inst.in = def.in;
	inst.out = def.out;
});
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
var ZodPreprocess = /*@__PURE__*/ $constructor("ZodPreprocess", (inst, def) => {
	ZodPipe.init(inst, def);
	$ZodPreprocess.init(inst, def);
});
var ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
	$ZodReadonly.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
var ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
function preprocess(fn, schema) {
	return new ZodPreprocess({
		type: "pipe",
		in: transform(fn),
		out: schema
	});
}
// src/core/stats.ts
/** The q-quantile (0 ≤ q ≤ 1) of values already sorted ascending, interpolating linearly; NaN when empty. */
function quantileOfSorted(v, q) {
	if (!v.length) return NaN;
	const pos = (v.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
/** The finite values of xs, sorted ascending, in a typed array (`into` reused when given, e.g. for millions of values). */
function sortedFinite(xs, into = new Float64Array(xs.length)) {
	let n = 0;
	for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i])) into[n++] = xs[i];
	return into.subarray(0, n).sort();
}
/** The q-quantile of the finite values of xs (definition 7); NaN when there are none. Does not reorder xs. */
function quantile(xs, q) {
	return quantileOfSorted(sortedFinite(xs), q);
}
/**
* The median of the finite values of xs: the middle value, or the mean of the middle two for an
* even count, computed as (a + b) / 2 (so it can differ from quantile(xs, 0.5), which interpolates,
* in the last bit); NaN when there are none.
*/
function median(xs) {
	const v = sortedFinite(xs);
	return medianOfSorted(v, v.length);
}
/** The median of v[0..n), already sorted ascending (mean of the middle two as (a + b) / 2); NaN when n is 0. */
function medianOfSorted(v, n) {
	if (n <= 0) return NaN;
	const m = n >> 1;
	return n % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
/**
* The upper median of the finite values of xs: the middle value for an odd count, the higher of the
* middle two for an even one (an observed value, never an average); NaN when there are none.
*/
function upperMedian(xs) {
	const v = sortedFinite(xs);
	return v.length ? v[v.length >> 1] : NaN;
}
/**
* The k-th smallest (0-based) of buf[0..n), found by selection without sorting or allocating: it
* reorders buf[0..n) so that buf[0..k) ≤ buf[k] ≤ buf(k..n). For hot loops over a reused buffer.
* buf[0..n) must hold no NaN (the caller gathers values); 0 ≤ k < n. -0 and 0 count as equal (a sort
* orders them), so a zero result may differ from a sort's in its sign only.
* ref: C. A. R. Hoare, "Algorithm 65: FIND", Communications of the ACM 4(7), 1961 (partition-based
*      selection; the two-index partition as in N. Wirth, "Algorithms + Data Structures = Programs", 1976).
*/
function selectInPlace(buf, n, k) {
	let lo = 0;
	let hi = n - 1;
	while (lo < hi) {
		const pivot = buf[lo + hi >> 1];
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (buf[i] < pivot) i++;
			while (buf[j] > pivot) j--;
			if (i <= j) {
				const t = buf[i];
				buf[i] = buf[j];
				buf[j] = t;
				i++;
				j--;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else break;
	}
	return buf[k];
}
/**
* The median of buf[0..n) (mean of the middle two for an even count, as `median`), reordering
* buf[0..n) in place and allocating nothing; NaN when n is 0. buf[0..n) must hold no NaN.
*/
function medianInPlace(buf, n) {
	if (n <= 0) return NaN;
	const k = n >> 1;
	const hi = selectInPlace(buf, n, k);
	if (n % 2) return hi;
	let lo = buf[0];
	for (let i = 1; i < k; i++) if (buf[i] > lo) lo = buf[i];
	return (lo + hi) / 2;
}
/** The upper median of buf[0..n) (as `upperMedian`), reordering buf[0..n) in place; NaN when n is 0. buf[0..n) must hold no NaN. */
function upperMedianInPlace(buf, n) {
	return n > 0 ? selectInPlace(buf, n, n >> 1) : NaN;
}
// node_modules/smol-toml/dist/error.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function getLineColFromPtr(string, ptr) {
	let lines = string.slice(0, ptr).split(/\r?\n/);
	return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
	let lines = string.split(/\r?\n/);
	let codeblock = "";
	let numberLen = (Math.log10(line + 1) | 0) + 1;
	for (let i = line - 1; i <= line + 1; i++) {
		let l = lines[i - 1];
		if (!l) continue;
		codeblock += i.toString().padEnd(numberLen, " ");
		codeblock += ":  ";
		codeblock += l;
		codeblock += "\n";
		if (i === line) {
			codeblock += " ".repeat(numberLen + column + 2);
			codeblock += "^\n";
		}
	}
	return codeblock;
}
var TomlError = class TomlError extends Error {
	line;
	column;
	codeblock;
	constructor(message, options) {
		const [line, column] = getLineColFromPtr(options.toml, options.ptr);
		const codeblock = makeCodeBlock(options.toml, line, column);
		super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
		this.line = line;
		this.column = column;
		this.codeblock = codeblock;
	}
	/** @internal */
	static x(message, ctx, ptr) {
		throw new TomlError(message, {
			toml: ctx.s,
			ptr: ptr ?? ctx.p
		});
	}
};
// node_modules/smol-toml/dist/primitive.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
/** @internal */
function parseString(ctx) {
	let startPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p++);
	let first = c;
	let isLiteral = c === 39;
	let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
	if (isMultiline) {
		if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10) ctx.p++;
		else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) ctx.p += 2;
	}
	let parsed = "";
	let sliceStart = ctx.p;
	let state = 0;
	for (; ctx.p < ctx.s.length; ctx.p++) {
		c = ctx.s.charCodeAt(ctx.p);
		if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) state = state && 3;
		else if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in strings", ctx);
		else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
			if (isMultiline) {
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
			}
			if (!state) {
				let s = ctx.s.slice(sliceStart, ctx.p);
				parsed = parsed ? parsed + s : s;
			}
			ctx.p += isMultiline ? 3 : 1;
			return parsed;
		} else if (!state) {
			if (!isLiteral && c === 92) {
				parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
				state = 1;
			}
		} else if (state === 1) {
			if (c === 120 || c === 117 || c === 85) {
				let errPtr = ctx.p++ - 1;
				let value = 0;
				let len = c === 120 ? 2 : c === 117 ? 4 : 8;
				for (let j = 0; j < len; j++, ctx.p++) {
					let hex = ctx.s.charCodeAt(ctx.p);
					let digit = hex >= 48 && hex <= 57 ? hex - 48 : hex >= 65 && hex <= 70 ? hex - 65 + 10 : hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1;
					if (digit < 0) TomlError.x("invalid non-hex character in unicode escape", ctx);
					value = value << 4 | digit;
				}
				if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) TomlError.x("invalid unicode escape", ctx, errPtr);
				parsed += String.fromCodePoint(value);
				sliceStart = ctx.p--;
				state = 0;
			} else if (isMultiline && (c === 32 || c === 9)) state = 2;
			else {
				if (c === 98) parsed += "\b";
				else if (c === 116) parsed += "	";
				else if (c === 110) parsed += "\n";
				else if (c === 102) parsed += "\f";
				else if (c === 114) parsed += "\r";
				else if (c === 101) parsed += "\x1B";
				else if (c === 34) parsed += "\"";
				else if (c === 92) parsed += "\\";
				else TomlError.x("unrecognised escape sequence", ctx);
				sliceStart = ctx.p + 1;
				state = 0;
			}
		} else if (c !== 32 && c !== 9) {
			if (state === 2) TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
			state = !isLiteral && c === 92 ? 1 : 0;
			sliceStart = ctx.p;
		}
	}
	TomlError.x("unfinished string", ctx, startPtr);
}
// node_modules/smol-toml/dist/date.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class TomlDate extends Date {
	#hasDate = false;
	#hasTime = false;
	#offset = null;
	constructor(date, fasttype, unsafeDelim) {
		let hasDate = true;
		let hasTime = true;
		let offset = "Z";
		let c;
		if (typeof date === "string") {
			if (fasttype) prep: {
				if (fasttype < 3) {
					if (+date.slice(11, 13) > 23) {
						date = "";
						break prep;
					}
					if (fasttype === 2) {
						offset = null;
						date += "Z";
					} else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) offset = date.slice(date.length - 6);
					if (unsafeDelim) date = date.slice(0, 10) + "T" + date.slice(11);
				} else if (fasttype === 4) date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
				hasDate = fasttype !== 4;
				hasTime = fasttype !== 3;
			}
			else {
				let match = date.match(DATE_TIME_RE);
				if (match) {
					if (!match[1]) {
						hasDate = false;
						date = `0000-01-01T${date}`;
					}
					hasTime = !!match[2];
					hasTime && date[10] === " " && (date = date.replace(" ", "T"));
					if (match[2] && +match[2] > 23) date = "";
					else {
						offset = match[3] || null;
						if (!offset && hasTime) date += "Z";
					}
				} else date = "";
			}
		}
		super(date);
		if (!isNaN(this.getTime())) {
			this.#hasDate = hasDate;
			this.#hasTime = hasTime;
			this.#offset = offset;
		}
	}
	isDateTime() {
		return this.#hasDate && this.#hasTime;
	}
	isLocal() {
		return !this.#hasDate || !this.#hasTime || !this.#offset;
	}
	isDate() {
		return this.#hasDate && !this.#hasTime;
	}
	isTime() {
		return this.#hasTime && !this.#hasDate;
	}
	isValid() {
		return this.#hasDate || this.#hasTime;
	}
	toISOString() {
		let iso = super.toISOString();
		if (this.isDate()) return iso.slice(0, 10);
		if (this.isTime()) return iso.slice(11, 23);
		if (this.#offset === null) return iso.slice(0, -1);
		if (this.#offset === "Z" || this.#offset === "z") return iso;
		let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
		offset = this.#offset[0] === "-" ? offset : -offset;
		return (/* @__PURE__ */ new Date(this.getTime() - offset * 6e4)).toISOString().slice(0, -1) + this.#offset;
	}
	static wrapAsOffsetDateTime(jsDate, offset = "Z") {
		let date = new TomlDate(jsDate);
		date.#offset = offset;
		return date;
	}
	static wrapAsLocalDateTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#offset = null;
		return date;
	}
	static wrapAsLocalDate(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasTime = false;
		date.#offset = null;
		return date;
	}
	static wrapAsLocalTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasDate = false;
		date.#offset = null;
		return date;
	}
};
// node_modules/smol-toml/dist/extract.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function isDigit(char, base = 10) {
	return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
	return char === 32 || char === 9 || char === 10 || char === 13 || delim && (char === delim || char === 44) || char === 35;
}
/** @internal */
function extractValue(ctx, end) {
	let errPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p);
	if (c === 91 || c === 123) {
		ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
		let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
		ctx.d++;
		return value;
	}
	if (c === 34 || c === 39) return parseString(ctx);
	if (c === 116) {
		if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, true;
	}
	if (c === 102) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, false;
	}
	if (c === 43 || c === 45) return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
	if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) return parseDate(ctx, c, end);
	if (ctx.s.charCodeAt(ctx.p + 2) === 58) return parseTime(ctx, c, end);
	return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
	let c = startChr;
	let state = 0;
	let hasUnderscores = false;
	if (c === 105) {
		if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, (sign || 1) / 0;
	}
	if (c === 110) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, NaN;
	}
	if (c === 48) {
		if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr)) return ctx.bi === true ? 0n : 0;
		if (!sign) {
			if (c === 120) return parseIntegerBaseN(ctx, startPtr, 16, endChr);
			else if (c === 98) return parseIntegerBaseN(ctx, startPtr, 2, endChr);
			else if (c === 111) return parseIntegerBaseN(ctx, startPtr, 8, endChr);
		}
		if (c === 46) state = 2;
		else if (c === 101 || c === 69) state = 4;
		else TomlError.x("illegal leading zero", ctx, startPtr);
	} else if (!isDigit(c)) TomlError.x("invalid value", ctx, startPtr);
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
		if (!state) state = 1;
		if (c === 95) {
			if (!(state & 1)) TomlError.x("illegal underscore", ctx);
			state += 11;
			hasUnderscores = true;
		} else if (state === 1 && c === 46) state = 2;
		else if ((state === 1 || state === 3) && (c === 101 || c === 69)) state = 4;
		else if (state === 4 && (c === 43 || c === 45)) state = 6;
		else if (!isDigit(c)) TomlError.x(`illegal character in numeric literal`, ctx);
		else if (state > 9) state -= 11;
		else if (!(state & 1)) state++;
	}
	if (!state) {
		let val = (startChr - 48) * (sign || 1);
		return ctx.bi === true ? BigInt(val) : val;
	}
	if (!(state & 1)) TomlError.x("unfinished numeric value", ctx, startPtr);
	let str = ctx.s.slice(startPtr, ctx.p);
	if (hasUnderscores) str = str.replaceAll("_", "");
	return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
	let c, underscore = 1;
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) if (c === 95) {
		if (underscore & 1) TomlError.x("illegal underscore", ctx);
		underscore = 3;
	} else if (!isDigit(c, base)) TomlError.x(`illegal character in numeric literal`, ctx);
	else if (underscore & 1) underscore--;
	if (underscore & 1) TomlError.x("unfinished numeric value", ctx);
	let str = ctx.s.slice(startPtr + 2, ctx.p);
	if (underscore) str = str.replaceAll("_", "");
	return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
	if (ctx.bi !== true) int: {
		let val = parseInt(str, base);
		if (!Number.isSafeInteger(val)) {
			if (ctx.bi) break int;
			TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
		}
		return val;
	}
	return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
	let startPtr = ctx.p++, unsafeSeparator;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
	ctx.p += 5;
	if (!isDigit(ctx.s.charCodeAt(ctx.p++))) TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
	if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 3, false, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) !== 58) TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	if (c = ctx.s.charCodeAt(ctx.p)) {
		if (c === 90 || c === 122) return readDate(ctx, ctx.s.slice(startPtr, ++ctx.p), 1, unsafeSeparator, startPtr, "[+00:00]");
		if (c === 43 || c === 45) return readDate(ctx, ctx.s.slice(startPtr, ctx.p += 6), 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
	}
	return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
	let start = ctx.p;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) return parseNumber(ctx, --ctx.p, c, 0, endChr);
	if (ctx.s.charCodeAt(ctx.p += 4) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	return readDate(ctx, ctx.s.slice(start, ctx.p), 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
	if (ctx.ld) {
		let date = new TomlDate(str, type, unsafeDelim);
		if (!date.isValid()) TomlError.x("invalid date", ctx, errPtr);
		return date;
	}
	try {
		if (temporalSuffix) str += temporalSuffix;
		switch (type) {
			case 1: return Temporal.ZonedDateTime.from(str);
			case 2: return Temporal.PlainDateTime.from(str);
			case 3: return Temporal.PlainDate.from(str);
			case 4: return Temporal.PlainTime.from(str);
		}
	} catch (e) {
		TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
	}
}
// node_modules/smol-toml/dist/util.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
/** @internal */
function skipComment(ctx) {
	for (; ctx.p < ctx.s.length; ctx.p++) {
		let c = ctx.s.charCodeAt(ctx.p);
		if (c === 10) break;
		if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
			ctx.p++;
			break;
		}
		if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in comments", ctx);
	}
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
	let c;
	while (ctx.p < ctx.s.length) {
		while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))) ctx.p++;
		if (banComments || c !== 35) break;
		skipComment(ctx);
	}
}
// node_modules/smol-toml/dist/struct.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
/** @internal */
function parseKey(ctx, end = 61) {
	let startPtr;
	let state = 0;
	let parsed = [];
	let sliceStart;
	let c = ctx.s.charCodeAt(startPtr = ctx.p);
	do
		if (c === end) {
			if (!state) TomlError.x("unexpected end of key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			return ctx.p++, parsed;
		} else if (c === 46) {
			if (!state) TomlError.x("illegal empty bare key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			state = 0;
		} else if (!state && (c === 34 || c === 39)) {
			if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2)) TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
			parsed.push(parseString(ctx));
			state = 2;
			ctx.p--;
		} else if (c === 32 || c === 9) {
			if (state === 1) {
				parsed.push(ctx.s.slice(sliceStart, ctx.p));
				state = 2;
			}
		} else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) TomlError.x("illegal character in key", ctx);
		else if (!state) {
			state = 1;
			sliceStart = ctx.p;
		}
	while (c = ctx.s.charCodeAt(++ctx.p));
	TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
	let startPtr = ctx.p++;
	let res = Object.create(null);
	let seen = /* @__PURE__ */ new Set();
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
			ctx.p++;
			return res;
		}
		let k;
		let t = res;
		let hasOwn = false;
		let errPtr = ctx.p;
		let key = parseKey(ctx);
		for (let i = 0; i < key.length; i++) {
			if (i) t = hasOwn ? t[k] : t[k] = Object.create(null);
			k = key[i];
			if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) {
				t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
				break;
			}
			if (!hasOwn && unsafe) Object.defineProperty(t, k, {
				enumerable: true,
				configurable: true,
				writable: true
			});
		}
		if (hasOwn) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
		skipVoid(ctx, true, true);
		let value = extractValue(ctx, 125);
		if (t && typeof (t[k] = value) === "object") seen.add(value);
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished table", ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
	let startPtr = ctx.p++;
	let res = [];
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
			ctx.p++;
			return res;
		}
		res.push(extractValue(ctx, 93));
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished array", ctx, startPtr);
}
// node_modules/smol-toml/dist/parse.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function peekTable(ctx, key, table, meta, type) {
	let t = table;
	let m = meta;
	let k;
	let hasOwn = false;
	let state;
	for (let i = 0; i < key.length; i++) {
		if (i) {
			t = hasOwn ? t[k] : t[k] = Object.create(null);
			m = (state = m[k]).c;
			if (type === 0 && (state.t === 1 || state.t === 2)) return null;
			if (state.t === 2) {
				let l = t.length - 1;
				t = t[l];
				m = m[l].c;
			}
		}
		k = key[i];
		if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) return null;
		if (!hasOwn) {
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) return false;
			if (unsafe) {
				Object.defineProperty(t, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
				Object.defineProperty(m, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
			}
			m[k] = {
				t: i < key.length - 1 && type === 2 ? 3 : type,
				d: false,
				i: 0,
				c: Object.create(null)
			};
		}
	}
	state = m[k];
	if (state.t !== type && !(type === 1 && state.t === 3)) return null;
	if (type === 2) {
		if (!state.d) {
			state.d = true;
			t[k] = [];
		}
		t[k].push(t = Object.create(null));
		state.c[state.i++] = state = {
			t: 1,
			d: false,
			i: 0,
			c: Object.create(null)
		};
	}
	if (state.d) return null;
	state.d = true;
	if (type === 1) t = hasOwn ? t[k] : t[k] = Object.create(null);
	else if (type === 0 && hasOwn) return null;
	return [
		k,
		t,
		state.c
	];
}
function validateTablePeek(ctx, peek, ptr) {
	if (peek === null || ctx.uk === 2) TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
	let ctx = {
		s: toml,
		p: 0,
		d: options.maxDepth ?? 1e3,
		bi: options.integersAsBigInt ?? false,
		ld: options.useLegacyDate ?? true,
		uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
	};
	let res = Object.create(null);
	let meta = Object.create(null);
	let tmp;
	let skipping = false;
	let tbl = res;
	let m = meta;
	if (toml.charCodeAt(0) === 65279) ctx.p++;
	skipVoid(ctx);
	while (ctx.p < toml.length) {
		if (toml.charCodeAt(ctx.p) === 91) {
			let isTableArray = toml.charCodeAt(++ctx.p) === 91;
			tmp = ctx.p += +isTableArray;
			skipping = false;
			let k = parseKey(ctx, 93);
			if (isTableArray) {
				if (toml.charCodeAt(ctx.p) !== 93) TomlError.x("expected end of table array declaration", ctx);
				ctx.p++;
			}
			let p = peekTable(ctx, k, res, meta, isTableArray ? 2 : 1);
			if (!p) {
				validateTablePeek(ctx, p, tmp);
				skipping = true;
			} else {
				m = p[2];
				tbl = p[1];
			}
		} else {
			tmp = ctx.p;
			let p = peekTable(ctx, parseKey(ctx), tbl, m, 0);
			if (!p && !skipping) validateTablePeek(ctx, p, tmp);
			skipVoid(ctx, true, true);
			let v = extractValue(ctx, void 0);
			if (p && !skipping) p[1][p[0]] = v;
		}
		skipVoid(ctx, true);
		if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
		skipVoid(ctx);
	}
	return res;
}
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
"".isWellFormed;
// node_modules/smol-toml/dist/index.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
// src/formats/rodrigues.ts
/** Rotation vector → 3×3 row-major rotation matrix. */
function rodriguesToMatrix(r) {
	const theta = Math.hypot(r[0], r[1], r[2]);
	if (theta < 1e-12) return [
		1,
		0,
		0,
		0,
		1,
		0,
		0,
		0,
		1
	];
	const [x, y, z] = [
		r[0] / theta,
		r[1] / theta,
		r[2] / theta
	];
	const c = Math.cos(theta);
	const s = Math.sin(theta);
	const t = 1 - c;
	return [
		c + x * x * t,
		x * y * t - z * s,
		x * z * t + y * s,
		y * x * t + z * s,
		c + y * y * t,
		y * z * t - x * s,
		z * x * t - y * s,
		z * y * t + x * s,
		c + z * z * t
	];
}
/** 3×3 row-major rotation matrix → rotation vector (angle in [0, π]). */
function matrixToRodrigues(m) {
	const cos = Math.min(1, Math.max(-1, (m[0] + m[4] + m[8] - 1) / 2));
	const theta = Math.acos(cos);
	const sx = m[7] - m[5];
	const sy = m[2] - m[6];
	const sz = m[3] - m[1];
	const sin2 = Math.hypot(sx, sy, sz);
	if (sin2 > 1e-7) {
		const k = theta / sin2;
		return [
			sx * k,
			sy * k,
			sz * k
		];
	}
	if (cos > 0) return [
		sx / 2,
		sy / 2,
		sz / 2
	];
	const xx = (m[0] + 1) / 2;
	const yy = (m[4] + 1) / 2;
	const zz = (m[8] + 1) / 2;
	let n;
	if (xx >= yy && xx >= zz) {
		const x = Math.sqrt(xx);
		n = [
			x,
			(m[1] + m[3]) / (4 * x),
			(m[2] + m[6]) / (4 * x)
		];
	} else if (yy >= zz) {
		const y = Math.sqrt(yy);
		n = [
			(m[1] + m[3]) / (4 * y),
			y,
			(m[5] + m[7]) / (4 * y)
		];
	} else {
		const z = Math.sqrt(zz);
		n = [
			(m[2] + m[6]) / (4 * z),
			(m[5] + m[7]) / (4 * z),
			z
		];
	}
	const len = Math.hypot(...n);
	return [
		n[0] / len * theta,
		n[1] / len * theta,
		n[2] / len * theta
	];
}
/** World position of a camera centre from world→camera extrinsics: C = −Rᵀ t. */
function cameraCentreOf(rotation, translation) {
	const R = rodriguesToMatrix(rotation);
	const [tx, ty, tz] = [
		translation[0],
		translation[1],
		translation[2]
	];
	return [
		-(R[0] * tx + R[3] * ty + R[6] * tz),
		-(R[1] * tx + R[4] * ty + R[7] * tz),
		-(R[2] * tx + R[5] * ty + R[8] * tz)
	];
}
/**
* Decides whether translations are metres or millimetres. Rule: take every non-zero distance between
* two camera centres and from each camera centre to the world origin, in the file's units; if their
* median exceeds 50, the file is in millimetres (a rig whose cameras sit 50 m apart is implausible, and
* one 50 mm apart is too), otherwise metres. FreeMoCap puts its first camera at the origin, hence the
* pairwise distances. With no non-zero distance at all (a single camera at the origin) it says metres.
*/
function detectTranslationUnits(cameras) {
	const centres = cameras.map((c) => cameraCentreOf(c.rotation, c.translation));
	const d = [];
	for (let i = 0; i < centres.length; i++) {
		d.push(Math.hypot(...centres[i]));
		for (let j = i + 1; j < centres.length; j++) d.push(Math.hypot(centres[i][0] - centres[j][0], centres[i][1] - centres[j][1], centres[i][2] - centres[j][2]));
	}
	const nz = d.filter((v) => v > 1e-9).sort((a, b) => a - b);
	if (nz.length === 0) return {
		units: "m",
		reason: "translation units assumed metres (no camera away from the origin to tell)"
	};
	const median = upperMedian(nz);
	const units = median > 50 ? "mm" : "m";
	const fmt = (v) => v >= 100 ? v.toFixed(0) : v.toPrecision(3);
	return {
		units,
		reason: `translation units detected as ${units === "mm" ? "millimetres" : "metres"}: median camera distance ${fmt(median)} (threshold 50); to override, set project.calibration_units = "m" or "mm" in mocap.toml`
	};
}
/** Keys every camera table must have (name and fisheye are optional). */
var REQUIRED_KEYS = [
	"size",
	"matrix",
	"distortions",
	"rotation",
	"translation"
];
function numberList(v, n) {
	if (!Array.isArray(v)) return void 0;
	if (!(Array.isArray(n) ? n.includes(v.length) : v.length === n) || !v.every((x) => typeof x === "number" && Number.isFinite(x))) return void 0;
	return v;
}
/**
* Parses a calibration TOML (see the file header). Translations become metres. Throws a UserError
* naming the file and the key for malformed input. Returns which units were used and why.
*/
function parseCalibrationTomlDetailed(text, opts = {}) {
	const file = opts.file ?? "calibration file";
	let doc;
	try {
		doc = parse(text);
	} catch (err) {
		throw new UserError(`${file} is not valid TOML${err instanceof TomlError ? ` at line ${err.line}` : ""} (${err.message.split("\n")[0].replace(/^Invalid TOML document:\s*/i, "")}); fix that line or export the calibration again`);
	}
	const metadata = typeof doc.metadata === "object" && doc.metadata !== null ? doc.metadata : {};
	const cameras = [];
	for (const [key, value] of Object.entries(doc)) {
		if (key === "metadata") continue;
		if (typeof value !== "object" || value === null || Array.isArray(value)) throw new UserError(`${file}: top-level key "${key}" is not a camera table; expected [cam_…] tables and an optional [metadata]`);
		const t = value;
		const bad = (k, what) => new UserError(`${file}: [${key}].${k} ${what}`);
		const missing = REQUIRED_KEYS.filter((k) => t[k] === void 0);
		if (missing.length > 0) throw new UserError(`${file}: [${key}] has no ${missing.join(", ")}; every camera table needs ${REQUIRED_KEYS.join(", ")} (aniposelib / Pose2Sim layout)`);
		const fisheyeRaw = t.fisheye ?? false;
		if (typeof fisheyeRaw !== "boolean") throw bad("fisheye", "must be true or false");
		const size = numberList(t.size, 2);
		if (!size || !(size[0] > 0 && size[1] > 0)) throw bad("size", "must be [width, height] in pixels, both > 0");
		const rows = Array.isArray(t.matrix) && t.matrix.length === 3 ? t.matrix.map((r) => numberList(r, 3)) : [];
		if (rows.length !== 3 || rows.some((r) => !r)) throw bad("matrix", "must be a 3×3 list of numbers [[fx, 0, cx], [0, fy, cy], [0, 0, 1]]");
		const matrix = rows.flat();
		if (!(matrix[0] > 0 && matrix[4] > 0)) throw bad("matrix", "must have positive focal lengths fx, fy");
		const distortions = numberList(t.distortions, fisheyeRaw ? 4 : [4, 5]);
		if (!distortions) throw bad("distortions", fisheyeRaw ? "must be 4 numbers (fisheye k1 k2 k3 k4)" : "must be 4 or 5 numbers (k1 k2 p1 p2 [k3])");
		const rotation = numberList(t.rotation, 3);
		if (!rotation) throw bad("rotation", "must be a Rodrigues vector of 3 numbers (world → camera)");
		const translation = numberList(t.translation, 3);
		if (!translation) throw bad("translation", "must be 3 numbers (world → camera)");
		const name = t.name ?? key;
		if (typeof name !== "string" && typeof name !== "number") throw bad("name", "must be a string");
		cameras.push({
			name: String(name),
			width: size[0],
			height: size[1],
			matrix,
			distortions: [...distortions],
			rotation: [
				rotation[0],
				rotation[1],
				rotation[2]
			],
			translation: [
				translation[0],
				translation[1],
				translation[2]
			],
			fisheye: fisheyeRaw
		});
	}
	if (cameras.length === 0) throw new UserError(`${file} holds no camera tables; expected [cam_…] tables with name, size, matrix, …`);
	const names = cameras.map((c) => c.name);
	const dup = names.find((n, i) => names.indexOf(n) !== i);
	if (dup !== void 0) throw new UserError(`${file}: two cameras are named "${dup}"; camera names must be unique`);
	const requested = opts.units ?? "auto";
	let units;
	let unitsReason;
	if (requested === "auto") ({units, reason: unitsReason} = detectTranslationUnits(cameras));
	else {
		units = requested;
		unitsReason = `translation units set to ${units === "mm" ? "millimetres" : "metres"}`;
		const guess = detectTranslationUnits(cameras);
		if (guess.units !== units && cameras.length > 1) unitsReason += ` although the cameras' spacing looks like ${guess.units === "mm" ? "millimetres" : "metres"} (${guess.reason.replace(/^.*?: /, "").replace(/; to override.*$/, "")}); check project.calibration_units in mocap.toml`;
	}
	if (units === "mm") for (const c of cameras) c.translation = [
		c.translation[0] / 1e3,
		c.translation[1] / 1e3,
		c.translation[2] / 1e3
	];
	return {
		rig: { cameras },
		units,
		unitsReason: `${file}: ${unitsReason}`,
		metadata
	};
}
/** Parses a calibration TOML into a rig with translations in metres. See parseCalibrationTomlDetailed. */
function parseCalibrationToml(text, opts = {}) {
	return parseCalibrationTomlDetailed(text, opts).rig;
}
// src/core/layouts.ts
var COCO17_NAMES = [
	"Nose",
	"LEye",
	"REye",
	"LEar",
	"REar",
	"LShoulder",
	"RShoulder",
	"LElbow",
	"RElbow",
	"LWrist",
	"RWrist",
	"LHip",
	"RHip",
	"LKnee",
	"RKnee",
	"LAnkle",
	"RAnkle"
];
var COCO17_BONES = [
	["LHip", "RHip"],
	["LHip", "LKnee"],
	["LKnee", "LAnkle"],
	["RHip", "RKnee"],
	["RKnee", "RAnkle"],
	["LHip", "LShoulder"],
	["RHip", "RShoulder"],
	["LShoulder", "LElbow"],
	["LElbow", "LWrist"],
	["RShoulder", "RElbow"],
	["RElbow", "RWrist"],
	["LShoulder", "Nose"],
	["Nose", "LEye"],
	["Nose", "REye"],
	["LEye", "LEar"],
	["REye", "REar"]
];
var FEET_BONES = [
	["LAnkle", "LHeel"],
	["LAnkle", "LBigToe"],
	["LBigToe", "LSmallToe"],
	["RAnkle", "RHeel"],
	["RAnkle", "RBigToe"],
	["RBigToe", "RSmallToe"]
];
var LEGS_AND_FEET = [
	"RHip",
	"RKnee",
	"RAnkle",
	"RBigToe",
	"RSmallToe",
	"RHeel",
	"LHip",
	"LKnee",
	"LAnkle",
	"LBigToe",
	"LSmallToe",
	"LHeel"
];
var ARMS = [
	"RShoulder",
	"RElbow",
	"RWrist",
	"LShoulder",
	"LElbow",
	"LWrist"
];
var TABLE = [
	{
		name: "coco17",
		keypoints: COCO17_NAMES,
		bones: COCO17_BONES,
		root: "LHip",
		storedCounts: [17],
		trcMarkers: [
			"RHip",
			"RKnee",
			"RAnkle",
			"LHip",
			"LKnee",
			"LAnkle",
			"Nose",
			...ARMS
		]
	},
	{
		name: "halpe26",
		keypoints: [
			...COCO17_NAMES,
			"Head",
			"Neck",
			"Hip",
			"LBigToe",
			"RBigToe",
			"LSmallToe",
			"RSmallToe",
			"LHeel",
			"RHeel"
		],
		bones: [
			["Hip", "LHip"],
			["Hip", "RHip"],
			["LHip", "LKnee"],
			["LKnee", "LAnkle"],
			["RHip", "RKnee"],
			["RKnee", "RAnkle"],
			["Hip", "Neck"],
			["Neck", "Head"],
			["Head", "Nose"],
			["Nose", "LEye"],
			["Nose", "REye"],
			["LEye", "LEar"],
			["REye", "REar"],
			["Neck", "LShoulder"],
			["LShoulder", "LElbow"],
			["LElbow", "LWrist"],
			["Neck", "RShoulder"],
			["RShoulder", "RElbow"],
			["RElbow", "RWrist"],
			...FEET_BONES
		],
		root: "Hip",
		storedCounts: [26],
		trcMarkers: [
			"Hip",
			...LEGS_AND_FEET,
			"Neck",
			"Head",
			"Nose",
			...ARMS
		]
	},
	{
		name: "coco17feet",
		keypoints: [
			...COCO17_NAMES,
			"LHeel",
			"RHeel",
			"LBigToe",
			"RBigToe"
		],
		bones: [
			...COCO17_BONES,
			["LAnkle", "LHeel"],
			["LAnkle", "LBigToe"],
			["RAnkle", "RHeel"],
			["RAnkle", "RBigToe"]
		],
		root: "LHip",
		storedCounts: [21],
		trcMarkers: [
			"RHip",
			"RKnee",
			"RAnkle",
			"RBigToe",
			"RHeel",
			"LHip",
			"LKnee",
			"LAnkle",
			"LBigToe",
			"LHeel",
			"Nose",
			...ARMS
		]
	},
	{
		name: "body25",
		keypoints: [
			"Nose",
			"Neck",
			"RShoulder",
			"RElbow",
			"RWrist",
			"LShoulder",
			"LElbow",
			"LWrist",
			"MidHip",
			"RHip",
			"RKnee",
			"RAnkle",
			"LHip",
			"LKnee",
			"LAnkle",
			"REye",
			"LEye",
			"REar",
			"LEar",
			"LBigToe",
			"LSmallToe",
			"LHeel",
			"RBigToe",
			"RSmallToe",
			"RHeel"
		],
		bones: [
			["MidHip", "LHip"],
			["MidHip", "RHip"],
			["LHip", "LKnee"],
			["LKnee", "LAnkle"],
			["RHip", "RKnee"],
			["RKnee", "RAnkle"],
			["MidHip", "Neck"],
			["Neck", "Nose"],
			["Nose", "LEye"],
			["Nose", "REye"],
			["LEye", "LEar"],
			["REye", "REar"],
			["Neck", "LShoulder"],
			["LShoulder", "LElbow"],
			["LElbow", "LWrist"],
			["Neck", "RShoulder"],
			["RShoulder", "RElbow"],
			["RElbow", "RWrist"],
			...FEET_BONES
		],
		root: "MidHip",
		storedCounts: [25],
		trcMarkers: [
			["CHip", "MidHip"],
			...LEGS_AND_FEET,
			"Neck",
			"Nose",
			...ARMS
		]
	},
	{
		name: "body25b",
		keypoints: [
			...COCO17_NAMES,
			"UpperNeck",
			"HeadTop",
			"LBigToe",
			"LSmallToe",
			"LHeel",
			"RBigToe",
			"RSmallToe",
			"RHeel"
		],
		bones: [
			["LHip", "RHip"],
			["LHip", "LKnee"],
			["LKnee", "LAnkle"],
			["RHip", "RKnee"],
			["RKnee", "RAnkle"],
			["LHip", "LShoulder"],
			["RHip", "RShoulder"],
			["LShoulder", "LElbow"],
			["LElbow", "LWrist"],
			["RShoulder", "RElbow"],
			["RElbow", "RWrist"],
			["LShoulder", "UpperNeck"],
			["UpperNeck", "HeadTop"],
			["UpperNeck", "Nose"],
			["Nose", "LEye"],
			["Nose", "REye"],
			["LEye", "LEar"],
			["REye", "REar"],
			...FEET_BONES
		],
		root: "LHip",
		storedCounts: [25],
		trcMarkers: [
			...LEGS_AND_FEET,
			["Neck", "UpperNeck"],
			["Head", "HeadTop"],
			"Nose",
			...ARMS
		]
	},
	{
		name: "wholebody133",
		keypoints: [
			...COCO17_NAMES,
			"LBigToe",
			"LSmallToe",
			"LHeel",
			"RBigToe",
			"RSmallToe",
			"RHeel"
		],
		bones: [...COCO17_BONES, ...FEET_BONES],
		root: "LHip",
		storedCounts: [133, 23],
		trcMarkers: [
			...LEGS_AND_FEET,
			"Nose",
			"REye",
			"LEye",
			"REar",
			"LEar",
			...ARMS
		]
	},
	{
		name: "blazepose33",
		keypoints: [
			"Nose",
			"LEyeInner",
			"LEye",
			"LEyeOuter",
			"REyeInner",
			"REye",
			"REyeOuter",
			"LEar",
			"REar",
			"MouthL",
			"MouthR",
			"LShoulder",
			"RShoulder",
			"LElbow",
			"RElbow",
			"LWrist",
			"RWrist",
			"LPinky",
			"RPinky",
			"LIndex",
			"RIndex",
			"LThumb",
			"RThumb",
			"LHip",
			"RHip",
			"LKnee",
			"RKnee",
			"LAnkle",
			"RAnkle",
			"LHeel",
			"RHeel",
			"LBigToe",
			"RBigToe"
		],
		bones: [
			["LHip", "RHip"],
			["LHip", "LKnee"],
			["LKnee", "LAnkle"],
			["RHip", "RKnee"],
			["RKnee", "RAnkle"],
			["LAnkle", "LHeel"],
			["LAnkle", "LBigToe"],
			["RAnkle", "RHeel"],
			["RAnkle", "RBigToe"],
			["LHip", "LShoulder"],
			["RHip", "RShoulder"],
			["LShoulder", "LElbow"],
			["LElbow", "LWrist"],
			["RShoulder", "RElbow"],
			["RElbow", "RWrist"],
			["LWrist", "LPinky"],
			["LWrist", "LIndex"],
			["LWrist", "LThumb"],
			["RWrist", "RPinky"],
			["RWrist", "RIndex"],
			["RWrist", "RThumb"],
			["LShoulder", "Nose"],
			["Nose", "LEyeInner"],
			["LEyeInner", "LEye"],
			["LEye", "LEyeOuter"],
			["LEyeOuter", "LEar"],
			["Nose", "REyeInner"],
			["REyeInner", "REye"],
			["REye", "REyeOuter"],
			["REyeOuter", "REar"],
			["Nose", "MouthL"],
			["Nose", "MouthR"]
		],
		root: "LHip",
		storedCounts: [33],
		trcMarkers: [
			"RHip",
			"RKnee",
			"RAnkle",
			"RHeel",
			"RBigToe",
			"LHip",
			"LKnee",
			"LAnkle",
			"LHeel",
			"LBigToe",
			"Nose",
			"REye",
			"LEye",
			"RShoulder",
			"RElbow",
			"RWrist",
			"RPinky",
			"RIndex",
			"RThumb",
			"LShoulder",
			"LElbow",
			"LWrist",
			"LPinky",
			"LIndex",
			"LThumb"
		]
	}
];
/** Aliases accepted from users and other tools. */
var ALIASES = {
	coco: "coco17",
	coco_17: "coco17",
	"coco-17": "coco17",
	movenet: "coco17",
	halpe: "halpe26",
	halpe_26: "halpe26",
	"halpe-26": "halpe26",
	body_25: "body25",
	"body-25": "body25",
	body_25b: "body25b",
	"body-25b": "body25b",
	coco_133: "wholebody133",
	coco133: "wholebody133",
	"coco-wholebody": "wholebody133",
	wholebody: "wholebody133",
	"coco-wholebody-133": "wholebody133",
	blazepose: "blazepose33",
	blazepose_33: "blazepose33"
};
function mirrorName(name) {
	if (/^L[A-Z]/.test(name)) return `R${name.slice(1)}`;
	if (/^R[A-Z]/.test(name)) return `L${name.slice(1)}`;
	if (name.endsWith("L")) return `${name.slice(0, -1)}R`;
	if (name.endsWith("R")) return `${name.slice(0, -1)}L`;
	return name;
}
function resolve(layout) {
	const indexOf = new Map(layout.keypoints.map((n, i) => [n, i]));
	const at = (n) => {
		const i = indexOf.get(n);
		if (i === void 0) throw new Error(`layout ${layout.name}: bone names unknown keypoint "${n}"`);
		return i;
	};
	const boneIndices = layout.bones.map(([a, b]) => [at(a), at(b)]);
	const parents = new Array(layout.keypoints.length).fill(-1);
	const seen = /* @__PURE__ */ new Set([at(layout.root)]);
	const queue = [at(layout.root)];
	while (queue.length) {
		const j = queue.shift();
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
	const listed = layout.trcMarkers.map((m) => typeof m === "string" ? [m, m] : m);
	const trcOrder = [...listed.map(([, k]) => at(k)), ...layout.keypoints.map((_, i) => i).filter((i) => !listed.some(([, k]) => at(k) === i))];
	const trcNames = trcOrder.map((i) => listed.find(([, k]) => at(k) === i)?.[0] ?? layout.keypoints[i]);
	if (new Set(trcNames).size !== trcNames.length) throw new Error(`layout ${layout.name}: TRC marker names repeat`);
	return {
		...layout,
		parents,
		boneIndices,
		mirror,
		indexOf,
		trcNames,
		trcOrder
	};
}
var RESOLVED = new Map(TABLE.map((l) => [l.name, resolve(l)]));
/** All layout names. */
var layoutNames = () => [...RESOLVED.keys()];
/** The canonical name of a layout name or alias, or undefined when it names none. */
function canonicalLayoutName(name) {
	const key = name.toLowerCase();
	return RESOLVED.get(ALIASES[key] ?? key)?.name;
}
/** Looks a layout up by name or alias; throws an error listing the known names. */
function getLayout(name) {
	const key = name.toLowerCase();
	const found = RESOLVED.get(ALIASES[key] ?? key);
	if (!found) throw new Error(`unknown keypoint layout "${name}"; known: ${layoutNames().join(", ")}`);
	return found;
}
// src/core/frameWindow.ts
/** Frames per chunk when the 2D is read by ranges: 16 cameras × 2 people × 26 keypoints ≈ 10 MB. */
var DEFAULT_CHUNK_FRAMES = 1e3;
var FrameWindow = class {
	inputs;
	/** First frame held (keypoint offsets are relative to it). */
	first = 0;
	/** One past the last frame held. */
	end = 0;
	/** Per camera, the keypoints of frames [first, end) laid out as PoseSequence2D.data. */
	data;
	chunkFrames;
	constructor(inputs, chunkFrames = DEFAULT_CHUNK_FRAMES) {
		this.inputs = inputs;
		if (!(Number.isInteger(chunkFrames) && chunkFrames >= 1)) throw new Error(`FrameWindow: chunkFrames must be a positive integer, got ${chunkFrames}`);
		this.chunkFrames = chunkFrames;
		if (inputs.every((q) => "data" in q)) {
			this.data = inputs.map((q) => "data" in q ? q.data : /* @__PURE__ */ new Float32Array(0));
			this.end = Infinity;
		} else this.data = inputs.map(() => /* @__PURE__ */ new Float32Array(0));
	}
	/** Makes frame f of every camera available in data (f ≥ a camera's frame count reads nothing for it). */
	ensure(f) {
		if (f >= this.first && f < this.end) return;
		const start = Math.floor(f / this.chunkFrames) * this.chunkFrames;
		const end = start + this.chunkFrames;
		this.inputs.forEach((q, c) => {
			if ("data" in q) this.data[c] = q.data.subarray(Math.min(start, q.frames) * q.persons * q.joints * 3, Math.min(end, q.frames) * q.persons * q.joints * 3);
			else this.data[c] = q.readFrames(Math.min(start, q.frames), Math.min(end, q.frames));
		});
		this.first = start;
		this.end = end;
	}
	/** Offset in data[c] of frame f (held), person slot p, joint j; camera c has `persons` slots of `joints` keypoints. */
	offset(f, persons, p, joints, j) {
		return (((f - this.first) * persons + p) * joints + j) * 3;
	}
};
// src/camera/project.ts
/** Rotation matrix (3×3 row-major) from a Rodrigues rotation vector. */
function rotationMatrix(rvec) {
	const rx = rvec[0], ry = rvec[1], rz = rvec[2];
	const theta = Math.hypot(rx, ry, rz);
	const R = /* @__PURE__ */ new Float64Array(9);
	if (theta < 1e-12) {
		R[0] = 1;
		R[1] = -rz;
		R[2] = ry;
		R[3] = rz;
		R[4] = 1;
		R[5] = -rx;
		R[6] = -ry;
		R[7] = rx;
		R[8] = 1;
		return R;
	}
	const kx = rx / theta, ky = ry / theta, kz = rz / theta;
	const c = Math.cos(theta), s = Math.sin(theta), C = 1 - c;
	R[0] = c + kx * kx * C;
	R[1] = kx * ky * C - kz * s;
	R[2] = kx * kz * C + ky * s;
	R[3] = ky * kx * C + kz * s;
	R[4] = c + ky * ky * C;
	R[5] = ky * kz * C - kx * s;
	R[6] = kz * kx * C - ky * s;
	R[7] = kz * ky * C + kx * s;
	R[8] = c + kz * kz * C;
	return R;
}
/** Unpacks a camera for fast repeated projection. */
function prepareCamera(cam) {
	const m = cam.matrix;
	const k = new Float64Array(cam.fisheye ? 4 : 8);
	for (let i = 0; i < Math.min(k.length, cam.distortions.length); i++) k[i] = cam.distortions[i];
	return {
		fx: m[0],
		fy: m[4],
		cx: m[2],
		cy: m[5],
		skew: m[1],
		R: rotationMatrix(cam.rotation),
		t: Float64Array.from(cam.translation),
		fisheye: !!cam.fisheye,
		k,
		undistorted: k.every((v) => v === 0)
	};
}
/** World position of the camera's optical centre (metres): C = −Rᵀ t. */
function cameraCenter(cam) {
	const R = "R" in cam ? cam.R : rotationMatrix(cam.rotation);
	const t = "R" in cam ? cam.t : cam.translation;
	return [
		-(R[0] * t[0] + R[3] * t[1] + R[6] * t[2]),
		-(R[1] * t[0] + R[4] * t[1] + R[7] * t[2]),
		-(R[2] * t[0] + R[5] * t[1] + R[8] * t[2])
	];
}
/**
* Applies the lens distortion to normalised coordinates (x, y) = (X/Z, Y/Z) and writes
* pixel coordinates into out[o], out[o+1].
*/
function distortToPixel(pc, x, y, out, o) {
	let xd, yd;
	const k = pc.k;
	if (pc.undistorted) {
		xd = x;
		yd = y;
	} else if (pc.fisheye) {
		const r = Math.sqrt(x * x + y * y);
		if (r < 1e-15) {
			xd = x;
			yd = y;
		} else {
			const th = Math.atan(r), th2 = th * th;
			const thd = th * (1 + th2 * (k[0] + th2 * (k[1] + th2 * (k[2] + th2 * k[3]))));
			xd = thd / r * x;
			yd = thd / r * y;
		}
	} else {
		const r2 = x * x + y * y;
		const num = 1 + r2 * (k[0] + r2 * (k[1] + r2 * k[4]));
		const radial = k[5] === 0 && k[6] === 0 && k[7] === 0 ? num : num / (1 + r2 * (k[5] + r2 * (k[6] + r2 * k[7])));
		const xy2 = 2 * x * y;
		xd = x * radial + k[2] * xy2 + k[3] * (r2 + 2 * x * x);
		yd = y * radial + k[2] * (r2 + 2 * y * y) + k[3] * xy2;
	}
	out[o] = pc.fx * xd + pc.skew * yd + pc.cx;
	out[o + 1] = pc.fy * yd + pc.cy;
}
/** Projects one world point (metres) to pixels, writing out[o], out[o+1]. NaN in → NaN out. */
function projectPoint(pc, X, Y, Z, out, o) {
	const R = pc.R, t = pc.t;
	const xc = R[0] * X + R[1] * Y + R[2] * Z + t[0];
	const yc = R[3] * X + R[4] * Y + R[5] * Z + t[1];
	const zc = R[6] * X + R[7] * Y + R[8] * Z + t[2];
	distortToPixel(pc, xc / zc, yc / zc, out, o);
}
/** Projects world points n×3 (metres) to pixels n×2, with the camera's distortion. */
function projectPoints(cam, xyz) {
	const pc = "R" in cam ? cam : prepareCamera(cam);
	const n = Math.floor(xyz.length / 3);
	const out = new Float64Array(n * 2);
	for (let i = 0; i < n; i++) projectPoint(pc, xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], out, 2 * i);
	return out;
}
/**
* Removes the lens distortion from one pixel, writing normalised camera coordinates
* (X/Z, Y/Z) into out[o], out[o+1]. Solved iteratively (Newton) to ~1e-14.
*/
function undistortPoint(pc, u, v, out, o) {
	const yd = (v - pc.cy) / pc.fy;
	const xd = (u - pc.cx - pc.skew * yd) / pc.fx;
	const k = pc.k;
	if (pc.undistorted) {
		out[o] = xd;
		out[o + 1] = yd;
		return;
	}
	if (pc.fisheye) {
		const thd = Math.sqrt(xd * xd + yd * yd);
		if (thd < 1e-15) {
			out[o] = xd;
			out[o + 1] = yd;
			return;
		}
		let th = thd;
		for (let it = 0; it < 20; it++) {
			const t2 = th * th;
			const step = (th * (1 + t2 * (k[0] + t2 * (k[1] + t2 * (k[2] + t2 * k[3])))) - thd) / (1 + t2 * (3 * k[0] + t2 * (5 * k[1] + t2 * (7 * k[2] + t2 * 9 * k[3]))));
			th -= step;
			if (Math.abs(step) < 1e-14) break;
		}
		const s = Math.tan(th) / thd;
		out[o] = xd * s;
		out[o + 1] = yd * s;
		return;
	}
	const k1 = k[0], k2 = k[1], p1 = k[2], p2 = k[3], k3 = k[4], k4 = k[5], k5 = k[6], k6 = k[7];
	const r2d = xd * xd + yd * yd;
	const icd = (1 + r2d * (k4 + r2d * (k5 + r2d * k6))) / (1 + r2d * (k1 + r2d * (k2 + r2d * k3)));
	let x = (xd - 2 * p1 * xd * yd - p2 * (r2d + 2 * xd * xd)) * icd;
	let y = (yd - p1 * (r2d + 2 * yd * yd) - 2 * p2 * xd * yd) * icd;
	if (!Number.isFinite(x) || !Number.isFinite(y)) {
		x = xd;
		y = yd;
	}
	const rational = k4 !== 0 || k5 !== 0 || k6 !== 0;
	for (let it = 0; it < 30; it++) {
		const r2 = x * x + y * y;
		const num = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
		const dnum = k1 + r2 * (2 * k2 + r2 * 3 * k3);
		let radial, dradial;
		if (rational) {
			const den = 1 + r2 * (k4 + r2 * (k5 + r2 * k6));
			const dden = k4 + r2 * (2 * k5 + r2 * 3 * k6);
			radial = num / den;
			dradial = (dnum * den - num * dden) / (den * den);
		} else {
			radial = num;
			dradial = dnum;
		}
		const fx = x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x) - xd;
		const fy = y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y - yd;
		const j00 = radial + 2 * x * x * dradial + 2 * p1 * y + 6 * p2 * x;
		const j01 = 2 * x * y * dradial + 2 * p1 * x + 2 * p2 * y;
		const j11 = radial + 2 * y * y * dradial + 6 * p1 * y + 2 * p2 * x;
		const det = j00 * j11 - j01 * j01;
		if (det === 0 || !Number.isFinite(det)) break;
		const dx = (j11 * fx - j01 * fy) / det;
		const dy = (j00 * fy - j01 * fx) / det;
		x -= dx;
		y -= dy;
		if (Math.abs(dx) + Math.abs(dy) < NEWTON_LAST_STEP) break;
	}
	out[o] = x;
	out[o + 1] = y;
}
/** Undistortion's Newton loop ends after a step smaller than this (normalised units; see undistortPoint). */
var NEWTON_LAST_STEP = 1e-8;
// src/camera/imageSize.ts
/** Largest per-axis change treated as an encoder's resize (1088 ↔ 1080 is 0.74 %). */
var MAX_STRETCH = .02;
/** Largest difference between the two axes' factors treated as one uniform scale. */
var UNIFORM = .005;
/** How an image of width×height relates to the lens's calibrated size, and the factors from the lens's pixels to the image's. */
function imageSizeRelation(lens, width, height) {
	const sx = width / lens.width, sy = height / lens.height;
	if (width === lens.width && height === lens.height) return {
		relation: "same",
		sx: 1,
		sy: 1
	};
	if (!(sx > 0 && sy > 0)) return {
		relation: "mismatch",
		sx: 1,
		sy: 1
	};
	if (Math.abs(sx / sy - 1) < UNIFORM) return {
		relation: "scaled",
		sx,
		sy
	};
	if (Math.abs(sx - 1) <= MAX_STRETCH && Math.abs(sy - 1) <= MAX_STRETCH) return {
		relation: "stretched",
		sx,
		sy
	};
	if (Math.abs(sx / sy - 1) <= MAX_STRETCH) return {
		relation: "stretched",
		sx,
		sy
	};
	return {
		relation: "mismatch",
		sx: 1,
		sy: 1
	};
}
/** Where pixel coordinate u of a picture lands in the same picture resized by s (pixel centres at integer coordinates). */
function toResizedPixel(u, s) {
	return (u + .5) * s - .5;
}
/** The lens for images of width×height (null when the sizes cannot be related, see imageSizeRelation). Distortion is in normalised coordinates and stays as it is. */
function lensForImage(lens, width, height) {
	const { relation, sx, sy } = imageSizeRelation(lens, width, height);
	if (relation === "same") return lens;
	if (relation === "mismatch") return null;
	const m = [...lens.matrix];
	m[0] *= sx;
	m[1] *= sx;
	m[2] = toResizedPixel(m[2], sx);
	m[4] *= sy;
	m[5] = toResizedPixel(m[5], sy);
	return {
		...lens,
		matrix: m,
		width,
		height
	};
}
// src/report/computeQuality.ts
/** Frames of 3D points projected at a time by computeQuality. */
var PROJECT_CHUNK_FRAMES = 1e3;
/** Median reprojection error as a share of the subject's size in the image: at most this is good … */
var REL_ERROR_GOOD = .025;
/** … and above this is poor (between: fair). */
var REL_ERROR_FAIR = .06;
/** Bones at least this long (m) count for the overall stability figure when a layout has no limb/trunk bones by name. */
var LONG_BONE_M = .12;
/** Joints whose bones a user can act on (limbs and trunk): not the face, hands or toes. */
var LIMB_TRUNK_JOINTS = /* @__PURE__ */ new Set([
	"Hip",
	"MidHip",
	"Neck",
	"LHip",
	"RHip",
	"LKnee",
	"RKnee",
	"LAnkle",
	"RAnkle",
	"LShoulder",
	"RShoulder",
	"LElbow",
	"RElbow",
	"LWrist",
	"RWrist"
]);
/** A limb or trunk bone: both ends are body joints (LShoulder–Nose is not; LHip–LKnee is). */
var isLimbOrTrunkBone = (a, b) => LIMB_TRUNK_JOINTS.has(a) && LIMB_TRUNK_JOINTS.has(b);
/** The bones the overall stability figure and the verdict judge: limb/trunk bones, else (a layout without them) the long ones. */
function judgedBones(bones) {
	const named = bones.filter((b) => b.limbOrTrunk);
	return named.length ? named : bones.filter((b) => b.meanLengthM >= LONG_BONE_M);
}
/** Bone lengths per frame (NaN when an end is missing). */
function boneLengths(points, a, b) {
	const out = new Float64Array(points.frames);
	for (let f = 0; f < points.frames; f++) {
		const ia = (f * points.joints + a) * 3;
		const ib = (f * points.joints + b) * 3;
		const dx = points.data[ia] - points.data[ib];
		const dy = points.data[ia + 1] - points.data[ib + 1];
		const dz = points.data[ia + 2] - points.data[ib + 2];
		out[f] = Math.sqrt(dx * dx + dy * dy + dz * dz);
	}
	return out;
}
/** Coefficient of variation of each bone's length over the frames where both ends exist. */
function boneStability(points) {
	const layout = getLayout(points.layout);
	return layout.boneIndices.map(([a, b]) => {
		const len = Array.from(boneLengths(points, a, b)).filter(Number.isFinite);
		const mean = len.reduce((s, x) => s + x, 0) / (len.length || 1);
		const sd = Math.sqrt(len.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, len.length - 1));
		return {
			name: `${layout.keypoints[a]}–${layout.keypoints[b]}`,
			meanLengthM: len.length ? mean : NaN,
			sdLengthM: len.length > 1 ? sd : NaN,
			cv: len.length > 1 && mean > 0 ? sd / mean : NaN,
			frames: len.length,
			limbOrTrunk: isLimbOrTrunkBone(layout.keypoints[a], layout.keypoints[b])
		};
	});
}
/**
* Factors from a camera's 2D keypoint pixels to its calibration pixels along x and y, exactly as
* triangulation applies them (camera/imageSize.ts): the calibration's size over the video's when the
* video is a uniformly scaled copy or an encoder's resize (1088 → 1080), else 1.
*/
function imageScale(seq, cam) {
	if (!(seq.imageWidth > 0 && seq.imageHeight > 0 && cam.width > 0 && cam.height > 0)) return {
		sx: 1,
		sy: 1
	};
	const { relation, sx, sy } = imageSizeRelation(cam, seq.imageWidth, seq.imageHeight);
	return relation === "scaled" || relation === "stretched" ? {
		sx: 1 / sx,
		sy: 1 / sy
	} : {
		sx: 1,
		sy: 1
	};
}
function computeQuality(input) {
	const { rig, sequences, raw, filtered, minScore } = input;
	const layout = getLayout(raw.layout);
	const F = raw.frames;
	const J = raw.joints;
	const nCam = rig.cameras.length;
	const camErrMedian = new Array(nCam).fill(NaN), camErrP90 = new Array(nCam).fill(NaN);
	const camUsed = new Array(nCam).fill(0);
	const camRejected = new Array(nCam).fill(0);
	const camSeen = new Array(nCam).fill(0);
	const jointScoreSum = new Array(J).fill(0), jointScoreCount = new Array(J).fill(0);
	const jointCams = new Array(J).fill(0);
	let valid = 0;
	const seqJ = sequences.map((s) => Math.min(s.joints, J));
	const camSubjectPx = new Array(nCam).fill(NaN);
	const errBuf = new Float64Array(F * J);
	for (let c = 0; c < nCam; c++) {
		const seq = sequences[c];
		const cam = rig.cameras[c];
		const pc = prepareCamera(cam);
		let proj = /* @__PURE__ */ new Float64Array(0), projFirst = -1;
		/** Index in proj of frame f's first point. */
		const projectedAt = (f) => {
			const first = f - f % PROJECT_CHUNK_FRAMES;
			if (first !== projFirst) {
				proj = projectPoints(pc, raw.data.subarray(first * J * 3, Math.min(F, first + PROJECT_CHUNK_FRAMES) * J * 3));
				projFirst = first;
			}
			return (f - first) * J * 2;
		};
		const sizes = [];
		for (let f = 0; f < F; f++) {
			const at = projectedAt(f);
			let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity, n = 0;
			for (let j = 0; j < J; j++) {
				const x = proj[at + j * 2], y = proj[at + j * 2 + 1];
				if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
				x0 = Math.min(x0, x);
				x1 = Math.max(x1, x);
				y0 = Math.min(y0, y);
				y1 = Math.max(y1, y);
				n++;
			}
			if (n >= Math.max(2, J / 2)) sizes.push(Math.max(x1 - x0, y1 - y0));
		}
		camSubjectPx[c] = median(sizes);
		const toCalib = imageScale(seq, cam);
		const nearPx = .05 * Math.max(cam.width || seq.imageWidth * toCalib.sx, cam.height || seq.imageHeight * toCalib.sy);
		let framesSeen = 0;
		let nErr = 0;
		const window = new FrameWindow([seq]);
		for (let f = 0; f < F; f++) {
			const sf = Math.min(f, seq.frames - 1);
			if (sf >= 0) window.ensure(sf);
			const d2 = window.data[0];
			const at = projectedAt(f);
			let subjectJoints = 0;
			let projected = 0;
			for (let j = 0; j < seqJ[c]; j++) {
				const k = f * J + j;
				const px = proj[at + j * 2];
				const py = proj[at + j * 2 + 1];
				if (!Number.isFinite(px)) continue;
				projected++;
				let best = Infinity;
				let bestScore = NaN;
				for (let p = 0; p < seq.persons; p++) {
					const o = window.offset(sf, seq.persons, p, seq.joints, j);
					const d = Math.hypot(d2[o] * toCalib.sx - px, d2[o + 1] * toCalib.sy - py);
					if (d < best) {
						best = d;
						bestScore = d2[o + 2];
					}
				}
				if (raw.cameraMask[k] >>> c & 1) {
					camUsed[c]++;
					if (Number.isFinite(best)) errBuf[nErr++] = best;
					if (Number.isFinite(bestScore)) {
						jointScoreSum[j] += bestScore;
						jointScoreCount[j]++;
					}
				} else if (best < nearPx && bestScore >= minScore) camRejected[c]++;
				if (best < nearPx && bestScore >= minScore) subjectJoints++;
			}
			if (f < seq.frames && projected > 0 && subjectJoints >= projected / 2) framesSeen++;
		}
		camSeen[c] = framesSeen;
		const errs = errBuf.subarray(0, nErr).sort();
		camErrMedian[c] = quantileOfSorted(errs, .5);
		camErrP90[c] = quantileOfSorted(errs, .9);
	}
	for (let k = 0; k < F * J; k++) {
		if (Number.isFinite(raw.data[k * 3])) valid++;
		let m = raw.cameraMask[k];
		let n = 0;
		while (m) {
			n += m & 1;
			m >>>= 1;
		}
		jointCams[k % J] += n;
	}
	const cameras = rig.cameras.map((cam, c) => ({
		name: sequences[c]?.camera ?? cam.name,
		detectionRate: F ? camSeen[c] / F : 0,
		usedRate: valid ? camUsed[c] / valid : 0,
		reprojectionErrorPx: camErrMedian[c],
		reprojectionErrorP90Px: camErrP90[c],
		subjectSizePx: camSubjectPx[c],
		rejectedRate: camUsed[c] + camRejected[c] ? camRejected[c] / (camUsed[c] + camRejected[c]) : 0
	}));
	const joints = layout.keypoints.slice(0, J).map((name, j) => {
		let missRaw = 0;
		let missFinal = 0;
		const errs = [];
		let present = 0;
		for (let f = 0; f < F; f++) {
			const k = f * J + j;
			if (!Number.isFinite(raw.data[k * 3])) missRaw++;
			else {
				present++;
				errs.push(raw.reprojectionErrorPx[k]);
			}
			if (f < filtered.frames && !Number.isFinite(filtered.data[(f * filtered.joints + j) * 3])) missFinal++;
		}
		return {
			name,
			meanConfidence: jointScoreCount[j] ? jointScoreSum[j] / jointScoreCount[j] : NaN,
			missingFramesRaw: missRaw,
			gapFrames: missFinal,
			reprojectionErrorPx: median(errs),
			meanCameras: present ? jointCams[j] / present : 0
		};
	});
	const bones = boneStability(filtered);
	const medianErr = quantileOfSorted(sortedFinite(raw.reprojectionErrorPx, errBuf), .5);
	let presentFinal = 0;
	for (let k = 0; k < filtered.frames * filtered.joints; k++) if (Number.isFinite(filtered.data[k * 3])) presentFinal++;
	const heights = [];
	for (let f = 0; f < filtered.frames; f++) {
		let lo = Infinity;
		let hi = -Infinity;
		for (let j = 0; j < filtered.joints; j++) {
			const z = filtered.data[(f * filtered.joints + j) * 3 + 2];
			if (Number.isFinite(z)) {
				lo = Math.min(lo, z);
				hi = Math.max(hi, z);
			}
		}
		if (hi > lo) heights.push(hi - lo);
	}
	const cvs = bones.map((b) => b.cv).filter(Number.isFinite);
	const longCvs = judgedBones(bones).map((b) => b.cv).filter(Number.isFinite);
	const overall = {
		medianReprojectionErrorPx: medianErr,
		completeness: filtered.frames * filtered.joints ? presentFinal / (filtered.frames * filtered.joints) : 0,
		gaps: input.gaps.length,
		gapFrames: input.gaps.reduce((s, g) => s + g.frames, 0),
		medianBoneCv: longCvs.length ? median(longCvs) : median(cvs),
		medianBoneCvAll: median(cvs),
		maxBoneCv: cvs.length ? Math.max(...cvs) : NaN,
		heightM: median(heights),
		reprojectionErrorOfSubject: medianErr / median(camSubjectPx)
	};
	const imageSizePx = Math.max(...rig.cameras.map((c, i) => Math.max(c.width || sequences[i]?.imageWidth, c.height || sequences[i]?.imageHeight)));
	return {
		frames: F,
		fps: raw.fps,
		durationS: raw.fps > 0 ? F / raw.fps : NaN,
		layout: raw.layout,
		cameras,
		joints,
		bones,
		overall,
		verdict: judge(cameras, bones, overall, imageSizePx, input.warnings),
		warnings: input.warnings
	};
}
/** Warning codes that mean a camera was left out of the capture (see judge). */
var LEFT_OUT_WARNINGS = /* @__PURE__ */ new Set(["camera-sees-nobody"]);
var fmt = (x, d = 1) => Number.isFinite(x) ? x.toFixed(d) : "–";
var pct = (x) => Number.isFinite(x) ? `${Math.round(x * 100)} %` : "–";
/** A percentage with one decimal, for figures compared with a threshold (5.4 % must not read as "5 %; below 5 % is good"). */
var pct1 = (x) => Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : "–";
/**
* The verdict: thresholds relative to the image size for pixels (a 10 px error means less in a
* 4K image), absolute for bone stretch and completeness.
*/
function judge(cameras, bones, overall, imageSizePx, warnings = []) {
	const checks = [];
	const bad = (text) => void checks.push({
		ok: false,
		text
	});
	const good = (text) => void checks.push({
		ok: true,
		text
	});
	const leftOut = warnings.filter((w) => LEFT_OUT_WARNINGS.has(w.code)).length;
	for (const w of warnings) if (LEFT_OUT_WARNINGS.has(w.code)) bad(w.message);
	let level = "good";
	const worse = (l) => {
		if (l === "poor" || l === "fair" && level === "good") level = l;
	};
	for (const w of warnings) if (w.code === "sync-low-confidence") {
		worse("fair");
		bad(w.message);
	}
	const goodPx = .005 * imageSizePx;
	const fairPx = .012 * imageSizePx;
	const e = overall.medianReprojectionErrorPx;
	const rel = overall.reprojectionErrorOfSubject;
	if (!Number.isFinite(e)) {
		worse("poor");
		bad("nothing could be triangulated");
	} else if (Number.isFinite(rel) && rel > 0) {
		const what = `median reprojection error ${fmt(e)} px = ${pct1(rel)} of the subject's size in the image`;
		if (rel > .06) {
			worse("poor");
			bad(`${what} is high (above ${pct1(REL_ERROR_FAIR)}): calibration or synchronisation may be off`);
		} else if (rel > .025) {
			worse("fair");
			bad(`${what} is moderate (good is below ${pct1(REL_ERROR_GOOD)})`);
		} else good(`${what} is low`);
	} else if (e > fairPx) {
		worse("poor");
		bad(`median reprojection error ${fmt(e)} px is high (above ${fmt(fairPx)} px for these images): calibration or synchronisation may be off`);
	} else if (e > goodPx) {
		worse("fair");
		bad(`median reprojection error ${fmt(e)} px is moderate (good is below ${fmt(goodPx)} px for these images)`);
	} else good(`median reprojection error ${fmt(e)} px is low`);
	const cv = overall.medianBoneCv;
	if (Number.isFinite(cv)) {
		if (cv > .1) {
			worse("poor");
			bad(`limb and trunk bones stretch a lot (median length variation ${pct1(cv)}; a real body stays below ~5 %)`);
		} else if (cv > .05) {
			worse("fair");
			bad(`limb and trunk bones stretch somewhat (median length variation ${pct1(cv)}; below 5 % is good)`);
		} else good(`limb and trunk bone lengths are stable (median variation ${pct1(cv)})`);
		const worstBone = judgedBones(bones).filter((b) => Number.isFinite(b.cv)).sort((a, b) => b.cv - a.cv)[0];
		if (worstBone && worstBone.cv > .1) bad(`least stable bone: ${worstBone.name} (${pct(worstBone.cv)})`);
	}
	const boneM = median(judgedBones(bones).map((b) => b.meanLengthM));
	if (Number.isFinite(boneM) && (boneM < .05 || boneM > 1.5)) {
		worse("poor");
		bad(`limb and trunk bones measure ${boneM < .05 ? `${fmt(boneM * 1e3, 2)} mm` : `${fmt(boneM, 1)} m`} (median), a person's are 0.2–0.5 m: the calibration's units are probably wrong (check project.calibration_units in mocap.toml)`);
	}
	const comp = overall.completeness;
	if (comp < .8) {
		worse("poor");
		bad(`${pct(1 - comp)} of joint positions are missing`);
	} else if (comp < .97) {
		worse("fair");
		bad(`${pct(1 - comp)} of joint positions are missing (${overall.gaps} gaps)`);
	} else good(`${pct(comp)} of joint positions are present`);
	let worstCamera;
	if (cameras.length >= 3 && Number.isFinite(e) && cameras.some((c) => c.usedRate > 0)) {
		const w = cameras.map((c, i) => {
			const others = cameras.filter((_, k) => k !== i);
			const errOthers = median(others.map((o) => o.reprojectionErrorPx));
			const usedOthers = median(others.map((o) => o.usedRate));
			const errRatio = c.reprojectionErrorPx / Math.max(errOthers, .5);
			const usedRatio = c.usedRate / Math.max(usedOthers, 1e-6);
			return {
				c,
				errOthers,
				usedOthers,
				errRatio,
				usedRatio,
				badness: Math.max(errRatio, usedRatio > 0 ? 1 / usedRatio : 10)
			};
		}).sort((a, b) => b.badness - a.badness)[0];
		if (w && w.errRatio > 1.6 && w.c.reprojectionErrorPx > goodPx) worstCamera = {
			name: w.c.name,
			why: `its reprojection error is ${fmt(w.c.reprojectionErrorPx)} px against ${fmt(w.errOthers)} px for the other cameras`
		};
		else if (w && w.usedRatio < .6) worstCamera = {
			name: w.c.name,
			why: `it contributes to only ${pct(w.c.usedRate)} of the points against ${pct(w.usedOthers)} for the other cameras (occlusion, framing or wrong detections)`
		};
		if (worstCamera) {
			bad(`${worstCamera.name} hurts this capture: ${worstCamera.why}`);
			worse("fair");
		}
	}
	const headline = !Number.isFinite(e) ? "Nothing was captured: no joint could be triangulated in any frame." : level === "good" ? leftOut ? `Trust this capture from the cameras used: they agree and the body keeps its shape; ${leftOut === 1 ? "1 camera was" : `${leftOut} cameras were`} left out (see below).` : "Trust this capture: the cameras agree and the body keeps its shape." : level === "fair" ? `Usable with care${worstCamera ? ` — check ${worstCamera.name}` : ""}: see the reasons below.` : `Do not trust this capture as it is${worstCamera ? ` — start with ${worstCamera.name}` : ""}: see the reasons below.`;
	const sorted = [...checks.filter((c) => !c.ok), ...checks.filter((c) => c.ok)];
	const reasons = sorted.map((c) => `${c.ok ? "✓" : "✗"} ${c.text}`);
	return {
		level,
		headline,
		reasons,
		checks: sorted,
		worstCamera
	};
}
// src/sync/resampleSequence.ts
/**
* The camera's keypoints at the target times (ms on the reference clock, from the reference's first
* frame). Joints are interpolated linearly between the frames either side when both have them; a
* joint seen on one side only is kept when the target is within a quarter of the interval of that
* frame; the confidence is the lower of the two frames'. A person slot is followed by its track
* id (same slot order when ids are unknown). Targets up to 0.45 of a frame interval before the
* camera's first or after its last frame take that frame; further out they are empty (NaN).
*/
/** Targets up to this many frame intervals outside the camera's frames take its first or last frame. */
var EDGE_FRAMES = .45;
function resampleSequence(seq, clock, targetTimesMs, targetFps) {
	const { persons, joints, data, trackIds } = seq;
	const frames = targetTimesMs.length;
	const stride = joints * 3;
	const out = new Float32Array(frames * persons * stride).fill(NaN);
	const outIds = new Int32Array(frames * persons).fill(-1);
	const ts = seq.timestampsMs;
	const n = seq.frames;
	const t0 = n ? ts[0] : 0;
	const rate = 1 + (clock.ratePpm ?? 0) * 1e-6;
	const refT0 = frames ? targetTimesMs[0] : 0;
	const edgeMs = n > 1 ? EDGE_FRAMES * (ts[n - 1] - t0) / (n - 1) : 0;
	let i = 0;
	for (let k = 0; k < frames; k++) {
		const local = ((targetTimesMs[k] - refT0) / 1e3 - clock.startS) / rate * 1e3;
		if (n === 0 || local < -edgeMs || local > ts[n - 1] - t0 + edgeMs) continue;
		while (i < n - 2 && ts[i + 1] - t0 <= local) i++;
		const a = i;
		const b = Math.min(n - 1, i + 1);
		const ta = ts[a] - t0;
		const tb = ts[b] - t0;
		const w = b > a && tb > ta ? Math.min(1, Math.max(0, (local - ta) / (tb - ta))) : 0;
		for (let p = 0; p < persons; p++) {
			const id = trackIds[a * persons + p];
			let q = p;
			if (id >= 0) {
				q = -1;
				for (let r = 0; r < persons; r++) if (trackIds[b * persons + r] === id) q = r;
			}
			const oa = (a * persons + p) * stride;
			const ob = q >= 0 ? (b * persons + q) * stride : -1;
			const oo = (k * persons + p) * stride;
			let any = false;
			for (let j = 0; j < stride; j += 3) {
				const ax = data[oa + j];
				const bx = ob >= 0 ? data[ob + j] : NaN;
				if (!Number.isNaN(ax) && !Number.isNaN(bx)) {
					out[oo + j] = ax + (bx - ax) * w;
					out[oo + j + 1] = data[oa + j + 1] + (data[ob + j + 1] - data[oa + j + 1]) * w;
					out[oo + j + 2] = Math.min(data[oa + j + 2], data[ob + j + 2]);
					any = true;
				} else if (!Number.isNaN(ax) && w <= .25) {
					out[oo + j] = ax;
					out[oo + j + 1] = data[oa + j + 1];
					out[oo + j + 2] = data[oa + j + 2];
					any = true;
				} else if (!Number.isNaN(bx) && w >= .75) {
					out[oo + j] = bx;
					out[oo + j + 1] = data[ob + j + 1];
					out[oo + j + 2] = data[ob + j + 2];
					any = true;
				}
			}
			if (any) outIds[k * persons + p] = id >= 0 ? id : w < .5 ? id : trackIds[b * persons + p];
		}
	}
	return {
		...seq,
		fps: targetFps,
		frames,
		data: out,
		trackIds: outIds,
		timestampsMs: Float64Array.from(targetTimesMs)
	};
}
// src/triangulate/triangulateSettings.ts
/** The [triangulation] section of mocap.toml: validates it and fills in the defaults (`triangulateSettingsSchema.parse({})`). */
var triangulateSettingsSchema = object({
	/** Fewest cameras that must agree on a keypoint for it to be triangulated. Defaults to 2. */
	min_cameras: number().int().min(2).max(32).default(2).describe("fewest cameras that must agree on a keypoint (≥ 2)"),
	/** 2D keypoints with a lower detection score are ignored. Defaults to 0.3. */
	min_score: number().min(0).max(1).default(.3).describe("2D keypoints scoring below this are ignored (0–1)"),
	/**
	* A camera whose reprojection error for a keypoint exceeds its threshold disagrees with the
	* others and is excluded, down to min_cameras; a keypoint that still disagrees is left missing.
	* Threshold of camera c in frame f = max(max_reprojection_error_px,
	* max_reprojection_error_ratio × the subject's size in that view), where size is the longer side
	* of the box around the subject's 2D keypoints (running median over ±15 frames). Detector
	* errors grow with the person's size in the image, so a fixed pixel threshold alone is too strict
	* for a near person and too lax for a far one. max_reprojection_error_px is the floor, in pixels.
	* Defaults to 15 (as Pose2Sim).
	*/
	max_reprojection_error_px: number().positive().default(15).describe("a camera further than this (pixels; the floor of the size-scaled threshold) from the consensus is excluded"),
	/**
	* The ceiling of the outlier threshold as a fraction of the subject's apparent size in each view
	* (see max_reprojection_error_px; 0 = fixed pixel threshold). Each camera's ratio is lowered to
	* 4 × its median residual relative to the subject's size (a pilot over ≤ 200 frames), so a
	* precise detector keeps the tight pixel floor and only a noisy one gets the wider threshold.
	* Defaults to 0.06: on the real four-camera lab recording (MoveNet Lightning, subject ~650 px in
	* 1080×1920) it keeps 3.75 of 4 views per keypoint instead of 2.8 and lowers the mean limb
	* bone-length CV from 7.5 % to 4.8 %; synthetic results (2 px noise, wrong keypoints, swaps)
	* are unchanged.
	*/
	max_reprojection_error_ratio: number().min(0).max(1).default(.06).describe("ceiling of the outlier threshold as a fraction of the subject's size in each view, lowered per camera to 4 × its typical residual (0 = pixels only)"),
	/** Gaps of at most this many frames are filled by interpolation; longer gaps stay missing and are reported. Defaults to 10. */
	max_gap_frames: number().int().min(0).default(10).describe("fill gaps up to this many frames; longer gaps stay missing"),
	/** How short gaps are filled: "linear" or "cubic" (Hermite through the neighbouring frames). Defaults to "cubic". */
	interpolation: _enum(["linear", "cubic"]).default("cubic").describe("gap filling: linear or cubic"),
	/** Try each camera's view with left and right swapped and keep the labelling that agrees with the other cameras. Defaults to true. */
	fix_left_right_swaps: boolean().default(true).describe("correct views whose detector swapped left and right"),
	/**
	* Who to triangulate when several people are detected: "auto" (the person seen consistently by
	* the most cameras over time, nearest the middle of the capture volume), one track id used in
	* every camera, or a table of track ids per camera (e.g. { cam01 = 2, cam02 = 0 }; cameras not
	* listed are matched geometrically). Defaults to "auto".
	*/
	subject: union([
		literal("auto"),
		number().int().min(0),
		record(string(), number().int().min(0))
	]).default("auto").describe("\"auto\", a track id, or a table of track ids per camera"),
	/**
	* Who is triangulated: "subject" (one person, chosen by `subject`; outputs in output/ as always),
	* "all" (everyone seen by 2 or more cameras, followed through the take with a stable number), or
	* a number N (the N people seen longest). With several people each gets its own outputs in
	* output/person-<n>/ (see docs/multi-person.md). Defaults to "subject".
	*/
	people: union([_enum(["subject", "all"]), number().int().min(1).max(32)], { error: "use \"subject\" (one person), \"all\" or a number of people from 1 to 32" }).default("subject").describe("\"subject\" (one person), \"all\", or the most people to triangulate (outputs in output/person-<n>/)")
});
// src/detect/detectSettingsSchema.ts
/** The [detect] section of mocap.toml: validates it and fills in the defaults (`detectSettingsSchema.parse({})`). */
var detectSettingsSchema = object({
	/** Pose model. movenet-lightning is the fast default; movenet-thunder and blazepose-* are slower and
	* may be more accurate; movenet-multipose finds everyone in one pass; movenet-lightning+blazepose-full
	* is Lightning's body with BlazePose full's heels and big toes (for ankle angles and foot markers,
	* about half Lightning's speed; docs/models.md). Defaults to "movenet-lightning". */
	model: _enum(MODEL_NAMES).default("movenet-lightning"),
	/** Most people tracked per frame (bystanders help the 3D stage pick the subject). Defaults to 3. */
	max_persons: number().int().min(1).max(16).default(3),
	/** Keypoints scoring below this are stored as missing (NaN). Defaults to 0.05. */
	min_score: number().min(0).max(1).default(.05),
	/** A person whose mean keypoint score falls below this is dropped (and searched for again). Defaults to 0.25. */
	min_person_score: number().min(0).max(1).default(.25),
	/** Search the whole frame for new people every this many frames. Defaults to 30. */
	search_interval_frames: number().int().min(1).default(30),
	/** Model that searches the whole frame for new people: "auto" (the pose model itself, on the whole
	* frame and on overlapping tiles; MoveNet Lightning for BlazePose), "same" (the pose model itself),
	* or a finder model by name ("movenet-multipose" is downloaded into the model cache once).
	* Defaults to "auto". */
	finder: _enum([
		"auto",
		"same",
		...FINDER_NAMES
	]).default("auto"),
	/** Person crop side = this × the longer side of the person's keypoint box. Defaults to 1.35. */
	crop_padding: number().min(1).max(4).default(1.35),
	/** Run the pose model a second time per person and frame, on a crop around where the first run
	* found the person in this frame (the first crop follows the previous frame), for twice the model
	* time. calibrate --from-person does this with crop_padding 1.1. Median 4-view reprojection on the
	* lab's two-people take with its scene calibration: movenet-thunder 7.8 → 6.9 px (with crop_padding
	* 1.1); movenet-lightning 8.7 → 9.2 px (1.35) and 8.7 px (1.1), so not with Lightning. Defaults to false. */
	recrop: boolean().default(false),
	/** Flip test: run the pose model also on the left–right mirrored crop and average the two (left and
	* right relabelled), for twice the model time (src/detect/flipTest.ts). On the lab take: Lightning
	* 14.8 → 14.7 px for 1.8× the CPU (docs/models.md). Defaults to false. */
	flip_test: boolean().default(false),
	/** With a fused model (model = "movenet-lightning+blazepose-full" …): run its feet model every this many
	* frames; in between, the last heel and toe positions relative to the ankles follow the body model's
	* ankles (faster; measured in docs/models.md). Single models ignore it. Defaults to 1. */
	feet_interval_frames: number().int().min(1).max(10).default(1),
	/** Frames are decoded so that their longer side is at most this many pixels (0 = full size);
	* keypoints are always reported in full-size pixels (a person crop only needs ~192 px of person).
	* On the 1080×1920 lab videos 640 gave the same multi-view accuracy as 960 and full size (15.8 px)
	* for less CPU (median 52 vs 59 CPU ms/frame, bench/detect.ts); 480 starts to lose (16.0 px). Defaults to 640. */
	max_decode_size: number().int().min(0).default(640),
	/** Worker threads running the model (0 = one per CPU core). Defaults to 0. */
	workers: number().int().min(0).max(64).default(0),
	/** Also write OpenPose-style JSON folders to pose2d/<camera>_json/. Defaults to false. */
	openpose: boolean().default(false)
});
// src/calibration/calibrationSettingsSchema.ts
var CHARUCO_DICTIONARIES = [
	"DICT_4X4_50",
	"DICT_4X4_100",
	"DICT_4X4_250",
	"DICT_4X4_1000",
	"DICT_5X5_50",
	"DICT_5X5_100",
	"DICT_5X5_250",
	"DICT_5X5_1000",
	"DICT_6X6_50",
	"DICT_6X6_100",
	"DICT_6X6_250",
	"DICT_6X6_1000",
	"DICT_7X7_50",
	"DICT_7X7_100",
	"DICT_7X7_250",
	"DICT_7X7_1000",
	"DICT_ARUCO_ORIGINAL",
	"DICT_APRILTAG_16h5",
	"DICT_APRILTAG_25h9",
	"DICT_APRILTAG_36h10",
	"DICT_APRILTAG_36h11"
];
function normaliseDictionaryName(name) {
	if (typeof name !== "string") return name;
	const up = name.trim().toUpperCase().replace(/[-\s]+/g, "_");
	const full = up.startsWith("DICT_") ? up : `DICT_${up}`;
	return CHARUCO_DICTIONARIES.find((d) => d.toUpperCase() === full) ?? name;
}
var pair = tuple([number().int().min(2).max(64), number().int().min(2).max(64)]);
var calibrationSettingsSchema = object({
	/** Calibration target: "checkerboard" or "charuco". Defaults to "checkerboard". */
	board: _enum(["checkerboard", "charuco"]).default("checkerboard"),
	/**
	* Board filmed for the camera positions, when it differs from `board` (e.g. a checkerboard for
	* the lenses, as Pose2Sim does, and a ChArUco board for the positions, as FreeMoCap does).
	* Defaults to the value of board.
	*/
	extrinsics_board: _enum(["checkerboard", "charuco"]).optional(),
	/** Checkerboard inner corners [along one side, along the other] (a board of 5×8 squares has 4×7). Defaults to [4, 7]. */
	inner_corners: pair.default([4, 7]),
	/**
	* Side of one printed board square, millimetres (checkerboard and ChArUco): measure it. Intrinsics do
	* not depend on it; camera positions do, so extrinsics need it set (with extrinsics_board, it is the
	* square of that board). Defaults to 60.
	*/
	square_size_mm: number().positive().max(2e3).default(60),
	/** ChArUco board squares [across, down]; FreeMoCap's default board is 7×5. Defaults to [7, 5]. */
	charuco_squares: pair.default([7, 5]),
	/** ChArUco marker side as a fraction of the square side (FreeMoCap: 0.8). Defaults to 0.8. */
	charuco_marker_ratio: number().gt(0).lt(1).default(.8),
	/** ChArUco marker dictionary (OpenCV's predefined names). Defaults to "DICT_4X4_250". */
	charuco_dictionary: preprocess(normaliseDictionaryName, _enum(CHARUCO_DICTIONARIES, { message: `unknown dictionary; use one of OpenCV's names, e.g. DICT_4X4_250 (FreeMoCap), DICT_5X5_100, DICT_6X6_250, DICT_ARUCO_ORIGINAL` })).default("DICT_4X4_250"),
	/**
	* ChArUco boards with an even number of squares down were laid out differently before OpenCV 4.6
	* (the top-left square is a marker, not black); set true for a board generated by an older OpenCV. Defaults to false.
	*/
	charuco_legacy_pattern: boolean().default(false),
	/** Views a camera needs for its intrinsics; fewer is an error. Defaults to 5. */
	min_views: number().int().min(3).default(5),
	/**
	* Most frames looked at in a calibration video, spread evenly over it; of those, blurred views and
	* near-repeats of a view already kept are skipped. Defaults to 100.
	*/
	max_video_frames: number().int().min(5).max(2e3).default(100),
	/** Distortion coefficients solved for: 4 (k1 k2 p1 p2, the Pose2Sim convention) or 5 (adds k3). Defaults to 4. */
	distortion_coefficients: union([literal(4), literal(5)]).default(4),
	/**
	* Height of the person used for --from-person scale, metres; with several people in view, the
	* tallest one's. Camera distances scale with it, so measure it. Defaults to 1.75.
	*/
	person_height_m: number().min(.5).max(2.5).default(1.75),
	/**
	* Pose model that finds the person's keypoints for --from-person when pose2d/ is absent (the slower,
	* more precise movenet-thunder gives better camera poses than movenet-lightning). Defaults to "movenet-thunder".
	*/
	person_model: _enum(MODEL_NAMES).default("movenet-thunder"),
	/**
	* --from-person also calibrates each half of the take alone and reports how far apart the halves
	* put the cameras (about twice the time; an honest measure of how firmly the take fixes them). Defaults to true.
	*/
	person_check_halves: boolean().default(true)
});
// src/triangulate/solvePoint.ts
function createSolverWorkspace(P, focalPx) {
	const n = focalPx.length;
	const centres = new Float64Array(n * 3);
	for (let c = 0; c < n; c++) {
		const o = c * 12;
		for (let k = 0; k < 3; k++) centres[c * 3 + k] = -(P[o + k] * P[o + 3] + P[o + 4 + k] * P[o + 7] + P[o + 8 + k] * P[o + 11]);
	}
	return {
		centres,
		prior: new Float64Array([
			NaN,
			NaN,
			NaN
		]),
		priorGateM: Infinity,
		cameras: n,
		P,
		focalPx,
		contrib: new Float64Array(n * 9),
		residualPx: new Float64Array(n),
		used: new Uint8Array(n),
		views: new Int32Array(n),
		X: /* @__PURE__ */ new Float64Array(3),
		bestUsed: new Uint8Array(n),
		thresholdPx: new Float64Array(n)
	};
}
/** Writes view c's weighted DLT rows into contrib (row weight w · depthScale). */
function accumulateView(ws, c, x, y, w) {
	const P = ws.P, o = c * 12;
	const a0 = w * (x * P[o + 8] - P[o]), a1 = w * (x * P[o + 9] - P[o + 1]), a2 = w * (x * P[o + 10] - P[o + 2]), a3 = w * (x * P[o + 11] - P[o + 3]);
	const b0 = w * (y * P[o + 8] - P[o + 4]), b1 = w * (y * P[o + 9] - P[o + 5]), b2 = w * (y * P[o + 10] - P[o + 6]), b3 = w * (y * P[o + 11] - P[o + 7]);
	const k = c * 9, m = ws.contrib;
	m[k] = a0 * a0 + b0 * b0;
	m[k + 1] = a0 * a1 + b0 * b1;
	m[k + 2] = a0 * a2 + b0 * b2;
	m[k + 3] = a1 * a1 + b1 * b1;
	m[k + 4] = a1 * a2 + b1 * b2;
	m[k + 5] = a2 * a2 + b2 * b2;
	m[k + 6] = a0 * a3 + b0 * b3;
	m[k + 7] = a1 * a3 + b1 * b3;
	m[k + 8] = a2 * a3 + b2 * b3;
}
/** Solves the summed normal equations of the views with used[c] = 1 into ws.X; false if degenerate. */
function solveUsed(ws, nViews) {
	let m00 = 0, m01 = 0, m02 = 0, m11 = 0, m12 = 0, m22 = 0, r0 = 0, r1 = 0, r2 = 0;
	const m = ws.contrib, used = ws.used, views = ws.views;
	for (let i = 0; i < nViews; i++) {
		const c = views[i];
		if (!used[c]) continue;
		const k = c * 9;
		m00 += m[k];
		m01 += m[k + 1];
		m02 += m[k + 2];
		m11 += m[k + 3];
		m12 += m[k + 4];
		m22 += m[k + 5];
		r0 -= m[k + 6];
		r1 -= m[k + 7];
		r2 -= m[k + 8];
	}
	const c00 = m11 * m22 - m12 * m12, c01 = m02 * m12 - m01 * m22, c02 = m01 * m12 - m02 * m11;
	const det = m00 * c00 + m01 * c01 + m02 * c02;
	const scale = m00 * m00 + m11 * m11 + m22 * m22;
	if (!(Math.abs(det) > 1e-14 * scale * Math.sqrt(scale))) return false;
	const c11 = m00 * m22 - m02 * m02, c12 = m01 * m02 - m00 * m12, c22 = m00 * m11 - m01 * m01;
	const X = ws.X;
	X[0] = (c00 * r0 + c01 * r1 + c02 * r2) / det;
	X[1] = (c01 * r0 + c11 * r1 + c12 * r2) / det;
	X[2] = (c02 * r0 + c12 * r1 + c22 * r2) / det;
	return Number.isFinite(X[0]) && Number.isFinite(X[1]) && Number.isFinite(X[2]);
}
/** Residual (px) of view c's observation (x, y) against point X; Infinity behind the camera. */
function residualOf(ws, c, X0, X1, X2, x, y) {
	const P = ws.P, o = c * 12;
	const zc = P[o + 8] * X0 + P[o + 9] * X1 + P[o + 10] * X2 + P[o + 11];
	if (!(zc > 1e-6)) return Infinity;
	const dx = P[o] * X0 + P[o + 1] * X1 + P[o + 2] * X2 + P[o + 3] - x * zc;
	const dy = P[o + 4] * X0 + P[o + 5] * X1 + P[o + 6] * X2 + P[o + 7] - y * zc;
	return Math.sqrt(dx * dx + dy * dy) * ws.focalPx[c] / zc;
}
/** Cosine of the angle between the rays from cameras a and b to X (near ±1 = ill-conditioned pair). */
function rayCosine(ws, a, b, X) {
	const C = ws.centres;
	const ux = C[a * 3] - X[0], uy = C[a * 3 + 1] - X[1], uz = C[a * 3 + 2] - X[2];
	const vx = C[b * 3] - X[0], vy = C[b * 3 + 1] - X[1], vz = C[b * 3 + 2] - X[2];
	return (ux * vx + uy * vy + uz * vz) / Math.sqrt((ux * ux + uy * uy + uz * uz) * (vx * vx + vy * vy + vz * vz));
}
/** Two views closer than this to parallel or anti-parallel (cos of 10°) cannot check each other. */
var MAX_PAIR_COSINE = Math.cos(10 * Math.PI / 180);
function depthOf(ws, c, X) {
	const P = ws.P, o = c * 12;
	return P[o + 8] * X[0] + P[o + 9] * X[1] + P[o + 10] * X[2] + P[o + 11];
}
/** Residuals of every view with an observation against ws.X; returns the worst used view (or −1) and its residual via ws. */
function computeResiduals(ws, nViews, ox, oy, base, stride) {
	const X0 = ws.X[0], X1 = ws.X[1], X2 = ws.X[2];
	for (let i = 0; i < nViews; i++) {
		const c = ws.views[i];
		const k = base + c * stride;
		ws.residualPx[c] = residualOf(ws, c, X0, X1, X2, ox[k], oy[k]);
	}
}
/**
* Triangulates one point. Observation of camera c sits at index base + c·stride of ox, oy, ow
* (normalised coordinates and weight; weight 0 = no observation).
* On success returns the bit mask of the views used (≥ minCameras views, each within its threshold),
* with the point in ws.X and residuals in ws.residualPx; returns 0 when no agreeing set exists.
*/
function solvePoint(ws, ox, oy, ow, base, stride, opts) {
	const C = ws.cameras;
	let n = 0;
	const pr = ws.prior;
	const depthWeighting = opts.depthWeighting !== false;
	const priorDepth = depthWeighting && Number.isFinite(pr[0]);
	for (let c = 0; c < C; c++) {
		const k = base + c * stride;
		const w = ow[k];
		if (w > 0) {
			ws.views[n++] = c;
			accumulateView(ws, c, ox[k], oy[k], priorDepth ? w / Math.max(depthOf(ws, c, pr), .001) : w);
			ws.used[c] = 1;
		} else ws.used[c] = 0;
	}
	if (n < opts.minCameras || n < 2) return 0;
	const thr = ws.thresholdPx;
	if (opts.maxErrorPxPerCamera) for (let c = 0; c < C; c++) thr[c] = opts.maxErrorPxPerCamera[c];
	else thr.fill(opts.maxErrorPx);
	const ok = solveUsed(ws, n);
	let outlier = false;
	if (ok) {
		const X0 = ws.X[0], X1 = ws.X[1], X2 = ws.X[2], views = ws.views, res = ws.residualPx;
		let all = 0;
		for (let i = 0; i < n; i++) {
			const c = views[i], k = base + c * stride;
			const r = residualOf(ws, c, X0, X1, X2, ox[k], oy[k]);
			res[c] = r;
			if (r > thr[c]) outlier = true;
			all |= 1 << c;
		}
		if (!outlier && n > 2 && (!depthWeighting || priorDepth)) return all;
	}
	if (!ok || outlier && opts.robust) {
		if (!opts.robust) return 0;
		if (n <= 5) {
			if (!pairConsensus(ws, n, ox, oy, base, stride, opts)) return 0;
		} else {
			if (removeWorstViews(ws, n, ox, oy, base, stride, opts)) {
				const mask = finishSolve(ws, n, ox, oy, ow, base, stride, opts, depthWeighting, priorDepth);
				if (mask) return mask;
			}
			for (let i = 0; i < n; i++) {
				const c = ws.views[i], k = base + c * stride;
				accumulateView(ws, c, ox[k], oy[k], priorDepth ? ow[k] / Math.max(depthOf(ws, c, pr), .001) : ow[k]);
			}
			if (!pairConsensus(ws, n, ox, oy, base, stride, opts)) return 0;
		}
	}
	return finishSolve(ws, n, ox, oy, ow, base, stride, opts, depthWeighting, priorDepth);
}
/**
* The end of solvePoint once ws.used holds an agreeing set: refit with rows scaled by 1/depth, drop
* views beyond their threshold, and check a two-view result (conditioning, prior). Returns the mask or 0.
*/
function finishSolve(ws, n, ox, oy, ow, base, stride, opts, depthWeighting, priorDepth) {
	const thr = ws.thresholdPx, pr = ws.prior;
	let count = 0;
	for (let i = 0; i < n; i++) if (ws.used[ws.views[i]]) count++;
	if (count < opts.minCameras) return 0;
	if (depthWeighting && !priorDepth) {
		for (let i = 0; i < n; i++) {
			const c = ws.views[i];
			if (!ws.used[c]) continue;
			const z = depthOf(ws, c, ws.X);
			const k = base + c * stride;
			accumulateView(ws, c, ox[k], oy[k], ow[k] / Math.max(z, .001));
		}
		const save0 = ws.X[0], save1 = ws.X[1], save2 = ws.X[2];
		if (!solveUsed(ws, n)) {
			ws.X[0] = save0;
			ws.X[1] = save1;
			ws.X[2] = save2;
		}
		computeResiduals(ws, n, ox, oy, base, stride);
	}
	let mask = 0;
	count = 0;
	for (let i = 0; i < n; i++) {
		const c = ws.views[i];
		if (!ws.used[c]) continue;
		if (opts.robust && ws.residualPx[c] > thr[c]) {
			ws.used[c] = 0;
			continue;
		}
		mask |= 1 << c;
		count++;
	}
	if (count < opts.minCameras) return 0;
	if (count === 2) {
		let a = -1, b = -1;
		for (let c = 0; c < ws.cameras; c++) if (mask & 1 << c) {
			if (a < 0) a = c;
			else b = c;
		}
		if (Math.abs(rayCosine(ws, a, b, ws.X)) > MAX_PAIR_COSINE) return 0;
		if (Number.isFinite(pr[0]) && Math.hypot(ws.X[0] - pr[0], ws.X[1] - pr[1], ws.X[2] - pr[2]) > ws.priorGateM) return 0;
	}
	return mask;
}
/** Few views: try every pair, keep the largest set of views agreeing with it (ties: smallest error), refit twice. */
function pairConsensus(ws, n, ox, oy, base, stride, opts) {
	const thr = ws.thresholdPx;
	let bestCount = 0, bestSum = Infinity, bestScore = -Infinity;
	const used = ws.used, best = ws.bestUsed;
	const prior = ws.prior;
	const hasPrior = Number.isFinite(prior[0]);
	for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) {
		for (let i = 0; i < n; i++) used[ws.views[i]] = 0;
		used[ws.views[a]] = 1;
		used[ws.views[b]] = 1;
		if (!solveUsed(ws, n)) continue;
		if (Math.abs(rayCosine(ws, ws.views[a], ws.views[b], ws.X)) > MAX_PAIR_COSINE) continue;
		computeResiduals(ws, n, ox, oy, base, stride);
		let count = 0, sum = 0;
		for (let i = 0; i < n; i++) {
			const r = ws.residualPx[ws.views[i]];
			if (r <= thr[ws.views[i]]) {
				count++;
				sum += r;
			}
		}
		let score = count;
		if (hasPrior) {
			sum = Math.hypot(ws.X[0] - prior[0], ws.X[1] - prior[1], ws.X[2] - prior[2]);
			if (sum > ws.priorGateM) score -= 1.5;
		}
		if (count >= 2 && (score > bestScore || score === bestScore && sum < bestSum)) {
			bestScore = score;
			bestCount = count;
			bestSum = sum;
			for (let i = 0; i < n; i++) best[ws.views[i]] = ws.residualPx[ws.views[i]] <= thr[ws.views[i]] ? 1 : 0;
		}
	}
	if (bestCount < opts.minCameras || bestCount < 2) return false;
	if (hasPrior && bestSum > ws.priorGateM) return false;
	for (let round = 0; round < 2; round++) {
		let count = 0;
		for (let i = 0; i < n; i++) {
			const c = ws.views[i];
			used[c] = best[c];
			count += best[c];
		}
		if (count < opts.minCameras || count < 2 || !solveUsed(ws, n)) return false;
		computeResiduals(ws, n, ox, oy, base, stride);
		for (let i = 0; i < n; i++) best[ws.views[i]] = ws.residualPx[ws.views[i]] <= thr[ws.views[i]] ? 1 : 0;
	}
	return true;
}
/** Many views: drop the worst view until all agree (or minCameras remain), then re-admit views that agree with the result. */
function removeWorstViews(ws, n, ox, oy, base, stride, opts) {
	const thr = ws.thresholdPx;
	const used = ws.used, views = ws.views, res = ws.residualPx;
	let count = n;
	for (;;) {
		let worstC = -1, worst = 1, gross = 0;
		for (let i = 0; i < n; i++) {
			const c = views[i];
			if (!used[c]) continue;
			const r = res[c] / thr[c];
			if (r > worst) {
				worst = r;
				worstC = c;
			}
			if (r > 3) gross++;
		}
		if (worstC < 0) break;
		if (count <= Math.max(opts.minCameras, 2)) return false;
		if (gross > 1 && 2 * gross < count && count - gross >= Math.max(opts.minCameras, 2)) {
			for (let i = 0; i < n; i++) if (used[views[i]] && res[views[i]] / thr[views[i]] > 3) used[views[i]] = 0;
			count -= gross;
		} else {
			used[worstC] = 0;
			count--;
		}
		if (!solveUsed(ws, n)) return false;
		computeResiduals(ws, n, ox, oy, base, stride);
	}
	let readmitted = false;
	for (let i = 0; i < n; i++) {
		const c = ws.views[i];
		if (!used[c] && ws.residualPx[c] <= thr[c]) {
			used[c] = 1;
			readmitted = true;
		}
	}
	if (readmitted) {
		if (!solveUsed(ws, n)) return false;
		computeResiduals(ws, n, ox, oy, base, stride);
		for (let i = 0; i < n; i++) {
			const c = ws.views[i];
			if (used[c] && ws.residualPx[c] > thr[c]) used[c] = 0;
		}
	}
	return true;
}
// src/triangulate/fillGaps.ts
/**
* Fills runs of NaN frames of length ≤ maxGapFrames that have valid frames on both sides, in place
* (data is [frame][joint][xyz]); filled[frame·joints + joint] is set to 1 for filled points.
* Returns the runs that stay missing (longer gaps and gaps at either end).
*/
function fillGaps(data, frames, joints, maxGapFrames, method, filled) {
	const gaps = [];
	const valid = (f, j) => Number.isFinite(data[(f * joints + j) * 3]);
	for (let j = 0; j < joints; j++) {
		let f = 0;
		while (f < frames) {
			if (valid(f, j)) {
				f++;
				continue;
			}
			const start = f;
			while (f < frames && !valid(f, j)) f++;
			const len = f - start;
			const a = start - 1, b = f;
			if (a < 0 || b >= frames || len > maxGapFrames) {
				gaps.push({
					joint: j,
					startFrame: start,
					frames: len
				});
				continue;
			}
			for (let k = 0; k < 3; k++) {
				const pa = data[(a * joints + j) * 3 + k], pb = data[(b * joints + j) * 3 + k];
				const span = b - a;
				const chord = (pb - pa) / span;
				const at = (g) => data[(g * joints + j) * 3 + k];
				const ma = a > 1 && valid(a - 2, j) && valid(a - 1, j) ? (pa - at(a - 2)) / 2 : a > 0 && valid(a - 1, j) ? pa - at(a - 1) : chord;
				const mb = b + 2 < frames && valid(b + 2, j) && valid(b + 1, j) ? (at(b + 2) - pb) / 2 : b + 1 < frames && valid(b + 1, j) ? at(b + 1) - pb : chord;
				for (let g = start; g < b; g++) {
					const t = (g - a) / span;
					let v;
					if (method === "linear") v = pa + (pb - pa) * t;
					else {
						const t2 = t * t, t3 = t2 * t;
						v = (2 * t3 - 3 * t2 + 1) * pa + (t3 - 2 * t2 + t) * span * ma + (-2 * t3 + 3 * t2) * pb + (t3 - t2) * span * mb;
					}
					data[(g * joints + j) * 3 + k] = v;
				}
			}
			for (let g = start; g < b; g++) filled[g * joints + j] = 1;
		}
	}
	return gaps;
}
// src/triangulate/selectSubject.ts
var MIN_JOINTS = 3;
/** Returns [frame][camera] → person slot of the subject (−1 = none). */
function selectSubject(sequences, rig, prepared, s, warnings, pixelScale = new Float64Array(2 * sequences.length).fill(1), window = new FrameWindow(sequences)) {
	const C = sequences.length;
	const frames = Math.max(0, ...sequences.map((q) => q.frames));
	const sel = new Int32Array(frames * C).fill(-1);
	const multi = sequences.some((q) => q.persons > 1);
	checkSubjectTracks(sequences, rig, s.subject);
	if (s.subject === "auto" && !multi) {
		for (let f = 0; f < frames; f++) for (let c = 0; c < C; c++) if (f < sequences[c].frames && sequences[c].persons > 0) sel[f * C + c] = 0;
		return sel;
	}
	const ctx = new Geometry(sequences, prepared, s, pixelScale, window);
	if (s.subject !== "auto") {
		selectByTrackIds(ctx, sequences, rig, s, sel, frames);
		return sel;
	}
	const centre = volumeCentre(prepared);
	const tracks = [];
	const active = [];
	const gateM = (df) => .25 + 2.5 * df / sequences[0].fps;
	const keepFrames = Math.max(s.max_gap_frames, Math.round(sequences[0].fps / 2)) + 1;
	let previous = [];
	for (let f = 0; f < frames; f++) {
		const people = ctx.assemble(f, previous);
		previous = people;
		const pairs = [];
		for (let p = 0; p < people.length; p++) for (let t = 0; t < active.length; t++) {
			const tr = active[t];
			const last = tr.lastCentroid;
			const d = Math.hypot(people[p].centroid[0] - last[0], people[p].centroid[1] - last[1], people[p].centroid[2] - last[2]);
			if (d <= gateM(f - tr.last)) pairs.push([
				d,
				p,
				t
			]);
		}
		pairs.sort((a, b) => a[0] - b[0]);
		const takenP = new Uint8Array(people.length), takenT = new Uint8Array(active.length);
		const add = (tr, p) => {
			tr.frames.push(f);
			tr.slots.push(p.slots);
			tr.lastCentroid = p.centroid;
			tr.last = f;
			const d = Math.hypot(p.centroid[0] - centre[0], p.centroid[1] - centre[1], p.centroid[2] - centre[2]);
			tr.score += p.views / (1 + d * d);
		};
		for (const [, p, t] of pairs) {
			if (takenP[p] || takenT[t]) continue;
			takenP[p] = 1;
			takenT[t] = 1;
			add(active[t], people[p]);
		}
		for (let p = 0; p < people.length; p++) {
			if (takenP[p]) continue;
			const tr = {
				frames: [],
				slots: [],
				firstCentroid: people[p].centroid,
				lastCentroid: people[p].centroid,
				score: 0,
				first: f,
				last: f
			};
			add(tr, people[p]);
			tracks.push(tr);
			active.push(tr);
		}
		for (let t = active.length - 1; t >= 0; t--) if (f - active[t].last > keepFrames) active.splice(t, 1);
	}
	if (tracks.length === 0) return sel;
	const byScore = [...tracks].sort((a, b) => b.score - a.score);
	const chain = [byScore[0]];
	const inChain = new Set(chain);
	for (;;) {
		const head = chain[0], tail = chain[chain.length - 1];
		let best, bestAfter = true;
		for (const tr of byScore) {
			if (inChain.has(tr)) continue;
			if (tr.first > tail.last) {
				const a = tail.lastCentroid, b = tr.firstCentroid;
				if (Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) <= gateM(tr.first - tail.last) && (!best || tr.score > best.score)) {
					best = tr;
					bestAfter = true;
				}
			} else if (tr.last < head.first) {
				const a = head.firstCentroid, b = tr.lastCentroid;
				if (Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) <= gateM(head.first - tr.last) && (!best || tr.score > best.score)) {
					best = tr;
					bestAfter = false;
				}
			}
		}
		if (!best) break;
		inChain.add(best);
		if (bestAfter) chain.push(best);
		else chain.unshift(best);
	}
	let subjectFrames = 0;
	for (const tr of chain) for (let i = 0; i < tr.frames.length; i++) {
		const f = tr.frames[i];
		subjectFrames++;
		for (let c = 0; c < C; c++) sel[f * C + c] = tr.slots[i][c];
	}
	const others = byScore.filter((t) => !inChain.has(t) && t.frames.length >= Math.min(10, frames / 4));
	if (others.length > 0) warnings.push({
		code: "several-people",
		message: `${others.length + 1} people seen by several cameras; triangulating the one seen by the most cameras nearest the middle of the capture volume (${subjectFrames} of ${frames} frames); set triangulation.subject to a track id to choose another`
	});
	return sel;
}
/** Manual subject: given track ids in some cameras; the other cameras are matched geometrically. */
/** The distinct track ids (≥ 0) of a camera's 2D data, sorted. */
function trackIdsOf(q) {
	const ids = /* @__PURE__ */ new Set();
	for (let i = 0; i < q.trackIds.length; i++) if (q.trackIds[i] >= 0) ids.add(q.trackIds[i]);
	return [...ids].sort((a, b) => a - b);
}
var listIds = (ids) => ids.length > 12 ? `${ids.slice(0, 12).join(", ")}, … (${ids.length} in all)` : ids.join(", ");
var sameName = (a, b) => {
	const norm = (n) => n.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/(\D)0+(\d)/g, "$1$2");
	return a === b || norm(a) === norm(b);
};
/**
* Throws a one-line UserError when triangulation.subject asks for a track id the 2D data does not
* have: a single id that no camera has, or a per-camera id that camera lacks, or a camera that is not
* triangulated. The message names the setting and lists the track ids there are; the caller adds the
* settings file. Cheap (one pass over the track ids), so it runs before any triangulation.
*/
function checkSubjectTracks(sequences, rig, subject) {
	if (subject === "auto") return;
	const ids = sequences.map(trackIdsOf);
	if (typeof subject === "number") {
		if (ids.some((l) => l.includes(subject))) return;
		const all = [...new Set(ids.flat())].sort((a, b) => a - b);
		throw new UserError(all.length ? `triangulation.subject = ${subject}: no camera has a track ${subject} (tracks: ${listIds(all)}); use one of those or "auto"` : `triangulation.subject = ${subject}: no camera has a track ${subject} (the 2D keypoints carry no track ids); use "auto"`);
	}
	for (const [name, id] of Object.entries(subject)) {
		const c = rig.cameras.findIndex((cam) => sameName(cam.name, name));
		if (c < 0) throw new UserError(`triangulation.subject names camera "${name}", which is not one of the cameras triangulated (${rig.cameras.map((k) => k.name).join(", ")}); use one of those names`);
		if (!ids[c].includes(id)) throw new UserError(`triangulation.subject.${name} = ${id}: camera ${rig.cameras[c].name} has no track ${id} (${ids[c].length ? `its tracks: ${listIds(ids[c])}` : "it has no tracked person"}); use one of those or leave ${name} out of the table`);
	}
}
function selectByTrackIds(ctx, sequences, rig, s, sel, frames) {
	const C = sequences.length;
	const wanted = new Int32Array(C).fill(-1);
	if (typeof s.subject === "number") wanted.fill(s.subject);
	else if (typeof s.subject === "object") for (const [name, id] of Object.entries(s.subject)) wanted[rig.cameras.findIndex((cam) => sameName(cam.name, name))] = id;
	for (let f = 0; f < frames; f++) {
		const fixed = new Int32Array(C).fill(-1);
		for (let c = 0; c < C; c++) {
			const q = sequences[c];
			if (wanted[c] < 0 || f >= q.frames) continue;
			for (let p = 0; p < q.persons; p++) if (q.trackIds[f * q.persons + p] === wanted[c]) fixed[c] = p;
		}
		const slots = ctx.completeFromFixed(f, fixed);
		for (let c = 0; c < C; c++) sel[f * C + c] = slots[c];
	}
}
/** Least-squares meeting point of the cameras' optical axes: the middle of the capture volume. */
function volumeCentre(prepared) {
	const A = /* @__PURE__ */ new Float64Array(9), b = /* @__PURE__ */ new Float64Array(3);
	const mean = [
		0,
		0,
		0
	];
	for (const pc of prepared) {
		const C = cameraCenter(pc);
		const d = [
			pc.R[6],
			pc.R[7],
			pc.R[8]
		];
		for (let i = 0; i < 3; i++) {
			mean[i] += C[i] / prepared.length;
			for (let k = 0; k < 3; k++) {
				const m = (i === k ? 1 : 0) - d[i] * d[k];
				A[i * 3 + k] += m;
				b[i] += m * C[k];
			}
		}
	}
	return solve3(A, b) ?? [
		mean[0],
		mean[1],
		mean[2]
	];
}
function solve3(A, b) {
	const [a, bb, c, d, e, f, g, h, i] = A;
	const co0 = e * i - f * h, co1 = f * g - d * i, co2 = d * h - e * g;
	const det = a * co0 + bb * co1 + c * co2;
	const scale = Math.abs(a) + Math.abs(e) + Math.abs(i);
	if (!(Math.abs(det) > 1e-9 * scale * scale * scale)) return null;
	const inv = [
		co0,
		c * h - bb * i,
		bb * f - c * e,
		co1,
		a * i - c * g,
		c * d - a * f,
		co2,
		bb * g - a * h,
		a * e - bb * d
	];
	return [
		(inv[0] * b[0] + inv[1] * b[1] + inv[2] * b[2]) / det,
		(inv[3] * b[0] + inv[4] * b[1] + inv[5] * b[2]) / det,
		(inv[6] * b[0] + inv[7] * b[1] + inv[8] * b[2]) / det
	];
}
/** Cross-camera geometry on whole skeletons (also used by associatePeople.ts). */
var Geometry = class {
	sequences;
	prepared;
	s;
	pixelScale;
	window;
	C;
	J;
	P;
	focal;
	centres;
	mirror;
	gatePx;
	constructor(sequences, prepared, s, pixelScale, window) {
		this.sequences = sequences;
		this.prepared = prepared;
		this.s = s;
		this.pixelScale = pixelScale;
		this.window = window;
		this.C = sequences.length;
		this.J = sequences[0].joints;
		this.mirror = getLayout(sequences[0].layout).mirror;
		this.P = new Float64Array(this.C * 12);
		this.focal = new Float64Array(this.C);
		prepared.forEach((pc, c) => {
			for (let r = 0; r < 3; r++) {
				for (let k = 0; k < 3; k++) this.P[c * 12 + r * 4 + k] = pc.R[r * 3 + k];
				this.P[c * 12 + r * 4 + 3] = pc.t[r];
			}
			this.focal[c] = (pc.fx + pc.fy) / 2;
		});
		this.centres = prepared.map((pc) => cameraCenter(pc));
		this.gatePx = 2 * s.max_reprojection_error_px;
	}
	/** Undistorted detections of every person slot with enough keypoints, per camera (valid until the next call). */
	/** Candidate objects reused from frame to frame, per camera and slot: a frame's candidates are only valid until the next call. */
	pool = [];
	tmp = /* @__PURE__ */ new Float64Array(2);
	candidates(f) {
		const out = [];
		const tmp = this.tmp;
		for (let c = 0; c < this.C; c++) {
			const q = this.sequences[c];
			const list = [];
			if (f < q.frames) {
				this.window.ensure(f);
				const data = this.window.data[c];
				for (let p = 0; p < q.persons; p++) {
					const slots = this.pool[c] ??= [];
					let cand = slots[p];
					if (!cand) cand = slots[p] = {
						slot: p,
						x: new Float64Array(this.J),
						y: new Float64Array(this.J),
						w: new Float64Array(this.J),
						valid: 0
					};
					else {
						cand.x.fill(0);
						cand.y.fill(0);
						cand.w.fill(0);
						cand.valid = 0;
					}
					for (let j = 0; j < this.J; j++) {
						const o = this.window.offset(f, q.persons, p, this.J, j);
						const u = toResizedPixel(data[o], this.pixelScale[2 * c]), v = toResizedPixel(data[o + 1], this.pixelScale[2 * c + 1]), sc = data[o + 2];
						if (!(sc >= this.s.min_score && sc <= 1e3) || !Number.isFinite(u) || !Number.isFinite(v)) continue;
						undistortPoint(this.prepared[c], u, v, tmp, 0);
						if (!Number.isFinite(tmp[0]) || !Number.isFinite(tmp[1])) continue;
						cand.x[j] = tmp[0];
						cand.y[j] = tmp[1];
						cand.w[j] = Math.min(sc, 1);
						cand.valid++;
					}
					if (cand.valid >= MIN_JOINTS) list.push(cand);
				}
			}
			out.push(list);
		}
		return out;
	}
	/** Linear triangulation of joint j from the listed (camera, candidate) views; NaN if degenerate. */
	point(views, j, mirrored, out, o) {
		let m00 = 0, m01 = 0, m02 = 0, m11 = 0, m12 = 0, m22 = 0, r0 = 0, r1 = 0, r2 = 0, n = 0;
		for (let i = 0; i < views.length; i++) {
			const [c, cand] = views[i];
			const jj = mirrored[i] ? this.mirror[j] : j;
			if (!(cand.w[jj] > 0)) continue;
			n++;
			const x = cand.x[jj], y = cand.y[jj], P = this.P, q = c * 12;
			for (let r = 0; r < 2; r++) {
				const u = r === 0 ? x : y, base = q + r * 4;
				const a0 = u * P[q + 8] - P[base], a1 = u * P[q + 9] - P[base + 1], a2 = u * P[q + 10] - P[base + 2], a3 = u * P[q + 11] - P[base + 3];
				m00 += a0 * a0;
				m01 += a0 * a1;
				m02 += a0 * a2;
				m11 += a1 * a1;
				m12 += a1 * a2;
				m22 += a2 * a2;
				r0 -= a0 * a3;
				r1 -= a1 * a3;
				r2 -= a2 * a3;
			}
		}
		const co0 = m11 * m22 - m12 * m12, co1 = m12 * m02 - m01 * m22, co2 = m01 * m12 - m11 * m02;
		const det = m00 * co0 + m01 * co1 + m02 * co2;
		const scale = m00 + m11 + m22;
		if (n < 2 || !(Math.abs(det) > 1e-9 * scale * scale * scale)) {
			out[o] = NaN;
			out[o + 1] = NaN;
			out[o + 2] = NaN;
			return;
		}
		const i11 = m00 * m22 - m02 * m02, i12 = m02 * m01 - m00 * m12, i22 = m00 * m11 - m01 * m01;
		out[o] = (co0 * r0 + co1 * r1 + co2 * r2) / det;
		out[o + 1] = (co1 * r0 + i11 * r1 + i12 * r2) / det;
		out[o + 2] = (co2 * r0 + i12 * r1 + i22 * r2) / det;
	}
	residualPx(c, X, o, x, y) {
		const P = this.P, q = c * 12;
		const zc = P[q + 8] * X[o] + P[q + 9] * X[o + 1] + P[q + 10] * X[o + 2] + P[q + 11];
		if (!(zc > 1e-6)) return Infinity;
		const dx = (P[q] * X[o] + P[q + 1] * X[o + 1] + P[q + 2] * X[o + 2] + P[q + 3]) / zc - x;
		const dy = (P[q + 4] * X[o] + P[q + 5] * X[o + 1] + P[q + 6] * X[o + 2] + P[q + 7]) / zc - y;
		return Math.hypot(dx, dy) * this.focal[c];
	}
	/** Median reprojection error (px) of a candidate against a skeleton, as labelled or mirrored. */
	/** Whether the last `fit` was best mirrored. */
	lastMirrored = false;
	fit(c, cand, skel) {
		let best = Infinity;
		this.lastMirrored = false;
		for (const mirrored of [false, true]) {
			const m = this.fitAs(c, cand, skel, mirrored);
			if (m < best) {
				best = m;
				this.lastMirrored = mirrored;
			}
		}
		return best;
	}
	skeleton(views, mirrored) {
		const skel = new Float64Array(this.J * 3);
		for (let j = 0; j < this.J; j++) this.point(views, j, mirrored, skel, 3 * j);
		return skel;
	}
	centroid(skel) {
		const m = [
			0,
			0,
			0
		];
		let n = 0;
		for (let j = 0; j < this.J; j++) {
			if (!Number.isFinite(skel[3 * j])) continue;
			for (let k = 0; k < 3; k++) m[k] += skel[3 * j + k];
			n++;
		}
		return n ? [
			m[0] / n,
			m[1] / n,
			m[2] / n
		] : null;
	}
	/** Adds to `views` the best-fitting unused candidate of every other camera. Returns the summed cost. */
	extend(cands, used, views, skel) {
		let cost = 0;
		const inViews = new Set(views.map((v) => v[0]));
		for (let c = 0; c < this.C; c++) {
			if (inViews.has(c)) continue;
			let best = -1, bestCost = this.gatePx;
			cands[c].forEach((cand, i) => {
				if (used[c][i]) return;
				const e = this.fit(c, cand, skel);
				if (e < bestCost) {
					bestCost = e;
					best = i;
				}
			});
			if (best >= 0) {
				views.push([c, cands[c][best]]);
				cost += bestCost;
			}
		}
		return cost;
	}
	/** The people seen consistently by at least two cameras in frame f, best supported first. */
	assemble(f, previous) {
		const cands = this.candidates(f);
		const used = cands.map((l) => new Uint8Array(l.length));
		const people = [];
		for (const prev of previous) {
			let views = [];
			let flags = [];
			for (let c = 0; c < this.C; c++) {
				let best = -1, bestCost = 2 * this.gatePx, bestMirrored = false;
				cands[c].forEach((cand, i) => {
					if (used[c][i]) return;
					const e = this.fit(c, cand, prev.skel);
					if (e < bestCost) {
						bestCost = e;
						best = i;
						bestMirrored = this.lastMirrored;
					}
				});
				if (best >= 0) {
					views.push([c, cands[c][best]]);
					flags.push(bestMirrored);
				}
			}
			if (views.length < 2) continue;
			let skel = this.skeleton(views, flags);
			const keep = views.map(([c, cand], i) => this.fitAs(c, cand, skel, flags[i]) <= this.gatePx);
			if (keep.some((k) => !k)) {
				views = views.filter((_, i) => keep[i]);
				flags = flags.filter((_, i) => keep[i]);
				if (views.length < 2) continue;
				skel = this.skeleton(views, flags);
			}
			const centroid = this.centroid(skel);
			if (!centroid) continue;
			const slots = new Int32Array(this.C).fill(-1);
			for (const [c, cand] of views) {
				slots[c] = cand.slot;
				used[c][cands[c].indexOf(cand)] = 1;
			}
			people.push({
				slots,
				skel,
				views: views.length,
				cost: 0,
				centroid
			});
		}
		people.push(...this.discover(cands, used));
		return people;
	}
	/**
	* New people among the candidates not yet used (marked in `used` as they are taken): two-view
	* hypotheses that reproject well, each extended to the other cameras, best supported first.
	*/
	discover(cands, used, maxRounds = 8) {
		const people = [];
		for (let round = 0; round < maxRounds; round++) {
			const hyps = [];
			for (let a = 0; a < this.C; a++) for (let b = a + 1; b < this.C; b++) cands[a].forEach((ca, ia) => {
				if (used[a][ia]) return;
				cands[b].forEach((cb, ib) => {
					if (used[b][ib]) return;
					for (const mirrored of [false, true]) {
						if (this.epipolarPx(a, ca, b, cb, mirrored) > 2 * this.gatePx) continue;
						const views = [[a, ca], [b, cb]];
						const skel = this.skeleton(views, [false, mirrored]);
						const centroid = this.centroid(skel);
						if (!centroid || !this.wellConditioned(a, b, centroid)) break;
						const e = Math.max(this.fitAs(a, ca, skel, false), this.fitAs(b, cb, skel, mirrored));
						if (e <= this.gatePx) {
							hyps.push({
								cost: e,
								a,
								ia,
								b,
								ib,
								mirrored
							});
							break;
						}
					}
				});
			});
			if (hyps.length === 0) break;
			hyps.sort((x, y) => x.cost - y.cost);
			let best = null;
			let bestUse = [];
			for (const h of hyps.slice(0, 8)) {
				const views = [[h.a, cands[h.a][h.ia]], [h.b, cands[h.b][h.ib]]];
				const skel = this.skeleton(views, [false, h.mirrored]);
				const cost = h.cost + this.extend(cands, used, views, skel);
				const slots = new Int32Array(this.C).fill(-1);
				for (const [c, cand] of views) slots[c] = cand.slot;
				const centroid = this.centroid(skel);
				const person = {
					slots,
					skel,
					views: views.length,
					cost,
					centroid
				};
				if (!best || person.views > best.views || person.views === best.views && person.cost < best.cost) {
					best = person;
					bestUse = views;
				}
			}
			if (!best) break;
			for (const [c, cand] of bestUse) used[c][cands[c].indexOf(cand)] = 1;
			people.push(best);
		}
		return people;
	}
	/** Share of the keypoints a candidate sees that reproject within maxPx of skel, as labelled or mirrored (whichever agrees more). */
	agreement(c, cand, skel, maxPx) {
		let best = 0;
		for (const mirrored of [false, true]) {
			let seen = 0, ok = 0;
			for (let j = 0; j < this.J; j++) {
				const jj = mirrored ? this.mirror[j] : j;
				if (!(cand.w[jj] > 0) || !Number.isFinite(skel[3 * j])) continue;
				seen++;
				if (this.residualPx(c, skel, 3 * j, cand.x[jj], cand.y[jj]) <= maxPx) ok++;
			}
			if (seen) best = Math.max(best, ok / seen);
		}
		return best;
	}
	errBuf = /* @__PURE__ */ new Float64Array(1024);
	/** Median reprojection error (px) of a candidate against a skeleton, as labelled or mirrored; Infinity with fewer than MIN_JOINTS joints in common. */
	fitAs(c, cand, skel, mirrored) {
		const buf = this.errBuf;
		let n = 0;
		for (let j = 0; j < this.J && n < buf.length; j++) {
			const jj = mirrored ? this.mirror[j] : j;
			if (!(cand.w[jj] > 0) || !Number.isFinite(skel[3 * j])) continue;
			buf[n++] = this.residualPx(c, skel, 3 * j, cand.x[jj], cand.y[jj]);
		}
		return n < MIN_JOINTS ? Infinity : medianInPlace(buf, n);
	}
	/** Per camera pair (a < b), the essential matrix E with x_b' E x_a = 0 in normalised coordinates. */
	essential = null;
	epiBuf = /* @__PURE__ */ new Float64Array(256);
	/** Median distance (px in camera b) of candidate cb's keypoints from the epipolar lines of ca's (cb mirrored if asked). */
	epipolarPx(a, ca, b, cb, mirrored) {
		const C = this.C;
		if (!this.essential) {
			this.essential = new Float64Array(C * C * 9);
			for (let i = 0; i < C; i++) for (let k = 0; k < C; k++) {
				if (i === k) continue;
				const A = this.prepared[i], B = this.prepared[k];
				const R = /* @__PURE__ */ new Float64Array(9);
				for (let r = 0; r < 3; r++) for (let q = 0; q < 3; q++) R[r * 3 + q] = B.R[r * 3] * A.R[q * 3] + B.R[r * 3 + 1] * A.R[q * 3 + 1] + B.R[r * 3 + 2] * A.R[q * 3 + 2];
				const t = [
					0,
					1,
					2
				].map((r) => B.t[r] - (R[r * 3] * A.t[0] + R[r * 3 + 1] * A.t[1] + R[r * 3 + 2] * A.t[2]));
				const o = (i * C + k) * 9;
				for (let q = 0; q < 3; q++) {
					this.essential[o + q] = -t[2] * R[3 + q] + t[1] * R[6 + q];
					this.essential[o + 3 + q] = t[2] * R[q] - t[0] * R[6 + q];
					this.essential[o + 6 + q] = -t[1] * R[q] + t[0] * R[3 + q];
				}
			}
		}
		const E = this.essential, o = (a * C + b) * 9, buf = this.epiBuf;
		let n = 0;
		for (let j = 0; j < this.J && n < buf.length; j++) {
			const jb = mirrored ? this.mirror[j] : j;
			if (!(ca.w[j] > 0) || !(cb.w[jb] > 0)) continue;
			const x = ca.x[j], y = ca.y[j];
			const l0 = E[o] * x + E[o + 1] * y + E[o + 2], l1 = E[o + 3] * x + E[o + 4] * y + E[o + 5], l2 = E[o + 6] * x + E[o + 7] * y + E[o + 8];
			const norm = Math.hypot(l0, l1);
			if (!(norm > 0)) continue;
			buf[n++] = Math.abs(l0 * cb.x[jb] + l1 * cb.y[jb] + l2) / norm * this.focal[b];
		}
		if (n < MIN_JOINTS) return Infinity;
		return upperMedianInPlace(buf, n);
	}
	/** Two cameras triangulate a point well when their rays meet at 10°–170°. */
	wellConditioned(a, b, X) {
		const ca = this.centres[a], cb = this.centres[b];
		const u = [
			ca[0] - X[0],
			ca[1] - X[1],
			ca[2] - X[2]
		], v = [
			cb[0] - X[0],
			cb[1] - X[1],
			cb[2] - X[2]
		];
		const cos = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]) / (Math.hypot(u[0], u[1], u[2]) * Math.hypot(v[0], v[1], v[2]));
		return Math.abs(cos) < Math.cos(10 * Math.PI / 180);
	}
	/** Slots given in some cameras; the others get the candidate that best fits their skeleton. */
	completeFromFixed(f, fixed) {
		const cands = this.candidates(f);
		const used = cands.map((l) => new Uint8Array(l.length));
		const views = [];
		for (let c = 0; c < this.C; c++) {
			if (fixed[c] < 0) continue;
			const i = cands[c].findIndex((k) => k.slot === fixed[c]);
			if (i >= 0) {
				views.push([c, cands[c][i]]);
				used[c][i] = 1;
			}
		}
		const out = Int32Array.from(fixed);
		if (views.length >= 2) {
			const skel = this.skeleton(views, views.map(() => false));
			this.extend(cands, used, views, skel);
			for (const [c, cand] of views) out[c] = cand.slot;
		}
		return out;
	}
};
// src/triangulate/handedness.ts
/** Returns null when the layout lacks the keypoints needed (nose, shoulders, hips). */
function createHandednessCheck(layout, ws, ox, oy, ow, opts) {
	const idx = (n) => layout.indexOf.get(n) ?? -1;
	const nose = idx("Nose");
	const pairs = [[idx("LShoulder"), idx("RShoulder")], [idx("LHip"), idx("RHip")]];
	if (nose < 0 || pairs.some(([a, b]) => a < 0 || b < 0)) return null;
	const C = ws.cameras;
	const mx = new Float64Array(C), my = new Float64Array(C), mw = new Float64Array(C);
	const mid = [/* @__PURE__ */ new Float64Array(3), /* @__PURE__ */ new Float64Array(3)];
	const noseX = /* @__PURE__ */ new Float64Array(3);
	const left = /* @__PURE__ */ new Float64Array(3);
	let frameReady = false;
	let lastCamera = C;
	const solveMid = (a, b, out) => {
		for (let c = 0; c < C; c++) {
			const ka = a * C + c, kb = b * C + c;
			const ok = ow[ka] > 0 && ow[kb] > 0;
			mw[c] = ok ? Math.min(ow[ka], ow[kb]) : 0;
			mx[c] = ok ? (ox[ka] + ox[kb]) / 2 : 0;
			my[c] = ok ? (oy[ka] + oy[kb]) / 2 : 0;
		}
		if (!solvePoint(ws, mx, my, mw, 0, 1, opts)) return false;
		out.set(ws.X);
		return true;
	};
	const prepareFrame = () => {
		ws.prior.fill(NaN);
		if (!solvePoint(ws, ox, oy, ow, nose * C, 1, opts)) return false;
		noseX.set(ws.X);
		if (!solveMid(pairs[0][0], pairs[0][1], mid[0]) || !solveMid(pairs[1][0], pairs[1][1], mid[1])) return false;
		const up = [
			mid[0][0] - mid[1][0],
			mid[0][1] - mid[1][1],
			mid[0][2] - mid[1][2]
		];
		const fw = [
			noseX[0] - mid[0][0],
			noseX[1] - mid[0][1],
			noseX[2] - mid[0][2]
		];
		left[0] = up[1] * fw[2] - up[2] * fw[1];
		left[1] = up[2] * fw[0] - up[0] * fw[2];
		left[2] = up[0] * fw[1] - up[1] * fw[0];
		const n = Math.hypot(left[0], left[1], left[2]);
		if (!(n > 1e-9)) return false;
		for (let k = 0; k < 3; k++) left[k] /= n;
		return true;
	};
	const project = (c, X0, X1, X2, out) => {
		const P = ws.P, o = c * 12;
		const z = P[o + 8] * X0 + P[o + 9] * X1 + P[o + 10] * X2 + P[o + 11];
		if (!(z > 1e-6)) return false;
		out[0] = (P[o] * X0 + P[o + 1] * X1 + P[o + 2] * X2 + P[o + 3]) / z;
		out[1] = (P[o + 4] * X0 + P[o + 5] * X1 + P[o + 6] * X2 + P[o + 7]) / z;
		return true;
	};
	const pPlus = [0, 0], pMinus = [0, 0];
	return { viewIsMirrored(c) {
		if (c <= lastCamera) frameReady = prepareFrame();
		lastCamera = c;
		if (!frameReady) return false;
		let agree = 0, disagree = 0;
		const P = ws.P, o = c * 12;
		for (let i = 0; i < pairs.length; i++) {
			const [a, b] = pairs[i];
			const ka = a * C + c, kb = b * C + c;
			if (!(ow[ka] > 0 && ow[kb] > 0)) continue;
			const M = mid[i];
			const h = .1;
			if (!project(c, M[0] + h * left[0], M[1] + h * left[1], M[2] + h * left[2], pPlus)) continue;
			if (!project(c, M[0] - h * left[0], M[1] - h * left[1], M[2] - h * left[2], pMinus)) continue;
			const dx = pPlus[0] - pMinus[0], dy = pPlus[1] - pMinus[1];
			const depth = P[o + 8] * M[0] + P[o + 9] * M[1] + P[o + 10] * M[2] + P[o + 11];
			const dLen = Math.hypot(dx, dy);
			if (!(dLen > 1 * h / depth)) continue;
			const ex = ox[ka] - ox[kb], ey = oy[ka] - oy[kb];
			const eLen = Math.hypot(ex, ey);
			if (!(eLen > 0)) continue;
			const cos = (dx * ex + dy * ey) / (dLen * eLen);
			if (cos < -.3) disagree++;
			else if (cos > .3) agree++;
		}
		return disagree >= 2 && agree === 0;
	} };
}
/**
* Size (px, calibration pixels) of the subject in frame f of camera c at [f·C + c]; NaN when the
* camera does not see the subject with at least 4 keypoints in the window.
* selection[f·C + c] is the person slot used as the subject (−1 = none); pixelScale[2c], [2c + 1] convert
* 2D-keypoint pixels to calibration pixels. The keypoints are read through `window`, frame by frame.
*/
function subjectSizePx(sequences, selection, frames, minScore, pixelScale, window = new FrameWindow(sequences)) {
	const C = sequences.length;
	const raw = new Float64Array(frames * C).fill(NaN);
	for (let f = 0; f < frames; f++) {
		window.ensure(f);
		for (let c = 0; c < C; c++) {
			const q = sequences[c];
			if (f >= q.frames) continue;
			const J = q.joints, data = window.data[c];
			const slot = selection[f * C + c];
			if (slot < 0) continue;
			let x0 = Infinity, x1 = Infinity, X0 = -Infinity, X1 = -Infinity;
			let y0 = Infinity, y1 = Infinity, Y0 = -Infinity, Y1 = -Infinity;
			let n = 0;
			const o0 = window.offset(f, q.persons, slot, J, 0);
			for (let j = 0; j < J; j++) {
				const o = o0 + 3 * j;
				const u = data[o], v = data[o + 1], score = data[o + 2];
				if (!(score >= minScore && score <= 1e3) || !Number.isFinite(u) || !Number.isFinite(v)) continue;
				n++;
				if (u < x0) {
					x1 = x0;
					x0 = u;
				} else if (u < x1) x1 = u;
				if (u > X0) {
					X1 = X0;
					X0 = u;
				} else if (u > X1) X1 = u;
				if (v < y0) {
					y1 = y0;
					y0 = v;
				} else if (v < y1) y1 = v;
				if (v > Y0) {
					Y1 = Y0;
					Y0 = v;
				} else if (v > Y1) Y1 = v;
			}
			if (n < 4) continue;
			raw[f * C + c] = Math.max((X1 - x1) * pixelScale[2 * c], (Y1 - y1) * pixelScale[2 * c + 1]);
		}
	}
	const out = new Float64Array(frames * C).fill(NaN);
	const win = new Float64Array(2 * Math.floor(3) + 1);
	for (let c = 0; c < C; c++) for (let f = 0; f < frames; f++) {
		let n = 0;
		for (let g = f - 15; g <= f + 15; g += 5) {
			if (g < 0 || g >= frames) continue;
			const v = raw[g * C + c];
			if (Number.isNaN(v)) continue;
			let i = n++;
			while (i > 0 && win[i - 1] > v) {
				win[i] = win[i - 1];
				i--;
			}
			win[i] = v;
		}
		if (n === 0) continue;
		const m = n >> 1;
		out[f * C + c] = n % 2 ? win[m] : (win[m - 1] + win[m]) / 2;
	}
	return out;
}
// src/triangulate/triangulate.ts
/** Frames sampled by the pilot that estimates each camera's detector noise. */
var PILOT_FRAMES = 200;
/** Outlier threshold ≥ this × a camera's median residual (relative to the subject's size). */
var NOISE_MULTIPLE = 4;
/** Builds the projection matrices [R | t] (normalised coordinates) and focal lengths of a rig. */
function rigProjection(prepared) {
	const C = prepared.length;
	const P = new Float64Array(C * 12);
	const focalPx = new Float64Array(C);
	for (let c = 0; c < C; c++) {
		const { R, t, fx, fy } = prepared[c];
		for (let r = 0; r < 3; r++) {
			P[c * 12 + r * 4] = R[r * 3];
			P[c * 12 + r * 4 + 1] = R[r * 3 + 1];
			P[c * 12 + r * 4 + 2] = R[r * 3 + 2];
			P[c * 12 + r * 4 + 3] = t[r];
		}
		focalPx[c] = (fx + fy) / 2;
	}
	return {
		P,
		focalPx
	};
}
function checkInputs(sequences, rig) {
	if (sequences.length !== rig.cameras.length) throw new UserError(`triangulation got 2D keypoints for ${sequences.length} camera(s) (${sequences.map((s) => s.camera).join(", ")}) but the calibration has ${rig.cameras.length} (${rig.cameras.map((c) => c.name).join(", ")}); give one 2D sequence per calibrated camera`);
	if (rig.cameras.length > 32) throw new UserError(`triangulation supports at most 32 cameras, the calibration has ${rig.cameras.length}; remove cameras from the calibration`);
	const first = sequences[0];
	if (!first) throw new UserError("triangulation got no cameras; add 2D keypoints for at least 2 calibrated cameras");
	for (const s of sequences) {
		const own = canonicalLayoutName(s.layout);
		if (!own) throw new UserError(`2D keypoints of camera ${s.camera} use an unknown layout "${s.layout}"; known: ${layoutNames().join(", ")} — detect the camera again`);
		if (s.joints !== getLayout(own).keypoints.length) throw new UserError(`2D keypoints of camera ${s.camera} hold ${s.joints} joints per person but their layout ${s.layout} has ${getLayout(own).keypoints.length}; detect the camera again`);
	}
	const layout = getLayout(first.layout);
	for (const s of sequences) if (getLayout(s.layout).name !== layout.name || s.joints !== layout.keypoints.length) throw new UserError(`2D keypoints of camera ${s.camera} use layout ${s.layout} (${s.joints} joints) but camera ${first.camera} uses ${first.layout} (${first.joints}); detect all cameras with the same model`);
}
/**
* Per camera, the factors from 2D-keypoint pixels to calibration pixels along x and y
* ([sx0, sy0, sx1, sy1, …]): 1 when the image sizes match; the calibration's size over the
* video's when the video is a uniformly scaled copy (e.g. detected at half size) or was resized by
* a few pixels along one axis (an encoder dropping its padding, see camera/imageSize.ts); otherwise
* 1 with a warning, since a crop or a rotation cannot be undone here.
*/
function imageScales(sequences, rig, warnings) {
	const scale = new Float64Array(2 * sequences.length).fill(1);
	sequences.forEach((q, c) => {
		const cam = rig.cameras[c];
		if (!(q.imageWidth > 0 && q.imageHeight > 0)) return;
		const { relation, sx, sy } = imageSizeRelation(cam, q.imageWidth, q.imageHeight);
		if (relation === "same") return;
		if (relation !== "mismatch") {
			scale[2 * c] = 1 / sx;
			scale[2 * c + 1] = 1 / sy;
			const by = relation === "scaled" ? `scaled them by ${(2 / (sx + sy)).toFixed(4)}` : `took the video as the same picture resized (×${(1 / sx).toFixed(4)} across, ×${(1 / sy).toFixed(4)} down)`;
			warnings.push({
				code: "image-size-scaled",
				message: `camera ${cam.name}: 2D keypoints are for ${q.imageWidth}×${q.imageHeight} images but the calibration is ${cam.width}×${cam.height}; ${by}`
			});
		} else warnings.push({
			code: "image-size-mismatch",
			message: `camera ${cam.name}: 2D keypoints are for ${q.imageWidth}×${q.imageHeight} images but the calibration is ${cam.width}×${cam.height}; used as they are — check that the calibration belongs to these videos (rotation, crop)`
		});
	});
	return scale;
}
/**
* Triangulates the subject's keypoints. sequences[i] belongs to rig.cameras[i]; frames are matched
* by index. Inputs may be held whole or read by frame ranges (PoseFrames2D): the 2D then passes
* through in chunks of opts.chunkFrames frames, and memory does not grow with it. Missing data,
* empty frames and NaNs give warnings, never exceptions; UserError only for inputs that cannot be
* triangulated at all (camera count or layout mismatch).
*/
function triangulate(sequences, rig, settings = {}, opts = {}) {
	const s = triangulateSettingsSchema.parse(settings);
	checkInputs(sequences, rig);
	const warnings = [];
	const layout = getLayout(sequences[0].layout);
	const C = rig.cameras.length;
	const J = layout.keypoints.length;
	const frames = Math.max(...sequences.map((q) => q.frames));
	const fps = sequences[0].fps;
	if (sequences.some((q) => q.frames !== frames)) warnings.push({
		code: "frame-count-mismatch",
		message: `cameras have different frame counts (${sequences.map((q) => `${q.camera}: ${q.frames}`).join(", ")}); frames are matched by index and missing frames count as empty`
	});
	if (sequences.some((q) => Math.abs(q.fps - fps) > .001 * fps)) warnings.push({
		code: "fps-mismatch",
		message: `cameras have different frame rates (${sequences.map((q) => `${q.camera}: ${q.fps}`).join(", ")}); using ${fps} fps`
	});
	if (C < s.min_cameras) warnings.push({
		code: "too-few-cameras",
		message: `only ${C} camera(s) but triangulation.min_cameras = ${s.min_cameras}; nothing can be triangulated`
	});
	const prepared = rig.cameras.map(prepareCamera);
	const undistort = undistortPoint, project = projectPoint, resized = toResizedPixel;
	const { P, focalPx } = rigProjection(prepared);
	const ws = createSolverWorkspace(P, focalPx);
	ws.priorGateM = Math.max(.1, 8 / fps);
	const thrPx = new Float64Array(C).fill(s.max_reprojection_error_px);
	const solveOpts = {
		minCameras: s.min_cameras,
		maxErrorPx: s.max_reprojection_error_px,
		maxErrorPxPerCamera: thrPx,
		robust: true
	};
	const pixelScale = imageScales(sequences, rig, warnings);
	const window = new FrameWindow(sequences, opts.chunkFrames);
	const selection = opts.selection ?? selectSubject(sequences, rig, prepared, s, warnings, pixelScale, window);
	const sizePx = s.max_reprojection_error_ratio > 0 ? subjectSizePx(sequences, selection, frames, s.min_score, pixelScale, window) : null;
	const ox = new Float64Array(J * C), oy = new Float64Array(J * C), ow = new Float64Array(J * C);
	const pu = new Float64Array(J * C), pv = new Float64Array(J * C);
	const tmp = /* @__PURE__ */ new Float64Array(2);
	const Xf = new Float64Array(J * 3);
	const masks = new Uint32Array(J);
	const resJC = new Float64Array(J * C);
	const mirror = layout.mirror;
	const symmetric = mirror.map((m, j) => m !== j);
	const data = new Float64Array(frames * J * 3).fill(NaN);
	const errorPx = new Float32Array(frames * J).fill(NaN);
	const cameraMask = new Uint32Array(frames * J);
	const stats = {
		swappedViews: 0,
		excludedObservations: 0,
		usedObservations: 0,
		filledPoints: 0
	};
	const swapsPerCamera = new Int32Array(C);
	const emptyCameras = new Int32Array(C);
	const prevXf = new Float64Array(J * 3).fill(NaN);
	const solveFrame = (only) => {
		for (let j = 0; j < J; j++) {
			if (only && !only[j]) continue;
			ws.prior[0] = prevXf[3 * j];
			ws.prior[1] = prevXf[3 * j + 1];
			ws.prior[2] = prevXf[3 * j + 2];
			const mask = solvePoint(ws, ox, oy, ow, j * C, 1, solveOpts);
			masks[j] = mask;
			if (mask) for (let c = 0; c < C; c++) resJC[j * C + c] = ws.residualPx[c];
			if (mask) {
				Xf[3 * j] = ws.X[0];
				Xf[3 * j + 1] = ws.X[1];
				Xf[3 * j + 2] = ws.X[2];
			} else {
				Xf[3 * j] = NaN;
				Xf[3 * j + 1] = NaN;
				Xf[3 * j + 2] = NaN;
			}
		}
	};
	/** Residual (px) of observation at index k (camera c) against the 3D point of joint jx. */
	const residual = (c, k, jx) => {
		const o = c * 12, X0 = Xf[3 * jx], X1 = Xf[3 * jx + 1], X2 = Xf[3 * jx + 2];
		const zc = P[o + 8] * X0 + P[o + 9] * X1 + P[o + 10] * X2 + P[o + 11];
		if (!(zc > 1e-6)) return Infinity;
		const dx = (P[o] * X0 + P[o + 1] * X1 + P[o + 2] * X2 + P[o + 3]) / zc - ox[k];
		const dy = (P[o + 4] * X0 + P[o + 5] * X1 + P[o + 6] * X2 + P[o + 7]) / zc - oy[k];
		return Math.sqrt(dx * dx + dy * dy) * focalPx[c];
	};
	/** How badly the cameras disagree with the frame's 3D on symmetric keypoints (capped residuals, px). */
	const agreementCost = () => {
		let cost = 0;
		for (let j = 0; j < J; j++) {
			if (!symmetric[j]) continue;
			for (let c = 0; c < C; c++) {
				const k = j * C + c;
				if (!(ow[k] > 0)) continue;
				cost += masks[j] ? Math.min(resJC[k] / thrPx[c], 3) : 3;
			}
		}
		return cost;
	};
	const swapView = (c) => {
		for (let j = 0; j < J; j++) {
			const m = mirror[j];
			if (m <= j) continue;
			const a = j * C + c, b = m * C + c;
			let t = ox[a];
			ox[a] = ox[b];
			ox[b] = t;
			t = oy[a];
			oy[a] = oy[b];
			oy[b] = t;
			t = ow[a];
			ow[a] = ow[b];
			ow[b] = t;
			t = pu[a];
			pu[a] = pu[b];
			pu[b] = t;
			t = pv[a];
			pv[a] = pv[b];
			pv[b] = t;
		}
	};
	const handedness = s.fix_left_right_swaps ? createHandednessCheck(layout, ws, ox, oy, ow, solveOpts) : null;
	/** Per camera, the symmetric keypoints it sees and those of them its view was excluded from (see countExclusions). */
	const seenSym = new Int32Array(C), excludedSym = new Int32Array(C);
	const countExclusions = () => {
		seenSym.fill(0);
		excludedSym.fill(0);
		for (let j = 0; j < J; j++) {
			if (!symmetric[j]) continue;
			const m = masks[j];
			for (let c = 0; c < C; c++) {
				if (!(ow[j * C + c] > 0)) continue;
				seenSym[c]++;
				if (m && !(m & 1 << c)) excludedSym[c]++;
			}
		}
	};
	/**
	* A view a left/right swap may explain: excluded from at least 3 and a quarter of the symmetric
	* keypoints it sees (a swapped view's pairs disagree with the other views, except the few close
	* pairs such as the eyes; 10 % wrong single keypoints reach a quarter in few views).
	*/
	const suspectView = (c) => excludedSym[c] >= 3 && 4 * excludedSym[c] >= seenSym[c];
	/**
	* Whether the frame's solution shows what a left/right-swapped view leaves: a suspect view, or at
	* least 3 symmetric keypoints seen by 2+ cameras left unsolved (with 2 cameras, one swapped, neither
	* outvotes the other). Call after countExclusions.
	*/
	const frameLooksSwapped = () => {
		for (let c = 0; c < C; c++) if (suspectView(c)) return true;
		let unsolved = 0;
		for (let j = 0; j < J; j++) {
			if (!symmetric[j] || masks[j]) continue;
			let seen = 0;
			for (let c = 0; c < C; c++) if (ow[j * C + c] > 0) seen++;
			if (seen >= 2 && ++unsolved >= 3) return true;
		}
		return false;
	};
	const flagged = new Uint8Array(C);
	const savedX = new Float64Array(J * 3), savedMasks = new Uint32Array(J), savedRes = new Float64Array(J * C);
	const ratioOf = new Float64Array(C).fill(s.max_reprojection_error_ratio);
	/** Loads frame f's observations into ox/oy/ow/pu/pv and sets each camera's threshold; true per camera seen in emptyOut. */
	const loadFrame = (f, countEmpty) => {
		window.ensure(f);
		for (let c = 0; c < C; c++) {
			const seq = sequences[c];
			const slot = f < seq.frames ? selection[f * C + c] : -1;
			const pc = prepared[c];
			const d2 = window.data[c];
			const o0 = slot < 0 ? 0 : window.offset(f, seq.persons, slot, J, 0);
			const sx = pixelScale[2 * c], sy = pixelScale[2 * c + 1];
			let any = false;
			for (let j = 0; j < J; j++) {
				const k = j * C + c;
				ow[k] = 0;
				if (slot < 0) continue;
				const o = o0 + 3 * j;
				const u = resized(d2[o], sx), v = resized(d2[o + 1], sy), score = d2[o + 2];
				if (!(score >= s.min_score && score <= 1e3) || !Number.isFinite(u) || !Number.isFinite(v)) continue;
				undistort(pc, u, v, tmp, 0);
				if (!Number.isFinite(tmp[0]) || !Number.isFinite(tmp[1])) continue;
				ox[k] = tmp[0];
				oy[k] = tmp[1];
				ow[k] = Math.min(score, 1);
				pu[k] = u;
				pv[k] = v;
				any = true;
			}
			if (!any && countEmpty) emptyCameras[c]++;
			const size = sizePx ? sizePx[f * C + c] : NaN;
			thrPx[c] = !Number.isNaN(size) ? Math.max(s.max_reprojection_error_px, ratioOf[c] * size) : s.max_reprojection_error_px;
		}
	};
	if (sizePx && frames > 0) {
		const step = Math.max(1, Math.floor(frames / PILOT_FRAMES));
		const rel = rig.cameras.map(() => []);
		for (let f = 0; f < frames; f += step) {
			loadFrame(f, false);
			for (let j = 0; j < J; j++) {
				ws.prior.fill(NaN);
				const mask = solvePoint(ws, ox, oy, ow, j * C, 1, solveOpts);
				for (let c = 0; c < C; c++) if (mask & 1 << c) rel[c].push(ws.residualPx[c] / sizePx[f * C + c]);
			}
		}
		for (let c = 0; c < C; c++) {
			const r = rel[c].filter(Number.isFinite);
			if (r.length >= 20) ratioOf[c] = Math.min(s.max_reprojection_error_ratio, NOISE_MULTIPLE * upperMedian(r));
		}
	}
	for (let f = 0; f < frames; f++) {
		loadFrame(f, true);
		solveFrame();
		let anyFlagged = false;
		if (s.fix_left_right_swaps) countExclusions();
		if (handedness && frameLooksSwapped()) for (let c = 0; c < C; c++) {
			flagged[c] = handedness.viewIsMirrored(c) ? 1 : 0;
			if (flagged[c]) anyFlagged = true;
		}
		if (anyFlagged) {
			const before = agreementCost();
			savedX.set(Xf);
			savedMasks.set(masks);
			savedRes.set(resJC);
			for (let c = 0; c < C; c++) if (flagged[c]) swapView(c);
			solveFrame(symmetric);
			if (agreementCost() < before) {
				for (let c = 0; c < C; c++) if (flagged[c]) {
					stats.swappedViews++;
					swapsPerCamera[c]++;
				}
			} else {
				for (let c = 0; c < C; c++) if (flagged[c]) swapView(c);
				Xf.set(savedX);
				masks.set(savedMasks);
				resJC.set(savedRes);
			}
			countExclusions();
		}
		if (s.fix_left_right_swaps) {
			let swappedAny = false;
			for (let c = 0; c < C; c++) {
				if (!suspectView(c)) continue;
				const cap = 3 * thrPx[c];
				let normal = 0, mirrored = 0, count = 0;
				for (let j = 0; j < J; j++) {
					if (!symmetric[j]) continue;
					const k = j * C + c;
					if (!(ow[k] > 0) || !masks[j] || !masks[mirror[j]]) continue;
					normal += Math.min(resJC[k], cap);
					mirrored += Math.min(residual(c, k, mirror[j]), cap);
					count++;
				}
				if (count >= 4 && mirrored < .5 * normal && normal / count > .5 * thrPx[c]) {
					swapView(c);
					swappedAny = true;
					stats.swappedViews++;
					swapsPerCamera[c]++;
				}
			}
			if (swappedAny) solveFrame(symmetric);
		}
		for (let j = 0; j < J; j++) {
			const mask = masks[j];
			prevXf[3 * j] = Xf[3 * j];
			prevXf[3 * j + 1] = Xf[3 * j + 1];
			prevXf[3 * j + 2] = Xf[3 * j + 2];
			let observed = 0;
			for (let c = 0; c < C; c++) if (ow[j * C + c] > 0) observed++;
			if (!mask) {
				stats.excludedObservations += observed;
				continue;
			}
			const X0 = Xf[3 * j], X1 = Xf[3 * j + 1], X2 = Xf[3 * j + 2];
			const o3 = (f * J + j) * 3;
			data[o3] = X0;
			data[o3 + 1] = X1;
			data[o3 + 2] = X2;
			let used = 0, sum = 0;
			for (let c = 0; c < C; c++) if (mask & 1 << c) {
				project(prepared[c], X0, X1, X2, tmp, 0);
				const k = j * C + c;
				sum += Math.sqrt((tmp[0] - pu[k]) ** 2 + (tmp[1] - pv[k]) ** 2);
				used++;
			}
			errorPx[f * J + j] = sum / used;
			cameraMask[f * J + j] = mask;
			stats.usedObservations += used;
			stats.excludedObservations += observed - used;
		}
	}
	const filled = new Uint8Array(frames * J);
	const rawGaps = fillGaps(data, frames, J, s.max_gap_frames, s.interpolation, filled);
	for (let i = 0; i < filled.length; i++) if (filled[i]) stats.filledPoints++;
	const gaps = rawGaps.map((g) => ({
		joint: layout.keypoints[g.joint],
		startFrame: g.startFrame,
		frames: g.frames
	}));
	for (let c = 0; c < C; c++) if (emptyCameras[c] === frames && frames > 0) warnings.push({
		code: "camera-empty",
		message: `camera ${rig.cameras[c].name} has no usable 2D keypoints of the subject (score ≥ ${s.min_score}); it was not used`
	});
	if (stats.swappedViews > 0) {
		const per = rig.cameras.map((cam, c) => swapsPerCamera[c] ? `${cam.name}: ${swapsPerCamera[c]}` : "").filter(Boolean).join(", ");
		warnings.push({
			code: "left-right-swapped",
			message: `left/right labels corrected in ${stats.swappedViews} view(s) (${per} frames)`
		});
	}
	const long = gaps;
	if (long.length > 0) {
		const missingPoints = long.reduce((a, g) => a + g.frames, 0);
		warnings.push({
			code: "gaps",
			message: `${long.length} gap(s) left unfilled (${missingPoints} of ${frames * J} points missing; gaps longer than triangulation.max_gap_frames = ${s.max_gap_frames} or at the ends)`
		});
	}
	if (frames === 0) warnings.push({
		code: "no-frames",
		message: "the 2D keypoints contain no frames; nothing was triangulated"
	});
	const timestampsMs = new Float64Array(frames);
	const longest = sequences.find((q) => q.frames === frames);
	for (let f = 0; f < frames; f++) timestampsMs[f] = longest?.timestampsMs[f] ?? f * 1e3 / fps;
	const subject = rig.cameras.map((cam, c) => {
		const ids = /* @__PURE__ */ new Set();
		const seq = sequences[c];
		for (let f = 0; f < Math.min(frames, seq.frames); f++) {
			const slot = selection[f * C + c];
			if (slot >= 0) {
				const id = seq.trackIds[f * seq.persons + slot];
				if (id >= 0) ids.add(id);
			}
		}
		return {
			camera: cam.name,
			trackIdsUsed: [...ids].sort((a, b) => a - b)
		};
	});
	return {
		points: {
			layout: layout.name,
			fps,
			frames,
			joints: J,
			data,
			reprojectionErrorPx: errorPx,
			cameraMask,
			timestampsMs
		},
		gaps,
		warnings,
		subject,
		stats
	};
}
// src/calibration/fromPersonReport.ts
var f1 = (x) => Number.isFinite(x) ? x.toFixed(1) : "–";
function formatFromPersonReport(r) {
	const out = [
		`# Calibration from the person — ${r.session}`,
		"",
		`${r.keypoints3d} 3D keypoints over ${r.frames} frames${r.takes && r.takes.length > 1 ? ` of ${r.takes.length} takes (${r.takes.map((t) => `${t.source}: ${t.frames}`).join(", ")})` : ""} (${r.model}), reprojection ${r.reprojectionErrorPx.toFixed(2)} px RMS, scale from a ${r.personHeightM} m person.`,
		"",
		"| camera | keypoints used | median error px | RMS px | image coverage | position x, y, z (m) |",
		"|---|---:|---:|---:|---:|---|",
		...r.cameras.map((c) => `| ${c.camera} | ${c.keypoints} | ${f1(c.medianErrorPx)} | ${f1(c.rmsErrorPx)} | ${(100 * c.coverage).toFixed(0)} % | ${c.positionM.map((v) => v.toFixed(3)).join(", ")} |`),
		"",
		"Image coverage is the share of the image (8×8 cells) where a keypoint used lies.",
		"",
		`World frame: ${r.worldFrame}.`,
		"",
		`Floor area the person covered: ${r.areaCoveredM[0].toFixed(2)} × ${r.areaCoveredM[1].toFixed(2)} m (twice the spread of the standing foot). The larger the space the joints cover, the more firmly the camera angles are fixed.`,
		""
	];
	if (r.halves) out.push(`Consistency: the first and second halves of the take, each calibrated alone, place the cameras within ${r.halves.maxRotationDiffDeg.toFixed(1)}° (relative rotations) and ${r.halves.maxDistanceDiffPct.toFixed(1)} % (camera-to-camera distances) of each other.`, "");
	out.push("Candidate solutions (the lowest consensus cost was kept):", "", "| RANSAC seed | consensus cost (px²) | RMS px |", "|---:|---:|---:|");
	for (const c of r.candidates) out.push(c.error ? `| ${c.seed} | failed: ${c.error} | – |` : `| ${c.seed} | ${c.consensusCost.toFixed(0)} | ${c.rmsPx.toFixed(2)} |`);
	out.push("");
	if (r.warnings.length) {
		out.push("## Warnings", "");
		for (const w of r.warnings) out.push(`- ${w.message}`);
		out.push("");
	}
	return out.join("\n");
}
// src/calibration/fromPersonSolve.ts
/**
* How --from-person finds the person: the model, a second run per frame on a crop centred on this
* frame's person, and a tight crop (1.1 × the keypoint box, MoveNet) so that the person fills the
* model's input. On the lab's single-person take (bench/fromPersonLab.ts, movenet-thunder, 3 × 3
* RANSAC seeds) this took the camera rotations from 4.2–4.9° to 2.9–4.4° of the lab's (median of
* candidates 4.6° → 3.2°) and the distances from 5.0–5.8 % to 3.4–4.0 %; the two-people take stayed at
* 2.6–2.8°. Padding 1.0 cut off hands and feet (a quarter fewer keypoints); full-size decoding did not help.
*/
function personDetectSettings(model) {
	return {
		model,
		crop_padding: 1.1,
		recrop: true
	};
}
/** No intrinsics: a typical camera (field of view ≈ 59° across the long side), kept as is by the solve. */
function guessLens(camera, width, height) {
	const f = .87 * Math.max(width, height);
	return {
		name: camera,
		width,
		height,
		matrix: [
			f,
			0,
			(width - 1) / 2,
			0,
			f,
			(height - 1) / 2,
			0,
			0,
			1
		],
		distortions: [
			0,
			0,
			0,
			0
		],
		rotation: [
			0,
			0,
			0
		],
		translation: [
			0,
			0,
			0
		],
		fisheye: false
	};
}
// web/calibrateInPage.ts
/** solveFromPerson in calibrateWorker.ts; each log line goes to onLog. Cancel terminates the worker. */
function solveInWorker(input, onLog, signal) {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL(
			/* @vite-ignore */
			new URL("calibrateWorker-DNh9MHCM.js", import.meta.url).href,
			"" + import.meta.url
		), { type: "module" });
		const stop = () => {
			worker.terminate();
			reject(new DOMException("cancelled", "AbortError"));
		};
		if (signal?.aborted) return stop();
		signal?.addEventListener("abort", stop, { once: true });
		const finish = () => {
			signal?.removeEventListener("abort", stop);
			worker.terminate();
		};
		worker.onmessage = (e) => {
			const m = e.data;
			if (m.type === "log") onLog(m.line);
			else if (m.type === "result") {
				finish();
				resolve(m.solved);
			} else {
				finish();
				reject(m.user ? new UserError(m.message) : /* @__PURE__ */ new Error(`calibration from the person failed: ${m.message}`));
			}
		};
		worker.onerror = (e) => {
			finish();
			reject(new UserError(`calibration from the person: its worker stopped (${e.message || "script error"}); reload the page and try again, or calibrate with "openmocap calibrate --from-person"`));
		};
		worker.postMessage(input);
	});
}
/** Whether the page can load a model's weights (models/<name>.json next to the page). */
async function modelServed(modelBase, model) {
	try {
		return (await fetch(`${modelBase}${model}.json`, { method: "HEAD" })).ok;
	} catch {
		return false;
	}
}
async function calibrateInPage(files, videos, settings, opts, events, detectAll) {
	events.stage("calibrate", "start");
	const cal = settings.calibration;
	const settingsFile = files.settingsFile?.path ?? "mocap.toml";
	let model = cal.person_model;
	if (!await modelServed(opts.modelBase, model)) {
		const fallback = settings.detect.model;
		if (!MODEL_NAMES.includes(fallback) || !await modelServed(opts.modelBase, fallback)) throw new UserError(`calibration from the person: the page cannot load the model ${model} (${opts.modelBase}${model}.json) nor ${fallback}; put <model>.json and .bin into the page's models/ folder, or give calibration.toml`);
		events.note?.(`calibration from the person: the person is found with ${fallback} (the [calibration] person_model ${model} is not served by this page: put ${model}.json and ${model}.bin into its models/ folder for the CLI's choice)`);
		model = fallback;
	}
	events.note?.(`no calibration given: the cameras are calibrated from the person (as "openmocap calibrate --from-person"), who is found with ${model}`);
	const detected = await detectAll(videos, detectSettingsSchema.parse(personDetectSettings(model)));
	const leftOut = [];
	for (const c of detected.failed) leftOut.push({
		code: "camera-left-out",
		message: `${c} is left out: its video could not be processed (see its message)`
	});
	for (const q of detected.named.filter((q) => !detected.seeing.has(q.camera))) leftOut.push({
		code: "camera-left-out",
		message: `${q.camera} is left out: nobody in its video; check that it films the person at the same time as the others`
	});
	const sequences = detected.named.filter((q) => detected.seeing.has(q.camera));
	if (sequences.length < 2) throw new UserError(`calibration from the person: the person was found in fewer than 2 videos (${sequences.map((q) => q.camera).join(", ") || "none"}); film one person walking through the whole area every camera sees, or give calibration.toml`);
	const guessed = sequences.map((s) => s.camera);
	const cameras = sequences.map((s) => guessLens(s.camera, s.imageWidth, s.imageHeight));
	leftOut.push({
		code: "lens-guessed",
		message: `no lens calibration for ${guessed.join(", ")} (no calibration.toml given): the focal length is guessed (a 59° field of view across the long side) and every distance scales with it; film a checkerboard and run "openmocap calibrate" for accurate lenses, then give its calibration.toml`
	});
	events.stage("calibrate", "start", "solving (opencv.js)");
	const frames = Math.min(...sequences.map((s) => s.frames));
	const solved = await solveInWorker({
		session: files.name,
		pooled: sequences,
		cameras,
		takes: [{
			source: `${files.name}/videos`,
			frames
		}],
		model: [...new Set(sequences.map((q) => q.model ?? "unknown"))].join(", "),
		settings: cal,
		leftOut,
		guessed,
		lensLine: "lenses: guessed for every camera (no lens calibration)",
		calibratedBy: "openmocap web app (calibration from the person, as openmocap calibrate --from-person)"
	}, (line) => events.stage("calibrate", "start", line.replace(/^from-person: /, "")), opts.signal);
	const enc = new TextEncoder();
	const outputs = /* @__PURE__ */ new Map([
		["calibration.toml", enc.encode(solved.calibrationToml)],
		["calibration-from-person-report.md", enc.encode(formatFromPersonReport(solved.report))],
		["calibration-from-person-report.json", enc.encode(`${JSON.stringify(solved.report, null, 2)}\n`)]
	]);
	for (const w of solved.report.warnings) events.warning(w.message);
	events.stage("calibrate", "done", `${solved.res.cameras.length} cameras placed from the person, reprojection ${solved.res.reprojectionErrorPx.toFixed(2)} px (${settingsFile} [calibration])`);
	return {
		calibrationToml: solved.calibrationToml,
		outputs,
		lines: solved.lines,
		model,
		detected
	};
}
// node_modules/fflate/esm/browser.js
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	2,
	2,
	2,
	2,
	3,
	3,
	3,
	3,
	4,
	4,
	4,
	4,
	5,
	5,
	5,
	5,
	0,
	0,
	0,
	0
]);
var fdeb = new u8([
	0,
	0,
	0,
	0,
	1,
	1,
	2,
	2,
	3,
	3,
	4,
	4,
	5,
	5,
	6,
	6,
	7,
	7,
	8,
	8,
	9,
	9,
	10,
	10,
	11,
	11,
	12,
	12,
	13,
	13,
	0,
	0
]);
var clim = new u8([
	16,
	17,
	18,
	0,
	8,
	7,
	9,
	6,
	10,
	5,
	11,
	4,
	12,
	3,
	13,
	2,
	14,
	1,
	15
]);
var freb = function(eb, start) {
	var b = new u16(31);
	for (var i = 0; i < 31; ++i) b[i] = start += 1 << eb[i - 1];
	var r = new i32(b[30]);
	for (var i = 1; i < 30; ++i) for (var j = b[i]; j < b[i + 1]; ++j) r[j] = j - b[i] << 5 | i;
	return {
		b,
		r
	};
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
_b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
	var x = (i & 43690) >> 1 | (i & 21845) << 1;
	x = (x & 52428) >> 2 | (x & 13107) << 2;
	x = (x & 61680) >> 4 | (x & 3855) << 4;
	rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var hMap = (function(cd, mb, r) {
	var s = cd.length;
	var i = 0;
	var l = new u16(mb);
	for (; i < s; ++i) if (cd[i]) ++l[cd[i] - 1];
	var le = new u16(mb);
	for (i = 1; i < mb; ++i) le[i] = le[i - 1] + l[i - 1] << 1;
	var co;
	if (r) {
		co = new u16(1 << mb);
		var rvb = 15 - mb;
		for (i = 0; i < s; ++i) if (cd[i]) {
			var sv = i << 4 | cd[i];
			var r_1 = mb - cd[i];
			var v = le[cd[i] - 1]++ << r_1;
			for (var m = v | (1 << r_1) - 1; v <= m; ++v) co[rev[v] >> rvb] = sv;
		}
	} else {
		co = new u16(s);
		for (i = 0; i < s; ++i) if (cd[i]) co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
	}
	return co;
});
var flt = new u8(288);
for (var i = 0; i < 144; ++i) flt[i] = 8;
for (var i = 144; i < 256; ++i) flt[i] = 9;
for (var i = 256; i < 280; ++i) flt[i] = 7;
for (var i = 280; i < 288; ++i) flt[i] = 8;
var fdt = new u8(32);
for (var i = 0; i < 32; ++i) fdt[i] = 5;
var flm = /*#__PURE__*/ hMap(flt, 9, 0);
var fdm = /*#__PURE__*/ hMap(fdt, 5, 0);
var shft = function(p) {
	return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
	if (s == null || s < 0) s = 0;
	if (e == null || e > v.length) e = v.length;
	return new u8(v.subarray(s, e));
};
var ec = [
	"unexpected EOF",
	"invalid block type",
	"invalid length/literal",
	"invalid distance",
	"stream finished",
	"no stream handler",
	,
	"no callback",
	"invalid UTF-8 data",
	"extra field too long",
	"date not in range 1980-2099",
	"filename too long",
	"stream finishing",
	"invalid zip data"
];
var err = function(ind, msg, nt) {
	var e = new Error(msg || ec[ind]);
	e.code = ind;
	if (Error.captureStackTrace) Error.captureStackTrace(e, err);
	if (!nt) throw e;
	return e;
};
var wbits = function(d, p, v) {
	v <<= p & 7;
	var o = p / 8 | 0;
	d[o] |= v;
	d[o + 1] |= v >> 8;
};
var wbits16 = function(d, p, v) {
	v <<= p & 7;
	var o = p / 8 | 0;
	d[o] |= v;
	d[o + 1] |= v >> 8;
	d[o + 2] |= v >> 16;
};
var hTree = function(d, mb) {
	var t = [];
	for (var i = 0; i < d.length; ++i) if (d[i]) t.push({
		s: i,
		f: d[i]
	});
	var s = t.length;
	var t2 = t.slice();
	if (!s) return {
		t: et,
		l: 0
	};
	if (s == 1) {
		var v = new u8(t[0].s + 1);
		v[t[0].s] = 1;
		return {
			t: v,
			l: 1
		};
	}
	t.sort(function(a, b) {
		return a.f - b.f;
	});
	t.push({
		s: -1,
		f: 25001
	});
	var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
	t[0] = {
		s: -1,
		f: l.f + r.f,
		l,
		r
	};
	while (i1 != s - 1) {
		l = t[t[i0].f < t[i2].f ? i0++ : i2++];
		r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
		t[i1++] = {
			s: -1,
			f: l.f + r.f,
			l,
			r
		};
	}
	var maxSym = t2[0].s;
	for (var i = 1; i < s; ++i) if (t2[i].s > maxSym) maxSym = t2[i].s;
	var tr = new u16(maxSym + 1);
	var mbt = ln(t[i1 - 1], tr, 0);
	if (mbt > mb) {
		var i = 0, dt = 0;
		var lft = mbt - mb, cst = 1 << lft;
		t2.sort(function(a, b) {
			return tr[b.s] - tr[a.s] || a.f - b.f;
		});
		for (; i < s; ++i) {
			var i2_1 = t2[i].s;
			if (tr[i2_1] > mb) {
				dt += cst - (1 << mbt - tr[i2_1]);
				tr[i2_1] = mb;
			} else break;
		}
		dt >>= lft;
		while (dt > 0) {
			var i2_2 = t2[i].s;
			if (tr[i2_2] < mb) dt -= 1 << mb - tr[i2_2]++ - 1;
			else ++i;
		}
		for (; i >= 0 && dt; --i) {
			var i2_3 = t2[i].s;
			if (tr[i2_3] == mb) {
				--tr[i2_3];
				++dt;
			}
		}
		mbt = mb;
	}
	return {
		t: new u8(tr),
		l: mbt
	};
};
var ln = function(n, l, d) {
	return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
};
var lc = function(c) {
	var s = c.length;
	while (s && !c[--s]);
	var cl = new u16(++s);
	var cli = 0, cln = c[0], cls = 1;
	var w = function(v) {
		cl[cli++] = v;
	};
	for (var i = 1; i <= s; ++i) if (c[i] == cln && i != s) ++cls;
	else {
		if (!cln && cls > 2) {
			for (; cls > 138; cls -= 138) w(32754);
			if (cls > 2) {
				w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
				cls = 0;
			}
		} else if (cls > 3) {
			w(cln), --cls;
			for (; cls > 6; cls -= 6) w(8304);
			if (cls > 2) w(cls - 3 << 5 | 8208), cls = 0;
		}
		while (cls--) w(cln);
		cls = 1;
		cln = c[i];
	}
	return {
		c: cl.subarray(0, cli),
		n: s
	};
};
var clen = function(cf, cl) {
	var l = 0;
	for (var i = 0; i < cl.length; ++i) l += cf[i] * cl[i];
	return l;
};
var wfblk = function(out, pos, dat) {
	var s = dat.length;
	var o = shft(pos + 2);
	out[o] = s & 255;
	out[o + 1] = s >> 8;
	out[o + 2] = out[o] ^ 255;
	out[o + 3] = out[o + 1] ^ 255;
	for (var i = 0; i < s; ++i) out[o + i + 4] = dat[i];
	return (o + 4 + s) * 8;
};
var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
	wbits(out, p++, final);
	++lf[256];
	var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
	var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
	var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
	var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
	var lcfreq = new u16(19);
	for (var i = 0; i < lclt.length; ++i) ++lcfreq[lclt[i] & 31];
	for (var i = 0; i < lcdt.length; ++i) ++lcfreq[lcdt[i] & 31];
	var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
	var nlcc = 19;
	for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc);
	var flen = bl + 5 << 3;
	var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
	var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
	if (bs >= 0 && flen <= ftlen && flen <= dtlen) return wfblk(out, p, dat.subarray(bs, bs + bl));
	var lm, ll, dm, dl;
	wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
	if (dtlen < ftlen) {
		lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
		var llm = hMap(lct, mlcb, 0);
		wbits(out, p, nlc - 257);
		wbits(out, p + 5, ndc - 1);
		wbits(out, p + 10, nlcc - 4);
		p += 14;
		for (var i = 0; i < nlcc; ++i) wbits(out, p + 3 * i, lct[clim[i]]);
		p += 3 * nlcc;
		var lcts = [lclt, lcdt];
		for (var it = 0; it < 2; ++it) {
			var clct = lcts[it];
			for (var i = 0; i < clct.length; ++i) {
				var len = clct[i] & 31;
				wbits(out, p, llm[len]), p += lct[len];
				if (len > 15) wbits(out, p, clct[i] >> 5 & 127), p += clct[i] >> 12;
			}
		}
	} else lm = flm, ll = flt, dm = fdm, dl = fdt;
	for (var i = 0; i < li; ++i) {
		var sym = syms[i];
		if (sym > 255) {
			var len = sym >> 18 & 31;
			wbits16(out, p, lm[len + 257]), p += ll[len + 257];
			if (len > 7) wbits(out, p, sym >> 23 & 31), p += fleb[len];
			var dst = sym & 31;
			wbits16(out, p, dm[dst]), p += dl[dst];
			if (dst > 3) wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
		} else wbits16(out, p, lm[sym]), p += ll[sym];
	}
	wbits16(out, p, lm[256]);
	return p + ll[256];
};
var deo = /*#__PURE__*/ new i32([
	65540,
	131080,
	131088,
	131104,
	262176,
	1048704,
	1048832,
	2114560,
	2117632
]);
var et = /*#__PURE__*/ new u8(0);
var dflt = function(dat, lvl, plvl, pre, post, st) {
	var s = st.z || dat.length;
	var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
	var w = o.subarray(pre, o.length - post);
	var lst = st.l;
	var pos = (st.r || 0) & 7;
	if (lvl) {
		if (pos) w[0] = st.r >> 3;
		var opt = deo[lvl - 1];
		var n = opt >> 13, c = opt & 8191;
		var msk_1 = (1 << plvl) - 1;
		var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
		var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
		var hsh = function(i) {
			return (dat[i] ^ dat[i + 1] << bs1_1 ^ dat[i + 2] << bs2_1) & msk_1;
		};
		var syms = new i32(25e3);
		var lf = new u16(288), df = new u16(32);
		var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
		for (; i + 2 < s; ++i) {
			var hv = hsh(i);
			var imod = i & 32767, pimod = head[hv];
			prev[imod] = pimod;
			head[hv] = imod;
			if (wi <= i) {
				var rem = s - i;
				if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
					pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
					li = lc_1 = eb = 0, bs = i;
					for (var j = 0; j < 286; ++j) lf[j] = 0;
					for (var j = 0; j < 30; ++j) df[j] = 0;
				}
				var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
				if (rem > 2 && hv == hsh(i - dif)) {
					var maxn = Math.min(n, rem) - 1;
					var maxd = Math.min(32767, i);
					var ml = Math.min(258, rem);
					while (dif <= maxd && --ch_1 && imod != pimod) {
						if (dat[i + l] == dat[i + l - dif]) {
							var nl = 0;
							for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl);
							if (nl > l) {
								l = nl, d = dif;
								if (nl > maxn) break;
								var mmd = Math.min(dif, nl - 2);
								var md = 0;
								for (var j = 0; j < mmd; ++j) {
									var ti = i - dif + j & 32767;
									var cd = ti - prev[ti] & 32767;
									if (cd > md) md = cd, pimod = ti;
								}
							}
						}
						imod = pimod, pimod = prev[imod];
						dif += imod - pimod & 32767;
					}
				}
				if (d) {
					syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
					var lin = revfl[l] & 31, din = revfd[d] & 31;
					eb += fleb[lin] + fdeb[din];
					++lf[257 + lin];
					++df[din];
					wi = i + l;
					++lc_1;
				} else {
					syms[li++] = dat[i];
					++lf[dat[i]];
				}
			}
		}
		for (i = Math.max(i, wi); i < s; ++i) {
			syms[li++] = dat[i];
			++lf[dat[i]];
		}
		pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
		if (!lst) {
			st.r = pos & 7 | w[pos / 8 | 0] << 3;
			pos -= 7;
			st.h = head, st.p = prev, st.i = i, st.w = wi;
		}
	} else {
		for (var i = st.w || 0; i < s + lst; i += 65535) {
			var e = i + 65535;
			if (e >= s) {
				w[pos / 8 | 0] = lst;
				e = s;
			}
			pos = wfblk(w, pos + 1, dat.subarray(i, e));
		}
		st.i = s;
	}
	return slc(o, 0, pre + shft(pos) + post);
};
var crct = /*#__PURE__*/ (function() {
	var t = /* @__PURE__ */ new Int32Array(256);
	for (var i = 0; i < 256; ++i) {
		var c = i, k = 9;
		while (--k) c = (c & 1 && -306674912) ^ c >>> 1;
		t[i] = c;
	}
	return t;
})();
var crc = function() {
	var c = -1;
	return {
		p: function(d) {
			var cr = c;
			for (var i = 0; i < d.length; ++i) cr = crct[cr & 255 ^ d[i]] ^ cr >>> 8;
			c = cr;
		},
		d: function() {
			return ~c;
		}
	};
};
var dopt = function(dat, opt, pre, post, st) {
	if (!st) {
		st = { l: 1 };
		if (opt.dictionary) {
			var dict = opt.dictionary.subarray(-32768);
			var newDat = new u8(dict.length + dat.length);
			newDat.set(dict);
			newDat.set(dat, dict.length);
			dat = newDat;
			st.w = dict.length;
		}
	}
	return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
};
var mrg = function(a, b) {
	var o = {};
	for (var k in a) o[k] = a[k];
	for (var k in b) o[k] = b[k];
	return o;
};
var wbytes = function(d, b, v) {
	for (; v; ++b) d[b] = v, v >>>= 8;
};
/**
* Streaming DEFLATE compression
*/
var Deflate = /* @__PURE__ */ function() {
	function Deflate(opts, cb) {
		if (typeof opts == "function") cb = opts, opts = {};
		this.ondata = cb;
		this.o = opts || {};
		this.s = {
			l: 0,
			i: 32768,
			w: 32768,
			z: 32768
		};
		this.b = new u8(98304);
		if (this.o.dictionary) {
			var dict = this.o.dictionary.subarray(-32768);
			this.b.set(dict, 32768 - dict.length);
			this.s.i = 32768 - dict.length;
		}
	}
	Deflate.prototype.p = function(c, f) {
		this.ondata(dopt(c, this.o, 0, 0, this.s), f);
	};
	/**
	* Pushes a chunk to be deflated
	* @param chunk The chunk to push
	* @param final Whether this is the last chunk
	*/
	Deflate.prototype.push = function(chunk, final) {
		if (!this.ondata) err(5);
		if (this.s.l) err(4);
		var endLen = chunk.length + this.s.z;
		if (endLen > this.b.length) {
			if (endLen > 2 * this.b.length - 32768) {
				var newBuf = new u8(endLen & -32768);
				newBuf.set(this.b.subarray(0, this.s.z));
				this.b = newBuf;
			}
			var split = this.b.length - this.s.z;
			this.b.set(chunk.subarray(0, split), this.s.z);
			this.s.z = this.b.length;
			this.p(this.b, false);
			this.b.set(this.b.subarray(-32768));
			this.b.set(chunk.subarray(split), 32768);
			this.s.z = chunk.length - split + 32768;
			this.s.i = 32766, this.s.w = 32768;
		} else {
			this.b.set(chunk, this.s.z);
			this.s.z += chunk.length;
		}
		this.s.l = final & 1;
		if (this.s.z > this.s.w + 8191 || final) {
			this.p(this.b, final || false);
			this.s.w = this.s.i, this.s.i -= 2;
		}
		if (final) {
			this.s = this.o = {};
			this.b = et;
		}
	};
	/**
	* Flushes buffered uncompressed data. Useful to immediately retrieve the
	* deflated output for small inputs.
	* @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
	*             extra bytes, but guarantees all pushed data is immediately
	*             decompressible. A separate DEFLATE stream may be concatenated
	*             with the current output after a sync flush.
	*/
	Deflate.prototype.flush = function(sync) {
		if (!this.ondata) err(5);
		if (this.s.l) err(4);
		this.p(this.b, false);
		this.s.w = this.s.i, this.s.i -= 2;
		if (sync) {
			var c = new u8(6);
			c[0] = this.s.r >> 3;
			var ep = wfblk(c, this.s.r, et);
			this.s.r = 0;
			this.ondata(c.subarray(0, ep >> 3), false);
		}
	};
	return Deflate;
}();
var te = typeof TextEncoder != "undefined" && /*#__PURE__*/ new TextEncoder();
var td = typeof TextDecoder != "undefined" && /*#__PURE__*/ new TextDecoder();
try {
	td.decode(et, { stream: true });
} catch (e) {}
/**
* Converts a string into a Uint8Array for use with compression/decompression methods
* @param str The string to encode
* @param latin1 Whether or not to interpret the data as Latin-1. This should
*               not need to be true unless decoding a binary string.
* @returns The string encoded in UTF-8/Latin-1 binary
*/
function strToU8(str, latin1) {
	if (latin1) {
		var ar_1 = new u8(str.length);
		for (var i = 0; i < str.length; ++i) ar_1[i] = str.charCodeAt(i);
		return ar_1;
	}
	if (te) return te.encode(str);
	var l = str.length;
	var ar = new u8(str.length + (str.length >> 1));
	var ai = 0;
	var w = function(v) {
		ar[ai++] = v;
	};
	for (var i = 0; i < l; ++i) {
		if (ai + 5 > ar.length) {
			var n = new u8(ai + 8 + (l - i << 1));
			n.set(ar);
			ar = n;
		}
		var c = str.charCodeAt(i);
		if (c < 128 || latin1) w(c);
		else if (c < 2048) w(192 | c >> 6), w(128 | c & 63);
		else if (c > 55295 && c < 57344) c = 65536 + (c & 1047552) | str.charCodeAt(++i) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
		else w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
	}
	return slc(ar, 0, ai);
}
var dbf = function(l) {
	return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0;
};
var exfl = function(ex) {
	var le = 0;
	if (ex) for (var k in ex) {
		var l = ex[k].length;
		if (l > 65535) err(9);
		le += l + 4;
	}
	return le;
};
var wzh = function(d, b, f, fn, u, c, ce, co) {
	var fl = fn.length, ex = f.extra, col = co && co.length;
	var exl = exfl(ex);
	wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
	if (ce != null) d[b++] = 20, d[b++] = f.os;
	d[b] = 20, b += 2;
	d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
	d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
	var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
	if (y < 0 || y > 119) err(10);
	wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
	if (c != -1) {
		wbytes(d, b, f.crc);
		wbytes(d, b + 4, c < 0 ? -c - 2 : c);
		wbytes(d, b + 8, f.size);
	}
	wbytes(d, b + 12, fl);
	wbytes(d, b + 14, exl), b += 16;
	if (ce != null) {
		wbytes(d, b, col);
		wbytes(d, b + 6, f.attrs);
		wbytes(d, b + 10, ce), b += 14;
	}
	d.set(fn, b);
	b += fl;
	if (exl) for (var k in ex) {
		var exf = ex[k], l = exf.length;
		wbytes(d, b, +k);
		wbytes(d, b + 2, l);
		d.set(exf, b + 4), b += 4 + l;
	}
	if (col) d.set(co, b), b += col;
	return b;
};
var wzf = function(o, b, c, d, e) {
	wbytes(o, b, 101010256);
	wbytes(o, b + 8, c);
	wbytes(o, b + 10, c);
	wbytes(o, b + 12, d);
	wbytes(o, b + 16, e);
};
/**
* A pass-through stream to keep data uncompressed in a ZIP archive.
*/
var ZipPassThrough = /* @__PURE__ */ function() {
	/**
	* Creates a pass-through stream that can be added to ZIP archives
	* @param filename The filename to associate with this data stream
	*/
	function ZipPassThrough(filename) {
		this.filename = filename;
		this.c = crc();
		this.size = 0;
		this.compression = 0;
	}
	/**
	* Processes a chunk and pushes to the output stream. You can override this
	* method in a subclass for custom behavior, but by default this passes
	* the data through. You must call this.ondata(err, chunk, final) at some
	* point in this method.
	* @param chunk The chunk to process
	* @param final Whether this is the last chunk
	*/
	ZipPassThrough.prototype.process = function(chunk, final) {
		this.ondata(null, chunk, final);
	};
	/**
	* Pushes a chunk to be added. If you are subclassing this with a custom
	* compression algorithm, note that you must push data from the source
	* file only, pre-compression.
	* @param chunk The chunk to push
	* @param final Whether this is the last chunk
	*/
	ZipPassThrough.prototype.push = function(chunk, final) {
		if (!this.ondata) err(5);
		this.c.p(chunk);
		this.size += chunk.length;
		if (final) this.crc = this.c.d();
		this.process(chunk, final || false);
	};
	return ZipPassThrough;
}();
/**
* Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
* for better performance
*/
var ZipDeflate = /* @__PURE__ */ function() {
	/**
	* Creates a DEFLATE stream that can be added to ZIP archives
	* @param filename The filename to associate with this data stream
	* @param opts The compression options
	*/
	function ZipDeflate(filename, opts) {
		var _this = this;
		if (!opts) opts = {};
		ZipPassThrough.call(this, filename);
		this.d = new Deflate(opts, function(dat, final) {
			_this.ondata(null, dat, final);
		});
		this.compression = 8;
		this.flag = dbf(opts.level);
	}
	ZipDeflate.prototype.process = function(chunk, final) {
		try {
			this.d.push(chunk, final);
		} catch (e) {
			this.ondata(e, null, final);
		}
	};
	/**
	* Pushes a chunk to be deflated
	* @param chunk The chunk to push
	* @param final Whether this is the last chunk
	*/
	ZipDeflate.prototype.push = function(chunk, final) {
		ZipPassThrough.prototype.push.call(this, chunk, final);
	};
	return ZipDeflate;
}();
/**
* A zippable archive to which files can incrementally be added
*/
var Zip = /* @__PURE__ */ function() {
	/**
	* Creates an empty ZIP archive to which files can be added
	* @param cb The callback to call whenever data for the generated ZIP archive
	*           is available
	*/
	function Zip(cb) {
		this.ondata = cb;
		this.u = [];
		this.d = 1;
	}
	/**
	* Adds a file to the ZIP archive
	* @param file The file stream to add
	*/
	Zip.prototype.add = function(file) {
		var _this = this;
		if (!this.ondata) err(5);
		if (this.d & 2) this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
		else {
			var f = strToU8(file.filename), fl_1 = f.length;
			var com = file.comment, o = com && strToU8(com);
			var u = fl_1 != file.filename.length || o && com.length != o.length;
			var hl_1 = fl_1 + exfl(file.extra) + 30;
			if (fl_1 > 65535) this.ondata(err(11, 0, 1), null, false);
			var header = new u8(hl_1);
			wzh(header, 0, file, f, u, -1);
			var chks_1 = [header];
			var pAll_1 = function() {
				for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
					var chk = chks_2[_i];
					_this.ondata(null, chk, false);
				}
				chks_1 = [];
			};
			var tr_1 = this.d;
			this.d = 0;
			var ind_1 = this.u.length;
			var uf_1 = mrg(file, {
				f,
				u,
				o,
				t: function() {
					if (file.terminate) file.terminate();
				},
				r: function() {
					pAll_1();
					if (tr_1) {
						var nxt = _this.u[ind_1 + 1];
						if (nxt) nxt.r();
						else _this.d = 1;
					}
					tr_1 = 1;
				}
			});
			var cl_1 = 0;
			file.ondata = function(err, dat, final) {
				if (err) {
					_this.ondata(err, dat, final);
					_this.terminate();
				} else {
					cl_1 += dat.length;
					chks_1.push(dat);
					if (final) {
						var dd = new u8(16);
						wbytes(dd, 0, 134695760);
						wbytes(dd, 4, file.crc);
						wbytes(dd, 8, cl_1);
						wbytes(dd, 12, file.size);
						chks_1.push(dd);
						uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
						if (tr_1) uf_1.r();
						tr_1 = 1;
					} else if (tr_1) pAll_1();
				}
			};
			this.u.push(uf_1);
		}
	};
	/**
	* Ends the process of adding files and prepares to emit the final chunks.
	* This *must* be called after adding all desired files for the resulting
	* ZIP file to work properly.
	*/
	Zip.prototype.end = function() {
		var _this = this;
		if (this.d & 2) {
			this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
			return;
		}
		if (this.d) this.e();
		else this.u.push({
			r: function() {
				if (!(_this.d & 1)) return;
				_this.u.splice(-1, 1);
				_this.e();
			},
			t: function() {}
		});
		this.d = 3;
	};
	Zip.prototype.e = function() {
		var bt = 0, l = 0, tl = 0;
		for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
			var f = _a[_i];
			tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
		}
		var out = new u8(tl + 22);
		for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
			var f = _c[_b];
			wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
			bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
		}
		wzf(out, bt, this.u.length, tl, l);
		this.ondata(null, out, true);
		this.d = 2;
	};
	/**
	* A method to terminate any internal workers used by the stream. Subsequent
	* calls to add() will fail.
	*/
	Zip.prototype.terminate = function() {
		for (var _i = 0, _a = this.u; _i < _a.length; _i++) _a[_i].t();
		this.d = 2;
	};
	return Zip;
}();
export { __commonJSMin as $, layoutNames as A, upperMedian as B, projectPoint as C, FrameWindow as D, DEFAULT_CHUNK_FRAMES as E, parse as F, number as G, _enum as H, TomlError as I, record as J, object as K, median as L, parseCalibrationToml as M, parseCalibrationTomlDetailed as N, canonicalLayoutName as O, matrixToRodrigues as P, personColour as Q, medianInPlace as R, prepareCamera as S, undistortPoint as T, array as U, upperMedianInPlace as V, boolean as W, resolveFinder as X, string as Y, UserError as Z, boneStability as _, solveInWorker as a, lensForImage as b, triangulate as c, detectSettingsSchema as d, __exportAll as et, triangulateSettingsSchema as f, boneLengths as g, REL_ERROR_GOOD as h, calibrateInPage as i, detectTranslationUnits as j, getLayout as k, Geometry as l, REL_ERROR_FAIR as m, ZipDeflate as n, guessLens as o, resampleSequence as p, preprocess as q, ZipPassThrough as r, imageScales as s, Zip as t, __toESM as tt, calibrationSettingsSchema as u, computeQuality as v, rotationMatrix as w, cameraCenter as x, judgedBones as y, quantile as z };
