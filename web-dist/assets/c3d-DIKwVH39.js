import { Z as UserError, k as getLayout } from "./browser-DBdux0Pi.js";
// src/formats/c3d.ts
var BLOCK = 512;
var PROCESSOR_INTEL = 84;
var ascii = (s) => [...s].map((ch) => {
	const c = ch.charCodeAt(0);
	return c < 128 ? c : 63;
});
/** Serialises one parameter record's payload after the name: type, dims, data. */
function paramBody(p) {
	const out = [
		p.type & 255,
		p.dims.length,
		...p.dims
	];
	if (p.type === -1) {
		const strings = Array.isArray(p.value) ? p.value : [p.value];
		const width = p.dims[0] ?? 0;
		for (const s of strings) out.push(...ascii(s.slice(0, width).padEnd(width, " ")));
	} else {
		const buf = new DataView(new ArrayBuffer(p.value.length * p.type));
		p.value.forEach((v, i) => {
			if (p.type === 1) buf.setUint8(i, v);
			else if (p.type === 2) buf.setInt16(i * 2, v, true);
			else buf.setFloat32(i * 4, v, true);
		});
		out.push(...new Uint8Array(buf.buffer));
	}
	return out;
}
function charArray(strings) {
	return {
		type: -1,
		dims: [Math.max(1, ...strings.map((s) => s.length)), strings.length],
		value: strings
	};
}
var charScalar = (s) => ({
	type: -1,
	dims: [s.length],
	value: s
});
var int16 = (v) => ({
	type: 2,
	dims: [],
	value: [v]
});
var float32 = (v) => ({
	type: 4,
	dims: [],
	value: [v]
});
/** Builds the parameter section (with its 4-byte header), padded to whole blocks. */
function parameterSection(groups) {
	const bytes = [
		1,
		80,
		0,
		PROCESSOR_INTEL
	];
	const records = [];
	groups.forEach((g, gi) => {
		const id = gi + 1;
		const gName = ascii(g.name.toUpperCase());
		const gDesc = ascii(g.description).slice(0, 255);
		records.push([
			gName.length,
			-id & 255,
			...gName,
			0,
			0,
			gDesc.length,
			...gDesc
		]);
		for (const p of g.params) {
			const name = ascii(p.name.toUpperCase());
			const desc = ascii(p.description ?? "").slice(0, 255);
			records.push([
				name.length,
				id,
				...name,
				0,
				0,
				...paramBody(p.param),
				desc.length,
				...desc
			]);
		}
	});
	for (const rec of records) {
		const at = 2 + rec[0];
		const next = rec.length - at;
		rec[at] = next & 255;
		rec[at + 1] = next >> 8 & 255;
		bytes.push(...rec);
	}
	bytes.push(0, 0);
	const blocks = Math.ceil(bytes.length / BLOCK);
	if (blocks > 255) throw new Error("encodeC3d: parameter section too large");
	bytes[2] = blocks;
	const out = new Uint8Array(blocks * BLOCK);
	out.set(bytes);
	return out;
}
/** Longest capture a C3D file can state exactly: POINT:FRAMES / POINT:LONG_FRAMES are 32-bit floats (24-bit integers). */
var C3D_MAX_FRAMES = 2 ** 24 - 1;
/** The header's frame fields are 16-bit: from this count on, the count lives in the parameters only. */
var HEADER_MAX_FRAME = 65535;
/**
* The frame-count parameters, following the C3D User Guide, appendix "The C3D frame count":
* - POINT:FRAMES is an unsigned 16-bit integer below 65535 frames and a float from 65535 on ("Writing
*   the C3D frame count": the default method);
* - from 65535 frames on, POINT:LONG_FRAMES (float, C-Motion) and TRIAL:ACTUAL_START_FIELD /
*   ACTUAL_END_FIELD (two 16-bit words each, low word first, Vicon) hold the same count, for readers that
*   follow those conventions ("Maintaining C3D frame count compatibility"); the TRIAL pair is written for
*   every file (first frame 1, last frame = count);
* - the header's frame range (words 4 and 5) is 1…count, or 1…65535 past that (same section).
*/
function frameCountParams(frames) {
	const long = frames >= HEADER_MAX_FRAME;
	const words = (n) => [n & 65535, Math.floor(n / 65536) & 65535].map((v) => v > 32767 ? v - 65536 : v);
	return {
		point: [{
			name: "FRAMES",
			description: "number of frames",
			param: long ? float32(frames) : int16(frames > 32767 ? frames - 65536 : frames)
		}, ...long ? [{
			name: "LONG_FRAMES",
			description: "number of frames (float)",
			param: float32(frames)
		}] : []],
		trial: [{
			name: "ACTUAL_START_FIELD",
			description: "first frame (low word, high word)",
			param: {
				type: 2,
				dims: [2],
				value: words(1)
			}
		}, {
			name: "ACTUAL_END_FIELD",
			description: "last frame (low word, high word)",
			param: {
				type: 2,
				dims: [2],
				value: words(frames)
			}
		}]
	};
}
/**
* Encodes 3D points as a C3D file (see the file header for the layout), up to C3D_MAX_FRAMES frames.
* Header and parameters agree as the User Guide requires and readers check (see checkC3d in
* c3dCheck.ts): point count = POINT:USED, scale = POINT:SCALE, rate = POINT:RATE, data start =
* POINT:DATA_START, analog samples per frame = ANALOG:RATE / POINT:RATE, analog words per frame =
* ANALOG:USED × samples per frame, frame range and frame count parameters as in frameCountParams.
*/
function encodeC3d(points, opts = {}) {
	const labels = opts.labels ?? getLayout(points.layout).keypoints;
	if (labels.length !== points.joints) throw new Error(`encodeC3d: ${labels.length} labels for ${points.joints} points`);
	if (points.joints > 255) throw new Error("encodeC3d: more than 255 points");
	if (points.frames > C3D_MAX_FRAMES) throw new UserError(`C3D export: ${points.frames} frames is more than a C3D file can count (${C3D_MAX_FRAMES}); export TRC or CSV instead, or split the capture`);
	const units = opts.units ?? "mm";
	const k = units === "mm" ? 1e3 : 1;
	let maxAbs = 0;
	for (const v of points.data) if (Number.isFinite(v)) maxAbs = Math.max(maxAbs, Math.abs(v * k));
	const scaleAbs = maxAbs > 0 ? maxAbs / 32e3 : 1;
	const scale = -Math.fround(scaleAbs);
	const rate = Math.fround(points.fps);
	const analogPerFrame = 1;
	const analogUsed = 0;
	const frameCount = frameCountParams(points.frames);
	const build = (dataStart) => parameterSection([
		{
			name: "POINT",
			description: "3D point parameters",
			params: [
				{
					name: "USED",
					description: "number of points per frame",
					param: int16(points.joints)
				},
				{
					name: "SCALE",
					description: "negative: float data; |scale| scales residuals",
					param: float32(scale)
				},
				{
					name: "RATE",
					description: "frames per second",
					param: float32(rate)
				},
				{
					name: "DATA_START",
					description: "first block of 3D data",
					param: int16(dataStart)
				},
				...frameCount.point,
				{
					name: "UNITS",
					description: "coordinate units",
					param: charScalar(units)
				},
				{
					name: "LABELS",
					description: "point labels",
					param: charArray(labels)
				},
				{
					name: "DESCRIPTIONS",
					description: "point descriptions",
					param: charArray(labels.map((l) => `${l} (${points.layout})`))
				}
			]
		},
		{
			name: "ANALOG",
			description: "no analog data",
			params: [
				{
					name: "USED",
					param: int16(analogUsed)
				},
				{
					name: "RATE",
					param: float32(rate * analogPerFrame)
				},
				{
					name: "GEN_SCALE",
					param: float32(1)
				},
				{
					name: "SCALE",
					param: {
						type: 4,
						dims: [0],
						value: []
					}
				},
				{
					name: "OFFSET",
					param: {
						type: 2,
						dims: [0],
						value: []
					}
				},
				{
					name: "LABELS",
					param: charArray([])
				},
				{
					name: "DESCRIPTIONS",
					param: charArray([])
				},
				{
					name: "UNITS",
					param: charArray([])
				}
			]
		},
		{
			name: "TRIAL",
			description: "trial frame range",
			params: frameCount.trial
		},
		{
			name: "OPENMOCAP",
			description: "written by openmocap",
			params: [
				{
					name: "LAYOUT",
					description: "keypoint layout",
					param: charScalar(points.layout)
				},
				{
					name: "RESIDUAL_UNITS",
					description: "point residuals are mean reprojection errors in pixels",
					param: charScalar("px")
				},
				...opts.cameraNames?.length ? [{
					name: "CAMERAS",
					description: "camera mask bit order",
					param: charArray(opts.cameraNames)
				}] : []
			]
		}
	]);
	const params = build(2 + build(0).length / BLOCK);
	const dataStart = 2 + params.length / BLOCK;
	const dataBytes = points.frames * points.joints * 16;
	const total = (dataStart - 1) * BLOCK + Math.ceil(dataBytes / BLOCK) * BLOCK;
	const out = new Uint8Array(total);
	const view = new DataView(out.buffer);
	out[0] = 2;
	out[1] = 80;
	view.setUint16(2, points.joints, true);
	view.setUint16(4, 0, true);
	view.setUint16(6, 1, true);
	view.setUint16(8, Math.min(points.frames, HEADER_MAX_FRAME), true);
	view.setUint16(10, 0, true);
	view.setFloat32(12, scale, true);
	view.setUint16(16, dataStart, true);
	view.setUint16(18, analogPerFrame, true);
	view.setFloat32(20, rate, true);
	out.set(params, BLOCK);
	let o = (dataStart - 1) * BLOCK;
	for (let f = 0; f < points.frames; f++) for (let j = 0; j < points.joints; j++) {
		const i = f * points.joints + j;
		const x = points.data[i * 3] * k, y = points.data[i * 3 + 1] * k, z = points.data[i * 3 + 2] * k;
		let word;
		if (!(Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z))) {
			view.setFloat32(o, 0, true);
			view.setFloat32(o + 4, 0, true);
			view.setFloat32(o + 8, 0, true);
			word = -1;
		} else {
			view.setFloat32(o, x, true);
			view.setFloat32(o + 4, y, true);
			view.setFloat32(o + 8, z, true);
			if (opts.processed) word = 0;
			else {
				const err = points.reprojectionErrorPx[i];
				const residual = Number.isFinite(err) ? Math.min(255, Math.max(1, Math.round(err / scaleAbs))) : 1;
				word = (points.cameraMask[i] & 127) << 8 | residual;
			}
		}
		view.setFloat32(o + 12, word, true);
		o += 16;
	}
	return out;
}
export { encodeC3d };
