// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
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
/** Rodrigues rotation vector from a rotation matrix (3×3 row-major). Inverse of `rotationMatrix`. */
function rotationVector(R) {
	const m00 = R[0], m01 = R[1], m02 = R[2], m10 = R[3], m11 = R[4], m12 = R[5], m20 = R[6], m21 = R[7], m22 = R[8];
	const tr = m00 + m11 + m22;
	let w, x, y, z;
	if (tr > 0) {
		const s = 2 * Math.sqrt(tr + 1);
		w = s / 4;
		x = (m21 - m12) / s;
		y = (m02 - m20) / s;
		z = (m10 - m01) / s;
	} else if (m00 > m11 && m00 > m22) {
		const s = 2 * Math.sqrt(1 + m00 - m11 - m22);
		w = (m21 - m12) / s;
		x = s / 4;
		y = (m01 + m10) / s;
		z = (m02 + m20) / s;
	} else if (m11 > m22) {
		const s = 2 * Math.sqrt(1 + m11 - m00 - m22);
		w = (m02 - m20) / s;
		x = (m01 + m10) / s;
		y = s / 4;
		z = (m12 + m21) / s;
	} else {
		const s = 2 * Math.sqrt(1 + m22 - m00 - m11);
		w = (m10 - m01) / s;
		x = (m02 + m20) / s;
		y = (m12 + m21) / s;
		z = s / 4;
	}
	if (w < 0) {
		w = -w;
		x = -x;
		y = -y;
		z = -z;
	}
	const sinHalf = Math.hypot(x, y, z);
	if (sinHalf < 1e-15) return [
		0,
		0,
		0
	];
	const angle = 2 * Math.atan2(sinHalf, w);
	return [
		x / sinHalf * angle,
		y / sinHalf * angle,
		z / sinHalf * angle
	];
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
const NEWTON_LAST_STEP = 1e-8;
// node_modules/smol-toml/dist/stringify.js
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
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!"".isWellFormed;
function extendedTypeOf(obj) {
	let type = typeof obj;
	if (type === "object") {
		if (Array.isArray(obj)) return "array";
		if (typeof obj.getUTCDate === "function" && obj instanceof Date) return "date";
		if (globalThis.Temporal) {
			if (obj.until) {
				if (obj instanceof Temporal.ZonedDateTime) return "temporal/tz+uc";
				if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate) return "temporal/uc";
				if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant) return "temporal";
				if (obj instanceof Temporal.PlainYearMonth) return "temporal/x";
			} else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) return "temporal/x";
		}
	}
	return type;
}
function isArrayOfTables(obj) {
	for (let i = 0; i < obj.length; i++) if (extendedTypeOf(obj[i]) !== "object") return false;
	return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
	return JSON.stringify(s).replaceAll("", "\\u007f");
}
function formatString(s) {
	return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
	if (BARE_KEY.test(s)) return s;
	if (HAS_WELLFORMED && !s.isWellFormed()) throw new RangeError("key contains illegal lone surrogates");
	return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	switch (type) {
		case "number":
			if (isNaN(val)) return "nan";
			if (val === Infinity) return "inf";
			if (val === -Infinity) return "-inf";
			if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val))) return val.toFixed(1);
		case "bigint":
		case "boolean":
		case "temporal": return val.toString();
		case "string": return formatString(val);
		case "date":
			if (isNaN(val.getTime())) throw new TypeError("cannot serialize invalid date");
			return val.toISOString();
		case "object": return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
		case "array": return stringifyArray(val, depth, numberAsFloat, strictTemporal);
		case "temporal/tz+uc": if (strictTemporal) {
			let tz = val.timeZoneId;
			let tzc = tz.charCodeAt(0);
			if (tzc !== 43 && tzc !== 45 && (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && !tz.startsWith("GMT") && tz !== "Greenwich" && !tz.startsWith("Etc/"))) throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
		}
		case "temporal/uc":
			if (strictTemporal && val.calendarId !== "iso8601") throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
			return val.toString({
				calendarName: "never",
				timeZoneName: "never"
			});
		case "temporal/x": throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
	}
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
	let keys = Object.keys(obj);
	if (keys.length === 0) return "{}";
	let res = "{ ";
	for (let i = 0; i < keys.length; i++) {
		let k = keys[i];
		if (i) res += ", ";
		res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
	}
	return res + " }";
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
	if (array.length === 0) return "[]";
	let res = "[ ";
	for (let i = 0; i < array.length; i++) {
		if (i) res += ", ";
		if (array[i] === null || array[i] === void 0) throw new TypeError("arrays cannot contain null or undefined values");
		res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
	}
	return res + " ]";
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	let res = "";
	for (let i = 0; i < array.length; i++) {
		res += `${res && "\n"}[[${key}]]\n`;
		res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
	}
	return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	let preamble = "";
	let tables = "";
	let keys = Object.keys(obj);
	for (let i = 0; i < keys.length; i++) {
		let k = keys[i];
		if (obj[k] !== null && obj[k] !== void 0) {
			let type = extendedTypeOf(obj[k]);
			if (type === "symbol" || type === "function") throw new TypeError(`cannot serialize values of type '${type}'`);
			let key = formatKey(k);
			if (type === "array" && isArrayOfTables(obj[k])) tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
			else if (type === "object") {
				let tblKey = prefix ? `${prefix}.${key}` : key;
				tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
			} else {
				preamble += key;
				preamble += " = ";
				preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
				preamble += "\n";
			}
		}
	}
	if (tableKey && (preamble || !tables)) preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
	return preamble && tables ? `${preamble}\n${tables}` : preamble || tables;
}
function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
	if (extendedTypeOf(obj) !== "object") throw new TypeError("stringify can only be called with an object");
	let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
	if (str[str.length - 1] !== "\n") return str + "\n";
	return str;
}
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
// src/core/stats.ts
/** The finite values of xs, sorted ascending, in a typed array (`into` reused when given, e.g. for millions of values). */
function sortedFinite(xs, into = new Float64Array(xs.length)) {
	let n = 0;
	for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i])) into[n++] = xs[i];
	return into.subarray(0, n).sort();
}
/**
* The upper median of the finite values of xs: the middle value for an odd count, the higher of the
* middle two for an even one (an observed value, never an average); NaN when there are none.
*/
function upperMedian(xs) {
	const v = sortedFinite(xs);
	return v.length ? v[v.length >> 1] : NaN;
}
// src/formats/calibrationToml.ts
/** A number as a TOML float, always with a decimal point or exponent (1 → 1.0), full precision. */
function float(v) {
	if (!Number.isFinite(v)) throw new Error(`formatCalibrationToml: non-finite value ${v}`);
	const s = String(v);
	return /[.eE]/.test(s) ? s : `${s}.0`;
}
const list = (v) => `[ ${v.map(float).join(", ")}]`;
/** A TOML table key: bare when it can be, quoted otherwise. */
const tableKey = (k) => /^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k);
/**
* Writes a rig in the Pose2Sim TOML layout (translations in metres, floats written with a decimal
* point, one [<name>] table per camera), followed by an optional [metadata] table.
*/
function formatCalibrationToml(rig, metadata) {
	const out = [];
	for (const c of rig.cameras) {
		const m = c.matrix;
		out.push(`[${tableKey(c.name)}]`, `name = ${JSON.stringify(c.name)}`, `size = ${list([c.width, c.height])}`, `matrix = [ ${list(m.slice(0, 3))}, ${list(m.slice(3, 6))}, ${list(m.slice(6, 9))}]`, `distortions = ${list(c.distortions)}`, `rotation = ${list(c.rotation)}`, `translation = ${list(c.translation)}`, `fisheye = ${c.fisheye ? "true" : "false"}`, "");
	}
	if (metadata && Object.keys(metadata).length > 0) out.push(stringify({ metadata }).trim(), "");
	return out.join("\n");
}
// src/calibration/compareRigs.ts
/** rig.cameras[i] and reference.cameras[i] must be the same camera. */
function compareRigs(rig, reference) {
	const n = Math.min(rig.cameras.length, reference.cameras.length);
	const rel = (r, i, j) => {
		const A = rotationMatrix(r.cameras[i].rotation);
		const B = rotationMatrix(r.cameras[j].rotation);
		const M = /* @__PURE__ */ new Float64Array(9);
		for (let p = 0; p < 3; p++) for (let q = 0; q < 3; q++) M[p * 3 + q] = A[p * 3] * B[q * 3] + A[p * 3 + 1] * B[q * 3 + 1] + A[p * 3 + 2] * B[q * 3 + 2];
		return M;
	};
	const pairs = [];
	for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
		const M1 = rel(rig, i, j);
		const M2 = rel(reference, i, j);
		let tr = 0;
		for (let k = 0; k < 9; k++) tr += M1[k] * M2[k];
		const rotationDiffDeg = Math.acos(Math.max(-1, Math.min(1, (tr - 1) / 2))) * 180 / Math.PI;
		const d = (r) => {
			const a = cameraCenter(r.cameras[i]);
			const b = cameraCenter(r.cameras[j]);
			return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
		};
		const distanceM = d(rig);
		const referenceDistanceM = d(reference);
		pairs.push({
			a: rig.cameras[i].name,
			b: rig.cameras[j].name,
			rotationDiffDeg,
			distanceM,
			referenceDistanceM,
			distanceDiffPct: 100 * (distanceM - referenceDistanceM) / referenceDistanceM
		});
	}
	return {
		pairs,
		maxRotationDiffDeg: Math.max(0, ...pairs.map((p) => p.rotationDiffDeg)),
		maxDistanceDiffPct: Math.max(0, ...pairs.map((p) => Math.abs(p.distanceDiffPct)))
	};
}
// src/core/random.ts
/** mulberry32: uniform numbers in [0, 1) from a 32-bit state started at `seed` (the one PRNG of openmocap). */
function mulberry32(seed) {
	let state = seed >>> 0;
	return () => {
		state = state + 1831565813 >>> 0;
		let t = state;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
// node_modules/ml-matrix/matrix.mjs
var import_matrix = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	const toString = Object.prototype.toString;
	/**
	* Checks if an object is an instance of an Array (array or typed array, except those that contain bigint values).
	* @param value - Object to check.
	* @returns True if the object is an array or a typed array.
	*/
	function isAnyArray(value) {
		const tag = toString.call(value);
		return tag.endsWith("Array]") && !tag.includes("Big");
	}
	/**
	* Computes the maximum of the given values.
	*
	* @param input
	* @param options
	*/
	function max(input, options = {}) {
		if (!isAnyArray(input)) throw new TypeError("input must be an array");
		if (input.length === 0) throw new TypeError("input must not be empty");
		const { fromIndex = 0, toIndex = input.length } = options;
		if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) throw new Error("fromIndex must be a positive integer smaller than length");
		if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
		let maxValue = input[fromIndex];
		for (let i = fromIndex + 1; i < toIndex; i++) if (input[i] > maxValue) maxValue = input[i];
		return maxValue;
	}
	/**
	* Computes the minimum of the given values.
	*/
	function min(input, options = {}) {
		if (!isAnyArray(input)) throw new TypeError("input must be an array");
		if (input.length === 0) throw new TypeError("input must not be empty");
		const { fromIndex = 0, toIndex = input.length } = options;
		if (fromIndex < 0 || fromIndex >= input.length || !Number.isInteger(fromIndex)) throw new Error("fromIndex must be a positive integer smaller than length");
		if (toIndex <= fromIndex || toIndex > input.length || !Number.isInteger(toIndex)) throw new Error("toIndex must be an integer greater than fromIndex and at most equal to length");
		let minValue = input[fromIndex];
		for (let i = fromIndex + 1; i < toIndex; i++) if (input[i] < minValue) minValue = input[i];
		return minValue;
	}
	/**
	* Rescale an array into a range.
	*/
	function rescale(input, options = {}) {
		if (!isAnyArray(input)) throw new TypeError("input must be an array");
		else if (input.length === 0) throw new TypeError("input must not be empty");
		let output;
		if (options.output !== void 0) {
			if (!isAnyArray(options.output)) throw new TypeError("output option must be an array if specified");
			output = options.output;
		} else output = new Array(input.length);
		const currentMin = min(input);
		const currentMax = max(input);
		if (currentMin === currentMax) throw new RangeError("minimum and maximum input values are equal. Cannot rescale a constant array");
		const { min: minValue = options.autoMinMax ? currentMin : 0, max: maxValue = options.autoMinMax ? currentMax : 1 } = options;
		if (minValue >= maxValue) throw new RangeError("min option must be smaller than max option");
		const factor = (maxValue - minValue) / (currentMax - currentMin);
		for (let i = 0; i < input.length; i++) output[i] = (input[i] - currentMin) * factor + minValue;
		return output;
	}
	const indent = " ".repeat(2);
	const indentData = " ".repeat(4);
	/**
	* @this {Matrix}
	* @returns {string}
	*/
	function inspectMatrix() {
		return inspectMatrixWithOptions(this);
	}
	function inspectMatrixWithOptions(matrix, options = {}) {
		const { maxRows = 15, maxColumns = 10, maxNumSize = 8, padMinus = "auto" } = options;
		return `${matrix.constructor.name} {
${indent}[
${indentData}${inspectData(matrix, maxRows, maxColumns, maxNumSize, padMinus)}
${indent}]
${indent}rows: ${matrix.rows}
${indent}columns: ${matrix.columns}
}`;
	}
	function inspectData(matrix, maxRows, maxColumns, maxNumSize, padMinus) {
		const { rows, columns } = matrix;
		const maxI = Math.min(rows, maxRows);
		const maxJ = Math.min(columns, maxColumns);
		const result = [];
		if (padMinus === "auto") {
			padMinus = false;
			loop: for (let i = 0; i < maxI; i++) for (let j = 0; j < maxJ; j++) if (matrix.get(i, j) < 0) {
				padMinus = true;
				break loop;
			}
		}
		for (let i = 0; i < maxI; i++) {
			let line = [];
			for (let j = 0; j < maxJ; j++) line.push(formatNumber(matrix.get(i, j), maxNumSize, padMinus));
			result.push(`${line.join(" ")}`);
		}
		if (maxJ !== columns) result[result.length - 1] += ` ... ${columns - maxColumns} more columns`;
		if (maxI !== rows) result.push(`... ${rows - maxRows} more rows`);
		return result.join(`\n${indentData}`);
	}
	function formatNumber(num, maxNumSize, padMinus) {
		return (num >= 0 && padMinus ? ` ${formatNumber2(num, maxNumSize - 1)}` : formatNumber2(num, maxNumSize)).padEnd(maxNumSize);
	}
	function formatNumber2(num, len) {
		let str = num.toString();
		if (str.length <= len) return str;
		let fix = num.toFixed(len);
		if (fix.length > len) fix = num.toFixed(Math.max(0, len - (fix.length - len)));
		if (fix.length <= len && !fix.startsWith("0.000") && !fix.startsWith("-0.000")) return fix;
		let exp = num.toExponential(len);
		if (exp.length > len) exp = num.toExponential(Math.max(0, len - (exp.length - len)));
		return exp.slice(0);
	}
	function installMathOperations(AbstractMatrix, Matrix) {
		AbstractMatrix.prototype.add = function add(value) {
			if (typeof value === "number") return this.addS(value);
			return this.addM(value);
		};
		AbstractMatrix.prototype.addS = function addS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) + value);
			return this;
		};
		AbstractMatrix.prototype.addM = function addM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) + matrix.get(i, j));
			return this;
		};
		AbstractMatrix.add = function add(matrix, value) {
			return new Matrix(matrix).add(value);
		};
		AbstractMatrix.prototype.sub = function sub(value) {
			if (typeof value === "number") return this.subS(value);
			return this.subM(value);
		};
		AbstractMatrix.prototype.subS = function subS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) - value);
			return this;
		};
		AbstractMatrix.prototype.subM = function subM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) - matrix.get(i, j));
			return this;
		};
		AbstractMatrix.sub = function sub(matrix, value) {
			return new Matrix(matrix).sub(value);
		};
		AbstractMatrix.prototype.subtract = AbstractMatrix.prototype.sub;
		AbstractMatrix.prototype.subtractS = AbstractMatrix.prototype.subS;
		AbstractMatrix.prototype.subtractM = AbstractMatrix.prototype.subM;
		AbstractMatrix.subtract = AbstractMatrix.sub;
		AbstractMatrix.prototype.mul = function mul(value) {
			if (typeof value === "number") return this.mulS(value);
			return this.mulM(value);
		};
		AbstractMatrix.prototype.mulS = function mulS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) * value);
			return this;
		};
		AbstractMatrix.prototype.mulM = function mulM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) * matrix.get(i, j));
			return this;
		};
		AbstractMatrix.mul = function mul(matrix, value) {
			return new Matrix(matrix).mul(value);
		};
		AbstractMatrix.prototype.multiply = AbstractMatrix.prototype.mul;
		AbstractMatrix.prototype.multiplyS = AbstractMatrix.prototype.mulS;
		AbstractMatrix.prototype.multiplyM = AbstractMatrix.prototype.mulM;
		AbstractMatrix.multiply = AbstractMatrix.mul;
		AbstractMatrix.prototype.div = function div(value) {
			if (typeof value === "number") return this.divS(value);
			return this.divM(value);
		};
		AbstractMatrix.prototype.divS = function divS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) / value);
			return this;
		};
		AbstractMatrix.prototype.divM = function divM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) / matrix.get(i, j));
			return this;
		};
		AbstractMatrix.div = function div(matrix, value) {
			return new Matrix(matrix).div(value);
		};
		AbstractMatrix.prototype.divide = AbstractMatrix.prototype.div;
		AbstractMatrix.prototype.divideS = AbstractMatrix.prototype.divS;
		AbstractMatrix.prototype.divideM = AbstractMatrix.prototype.divM;
		AbstractMatrix.divide = AbstractMatrix.div;
		AbstractMatrix.prototype.mod = function mod(value) {
			if (typeof value === "number") return this.modS(value);
			return this.modM(value);
		};
		AbstractMatrix.prototype.modS = function modS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) % value);
			return this;
		};
		AbstractMatrix.prototype.modM = function modM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) % matrix.get(i, j));
			return this;
		};
		AbstractMatrix.mod = function mod(matrix, value) {
			return new Matrix(matrix).mod(value);
		};
		AbstractMatrix.prototype.modulus = AbstractMatrix.prototype.mod;
		AbstractMatrix.prototype.modulusS = AbstractMatrix.prototype.modS;
		AbstractMatrix.prototype.modulusM = AbstractMatrix.prototype.modM;
		AbstractMatrix.modulus = AbstractMatrix.mod;
		AbstractMatrix.prototype.and = function and(value) {
			if (typeof value === "number") return this.andS(value);
			return this.andM(value);
		};
		AbstractMatrix.prototype.andS = function andS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) & value);
			return this;
		};
		AbstractMatrix.prototype.andM = function andM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) & matrix.get(i, j));
			return this;
		};
		AbstractMatrix.and = function and(matrix, value) {
			return new Matrix(matrix).and(value);
		};
		AbstractMatrix.prototype.or = function or(value) {
			if (typeof value === "number") return this.orS(value);
			return this.orM(value);
		};
		AbstractMatrix.prototype.orS = function orS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) | value);
			return this;
		};
		AbstractMatrix.prototype.orM = function orM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) | matrix.get(i, j));
			return this;
		};
		AbstractMatrix.or = function or(matrix, value) {
			return new Matrix(matrix).or(value);
		};
		AbstractMatrix.prototype.xor = function xor(value) {
			if (typeof value === "number") return this.xorS(value);
			return this.xorM(value);
		};
		AbstractMatrix.prototype.xorS = function xorS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) ^ value);
			return this;
		};
		AbstractMatrix.prototype.xorM = function xorM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) ^ matrix.get(i, j));
			return this;
		};
		AbstractMatrix.xor = function xor(matrix, value) {
			return new Matrix(matrix).xor(value);
		};
		AbstractMatrix.prototype.leftShift = function leftShift(value) {
			if (typeof value === "number") return this.leftShiftS(value);
			return this.leftShiftM(value);
		};
		AbstractMatrix.prototype.leftShiftS = function leftShiftS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) << value);
			return this;
		};
		AbstractMatrix.prototype.leftShiftM = function leftShiftM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) << matrix.get(i, j));
			return this;
		};
		AbstractMatrix.leftShift = function leftShift(matrix, value) {
			return new Matrix(matrix).leftShift(value);
		};
		AbstractMatrix.prototype.signPropagatingRightShift = function signPropagatingRightShift(value) {
			if (typeof value === "number") return this.signPropagatingRightShiftS(value);
			return this.signPropagatingRightShiftM(value);
		};
		AbstractMatrix.prototype.signPropagatingRightShiftS = function signPropagatingRightShiftS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) >> value);
			return this;
		};
		AbstractMatrix.prototype.signPropagatingRightShiftM = function signPropagatingRightShiftM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) >> matrix.get(i, j));
			return this;
		};
		AbstractMatrix.signPropagatingRightShift = function signPropagatingRightShift(matrix, value) {
			return new Matrix(matrix).signPropagatingRightShift(value);
		};
		AbstractMatrix.prototype.rightShift = function rightShift(value) {
			if (typeof value === "number") return this.rightShiftS(value);
			return this.rightShiftM(value);
		};
		AbstractMatrix.prototype.rightShiftS = function rightShiftS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) >>> value);
			return this;
		};
		AbstractMatrix.prototype.rightShiftM = function rightShiftM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) >>> matrix.get(i, j));
			return this;
		};
		AbstractMatrix.rightShift = function rightShift(matrix, value) {
			return new Matrix(matrix).rightShift(value);
		};
		AbstractMatrix.prototype.zeroFillRightShift = AbstractMatrix.prototype.rightShift;
		AbstractMatrix.prototype.zeroFillRightShiftS = AbstractMatrix.prototype.rightShiftS;
		AbstractMatrix.prototype.zeroFillRightShiftM = AbstractMatrix.prototype.rightShiftM;
		AbstractMatrix.zeroFillRightShift = AbstractMatrix.rightShift;
		AbstractMatrix.prototype.not = function not() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, ~this.get(i, j));
			return this;
		};
		AbstractMatrix.not = function not(matrix) {
			return new Matrix(matrix).not();
		};
		AbstractMatrix.prototype.abs = function abs() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.abs(this.get(i, j)));
			return this;
		};
		AbstractMatrix.abs = function abs(matrix) {
			return new Matrix(matrix).abs();
		};
		AbstractMatrix.prototype.acos = function acos() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.acos(this.get(i, j)));
			return this;
		};
		AbstractMatrix.acos = function acos(matrix) {
			return new Matrix(matrix).acos();
		};
		AbstractMatrix.prototype.acosh = function acosh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.acosh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.acosh = function acosh(matrix) {
			return new Matrix(matrix).acosh();
		};
		AbstractMatrix.prototype.asin = function asin() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.asin(this.get(i, j)));
			return this;
		};
		AbstractMatrix.asin = function asin(matrix) {
			return new Matrix(matrix).asin();
		};
		AbstractMatrix.prototype.asinh = function asinh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.asinh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.asinh = function asinh(matrix) {
			return new Matrix(matrix).asinh();
		};
		AbstractMatrix.prototype.atan = function atan() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.atan(this.get(i, j)));
			return this;
		};
		AbstractMatrix.atan = function atan(matrix) {
			return new Matrix(matrix).atan();
		};
		AbstractMatrix.prototype.atanh = function atanh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.atanh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.atanh = function atanh(matrix) {
			return new Matrix(matrix).atanh();
		};
		AbstractMatrix.prototype.cbrt = function cbrt() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.cbrt(this.get(i, j)));
			return this;
		};
		AbstractMatrix.cbrt = function cbrt(matrix) {
			return new Matrix(matrix).cbrt();
		};
		AbstractMatrix.prototype.ceil = function ceil() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.ceil(this.get(i, j)));
			return this;
		};
		AbstractMatrix.ceil = function ceil(matrix) {
			return new Matrix(matrix).ceil();
		};
		AbstractMatrix.prototype.clz32 = function clz32() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.clz32(this.get(i, j)));
			return this;
		};
		AbstractMatrix.clz32 = function clz32(matrix) {
			return new Matrix(matrix).clz32();
		};
		AbstractMatrix.prototype.cos = function cos() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.cos(this.get(i, j)));
			return this;
		};
		AbstractMatrix.cos = function cos(matrix) {
			return new Matrix(matrix).cos();
		};
		AbstractMatrix.prototype.cosh = function cosh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.cosh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.cosh = function cosh(matrix) {
			return new Matrix(matrix).cosh();
		};
		AbstractMatrix.prototype.exp = function exp() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.exp(this.get(i, j)));
			return this;
		};
		AbstractMatrix.exp = function exp(matrix) {
			return new Matrix(matrix).exp();
		};
		AbstractMatrix.prototype.expm1 = function expm1() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.expm1(this.get(i, j)));
			return this;
		};
		AbstractMatrix.expm1 = function expm1(matrix) {
			return new Matrix(matrix).expm1();
		};
		AbstractMatrix.prototype.floor = function floor() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.floor(this.get(i, j)));
			return this;
		};
		AbstractMatrix.floor = function floor(matrix) {
			return new Matrix(matrix).floor();
		};
		AbstractMatrix.prototype.fround = function fround() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.fround(this.get(i, j)));
			return this;
		};
		AbstractMatrix.fround = function fround(matrix) {
			return new Matrix(matrix).fround();
		};
		AbstractMatrix.prototype.log = function log() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.log(this.get(i, j)));
			return this;
		};
		AbstractMatrix.log = function log(matrix) {
			return new Matrix(matrix).log();
		};
		AbstractMatrix.prototype.log1p = function log1p() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.log1p(this.get(i, j)));
			return this;
		};
		AbstractMatrix.log1p = function log1p(matrix) {
			return new Matrix(matrix).log1p();
		};
		AbstractMatrix.prototype.log10 = function log10() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.log10(this.get(i, j)));
			return this;
		};
		AbstractMatrix.log10 = function log10(matrix) {
			return new Matrix(matrix).log10();
		};
		AbstractMatrix.prototype.log2 = function log2() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.log2(this.get(i, j)));
			return this;
		};
		AbstractMatrix.log2 = function log2(matrix) {
			return new Matrix(matrix).log2();
		};
		AbstractMatrix.prototype.round = function round() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.round(this.get(i, j)));
			return this;
		};
		AbstractMatrix.round = function round(matrix) {
			return new Matrix(matrix).round();
		};
		AbstractMatrix.prototype.sign = function sign() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.sign(this.get(i, j)));
			return this;
		};
		AbstractMatrix.sign = function sign(matrix) {
			return new Matrix(matrix).sign();
		};
		AbstractMatrix.prototype.sin = function sin() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.sin(this.get(i, j)));
			return this;
		};
		AbstractMatrix.sin = function sin(matrix) {
			return new Matrix(matrix).sin();
		};
		AbstractMatrix.prototype.sinh = function sinh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.sinh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.sinh = function sinh(matrix) {
			return new Matrix(matrix).sinh();
		};
		AbstractMatrix.prototype.sqrt = function sqrt() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.sqrt(this.get(i, j)));
			return this;
		};
		AbstractMatrix.sqrt = function sqrt(matrix) {
			return new Matrix(matrix).sqrt();
		};
		AbstractMatrix.prototype.tan = function tan() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.tan(this.get(i, j)));
			return this;
		};
		AbstractMatrix.tan = function tan(matrix) {
			return new Matrix(matrix).tan();
		};
		AbstractMatrix.prototype.tanh = function tanh() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.tanh(this.get(i, j)));
			return this;
		};
		AbstractMatrix.tanh = function tanh(matrix) {
			return new Matrix(matrix).tanh();
		};
		AbstractMatrix.prototype.trunc = function trunc() {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, Math.trunc(this.get(i, j)));
			return this;
		};
		AbstractMatrix.trunc = function trunc(matrix) {
			return new Matrix(matrix).trunc();
		};
		AbstractMatrix.pow = function pow(matrix, arg0) {
			return new Matrix(matrix).pow(arg0);
		};
		AbstractMatrix.prototype.pow = function pow(value) {
			if (typeof value === "number") return this.powS(value);
			return this.powM(value);
		};
		AbstractMatrix.prototype.powS = function powS(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) ** value);
			return this;
		};
		AbstractMatrix.prototype.powM = function powM(matrix) {
			matrix = Matrix.checkMatrix(matrix);
			if (this.rows !== matrix.rows || this.columns !== matrix.columns) throw new RangeError("Matrices dimensions must be equal");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) ** matrix.get(i, j));
			return this;
		};
	}
	/**
	* @private
	* Check that a row index is not out of bounds
	* @param {Matrix} matrix
	* @param {number} index
	* @param {boolean} [outer]
	*/
	function checkRowIndex(matrix, index, outer) {
		let max = outer ? matrix.rows : matrix.rows - 1;
		if (index < 0 || index > max) throw new RangeError("Row index out of range");
	}
	/**
	* @private
	* Check that a column index is not out of bounds
	* @param {Matrix} matrix
	* @param {number} index
	* @param {boolean} [outer]
	*/
	function checkColumnIndex(matrix, index, outer) {
		let max = outer ? matrix.columns : matrix.columns - 1;
		if (index < 0 || index > max) throw new RangeError("Column index out of range");
	}
	/**
	* @private
	* Check that the provided vector is an array with the right length
	* @param {Matrix} matrix
	* @param {Array|Matrix} vector
	* @return {Array}
	* @throws {RangeError}
	*/
	function checkRowVector(matrix, vector) {
		if (vector.to1DArray) vector = vector.to1DArray();
		if (vector.length !== matrix.columns) throw new RangeError("vector size must be the same as the number of columns");
		return vector;
	}
	/**
	* @private
	* Check that the provided vector is an array with the right length
	* @param {Matrix} matrix
	* @param {Array|Matrix} vector
	* @return {Array}
	* @throws {RangeError}
	*/
	function checkColumnVector(matrix, vector) {
		if (vector.to1DArray) vector = vector.to1DArray();
		if (vector.length !== matrix.rows) throw new RangeError("vector size must be the same as the number of rows");
		return vector;
	}
	function checkRowIndices(matrix, rowIndices) {
		if (!isAnyArray(rowIndices)) throw new TypeError("row indices must be an array");
		for (let i = 0; i < rowIndices.length; i++) if (rowIndices[i] < 0 || rowIndices[i] >= matrix.rows) throw new RangeError("row indices are out of range");
	}
	function checkColumnIndices(matrix, columnIndices) {
		if (!isAnyArray(columnIndices)) throw new TypeError("column indices must be an array");
		for (let i = 0; i < columnIndices.length; i++) if (columnIndices[i] < 0 || columnIndices[i] >= matrix.columns) throw new RangeError("column indices are out of range");
	}
	function checkRange(matrix, startRow, endRow, startColumn, endColumn) {
		if (arguments.length !== 5) throw new RangeError("expected 4 arguments");
		checkNumber("startRow", startRow);
		checkNumber("endRow", endRow);
		checkNumber("startColumn", startColumn);
		checkNumber("endColumn", endColumn);
		if (startRow > endRow || startColumn > endColumn || startRow < 0 || startRow >= matrix.rows || endRow < 0 || endRow >= matrix.rows || startColumn < 0 || startColumn >= matrix.columns || endColumn < 0 || endColumn >= matrix.columns) throw new RangeError("Submatrix indices are out of range");
	}
	function newArray(length, value = 0) {
		let array = [];
		for (let i = 0; i < length; i++) array.push(value);
		return array;
	}
	function checkNumber(name, value) {
		if (typeof value !== "number") throw new TypeError(`${name} must be a number`);
	}
	function checkNonEmpty(matrix) {
		if (matrix.isEmpty()) throw new Error("Empty matrix has no elements to index");
	}
	function sumByRow(matrix) {
		let sum = newArray(matrix.rows);
		for (let i = 0; i < matrix.rows; ++i) for (let j = 0; j < matrix.columns; ++j) sum[i] += matrix.get(i, j);
		return sum;
	}
	function sumByColumn(matrix) {
		let sum = newArray(matrix.columns);
		for (let i = 0; i < matrix.rows; ++i) for (let j = 0; j < matrix.columns; ++j) sum[j] += matrix.get(i, j);
		return sum;
	}
	function sumAll(matrix) {
		let v = 0;
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) v += matrix.get(i, j);
		return v;
	}
	function productByRow(matrix) {
		let sum = newArray(matrix.rows, 1);
		for (let i = 0; i < matrix.rows; ++i) for (let j = 0; j < matrix.columns; ++j) sum[i] *= matrix.get(i, j);
		return sum;
	}
	function productByColumn(matrix) {
		let sum = newArray(matrix.columns, 1);
		for (let i = 0; i < matrix.rows; ++i) for (let j = 0; j < matrix.columns; ++j) sum[j] *= matrix.get(i, j);
		return sum;
	}
	function productAll(matrix) {
		let v = 1;
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) v *= matrix.get(i, j);
		return v;
	}
	function varianceByRow(matrix, unbiased, mean) {
		const rows = matrix.rows;
		const cols = matrix.columns;
		const variance = [];
		for (let i = 0; i < rows; i++) {
			let sum1 = 0;
			let sum2 = 0;
			let x = 0;
			for (let j = 0; j < cols; j++) {
				x = matrix.get(i, j) - mean[i];
				sum1 += x;
				sum2 += x * x;
			}
			if (unbiased) variance.push((sum2 - sum1 * sum1 / cols) / (cols - 1));
			else variance.push((sum2 - sum1 * sum1 / cols) / cols);
		}
		return variance;
	}
	function varianceByColumn(matrix, unbiased, mean) {
		const rows = matrix.rows;
		const cols = matrix.columns;
		const variance = [];
		for (let j = 0; j < cols; j++) {
			let sum1 = 0;
			let sum2 = 0;
			let x = 0;
			for (let i = 0; i < rows; i++) {
				x = matrix.get(i, j) - mean[j];
				sum1 += x;
				sum2 += x * x;
			}
			if (unbiased) variance.push((sum2 - sum1 * sum1 / rows) / (rows - 1));
			else variance.push((sum2 - sum1 * sum1 / rows) / rows);
		}
		return variance;
	}
	function varianceAll(matrix, unbiased, mean) {
		const rows = matrix.rows;
		const cols = matrix.columns;
		const size = rows * cols;
		let sum1 = 0;
		let sum2 = 0;
		let x = 0;
		for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
			x = matrix.get(i, j) - mean;
			sum1 += x;
			sum2 += x * x;
		}
		if (unbiased) return (sum2 - sum1 * sum1 / size) / (size - 1);
		else return (sum2 - sum1 * sum1 / size) / size;
	}
	function centerByRow(matrix, mean) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) - mean[i]);
	}
	function centerByColumn(matrix, mean) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) - mean[j]);
	}
	function centerAll(matrix, mean) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) - mean);
	}
	function getScaleByRow(matrix) {
		const scale = [];
		for (let i = 0; i < matrix.rows; i++) {
			let sum = 0;
			for (let j = 0; j < matrix.columns; j++) sum += matrix.get(i, j) ** 2 / (matrix.columns - 1);
			scale.push(Math.sqrt(sum));
		}
		return scale;
	}
	function scaleByRow(matrix, scale) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) / scale[i]);
	}
	function getScaleByColumn(matrix) {
		const scale = [];
		for (let j = 0; j < matrix.columns; j++) {
			let sum = 0;
			for (let i = 0; i < matrix.rows; i++) sum += matrix.get(i, j) ** 2 / (matrix.rows - 1);
			scale.push(Math.sqrt(sum));
		}
		return scale;
	}
	function scaleByColumn(matrix, scale) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) / scale[j]);
	}
	function getScaleAll(matrix) {
		const divider = matrix.size - 1;
		let sum = 0;
		for (let j = 0; j < matrix.columns; j++) for (let i = 0; i < matrix.rows; i++) sum += matrix.get(i, j) ** 2 / divider;
		return Math.sqrt(sum);
	}
	function scaleAll(matrix, scale) {
		for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) matrix.set(i, j, matrix.get(i, j) / scale);
	}
	var AbstractMatrix = class AbstractMatrix {
		static from1DArray(newRows, newColumns, newData) {
			if (newRows * newColumns !== newData.length) throw new RangeError("data length does not match given dimensions");
			let newMatrix = new Matrix(newRows, newColumns);
			for (let row = 0; row < newRows; row++) for (let column = 0; column < newColumns; column++) newMatrix.set(row, column, newData[row * newColumns + column]);
			return newMatrix;
		}
		static rowVector(newData) {
			let vector = new Matrix(1, newData.length);
			for (let i = 0; i < newData.length; i++) vector.set(0, i, newData[i]);
			return vector;
		}
		static columnVector(newData) {
			let vector = new Matrix(newData.length, 1);
			for (let i = 0; i < newData.length; i++) vector.set(i, 0, newData[i]);
			return vector;
		}
		static zeros(rows, columns) {
			return new Matrix(rows, columns);
		}
		static ones(rows, columns) {
			return new Matrix(rows, columns).fill(1);
		}
		static rand(rows, columns, options = {}) {
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { random = Math.random } = options;
			let matrix = new Matrix(rows, columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) matrix.set(i, j, random());
			return matrix;
		}
		static randInt(rows, columns, options = {}) {
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { min = 0, max = 1e3, random = Math.random } = options;
			if (!Number.isInteger(min)) throw new TypeError("min must be an integer");
			if (!Number.isInteger(max)) throw new TypeError("max must be an integer");
			if (min >= max) throw new RangeError("min must be smaller than max");
			let interval = max - min;
			let matrix = new Matrix(rows, columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) {
				let value = min + Math.round(random() * interval);
				matrix.set(i, j, value);
			}
			return matrix;
		}
		static eye(rows, columns, value) {
			if (columns === void 0) columns = rows;
			if (value === void 0) value = 1;
			let min = Math.min(rows, columns);
			let matrix = this.zeros(rows, columns);
			for (let i = 0; i < min; i++) matrix.set(i, i, value);
			return matrix;
		}
		static diag(data, rows, columns) {
			let l = data.length;
			if (rows === void 0) rows = l;
			if (columns === void 0) columns = rows;
			let min = Math.min(l, rows, columns);
			let matrix = this.zeros(rows, columns);
			for (let i = 0; i < min; i++) matrix.set(i, i, data[i]);
			return matrix;
		}
		static min(matrix1, matrix2) {
			matrix1 = this.checkMatrix(matrix1);
			matrix2 = this.checkMatrix(matrix2);
			let rows = matrix1.rows;
			let columns = matrix1.columns;
			let result = new Matrix(rows, columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) result.set(i, j, Math.min(matrix1.get(i, j), matrix2.get(i, j)));
			return result;
		}
		static max(matrix1, matrix2) {
			matrix1 = this.checkMatrix(matrix1);
			matrix2 = this.checkMatrix(matrix2);
			let rows = matrix1.rows;
			let columns = matrix1.columns;
			let result = new this(rows, columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) result.set(i, j, Math.max(matrix1.get(i, j), matrix2.get(i, j)));
			return result;
		}
		static checkMatrix(value) {
			return AbstractMatrix.isMatrix(value) ? value : new Matrix(value);
		}
		static isMatrix(value) {
			return value != null && value.klass === "Matrix";
		}
		get size() {
			return this.rows * this.columns;
		}
		apply(callback) {
			if (typeof callback !== "function") throw new TypeError("callback must be a function");
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) callback.call(this, i, j);
			return this;
		}
		applyAlongAxis(callback, by) {
			if (typeof callback !== "function") throw new TypeError("callback must be a function");
			const result = [];
			switch (by) {
				case "row":
					for (let i = 0; i < this.rows; i++) result.push(callback.call(this, this.getRow(i), i));
					break;
				case "column":
					for (let i = 0; i < this.columns; i++) result.push(callback.call(this, this.getColumn(i), i));
					break;
				default: throw new Error(`invalid option: ${by}`);
			}
			return result;
		}
		to1DArray() {
			let array = [];
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) array.push(this.get(i, j));
			return array;
		}
		to2DArray() {
			let copy = [];
			for (let i = 0; i < this.rows; i++) {
				copy.push([]);
				for (let j = 0; j < this.columns; j++) copy[i].push(this.get(i, j));
			}
			return copy;
		}
		toJSON() {
			return this.to2DArray();
		}
		isRowVector() {
			return this.rows === 1;
		}
		isColumnVector() {
			return this.columns === 1;
		}
		isVector() {
			return this.rows === 1 || this.columns === 1;
		}
		isSquare() {
			return this.rows === this.columns;
		}
		isEmpty() {
			return this.rows === 0 || this.columns === 0;
		}
		isSymmetric() {
			if (this.isSquare()) {
				for (let i = 0; i < this.rows; i++) for (let j = 0; j <= i; j++) if (this.get(i, j) !== this.get(j, i)) return false;
				return true;
			}
			return false;
		}
		isDistance() {
			if (!this.isSymmetric()) return false;
			for (let i = 0; i < this.rows; i++) if (this.get(i, i) !== 0) return false;
			return true;
		}
		isEchelonForm() {
			let i = 0;
			let j = 0;
			let previousColumn = -1;
			let isEchelonForm = true;
			let checked = false;
			while (i < this.rows && isEchelonForm) {
				j = 0;
				checked = false;
				while (j < this.columns && checked === false) if (this.get(i, j) === 0) j++;
				else if (this.get(i, j) === 1 && j > previousColumn) {
					checked = true;
					previousColumn = j;
				} else {
					isEchelonForm = false;
					checked = true;
				}
				i++;
			}
			return isEchelonForm;
		}
		isReducedEchelonForm() {
			let i = 0;
			let j = 0;
			let previousColumn = -1;
			let isReducedEchelonForm = true;
			let checked = false;
			while (i < this.rows && isReducedEchelonForm) {
				j = 0;
				checked = false;
				while (j < this.columns && checked === false) if (this.get(i, j) === 0) j++;
				else if (this.get(i, j) === 1 && j > previousColumn) {
					checked = true;
					previousColumn = j;
				} else {
					isReducedEchelonForm = false;
					checked = true;
				}
				for (let k = j + 1; k < this.rows; k++) if (this.get(i, k) !== 0) isReducedEchelonForm = false;
				i++;
			}
			return isReducedEchelonForm;
		}
		echelonForm() {
			let result = this.clone();
			let h = 0;
			let k = 0;
			while (h < result.rows && k < result.columns) {
				let iMax = h;
				for (let i = h; i < result.rows; i++) if (result.get(i, k) > result.get(iMax, k)) iMax = i;
				if (result.get(iMax, k) === 0) k++;
				else {
					result.swapRows(h, iMax);
					let tmp = result.get(h, k);
					for (let j = k; j < result.columns; j++) result.set(h, j, result.get(h, j) / tmp);
					for (let i = h + 1; i < result.rows; i++) {
						let factor = result.get(i, k) / result.get(h, k);
						result.set(i, k, 0);
						for (let j = k + 1; j < result.columns; j++) result.set(i, j, result.get(i, j) - result.get(h, j) * factor);
					}
					h++;
					k++;
				}
			}
			return result;
		}
		reducedEchelonForm() {
			let result = this.echelonForm();
			let m = result.columns;
			let n = result.rows;
			let h = n - 1;
			while (h >= 0) if (result.maxRow(h) === 0) h--;
			else {
				let p = 0;
				let pivot = false;
				while (p < n && pivot === false) if (result.get(h, p) === 1) pivot = true;
				else p++;
				for (let i = 0; i < h; i++) {
					let factor = result.get(i, p);
					for (let j = p; j < m; j++) {
						let tmp = result.get(i, j) - factor * result.get(h, j);
						result.set(i, j, tmp);
					}
				}
				h--;
			}
			return result;
		}
		set() {
			throw new Error("set method is unimplemented");
		}
		get() {
			throw new Error("get method is unimplemented");
		}
		repeat(options = {}) {
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { rows = 1, columns = 1 } = options;
			if (!Number.isInteger(rows) || rows <= 0) throw new TypeError("rows must be a positive integer");
			if (!Number.isInteger(columns) || columns <= 0) throw new TypeError("columns must be a positive integer");
			let matrix = new Matrix(this.rows * rows, this.columns * columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) matrix.setSubMatrix(this, this.rows * i, this.columns * j);
			return matrix;
		}
		fill(value) {
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, value);
			return this;
		}
		neg() {
			return this.mulS(-1);
		}
		getRow(index) {
			checkRowIndex(this, index);
			let row = [];
			for (let i = 0; i < this.columns; i++) row.push(this.get(index, i));
			return row;
		}
		getRowVector(index) {
			return Matrix.rowVector(this.getRow(index));
		}
		setRow(index, array) {
			checkRowIndex(this, index);
			array = checkRowVector(this, array);
			for (let i = 0; i < this.columns; i++) this.set(index, i, array[i]);
			return this;
		}
		swapRows(row1, row2) {
			checkRowIndex(this, row1);
			checkRowIndex(this, row2);
			for (let i = 0; i < this.columns; i++) {
				let temp = this.get(row1, i);
				this.set(row1, i, this.get(row2, i));
				this.set(row2, i, temp);
			}
			return this;
		}
		getColumn(index) {
			checkColumnIndex(this, index);
			let column = [];
			for (let i = 0; i < this.rows; i++) column.push(this.get(i, index));
			return column;
		}
		getColumnVector(index) {
			return Matrix.columnVector(this.getColumn(index));
		}
		setColumn(index, array) {
			checkColumnIndex(this, index);
			array = checkColumnVector(this, array);
			for (let i = 0; i < this.rows; i++) this.set(i, index, array[i]);
			return this;
		}
		swapColumns(column1, column2) {
			checkColumnIndex(this, column1);
			checkColumnIndex(this, column2);
			for (let i = 0; i < this.rows; i++) {
				let temp = this.get(i, column1);
				this.set(i, column1, this.get(i, column2));
				this.set(i, column2, temp);
			}
			return this;
		}
		addRowVector(vector) {
			vector = checkRowVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) + vector[j]);
			return this;
		}
		subRowVector(vector) {
			vector = checkRowVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) - vector[j]);
			return this;
		}
		mulRowVector(vector) {
			vector = checkRowVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) * vector[j]);
			return this;
		}
		divRowVector(vector) {
			vector = checkRowVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) / vector[j]);
			return this;
		}
		addColumnVector(vector) {
			vector = checkColumnVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) + vector[i]);
			return this;
		}
		subColumnVector(vector) {
			vector = checkColumnVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) - vector[i]);
			return this;
		}
		mulColumnVector(vector) {
			vector = checkColumnVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) * vector[i]);
			return this;
		}
		divColumnVector(vector) {
			vector = checkColumnVector(this, vector);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) this.set(i, j, this.get(i, j) / vector[i]);
			return this;
		}
		mulRow(index, value) {
			checkRowIndex(this, index);
			for (let i = 0; i < this.columns; i++) this.set(index, i, this.get(index, i) * value);
			return this;
		}
		mulColumn(index, value) {
			checkColumnIndex(this, index);
			for (let i = 0; i < this.rows; i++) this.set(i, index, this.get(i, index) * value);
			return this;
		}
		max(by) {
			if (this.isEmpty()) return NaN;
			switch (by) {
				case "row": {
					const max = new Array(this.rows).fill(Number.NEGATIVE_INFINITY);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) > max[row]) max[row] = this.get(row, column);
					return max;
				}
				case "column": {
					const max = new Array(this.columns).fill(Number.NEGATIVE_INFINITY);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) > max[column]) max[column] = this.get(row, column);
					return max;
				}
				case void 0: {
					let max = this.get(0, 0);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) > max) max = this.get(row, column);
					return max;
				}
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		maxIndex() {
			checkNonEmpty(this);
			let v = this.get(0, 0);
			let idx = [0, 0];
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) if (this.get(i, j) > v) {
				v = this.get(i, j);
				idx[0] = i;
				idx[1] = j;
			}
			return idx;
		}
		min(by) {
			if (this.isEmpty()) return NaN;
			switch (by) {
				case "row": {
					const min = new Array(this.rows).fill(Number.POSITIVE_INFINITY);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) < min[row]) min[row] = this.get(row, column);
					return min;
				}
				case "column": {
					const min = new Array(this.columns).fill(Number.POSITIVE_INFINITY);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) < min[column]) min[column] = this.get(row, column);
					return min;
				}
				case void 0: {
					let min = this.get(0, 0);
					for (let row = 0; row < this.rows; row++) for (let column = 0; column < this.columns; column++) if (this.get(row, column) < min) min = this.get(row, column);
					return min;
				}
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		minIndex() {
			checkNonEmpty(this);
			let v = this.get(0, 0);
			let idx = [0, 0];
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) if (this.get(i, j) < v) {
				v = this.get(i, j);
				idx[0] = i;
				idx[1] = j;
			}
			return idx;
		}
		maxRow(row) {
			checkRowIndex(this, row);
			if (this.isEmpty()) return NaN;
			let v = this.get(row, 0);
			for (let i = 1; i < this.columns; i++) if (this.get(row, i) > v) v = this.get(row, i);
			return v;
		}
		maxRowIndex(row) {
			checkRowIndex(this, row);
			checkNonEmpty(this);
			let v = this.get(row, 0);
			let idx = [row, 0];
			for (let i = 1; i < this.columns; i++) if (this.get(row, i) > v) {
				v = this.get(row, i);
				idx[1] = i;
			}
			return idx;
		}
		minRow(row) {
			checkRowIndex(this, row);
			if (this.isEmpty()) return NaN;
			let v = this.get(row, 0);
			for (let i = 1; i < this.columns; i++) if (this.get(row, i) < v) v = this.get(row, i);
			return v;
		}
		minRowIndex(row) {
			checkRowIndex(this, row);
			checkNonEmpty(this);
			let v = this.get(row, 0);
			let idx = [row, 0];
			for (let i = 1; i < this.columns; i++) if (this.get(row, i) < v) {
				v = this.get(row, i);
				idx[1] = i;
			}
			return idx;
		}
		maxColumn(column) {
			checkColumnIndex(this, column);
			if (this.isEmpty()) return NaN;
			let v = this.get(0, column);
			for (let i = 1; i < this.rows; i++) if (this.get(i, column) > v) v = this.get(i, column);
			return v;
		}
		maxColumnIndex(column) {
			checkColumnIndex(this, column);
			checkNonEmpty(this);
			let v = this.get(0, column);
			let idx = [0, column];
			for (let i = 1; i < this.rows; i++) if (this.get(i, column) > v) {
				v = this.get(i, column);
				idx[0] = i;
			}
			return idx;
		}
		minColumn(column) {
			checkColumnIndex(this, column);
			if (this.isEmpty()) return NaN;
			let v = this.get(0, column);
			for (let i = 1; i < this.rows; i++) if (this.get(i, column) < v) v = this.get(i, column);
			return v;
		}
		minColumnIndex(column) {
			checkColumnIndex(this, column);
			checkNonEmpty(this);
			let v = this.get(0, column);
			let idx = [0, column];
			for (let i = 1; i < this.rows; i++) if (this.get(i, column) < v) {
				v = this.get(i, column);
				idx[0] = i;
			}
			return idx;
		}
		diag() {
			let min = Math.min(this.rows, this.columns);
			let diag = [];
			for (let i = 0; i < min; i++) diag.push(this.get(i, i));
			return diag;
		}
		norm(type = "frobenius") {
			switch (type) {
				case "max": return Matrix.abs(this).max();
				case "frobenius": return Math.sqrt(this.dot(this));
				default: throw new RangeError(`unknown norm type: ${type}`);
			}
		}
		cumulativeSum() {
			let sum = 0;
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) {
				sum += this.get(i, j);
				this.set(i, j, sum);
			}
			return this;
		}
		dot(vector2) {
			if (AbstractMatrix.isMatrix(vector2)) vector2 = vector2.to1DArray();
			let vector1 = this.to1DArray();
			if (vector1.length !== vector2.length) throw new RangeError("vectors do not have the same size");
			let dot = 0;
			for (let i = 0; i < vector1.length; i++) dot += vector1[i] * vector2[i];
			return dot;
		}
		mmul(other) {
			other = Matrix.checkMatrix(other);
			let m = this.rows;
			let n = this.columns;
			let p = other.columns;
			let result = new Matrix(m, p);
			let Bcolj = new Float64Array(n);
			for (let j = 0; j < p; j++) {
				for (let k = 0; k < n; k++) Bcolj[k] = other.get(k, j);
				for (let i = 0; i < m; i++) {
					let s = 0;
					for (let k = 0; k < n; k++) s += this.get(i, k) * Bcolj[k];
					result.set(i, j, s);
				}
			}
			return result;
		}
		gram() {
			const rows = this.rows;
			const n = this.columns;
			const gramData = new Float64Array(n * n);
			for (let r = 0; r < rows; r++) for (let i = 0; i < n; i++) {
				const value = this.get(r, i);
				if (value === 0) continue;
				const offset = i * n;
				for (let j = i; j < n; j++) gramData[offset + j] += value * this.get(r, j);
			}
			const result = new Matrix(n, n);
			for (let i = 0; i < n; i++) {
				const offset = i * n;
				for (let j = i; j < n; j++) {
					const value = gramData[offset + j];
					result.set(i, j, value);
					result.set(j, i, value);
				}
			}
			return result;
		}
		transposeMultiply(other) {
			other = Matrix.checkMatrix(other);
			if (this.rows !== other.rows) throw new RangeError("the number of rows of the two matrices must be equal");
			const n = this.columns;
			const p = other.columns;
			const result = new Matrix(n, p);
			const otherRow = new Float64Array(p);
			for (let r = 0; r < this.rows; r++) {
				for (let j = 0; j < p; j++) otherRow[j] = other.get(r, j);
				for (let i = 0; i < n; i++) {
					const value = this.get(r, i);
					if (value === 0) continue;
					const resultRow = result.data[i];
					for (let j = 0; j < p; j++) resultRow[j] += value * otherRow[j];
				}
			}
			return result;
		}
		mmulByTranspose(scale) {
			let m = this.rows;
			let n = this.columns;
			if (scale !== void 0 && scale.length !== n) throw new RangeError("scale must have one value per column");
			let result = new Matrix(m, m);
			let rowj = new Float64Array(n);
			for (let j = 0; j < m; j++) {
				if (scale === void 0) for (let k = 0; k < n; k++) rowj[k] = this.get(j, k);
				else for (let k = 0; k < n; k++) rowj[k] = scale[k] * this.get(j, k);
				for (let i = j; i < m; i++) {
					let s = 0;
					for (let k = 0; k < n; k++) s += this.get(i, k) * rowj[k];
					result.set(i, j, s);
					result.set(j, i, s);
				}
			}
			return result;
		}
		mpow(scalar) {
			if (!this.isSquare()) throw new RangeError("Matrix must be square");
			if (!Number.isInteger(scalar) || scalar < 0) throw new RangeError("Exponent must be a non-negative integer");
			let result = Matrix.eye(this.rows);
			let bb = this;
			for (let e = scalar; e >= 1; e /= 2) {
				if ((e & 1) !== 0) result = result.mmul(bb);
				bb = bb.mmul(bb);
			}
			return result;
		}
		strassen2x2(other) {
			other = Matrix.checkMatrix(other);
			let result = new Matrix(2, 2);
			const a11 = this.get(0, 0);
			const b11 = other.get(0, 0);
			const a12 = this.get(0, 1);
			const b12 = other.get(0, 1);
			const a21 = this.get(1, 0);
			const b21 = other.get(1, 0);
			const a22 = this.get(1, 1);
			const b22 = other.get(1, 1);
			const m1 = (a11 + a22) * (b11 + b22);
			const m2 = (a21 + a22) * b11;
			const m3 = a11 * (b12 - b22);
			const m4 = a22 * (b21 - b11);
			const m5 = (a11 + a12) * b22;
			const m6 = (a21 - a11) * (b11 + b12);
			const m7 = (a12 - a22) * (b21 + b22);
			const c00 = m1 + m4 - m5 + m7;
			const c01 = m3 + m5;
			const c10 = m2 + m4;
			const c11 = m1 - m2 + m3 + m6;
			result.set(0, 0, c00);
			result.set(0, 1, c01);
			result.set(1, 0, c10);
			result.set(1, 1, c11);
			return result;
		}
		strassen3x3(other) {
			other = Matrix.checkMatrix(other);
			let result = new Matrix(3, 3);
			const a00 = this.get(0, 0);
			const a01 = this.get(0, 1);
			const a02 = this.get(0, 2);
			const a10 = this.get(1, 0);
			const a11 = this.get(1, 1);
			const a12 = this.get(1, 2);
			const a20 = this.get(2, 0);
			const a21 = this.get(2, 1);
			const a22 = this.get(2, 2);
			const b00 = other.get(0, 0);
			const b01 = other.get(0, 1);
			const b02 = other.get(0, 2);
			const b10 = other.get(1, 0);
			const b11 = other.get(1, 1);
			const b12 = other.get(1, 2);
			const b20 = other.get(2, 0);
			const b21 = other.get(2, 1);
			const b22 = other.get(2, 2);
			const m1 = (a00 + a01 + a02 - a10 - a11 - a21 - a22) * b11;
			const m2 = (a00 - a10) * (-b01 + b11);
			const m3 = a11 * (-b00 + b01 + b10 - b11 - b12 - b20 + b22);
			const m4 = (-a00 + a10 + a11) * (b00 - b01 + b11);
			const m5 = (a10 + a11) * (-b00 + b01);
			const m6 = a00 * b00;
			const m7 = (-a00 + a20 + a21) * (b00 - b02 + b12);
			const m8 = (-a00 + a20) * (b02 - b12);
			const m9 = (a20 + a21) * (-b00 + b02);
			const m10 = (a00 + a01 + a02 - a11 - a12 - a20 - a21) * b12;
			const m11 = a21 * (-b00 + b02 + b10 - b11 - b12 - b20 + b21);
			const m12 = (-a02 + a21 + a22) * (b11 + b20 - b21);
			const m13 = (a02 - a22) * (b11 - b21);
			const m14 = a02 * b20;
			const m15 = (a21 + a22) * (-b20 + b21);
			const m16 = (-a02 + a11 + a12) * (b12 + b20 - b22);
			const m17 = (a02 - a12) * (b12 - b22);
			const m18 = (a11 + a12) * (-b20 + b22);
			const m19 = a01 * b10;
			const m20 = a12 * b21;
			const m21 = a10 * b02;
			const m22 = a20 * b01;
			const m23 = a22 * b22;
			const c00 = m6 + m14 + m19;
			const c01 = m1 + m4 + m5 + m6 + m12 + m14 + m15;
			const c02 = m6 + m7 + m9 + m10 + m14 + m16 + m18;
			const c10 = m2 + m3 + m4 + m6 + m14 + m16 + m17;
			const c11 = m2 + m4 + m5 + m6 + m20;
			const c12 = m14 + m16 + m17 + m18 + m21;
			const c20 = m6 + m7 + m8 + m11 + m12 + m13 + m14;
			const c21 = m12 + m13 + m14 + m15 + m22;
			const c22 = m6 + m7 + m8 + m9 + m23;
			result.set(0, 0, c00);
			result.set(0, 1, c01);
			result.set(0, 2, c02);
			result.set(1, 0, c10);
			result.set(1, 1, c11);
			result.set(1, 2, c12);
			result.set(2, 0, c20);
			result.set(2, 1, c21);
			result.set(2, 2, c22);
			return result;
		}
		mmulStrassen(y) {
			y = Matrix.checkMatrix(y);
			let x = this.clone();
			let r1 = x.rows;
			let c1 = x.columns;
			let r2 = y.rows;
			let c2 = y.columns;
			if (c1 !== r2) console.warn(`Multiplying ${r1} x ${c1} and ${r2} x ${c2} matrix: dimensions do not match.`);
			function embed(mat, rows, cols) {
				let r = mat.rows;
				let c = mat.columns;
				if (r === rows && c === cols) return mat;
				else {
					let resultat = AbstractMatrix.zeros(rows, cols);
					resultat = resultat.setSubMatrix(mat, 0, 0);
					return resultat;
				}
			}
			let r = Math.max(r1, r2);
			let c = Math.max(c1, c2);
			x = embed(x, r, c);
			y = embed(y, r, c);
			function blockMult(a, b, rows, cols) {
				if (rows <= 512 || cols <= 512) return a.mmul(b);
				if (rows % 2 === 1 && cols % 2 === 1) {
					a = embed(a, rows + 1, cols + 1);
					b = embed(b, rows + 1, cols + 1);
				} else if (rows % 2 === 1) {
					a = embed(a, rows + 1, cols);
					b = embed(b, rows + 1, cols);
				} else if (cols % 2 === 1) {
					a = embed(a, rows, cols + 1);
					b = embed(b, rows, cols + 1);
				}
				let halfRows = parseInt(a.rows / 2, 10);
				let halfCols = parseInt(a.columns / 2, 10);
				let a11 = a.subMatrix(0, halfRows - 1, 0, halfCols - 1);
				let b11 = b.subMatrix(0, halfRows - 1, 0, halfCols - 1);
				let a12 = a.subMatrix(0, halfRows - 1, halfCols, a.columns - 1);
				let b12 = b.subMatrix(0, halfRows - 1, halfCols, b.columns - 1);
				let a21 = a.subMatrix(halfRows, a.rows - 1, 0, halfCols - 1);
				let b21 = b.subMatrix(halfRows, b.rows - 1, 0, halfCols - 1);
				let a22 = a.subMatrix(halfRows, a.rows - 1, halfCols, a.columns - 1);
				let b22 = b.subMatrix(halfRows, b.rows - 1, halfCols, b.columns - 1);
				let m1 = blockMult(AbstractMatrix.add(a11, a22), AbstractMatrix.add(b11, b22), halfRows, halfCols);
				let m2 = blockMult(AbstractMatrix.add(a21, a22), b11, halfRows, halfCols);
				let m3 = blockMult(a11, AbstractMatrix.sub(b12, b22), halfRows, halfCols);
				let m4 = blockMult(a22, AbstractMatrix.sub(b21, b11), halfRows, halfCols);
				let m5 = blockMult(AbstractMatrix.add(a11, a12), b22, halfRows, halfCols);
				let m6 = blockMult(AbstractMatrix.sub(a21, a11), AbstractMatrix.add(b11, b12), halfRows, halfCols);
				let m7 = blockMult(AbstractMatrix.sub(a12, a22), AbstractMatrix.add(b21, b22), halfRows, halfCols);
				let c11 = AbstractMatrix.add(m1, m4);
				c11.sub(m5);
				c11.add(m7);
				let c12 = AbstractMatrix.add(m3, m5);
				let c21 = AbstractMatrix.add(m2, m4);
				let c22 = AbstractMatrix.sub(m1, m2);
				c22.add(m3);
				c22.add(m6);
				let result = AbstractMatrix.zeros(2 * c11.rows, 2 * c11.columns);
				result = result.setSubMatrix(c11, 0, 0);
				result = result.setSubMatrix(c12, c11.rows, 0);
				result = result.setSubMatrix(c21, 0, c11.columns);
				result = result.setSubMatrix(c22, c11.rows, c11.columns);
				return result.subMatrix(0, rows - 1, 0, cols - 1);
			}
			return blockMult(x, y, r, c);
		}
		scaleRows(options = {}) {
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { min = 0, max = 1 } = options;
			if (!Number.isFinite(min)) throw new TypeError("min must be a number");
			if (!Number.isFinite(max)) throw new TypeError("max must be a number");
			if (min >= max) throw new RangeError("min must be smaller than max");
			let newMatrix = new Matrix(this.rows, this.columns);
			for (let i = 0; i < this.rows; i++) {
				const row = this.getRow(i);
				if (row.length > 0) rescale(row, {
					min,
					max,
					output: row
				});
				newMatrix.setRow(i, row);
			}
			return newMatrix;
		}
		scaleColumns(options = {}) {
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { min = 0, max = 1 } = options;
			if (!Number.isFinite(min)) throw new TypeError("min must be a number");
			if (!Number.isFinite(max)) throw new TypeError("max must be a number");
			if (min >= max) throw new RangeError("min must be smaller than max");
			let newMatrix = new Matrix(this.rows, this.columns);
			for (let i = 0; i < this.columns; i++) {
				const column = this.getColumn(i);
				if (column.length) rescale(column, {
					min,
					max,
					output: column
				});
				newMatrix.setColumn(i, column);
			}
			return newMatrix;
		}
		flipRows() {
			const middle = Math.ceil(this.columns / 2);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < middle; j++) {
				let first = this.get(i, j);
				let last = this.get(i, this.columns - 1 - j);
				this.set(i, j, last);
				this.set(i, this.columns - 1 - j, first);
			}
			return this;
		}
		flipColumns() {
			const middle = Math.ceil(this.rows / 2);
			for (let j = 0; j < this.columns; j++) for (let i = 0; i < middle; i++) {
				let first = this.get(i, j);
				let last = this.get(this.rows - 1 - i, j);
				this.set(i, j, last);
				this.set(this.rows - 1 - i, j, first);
			}
			return this;
		}
		kroneckerProduct(other) {
			other = Matrix.checkMatrix(other);
			let m = this.rows;
			let n = this.columns;
			let p = other.rows;
			let q = other.columns;
			let result = new Matrix(m * p, n * q);
			for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) for (let k = 0; k < p; k++) for (let l = 0; l < q; l++) result.set(p * i + k, q * j + l, this.get(i, j) * other.get(k, l));
			return result;
		}
		kroneckerSum(other) {
			other = Matrix.checkMatrix(other);
			if (!this.isSquare() || !other.isSquare()) throw new Error("Kronecker Sum needs two Square Matrices");
			let m = this.rows;
			let n = other.rows;
			let AxI = this.kroneckerProduct(Matrix.eye(n, n));
			let IxB = Matrix.eye(m, m).kroneckerProduct(other);
			return AxI.add(IxB);
		}
		transpose() {
			let result = new Matrix(this.columns, this.rows);
			for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.columns; j++) result.set(j, i, this.get(i, j));
			return result;
		}
		sortRows(compareFunction = compareNumbers) {
			for (let i = 0; i < this.rows; i++) this.setRow(i, this.getRow(i).sort(compareFunction));
			return this;
		}
		sortColumns(compareFunction = compareNumbers) {
			for (let i = 0; i < this.columns; i++) this.setColumn(i, this.getColumn(i).sort(compareFunction));
			return this;
		}
		subMatrix(startRow, endRow, startColumn, endColumn) {
			checkRange(this, startRow, endRow, startColumn, endColumn);
			let newMatrix = new Matrix(endRow - startRow + 1, endColumn - startColumn + 1);
			for (let i = startRow; i <= endRow; i++) for (let j = startColumn; j <= endColumn; j++) newMatrix.set(i - startRow, j - startColumn, this.get(i, j));
			return newMatrix;
		}
		subMatrixRow(indices, startColumn, endColumn) {
			if (startColumn === void 0) startColumn = 0;
			if (endColumn === void 0) endColumn = this.columns - 1;
			if (startColumn > endColumn || startColumn < 0 || startColumn >= this.columns || endColumn < 0 || endColumn >= this.columns) throw new RangeError("Argument out of range");
			let newMatrix = new Matrix(indices.length, endColumn - startColumn + 1);
			for (let i = 0; i < indices.length; i++) for (let j = startColumn; j <= endColumn; j++) {
				if (indices[i] < 0 || indices[i] >= this.rows) throw new RangeError(`Row index out of range: ${indices[i]}`);
				newMatrix.set(i, j - startColumn, this.get(indices[i], j));
			}
			return newMatrix;
		}
		subMatrixColumn(indices, startRow, endRow) {
			if (startRow === void 0) startRow = 0;
			if (endRow === void 0) endRow = this.rows - 1;
			if (startRow > endRow || startRow < 0 || startRow >= this.rows || endRow < 0 || endRow >= this.rows) throw new RangeError("Argument out of range");
			let newMatrix = new Matrix(endRow - startRow + 1, indices.length);
			for (let i = 0; i < indices.length; i++) for (let j = startRow; j <= endRow; j++) {
				if (indices[i] < 0 || indices[i] >= this.columns) throw new RangeError(`Column index out of range: ${indices[i]}`);
				newMatrix.set(j - startRow, i, this.get(j, indices[i]));
			}
			return newMatrix;
		}
		setSubMatrix(matrix, startRow, startColumn) {
			matrix = Matrix.checkMatrix(matrix);
			if (matrix.isEmpty()) return this;
			let endRow = startRow + matrix.rows - 1;
			let endColumn = startColumn + matrix.columns - 1;
			checkRange(this, startRow, endRow, startColumn, endColumn);
			for (let i = 0; i < matrix.rows; i++) for (let j = 0; j < matrix.columns; j++) this.set(startRow + i, startColumn + j, matrix.get(i, j));
			return this;
		}
		concat(other, by = "row") {
			other = Matrix.checkMatrix(other);
			switch (by) {
				case "row": {
					if (this.columns !== other.columns) throw new RangeError("both matrices must have the same number of columns");
					const result = new Matrix(this.rows + other.rows, this.columns);
					result.setSubMatrix(this, 0, 0);
					result.setSubMatrix(other, this.rows, 0);
					return result;
				}
				case "column": {
					if (this.rows !== other.rows) throw new RangeError("both matrices must have the same number of rows");
					const result = new Matrix(this.rows, this.columns + other.columns);
					result.setSubMatrix(this, 0, 0);
					result.setSubMatrix(other, 0, this.columns);
					return result;
				}
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		selection(rowIndices, columnIndices) {
			checkRowIndices(this, rowIndices);
			checkColumnIndices(this, columnIndices);
			let newMatrix = new Matrix(rowIndices.length, columnIndices.length);
			for (let i = 0; i < rowIndices.length; i++) {
				let rowIndex = rowIndices[i];
				for (let j = 0; j < columnIndices.length; j++) {
					let columnIndex = columnIndices[j];
					newMatrix.set(i, j, this.get(rowIndex, columnIndex));
				}
			}
			return newMatrix;
		}
		trace() {
			let min = Math.min(this.rows, this.columns);
			let trace = 0;
			for (let i = 0; i < min; i++) trace += this.get(i, i);
			return trace;
		}
		clone() {
			return this.constructor.copy(this, new Matrix(this.rows, this.columns));
		}
		/**
		* @template {AbstractMatrix} M
		* @param {AbstractMatrix} from
		* @param {M} to
		* @return {M}
		*/
		static copy(from, to) {
			for (const [row, column, value] of from.entries()) to.set(row, column, value);
			return to;
		}
		sum(by) {
			switch (by) {
				case "row": return sumByRow(this);
				case "column": return sumByColumn(this);
				case void 0: return sumAll(this);
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		product(by) {
			switch (by) {
				case "row": return productByRow(this);
				case "column": return productByColumn(this);
				case void 0: return productAll(this);
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		mean(by) {
			const sum = this.sum(by);
			switch (by) {
				case "row":
					for (let i = 0; i < this.rows; i++) sum[i] /= this.columns;
					return sum;
				case "column":
					for (let i = 0; i < this.columns; i++) sum[i] /= this.rows;
					return sum;
				case void 0: return sum / this.size;
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		variance(by, options = {}) {
			if (typeof by === "object") {
				options = by;
				by = void 0;
			}
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { unbiased = true, mean = this.mean(by) } = options;
			if (typeof unbiased !== "boolean") throw new TypeError("unbiased must be a boolean");
			switch (by) {
				case "row":
					if (!isAnyArray(mean)) throw new TypeError("mean must be an array");
					return varianceByRow(this, unbiased, mean);
				case "column":
					if (!isAnyArray(mean)) throw new TypeError("mean must be an array");
					return varianceByColumn(this, unbiased, mean);
				case void 0:
					if (typeof mean !== "number") throw new TypeError("mean must be a number");
					return varianceAll(this, unbiased, mean);
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		standardDeviation(by, options) {
			if (typeof by === "object") {
				options = by;
				by = void 0;
			}
			const variance = this.variance(by, options);
			if (by === void 0) return Math.sqrt(variance);
			else {
				for (let i = 0; i < variance.length; i++) variance[i] = Math.sqrt(variance[i]);
				return variance;
			}
		}
		center(by, options = {}) {
			if (typeof by === "object") {
				options = by;
				by = void 0;
			}
			if (typeof options !== "object") throw new TypeError("options must be an object");
			const { center = this.mean(by) } = options;
			switch (by) {
				case "row":
					if (!isAnyArray(center)) throw new TypeError("center must be an array");
					centerByRow(this, center);
					return this;
				case "column":
					if (!isAnyArray(center)) throw new TypeError("center must be an array");
					centerByColumn(this, center);
					return this;
				case void 0:
					if (typeof center !== "number") throw new TypeError("center must be a number");
					centerAll(this, center);
					return this;
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		scale(by, options = {}) {
			if (typeof by === "object") {
				options = by;
				by = void 0;
			}
			if (typeof options !== "object") throw new TypeError("options must be an object");
			let scale = options.scale;
			switch (by) {
				case "row":
					if (scale === void 0) scale = getScaleByRow(this);
					else if (!isAnyArray(scale)) throw new TypeError("scale must be an array");
					scaleByRow(this, scale);
					return this;
				case "column":
					if (scale === void 0) scale = getScaleByColumn(this);
					else if (!isAnyArray(scale)) throw new TypeError("scale must be an array");
					scaleByColumn(this, scale);
					return this;
				case void 0:
					if (scale === void 0) scale = getScaleAll(this);
					else if (typeof scale !== "number") throw new TypeError("scale must be a number");
					scaleAll(this, scale);
					return this;
				default: throw new Error(`invalid option: ${by}`);
			}
		}
		toString(options) {
			return inspectMatrixWithOptions(this, options);
		}
		[Symbol.iterator]() {
			return this.entries();
		}
		/**
		* iterator from left to right, from top to bottom
		* yield [row, column, value]
		* @returns {Generator<[number, number, number], void, void>}
		*/
		*entries() {
			for (let row = 0; row < this.rows; row++) for (let col = 0; col < this.columns; col++) yield [
				row,
				col,
				this.get(row, col)
			];
		}
		/**
		* iterator from left to right, from top to bottom
		* yield value
		* @returns {Generator<number, void, void>}
		*/
		*values() {
			for (let row = 0; row < this.rows; row++) for (let col = 0; col < this.columns; col++) yield this.get(row, col);
		}
	};
	AbstractMatrix.prototype.klass = "Matrix";
	if (typeof Symbol !== "undefined") AbstractMatrix.prototype[Symbol.for("nodejs.util.inspect.custom")] = inspectMatrix;
	function compareNumbers(a, b) {
		return a - b;
	}
	function isArrayOfNumbers(array) {
		return array.every((element) => {
			return typeof element === "number";
		});
	}
	AbstractMatrix.random = AbstractMatrix.rand;
	AbstractMatrix.randomInt = AbstractMatrix.randInt;
	AbstractMatrix.diagonal = AbstractMatrix.diag;
	AbstractMatrix.prototype.diagonal = AbstractMatrix.prototype.diag;
	AbstractMatrix.identity = AbstractMatrix.eye;
	AbstractMatrix.prototype.negate = AbstractMatrix.prototype.neg;
	AbstractMatrix.prototype.tensorProduct = AbstractMatrix.prototype.kroneckerProduct;
	var Matrix = class Matrix extends AbstractMatrix {
		/**
		* @type {Float64Array[]}
		*/
		data;
		/**
		* Init an empty matrix
		* @param {number} nRows
		* @param {number} nColumns
		*/
		#initData(nRows, nColumns) {
			this.data = [];
			if (Number.isInteger(nColumns) && nColumns >= 0) for (let i = 0; i < nRows; i++) this.data.push(new Float64Array(nColumns));
			else throw new TypeError("nColumns must be a positive integer");
			this.rows = nRows;
			this.columns = nColumns;
		}
		constructor(nRows, nColumns) {
			super();
			if (Matrix.isMatrix(nRows)) {
				this.#initData(nRows.rows, nRows.columns);
				Matrix.copy(nRows, this);
			} else if (Number.isInteger(nRows) && nRows >= 0) this.#initData(nRows, nColumns);
			else if (isAnyArray(nRows)) {
				const arrayData = nRows;
				nRows = arrayData.length;
				nColumns = nRows ? arrayData[0].length : 0;
				if (typeof nColumns !== "number") throw new TypeError("Data must be a 2D array with at least one element");
				this.data = [];
				for (let i = 0; i < nRows; i++) {
					if (arrayData[i].length !== nColumns) throw new RangeError("Inconsistent array dimensions");
					if (!isArrayOfNumbers(arrayData[i])) throw new TypeError("Input data contains non-numeric values");
					this.data.push(Float64Array.from(arrayData[i]));
				}
				this.rows = nRows;
				this.columns = nColumns;
			} else throw new TypeError("First argument must be a positive number or an array");
		}
		set(rowIndex, columnIndex, value) {
			this.data[rowIndex][columnIndex] = value;
			return this;
		}
		get(rowIndex, columnIndex) {
			return this.data[rowIndex][columnIndex];
		}
		removeRow(index) {
			checkRowIndex(this, index);
			this.data.splice(index, 1);
			this.rows -= 1;
			return this;
		}
		addRow(index, array) {
			if (array === void 0) {
				array = index;
				index = this.rows;
			}
			checkRowIndex(this, index, true);
			array = Float64Array.from(checkRowVector(this, array));
			this.data.splice(index, 0, array);
			this.rows += 1;
			return this;
		}
		removeColumn(index) {
			checkColumnIndex(this, index);
			for (let i = 0; i < this.rows; i++) {
				const newRow = new Float64Array(this.columns - 1);
				for (let j = 0; j < index; j++) newRow[j] = this.data[i][j];
				for (let j = index + 1; j < this.columns; j++) newRow[j - 1] = this.data[i][j];
				this.data[i] = newRow;
			}
			this.columns -= 1;
			return this;
		}
		addColumn(index, array) {
			if (typeof array === "undefined") {
				array = index;
				index = this.columns;
			}
			checkColumnIndex(this, index, true);
			array = checkColumnVector(this, array);
			for (let i = 0; i < this.rows; i++) {
				const newRow = new Float64Array(this.columns + 1);
				let j = 0;
				for (; j < index; j++) newRow[j] = this.data[i][j];
				newRow[j++] = array[i];
				for (; j < this.columns + 1; j++) newRow[j] = this.data[i][j - 1];
				this.data[i] = newRow;
			}
			this.columns += 1;
			return this;
		}
	};
	installMathOperations(AbstractMatrix, Matrix);
	/**
	* @typedef {0 | 1 | number | boolean} Mask
	*/
	var SymmetricMatrix = class SymmetricMatrix extends AbstractMatrix {
		/** @type {Matrix} */
		#matrix;
		get size() {
			return this.#matrix.size;
		}
		get rows() {
			return this.#matrix.rows;
		}
		get columns() {
			return this.#matrix.columns;
		}
		get diagonalSize() {
			return this.rows;
		}
		/**
		* not the same as matrix.isSymmetric()
		* Here is to check if it's instanceof SymmetricMatrix without bundling issues
		*
		* @param value
		* @returns {boolean}
		*/
		static isSymmetricMatrix(value) {
			return Matrix.isMatrix(value) && value.klassType === "SymmetricMatrix";
		}
		/**
		* @param diagonalSize
		* @return {SymmetricMatrix}
		*/
		static zeros(diagonalSize) {
			return new this(diagonalSize);
		}
		/**
		* @param diagonalSize
		* @return {SymmetricMatrix}
		*/
		static ones(diagonalSize) {
			return new this(diagonalSize).fill(1);
		}
		/**
		* @param {number | AbstractMatrix | ArrayLike<ArrayLike<number>>} diagonalSize
		* @return {this}
		*/
		constructor(diagonalSize) {
			super();
			if (Matrix.isMatrix(diagonalSize)) {
				if (!diagonalSize.isSymmetric()) throw new TypeError("not symmetric data");
				this.#matrix = Matrix.copy(diagonalSize, new Matrix(diagonalSize.rows, diagonalSize.rows));
			} else if (Number.isInteger(diagonalSize) && diagonalSize >= 0) this.#matrix = new Matrix(diagonalSize, diagonalSize);
			else {
				this.#matrix = new Matrix(diagonalSize);
				if (!this.isSymmetric()) throw new TypeError("not symmetric data");
			}
		}
		clone() {
			const matrix = new SymmetricMatrix(this.diagonalSize);
			for (const [row, col, value] of this.upperRightEntries()) matrix.set(row, col, value);
			return matrix;
		}
		toMatrix() {
			return new Matrix(this);
		}
		get(rowIndex, columnIndex) {
			return this.#matrix.get(rowIndex, columnIndex);
		}
		set(rowIndex, columnIndex, value) {
			this.#matrix.set(rowIndex, columnIndex, value);
			this.#matrix.set(columnIndex, rowIndex, value);
			return this;
		}
		removeCross(index) {
			this.#matrix.removeRow(index);
			this.#matrix.removeColumn(index);
			return this;
		}
		addCross(index, array) {
			if (array === void 0) {
				array = index;
				index = this.diagonalSize;
			}
			const row = array.slice();
			row.splice(index, 1);
			this.#matrix.addRow(index, row);
			this.#matrix.addColumn(index, array);
			return this;
		}
		/**
		* @param {Mask[]} mask
		*/
		applyMask(mask) {
			if (mask.length !== this.diagonalSize) throw new RangeError("Mask size do not match with matrix size");
			/** @type {number[]} */
			const sidesToRemove = [];
			for (const [index, passthroughs] of mask.entries()) {
				if (passthroughs) continue;
				sidesToRemove.push(index);
			}
			sidesToRemove.reverse();
			for (const sideIndex of sidesToRemove) this.removeCross(sideIndex);
			return this;
		}
		/**
		* Compact format upper-right corner of matrix
		* iterate from left to right, from top to bottom.
		*
		* ```
		*   A B C D
		* A 1 2 3 4
		* B 2 5 6 7
		* C 3 6 8 9
		* D 4 7 9 10
		* ```
		*
		* will return compact 1D array `[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]`
		*
		* length is S(i=0, n=sideSize) => 10 for a 4 sideSized matrix
		*
		* @returns {number[]}
		*/
		toCompact() {
			const { diagonalSize } = this;
			/** @type {number[]} */
			const compact = new Array(diagonalSize * (diagonalSize + 1) / 2);
			for (let col = 0, row = 0, index = 0; index < compact.length; index++) {
				compact[index] = this.get(row, col);
				if (++col >= diagonalSize) col = ++row;
			}
			return compact;
		}
		/**
		* @param {number[]} compact
		* @return {SymmetricMatrix}
		*/
		static fromCompact(compact) {
			const compactSize = compact.length;
			const diagonalSize = (Math.sqrt(8 * compactSize + 1) - 1) / 2;
			if (!Number.isInteger(diagonalSize)) throw new TypeError(`This array is not a compact representation of a Symmetric Matrix, ${JSON.stringify(compact)}`);
			const matrix = new SymmetricMatrix(diagonalSize);
			for (let col = 0, row = 0, index = 0; index < compactSize; index++) {
				matrix.set(col, row, compact[index]);
				if (++col >= diagonalSize) col = ++row;
			}
			return matrix;
		}
		/**
		* half iterator upper-right-corner from left to right, from top to bottom
		* yield [row, column, value]
		*
		* @returns {Generator<[number, number, number], void, void>}
		*/
		*upperRightEntries() {
			for (let row = 0, col = 0; row < this.diagonalSize;) {
				const value = this.get(row, col);
				yield [
					row,
					col,
					value
				];
				if (++col >= this.diagonalSize) col = ++row;
			}
		}
		/**
		* half iterator upper-right-corner from left to right, from top to bottom
		* yield value
		*
		* @returns {Generator<[number, number, number], void, void>}
		*/
		*upperRightValues() {
			for (let row = 0, col = 0; row < this.diagonalSize;) {
				yield this.get(row, col);
				if (++col >= this.diagonalSize) col = ++row;
			}
		}
	};
	SymmetricMatrix.prototype.klassType = "SymmetricMatrix";
	var DistanceMatrix = class DistanceMatrix extends SymmetricMatrix {
		/**
		* not the same as matrix.isSymmetric()
		* Here is to check if it's instanceof SymmetricMatrix without bundling issues
		*
		* @param value
		* @returns {boolean}
		*/
		static isDistanceMatrix(value) {
			return SymmetricMatrix.isSymmetricMatrix(value) && value.klassSubType === "DistanceMatrix";
		}
		constructor(sideSize) {
			super(sideSize);
			if (!this.isDistance()) throw new TypeError("Provided arguments do no produce a distance matrix");
		}
		set(rowIndex, columnIndex, value) {
			if (rowIndex === columnIndex) value = 0;
			return super.set(rowIndex, columnIndex, value);
		}
		addCross(index, array) {
			if (array === void 0) {
				array = index;
				index = this.diagonalSize;
			}
			array = array.slice();
			array[index] = 0;
			return super.addCross(index, array);
		}
		toSymmetricMatrix() {
			return new SymmetricMatrix(this);
		}
		clone() {
			const matrix = new DistanceMatrix(this.diagonalSize);
			for (const [row, col, value] of this.upperRightEntries()) {
				if (row === col) continue;
				matrix.set(row, col, value);
			}
			return matrix;
		}
		/**
		* Compact format upper-right corner of matrix
		* no diagonal (only zeros)
		* iterable from left to right, from top to bottom.
		*
		* ```
		*   A B C D
		* A 0 1 2 3
		* B 1 0 4 5
		* C 2 4 0 6
		* D 3 5 6 0
		* ```
		*
		* will return compact 1D array `[1, 2, 3, 4, 5, 6]`
		*
		* length is S(i=0, n=sideSize-1) => 6 for a 4 side sized matrix
		*
		* @returns {number[]}
		*/
		toCompact() {
			const { diagonalSize } = this;
			const compactLength = (diagonalSize - 1) * diagonalSize / 2;
			/** @type {number[]} */
			const compact = new Array(compactLength);
			for (let col = 1, row = 0, index = 0; index < compact.length; index++) {
				compact[index] = this.get(row, col);
				if (++col >= diagonalSize) col = ++row + 1;
			}
			return compact;
		}
		/**
		* @param {number[]} compact
		*/
		static fromCompact(compact) {
			const compactSize = compact.length;
			if (compactSize === 0) return new this(0);
			const diagonalSize = (Math.sqrt(8 * compactSize + 1) + 1) / 2;
			if (!Number.isInteger(diagonalSize)) throw new TypeError(`This array is not a compact representation of a DistanceMatrix, ${JSON.stringify(compact)}`);
			const matrix = new this(diagonalSize);
			for (let col = 1, row = 0, index = 0; index < compactSize; index++) {
				matrix.set(col, row, compact[index]);
				if (++col >= diagonalSize) col = ++row + 1;
			}
			return matrix;
		}
	};
	DistanceMatrix.prototype.klassSubType = "DistanceMatrix";
	var BaseView = class extends AbstractMatrix {
		constructor(matrix, rows, columns) {
			super();
			this.matrix = matrix;
			this.rows = rows;
			this.columns = columns;
		}
	};
	var MatrixSelectionView = class extends BaseView {
		constructor(matrix, rowIndices, columnIndices) {
			checkRowIndices(matrix, rowIndices);
			checkColumnIndices(matrix, columnIndices);
			super(matrix, rowIndices.length, columnIndices.length);
			this.rowIndices = rowIndices;
			this.columnIndices = columnIndices;
		}
		set(rowIndex, columnIndex, value) {
			this.matrix.set(this.rowIndices[rowIndex], this.columnIndices[columnIndex], value);
			return this;
		}
		get(rowIndex, columnIndex) {
			return this.matrix.get(this.rowIndices[rowIndex], this.columnIndices[columnIndex]);
		}
	};
	var WrapperMatrix2D = class extends AbstractMatrix {
		constructor(data) {
			super();
			this.data = data;
			this.rows = data.length;
			this.columns = data[0].length;
		}
		set(rowIndex, columnIndex, value) {
			this.data[rowIndex][columnIndex] = value;
			return this;
		}
		get(rowIndex, columnIndex) {
			return this.data[rowIndex][columnIndex];
		}
	};
	var LuDecomposition = class {
		constructor(matrix) {
			matrix = WrapperMatrix2D.checkMatrix(matrix);
			let lu = matrix.clone();
			let rows = lu.rows;
			let columns = lu.columns;
			let pivotVector = new Float64Array(rows);
			let pivotSign = 1;
			let i, j, k, p, s, t, v;
			let LUcolj, kmax;
			for (i = 0; i < rows; i++) pivotVector[i] = i;
			LUcolj = new Float64Array(rows);
			for (j = 0; j < columns; j++) {
				for (i = 0; i < rows; i++) LUcolj[i] = lu.get(i, j);
				for (i = 0; i < rows; i++) {
					kmax = Math.min(i, j);
					s = 0;
					for (k = 0; k < kmax; k++) s += lu.get(i, k) * LUcolj[k];
					LUcolj[i] -= s;
					lu.set(i, j, LUcolj[i]);
				}
				p = j;
				for (i = j + 1; i < rows; i++) if (Math.abs(LUcolj[i]) > Math.abs(LUcolj[p])) p = i;
				if (p !== j) {
					for (k = 0; k < columns; k++) {
						t = lu.get(p, k);
						lu.set(p, k, lu.get(j, k));
						lu.set(j, k, t);
					}
					v = pivotVector[p];
					pivotVector[p] = pivotVector[j];
					pivotVector[j] = v;
					pivotSign = -pivotSign;
				}
				if (j < rows && lu.get(j, j) !== 0) for (i = j + 1; i < rows; i++) lu.set(i, j, lu.get(i, j) / lu.get(j, j));
			}
			this.LU = lu;
			this.pivotVector = pivotVector;
			this.pivotSign = pivotSign;
		}
		isSingular() {
			let data = this.LU;
			let col = data.columns;
			for (let j = 0; j < col; j++) if (data.get(j, j) === 0) return true;
			return false;
		}
		solve(value) {
			value = Matrix.checkMatrix(value);
			let lu = this.LU;
			if (lu.rows !== value.rows) throw new Error("Invalid matrix dimensions");
			if (this.isSingular()) throw new Error("LU matrix is singular");
			let count = value.columns;
			let X = value.subMatrixRow(this.pivotVector, 0, count - 1);
			let columns = lu.columns;
			let i, j, k = 0;
			for (; k < columns; k++) for (i = k + 1; i < columns; i++) for (j = 0; j < count; j++) X.set(i, j, X.get(i, j) - X.get(k, j) * lu.get(i, k));
			for (k = columns - 1; k >= 0; k--) {
				for (j = 0; j < count; j++) X.set(k, j, X.get(k, j) / lu.get(k, k));
				for (i = 0; i < k; i++) for (j = 0; j < count; j++) X.set(i, j, X.get(i, j) - X.get(k, j) * lu.get(i, k));
			}
			return X;
		}
		get determinant() {
			let data = this.LU;
			if (!data.isSquare()) throw new Error("Matrix must be square");
			let determinant = this.pivotSign;
			let col = data.columns;
			for (let j = 0; j < col; j++) determinant *= data.get(j, j);
			return determinant;
		}
		get lowerTriangularMatrix() {
			let data = this.LU;
			let rows = data.rows;
			let columns = data.columns;
			let X = new Matrix(rows, columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) if (i > j) X.set(i, j, data.get(i, j));
			else if (i === j) X.set(i, j, 1);
			else X.set(i, j, 0);
			return X;
		}
		get upperTriangularMatrix() {
			let data = this.LU;
			let rows = data.rows;
			let columns = data.columns;
			let X = new Matrix(rows, columns);
			for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) if (i <= j) X.set(i, j, data.get(i, j));
			else X.set(i, j, 0);
			return X;
		}
		get pivotPermutationVector() {
			return Array.from(this.pivotVector);
		}
	};
	/**
	* Transpose a square matrix in place, without allocating a copy.
	* Used to restore the logical layout of decomposition outputs that were
	* accumulated in transposed storage for cache-sequential inner loops.
	* @param {import('../matrix').default} matrix - square matrix, mutated in place
	* @returns {import('../matrix').default} the same matrix
	*/
	function transposeSquareInPlace(matrix) {
		const data = matrix.data;
		const n = matrix.rows;
		for (let i = 0; i < n; i++) {
			const rowI = data[i];
			for (let j = i + 1; j < n; j++) {
				const tmp = rowI[j];
				rowI[j] = data[j][i];
				data[j][i] = tmp;
			}
		}
		return matrix;
	}
	function hypotenuse(a, b) {
		let r = 0;
		if (Math.abs(a) > Math.abs(b)) {
			r = b / a;
			return Math.abs(a) * Math.sqrt(1 + r * r);
		}
		if (b !== 0) {
			r = a / b;
			return Math.abs(b) * Math.sqrt(1 + r * r);
		}
		return 0;
	}
	var SingularValueDecomposition = class {
		constructor(value, options = {}) {
			value = WrapperMatrix2D.checkMatrix(value);
			if (value.isEmpty()) throw new Error("Matrix must be non-empty");
			let m = value.rows;
			let n = value.columns;
			const { computeLeftSingularVectors = true, computeRightSingularVectors = true, autoTranspose = false } = options;
			let wantu = Boolean(computeLeftSingularVectors);
			let wantv = Boolean(computeRightSingularVectors);
			let swapped = false;
			let at;
			if (m < n) {
				if (!autoTranspose) {
					console.warn("Computing SVD on a matrix with more columns than rows. Consider enabling autoTranspose");
					at = value.transpose();
				} else {
					at = value.clone();
					m = value.columns;
					n = value.rows;
					swapped = true;
					let aux = wantu;
					wantu = wantv;
					wantv = aux;
				}
			} else at = value.transpose();
			let nu = Math.min(m, n);
			let ni = Math.min(m + 1, n);
			let s = new Float64Array(ni);
			let U = new Matrix(nu, m);
			let V = new Matrix(n, n);
			let e = new Float64Array(n);
			let work = new Float64Array(m);
			let si = new Float64Array(ni);
			for (let i = 0; i < ni; i++) si[i] = i;
			let nct = Math.min(m - 1, n);
			let nrt = Math.max(0, Math.min(n - 2, m));
			let mrc = Math.max(nct, nrt);
			for (let k = 0; k < mrc; k++) {
				if (k < nct) {
					s[k] = 0;
					for (let i = k; i < m; i++) s[k] = hypotenuse(s[k], at.get(k, i));
					if (s[k] !== 0) {
						if (at.get(k, k) < 0) s[k] = -s[k];
						for (let i = k; i < m; i++) at.set(k, i, at.get(k, i) / s[k]);
						at.set(k, k, at.get(k, k) + 1);
					}
					s[k] = -s[k];
				}
				for (let j = k + 1; j < n; j++) {
					if (k < nct && s[k] !== 0) {
						let t = 0;
						for (let i = k; i < m; i++) t += at.get(k, i) * at.get(j, i);
						t = -t / at.get(k, k);
						for (let i = k; i < m; i++) at.set(j, i, at.get(j, i) + t * at.get(k, i));
					}
					e[j] = at.get(j, k);
				}
				if (wantu && k < nct) for (let i = k; i < m; i++) U.set(k, i, at.get(k, i));
				if (k < nrt) {
					e[k] = 0;
					for (let i = k + 1; i < n; i++) e[k] = hypotenuse(e[k], e[i]);
					if (e[k] !== 0) {
						if (e[k + 1] < 0) e[k] = 0 - e[k];
						for (let i = k + 1; i < n; i++) e[i] /= e[k];
						e[k + 1] += 1;
					}
					e[k] = -e[k];
					if (k + 1 < m && e[k] !== 0) {
						for (let i = k + 1; i < m; i++) work[i] = 0;
						for (let i = k + 1; i < m; i++) for (let j = k + 1; j < n; j++) work[i] += e[j] * at.get(j, i);
						for (let j = k + 1; j < n; j++) {
							let t = -e[j] / e[k + 1];
							for (let i = k + 1; i < m; i++) at.set(j, i, at.get(j, i) + t * work[i]);
						}
					}
					if (wantv) for (let i = k + 1; i < n; i++) V.set(k, i, e[i]);
				}
			}
			let p = Math.min(n, m + 1);
			if (nct < n) s[nct] = at.get(nct, nct);
			if (m < p) s[p - 1] = 0;
			if (nrt + 1 < p) e[nrt] = at.get(p - 1, nrt);
			e[p - 1] = 0;
			if (wantu) {
				for (let j = nct; j < nu; j++) {
					for (let i = 0; i < m; i++) U.set(j, i, 0);
					U.set(j, j, 1);
				}
				for (let k = nct - 1; k >= 0; k--) if (s[k] !== 0) {
					for (let j = k + 1; j < nu; j++) {
						let t = 0;
						for (let i = k; i < m; i++) t += U.get(k, i) * U.get(j, i);
						t = -t / U.get(k, k);
						for (let i = k; i < m; i++) U.set(j, i, U.get(j, i) + t * U.get(k, i));
					}
					for (let i = k; i < m; i++) U.set(k, i, -U.get(k, i));
					U.set(k, k, 1 + U.get(k, k));
					for (let i = 0; i < k - 1; i++) U.set(k, i, 0);
				} else {
					for (let i = 0; i < m; i++) U.set(k, i, 0);
					U.set(k, k, 1);
				}
			}
			if (wantv) for (let k = n - 1; k >= 0; k--) {
				if (k < nrt && e[k] !== 0) for (let j = k + 1; j < n; j++) {
					let t = 0;
					for (let i = k + 1; i < n; i++) t += V.get(k, i) * V.get(j, i);
					t = -t / V.get(k, k + 1);
					for (let i = k + 1; i < n; i++) V.set(j, i, V.get(j, i) + t * V.get(k, i));
				}
				for (let i = 0; i < n; i++) V.set(k, i, 0);
				V.set(k, k, 1);
			}
			let pp = p - 1;
			let eps = Number.EPSILON;
			while (p > 0) {
				let k, kase;
				for (k = p - 2; k >= -1; k--) {
					if (k === -1) break;
					const alpha = Number.MIN_VALUE + eps * Math.abs(s[k] + Math.abs(s[k + 1]));
					if (Math.abs(e[k]) <= alpha || Number.isNaN(e[k])) {
						e[k] = 0;
						break;
					}
				}
				if (k === p - 2) kase = 4;
				else {
					let ks;
					for (ks = p - 1; ks >= k; ks--) {
						if (ks === k) break;
						let t = (ks !== p ? Math.abs(e[ks]) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1]) : 0);
						if (Math.abs(s[ks]) <= eps * t) {
							s[ks] = 0;
							break;
						}
					}
					if (ks === k) kase = 3;
					else if (ks === p - 1) kase = 1;
					else {
						kase = 2;
						k = ks;
					}
				}
				k++;
				switch (kase) {
					case 1: {
						let f = e[p - 2];
						e[p - 2] = 0;
						for (let j = p - 2; j >= k; j--) {
							let t = hypotenuse(s[j], f);
							let cs = s[j] / t;
							let sn = f / t;
							s[j] = t;
							if (j !== k) {
								f = -sn * e[j - 1];
								e[j - 1] = cs * e[j - 1];
							}
							if (wantv) for (let i = 0; i < n; i++) {
								t = cs * V.get(j, i) + sn * V.get(p - 1, i);
								V.set(p - 1, i, -sn * V.get(j, i) + cs * V.get(p - 1, i));
								V.set(j, i, t);
							}
						}
						break;
					}
					case 2: {
						let f = e[k - 1];
						e[k - 1] = 0;
						for (let j = k; j < p; j++) {
							let t = hypotenuse(s[j], f);
							let cs = s[j] / t;
							let sn = f / t;
							s[j] = t;
							f = -sn * e[j];
							e[j] = cs * e[j];
							if (wantu) for (let i = 0; i < m; i++) {
								t = cs * U.get(j, i) + sn * U.get(k - 1, i);
								U.set(k - 1, i, -sn * U.get(j, i) + cs * U.get(k - 1, i));
								U.set(j, i, t);
							}
						}
						break;
					}
					case 3: {
						const scale = Math.max(Math.abs(s[p - 1]), Math.abs(s[p - 2]), Math.abs(e[p - 2]), Math.abs(s[k]), Math.abs(e[k]));
						const sp = s[p - 1] / scale;
						const spm1 = s[p - 2] / scale;
						const epm1 = e[p - 2] / scale;
						const sk = s[k] / scale;
						const ek = e[k] / scale;
						const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
						const c = sp * epm1 * (sp * epm1);
						let shift = 0;
						if (b !== 0 || c !== 0) {
							if (b < 0) shift = 0 - Math.sqrt(b * b + c);
							else shift = Math.sqrt(b * b + c);
							shift = c / (b + shift);
						}
						let f = (sk + sp) * (sk - sp) + shift;
						let g = sk * ek;
						for (let j = k; j < p - 1; j++) {
							let t = hypotenuse(f, g);
							if (t === 0) t = Number.MIN_VALUE;
							let cs = f / t;
							let sn = g / t;
							if (j !== k) e[j - 1] = t;
							f = cs * s[j] + sn * e[j];
							e[j] = cs * e[j] - sn * s[j];
							g = sn * s[j + 1];
							s[j + 1] = cs * s[j + 1];
							if (wantv) for (let i = 0; i < n; i++) {
								t = cs * V.get(j, i) + sn * V.get(j + 1, i);
								V.set(j + 1, i, -sn * V.get(j, i) + cs * V.get(j + 1, i));
								V.set(j, i, t);
							}
							t = hypotenuse(f, g);
							if (t === 0) t = Number.MIN_VALUE;
							cs = f / t;
							sn = g / t;
							s[j] = t;
							f = cs * e[j] + sn * s[j + 1];
							s[j + 1] = -sn * e[j] + cs * s[j + 1];
							g = sn * e[j + 1];
							e[j + 1] = cs * e[j + 1];
							if (wantu && j < m - 1) for (let i = 0; i < m; i++) {
								t = cs * U.get(j, i) + sn * U.get(j + 1, i);
								U.set(j + 1, i, -sn * U.get(j, i) + cs * U.get(j + 1, i));
								U.set(j, i, t);
							}
						}
						e[p - 2] = f;
						break;
					}
					case 4:
						if (s[k] <= 0) {
							s[k] = s[k] < 0 ? -s[k] : 0;
							if (wantv) for (let i = 0; i <= pp; i++) V.set(k, i, -V.get(k, i));
						}
						while (k < pp) {
							if (s[k] >= s[k + 1]) break;
							let t = s[k];
							s[k] = s[k + 1];
							s[k + 1] = t;
							if (wantv && k < n - 1) for (let i = 0; i < n; i++) {
								t = V.get(k + 1, i);
								V.set(k + 1, i, V.get(k, i));
								V.set(k, i, t);
							}
							if (wantu && k < m - 1) for (let i = 0; i < m; i++) {
								t = U.get(k + 1, i);
								U.set(k + 1, i, U.get(k, i));
								U.set(k, i, t);
							}
							k++;
						}
						p--;
				}
			}
			U = U.isSquare() ? transposeSquareInPlace(U) : U.transpose();
			V = transposeSquareInPlace(V);
			if (swapped) {
				let tmp = V;
				V = U;
				U = tmp;
			}
			this.m = m;
			this.n = n;
			this.s = s;
			this.U = U;
			this.V = V;
		}
		solve(value) {
			let Y = value;
			let e = this.threshold;
			let scols = this.s.length;
			let Ls = Matrix.zeros(scols, scols);
			for (let i = 0; i < scols; i++) if (Math.abs(this.s[i]) <= e) Ls.set(i, i, 0);
			else Ls.set(i, i, 1 / this.s[i]);
			let U = this.U;
			let V = this.rightSingularVectors;
			let VL = V.mmul(Ls);
			let vrows = V.rows;
			let urows = U.rows;
			let VLU = Matrix.zeros(vrows, urows);
			for (let i = 0; i < vrows; i++) for (let j = 0; j < urows; j++) {
				let sum = 0;
				for (let k = 0; k < scols; k++) sum += VL.get(i, k) * U.get(j, k);
				VLU.set(i, j, sum);
			}
			return VLU.mmul(Y);
		}
		solveForDiagonal(value) {
			return this.solve(Matrix.diag(value));
		}
		inverse() {
			let V = this.V;
			let e = this.threshold;
			let vrows = V.rows;
			let vcols = V.columns;
			let X = new Matrix(vrows, this.s.length);
			for (let i = 0; i < vrows; i++) for (let j = 0; j < vcols; j++) if (Math.abs(this.s[j]) > e) X.set(i, j, V.get(i, j) / this.s[j]);
			let U = this.U;
			let urows = U.rows;
			let ucols = U.columns;
			let Y = new Matrix(vrows, urows);
			for (let i = 0; i < vrows; i++) for (let j = 0; j < urows; j++) {
				let sum = 0;
				for (let k = 0; k < ucols; k++) sum += X.get(i, k) * U.get(j, k);
				Y.set(i, j, sum);
			}
			return Y;
		}
		get condition() {
			return this.s[0] / this.s[Math.min(this.m, this.n) - 1];
		}
		get norm2() {
			return this.s[0];
		}
		get rank() {
			let tol = Math.max(this.m, this.n) * this.s[0] * Number.EPSILON;
			let r = 0;
			let s = this.s;
			for (let i = 0, ii = s.length; i < ii; i++) if (s[i] > tol) r++;
			return r;
		}
		get diagonal() {
			return Array.from(this.s);
		}
		get threshold() {
			return Number.EPSILON / 2 * Math.max(this.m, this.n) * this.s[0];
		}
		get leftSingularVectors() {
			return this.U;
		}
		get rightSingularVectors() {
			return this.V;
		}
		get diagonalMatrix() {
			return Matrix.diag(this.s);
		}
	};
	function determinant(matrix) {
		matrix = Matrix.checkMatrix(matrix);
		if (matrix.isSquare()) {
			if (matrix.columns === 0) return 1;
			let a, b, c, d;
			if (matrix.columns === 2) {
				a = matrix.get(0, 0);
				b = matrix.get(0, 1);
				c = matrix.get(1, 0);
				d = matrix.get(1, 1);
				return a * d - b * c;
			} else if (matrix.columns === 3) {
				let subMatrix0, subMatrix1, subMatrix2;
				subMatrix0 = new MatrixSelectionView(matrix, [1, 2], [1, 2]);
				subMatrix1 = new MatrixSelectionView(matrix, [1, 2], [0, 2]);
				subMatrix2 = new MatrixSelectionView(matrix, [1, 2], [0, 1]);
				a = matrix.get(0, 0);
				b = matrix.get(0, 1);
				c = matrix.get(0, 2);
				return a * determinant(subMatrix0) - b * determinant(subMatrix1) + c * determinant(subMatrix2);
			} else return new LuDecomposition(matrix).determinant;
		} else throw Error("determinant can only be calculated for a square matrix");
	}
	var EigenvalueDecomposition = class {
		constructor(matrix, options = {}) {
			const { assumeSymmetric = false } = options;
			matrix = WrapperMatrix2D.checkMatrix(matrix);
			if (!matrix.isSquare()) throw new Error("Matrix is not a square matrix");
			if (matrix.isEmpty()) throw new Error("Matrix must be non-empty");
			let n = matrix.columns;
			let V = new Matrix(n, n);
			let d = new Float64Array(n);
			let e = new Float64Array(n);
			let value = matrix;
			let i, j;
			let isSymmetric = false;
			if (assumeSymmetric) isSymmetric = true;
			else isSymmetric = matrix.isSymmetric();
			if (isSymmetric) {
				for (i = 0; i < n; i++) for (j = 0; j < n; j++) V.set(j, i, value.get(i, j));
				tred2(n, e, d, V);
				tql2(n, e, d, V);
				transposeSquareInPlace(V);
			} else {
				let H = new Matrix(n, n);
				let ort = new Float64Array(n);
				for (j = 0; j < n; j++) for (i = 0; i < n; i++) H.set(i, j, value.get(i, j));
				orthes(n, H, ort, V);
				hqr2(n, e, d, V, H);
			}
			this.n = n;
			this.e = e;
			this.d = d;
			this.V = V;
		}
		get realEigenvalues() {
			return Array.from(this.d);
		}
		get imaginaryEigenvalues() {
			return Array.from(this.e);
		}
		get eigenvectorMatrix() {
			return this.V;
		}
		get diagonalMatrix() {
			let n = this.n;
			let e = this.e;
			let d = this.d;
			let X = new Matrix(n, n);
			let i, j;
			for (i = 0; i < n; i++) {
				for (j = 0; j < n; j++) X.set(i, j, 0);
				X.set(i, i, d[i]);
				if (e[i] > 0) X.set(i, i + 1, e[i]);
				else if (e[i] < 0) X.set(i, i - 1, e[i]);
			}
			return X;
		}
	};
	function tred2(n, e, d, V) {
		let f, g, h, i, j, k, hh, scale;
		for (j = 0; j < n; j++) d[j] = V.get(j, n - 1);
		for (i = n - 1; i > 0; i--) {
			scale = 0;
			h = 0;
			for (k = 0; k < i; k++) scale = scale + Math.abs(d[k]);
			if (scale === 0) {
				e[i] = d[i - 1];
				for (j = 0; j < i; j++) {
					d[j] = V.get(j, i - 1);
					V.set(j, i, 0);
					V.set(i, j, 0);
				}
			} else {
				for (k = 0; k < i; k++) {
					d[k] /= scale;
					h += d[k] * d[k];
				}
				f = d[i - 1];
				g = Math.sqrt(h);
				if (f > 0) g = -g;
				e[i] = scale * g;
				h = h - f * g;
				d[i - 1] = f - g;
				for (j = 0; j < i; j++) e[j] = 0;
				for (j = 0; j < i; j++) {
					f = d[j];
					V.set(i, j, f);
					g = e[j] + V.get(j, j) * f;
					for (k = j + 1; k <= i - 1; k++) {
						g += V.get(j, k) * d[k];
						e[k] += V.get(j, k) * f;
					}
					e[j] = g;
				}
				f = 0;
				for (j = 0; j < i; j++) {
					e[j] /= h;
					f += e[j] * d[j];
				}
				hh = f / (h + h);
				for (j = 0; j < i; j++) e[j] -= hh * d[j];
				for (j = 0; j < i; j++) {
					f = d[j];
					g = e[j];
					for (k = j; k <= i - 1; k++) V.set(j, k, V.get(j, k) - (f * e[k] + g * d[k]));
					d[j] = V.get(j, i - 1);
					V.set(j, i, 0);
				}
			}
			d[i] = h;
		}
		for (i = 0; i < n - 1; i++) {
			V.set(i, n - 1, V.get(i, i));
			V.set(i, i, 1);
			h = d[i + 1];
			if (h !== 0) {
				for (k = 0; k <= i; k++) d[k] = V.get(i + 1, k) / h;
				for (j = 0; j <= i; j++) {
					g = 0;
					for (k = 0; k <= i; k++) g += V.get(i + 1, k) * V.get(j, k);
					for (k = 0; k <= i; k++) V.set(j, k, V.get(j, k) - g * d[k]);
				}
			}
			for (k = 0; k <= i; k++) V.set(i + 1, k, 0);
		}
		for (j = 0; j < n; j++) {
			d[j] = V.get(j, n - 1);
			V.set(j, n - 1, 0);
		}
		V.set(n - 1, n - 1, 1);
		e[0] = 0;
	}
	function tql2(n, e, d, V) {
		let g, h, i, j, k, l, m, p, r, dl1, c, c2, c3, el1, s, s2;
		for (i = 1; i < n; i++) e[i - 1] = e[i];
		e[n - 1] = 0;
		let f = 0;
		let tst1 = 0;
		let eps = Number.EPSILON;
		for (l = 0; l < n; l++) {
			tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
			m = l;
			while (m < n) {
				if (Math.abs(e[m]) <= eps * tst1) break;
				m++;
			}
			if (m > l) do {
				g = d[l];
				p = (d[l + 1] - g) / (2 * e[l]);
				r = hypotenuse(p, 1);
				if (p < 0) r = -r;
				d[l] = e[l] / (p + r);
				d[l + 1] = e[l] * (p + r);
				dl1 = d[l + 1];
				h = g - d[l];
				for (i = l + 2; i < n; i++) d[i] -= h;
				f = f + h;
				p = d[m];
				c = 1;
				c2 = c;
				c3 = c;
				el1 = e[l + 1];
				s = 0;
				s2 = 0;
				for (i = m - 1; i >= l; i--) {
					c3 = c2;
					c2 = c;
					s2 = s;
					g = c * e[i];
					h = c * p;
					r = hypotenuse(p, e[i]);
					e[i + 1] = s * r;
					s = e[i] / r;
					c = p / r;
					p = c * d[i] - s * g;
					d[i + 1] = h + s * (c * g + s * d[i]);
					for (k = 0; k < n; k++) {
						h = V.get(i + 1, k);
						V.set(i + 1, k, s * V.get(i, k) + c * h);
						V.set(i, k, c * V.get(i, k) - s * h);
					}
				}
				p = -s * s2 * c3 * el1 * e[l] / dl1;
				e[l] = s * p;
				d[l] = c * p;
			} while (Math.abs(e[l]) > eps * tst1);
			d[l] = d[l] + f;
			e[l] = 0;
		}
		for (i = 0; i < n - 1; i++) {
			k = i;
			p = d[i];
			for (j = i + 1; j < n; j++) if (d[j] < p) {
				k = j;
				p = d[j];
			}
			if (k !== i) {
				d[k] = d[i];
				d[i] = p;
				for (j = 0; j < n; j++) {
					p = V.get(i, j);
					V.set(i, j, V.get(k, j));
					V.set(k, j, p);
				}
			}
		}
	}
	function orthes(n, H, ort, V) {
		let high = n - 1;
		let f, g, h, i, j, m;
		let scale;
		for (m = 1; m <= high - 1; m++) {
			scale = 0;
			for (i = m; i <= high; i++) scale = scale + Math.abs(H.get(i, m - 1));
			if (scale !== 0) {
				h = 0;
				for (i = high; i >= m; i--) {
					ort[i] = H.get(i, m - 1) / scale;
					h += ort[i] * ort[i];
				}
				g = Math.sqrt(h);
				if (ort[m] > 0) g = -g;
				h = h - ort[m] * g;
				ort[m] = ort[m] - g;
				for (j = m; j < n; j++) {
					f = 0;
					for (i = high; i >= m; i--) f += ort[i] * H.get(i, j);
					f = f / h;
					for (i = m; i <= high; i++) H.set(i, j, H.get(i, j) - f * ort[i]);
				}
				for (i = 0; i <= high; i++) {
					f = 0;
					for (j = high; j >= m; j--) f += ort[j] * H.get(i, j);
					f = f / h;
					for (j = m; j <= high; j++) H.set(i, j, H.get(i, j) - f * ort[j]);
				}
				ort[m] = scale * ort[m];
				H.set(m, m - 1, scale * g);
			}
		}
		for (i = 0; i < n; i++) for (j = 0; j < n; j++) V.set(i, j, i === j ? 1 : 0);
		for (m = high - 1; m >= 1; m--) if (H.get(m, m - 1) !== 0) {
			for (i = m + 1; i <= high; i++) ort[i] = H.get(i, m - 1);
			for (j = m; j <= high; j++) {
				g = 0;
				for (i = m; i <= high; i++) g += ort[i] * V.get(i, j);
				g = g / ort[m] / H.get(m, m - 1);
				for (i = m; i <= high; i++) V.set(i, j, V.get(i, j) + g * ort[i]);
			}
		}
	}
	function hqr2(nn, e, d, V, H) {
		let n = nn - 1;
		let low = 0;
		let high = nn - 1;
		let eps = Number.EPSILON;
		let exshift = 0;
		let norm = 0;
		let p = 0;
		let q = 0;
		let r = 0;
		let s = 0;
		let z = 0;
		let iter = 0;
		let i, j, k, l, m, t, w, x, y;
		let ra, sa, vr, vi;
		let notlast, cdivres;
		for (i = 0; i < nn; i++) {
			if (i < low || i > high) {
				d[i] = H.get(i, i);
				e[i] = 0;
			}
			for (j = Math.max(i - 1, 0); j < nn; j++) norm = norm + Math.abs(H.get(i, j));
		}
		while (n >= low) {
			l = n;
			while (l > low) {
				s = Math.abs(H.get(l - 1, l - 1)) + Math.abs(H.get(l, l));
				if (s === 0) s = norm;
				if (Math.abs(H.get(l, l - 1)) < eps * s) break;
				l--;
			}
			if (l === n) {
				H.set(n, n, H.get(n, n) + exshift);
				d[n] = H.get(n, n);
				e[n] = 0;
				n--;
				iter = 0;
			} else if (l === n - 1) {
				w = H.get(n, n - 1) * H.get(n - 1, n);
				p = (H.get(n - 1, n - 1) - H.get(n, n)) / 2;
				q = p * p + w;
				z = Math.sqrt(Math.abs(q));
				H.set(n, n, H.get(n, n) + exshift);
				H.set(n - 1, n - 1, H.get(n - 1, n - 1) + exshift);
				x = H.get(n, n);
				if (q >= 0) {
					z = p >= 0 ? p + z : p - z;
					d[n - 1] = x + z;
					d[n] = d[n - 1];
					if (z !== 0) d[n] = x - w / z;
					e[n - 1] = 0;
					e[n] = 0;
					x = H.get(n, n - 1);
					s = Math.abs(x) + Math.abs(z);
					p = x / s;
					q = z / s;
					r = Math.sqrt(p * p + q * q);
					p = p / r;
					q = q / r;
					for (j = n - 1; j < nn; j++) {
						z = H.get(n - 1, j);
						H.set(n - 1, j, q * z + p * H.get(n, j));
						H.set(n, j, q * H.get(n, j) - p * z);
					}
					for (i = 0; i <= n; i++) {
						z = H.get(i, n - 1);
						H.set(i, n - 1, q * z + p * H.get(i, n));
						H.set(i, n, q * H.get(i, n) - p * z);
					}
					for (i = low; i <= high; i++) {
						z = V.get(i, n - 1);
						V.set(i, n - 1, q * z + p * V.get(i, n));
						V.set(i, n, q * V.get(i, n) - p * z);
					}
				} else {
					d[n - 1] = x + p;
					d[n] = x + p;
					e[n - 1] = z;
					e[n] = -z;
				}
				n = n - 2;
				iter = 0;
			} else {
				x = H.get(n, n);
				y = 0;
				w = 0;
				if (l < n) {
					y = H.get(n - 1, n - 1);
					w = H.get(n, n - 1) * H.get(n - 1, n);
				}
				if (iter === 10) {
					exshift += x;
					for (i = low; i <= n; i++) H.set(i, i, H.get(i, i) - x);
					s = Math.abs(H.get(n, n - 1)) + Math.abs(H.get(n - 1, n - 2));
					x = y = .75 * s;
					w = -.4375 * s * s;
				}
				if (iter === 30) {
					s = (y - x) / 2;
					s = s * s + w;
					if (s > 0) {
						s = Math.sqrt(s);
						if (y < x) s = -s;
						s = x - w / ((y - x) / 2 + s);
						for (i = low; i <= n; i++) H.set(i, i, H.get(i, i) - s);
						exshift += s;
						x = y = w = .964;
					}
				}
				iter = iter + 1;
				m = n - 2;
				while (m >= l) {
					z = H.get(m, m);
					r = x - z;
					s = y - z;
					p = (r * s - w) / H.get(m + 1, m) + H.get(m, m + 1);
					q = H.get(m + 1, m + 1) - z - r - s;
					r = H.get(m + 2, m + 1);
					s = Math.abs(p) + Math.abs(q) + Math.abs(r);
					p = p / s;
					q = q / s;
					r = r / s;
					if (m === l) break;
					if (Math.abs(H.get(m, m - 1)) * (Math.abs(q) + Math.abs(r)) < eps * (Math.abs(p) * (Math.abs(H.get(m - 1, m - 1)) + Math.abs(z) + Math.abs(H.get(m + 1, m + 1))))) break;
					m--;
				}
				for (i = m + 2; i <= n; i++) {
					H.set(i, i - 2, 0);
					if (i > m + 2) H.set(i, i - 3, 0);
				}
				for (k = m; k <= n - 1; k++) {
					notlast = k !== n - 1;
					if (k !== m) {
						p = H.get(k, k - 1);
						q = H.get(k + 1, k - 1);
						r = notlast ? H.get(k + 2, k - 1) : 0;
						x = Math.abs(p) + Math.abs(q) + Math.abs(r);
						if (x !== 0) {
							p = p / x;
							q = q / x;
							r = r / x;
						}
					}
					if (x === 0) break;
					s = Math.sqrt(p * p + q * q + r * r);
					if (p < 0) s = -s;
					if (s !== 0) {
						if (k !== m) H.set(k, k - 1, -s * x);
						else if (l !== m) H.set(k, k - 1, -H.get(k, k - 1));
						p = p + s;
						x = p / s;
						y = q / s;
						z = r / s;
						q = q / p;
						r = r / p;
						for (j = k; j < nn; j++) {
							p = H.get(k, j) + q * H.get(k + 1, j);
							if (notlast) {
								p = p + r * H.get(k + 2, j);
								H.set(k + 2, j, H.get(k + 2, j) - p * z);
							}
							H.set(k, j, H.get(k, j) - p * x);
							H.set(k + 1, j, H.get(k + 1, j) - p * y);
						}
						for (i = 0; i <= Math.min(n, k + 3); i++) {
							p = x * H.get(i, k) + y * H.get(i, k + 1);
							if (notlast) {
								p = p + z * H.get(i, k + 2);
								H.set(i, k + 2, H.get(i, k + 2) - p * r);
							}
							H.set(i, k, H.get(i, k) - p);
							H.set(i, k + 1, H.get(i, k + 1) - p * q);
						}
						for (i = low; i <= high; i++) {
							p = x * V.get(i, k) + y * V.get(i, k + 1);
							if (notlast) {
								p = p + z * V.get(i, k + 2);
								V.set(i, k + 2, V.get(i, k + 2) - p * r);
							}
							V.set(i, k, V.get(i, k) - p);
							V.set(i, k + 1, V.get(i, k + 1) - p * q);
						}
					}
				}
			}
		}
		if (norm === 0) return;
		for (n = nn - 1; n >= 0; n--) {
			p = d[n];
			q = e[n];
			if (q === 0) {
				l = n;
				H.set(n, n, 1);
				for (i = n - 1; i >= 0; i--) {
					w = H.get(i, i) - p;
					r = 0;
					for (j = l; j <= n; j++) r = r + H.get(i, j) * H.get(j, n);
					if (e[i] < 0) {
						z = w;
						s = r;
					} else {
						l = i;
						if (e[i] === 0) H.set(i, n, w !== 0 ? -r / w : -r / (eps * norm));
						else {
							x = H.get(i, i + 1);
							y = H.get(i + 1, i);
							q = (d[i] - p) * (d[i] - p) + e[i] * e[i];
							t = (x * s - z * r) / q;
							H.set(i, n, t);
							H.set(i + 1, n, Math.abs(x) > Math.abs(z) ? (-r - w * t) / x : (-s - y * t) / z);
						}
						t = Math.abs(H.get(i, n));
						if (eps * t * t > 1) for (j = i; j <= n; j++) H.set(j, n, H.get(j, n) / t);
					}
				}
			} else if (q < 0) {
				l = n - 1;
				if (Math.abs(H.get(n, n - 1)) > Math.abs(H.get(n - 1, n))) {
					H.set(n - 1, n - 1, q / H.get(n, n - 1));
					H.set(n - 1, n, -(H.get(n, n) - p) / H.get(n, n - 1));
				} else {
					cdivres = cdiv(0, -H.get(n - 1, n), H.get(n - 1, n - 1) - p, q);
					H.set(n - 1, n - 1, cdivres[0]);
					H.set(n - 1, n, cdivres[1]);
				}
				H.set(n, n - 1, 0);
				H.set(n, n, 1);
				for (i = n - 2; i >= 0; i--) {
					ra = 0;
					sa = 0;
					for (j = l; j <= n; j++) {
						ra = ra + H.get(i, j) * H.get(j, n - 1);
						sa = sa + H.get(i, j) * H.get(j, n);
					}
					w = H.get(i, i) - p;
					if (e[i] < 0) {
						z = w;
						r = ra;
						s = sa;
					} else {
						l = i;
						if (e[i] === 0) {
							cdivres = cdiv(-ra, -sa, w, q);
							H.set(i, n - 1, cdivres[0]);
							H.set(i, n, cdivres[1]);
						} else {
							x = H.get(i, i + 1);
							y = H.get(i + 1, i);
							vr = (d[i] - p) * (d[i] - p) + e[i] * e[i] - q * q;
							vi = (d[i] - p) * 2 * q;
							if (vr === 0 && vi === 0) vr = eps * norm * (Math.abs(w) + Math.abs(q) + Math.abs(x) + Math.abs(y) + Math.abs(z));
							cdivres = cdiv(x * r - z * ra + q * sa, x * s - z * sa - q * ra, vr, vi);
							H.set(i, n - 1, cdivres[0]);
							H.set(i, n, cdivres[1]);
							if (Math.abs(x) > Math.abs(z) + Math.abs(q)) {
								H.set(i + 1, n - 1, (-ra - w * H.get(i, n - 1) + q * H.get(i, n)) / x);
								H.set(i + 1, n, (-sa - w * H.get(i, n) - q * H.get(i, n - 1)) / x);
							} else {
								cdivres = cdiv(-r - y * H.get(i, n - 1), -s - y * H.get(i, n), z, q);
								H.set(i + 1, n - 1, cdivres[0]);
								H.set(i + 1, n, cdivres[1]);
							}
						}
						t = Math.max(Math.abs(H.get(i, n - 1)), Math.abs(H.get(i, n)));
						if (eps * t * t > 1) for (j = i; j <= n; j++) {
							H.set(j, n - 1, H.get(j, n - 1) / t);
							H.set(j, n, H.get(j, n) / t);
						}
					}
				}
			}
		}
		for (i = 0; i < nn; i++) if (i < low || i > high) for (j = i; j < nn; j++) V.set(i, j, H.get(i, j));
		for (j = nn - 1; j >= low; j--) for (i = low; i <= high; i++) {
			z = 0;
			for (k = low; k <= Math.min(j, high); k++) z = z + V.get(i, k) * H.get(k, j);
			V.set(i, j, z);
		}
	}
	function cdiv(xr, xi, yr, yi) {
		let r, d;
		if (Math.abs(yr) > Math.abs(yi)) {
			r = yi / yr;
			d = yr + r * yi;
			return [(xr + r * xi) / d, (xi - r * xr) / d];
		} else {
			r = yr / yi;
			d = yi + r * yr;
			return [(r * xr + xi) / d, (r * xi - xr) / d];
		}
	}
	exports.EigenvalueDecomposition = EigenvalueDecomposition;
	exports.Matrix = Matrix;
	exports.SingularValueDecomposition = SingularValueDecomposition;
	exports.default = Matrix;
	exports.determinant = determinant;
})))(), 1);
const EigenvalueDecomposition = import_matrix.EigenvalueDecomposition;
const Matrix = import_matrix.Matrix;
const SingularValueDecomposition = import_matrix.SingularValueDecomposition;
import_matrix.Matrix ? import_matrix.Matrix : import_matrix.Matrix;
const determinant = import_matrix.determinant;
// src/core/layouts.ts
const COCO17_NAMES = [
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
const COCO17_BONES = [
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
const FEET_BONES = [
	["LAnkle", "LHeel"],
	["LAnkle", "LBigToe"],
	["LBigToe", "LSmallToe"],
	["RAnkle", "RHeel"],
	["RAnkle", "RBigToe"],
	["RBigToe", "RSmallToe"]
];
const LEGS_AND_FEET = [
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
const ARMS = [
	"RShoulder",
	"RElbow",
	"RWrist",
	"LShoulder",
	"LElbow",
	"LWrist"
];
const TABLE = [
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
const ALIASES = {
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
const RESOLVED = new Map(TABLE.map((l) => [l.name, resolve(l)]));
/** All layout names. */
const layoutNames = () => [...RESOLVED.keys()];
/** Looks a layout up by name or alias; throws an error listing the known names. */
function getLayout(name) {
	const key = name.toLowerCase();
	const found = RESOLVED.get(ALIASES[key] ?? key);
	if (!found) throw new Error(`unknown keypoint layout "${name}"; known: ${layoutNames().join(", ")}`);
	return found;
}
// src/calibration/bundleAdjust.ts
/** Solves the symmetric positive-definite system A x = b in place (Cholesky); returns false if not SPD. */
function solveSpd(A, b, n) {
	for (let j = 0; j < n; j++) {
		let d = A[j * n + j];
		for (let k = 0; k < j; k++) d -= A[j * n + k] * A[j * n + k];
		if (!(d > 0)) return false;
		d = Math.sqrt(d);
		A[j * n + j] = d;
		for (let i = j + 1; i < n; i++) {
			let s = A[i * n + j];
			for (let k = 0; k < j; k++) s -= A[i * n + k] * A[j * n + k];
			A[i * n + j] = s / d;
		}
	}
	for (let i = 0; i < n; i++) {
		let s = b[i];
		for (let k = 0; k < i; k++) s -= A[i * n + k] * b[k];
		b[i] = s / A[i * n + i];
	}
	for (let i = n - 1; i >= 0; i--) {
		let s = b[i];
		for (let k = i + 1; k < n; k++) s -= A[k * n + i] * b[k];
		b[i] = s / A[i * n + i];
	}
	return true;
}
/** Inverse of a small SPD matrix (n×n) via Cholesky column solves; null if not SPD. */
function invertSpd(A, n) {
	const inv = new Float64Array(n * n);
	for (let c = 0; c < n; c++) {
		const M = Float64Array.from(A);
		const e = new Float64Array(n);
		e[c] = 1;
		if (!solveSpd(M, e, n)) return null;
		for (let r = 0; r < n; r++) inv[r * n + c] = e[r];
	}
	return inv;
}
function bundleAdjust(problem) {
	const nCam = problem.cameras.length;
	const cd = problem.optimizeFocal ? 7 : 6;
	const bd = problem.kind === "poses" ? 6 : 3;
	const structure = Float64Array.from(problem.kind === "poses" ? problem.poses : problem.points);
	const nBlk = structure.length / bd;
	const fixed = new Set(problem.fixedCameras ?? [0]);
	const cams = new Float64Array(nCam * cd);
	problem.cameras.forEach((c, i) => {
		cams.set(c.rotation, i * cd);
		cams.set(c.translation, i * cd + 3);
	});
	const base = problem.cameras.map((c) => {
		const k = /* @__PURE__ */ new Float64Array(8);
		c.distortions.forEach((v, i) => i < 8 && (k[i] = v));
		return {
			fx: c.matrix[0],
			fy: c.matrix[4],
			cx: c.matrix[2],
			cy: c.matrix[5],
			skew: c.matrix[1],
			R: /* @__PURE__ */ new Float64Array(9),
			t: /* @__PURE__ */ new Float64Array(3),
			fisheye: false,
			k,
			undistorted: k.every((v) => v === 0)
		};
	});
	const obs = problem.observations;
	const nObs = obs.camera.length;
	const huber = problem.huberPx ?? 1;
	const board = problem.boardPoints;
	const out2 = /* @__PURE__ */ new Float64Array(2);
	const CACHE_WAYS = 8;
	const camRot = [];
	const blkRot = [];
	const cachedRot = (cache, i, a, b, c) => {
		const ways = cache[i] ?? (cache[i] = []);
		for (let k = 0; k < ways.length; k++) {
			const e = ways[k];
			if (e.a === a && e.b === b && e.c === c) return e.R;
		}
		const R = rotationMatrix([
			a,
			b,
			c
		]);
		if (ways.length >= CACHE_WAYS) ways.pop();
		ways.unshift({
			a,
			b,
			c,
			R
		});
		return R;
	};
	const project = (cp, co, bp, bo, c, o, out) => {
		let X, Y, Z;
		if (bd === 6) {
			const Rb = cachedRot(blkRot, bo / 6, bp[bo], bp[bo + 1], bp[bo + 2]);
			const l = obs.local[o] * 3;
			const px = board[l], py = board[l + 1], pz = board[l + 2];
			X = Rb[0] * px + Rb[1] * py + Rb[2] * pz + bp[bo + 3];
			Y = Rb[3] * px + Rb[4] * py + Rb[5] * pz + bp[bo + 4];
			Z = Rb[6] * px + Rb[7] * py + Rb[8] * pz + bp[bo + 5];
		} else {
			X = bp[bo];
			Y = bp[bo + 1];
			Z = bp[bo + 2];
		}
		const R = cachedRot(camRot, c, cp[co], cp[co + 1], cp[co + 2]);
		const xc = R[0] * X + R[1] * Y + R[2] * Z + cp[co + 3];
		const yc = R[3] * X + R[4] * Y + R[5] * Z + cp[co + 4];
		const zc = R[6] * X + R[7] * Y + R[8] * Z + cp[co + 5];
		const pc = base[c];
		if (cd === 7) {
			const s = Math.exp(cp[co + 6]);
			const saved = [pc.fx, pc.fy];
			pc.fx *= s;
			pc.fy *= s;
			distortToPixel(pc, xc / zc, yc / zc, out, 0);
			pc.fx = saved[0];
			pc.fy = saved[1];
		} else distortToPixel(pc, xc / zc, yc / zc, out, 0);
		if (!(zc > 0)) {
			out[0] = NaN;
			out[1] = NaN;
		}
	};
	const residuals = (cp, bp, res) => {
		let cost = 0;
		for (let o = 0; o < nObs; o++) {
			const c = obs.camera[o];
			project(cp, c * cd, bp, obs.block[o] * bd, c, o, out2);
			const rx = out2[0] - obs.uv[2 * o];
			const ry = out2[1] - obs.uv[2 * o + 1];
			res[2 * o] = rx;
			res[2 * o + 1] = ry;
			const s = Math.hypot(rx, ry);
			cost += Number.isFinite(s) ? s <= huber ? s * s : 2 * huber * s - huber * huber : 0xe8d4a51000;
		}
		return cost;
	};
	const jacobianColumn = (params, at, h, c, o, co, bo, J, n, k) => {
		const save = params[at];
		params[at] = save + h;
		project(cams, co, structure, bo, c, o, p1);
		params[at] = save - h;
		project(cams, co, structure, bo, c, o, p2);
		params[at] = save;
		J[k] = (p1[0] - p2[0]) / (2 * h);
		J[n + k] = (p1[1] - p2[1]) / (2 * h);
	};
	const res = new Float64Array(2 * nObs);
	let cost = residuals(cams, structure, res);
	const rms = (r) => {
		let s = 0;
		for (let i = 0; i < r.length; i++) s += r[i] * r[i];
		return Math.sqrt(s / Math.max(1, r.length / 2));
	};
	const initialRmsPx = rms(res);
	let lambda = .001;
	let it = 0;
	const maxIt = problem.maxIterations ?? 60;
	const free = [...Array(nCam).keys()].filter((c) => !fixed.has(c));
	const camSlot = new Int32Array(nCam).fill(-1);
	free.forEach((c, i) => camSlot[c] = i);
	const nS = free.length * cd;
	const Jc = new Float64Array(2 * cd);
	const Jb = new Float64Array(2 * bd);
	const p1 = /* @__PURE__ */ new Float64Array(2);
	const p2 = /* @__PURE__ */ new Float64Array(2);
	for (; it < maxIt; it++) {
		const U = new Float64Array(nCam * cd * cd);
		const gC = new Float64Array(nCam * cd);
		const V = new Float64Array(nBlk * bd * bd);
		const gB = new Float64Array(nBlk * bd);
		const W = /* @__PURE__ */ new Map();
		for (let o = 0; o < nObs; o++) {
			const c = obs.camera[o];
			const b = obs.block[o];
			const rx = res[2 * o], ry = res[2 * o + 1];
			const s = Math.hypot(rx, ry);
			if (!Number.isFinite(s)) continue;
			const w = s <= huber ? 1 : huber / s;
			const co = c * cd, bo = b * bd;
			const camFree = camSlot[c] >= 0;
			if (camFree) for (let k = 0; k < cd; k++) jacobianColumn(cams, co + k, k === 6 ? 1e-6 : 1e-7, c, o, co, bo, Jc, cd, k);
			for (let k = 0; k < bd; k++) jacobianColumn(structure, bo + k, 1e-7, c, o, co, bo, Jb, bd, k);
			const vo = b * bd * bd;
			for (let i = 0; i < bd; i++) {
				gB[b * bd + i] -= w * (Jb[i] * rx + Jb[bd + i] * ry);
				for (let j = 0; j < bd; j++) V[vo + i * bd + j] += w * (Jb[i] * Jb[j] + Jb[bd + i] * Jb[bd + j]);
			}
			if (camFree) {
				const uo = c * cd * cd;
				for (let i = 0; i < cd; i++) {
					gC[co + i] -= w * (Jc[i] * rx + Jc[cd + i] * ry);
					for (let j = 0; j < cd; j++) U[uo + i * cd + j] += w * (Jc[i] * Jc[j] + Jc[cd + i] * Jc[cd + j]);
				}
				const key = c * nBlk + b;
				let Wcb = W.get(key);
				if (!Wcb) W.set(key, Wcb = new Float64Array(cd * bd));
				for (let i = 0; i < cd; i++) for (let j = 0; j < bd; j++) Wcb[i * bd + j] += w * (Jc[i] * Jb[j] + Jc[cd + i] * Jb[bd + j]);
			}
		}
		let improved = false;
		for (let attempt = 0; attempt < 10 && !improved; attempt++) {
			const Vinv = [];
			for (let b = 0; b < nBlk; b++) {
				const Vb = V.slice(b * bd * bd, (b + 1) * bd * bd);
				for (let i = 0; i < bd; i++) Vb[i * bd + i] += lambda * Vb[i * bd + i] + 1e-12;
				Vinv.push(invertSpd(Vb, bd));
			}
			const S = new Float64Array(nS * nS);
			const rS = new Float64Array(nS);
			for (const c of free) {
				const si = camSlot[c] * cd;
				for (let i = 0; i < cd; i++) {
					rS[si + i] = gC[c * cd + i];
					for (let j = 0; j < cd; j++) S[(si + i) * nS + si + j] = U[c * cd * cd + i * cd + j];
					S[(si + i) * nS + si + i] += lambda * U[c * cd * cd + i * cd + i] + 1e-9;
				}
			}
			const byBlock = /* @__PURE__ */ new Map();
			for (const key of W.keys()) {
				const b = key % nBlk;
				let l = byBlock.get(b);
				if (!l) byBlock.set(b, l = []);
				l.push(Math.floor(key / nBlk));
			}
			const WVinv = /* @__PURE__ */ new Map();
			for (const [b, cl] of byBlock) {
				const Vi = Vinv[b];
				if (!Vi) continue;
				for (const c of cl) {
					const Wcb = W.get(c * nBlk + b);
					const M = new Float64Array(cd * bd);
					for (let i = 0; i < cd; i++) for (let j = 0; j < bd; j++) {
						let s = 0;
						for (let k = 0; k < bd; k++) s += Wcb[i * bd + k] * Vi[k * bd + j];
						M[i * bd + j] = s;
					}
					WVinv.set(c * nBlk + b, M);
					const si = camSlot[c] * cd;
					for (let i = 0; i < cd; i++) {
						let s = 0;
						for (let k = 0; k < bd; k++) s += M[i * bd + k] * gB[b * bd + k];
						rS[si + i] -= s;
					}
					for (const c2 of cl) {
						const W2 = W.get(c2 * nBlk + b);
						const sj = camSlot[c2] * cd;
						for (let i = 0; i < cd; i++) for (let j = 0; j < cd; j++) {
							let s = 0;
							for (let k = 0; k < bd; k++) s += M[i * bd + k] * W2[j * bd + k];
							S[(si + i) * nS + sj + j] -= s;
						}
					}
				}
			}
			const dC = Float64Array.from(rS);
			if (nS > 0 && !solveSpd(S, dC, nS)) {
				lambda *= 10;
				continue;
			}
			const newCams = Float64Array.from(cams);
			for (const c of free) for (let i = 0; i < cd; i++) newCams[c * cd + i] += dC[camSlot[c] * cd + i];
			const newStruct = Float64Array.from(structure);
			for (let b = 0; b < nBlk; b++) {
				const Vi = Vinv[b];
				if (!Vi) continue;
				const rhs = gB.slice(b * bd, (b + 1) * bd);
				for (const c of byBlock.get(b) ?? []) {
					const Wcb = W.get(c * nBlk + b);
					const si = camSlot[c] * cd;
					for (let k = 0; k < bd; k++) {
						let s = 0;
						for (let i = 0; i < cd; i++) s += Wcb[i * bd + k] * dC[si + i];
						rhs[k] -= s;
					}
				}
				for (let i = 0; i < bd; i++) {
					let s = 0;
					for (let k = 0; k < bd; k++) s += Vi[i * bd + k] * rhs[k];
					newStruct[b * bd + i] += s;
				}
			}
			const newRes = new Float64Array(2 * nObs);
			const newCost = residuals(newCams, newStruct, newRes);
			if (newCost < cost) {
				const rel = (cost - newCost) / cost;
				cams.set(newCams);
				structure.set(newStruct);
				res.set(newRes);
				cost = newCost;
				lambda = Math.max(1e-9, lambda / 3);
				improved = true;
				if (rel < 1e-10) it = maxIt;
			} else lambda *= 4;
		}
		if (!improved) break;
	}
	const errorsPx = new Float64Array(nObs);
	for (let o = 0; o < nObs; o++) errorsPx[o] = Math.hypot(res[2 * o], res[2 * o + 1]);
	return {
		cameras: problem.cameras.map((c, i) => {
			const s = cd === 7 ? Math.exp(cams[i * cd + 6]) : 1;
			const m = [...c.matrix];
			m[0] *= s;
			m[4] *= s;
			return {
				...c,
				matrix: m,
				rotation: [
					cams[i * cd],
					cams[i * cd + 1],
					cams[i * cd + 2]
				],
				translation: [
					cams[i * cd + 3],
					cams[i * cd + 4],
					cams[i * cd + 5]
				]
			};
		}),
		...bd === 6 ? { poses: structure } : { points: structure },
		initialRmsPx,
		rmsPx: rms(res),
		errorsPx,
		iterations: Math.min(it, maxIt)
	};
}
// src/calibration/fromPerson.ts
/** Nose-to-ankle height as a share of stature (nose ≈ 0.905 H, lateral malleolus ≈ 0.04 H). */
const NOSE_ANKLE_SHARE = .865;
const ANKLE_HEIGHT_SHARE = .04;
/** Ankle→knee→hip→shoulder chain as a share of stature (Winter, Biomechanics and Motor Control of Human Movement, segment proportions). */
const LEG_TRUNK_SHARE = .779;
function mulMat(A, B) {
	const C = /* @__PURE__ */ new Float64Array(9);
	for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) C[i * 3 + j] = A[i * 3] * B[j] + A[i * 3 + 1] * B[3 + j] + A[i * 3 + 2] * B[6 + j];
	return C;
}
const transpose3 = (A) => new Float64Array([
	A[0],
	A[3],
	A[6],
	A[1],
	A[4],
	A[7],
	A[2],
	A[5],
	A[8]
]);
/** Normalised 8-point essential matrix from correspondences idx (x1, x2 normalised camera coords n×2). */
function eightPoint(x1, x2, idx) {
	const n = idx.length;
	const norm = (x) => {
		let mx = 0, my = 0;
		for (let k = 0; k < n; k++) {
			mx += x[2 * idx[k]];
			my += x[2 * idx[k] + 1];
		}
		mx /= n;
		my /= n;
		let d = 0;
		for (let k = 0; k < n; k++) d += Math.hypot(x[2 * idx[k]] - mx, x[2 * idx[k] + 1] - my);
		const s = Math.SQRT2 / Math.max(1e-12, d / n);
		return {
			mx,
			my,
			s
		};
	};
	const a = norm(x1);
	const b = norm(x2);
	const AtA = /* @__PURE__ */ new Float64Array(81);
	const row = /* @__PURE__ */ new Float64Array(9);
	for (let k = 0; k < n; k++) {
		const u1 = (x1[2 * idx[k]] - a.mx) * a.s, v1 = (x1[2 * idx[k] + 1] - a.my) * a.s;
		const u2 = (x2[2 * idx[k]] - b.mx) * b.s, v2 = (x2[2 * idx[k] + 1] - b.my) * b.s;
		row[0] = u2 * u1;
		row[1] = u2 * v1;
		row[2] = u2;
		row[3] = v2 * u1;
		row[4] = v2 * v1;
		row[5] = v2;
		row[6] = u1;
		row[7] = v1;
		row[8] = 1;
		for (let i = 0; i < 9; i++) for (let j = 0; j < 9; j++) AtA[i * 9 + j] += row[i] * row[j];
	}
	const M = new Matrix(9, 9);
	for (let i = 0; i < 9; i++) for (let j = 0; j < 9; j++) M.set(i, j, AtA[i * 9 + j]);
	const eig = new EigenvalueDecomposition(M, { assumeSymmetric: true });
	const vals = eig.realEigenvalues;
	let mi = 0;
	for (let i = 1; i < 9; i++) if (vals[i] < vals[mi]) mi = i;
	const V = eig.eigenvectorMatrix;
	const En = new Matrix(3, 3);
	for (let i = 0; i < 9; i++) En.set(Math.floor(i / 3), i % 3, V.get(i, mi));
	const T1 = new Matrix([
		[
			a.s,
			0,
			-a.s * a.mx
		],
		[
			0,
			a.s,
			-a.s * a.my
		],
		[
			0,
			0,
			1
		]
	]);
	const E = new Matrix([
		[
			b.s,
			0,
			-b.s * b.mx
		],
		[
			0,
			b.s,
			-b.s * b.my
		],
		[
			0,
			0,
			1
		]
	]).transpose().mmul(En).mmul(T1);
	const svd = new SingularValueDecomposition(E);
	const U = svd.leftSingularVectors;
	const Vt = svd.rightSingularVectors.transpose();
	const Ep = U.mmul(Matrix.diag([
		1,
		1,
		0
	])).mmul(Vt);
	const out = /* @__PURE__ */ new Float64Array(9);
	for (let i = 0; i < 9; i++) out[i] = Ep.get(Math.floor(i / 3), i % 3);
	return out.every(Number.isFinite) ? out : null;
}
/** Sampson distance² of a correspondence to the epipolar geometry E (normalised coords). */
function sampson(E, x1, y1, x2, y2) {
	const Ex0 = E[0] * x1 + E[1] * y1 + E[2];
	const Ex1 = E[3] * x1 + E[4] * y1 + E[5];
	const Ex2 = E[6] * x1 + E[7] * y1 + E[8];
	const Etx0 = E[0] * x2 + E[3] * y2 + E[6];
	const Etx1 = E[1] * x2 + E[4] * y2 + E[7];
	const num = x2 * Ex0 + y2 * Ex1 + Ex2;
	return num * num / (Ex0 * Ex0 + Ex1 * Ex1 + Etx0 * Etx0 + Etx1 * Etx1);
}
/** Linear (DLT) triangulation from two normalised views with poses [R|t]. */
function triangulatePair(R1, t1, R2, t2, x1, y1, x2, y2) {
	return triangulateViews([{
		R: R1,
		t: t1,
		x: x1,
		y: y1
	}, {
		R: R2,
		t: t2,
		x: x2,
		y: y2
	}]);
}
/** Linear (DLT) triangulation from N normalised views with poses [R|t]. */
function triangulateViews(views) {
	const M = new Matrix(4, 4);
	const acc = /* @__PURE__ */ new Float64Array(16);
	for (const { R, t, x, y } of views) {
		const r1 = [
			x * R[6] - R[0],
			x * R[7] - R[1],
			x * R[8] - R[2],
			x * t[2] - t[0]
		];
		const r2 = [
			y * R[6] - R[3],
			y * R[7] - R[4],
			y * R[8] - R[5],
			y * t[2] - t[1]
		];
		for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) acc[i * 4 + j] += r1[i] * r1[j] + r2[i] * r2[j];
	}
	for (let i = 0; i < 16; i++) M.set(i >> 2, i & 3, acc[i]);
	const eig = new EigenvalueDecomposition(M, { assumeSymmetric: true });
	const vals = eig.realEigenvalues;
	let mi = 0;
	for (let i = 1; i < 4; i++) if (vals[i] < vals[mi]) mi = i;
	const V = eig.eigenvectorMatrix;
	const w = V.get(3, mi);
	if (Math.abs(w) < 1e-12) return null;
	return [
		V.get(0, mi) / w,
		V.get(1, mi) / w,
		V.get(2, mi) / w
	];
}
/**
* Groups the observations of one frame and joint across cameras into 3D points with the current
* camera poses: repeatedly the two-view pair that triangulates with the smallest reprojection
* error (< thresholdPx), joined by every other camera's observation that projects within the
* threshold. Several people per frame separate naturally.
*/
function associate(list, Rt, focal, thresholdPx) {
	const out = [];
	const used = /* @__PURE__ */ new Set();
	const errPx = (X, o) => reprojectionErrorPx(X, o, Rt[o.cam], focal[o.cam]);
	for (;;) {
		let best = null;
		for (let i = 0; i < list.length; i++) {
			const a = list[i];
			if (used.has(a)) continue;
			for (let k = i + 1; k < list.length; k++) {
				const b = list[k];
				if (used.has(b) || b.cam === a.cam) continue;
				const X = triangulateViews([{
					...Rt[a.cam],
					x: a.xn,
					y: a.yn
				}, {
					...Rt[b.cam],
					x: b.xn,
					y: b.yn
				}]);
				if (!X) continue;
				const e = Math.max(errPx(X, a), errPx(X, b));
				if (e < thresholdPx && (!best || e < best.e)) best = {
					X,
					a,
					b,
					e
				};
			}
		}
		if (!best) break;
		const group = [best.a, best.b];
		for (const o of list) {
			if (used.has(o) || group.some((g) => g.cam === o.cam)) continue;
			if (list.filter((q) => q.cam === o.cam && !used.has(q)).sort((p, q) => errPx(best.X, p) - errPx(best.X, q))[0] === o && errPx(best.X, o) < 2 * thresholdPx) group.push(o);
		}
		const X = group.length > 2 ? triangulateViews(group.map((o) => ({
			...Rt[o.cam],
			x: o.xn,
			y: o.yn
		}))) ?? best.X : best.X;
		for (const o of group) used.add(o);
		out.push({
			X,
			obs: group
		});
	}
	return out;
}
/** The (R, t) of E whose triangulated points lie in front of both cameras most often. */
function decomposeEssential(E, x1, x2, idx) {
	const Em = new Matrix(3, 3);
	for (let i = 0; i < 9; i++) Em.set(Math.floor(i / 3), i % 3, E[i]);
	const svd = new SingularValueDecomposition(Em);
	let U = svd.leftSingularVectors;
	let V = svd.rightSingularVectors;
	if (determinant(U) < 0) U = U.mul(-1);
	if (determinant(V) < 0) V = V.mul(-1);
	const W = new Matrix([
		[
			0,
			-1,
			0
		],
		[
			1,
			0,
			0
		],
		[
			0,
			0,
			1
		]
	]);
	const toArr = (m) => {
		const o = /* @__PURE__ */ new Float64Array(9);
		for (let i = 0; i < 9; i++) o[i] = m.get(Math.floor(i / 3), i % 3);
		return o;
	};
	const Ra = toArr(U.mmul(W).mmul(V.transpose()));
	const Rb = toArr(U.mmul(W.transpose()).mmul(V.transpose()));
	const u3 = [
		U.get(0, 2),
		U.get(1, 2),
		U.get(2, 2)
	];
	const I = new Float64Array([
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
	const zero = [
		0,
		0,
		0
	];
	let best = {
		R: Ra,
		t: Float64Array.from(u3),
		front: -1
	};
	const sample = idx.length > 200 ? idx.filter((_, k) => k % Math.ceil(idx.length / 200) === 0) : idx;
	for (const R of [Ra, Rb]) for (const sgn of [1, -1]) {
		const t = Float64Array.from(u3.map((v) => v * sgn));
		let front = 0;
		for (const k of sample) {
			const X = triangulatePair(I, zero, R, t, x1[2 * k], x1[2 * k + 1], x2[2 * k], x2[2 * k + 1]);
			if (!X) continue;
			const z2 = R[6] * X[0] + R[7] * X[1] + R[8] * X[2] + t[2];
			if (X[2] > 0 && z2 > 0) front++;
		}
		if (front > best.front) best = {
			R,
			t,
			front
		};
	}
	return best;
}
/** RANSAC over the normalised 8-point algorithm; inliers by Sampson distance. */
function essentialRansac(x1, x2, thresholdNorm, opts = {}) {
	const n = x1.length / 2;
	if (n < 8) return null;
	const rnd = mulberry32(opts.seed ?? 1);
	const thr2 = thresholdNorm * thresholdNorm;
	let bestCount = 0;
	let bestE = null;
	const iterations = opts.iterations ?? 1500;
	const sample = /* @__PURE__ */ new Int32Array(8);
	const members = /* @__PURE__ */ new Map();
	if (opts.groups) opts.groups.forEach((g, i) => members.has(g) ? members.get(g).push(i) : members.set(g, [i]));
	const pick = (k) => {
		if (!opts.groups) return Math.floor(rnd() * n);
		if (k === 0 || k === 3 || k === 6) return Math.floor(rnd() * n);
		const m = members.get(opts.groups[sample[k - 1]]);
		return m[Math.floor(rnd() * m.length)];
	};
	for (let it = 0; it < iterations; it++) {
		let ok = true;
		for (let k = 0; k < 8 && ok; k++) {
			let s = -1;
			for (let tries = 0; tries < 50; tries++) {
				const c = pick(k);
				let near = false;
				for (let q = 0; q < k && !near; q++) near = Math.hypot(x1[2 * c] - x1[2 * sample[q]], x1[2 * c + 1] - x1[2 * sample[q] + 1]) < 2 * thresholdNorm;
				if (!near) {
					s = c;
					break;
				}
			}
			if (s < 0) ok = false;
			else sample[k] = s;
		}
		if (!ok) continue;
		let E = eightPoint(x1, x2, sample);
		if (!E) continue;
		const count = (M) => {
			let c = 0;
			for (let i = 0; i < n; i++) if (sampson(M, x1[2 * i], x1[2 * i + 1], x2[2 * i], x2[2 * i + 1]) < thr2) c++;
			return c;
		};
		let cnt = count(E);
		if (cnt > bestCount) {
			for (let lo = 0; lo < 4; lo++) {
				const inl = [];
				for (let i = 0; i < n; i++) if (sampson(E, x1[2 * i], x1[2 * i + 1], x2[2 * i], x2[2 * i + 1]) < thr2) inl.push(i);
				const E2 = inl.length >= 8 ? eightPoint(x1, x2, inl) : null;
				if (!E2) break;
				const c2 = count(E2);
				if (c2 <= cnt) break;
				E = E2;
				cnt = c2;
			}
			bestCount = cnt;
			bestE = E;
		}
	}
	if (!bestE) return null;
	const inl = [];
	for (let i = 0; i < n; i++) if (sampson(bestE, x1[2 * i], x1[2 * i + 1], x2[2 * i], x2[2 * i + 1]) < thr2) inl.push(i);
	const refit = eightPoint(x1, x2, inl) ?? bestE;
	const inliers = new Uint8Array(n);
	const idx = [];
	for (let i = 0; i < n; i++) if (sampson(refit, x1[2 * i], x1[2 * i + 1], x2[2 * i], x2[2 * i + 1]) < thr2) {
		inliers[i] = 1;
		idx.push(i);
	}
	const { R, t } = decomposeEssential(refit, x1, x2, idx);
	return {
		E: refit,
		R,
		t,
		inliers,
		count: idx.length
	};
}
/**
* The floor's normal from the supporting ankles, weighed with what the body says about up: a
* least-squares plane through the points (principal axes of their scatter C), refit once without
* those farther than 3× the median distance from the first plane; then the normal n minimising the
* feet's height scatter, nᵀCn·k/σf², plus the squared sine of its angle to the body's up u,
* (1 − (n·u)²)/σu² — the smallest eigenvector of their sum. Each in-plane direction of the floor
* counts by how far the feet spread along it, so feet along a line fix the tilt along the line and
* the body the tilt across it. Null with < 10 points.
* ref: Shakarji, "Least-squares fitting algorithms of the NIST algorithm testing system", J. Res. NIST 103(6), 1998 (§3.3 planes).
*/
function floorNormal(points, prior) {
	const smallestEigenvector = (M) => {
		const eig = new EigenvalueDecomposition(M, { assumeSymmetric: true });
		const k = [
			0,
			1,
			2
		].sort((a, b) => eig.realEigenvalues[a] - eig.realEigenvalues[b])[0];
		return [
			0,
			1,
			2
		].map((i) => eig.eigenvectorMatrix.get(i, k));
	};
	const fit = (pts) => {
		const n = pts.length;
		const m = [
			0,
			1,
			2
		].map((k) => pts.reduce((s, p) => s + p[k], 0) / n);
		const C = new Matrix(3, 3);
		for (const p of pts) for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) C.set(a, b, C.get(a, b) + (p[a] - m[a]) * (p[b] - m[b]) / n);
		return {
			m,
			C,
			normal: smallestEigenvector(C)
		};
	};
	if (points.length < 10) return null;
	const first = fit(points);
	const d = points.map((p) => Math.abs((p[0] - first.m[0]) * first.normal[0] + (p[1] - first.m[1]) * first.normal[1] + (p[2] - first.m[2]) * first.normal[2]));
	const limit = 3 * upperMedian(d);
	const kept = points.filter((_, i) => d[i] <= limit);
	const { C } = kept.length >= 10 ? fit(kept) : first;
	const u = prior.up;
	const M = new Matrix(3, 3);
	for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) M.set(a, b, C.get(a, b) * prior.effectivePoints / prior.sigmaFoot ** 2 + ((a === b ? 1 : 0) - u[a] * u[b]) / prior.sigmaUp ** 2);
	return smallestEigenvector(M);
}
/** Twice the standard deviation of 2D points along their principal axes (long, short). */
function floorSpread(pts) {
	if (pts.length < 2) return [0, 0];
	const n = pts.length;
	const mx = pts.reduce((s, p) => s + p[0], 0) / n, my = pts.reduce((s, p) => s + p[1], 0) / n;
	let a = 0, b = 0, c = 0;
	for (const p of pts) {
		a += (p[0] - mx) ** 2 / n;
		b += (p[0] - mx) * (p[1] - my) / n;
		c += (p[1] - my) ** 2 / n;
	}
	const tr = a + c, det = a * c - b * b;
	const disc = Math.sqrt(Math.max(0, tr * tr / 4 - det));
	return [2 * Math.sqrt(Math.max(0, tr / 2 + disc)), 2 * Math.sqrt(Math.max(0, tr / 2 - disc))];
}
/**
* MSAC-style cost of a set of cameras over every observation (gauge-free, in pixels², so candidate
* solutions compare fairly): each frame/joint's observations are grouped across cameras by
* associate(); an observation in a group costs min(e², τ²), one left out costs τ².
* ref: Torr & Zisserman, "MLESAC: A new robust estimator...", CVIU 78, 2000 (truncated quadratic cost).
*/
function consensusCost(obs, cams, frames, joints, thrPx) {
	const poses = cams.map((c) => ({
		R: rotationMatrix(c.rotation),
		t: Float64Array.from(c.translation)
	}));
	const focal = cams.map((c) => .5 * (c.matrix[0] + c.matrix[4]));
	const tau2 = thrPx * thrPx;
	let cost = 0;
	for (let f = 0; f < frames; f++) for (const j of joints) {
		const list = obs.flatMap((perCam) => perCam[f][j]);
		let used = 0;
		for (const g of associate(list, poses, focal, thrPx)) for (const o of g.obs) {
			const e = reprojectionErrorPx(g.X, o, poses[o.cam], focal[o.cam]);
			cost += Math.min(e * e, tau2);
			used++;
		}
		cost += (list.length - used) * tau2;
	}
	return cost;
}
/** Distance in pixels (normalised distance × focal length) between X's projection and an observation. */
function reprojectionErrorPx(X, o, pose, focal) {
	const { R, t } = pose;
	const z = R[6] * X[0] + R[7] * X[1] + R[8] * X[2] + t[2];
	if (!(z > 0)) return Infinity;
	const x = (R[0] * X[0] + R[1] * X[1] + R[2] * X[2] + t[0]) / z;
	const y = (R[3] * X[0] + R[4] * X[1] + R[5] * X[2] + t[1]) / z;
	return Math.hypot(x - o.xn, y - o.yn) * focal;
}
/**
* Recovers every camera's pose from synchronised 2D keypoints of a person (sequences[i] belongs to
* cameras[i], whose intrinsics are used; extrinsics are ignored).
*/
function calibrateFromPerson(cv, sequences, cameras, opts = {}) {
	const nCam = cameras.length;
	if (nCam < 2) throw new Error("calibrateFromPerson needs at least 2 cameras");
	const layout = getLayout(sequences[0].layout);
	const J = sequences[0].joints;
	const frames = Math.min(...sequences.map((s) => s.frames));
	const excluded = new Set((opts.excludeJoints ?? []).map((n) => layout.keypoints.indexOf(n)).filter((j) => j >= 0));
	const poseJoints = [...Array(J).keys()].filter((j) => !excluded.has(j));
	const minScore = opts.minScore ?? .3;
	const thrPx = opts.thresholdPx ?? 8;
	const warnings = [];
	const pcs = cameras.map((c) => prepareCamera(c));
	const tmp = /* @__PURE__ */ new Float64Array(2);
	const obs = cameras.map((_, c) => {
		const s = sequences[c];
		const perFrame = [];
		for (let f = 0; f < frames; f++) {
			const perJoint = [];
			for (let j = 0; j < J; j++) {
				const list = [];
				for (let p = 0; p < s.persons; p++) {
					const o = ((f * s.persons + p) * s.joints + j) * 3;
					const u = s.data[o], v = s.data[o + 1];
					if (!(s.data[o + 2] >= minScore) || !Number.isFinite(u)) continue;
					undistortPoint(pcs[c], u, v, tmp, 0);
					list.push({
						cam: c,
						person: p,
						xn: tmp[0],
						yn: tmp[1],
						u,
						v
					});
				}
				perJoint.push(list);
			}
			perFrame.push(perJoint);
		}
		return perFrame;
	});
	const focal = cameras.map((c) => .5 * (c.matrix[0] + c.matrix[4]));
	const pairData = (a, b) => {
		const corr = [];
		for (let f = 0; f < frames; f++) for (const j of poseJoints) for (const oa of obs[a][f][j]) for (const ob of obs[b][f][j]) corr.push({
			f,
			j,
			a: oa,
			b: ob
		});
		const x1 = new Float64Array(corr.length * 2);
		const x2 = new Float64Array(corr.length * 2);
		const groups = new Int32Array(corr.length);
		corr.forEach((c, i) => {
			groups[i] = (c.f * 64 + c.a.person) * 64 + c.b.person;
			x1[2 * i] = c.a.xn;
			x1[2 * i + 1] = c.a.yn;
			x2[2 * i] = c.b.xn;
			x2[2 * i + 1] = c.b.yn;
		});
		return {
			corr,
			x1,
			x2,
			groups
		};
	};
	const pairCache = /* @__PURE__ */ new Map();
	const solveCandidate = (ransacSeed) => {
		const candidateWarnings = [];
		let seed = null;
		for (let a = 0; a < nCam; a++) for (let b = a + 1; b < nCam; b++) {
			const data = pairCache.get(a * nCam + b) ?? pairCache.set(a * nCam + b, pairData(a, b)).get(a * nCam + b);
			const thr = thrPx / Math.sqrt(focal[a] * focal[b]);
			const slots = new Set(data.corr.map((c) => c.f * J + c.j)).size;
			const multi = data.corr.length > 1.3 * slots;
			const r = essentialRansac(data.x1, data.x2, thr, {
				seed: ransacSeed,
				...opts.groupedSampling ?? multi ? { groups: data.groups } : {},
				iterations: multi ? 4e3 : 1500
			});
			if (r && (!seed || r.count > seed.count)) seed = {
				a,
				b,
				R: r.R,
				t: r.t,
				inliers: r.inliers,
				count: r.count,
				data
			};
		}
		if (!seed || seed.count < 30) throw new Error("not enough consistent keypoints between any two cameras");
		const I = new Float64Array([
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
		const Rt = new Array(nCam);
		Rt[seed.a] = {
			R: I,
			t: /* @__PURE__ */ new Float64Array(3)
		};
		Rt[seed.b] = {
			R: seed.R,
			t: seed.t
		};
		const pointKey = (f, p, j) => (f * 64 + p) * J + j;
		const points = /* @__PURE__ */ new Map();
		seed.data.corr.forEach((c, i) => {
			if (!seed.inliers[i]) return;
			const key = pointKey(c.f, c.a.person, c.j);
			if (points.has(key)) return;
			const X = triangulatePair(I, [
				0,
				0,
				0
			], seed.R, seed.t, c.a.xn, c.a.yn, c.b.xn, c.b.yn);
			if (!X || X[2] <= 0) return;
			points.set(key, {
				X,
				f: c.f,
				j: c.j,
				obs: [c.a, c.b]
			});
		});
		for (let c = 0; c < nCam; c++) {
			if (Rt[c]) continue;
			const objPts = [];
			const imgPts = [];
			const refs = [];
			for (const [key, P] of points) for (const o of obs[c][P.f][P.j]) {
				objPts.push(...P.X);
				imgPts.push(o.xn, o.yn);
				refs.push({
					key,
					o
				});
			}
			if (refs.length < 12) throw new Error(`camera ${cameras[c].name} shares too few keypoints with the others`);
			const m = refs.length;
			const obj = cv.matFromArray(m, 1, cv.CV_64FC3, objPts);
			const img = cv.matFromArray(m, 1, cv.CV_64FC2, imgPts);
			const K = cv.matFromArray(3, 3, cv.CV_64F, [
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
			const D = new cv.Mat();
			const rvec = new cv.Mat();
			const tvec = new cv.Mat();
			const inl = new cv.Mat();
			try {
				cv.solvePnPRansac(obj, img, K, D, rvec, tvec, false, 2e3, thrPx / focal[c], .999, inl, cv.SOLVEPNP_EPNP);
				const R = rotationMatrix(Array.from(rvec.data64F));
				Rt[c] = {
					R,
					t: Float64Array.from(tvec.data64F)
				};
				const ids = Array.from(inl.data32S ?? []);
				for (const i of ids) points.get(refs[i].key).obs.push(refs[i].o);
				if (ids.length < 12) candidateWarnings.push({
					code: "weak-camera",
					message: `${cameras[c].name}: only ${ids.length} keypoints agree with the other cameras`
				});
			} finally {
				for (const mm of [
					obj,
					img,
					K,
					D,
					rvec,
					tvec,
					inl
				]) mm.delete();
			}
		}
		let cams = cameras.map((c, i) => ({
			...c,
			rotation: rotationVector(Rt[i].R),
			translation: [
				Rt[i].t[0],
				Rt[i].t[1],
				Rt[i].t[2]
			]
		}));
		let ba = null;
		let groups = [];
		let oc = [];
		let lastUv = [];
		for (let round = 0; round < 3; round++) {
			const poses = cams.map((c) => ({
				R: rotationMatrix(c.rotation),
				t: Float64Array.from(c.translation)
			}));
			const f2 = cams.map((c) => .5 * (c.matrix[0] + c.matrix[4]));
			groups = [];
			const starts = [];
			for (let f = 0; f < frames; f++) for (const j of poseJoints) {
				const list = obs.flatMap((perCam) => perCam[f][j]);
				for (const g of associate(list, poses, f2, round === 0 ? 2 * thrPx : thrPx)) {
					groups.push({
						f,
						j,
						obs: g.obs
					});
					starts.push(...g.X);
				}
			}
			if (groups.length < 30) throw new Error("too few keypoints agree between the cameras");
			oc = [];
			const ob = [];
			const uv = [];
			lastUv = uv;
			groups.forEach((g, b) => {
				for (const o of g.obs) {
					oc.push(o.cam);
					ob.push(b);
					uv.push(o.u, o.v);
				}
			});
			ba = bundleAdjust({
				cameras: cams,
				fixedCameras: [seed.a],
				kind: "points",
				points: Float64Array.from(starts),
				observations: {
					camera: Int32Array.from(oc),
					block: Int32Array.from(ob),
					uv: Float64Array.from(uv)
				},
				huberPx: opts.huberPx ?? 4,
				optimizeFocal: opts.refineFocal ?? false,
				maxIterations: 30
			});
			cams = ba.cameras;
		}
		return {
			cams,
			ba,
			groups,
			oc,
			uv: lastUv,
			seedCam: seed.a,
			warnings: candidateWarnings
		};
	};
	const restarts = Math.max(1, opts.restarts ?? 5);
	let best = null;
	const candidates = [];
	let lastError = null;
	for (let k = 0; k < restarts; k++) {
		let cand;
		try {
			cand = solveCandidate((opts.seed ?? 1) + k);
		} catch (err) {
			lastError = err;
			const error = lastError.message.split("\n")[0];
			opts.onCandidate?.({
				seed: (opts.seed ?? 1) + k,
				consensusCost: NaN,
				rmsPx: NaN,
				cameras: [],
				error
			});
			candidates.push({
				seed: (opts.seed ?? 1) + k,
				consensusCost: NaN,
				rmsPx: NaN,
				error
			});
			continue;
		}
		const score = consensusCost(obs, cand.cams, frames, poseJoints, thrPx);
		opts.onCandidate?.({
			seed: (opts.seed ?? 1) + k,
			consensusCost: score,
			rmsPx: cand.ba.rmsPx,
			cameras: cand.cams
		});
		candidates.push({
			seed: (opts.seed ?? 1) + k,
			consensusCost: score,
			rmsPx: cand.ba.rmsPx
		});
		if (!best || score < best.score) best = {
			...cand,
			score
		};
	}
	if (!best) throw lastError ?? /* @__PURE__ */ new Error("no camera pair shares enough consistent keypoints");
	const { cams, ba, oc, uv } = best;
	const groups = best.groups;
	warnings.push(...best.warnings);
	const seed = { a: best.seedCam };
	const adjustedPoints = groups.length;
	let P = ba.points;
	if (excluded.size) {
		const poses = cams.map((c) => ({
			R: rotationMatrix(c.rotation),
			t: Float64Array.from(c.translation)
		}));
		const f2 = cams.map((c) => .5 * (c.matrix[0] + c.matrix[4]));
		const extra = [];
		for (let f = 0; f < frames; f++) for (const j of excluded) for (const g of associate(obs.flatMap((perCam) => perCam[f][j]), poses, f2, thrPx)) {
			groups.push({
				f,
				j,
				obs: g.obs
			});
			extra.push(...g.X);
		}
		P = Float64Array.from([...P, ...extra]);
	}
	const idx = (name) => layout.keypoints.indexOf(name);
	const jl = idx("LAnkle"), jr = idx("RAnkle"), jn = idx("Nose");
	const parent = /* @__PURE__ */ new Map();
	const find = (x) => {
		let r = x;
		while (parent.has(r) && parent.get(r) !== r) r = parent.get(r);
		parent.set(x, r);
		return r;
	};
	const node = (f, o) => (f * 64 + o.cam) * 64 + o.person;
	const camsOf = /* @__PURE__ */ new Map();
	const links = /* @__PURE__ */ new Map();
	for (const g of groups) for (let x = 0; x < g.obs.length; x++) for (let y = x + 1; y < g.obs.length; y++) {
		const a = node(g.f, g.obs[x]), b = node(g.f, g.obs[y]);
		const k = a < b ? `${a}:${b}` : `${b}:${a}`;
		const l = links.get(k) ?? links.set(k, {
			a,
			b,
			n: 0
		}).get(k);
		l.n++;
	}
	for (const { a, b } of [...links.values()].sort((p, q) => q.n - p.n)) {
		const ra = find(a), rb = find(b);
		if (ra === rb) continue;
		const ca = camsOf.get(ra) ?? /* @__PURE__ */ new Set([Math.floor(ra / 64) % 64]);
		const cb = camsOf.get(rb) ?? /* @__PURE__ */ new Set([Math.floor(rb / 64) % 64]);
		if ([...ca].some((c) => cb.has(c))) continue;
		const root = Math.min(ra, rb);
		parent.set(Math.max(ra, rb), root);
		camsOf.set(root, /* @__PURE__ */ new Set([...ca, ...cb]));
	}
	const bodies = /* @__PURE__ */ new Map();
	groups.forEach((g, b) => {
		const key = `${g.f}:${find(node(g.f, g.obs[0]))}`;
		const body = bodies.get(key) ?? bodies.set(key, {
			f: g.f,
			at: /* @__PURE__ */ new Map(),
			support: /* @__PURE__ */ new Map()
		}).get(key);
		if ((body.support.get(g.j) ?? 0) >= g.obs.length) return;
		body.support.set(g.j, g.obs.length);
		body.at.set(g.j, [
			P[3 * b],
			P[3 * b + 1],
			P[3 * b + 2]
		]);
	});
	const jls = idx("LShoulder"), jrs = idx("RShoulder"), jlh = idx("LHip"), jrh = idx("RHip");
	const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
	const midpoint = (...pts) => [
		0,
		1,
		2
	].map((k) => pts.reduce((sum, p) => sum + p[k], 0) / pts.length);
	const axes = [];
	const trunk = [];
	const ankles = [];
	for (const { at } of bodies.values()) {
		const X = at.get(jn), l = at.get(jl), r = at.get(jr);
		if (!X || !l || !r) continue;
		const mid = midpoint(l, r);
		axes.push([
			X[0] - mid[0],
			X[1] - mid[1],
			X[2] - mid[2]
		]);
		ankles.push(mid);
		const ls = at.get(jls), rs = at.get(jrs);
		if (ls && rs) trunk.push(midpoint(ls, rs).map((v, k) => v - mid[k]));
	}
	if (axes.length < 3) throw new Error("the nose and both ankles are rarely seen: cannot find the floor and scale");
	const unitMedian = (v) => {
		const m = [
			0,
			1,
			2
		].map((k) => upperMedian(v.map((a) => a[k])));
		const l = Math.hypot(m[0], m[1], m[2]);
		return m.map((x) => x / l);
	};
	const upFrom = trunk.length >= 3 ? trunk : axes;
	let up = unitMedian(upFrom);
	const trunkLength = upperMedian(upFrom.map((a) => Math.hypot(a[0], a[1], a[2])));
	for (let pass = 0; pass < 2; pass++) {
		const v = [];
		for (const { at } of bodies.values()) {
			const l = at.get(jl), r = at.get(jr), ls = at.get(jls), rs = at.get(jrs), lh = at.get(jlh), rh = at.get(jrh);
			if (!l || !r || !ls || !rs || !lh || !rh) continue;
			const hl = dot(l, up), hr = dot(r, up);
			const base = Math.abs(hl - hr) > .12 * trunkLength ? hl < hr ? l : r : midpoint(l, r);
			v.push(midpoint(ls, rs, lh, rh).map((x, k) => x - base[k]));
		}
		if (v.length < 3) break;
		up = unitMedian(v);
	}
	const footholds = [];
	for (const { at } of bodies.values()) {
		const l = at.get(jl), r = at.get(jr);
		if (l) footholds.push(!r || dot(l, up) <= dot(r, up) ? l : r);
	}
	const floor = floorNormal(footholds, {
		up,
		sigmaUp: .03,
		sigmaFoot: .03 * trunkLength / 1.36,
		effectivePoints: 10
	});
	let upFromFloor = false;
	if (floor) {
		const n = dot(floor, up) < 0 ? floor.map((v) => -v) : floor;
		if (dot(n, up) > Math.cos(30 * Math.PI / 180)) {
			up = n;
			upFromFloor = true;
		}
	}
	const dist = (X, Y) => X && Y ? Math.hypot(X[0] - Y[0], X[1] - Y[1], X[2] - Y[2]) : NaN;
	const tallestChain = /* @__PURE__ */ new Map();
	for (const { f, at } of bodies.values()) {
		const j = (name) => at.get(idx(name));
		const sides = ["L", "R"].map((sd) => dist(j(`${sd}Ankle`), j(`${sd}Knee`)) + dist(j(`${sd}Knee`), j(`${sd}Hip`)) + dist(j(`${sd}Hip`), j(`${sd}Shoulder`))).filter(Number.isFinite);
		if (!sides.length) continue;
		const c = sides.reduce((a, b) => a + b, 0) / sides.length;
		if (!(c <= (tallestChain.get(f) ?? 0))) tallestChain.set(f, c);
	}
	const heightM = opts.personHeightM ?? 1.75;
	const scale = tallestChain.size >= 3 ? LEG_TRUNK_SHARE * heightM / upperMedian([...tallestChain.values()]) : NOSE_ANKLE_SHARE * heightM / upperMedian(axes.map((a) => dot(a, up)));
	const origin = [
		0,
		1,
		2
	].map((k) => ankles.reduce((s, a) => s + a[k], 0) / ankles.length).map((v, k) => v - ANKLE_HEIGHT_SHARE * heightM * up[k] / scale);
	const Ra = rotationMatrix(cams[seed.a].rotation);
	const view = [
		Ra[6],
		Ra[7],
		Ra[8]
	];
	const d = view[0] * up[0] + view[1] * up[1] + view[2] * up[2];
	let xAxis = view.map((v, k) => v - d * up[k]);
	const xl = Math.hypot(xAxis[0], xAxis[1], xAxis[2]);
	xAxis = xAxis.map((v) => v / xl);
	const yAxis = [
		up[1] * xAxis[2] - up[2] * xAxis[1],
		up[2] * xAxis[0] - up[0] * xAxis[2],
		up[0] * xAxis[1] - up[1] * xAxis[0]
	];
	const Rw = new Float64Array([
		...xAxis,
		...yAxis,
		...up
	]);
	const RwT = transpose3(Rw);
	const out = cams.map((c) => {
		const R = rotationMatrix(c.rotation);
		const Rn = mulMat(R, RwT);
		const t = [
			0,
			1,
			2
		].map((i) => scale * (R[i * 3] * origin[0] + R[i * 3 + 1] * origin[1] + R[i * 3 + 2] * origin[2] + c.translation[i]));
		return {
			...c,
			rotation: rotationVector(Rn),
			translation: t
		};
	});
	const perCam = new Array(nCam).fill(0);
	for (const c of oc) perCam[c]++;
	const perCamera = cameras.map((cam, c) => {
		const e = [];
		const cells = /* @__PURE__ */ new Set();
		oc.forEach((cc, i) => {
			if (cc !== c) return;
			e.push(ba.errorsPx[i]);
			const gx = Math.min(7, Math.max(0, Math.floor(8 * uv[2 * i] / cam.width)));
			const gy = Math.min(7, Math.max(0, Math.floor(8 * uv[2 * i + 1] / cam.height)));
			cells.add(gy * 8 + gx);
		});
		const finite = e.filter(Number.isFinite);
		return {
			keypoints: e.length,
			medianErrorPx: finite.length ? upperMedian(finite) : NaN,
			rmsErrorPx: finite.length ? Math.sqrt(finite.reduce((a, b) => a + b * b, 0) / finite.length) : NaN,
			coverage: cells.size / 64
		};
	});
	const areaCoveredM = floorSpread(footholds.map((p) => {
		const q = [
			p[0] - origin[0],
			p[1] - origin[1],
			p[2] - origin[2]
		];
		return [scale * (q[0] * xAxis[0] + q[1] * xAxis[1] + q[2] * xAxis[2]), scale * (q[0] * yAxis[0] + q[1] * yAxis[1] + q[2] * yAxis[2])];
	}));
	const worldFrame = `origin on the floor under the person, Z up (${upFromFloor ? "the floor through the standing feet, weighed with the body from the standing foot to the hips and shoulders" : "from the standing foot to the hips and shoulders"}), X along ${cameras[seed.a].name}'s view, scale from a ${heightM} m ${tallestChain.size >= 3 ? "person (ankle–knee–hip–shoulder)" : "person (nose height)"}`;
	return {
		cameras: out,
		reprojectionErrorPx: ba.rmsPx,
		points: adjustedPoints,
		observationsPerCamera: perCam,
		scale,
		perCamera,
		areaCoveredM,
		worldFrame,
		candidates,
		warnings
	};
}
/** Warnings a user can act on, from the report's numbers. */
function fromPersonWarnings(r) {
	const w = [];
	if (r.areaCoveredM[0] < 1) w.push({
		code: "small-area",
		message: `the person stayed within about ${r.areaCoveredM[0].toFixed(1)} × ${r.areaCoveredM[1].toFixed(1)} m of floor: camera angles are weakly fixed (expect a few degrees off); film them walking through the whole space the cameras share`
	});
	if (r.halves && r.halves.maxRotationDiffDeg > 2) w.push({
		code: "halves-disagree",
		message: `the two halves of the take place the cameras up to ${r.halves.maxRotationDiffDeg.toFixed(1)}° and ${r.halves.maxDistanceDiffPct.toFixed(0)} % apart: film a longer take with more movement`
	});
	for (const c of r.cameras) {
		if (c.coverage < .1) w.push({
			code: "low-coverage",
			message: `${c.camera}: the person covers only ${(100 * c.coverage).toFixed(0)} % of its image; it is poorly constrained — move the person through more of its view`
		});
		if (c.medianErrorPx > 10) w.push({
			code: "high-error",
			message: `${c.camera}: keypoints fit its position ${c.medianErrorPx.toFixed(1)} px off (median); check that its video is synchronised with the others and its lens calibration is right`
		});
	}
	return w;
}
// src/calibration/fromPersonSolve.ts
/** Frames [from, to) of a sequence. */
function sliceFrames(q, from, to) {
	const per = q.persons * q.joints * 3;
	return {
		...q,
		frames: to - from,
		data: q.data.slice(from * per, to * per),
		timestampsMs: q.timestampsMs.slice(from, to),
		trackIds: q.trackIds.slice(from * q.persons, to * q.persons)
	};
}
/** Calibrates the cameras from the person, checks the two halves of the take, builds the report. */
function solveFromPerson(cv, input) {
	const { pooled, cameras, settings, leftOut } = input;
	const log = input.log ?? (() => {});
	let res;
	try {
		res = calibrateFromPerson(cv, pooled, cameras, {
			personHeightM: settings.person_height_m,
			onCandidate: (c) => log(c.error ? `from-person: candidate ${c.seed}: failed (${c.error})` : `from-person: candidate ${c.seed}: consensus cost ${(c.consensusCost / 1e3).toFixed(1)}k px², reprojection ${c.rmsPx.toFixed(2)} px`)
		});
	} catch (err) {
		throw new UserError(`calibration from the person failed (${err.message}); film the person walking through the whole area every camera sees, fully in view, for 10 s or more`);
	}
	const solved = res.candidates.filter((c) => !c.error);
	if (res.candidates.length > 1 && solved.length) log(`from-person: kept candidate ${solved.reduce((a, b) => b.consensusCost < a.consensusCost ? b : a).seed} (the lowest consensus cost)`);
	let halves = null;
	const frames = Math.min(...pooled.map((s) => s.frames));
	if (settings.person_check_halves && frames < 40) log(`from-person: the take has only ${frames} frames; the consistency check (each half calibrated alone) needs 40 or more and is skipped`);
	if (settings.person_check_halves && frames >= 40) {
		log("from-person: checking consistency — calibrating each half of the take alone");
		try {
			const half = (a, b) => calibrateFromPerson(cv, pooled.map((q) => sliceFrames(q, a, b)), cameras, { personHeightM: settings.person_height_m }).cameras;
			const cmp = compareRigs({ cameras: half(0, frames >> 1) }, { cameras: half(frames >> 1, frames) });
			halves = {
				maxRotationDiffDeg: cmp.maxRotationDiffDeg,
				maxDistanceDiffPct: cmp.maxDistanceDiffPct
			};
		} catch (err) {
			leftOut.push({
				code: "halves-failed",
				message: `the consistency check could not calibrate a half of the take alone (${err.message.split("\n")[0]}): the take holds little more than the calibration needs; film a longer take with the person walking through the whole space, fully in view`
			});
			log(`warning: ${leftOut.at(-1).message}`);
		}
	}
	const base = {
		session: input.session,
		frames,
		takes: input.takes,
		model: input.model,
		personHeightM: settings.person_height_m,
		reprojectionErrorPx: res.reprojectionErrorPx,
		keypoints3d: res.points,
		cameras: res.cameras.map((c, i) => ({
			camera: c.name,
			...res.perCamera[i],
			positionM: cameraCenter(c)
		})),
		areaCoveredM: res.areaCoveredM,
		worldFrame: res.worldFrame,
		candidates: res.candidates,
		halves
	};
	const report = {
		...base,
		warnings: [
			...leftOut,
			...res.warnings,
			...fromPersonWarnings(base)
		]
	};
	const lines = [
		`from the person: ${res.points} 3D keypoints, reprojection ${res.reprojectionErrorPx.toFixed(2)} px, scale from a ${settings.person_height_m} m person`,
		"camera    keypoints  median px  coverage",
		...report.cameras.map((c) => `${c.camera.padEnd(9)} ${String(c.keypoints).padStart(9)} ${c.medianErrorPx.toFixed(1).padStart(10)} ${`${(100 * c.coverage).toFixed(0)} %`.padStart(9)}`),
		`floor area covered ${res.areaCoveredM[0].toFixed(2)} × ${res.areaCoveredM[1].toFixed(2)} m` + (halves ? `; halves of the take agree within ${halves.maxRotationDiffDeg.toFixed(1)}° and ${halves.maxDistanceDiffPct.toFixed(1)} %` : ""),
		input.lensLine,
		`world frame: ${res.worldFrame}`,
		...report.warnings.map((w) => `warning: ${w.message}`)
	];
	const calibrationToml = formatCalibrationToml({ cameras: res.cameras }, {
		calibrated_by: input.calibratedBy,
		person_height_m: settings.person_height_m,
		reprojection_error_px: res.reprojectionErrorPx,
		extrinsics_calibrated: true,
		world_frame: res.worldFrame,
		...input.guessed.length ? { lenses_guessed: input.guessed } : {}
	});
	return {
		res,
		report,
		lines,
		calibrationToml
	};
}
// web/calibrateWorker.ts
/**
* opencv.js, fetched from opencv/ beside the page (served by `openmocap app` from node_modules, copied
* there by `npm run build:web`; ~11 MB, so it is not inlined in this worker's chunk) and run as a
* classic script with this worker's global as `this`, where its UMD wrapper puts `cv`. Its module object
* is a thenable: passing it through a promise would hang on its `then`, so it is handed out only
* wrapped, once its wasm runtime is ready (cv.Mat exists).
*/
async function loadOpenCv() {
	const url = new URL("../opencv/opencv.js", self.location.href);
	const res = await fetch(url);
	if (!res.ok) throw new Error(`opencv.js could not be loaded from ${url.pathname} (HTTP ${res.status}); serve the page with "openmocap app", or run "npm run build:web" to copy it into web-dist/opencv/`);
	new Function(await res.text()).call(self);
	const cv = self.cv;
	return new Promise((resolve) => {
		const poll = () => {
			if (cv.Mat) resolve({ cv });
			else setTimeout(poll, 20);
		};
		poll();
	});
}
self.onmessage = (e) => {
	const post = (m) => self.postMessage(m);
	loadOpenCv().then(({ cv }) => {
		post({
			type: "log",
			line: "opencv.js loaded; solving"
		});
		const solved = solveFromPerson(cv, {
			...e.data,
			log: (line) => post({
				type: "log",
				line
			})
		});
		post({
			type: "result",
			solved
		});
	}).catch((err) => post({
		type: "error",
		message: err.message.split("\n")[0],
		user: err.name === "UserError"
	}));
};
