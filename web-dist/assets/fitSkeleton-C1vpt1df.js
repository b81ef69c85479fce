import { L as median, k as getLayout } from "./browser-DBdux0Pi.js";
import { a as dot, c as mat3MulVec, d as quatConj, f as quatFromMat3, g as sub, h as scale, i as cross, l as norm, m as quatRotate, n as add, o as isFiniteVec, p as quatMul, r as alignFrames, s as mat3FromQuat, t as IDENTITY_QUAT, u as normalize } from "./index-ChD2ZjHZ.js";
// src/skeleton/humanoid.ts
var UP = [
	0,
	0,
	1
];
var DOWN = [
	0,
	0,
	-1
];
var FORWARD = [
	0,
	-1,
	0
];
var BACKWARD = [
	0,
	1,
	0
];
var LEFT = [
	1,
	0,
	0
];
var RIGHT = [
	-1,
	0,
	0
];
/** Fraction of the mid-hip → neck line at which the Spine and Spine1 joints are placed. */
var SPINE_FRACTIONS = {
	spine: .2,
	spine1: .6
};
/**
* Builds the humanoid hierarchy for a keypoint layout. Feet get toe joints when the layout has toe
* keypoints, and a heel end site (the foot then oriented by heel → toe and the ankle above them) when
* it also has heels, the head gets a head-top end site aimed at a "Head" keypoint when present (otherwise
* the head is oriented by the ears and the nose). Layouts without Neck / Hip keypoints (COCO-17)
* use the shoulder and hip midpoints.
*/
function buildHumanoid(layoutName) {
	const layout = getLayout(layoutName);
	const has = (n) => layout.indexOf.has(n);
	const mean = (...names) => names.every(has) ? {
		kind: "mean",
		keypoints: names.map((n) => layout.indexOf.get(n)),
		label: names.join("+")
	} : void 0;
	const first = (...alts) => alts.find((t) => t !== void 0);
	const need = (t, what) => {
		if (!t) throw new Error(`layout ${layout.name} has no keypoints for the ${what}; the skeleton needs shoulders, elbows, wrists, hips, knees and ankles`);
		return t;
	};
	const midHip = need(mean("LHip", "RHip"), "hips");
	const neck = need(first(mean("Neck"), mean("LShoulder", "RShoulder")), "neck");
	const lerp = (a, b, t, label) => ({
		kind: "lerp",
		a,
		b,
		t,
		label
	});
	const spine = lerp(midHip, neck, SPINE_FRACTIONS.spine, "Hips→Neck 20%");
	const spine1 = lerp(midHip, neck, SPINE_FRACTIONS.spine1, "Hips→Neck 60%");
	const midEars = first(mean("LEar", "REar"), mean("LEye", "REye"), mean("Nose"));
	const headTop = first(mean("Head"), mean("HeadTop"));
	const earLine = mean("REar") && mean("LEar") ? {
		kind: "between",
		from: mean("REar"),
		to: mean("LEar")
	} : void 0;
	const joints = [];
	const indexOf = /* @__PURE__ */ new Map();
	const push = (j) => {
		const parent = j.parent === void 0 ? -1 : indexOf.get(j.parent);
		const joint = {
			...j,
			parent,
			endSite: j.endSite ?? false
		};
		indexOf.set(j.name, joints.length);
		joints.push(joint);
		return joints.length - 1;
	};
	const shoulderLine = () => ({
		kind: "between",
		from: need(mean("RShoulder"), "right shoulder"),
		to: need(mean("LShoulder"), "left shoulder")
	});
	const hipLine = () => ({
		kind: "between",
		from: need(mean("RHip"), "right hip"),
		to: need(mean("LHip"), "left hip")
	});
	push({
		name: "Hips",
		restDir: [
			0,
			0,
			0
		],
		target: midHip,
		primary: hipLine(),
		primaryRest: LEFT,
		secondary: {
			kind: "between",
			from: midHip,
			to: neck
		},
		secondaryRest: UP
	});
	const spineIdx = push({
		name: "Spine",
		parent: "Hips",
		restDir: UP,
		target: spine,
		primary: {
			kind: "aim",
			joint: -1
		},
		primaryRest: UP,
		secondary: {
			kind: "sum",
			specs: [hipLine(), shoulderLine()]
		},
		secondaryRest: LEFT
	});
	const spine1Idx = push({
		name: "Spine1",
		parent: "Spine",
		restDir: UP,
		target: spine1,
		primary: {
			kind: "aim",
			joint: -1
		},
		primaryRest: UP,
		secondary: shoulderLine(),
		secondaryRest: LEFT
	});
	joints[spineIdx].primary.joint = spine1Idx;
	const neckIdx = push({
		name: "Neck",
		parent: "Spine1",
		restDir: UP,
		target: neck,
		primary: midEars ? {
			kind: "aim",
			joint: -1
		} : void 0,
		primaryRest: UP,
		secondary: earLine ?? { kind: "inherit" },
		secondaryRest: LEFT
	});
	joints[spine1Idx].primary.joint = neckIdx;
	if (midEars) {
		const headIdx = push({
			name: "Head",
			parent: "Neck",
			restDir: UP,
			target: midEars,
			...headTop ? {
				primary: {
					kind: "aim",
					joint: -1
				},
				primaryRest: UP
			} : mean("Nose") ? {
				primary: {
					kind: "between",
					from: midEars,
					to: mean("Nose")
				},
				primaryRest: FORWARD
			} : {},
			secondary: earLine ?? { kind: "inherit" },
			secondaryRest: LEFT
		});
		joints[neckIdx].primary.joint = headIdx;
		const topIdx = push({
			name: "HeadTop_End",
			parent: "Head",
			restDir: UP,
			endSite: true,
			...headTop ? { target: headTop } : { fixedLengthM: .12 }
		});
		if (headTop) joints[headIdx].primary.joint = topIdx;
	} else push({
		name: "HeadTop_End",
		parent: "Neck",
		restDir: UP,
		endSite: true,
		fixedLengthM: .2
	});
	for (const [side, S, out] of [[
		"Left",
		"L",
		LEFT
	], [
		"Right",
		"R",
		RIGHT
	]]) {
		const shoulder = need(mean(`${S}Shoulder`), `${side.toLowerCase()} shoulder`);
		const elbow = need(mean(`${S}Elbow`), `${side.toLowerCase()} elbow`);
		const wrist = need(mean(`${S}Wrist`), `${side.toLowerCase()} wrist`);
		const elbowAxisRest = cross(out, FORWARD);
		const clav = push({
			name: `${side}Shoulder`,
			parent: "Spine1",
			restDir: UP,
			target: neck,
			primary: {
				kind: "aim",
				joint: -1
			},
			primaryRest: out,
			secondary: { kind: "inherit" },
			secondaryRest: UP
		});
		const arm = push({
			name: `${side}Arm`,
			parent: `${side}Shoulder`,
			restDir: out,
			target: shoulder,
			primary: {
				kind: "aim",
				joint: -1
			},
			primaryRest: out,
			secondary: {
				kind: "hinge",
				a: shoulder,
				b: elbow,
				c: wrist,
				fallbackWeight: .25
			},
			secondaryRest: elbowAxisRest
		});
		joints[clav].primary.joint = arm;
		const fore = push({
			name: `${side}ForeArm`,
			parent: `${side}Arm`,
			restDir: out,
			target: elbow,
			primary: {
				kind: "aim",
				joint: -1
			},
			primaryRest: out,
			secondary: { kind: "inherit" },
			secondaryRest: elbowAxisRest
		});
		joints[arm].primary.joint = fore;
		const hand = push({
			name: `${side}Hand`,
			parent: `${side}ForeArm`,
			restDir: out,
			target: wrist
		});
		joints[fore].primary.joint = hand;
		push({
			name: `${side}Hand_End`,
			parent: `${side}Hand`,
			restDir: out,
			endSite: true,
			fixedLengthM: .08
		});
		const hip = need(mean(`${S}Hip`), `${side.toLowerCase()} hip`);
		const knee = need(mean(`${S}Knee`), `${side.toLowerCase()} knee`);
		const ankle = need(mean(`${S}Ankle`), `${side.toLowerCase()} ankle`);
		const toes = first(mean(`${S}BigToe`, `${S}SmallToe`), mean(`${S}BigToe`));
		const heel = mean(`${S}Heel`);
		const kneeAxisRest = cross(DOWN, BACKWARD);
		const upLeg = push({
			name: `${side}UpLeg`,
			parent: "Hips",
			restDir: out,
			target: hip,
			primary: {
				kind: "aim",
				joint: -1
			},
			primaryRest: DOWN,
			secondary: {
				kind: "hinge",
				a: hip,
				b: knee,
				c: ankle,
				fallbackWeight: .25
			},
			secondaryRest: kneeAxisRest
		});
		const leg = push({
			name: `${side}Leg`,
			parent: `${side}UpLeg`,
			restDir: DOWN,
			target: knee,
			primary: {
				kind: "aim",
				joint: -1
			},
			primaryRest: DOWN,
			secondary: { kind: "inherit" },
			secondaryRest: kneeAxisRest
		});
		joints[upLeg].primary.joint = leg;
		if (toes && heel) {
			const foot = push({
				name: `${side}Foot`,
				parent: `${side}Leg`,
				restDir: DOWN,
				target: ankle,
				primary: {
					kind: "between",
					from: heel,
					to: toes
				},
				primaryRest: FORWARD,
				secondary: {
					kind: "toTarget",
					to: lerp(heel, toes, .5, `${S}Heel→toes 50%`)
				},
				secondaryRest: DOWN
			});
			joints[leg].primary.joint = foot;
			push({
				name: `${side}ToeBase`,
				parent: `${side}Foot`,
				restDir: FORWARD,
				target: toes,
				measuredOffset: true
			});
			push({
				name: `${side}Toe_End`,
				parent: `${side}ToeBase`,
				restDir: FORWARD,
				endSite: true,
				fixedLengthM: .04
			});
			push({
				name: `${side}Heel_End`,
				parent: `${side}Foot`,
				restDir: BACKWARD,
				endSite: true,
				target: heel,
				measuredOffset: true
			});
			continue;
		}
		const foot = push({
			name: `${side}Foot`,
			parent: `${side}Leg`,
			restDir: DOWN,
			target: ankle,
			...toes ? {
				primary: {
					kind: "aim",
					joint: -1
				},
				primaryRest: FORWARD,
				secondary: { kind: "inherit" },
				secondaryRest: kneeAxisRest
			} : {}
		});
		joints[leg].primary.joint = foot;
		if (toes) {
			const toe = push({
				name: `${side}ToeBase`,
				parent: `${side}Foot`,
				restDir: FORWARD,
				target: toes
			});
			joints[foot].primary.joint = toe;
			push({
				name: `${side}Toe_End`,
				parent: `${side}ToeBase`,
				restDir: FORWARD,
				endSite: true,
				fixedLengthM: .04
			});
		} else push({
			name: `${side}Foot_End`,
			parent: `${side}Foot`,
			restDir: FORWARD,
			endSite: true,
			fixedLengthM: .12
		});
	}
	for (const j of joints) if (j.primary?.kind === "aim" && j.primary.joint < 0) throw new Error(`humanoid: ${j.name} aims at nothing`);
	return {
		layout: layout.name,
		joints,
		indexOf
	};
}
// src/skeleton/fitSkeleton.ts
/** |sin| of a wrong-way (hyperextension-like) bend at which its plane is trusted as much as the parent. */
var WRONG_WAY_BALANCE = .6;
/** Bone lengths of a 1.75 m adult (metres), used only for bones the take never shows. */
var TYPICAL_LENGTHS_M = {
	Spine: .1,
	Spine1: .2,
	Neck: .2,
	Head: .12,
	HeadTop_End: .12,
	Shoulder: .2,
	Arm: .18,
	ForeArm: .28,
	Hand: .25,
	UpLeg: .1,
	Leg: .42,
	Foot: .42,
	ToeBase: .15
};
/** Fits the humanoid skeleton to a take. Throws when the layout lacks the limbs the skeleton needs. */
function fitSkeleton(points, opts = {}) {
	const def = buildHumanoid(points.layout);
	const { joints } = def;
	const F = points.frames;
	const J = joints.length;
	const tracks = /* @__PURE__ */ new Map();
	const track = (t) => {
		let tr = tracks.get(t);
		if (!tr) {
			const raw = evaluateTarget(points, t, tracks);
			tr = {
				raw,
				filled: fillGaps(raw, F)
			};
			tracks.set(t, tr);
		}
		return tr;
	};
	/**
	* The offset of joint j's target from its parent's target in the parent's observed frame (rest
	* axes), robust median per axis over the frames where everything is observed; null when never
	* observed or when the parent's orientation depends on fitted joints (hinge, inherit, sum).
	*/
	const measureOffset = (j) => {
		const jt = joints[j], pj = joints[jt.parent];
		if (!jt.target || !pj.target || !pj.primary || !pj.primaryRest || !pj.secondary || !pj.secondaryRest) return null;
		const origin = track(pj.target).raw, self = track(jt.target).raw;
		const obs = (t, f) => {
			const a = track(t).raw;
			return [
				a[f * 3],
				a[f * 3 + 1],
				a[f * 3 + 2]
			];
		};
		const vec = (spec, f, o) => {
			if (spec.kind === "between") return sub(obs(spec.to, f), obs(spec.from, f));
			if (spec.kind === "toTarget") return sub(obs(spec.to, f), o);
			if (spec.kind === "aim") return sub(obs(joints[spec.joint].target, f), o);
			return null;
		};
		const comps = [
			[],
			[],
			[]
		];
		for (let f = 0; f < F; f++) {
			const o = [
				origin[f * 3],
				origin[f * 3 + 1],
				origin[f * 3 + 2]
			];
			const x = [
				self[f * 3],
				self[f * 3 + 1],
				self[f * 3 + 2]
			];
			const a = vec(pj.primary, f, o), s = vec(pj.secondary, f, o);
			if (!a || !s) return null;
			if (!isFiniteVec(o) || !isFiniteVec(x) || !isFiniteVec(a) || !isFiniteVec(s)) continue;
			const R = alignFrames(pj.primaryRest, pj.secondaryRest, a, s);
			if (!R) continue;
			const d = sub(x, o);
			for (let c = 0; c < 3; c++) comps[c].push(R[c] * d[0] + R[3 + c] * d[1] + R[6 + c] * d[2]);
		}
		return comps[0].length ? comps.map((v) => robustMedian(v)) : null;
	};
	const warnings = [];
	const lengths = new Float64Array(J);
	for (let j = 1; j < J; j++) {
		const jt = joints[j];
		const pt = joints[jt.parent].target;
		if (jt.target && pt) {
			const a = track(jt.target).raw;
			const b = track(pt).raw;
			const d = [];
			for (let f = 0; f < F; f++) {
				const dist = Math.hypot(a[f * 3] - b[f * 3], a[f * 3 + 1] - b[f * 3 + 1], a[f * 3 + 2] - b[f * 3 + 2]);
				if (Number.isFinite(dist)) d.push(dist);
			}
			lengths[j] = d.length ? robustMedian(d) : NaN;
		} else lengths[j] = jt.fixedLengthM ?? 0;
		if (!Number.isFinite(lengths[j])) {
			const fallback = TYPICAL_LENGTHS_M[jt.name.replace(/^(Left|Right)/, "")] ?? .1;
			warnings.push({
				code: "bone-never-observed",
				message: `${jt.name} is never observed together with its parent; using a typical bone length of ${fallback} m`
			});
			lengths[j] = fallback;
		}
	}
	if (opts.symmetric ?? true) for (let j = 0; j < J; j++) {
		const m = /^Left(.*)$/.exec(joints[j].name);
		const r = m ? def.indexOf.get(`Right${m[1]}`) : void 0;
		if (r !== void 0) lengths[j] = lengths[r] = (lengths[j] + lengths[r]) / 2;
	}
	const offsets = joints.map((jt, j) => scale(jt.restDir, lengths[j]));
	const measured = joints.map((jt, j) => jt.measuredOffset ? measureOffset(j) : null);
	if (opts.symmetric ?? true) for (let j = 0; j < J; j++) {
		const m = /^Left(.*)$/.exec(joints[j].name);
		const r = m ? def.indexOf.get(`Right${m[1]}`) : void 0;
		const a = measured[j], b = r === void 0 ? null : measured[r];
		if (r === void 0 || !a || !b) continue;
		const avg = [
			(a[0] - b[0]) / 2,
			(a[1] + b[1]) / 2,
			(a[2] + b[2]) / 2
		];
		measured[j] = avg;
		measured[r] = [
			-avg[0],
			avg[1],
			avg[2]
		];
	}
	measured.forEach((m, j) => {
		if (m) {
			offsets[j] = m;
			lengths[j] = norm(m);
		}
	});
	const localRotations = new Float64Array(F * J * 4);
	const rootPositionM = new Float64Array(F * 3);
	const rootTrack = track(joints[0].target);
	if (F > 0 && !Number.isFinite(rootTrack.filled[0])) {
		rootTrack.filled.fill(0);
		warnings.push({
			code: "root-never-observed",
			message: "the hips are never observed in this take; the skeleton stays at the origin"
		});
	}
	const prevLocal = joints.map(() => [...IDENTITY_QUAT]);
	const pos = joints.map(() => [
		0,
		0,
		0
	]);
	const glob = joints.map(() => [
		1,
		0,
		0,
		0,
		1,
		0,
		0,
		0,
		1
	]);
	const globQ = joints.map(() => [...IDENTITY_QUAT]);
	const at = (t, f) => {
		const a = track(t).filled;
		return [
			a[f * 3],
			a[f * 3 + 1],
			a[f * 3 + 2]
		];
	};
	/**
	* Evaluates a direction spec for joint j at frame f. `a` is the joint's observed primary direction
	* (for the parent-carried fallback), undefined while the primary itself is evaluated.
	*/
	const evalVec = (spec, j, f, a) => {
		const jt = joints[j];
		switch (spec.kind) {
			case "aim": return sub(at(joints[spec.joint].target, f), pos[j]);
			case "between": return sub(at(spec.to, f), at(spec.from, f));
			case "toTarget": return sub(at(spec.to, f), pos[j]);
			case "sum": {
				let s = [
					0,
					0,
					0
				];
				for (const sp of spec.specs) {
					const v = normalize(evalVec(sp, j, f, a));
					if (isFiniteVec(v)) s = add(s, v);
				}
				return s;
			}
			case "hinge": {
				const pa = at(spec.a, f), pb = at(spec.b, f), pc = at(spec.c, f);
				const n = cross(normalize(sub(pb, pa)), normalize(sub(pc, pb)));
				const fallback = swingCarried(j, a, jt.secondaryRest);
				if (!isFiniteVec(n)) return fallback;
				const w = spec.fallbackWeight;
				const m = norm(n);
				const t = (1 + dot(n, fallback) / (m * norm(fallback) || 1)) / 2;
				const r = m / w;
				const q = m / WRONG_WAY_BALANCE;
				const alpha = w * (t * r * r + (1 - t) * q * q * q * q);
				return add(scale(n, alpha / (m || 1)), scale(fallback, w));
			}
			case "inherit": return swingCarried(j, a, jt.secondaryRest);
		}
	};
	/**
	* The rest secondary v carried by the parent and then swung by the shortest rotation that takes
	* the parent-carried rest primary onto the observed primary a: the orientation with no twist
	* relative to the parent. (Carrying v by the parent alone would be parallel to a straight arm
	* hanging from a T-pose shoulder, and the twist would flip.)
	*/
	const swingCarried = (j, a, v) => {
		const p = joints[j].parent;
		const carried = p < 0 ? v : mat3MulVec(glob[p], v);
		const c = normalize(p < 0 ? joints[j].primaryRest : mat3MulVec(glob[p], joints[j].primaryRest));
		const an = normalize(a);
		if (!isFiniteVec(an) || !isFiniteVec(c)) return carried;
		const axis = cross(c, an);
		const sin = norm(axis), cos = dot(c, an);
		if (sin < 1e-9) return carried;
		return rotateAbout(carried, scale(axis, 1 / sin), Math.atan2(sin, cos));
	};
	for (let f = 0; f < F; f++) {
		for (let j = 0; j < J; j++) {
			const jt = joints[j];
			const p = jt.parent;
			if (p < 0) pos[j] = [
				rootTrack.filled[f * 3],
				rootTrack.filled[f * 3 + 1],
				rootTrack.filled[f * 3 + 2]
			];
			else pos[j] = add(pos[p], mat3MulVec(glob[p], offsets[j]));
			const parentQ = p < 0 ? [...IDENTITY_QUAT] : globQ[p];
			let local = [...IDENTITY_QUAT];
			if (!jt.endSite && jt.primary && jt.primaryRest && jt.secondaryRest) {
				const a = evalVec(jt.primary, j, f);
				let R = null;
				if (isFiniteVec(a)) {
					const s = jt.secondary ? evalVec(jt.secondary, j, f, a) : swingCarried(j, a, jt.secondaryRest);
					R = alignFrames(jt.primaryRest, jt.secondaryRest, a, s) ?? alignFrames(jt.primaryRest, jt.secondaryRest, a, swingCarried(j, a, jt.secondaryRest));
				}
				if (R) local = quatMul(quatConj(parentQ), quatFromMat3(R));
				else local = prevLocal[j];
			}
			const prev = prevLocal[j];
			if (local[0] * prev[0] + local[1] * prev[1] + local[2] * prev[2] + local[3] * prev[3] < 0) local = [
				-local[0],
				-local[1],
				-local[2],
				-local[3]
			];
			prevLocal[j] = local;
			localRotations.set(local, (f * J + j) * 4);
			globQ[j] = quatMul(parentQ, local);
			glob[j] = mat3FromQuat(globQ[j]);
		}
		rootPositionM.set(pos[0], f * 3);
	}
	const skel = {
		layout: def.layout,
		fps: points.fps,
		frames: F,
		timestampsMs: points.timestampsMs.slice(),
		joints: joints.map((jt, j) => ({
			name: jt.name,
			parent: jt.parent,
			offsetM: offsets[j],
			endSite: jt.endSite,
			target: jt.target?.label
		})),
		rootPositionM,
		localRotations,
		groundOffsetM: 0,
		boneLengthsM: Object.fromEntries(joints.slice(1).map((jt, i) => [`${joints[jt.parent].name}→${jt.name}`, lengths[i + 1]])),
		fit: [],
		warnings
	};
	const sumD = new Float64Array(J), maxD = new Float64Array(J), nD = new Int32Array(J);
	const footZ = [];
	const footJoints = joints.map((jt, j) => /(Foot|ToeBase)$/.test(jt.name) ? j : -1).filter((j) => j >= 0);
	const hasToes = joints.some((jt) => jt.name.endsWith("ToeBase"));
	const heels = ["LHeel", "RHeel"].map((n) => getLayout(points.layout).indexOf.get(n) ?? -1).filter((i) => i >= 0);
	for (let f = 0; f < F; f++) {
		const P = forwardKinematics(skel, f);
		let lowest = Infinity;
		for (let j = 0; j < J; j++) {
			const t = joints[j].target;
			if (!t) continue;
			const r = track(t).raw;
			const d = Math.hypot(P[j * 3] - r[f * 3], P[j * 3 + 1] - r[f * 3 + 1], P[j * 3 + 2] - r[f * 3 + 2]);
			if (Number.isFinite(d)) {
				sumD[j] += d;
				nD[j]++;
				if (d > maxD[j]) maxD[j] = d;
			}
		}
		for (const j of footJoints) {
			const isAnkle = joints[j].name.endsWith("Foot");
			const z = P[j * 3 + 2] - (isAnkle && !hasToes && heels.length === 0 ? opts.ankleHeightM ?? .08 : 0);
			if (isAnkle && (hasToes || heels.length)) continue;
			lowest = Math.min(lowest, z);
		}
		for (const h of heels) lowest = Math.min(lowest, points.data[(f * points.joints + h) * 3 + 2]);
		if (Number.isFinite(lowest)) footZ.push(lowest);
	}
	skel.fit = joints.map((jt, j) => ({
		joint: jt.name,
		target: jt.target?.label ?? "",
		meanDistanceM: nD[j] ? sumD[j] / nD[j] : NaN,
		maxDistanceM: nD[j] ? maxD[j] : NaN,
		framesObserved: nD[j]
	})).filter((e) => e.target !== "");
	if ((opts.ground ?? "feet") === "feet" && footZ.length) {
		footZ.sort((a, b) => a - b);
		const ground = footZ[Math.floor(.01 * (footZ.length - 1))];
		skel.groundOffsetM = ground;
		for (let f = 0; f < F; f++) rootPositionM[f * 3 + 2] -= ground;
	}
	return skel;
}
/**
* World positions of every joint (end sites included) at one frame, [joint][x, y, z], metres,
* in the fitted frame (ground at z = 0; add groundOffsetM to z to get back the calibration world).
*/
function forwardKinematics(skel, frame) {
	const J = skel.joints.length;
	const out = new Float64Array(J * 3);
	const globQ = new Array(J);
	for (let j = 0; j < J; j++) {
		const jt = skel.joints[j];
		const o = (frame * J + j) * 4;
		const local = [
			skel.localRotations[o],
			skel.localRotations[o + 1],
			skel.localRotations[o + 2],
			skel.localRotations[o + 3]
		];
		if (jt.parent < 0) {
			out.set(skel.rootPositionM.subarray(frame * 3, frame * 3 + 3), j * 3);
			globQ[j] = local;
		} else {
			const p = jt.parent;
			const d = quatRotate(globQ[p], jt.offsetM);
			out[j * 3] = out[p * 3] + d[0];
			out[j * 3 + 1] = out[p * 3 + 1] + d[1];
			out[j * 3 + 2] = out[p * 3 + 2] + d[2];
			globQ[j] = quatMul(globQ[p], local);
		}
	}
	return out;
}
function evaluateTarget(points, t, cache) {
	const F = points.frames;
	const out = new Float64Array(F * 3);
	if (t.kind === "mean") for (let f = 0; f < F; f++) for (let c = 0; c < 3; c++) {
		let s = 0;
		for (const k of t.keypoints) s += points.data[(f * points.joints + k) * 3 + c];
		out[f * 3 + c] = s / t.keypoints.length;
	}
	else {
		const a = cache.get(t.a)?.raw ?? evaluateTarget(points, t.a, cache);
		const b = cache.get(t.b)?.raw ?? evaluateTarget(points, t.b, cache);
		for (let i = 0; i < F * 3; i++) out[i] = a[i] + (b[i] - a[i]) * t.t;
	}
	return out;
}
/** Rotates v about the unit axis k by angle (radians), Rodrigues' formula. */
function rotateAbout(v, k, angle) {
	const c = Math.cos(angle), s = Math.sin(angle);
	const kv = cross(k, v), kd = dot(k, v) * (1 - c);
	return [
		v[0] * c + kv[0] * s + k[0] * kd,
		v[1] * c + kv[1] * s + k[1] * kd,
		v[2] * c + kv[2] * s + k[2] * kd
	];
}
/** Linear interpolation over missing frames (per coordinate triple); the ends hold the nearest value. */
function fillGaps(raw, F) {
	const out = raw.slice();
	let last = -1;
	for (let f = 0; f <= F; f++) {
		const ok = f < F && Number.isFinite(raw[f * 3]) && Number.isFinite(raw[f * 3 + 1]) && Number.isFinite(raw[f * 3 + 2]);
		if (f < F && !ok) continue;
		const from = last, to = f < F ? f : -1;
		for (let g = from + 1; g < (to < 0 ? F : to); g++) for (let c = 0; c < 3; c++) if (from < 0 && to < 0) out[g * 3 + c] = NaN;
		else if (from < 0) out[g * 3 + c] = raw[to * 3 + c];
		else if (to < 0) out[g * 3 + c] = raw[from * 3 + c];
		else out[g * 3 + c] = raw[from * 3 + c] + (raw[to * 3 + c] - raw[from * 3 + c]) * (g - from) / (to - from);
		last = f;
	}
	return out;
}
/** Median of the values within 3 scaled MADs of the median (robust to occasional bad triangulations). */
function robustMedian(values) {
	const med = median(values);
	const mad = 1.4826 * median(values.map((v) => Math.abs(v - med)));
	const tol = Math.max(3 * mad, 1e-9);
	const inliers = values.filter((v) => Math.abs(v - med) <= tol);
	return median(inliers.length ? inliers : values);
}
export { fitSkeleton };
