import { ot as Quaternion, w as Euler } from "./three.core-BPDB2gFZ.js";
// src/formats/bvh.ts
/** Calibration world (Z up) → BVH / glTF (Y up). */
var zUpToYUp = (v) => [
	v[0],
	v[2],
	-v[1]
];
/** The same change of axes applied to a rotation quaternion [x, y, z, w]. */
var zUpToYUpQuat = (q) => [
	q[0],
	q[2],
	-q[1],
	q[3]
];
/** Joint names as written by the exporters. */
function exportJointName(name, names = "standard") {
	return names === "mixamo" ? `mixamorig:${name}` : name;
}
/** The rotation order the BVH writer uses for a joint (see the file comment). */
function bvhRotationOrder(skel, joint, forced = "auto") {
	if (forced !== "auto") return forced;
	if (skel.joints[joint].parent < 0) return "YXZ";
	const child = skel.joints.findIndex((j) => j.parent === joint);
	const d = zUpToYUp(child >= 0 ? skel.joints[child].offsetM : skel.joints[joint].offsetM);
	const ax = [
		Math.abs(d[0]),
		Math.abs(d[1]),
		Math.abs(d[2])
	];
	return [
		"ZXY",
		"ZYX",
		"YZX"
	][ax[0] >= ax[1] && ax[0] >= ax[2] ? 0 : ax[1] >= ax[2] ? 1 : 2];
}
/** Frames per chunk of bvhChunks. */
var CHUNK_FRAMES = 1024;
/**
* The same BVH as formatBvh, as consecutive text chunks (the hierarchy, then CHUNK_FRAMES motion lines
* each): what the exporter writes, since an hour of motion can be longer than a JavaScript string may be.
*/
function* bvhChunks(skel, opts = {}) {
	const unit = (opts.units ?? "cm") === "cm" ? 100 : 1;
	const dec = opts.decimals ?? 6;
	const J = skel.joints.length;
	const children = skel.joints.map(() => []);
	skel.joints.forEach((j, i) => {
		if (j.parent >= 0) children[j.parent].push(i);
	});
	const orders = skel.joints.map((_, j) => bvhRotationOrder(skel, j, opts.rotationOrder ?? "auto"));
	const num = (v, d) => {
		const s = v.toFixed(d);
		return s === `-${0 .toFixed(d)}` ? 0 .toFixed(d) : s;
	};
	const vec = (v) => zUpToYUp(v).map((x) => num(x * unit, 6)).join(" ");
	const lines = ["HIERARCHY"];
	const motionJoints = [];
	const writeJoint = (j, depth) => {
		const pad = "  ".repeat(depth);
		const jt = skel.joints[j];
		if (jt.endSite) {
			lines.push(`${pad}End Site`, `${pad}{`, `${pad}  OFFSET ${vec(jt.offsetM)}`, `${pad}}`);
			return;
		}
		const rot = orders[j].split("").map((a) => `${a}rotation`).join(" ");
		lines.push(`${pad}${jt.parent < 0 ? "ROOT" : "JOINT"} ${exportJointName(jt.name, opts.names)}`, `${pad}{`);
		lines.push(`${pad}  OFFSET ${vec(jt.parent < 0 ? [
			0,
			0,
			0
		] : jt.offsetM)}`);
		lines.push(jt.parent < 0 ? `${pad}  CHANNELS 6 Xposition Yposition Zposition ${rot}` : `${pad}  CHANNELS 3 ${rot}`);
		motionJoints.push(j);
		const kids = children[j];
		if (kids.length === 0) lines.push(`${pad}  End Site`, `${pad}  {`, `${pad}    OFFSET 0 0 0`, `${pad}  }`);
		let endSiteWritten = false;
		for (const k of kids) {
			if (skel.joints[k].endSite && (endSiteWritten || kids.length > 1)) {
				lines.push(`${pad}  JOINT ${exportJointName(skel.joints[k].name, opts.names)}`, `${pad}  {`, `${pad}    OFFSET ${vec(skel.joints[k].offsetM)}`, `${pad}    CHANNELS 3 ${orders[k].split("").map((a) => `${a}rotation`).join(" ")}`, `${pad}    End Site`, `${pad}    {`, `${pad}      OFFSET 0 0 0`, `${pad}    }`, `${pad}  }`);
				motionJoints.push(k);
				continue;
			}
			if (skel.joints[k].endSite) endSiteWritten = true;
			writeJoint(k, depth + 1);
		}
		lines.push(`${pad}}`);
	};
	writeJoint(skel.joints.findIndex((j) => j.parent < 0), 0);
	lines.push("MOTION", `Frames: ${skel.frames}`, `Frame Time: ${(1 / skel.fps).toFixed(8)}`);
	yield `${lines.join("\n")}\n`;
	lines.length = 0;
	const q = new Quaternion();
	const e = new Euler();
	const toDeg = 180 / Math.PI;
	for (let f = 0; f < skel.frames; f++) {
		const row = [];
		for (const j of motionJoints) {
			if (skel.joints[j].parent < 0) for (const v of zUpToYUp(skel.rootPositionM.subarray(f * 3, f * 3 + 3))) row.push(num(v * unit, dec));
			const o = (f * J + j) * 4;
			q.fromArray(zUpToYUpQuat(skel.localRotations.subarray(o, o + 4)));
			e.setFromQuaternion(q, orders[j]);
			for (const axis of orders[j]) {
				const a = axis === "X" ? e.x : axis === "Y" ? e.y : e.z;
				row.push(num(a * toDeg, dec));
			}
		}
		lines.push(row.join(" "));
		if (lines.length === CHUNK_FRAMES) {
			yield `${lines.join("\n")}\n`;
			lines.length = 0;
		}
	}
	if (lines.length > 0) yield `${lines.join("\n")}\n`;
}
export { bvhChunks, exportJointName, zUpToYUp, zUpToYUpQuat };
