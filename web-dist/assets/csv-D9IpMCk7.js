import { k as getLayout } from "./browser-DBdux0Pi.js";
// src/formats/toFixedFast.ts
var POW10 = [
	1,
	10,
	100,
	1e3,
	1e4,
	1e5,
	1e6,
	1e7,
	1e8,
	1e9
];
var ZEROS = [
	"",
	"0",
	"00",
	"000",
	"0000",
	"00000",
	"000000",
	"0000000",
	"00000000",
	"000000000"
];
/**
* `x.toFixed(decimals)`, same string, faster for the usual case. x·10^d is computed with a relative
* error ≤ 2^-53, i.e. < 2.4e-7 absolute while |x·10^d| < 2^31; when it is further than 1e-6 from a
* rounding tie, Math.round gives the integer toFixed picks (ECMA-262 Number.prototype.toFixed: the n
* with n/10^f − x closest to zero). Ties, zero (toFixed keeps the sign of −0.0000001), large values,
* NaN and decimals > 9 go to toFixed itself.
*/
function toFixedFast(x, decimals) {
	if (decimals > 9) return x.toFixed(decimals);
	const v = x * POW10[decimals];
	const r = Math.round(v);
	if (r === 0 || !(Math.abs(r) < 2147483647) || Math.abs(Math.abs(v - r) - .5) < 1e-6) return x.toFixed(decimals);
	const neg = r < 0;
	const digits = String(neg ? -r : r);
	const body = decimals === 0 ? digits : digits.length > decimals ? `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}` : `0.${ZEROS[decimals - digits.length]}${digits}`;
	return neg ? `-${body}` : body;
}
// src/formats/csv.ts
var POINTS_CSV_HEADER = "frame,time,joint,x,y,z,reprojection_error_px,cameras";
/** Quotes a CSV cell when it needs it (RFC 4180). */
var cell = (s) => /[",\n\r]/.test(s) ? `"${s.replace(/"/g, "\"\"")}"` : s;
/** Rows per chunk: each chunk is joined into one flat string while its pieces are still young garbage. */
var CHUNK_ROWS = 2048;
/**
* The same CSV as formatPointsCsv, as consecutive text chunks of CHUNK_ROWS rows each: what the
* exporter writes, since an hour of points (tens of millions of rows) is longer than a JavaScript
* string may be.
*/
function* pointsCsvChunks(points, cameraNames, opts = {}) {
	const decimals = opts.decimals ?? 6;
	const names = getLayout(points.layout).keypoints.map(cell);
	const usedByMask = /* @__PURE__ */ new Map();
	const camerasCell = (mask) => {
		let s = usedByMask.get(mask);
		if (s === void 0) {
			const used = [];
			for (let c = 0; c < cameraNames.length && c < 32; c++) if (mask & 1 << c) used.push(cameraNames[c]);
			s = cell(used.join(";"));
			usedByMask.set(mask, s);
		}
		return s;
	};
	const { data, joints } = points;
	yield `${POINTS_CSV_HEADER}\n`;
	let rows = [];
	for (let f = 0; f < points.frames; f++) {
		const prefix = `${f},${(points.timestampsMs[f] / 1e3).toFixed(6)},`;
		for (let j = 0; j < joints; j++) {
			const k = f * joints + j;
			const x = data[k * 3], y = data[k * 3 + 1], z = data[k * 3 + 2];
			if (!(Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z))) rows.push(`${prefix}${names[j]},,,,,`);
			else {
				const err = points.reprojectionErrorPx[k];
				rows.push(`${prefix}${names[j]},${toFixedFast(x, decimals)},${toFixedFast(y, decimals)},${toFixedFast(z, decimals)},${Number.isFinite(err) ? toFixedFast(err, 3) : ""},${camerasCell(points.cameraMask[k])}`);
			}
			if (rows.length === CHUNK_ROWS) {
				yield `${rows.join("\n")}\n`;
				rows = [];
			}
		}
	}
	if (rows.length > 0) yield `${rows.join("\n")}\n`;
}
export { pointsCsvChunks };
