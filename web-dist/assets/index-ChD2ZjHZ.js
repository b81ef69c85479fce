const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./csv-D9IpMCk7.js","./browser-DBdux0Pi.js","./browser-sDBIGSeX.css","./c3d-DIKwVH39.js","./bvh-C2FA98Jq.js","./three.core-BPDB2gFZ.js","./gltf-DWtR8Vk8.js","./fitSkeleton-C1vpt1df.js"])))=>i.map(i=>d[i]);
import { A as layoutNames, B as upperMedian, C as projectPoint, D as FrameWindow, E as DEFAULT_CHUNK_FRAMES, F as parse, G as number, H as _enum, I as TomlError, J as record, K as object, N as parseCalibrationTomlDetailed, O as canonicalLayoutName, P as matrixToRodrigues, Q as personColour, R as medianInPlace, S as prepareCamera, T as undistortPoint, U as array, V as upperMedianInPlace, W as boolean, X as resolveFinder, Y as string, Z as UserError, _ as boneStability, b as lensForImage, c as triangulate, d as detectSettingsSchema, et as __exportAll, f as triangulateSettingsSchema, g as boneLengths, h as REL_ERROR_GOOD, i as calibrateInPage, j as detectTranslationUnits, k as getLayout, l as Geometry, m as REL_ERROR_FAIR, n as ZipDeflate, p as resampleSequence, q as preprocess, r as ZipPassThrough, s as imageScales, t as Zip, u as calibrationSettingsSchema, v as computeQuality, x as cameraCenter, y as judgedBones, z as quantile } from "./browser-DBdux0Pi.js";
// src/formats/exportFormats.ts
var EXPORT_FORMATS = [
	"trc",
	"csv",
	"c3d",
	"bvh",
	"glb",
	"angles",
	"angles-json",
	"com",
	"com-json"
];
var EXPORT_FORMAT_INFO = {
	trc: {
		file: "output/points3d.trc",
		description: "filtered 3D keypoints for OpenSim / Pose2Sim (metres, Y up)"
	},
	csv: {
		file: "output/points3d.csv",
		description: "tidy table: frame, time, joint, x, y, z, reprojection error, cameras used"
	},
	c3d: {
		file: "output/points3d.c3d",
		description: "C3D for biomechanics software (header and parameters per the C3D specification, captures past 65,535 frames: [docs/c3d-and-long-captures.md](docs/c3d-and-long-captures.md))"
	},
	bvh: {
		file: "output/skeleton.bvh",
		description: "a fitted skeleton with constant bone lengths, animated (see *Exports* below)"
	},
	glb: {
		file: "output/skeleton.glb",
		description: "the same skeleton as glTF binary, for Blender, three.js and game engines"
	},
	angles: {
		file: "output/joint_angles.csv",
		description: "hip, knee, shoulder, elbow and trunk angles per frame, degrees"
	},
	"angles-json": {
		file: "output/joint_angles.json",
		description: "the joint angles as JSON"
	},
	com: {
		file: "output/centre_of_mass.csv",
		description: "whole-body centre of mass per frame, metres"
	},
	"com-json": {
		file: "output/centre_of_mass.json",
		description: "the centre of mass as JSON"
	}
};
// \0vite/preload-helper.js
var scriptRel = "modulepreload";
var assetsURL = function(dep, importerUrl) {
	return new URL(dep, importerUrl).href;
};
var seen = {};
var isCssPreloadUrl = function isCssPreloadUrl(url) {
	return url.pathname.endsWith(".css");
};
var preloadOnce = function preloadOnce(seen, href, preload) {
	if (href in seen) return seen[href];
	const promise = preload();
	if (!promise) {
		seen[href] = void 0;
		return;
	}
	const preloadPromise = promise.then(() => {
		seen[href] = void 0;
	}, (err) => {
		seen[href] = void 0;
		throw err;
	});
	seen[href] = preloadPromise;
	return preloadPromise;
};
var __vitePreload = function preload(baseModule, deps, importerUrl) {
	let promise = Promise.resolve();
	if (deps && deps.length > 0) {
		let preloadedHrefs;
		const cspNonceMeta = document.querySelector("meta[property=csp-nonce]");
		const cspNonce = cspNonceMeta?.nonce || cspNonceMeta?.getAttribute("nonce");
		function allSettled(promises) {
			return Promise.all(promises.map((p) => Promise.resolve(p).then((value) => ({
				status: "fulfilled",
				value
			}), (reason) => ({
				status: "rejected",
				reason
			}))));
		}
		function importMetaResolve(specifier) {
			if (import.meta.resolve) return new URL(import.meta.resolve(specifier));
			return new URL(
				specifier,
				/** #__KEEP__ */
				import.meta.url
			);
		}
		promise = allSettled(deps.map((depString) => {
			depString = assetsURL(depString, importerUrl);
			const dep = importMetaResolve(depString);
			const isCss = isCssPreloadUrl(dep);
			return preloadOnce(seen, dep.href, () => {
				if (preloadedHrefs === void 0) {
					preloadedHrefs = {
						all: /* @__PURE__ */ new Set(),
						styles: /* @__PURE__ */ new Set()
					};
					const links = document.getElementsByTagName("link");
					for (let i = links.length - 1; i >= 0; i--) {
						const link = links[i];
						preloadedHrefs.all.add(link.href);
						if (link.rel === "stylesheet") preloadedHrefs.styles.add(link.href);
					}
				}
				if ((isCss ? preloadedHrefs.styles : preloadedHrefs.all).has(dep.href)) return;
				const link = document.createElement("link");
				link.rel = isCss ? "stylesheet" : scriptRel;
				if (!isCss) link.as = "script";
				link.crossOrigin = "";
				link.href = dep.href;
				if (cspNonce) link.setAttribute("nonce", cspNonce);
				document.head.appendChild(link);
				if (isCss) return new Promise((res, rej) => {
					const handleSettle = (e) => {
						link.removeEventListener("load", handleSettle);
						link.removeEventListener("error", handleSettle);
						if (e.type === "error") rej(/* @__PURE__ */ new Error(`Unable to preload CSS for ${dep}`));
						else res(e);
					};
					link.addEventListener("load", handleSettle);
					link.addEventListener("error", handleSettle);
				});
			});
		}).filter((p) => p !== void 0));
	}
	function handlePreloadError(err) {
		const e = new Event("vite:preloadError", { cancelable: true });
		e.payload = err;
		window.dispatchEvent(e);
		if (!e.defaultPrevented) throw err;
	}
	return promise.then((res) => {
		for (const item of res || []) {
			if (item.status !== "rejected") continue;
			handlePreloadError(item.reason);
		}
		return baseModule().catch(handlePreloadError);
	});
};
// src/session/exports.ts
/** Files of the output folder, session-relative. */
var OUTPUT = {
	/** The output folder itself. */
	dir: "output",
	raw: "output/points3d_raw.p3d",
	rawTrc: "output/points3d_raw.trc",
	filtered: "output/points3d.p3d",
	reportHtml: "output/report.html",
	reportJson: "output/report.json",
	sync: "output/sync.json",
	/** `openmocap overlay`'s videos. */
	overlayDir: "output/overlay",
	/** With [triangulation] people = "all" or N: who was seen when (see docs/multi-person.md). */
	people: "output/people.json"
};
/** The folder of person n's outputs with several people, session-relative. */
var personDir = (id) => `${OUTPUT.dir}/person-${id}`;
/** Where a single-person output file (session-relative, under output/) goes for person n. */
var personFile = (rel, id) => `${personDir(id)}/${rel.slice(OUTPUT.dir.length + 1)}`;
/** Where each export format goes (from the registry, formats/exportFormats.ts). */
var EXPORT_FILES = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, EXPORT_FORMAT_INFO[f].file]));
/** The files a report lists for its capture, session-relative: the raw TRC, each chosen export, the report itself. */
function reportedFiles(settings) {
	return [
		OUTPUT.rawTrc,
		...settings.output.formats.map((f) => EXPORT_FILES[f]),
		OUTPUT.reportHtml,
		OUTPUT.reportJson
	];
}
/** The keypoint score the report counts a 2D observation from ([triangulation].min_score). */
function reportMinScore(settings) {
	return settings.triangulation.min_score;
}
var cameraNames = (file) => file.meta.cameras ?? [];
/**
* How each format of the registry (formats/exportFormats.ts) is made from the filtered 3D points;
* a Record over every format, so a registered format without a maker does not compile. TRC, CSV and
* BVH come as chunks (an hour of points is longer than a JavaScript string may be). BVH, glTF, joint
* angles and centre of mass come from the skeleton and analysis modules, computed once per points
* object however many formats use them.
*/
var MAKERS = {
	trc: async (file, settings) => (await __vitePreload(async () => {
		const { trcChunks } = await Promise.resolve().then(() => trc_exports);
		return { trcChunks };
	}, void 0, import.meta.url)).trcChunks(file.points, {
		axes: settings.output.trc_axes,
		fileName: EXPORT_FILES.trc.split("/").pop()
	}),
	csv: async (file) => (await __vitePreload(async () => {
		const { pointsCsvChunks } = await import("./csv-D9IpMCk7.js");
		return { pointsCsvChunks };
	}, __vite__mapDeps([0,1,2]), import.meta.url)).pointsCsvChunks(file.points, cameraNames(file)),
	c3d: async (file) => (await __vitePreload(async () => {
		const { encodeC3d } = await import("./c3d-DIKwVH39.js");
		return { encodeC3d };
	}, __vite__mapDeps([3,1,2]), import.meta.url)).encodeC3d(file.points, { cameraNames: cameraNames(file) }),
	bvh: async ({ points }) => (await __vitePreload(async () => {
		const { bvhChunks } = await import("./bvh-C2FA98Jq.js");
		return { bvhChunks };
	}, __vite__mapDeps([4,5]), import.meta.url)).bvhChunks(await skeleton(points)),
	glb: async ({ points }) => (await __vitePreload(async () => {
		const { encodeGlb } = await import("./gltf-DWtR8Vk8.js");
		return { encodeGlb };
	}, __vite__mapDeps([6,4,5]), import.meta.url)).encodeGlb(await skeleton(points)),
	angles: async ({ points }) => (await __vitePreload(async () => {
		const { formatJointAnglesCsv } = await Promise.resolve().then(() => jointAngles_exports);
		return { formatJointAnglesCsv };
	}, void 0, import.meta.url)).formatJointAnglesCsv(await angles(points)),
	"angles-json": async ({ points }) => (await __vitePreload(async () => {
		const { formatJointAnglesJson } = await Promise.resolve().then(() => jointAngles_exports);
		return { formatJointAnglesJson };
	}, void 0, import.meta.url)).formatJointAnglesJson(await angles(points)),
	com: async ({ points }) => (await __vitePreload(async () => {
		const { formatCentreOfMassCsv } = await Promise.resolve().then(() => centreOfMass_exports);
		return { formatCentreOfMassCsv };
	}, void 0, import.meta.url)).formatCentreOfMassCsv(await com(points)),
	"com-json": async ({ points }) => (await __vitePreload(async () => {
		const { formatCentreOfMassJson } = await Promise.resolve().then(() => centreOfMass_exports);
		return { formatCentreOfMassJson };
	}, void 0, import.meta.url)).formatCentreOfMassJson(await com(points))
};
/** A format's content from the filtered 3D points. */
async function exportFormat(format, file, settings) {
	const make = Object.hasOwn(MAKERS, format) ? MAKERS[format] : void 0;
	if (!make) throw new UserError(`export format "${format}" is not known; choose from ${EXPORT_FORMATS.join(", ")}`);
	return make(file, settings);
}
var derived = /* @__PURE__ */ new WeakMap();
function once(points, key, make) {
	let cache = derived.get(points);
	if (!cache) derived.set(points, cache = /* @__PURE__ */ new Map());
	if (!cache.has(key)) cache.set(key, make());
	return cache.get(key);
}
var skeleton = (points) => once(points, "skeleton", async () => (await __vitePreload(async () => {
	const { fitSkeleton } = await import("./fitSkeleton-C1vpt1df.js");
	return { fitSkeleton };
}, __vite__mapDeps([7,1,2]), import.meta.url)).fitSkeleton(points));
var angles = (points) => once(points, "angles", async () => (await __vitePreload(async () => {
	const { jointAngles } = await Promise.resolve().then(() => jointAngles_exports);
	return { jointAngles };
}, void 0, import.meta.url)).jointAngles(points));
var com = (points) => once(points, "com", async () => (await __vitePreload(async () => {
	const { centreOfMass } = await Promise.resolve().then(() => centreOfMass_exports);
	return { centreOfMass };
}, void 0, import.meta.url)).centreOfMass(points));
// src/report/svg.ts
var PALETTE = [
	"#1f77b4",
	"#d62728",
	"#2ca02c",
	"#ff7f0e",
	"#9467bd",
	"#8c564b",
	"#e377c2",
	"#17becf",
	"#7f7f7f",
	"#bcbd22"
];
function esc(s) {
	return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
var num = (x) => (Math.round(x * 10) / 10).toString();
/** Round tick values covering [lo, hi]. */
function niceTicks(lo, hi, count = 5) {
	if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
	if (hi - lo < 1e-12) hi = lo + 1;
	const raw = (hi - lo) / count;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const step = [
		1,
		2,
		2.5,
		5,
		10
	].map((m) => m * mag).find((s) => s >= raw) ?? raw;
	const ticks = [];
	for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
	return ticks;
}
var tickLabel = (t) => Math.abs(t) >= 1e3 || Math.abs(t) < .01 && t !== 0 ? t.toExponential(1) : String(Number(t.toPrecision(4)));
/** A line plot; NaN values break the line (gaps stay visible as gaps). */
function linePlot(series, opts = {}) {
	const W = opts.width ?? 560;
	const H = opts.height ?? 220;
	const m = {
		l: 52,
		r: 12,
		t: opts.title ? 24 : 10,
		b: 34
	};
	let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
	for (const s of series) for (let i = 0; i < s.xs.length; i++) {
		const x = s.xs[i], y = s.ys[i];
		if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
		x0 = Math.min(x0, x);
		x1 = Math.max(x1, x);
		y0 = Math.min(y0, y);
		y1 = Math.max(y1, y);
	}
	const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" class="plot">`];
	if (opts.title) parts.push(`<text x="${m.l}" y="16" class="title">${esc(opts.title)}</text>`);
	if (!Number.isFinite(x0)) {
		parts.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle" class="muted">no data</text></svg>`);
		return parts.join("");
	}
	const pad = (y1 - y0) * .05 || .5;
	y0 -= pad;
	y1 += pad;
	if (x1 === x0) x1 = x0 + 1;
	const sx = (x) => m.l + (x - x0) / (x1 - x0) * (W - m.l - m.r);
	const sy = (y) => H - m.b - (y - y0) / (y1 - y0) * (H - m.t - m.b);
	for (const t of niceTicks(y0, y1, 4)) parts.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${num(sy(t))}" y2="${num(sy(t))}" class="grid"/><text x="${m.l - 4}" y="${num(sy(t) + 4)}" text-anchor="end" class="tick">${tickLabel(t)}</text>`);
	for (const t of niceTicks(x0, x1, 6)) parts.push(`<text x="${num(sx(t))}" y="${H - m.b + 14}" text-anchor="middle" class="tick">${tickLabel(t)}</text>`);
	parts.push(`<rect x="${m.l}" y="${m.t}" width="${W - m.l - m.r}" height="${H - m.t - m.b}" class="frame"/>`);
	if (opts.xLabel) parts.push(`<text x="${(W + m.l) / 2}" y="${H - 4}" text-anchor="middle" class="label">${esc(opts.xLabel)}</text>`);
	if (opts.yLabel) parts.push(`<text transform="translate(12 ${(H - m.b + m.t) / 2}) rotate(-90)" text-anchor="middle" class="label">${esc(opts.yLabel)}</text>`);
	series.forEach((s, k) => {
		const color = s.color ?? PALETTE[k % PALETTE.length];
		let d = "";
		let pen = false;
		for (let i = 0; i < s.xs.length; i++) {
			const x = s.xs[i], y = s.ys[i];
			if (!Number.isFinite(x) || !Number.isFinite(y)) {
				pen = false;
				continue;
			}
			d += `${pen ? "L" : "M"}${num(sx(x))} ${num(sy(y))}`;
			pen = true;
		}
		parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="1.4"${s.dashed ? " stroke-dasharray=\"4 3\"" : ""}><title>${esc(s.name)}</title></path>`);
	});
	if (opts.legend !== false && series.length > 1) {
		let x = m.l + 6;
		series.forEach((s, k) => {
			const color = s.color ?? PALETTE[k % PALETTE.length];
			parts.push(`<rect x="${x}" y="${m.t + 4}" width="10" height="3" fill="${color}"/><text x="${x + 13}" y="${m.t + 9}" class="legend">${esc(s.name)}</text>`);
			x += 18 + s.name.length * 6.2;
		});
	}
	parts.push("</svg>");
	return parts.join("");
}
/** Horizontal bar chart; bars above `warnAt` are drawn in the warning colour, above `badAt` in red. */
function barChart(labels, values, opts = {}) {
	const W = opts.width ?? 560;
	const rowH = 18;
	const top = opts.title ? 24 : 6;
	const H = top + labels.length * rowH + 8;
	const labelW = Math.min(180, 12 + Math.max(4, ...labels.map((l) => l.length)) * 6.6);
	const finite = values.filter(Number.isFinite);
	const maxV = Math.max(opts.badAt ?? 0, ...finite, 1e-9);
	const fmtV = opts.format ?? ((v) => Number.isFinite(v) ? `${Number(v.toPrecision(3))}${opts.unit ?? ""}` : "–");
	const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" class="plot">`];
	if (opts.title) parts.push(`<text x="4" y="16" class="title">${esc(opts.title)}</text>`);
	labels.forEach((label, i) => {
		const v = values[i];
		const y = top + i * rowH;
		const w = Number.isFinite(v) ? Math.max(0, v) / maxV * (W - labelW - 70) : 0;
		const cls = !Number.isFinite(v) ? "bar-na" : opts.badAt !== void 0 && v > opts.badAt ? "bar-bad" : opts.warnAt !== void 0 && v > opts.warnAt ? "bar-warn" : "bar-ok";
		parts.push(`<text x="${labelW - 6}" y="${y + 12}" text-anchor="end" class="tick">${esc(label)}</text>`);
		parts.push(`<rect x="${labelW}" y="${y + 2}" width="${num(w)}" height="13" class="${cls}"/>`);
		parts.push(`<text x="${num(labelW + w + 4)}" y="${y + 12}" class="tick">${esc(fmtV(v))}</text>`);
	});
	parts.push("</svg>");
	return parts.join("");
}
/**
* A stick figure drawn in one orthographic view. `points` are [joint][x, y, z] metres; `axes` picks
* which world axes are horizontal and vertical (e.g. [0, 2] = front view of a Z-up world).
*/
function stickFigure(frames, bones, joints, axes, opts = {}) {
	const W = opts.width ?? 560;
	const H = opts.height ?? 200;
	const top = opts.title ? 22 : 4;
	let h0 = Infinity, h1 = -Infinity, v0 = Infinity, v1 = -Infinity;
	for (const fr of frames) for (let j = 0; j < joints; j++) {
		const a = fr.xyz[j * 3 + axes[0]], b = fr.xyz[j * 3 + axes[1]];
		if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
		h0 = Math.min(h0, a);
		h1 = Math.max(h1, a);
		v0 = Math.min(v0, b);
		v1 = Math.max(v1, b);
	}
	const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" class="plot">`];
	if (opts.title) parts.push(`<text x="4" y="15" class="title">${esc(opts.title)}</text>`);
	if (!Number.isFinite(h0)) return `${parts.join("")}</svg>`;
	const cellW = W / Math.max(1, frames.length);
	const span = Math.max(h1 - h0, v1 - v0, .1) * 1.1;
	const scale = Math.min(cellW, H - top - 16) / span;
	const vMid = (v0 + v1) / 2;
	frames.forEach((fr, i) => {
		let hc = 0, n = 0;
		for (let j = 0; j < joints; j++) {
			const a = fr.xyz[j * 3 + axes[0]];
			if (Number.isFinite(a)) {
				hc += a;
				n++;
			}
		}
		hc = n ? hc / n : 0;
		const cx = cellW * (i + .5);
		const cy = top + (H - top - 16) / 2;
		const px = (j) => [cx + (fr.xyz[j * 3 + axes[0]] - hc) * scale, cy - (fr.xyz[j * 3 + axes[1]] - vMid) * scale];
		for (const [a, b] of bones) {
			const [x1, y1] = px(a), [x2, y2] = px(b);
			if ([
				x1,
				y1,
				x2,
				y2
			].every(Number.isFinite)) parts.push(`<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" class="bone"/>`);
		}
		for (let j = 0; j < joints; j++) {
			const [x, y] = px(j);
			if (Number.isFinite(x) && Number.isFinite(y)) parts.push(`<circle cx="${num(x)}" cy="${num(y)}" r="2" class="joint"/>`);
		}
		parts.push(`<text x="${num(cx)}" y="${H - 3}" text-anchor="middle" class="tick">${esc(fr.label)}</text>`);
	});
	parts.push("</svg>");
	return parts.join("");
}
// src/report/peopleOverview.ts
var escapeHtml = esc;
/** Timeline SVG from output/people.json's contents. */
function peopleTimelineSvg(people, width = 900) {
	const rowH = 22, left = 80, right = 20, top = 10;
	const h = top + rowH * people.people.length + 30;
	const x = (f) => left + (width - left - right) * f / Math.max(1, people.frames);
	const rows = people.people.map((p, i) => {
		const y = top + i * rowH;
		const bars = p.seen.map(([a, b]) => `<rect x="${x(a).toFixed(1)}" y="${y + 3}" width="${Math.max(.5, x(b) - x(a)).toFixed(1)}" height="16" fill="${personColour(p.id)}"/>`).join("");
		return `<text x="72" y="${y + rowH / 2 + 5}" text-anchor="end">person ${p.id}</text>${bars}`;
	});
	const seconds = people.frames / (people.fps || 1);
	const ticks = [
		0,
		.25,
		.5,
		.75,
		1
	].map((q) => `<text x="${x(q * people.frames).toFixed(1)}" y="${h - 8}" text-anchor="middle">${(q * seconds).toFixed(1)} s</text>`);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" font-family="sans-serif" font-size="12" role="img" aria-label="frames each person was seen in">${rows.join("")}${ticks.join("")}</svg>`;
}
// src/filter/butterworth.ts
var cmul = (x, y) => [x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]];
var cdiv = (x, y) => {
	const d = y[0] * y[0] + y[1] * y[1];
	return [(x[0] * y[0] + x[1] * y[1]) / d, (x[1] * y[0] - x[0] * y[1]) / d];
};
/** Coefficients of ∏(z − rᵢ), highest power first. */
function polyFromRoots(roots) {
	let c = [[1, 0]];
	for (const r of roots) {
		const next = c.map(() => [0, 0]);
		next.push([0, 0]);
		for (let i = 0; i < c.length; i++) {
			next[i][0] += c[i][0];
			next[i][1] += c[i][1];
			const m = cmul(c[i], r);
			next[i + 1][0] -= m[0];
			next[i + 1][1] -= m[1];
		}
		c = next;
	}
	return c;
}
/**
* Low-pass Butterworth filter of `order` with its −3 dB point at `cutoffHz`, for samples at `fps`.
* Throws a RangeError unless 0 < cutoffHz < fps / 2 and order is an integer ≥ 1.
*/
function butterworth(order, cutoffHz, fps) {
	if (!Number.isInteger(order) || order < 1) throw new RangeError(`Butterworth order must be an integer ≥ 1, got ${order}`);
	const wn = cutoffHz / (fps / 2);
	if (!(wn > 0 && wn < 1)) throw new RangeError(`Butterworth cutoff ${cutoffHz} Hz must be between 0 and half the frame rate (${fps / 2} Hz)`);
	const warped = 4 * Math.tan(Math.PI * wn / 2);
	const poles = [];
	for (let m = -order + 1; m < order; m += 2) {
		const ang = Math.PI * m / (2 * order);
		poles.push([-Math.cos(ang) * warped, -Math.sin(ang) * warped]);
	}
	const fs2 = [4, 0];
	let denom = [1, 0];
	const zPoles = poles.map((p) => {
		denom = cmul(denom, [fs2[0] - p[0], -p[1]]);
		return cdiv([fs2[0] + p[0], p[1]], [fs2[0] - p[0], -p[1]]);
	});
	const gain = warped ** order * cdiv([1, 0], denom)[0];
	return {
		b: Float64Array.from(polyFromRoots(new Array(order).fill([-1, 0])), (c) => c[0] * gain),
		a: Float64Array.from(polyFromRoots(zPoles), (c) => c[0])
	};
}
// src/filter/filtfilt.ts
/** Normalises so that a[0] = 1 and pads b, a to the same length. */
function normalise(b, a) {
	const n = Math.max(b.length, a.length);
	const a0 = a[0];
	if (!a0) throw new RangeError("filter denominator a[0] must be non-zero");
	const bb = new Float64Array(n);
	const aa = new Float64Array(n);
	for (let i = 0; i < b.length; i++) bb[i] = b[i] / a0;
	for (let i = 0; i < a.length; i++) aa[i] = a[i] / a0;
	return {
		b: bb,
		a: aa
	};
}
/** Direct form II transposed over x into y, with normalised coefficients; z (the state) is updated in place. */
function runFilter(bb, aa, x, z, y) {
	const order = bb.length - 1;
	const b0 = bb[0];
	if (order === 0) {
		for (let n = 0; n < x.length; n++) y[n] = b0 * x[n];
		return;
	}
	const last = order - 1;
	for (let n = 0; n < x.length; n++) {
		const xn = x[n];
		const yn = b0 * xn + z[0];
		for (let i = 0; i < last; i++) z[i] = bb[i + 1] * xn + z[i + 1] - aa[i + 1] * yn;
		z[last] = bb[order] * xn - aa[order] * yn;
		y[n] = yn;
	}
}
/**
* Initial state for lfilter that corresponds to the step response's steady state (a constant
* input of 1 gives a constant output). Solves (I − Aᵀ) zi = b[1:] − a[1:]·b[0], A the companion matrix.
*/
function lfilterZi(b, a) {
	const { b: bb, a: aa } = normalise(b, a);
	const n = bb.length - 1;
	if (n === 0) return /* @__PURE__ */ new Float64Array(0);
	const M = new Float64Array(n * n);
	for (let i = 0; i < n; i++) {
		M[i * n + i] = 1;
		M[i * n + 0] += aa[i + 1];
		if (i + 1 < n) M[i * n + i + 1] -= 1;
	}
	const rhs = new Float64Array(n);
	for (let i = 0; i < n; i++) rhs[i] = bb[i + 1] - aa[i + 1] * bb[0];
	return solve$1(M, rhs, n);
}
/** Solves M x = r (n×n, row-major) by Gaussian elimination with partial pivoting; M and r are consumed. */
function solve$1(M, r, n) {
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let i = c + 1; i < n; i++) if (Math.abs(M[i * n + c]) > Math.abs(M[p * n + c])) p = i;
		if (p !== c) {
			for (let k = 0; k < n; k++) [M[c * n + k], M[p * n + k]] = [M[p * n + k], M[c * n + k]];
			[r[c], r[p]] = [r[p], r[c]];
		}
		const d = M[c * n + c];
		if (d === 0) throw new RangeError("lfilterZi: singular system (is the filter unstable?)");
		for (let i = c + 1; i < n; i++) {
			const f = M[i * n + c] / d;
			if (f === 0) continue;
			for (let k = c; k < n; k++) M[i * n + k] -= f * M[c * n + k];
			r[i] -= f * r[c];
		}
	}
	const x = new Float64Array(n);
	for (let i = n - 1; i >= 0; i--) {
		let s = r[i];
		for (let k = i + 1; k < n; k++) s -= M[i * n + k] * x[k];
		x[i] = s / M[i * n + i];
	}
	return x;
}
/** Default padding of scipy.signal.filtfilt: 3·max(len(a), len(b)). */
var defaultPadLength = (b, a) => 3 * Math.max(a.length, b.length);
/**
* Zero-phase forward-backward filtering, as scipy.signal.filtfilt(b, a, x) with its defaults:
* odd extension of padlen = 3·max(len(a), len(b)) samples at both ends and lfilter_zi initial
* conditions scaled by the first sample of each pass. Signals of padlen samples or fewer (scipy refuses
* them) are padded by length − 1 instead. Returns a new array; an empty or 1-sample x is copied.
*/
function filtfilt(b, a, x, padlen = defaultPadLength(b, a)) {
	const n = x.length;
	if (n < 2) return Float64Array.from(x);
	const edge = Math.min(padlen, n - 1);
	const ext = new Float64Array(n + 2 * edge);
	for (let i = 0; i < edge; i++) ext[i] = 2 * x[0] - x[edge - i];
	for (let i = 0; i < n; i++) ext[edge + i] = x[i];
	for (let i = 0; i < edge; i++) ext[edge + n + i] = 2 * x[n - 1] - x[n - 2 - i];
	const { b: bb, a: aa } = normalise(b, a);
	const zi = lfilterZi(bb, aa);
	const z = zi.map((v) => v * ext[0]);
	const y = new Float64Array(ext.length);
	runFilter(bb, aa, ext, z, y);
	y.reverse();
	for (let i = 0; i < z.length; i++) z[i] = zi[i] * y[0];
	runFilter(bb, aa, y, z, ext);
	ext.reverse();
	return ext.slice(edge, edge + n);
}
// src/filter/hampel.ts
/** 1.4826 · MAD estimates the standard deviation of normally distributed data. */
var MAD_TO_SIGMA = 1.4826;
/** Fills buf with the finite values of x in [i − half, i + half]; returns how many. */
function gather(x, i, half, buf) {
	let n = 0;
	const end = Math.min(x.length - 1, i + half);
	for (let k = Math.max(0, i - half); k <= end; k++) {
		const v = x[k];
		if (!Number.isNaN(v)) buf[n++] = v;
	}
	return n;
}
/**
* Hampel filter: a sample further than `nSigma` robust standard deviations (1.4826 · median absolute
* deviation) from the median of the `window` samples centred on it is replaced by that median.
* `window` counts samples (7 = three either side); it shrinks at the ends.
*/
function hampel(x, window, nSigma) {
	const half = Math.max(1, Math.floor(window / 2));
	const out = Float64Array.from(x);
	const buf = new Float64Array(2 * half + 1);
	const dev = new Float64Array(2 * half + 1);
	for (let i = 0; i < x.length; i++) {
		const xi = x[i];
		if (Number.isNaN(xi)) continue;
		const n = gather(x, i, half, buf);
		if (n < 3) continue;
		const med = medianInPlace(buf, n);
		for (let k = 0; k < n; k++) dev[k] = Math.abs(buf[k] - med);
		const sigma = MAD_TO_SIGMA * medianInPlace(dev, n);
		if (Math.abs(xi - med) > nSigma * sigma) out[i] = med;
	}
	return out;
}
/** Moving median over `window` samples centred on each sample (shrinking at the ends). */
function movingMedian(x, window) {
	const half = Math.max(0, Math.floor(window / 2));
	const out = Float64Array.from(x);
	const buf = new Float64Array(2 * half + 1);
	for (let i = 0; i < x.length; i++) {
		if (Number.isNaN(x[i])) continue;
		const n = gather(x, i, half, buf);
		out[i] = medianInPlace(buf, n);
	}
	return out;
}
// src/filter/filterPoints.ts
/** Every filter [filter].filters may name, applied in the listed order. */
var FILTERS = {
	hampel: {
		description: "Hampel spike filter: replaces samples far from their local median (hampel_window_frames, hampel_n_sigma)",
		/** Replaces the spikes of one run of finite samples. */
		apply: (run, _fps, p) => hampel(run, p.hampel_window_frames, p.hampel_n_sigma)
	},
	median: {
		description: "moving median over median_window_frames samples (removes spikes, flattens peaks)",
		/** The moving median of one run of finite samples. */
		apply: (run, _fps, p) => movingMedian(run, p.median_window_frames)
	},
	butterworth: {
		description: "zero-phase Butterworth low-pass (order, cutoff_hz), like scipy butter + filtfilt",
		/** Low-passes one run of finite samples at `fps`, forward and backward. */
		apply: (run, fps, p) => {
			const { b, a } = butterworth(p.order, p.cutoff_hz, fps);
			return filtfilt(b, a, run);
		}
	}
};
var FILTER_NAMES = Object.keys(FILTERS);
/** mocap.toml [filter]. Every key optional; defaults defined here only. */
var filterSettingsSchema = object({
	filters: array(_enum(FILTER_NAMES)).default(["hampel", "butterworth"]).describe(`Filters applied in this order; [] = none. Any of: ${FILTER_NAMES.join(", ")}.`),
	cutoff_hz: number().positive().default(6).describe("Butterworth cutoff frequency in Hz (must be below half the frame rate)."),
	order: number().int().min(1).max(8).default(2).describe("Butterworth order of each pass (scipy butter N). filtfilt runs it forward and backward,\nso the response is of order 2·N: Pose2Sim's \"order = 4\" is order = 2 here."),
	hampel_window_frames: number().int().min(3).refine((v) => v % 2 === 1, "must be odd (the window is centred: 7 = three frames either side)").default(7).describe("Hampel window length in frames, centred on each frame (7 = three either side)."),
	hampel_n_sigma: number().positive().default(3).describe("Hampel threshold: robust standard deviations from the local median that make a spike."),
	median_window_frames: number().int().min(3).refine((v) => v % 2 === 1, "must be odd (the window is centred: 5 = two frames either side)").default(5).describe("Moving-median window length in frames, centred on each frame (odd).")
});
/** Calls fn(start, end) for each maximal run [start, end) of frames where joint j has finite x, y, z. */
function forEachRun(pts, j, fn) {
	let start = -1;
	for (let f = 0; f <= pts.frames; f++) {
		const i = (f * pts.joints + j) * 3;
		const ok = f < pts.frames && Number.isFinite(pts.data[i]) && Number.isFinite(pts.data[i + 1]) && Number.isFinite(pts.data[i + 2]);
		if (ok && start < 0) start = f;
		if (!ok && start >= 0) {
			fn(start, f);
			start = -1;
		}
	}
}
/**
* Filters 3D points with the chain in `settings.filters` (defaults: Hampel, then Butterworth 6 Hz).
* Missing points stay missing; each contiguous run is filtered on its own. Returns new Points3D
* (input untouched). Throws a UserError naming the setting when the cutoff is not below fps / 2.
*/
function filterPoints(points, settings = {}) {
	const s = filterSettingsSchema.parse(settings);
	const out = {
		...points,
		data: points.data.slice(),
		reprojectionErrorPx: points.reprojectionErrorPx.slice(),
		cameraMask: points.cameraMask.slice(),
		timestampsMs: points.timestampsMs.slice()
	};
	if (s.filters.length === 0 || points.frames === 0) return out;
	if (s.filters.includes("butterworth") && !(s.cutoff_hz < points.fps / 2)) throw new UserError(`filter.cutoff_hz must be below half the frame rate (${points.fps / 2} Hz at ${points.fps} fps), got ${s.cutoff_hz}`);
	const chain = s.filters.map((name) => FILTERS[name]);
	const run = new Float64Array(points.frames);
	for (let j = 0; j < points.joints; j++) forEachRun(points, j, (start, end) => {
		const n = end - start;
		if (n < 2) return;
		for (let c = 0; c < 3; c++) {
			let x = run.subarray(0, n);
			for (let f = 0; f < n; f++) x[f] = points.data[((start + f) * points.joints + j) * 3 + c];
			for (const entry of chain) x = entry.apply(x, points.fps, s);
			for (let f = 0; f < n; f++) out.data[((start + f) * points.joints + j) * 3 + c] = x[f];
		}
	});
	return out;
}
// src/formats/caliscope.ts
var nums = (v) => {
	const flat = Array.isArray(v) ? v.flat() : void 0;
	return flat?.every((x) => typeof x === "number" && Number.isFinite(x)) ? flat : void 0;
};
/** Whether a parsed TOML document holds caliscope camera tables ([cameras.N] or [cam_N] with port/cam_id). */
function isCaliscopeToml(doc) {
	if (typeof doc.cameras === "object" && doc.cameras !== null && !Array.isArray(doc.cameras)) return true;
	return Object.entries(doc).some(([k, v]) => /^cam_\d+$/.test(k) && typeof v === "object" && v !== null && ("port" in v || "cam_id" in v) && !("name" in v));
}
/** Reads caliscope's camera_array.toml (or config.toml) text. Translations come back in metres. */
function parseCaliscope(text, file) {
	let doc;
	try {
		doc = parse(text);
	} catch (err) {
		throw new UserError(`${file} is not valid TOML (${err.message.split("\n")[0]}); fix it or let caliscope save it again`);
	}
	const tables = [];
	if (typeof doc.cameras === "object" && doc.cameras !== null) for (const [id, t] of Object.entries(doc.cameras)) tables.push([id, t]);
	for (const [k, t] of Object.entries(doc)) {
		const m = /^cam_(\d+)$/.exec(k);
		if (m && typeof t === "object" && t !== null) tables.push([m[1], t]);
	}
	if (tables.length === 0) throw new UserError(`${file} holds no caliscope cameras ([cameras.N] or [cam_N] tables); point at caliscope's camera_array.toml`);
	const notes = [];
	const cameras = [];
	const unposed = [];
	for (const [id, t] of tables.sort((a, b) => Number(a[0]) - Number(b[0]))) {
		const name = `cam_${t.cam_id ?? t.port ?? id}`;
		if (t.ignore === true) {
			notes.push(`${file}: ${name} is marked ignore = true in caliscope and is left out`);
			continue;
		}
		const bad = (what) => new UserError(`${file}: ${name} ${what}; calibrate it in caliscope or fix the file`);
		const size = nums(t.size);
		const matrix = nums(t.matrix);
		const dist = nums(t.distortions);
		if (!size || size.length !== 2 || !(size[0] > 0 && size[1] > 0)) throw bad("has no size = [width, height]");
		if (!matrix || matrix.length !== 9) throw bad("has no intrinsic matrix (3×3)");
		if (!dist || ![4, 5].includes(dist.length)) throw bad("has no distortions (4 or 5 numbers)");
		const rot = nums(t.rotation);
		const tr = nums(t.translation);
		if (!rot || !tr) {
			unposed.push(name);
			continue;
		}
		if (tr.length !== 3 || rot.length !== 3 && rot.length !== 9) throw bad("has a rotation that is neither 3 (Rodrigues) nor 3×3 numbers, or a translation that is not 3");
		const rotation = rot.length === 9 ? matrixToRodrigues(rot) : rot;
		if (typeof t.rotation_count === "number" && t.rotation_count % 4 !== 0) notes.push(`${file}: ${name} has rotation_count = ${t.rotation_count} (caliscope turns its preview); the calibration is used for the video as recorded`);
		cameras.push({
			name,
			width: size[0],
			height: size[1],
			matrix,
			distortions: dist,
			rotation: [
				rotation[0],
				rotation[1],
				rotation[2]
			],
			translation: [
				tr[0],
				tr[1],
				tr[2]
			],
			fisheye: t.fisheye === true
		});
	}
	if (unposed.length > 0) throw new UserError(`${file}: ${unposed.join(", ")} ha${unposed.length > 1 ? "ve" : "s"} no position yet (no rotation/translation); run caliscope's extrinsic calibration first, or calibrate with "openmocap calibrate"`);
	if (cameras.length === 0) throw new UserError(`${file}: every camera is marked ignore = true; nothing to read`);
	return {
		rig: { cameras },
		notes
	};
}
/** True when TOML text is a caliscope camera file (camera_array.toml, or config.toml with cameras in it). */
function isCaliscopeCalibration(text) {
	try {
		return isCaliscopeToml(parse(text));
	} catch {
		return false;
	}
}
// src/formats/openCvStorage.ts
var isMatrix = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
/** Whether a text is an OpenCV FileStorage document (YAML or XML form). */
function isOpenCvStorage(text) {
	return /^\s*%YAML[:\s]1\.\d/.test(text) || /<opencv_storage\b/.test(text);
}
/** Parses an OpenCV FileStorage document into its top-level keys. Throws a UserError naming `file`. */
function parseOpenCvStorage(text, file) {
	if (/<opencv_storage\b/.test(text)) return parseXml(text, file);
	if (/^\s*%YAML[:\s]1\.\d/.test(text)) return parseYaml(text, file);
	throw new UserError(`${file} is not an OpenCV FileStorage file (no %YAML:1.0 header or <opencv_storage> element); export it with cv::FileStorage`);
}
var numberOrString = (s) => {
	const q = /^\s*(?:"(.*)"|'(.*)')\s*$/.exec(s);
	if (q) return q[1] ?? q[2];
	const t = s.trim();
	if (/^[-+]?\.nan$/i.test(t)) return NaN;
	if (/^[-+]?\.inf$/i.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
	const n = Number(t);
	return t !== "" && Number.isFinite(n) && /^[-+]?(\d|\.\d)/.test(t) ? n : t;
};
function matrixFrom(fields, data, key, file) {
	const rows = Number(fields.rows);
	const cols = Number(fields.cols);
	const values = data.split(/[\s,]+/).filter((s) => s !== "").map((s) => numberOrString(s));
	if (!(rows > 0 && cols > 0) || values.length !== rows * cols || values.some((v) => typeof v !== "number")) throw new UserError(`${file}: matrix "${key}" should hold rows × cols = ${fields.rows} × ${fields.cols} numbers, found ${values.length}; export the calibration again`);
	return {
		rows,
		cols,
		data: values
	};
}
function parseYaml(text, file) {
	const out = /* @__PURE__ */ new Map();
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	let i = 0;
	const indentOf = (l) => l.length - l.trimStart().length;
	const stripComment = (l) => l.replace(/\s+#.*$/, "");
	/** Reads a flow sequence "[ … ]" starting at `start` (possibly over several lines). */
	const flow = (start) => {
		let s = start;
		while (!s.includes("]") && i + 1 < lines.length) s += ` ${lines[++i].trim()}`;
		const m = /\[([\s\S]*)\]/.exec(s);
		if (!m) throw new UserError(`${file}: an unclosed "[" near line ${i + 1}; the file is cut off — export it again`);
		return m[1];
	};
	for (; i < lines.length; i++) {
		const line = stripComment(lines[i]);
		if (!line.trim() || line.startsWith("%") || line.trim() === "---" || line.trim() === "...") continue;
		if (indentOf(line) > 0) continue;
		const m = /^("[^"]*"|'[^']*'|[^:\s][^:]*?)\s*:\s*(.*)$/.exec(line);
		if (!m) throw new UserError(`${file}: line ${i + 1} ("${line.trim().slice(0, 40)}") is not "key: value"; is this an OpenCV FileStorage YAML file?`);
		const key = m[1].replace(/^["']|["']$/g, "");
		let rest = m[2].trim();
		if (rest.startsWith("!!opencv-matrix") || rest === "" || rest.startsWith("!!")) {
			const tag = rest;
			const fields = {};
			const seq = [];
			let data = "";
			while (i + 1 < lines.length) {
				const next = stripComment(lines[i + 1]);
				if (next.trim() && indentOf(next) === 0 && !next.trimStart().startsWith("-")) break;
				i++;
				if (!next.trim()) continue;
				const item = /^\s*-\s*(.*)$/.exec(next);
				if (item && indentOf(next) <= 3 && !tag) {
					seq.push(numberOrString(item[1]));
					continue;
				}
				const kv = /^\s*(\w+)\s*:\s*(.*)$/.exec(next);
				if (!kv) continue;
				if (kv[1] === "data") data = kv[2].trim().startsWith("[") ? flow(kv[2]) : kv[2];
				else fields[kv[1]] = kv[2].trim();
			}
			if (tag.startsWith("!!opencv-matrix")) out.set(key, matrixFrom(fields, data, key, file));
			else if (seq.length > 0) out.set(key, seq.every((v) => typeof v === "number") ? seq : seq.map(String));
			continue;
		}
		if (rest.startsWith("[")) {
			rest = flow(rest);
			const items = rest.split(",").map((s) => s.trim()).filter((s) => s !== "").map(numberOrString);
			out.set(key, items.every((v) => typeof v === "number") ? items : items.map(String));
			continue;
		}
		out.set(key, numberOrString(rest));
	}
	return out;
}
var xmlUnescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'").replace(/&amp;/g, "&");
function parseXml(text, file) {
	const out = /* @__PURE__ */ new Map();
	const body = /<opencv_storage\b[^>]*>([\s\S]*?)<\/opencv_storage>/.exec(text.replace(/<!--[\s\S]*?-->/g, ""));
	if (!body) throw new UserError(`${file}: <opencv_storage> is not closed; the file is cut off — export it again`);
	for (const m of body[1].matchAll(/<([A-Za-z_][\w.-]*)((?:\s+[\w:-]+\s*=\s*"[^"]*")*)\s*(?:\/>|>([\s\S]*?)<\/\1\s*>)/g)) {
		const [, key, attrs, inner = ""] = m;
		if (/type_id\s*=\s*"opencv-matrix"/.test(attrs)) {
			const field = (name) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(inner)?.[1]?.trim() ?? "";
			out.set(key, matrixFrom({
				rows: field("rows"),
				cols: field("cols")
			}, field("data"), key, file));
			continue;
		}
		if (/<_>/.test(inner)) {
			const items = [...inner.matchAll(/<_>([\s\S]*?)<\/_>/g)].map((x) => numberOrString(xmlUnescape(x[1])));
			out.set(key, items.every((v) => typeof v === "number") ? items : items.map(String));
			continue;
		}
		if (/<\w/.test(inner)) continue;
		const t = xmlUnescape(inner).trim();
		const parts = t.match(/"[^"]*"|\S+/g) ?? [];
		if (parts.length > 1) {
			const items = parts.map(numberOrString);
			out.set(key, items.every((v) => typeof v === "number") ? items : items.map(String));
		} else out.set(key, numberOrString(t));
	}
	return out;
}
// src/formats/openCvCamera.ts
var first = (map, keys) => {
	for (const k of keys) if (map.has(k)) return [k, map.get(k)];
};
var numbersOf = (v) => isMatrix(v) ? v.data : Array.isArray(v) && v.every((x) => typeof x === "number") ? v : void 0;
/** Whether a FileStorage document looks like one camera's calibration (it has a camera matrix). */
function isOpenCvCameraStorage(map) {
	return first(map, [
		"camera_matrix",
		"cameraMatrix",
		"K"
	]) !== void 0;
}
/** Reads one camera's OpenCV FileStorage file; translations are in the file's units (unconverted). */
function parseOpenCvCamera(text, name, file) {
	const map = parseOpenCvStorage(text, file);
	const K = first(map, [
		"camera_matrix",
		"cameraMatrix",
		"K"
	]);
	const Kd = K && numbersOf(K[1]);
	if (!Kd || Kd.length !== 9) throw new UserError(`${file} has no 3×3 camera_matrix; is it an OpenCV camera calibration file?`);
	const D = first(map, [
		"distortion_coefficients",
		"distCoeffs",
		"dist_coeffs",
		"D",
		"dist"
	]);
	const dist = (D && numbersOf(D[1])) ?? [];
	if (![
		0,
		4,
		5,
		8,
		12,
		14
	].includes(dist.length)) throw new UserError(`${file}: ${D[0]} holds ${dist.length} numbers, expected 4 or 5 (k1 k2 p1 p2 [k3])`);
	if (dist.slice(5).some((d) => d !== 0)) throw new UserError(`${file}: ${D[0]} uses OpenCV's rational or thin-prism model (more than k1 k2 p1 p2 k3), which openmocap does not read; recalibrate with 5 coefficients`);
	let width;
	let height;
	const sz = first(map, [
		"image_size",
		"imageSize",
		"size"
	]);
	const szd = sz && numbersOf(sz[1]);
	if (szd && szd.length === 2) [width, height] = szd;
	const w = first(map, [
		"image_width",
		"imageWidth",
		"width"
	]);
	const h = first(map, [
		"image_height",
		"imageHeight",
		"height"
	]);
	if (typeof w?.[1] === "number" && typeof h?.[1] === "number") [width, height] = [w[1], h[1]];
	if (!(width > 0 && height > 0)) throw new UserError(`${file} has no image size; add image_width and image_height (pixels)`);
	const R = first(map, [
		"rvec",
		"R",
		"rotation_matrix",
		"rotation",
		"Rot"
	]);
	const T = first(map, [
		"tvec",
		"T",
		"t",
		"translation"
	]);
	const Rd = R && numbersOf(R[1]);
	const Td = T && numbersOf(T[1]);
	if (!Rd || !Td) throw new UserError(`${file} has no camera position (rvec or R, and tvec or T); it holds only the lens: calibrate the positions with "openmocap calibrate" or export them too`);
	if (Td.length !== 3 || Rd.length !== 3 && Rd.length !== 9) throw new UserError(`${file}: ${R[0]} must be 3 (Rodrigues) or 3×3 numbers and ${T[0]} 3 numbers`);
	const rotation = Rd.length === 9 ? matrixToRodrigues(Rd) : Rd;
	return {
		name,
		width,
		height,
		matrix: Kd,
		distortions: dist.length === 0 ? [
			0,
			0,
			0,
			0
		] : dist.slice(0, Math.min(5, dist.length)),
		rotation: [
			rotation[0],
			rotation[1],
			rotation[2]
		],
		translation: [
			Td[0],
			Td[1],
			Td[2]
		],
		fisheye: false
	};
}
// src/formats/optitrackMcal.ts
/** Whether a text is a Motive .mcal calibration. */
function isOptitrackMcal(text) {
	return /<calibrationProfile\b/.test(text) && /<Extrinsic\b/.test(text);
}
var attrs$1 = (tag) => {
	const out = {};
	for (const a of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[a[1]] = a[3] ?? a[4];
	return out;
};
/** The readings in order of preference (used when the cameras' directions cannot tell them apart). */
var MCAL_READINGS = [
	{
		cameraToWorld: true,
		minusZForward: true
	},
	{
		cameraToWorld: false,
		minusZForward: true
	},
	{
		cameraToWorld: true,
		minusZForward: false
	},
	{
		cameraToWorld: false,
		minusZForward: false
	}
];
var describeReading = (r) => `OrientMatrix read as ${r.cameraToWorld ? "camera→world" : "world→camera"}, camera looking along ${r.minusZForward ? "−z with y up" : "+z with y down"}`;
/** Camera → world rotation (row-major) with OpenCV camera axes (x right, y down, z forward), in Motive's world. */
function cameraToWorldOpenCv(M, r) {
	const C = r.cameraToWorld ? M : [
		M[0],
		M[3],
		M[6],
		M[1],
		M[4],
		M[7],
		M[2],
		M[5],
		M[8]
	];
	const s = r.minusZForward ? -1 : 1;
	return [
		C[0],
		s * C[1],
		s * C[2],
		C[3],
		s * C[4],
		s * C[5],
		C[6],
		s * C[7],
		s * C[8]
	];
}
/** Per camera, the cosine between its viewing direction and the direction to the other cameras' centroid. */
function facing(cams, r) {
	return cams.map((c, i) => {
		const others = cams.filter((_, j) => j !== i);
		const g = [
			0,
			1,
			2
		].map((k) => others.reduce((s, o) => s + o.P[k], 0) / others.length);
		const d = [
			g[0] - c.P[0],
			g[1] - c.P[1],
			g[2] - c.P[2]
		];
		const R = cameraToWorldOpenCv(c.M, r);
		const f = [
			R[2],
			R[5],
			R[8]
		];
		const n = Math.hypot(d[0], d[1], d[2]) * Math.hypot(f[0], f[1], f[2]);
		return n > 0 ? (f[0] * d[0] + f[1] * d[1] + f[2] * d[2]) / n : 0;
	});
}
/**
* How well the cameras' optical axes (as lines) meet under a reading: the mean angle, degrees,
* between each camera's axis and the direction from it to the point nearest all axes (least squares).
* The right reading's axes meet in the capture volume; a wrong one's scatter.
*/
function convergence(cams, r) {
	const A = new Array(9).fill(0);
	const b = [
		0,
		0,
		0
	];
	const dirs = cams.map((c) => {
		const R = cameraToWorldOpenCv(c.M, r);
		const f = [
			R[2],
			R[5],
			R[8]
		];
		const n = Math.hypot(f[0], f[1], f[2]);
		return f.map((x) => x / n);
	});
	cams.forEach((c, i) => {
		const d = dirs[i];
		for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) {
			const m = (j === k ? 1 : 0) - d[j] * d[k];
			A[3 * j + k] += m;
			b[j] += m * c.P[k];
		}
	});
	const det = A[0] * (A[4] * A[8] - A[5] * A[7]) - A[1] * (A[3] * A[8] - A[5] * A[6]) + A[2] * (A[3] * A[7] - A[4] * A[6]);
	if (Math.abs(det) < 1e-12) return 90;
	const inv = [
		A[4] * A[8] - A[5] * A[7],
		A[2] * A[7] - A[1] * A[8],
		A[1] * A[5] - A[2] * A[4],
		A[5] * A[6] - A[3] * A[8],
		A[0] * A[8] - A[2] * A[6],
		A[2] * A[3] - A[0] * A[5],
		A[3] * A[7] - A[4] * A[6],
		A[1] * A[6] - A[0] * A[7],
		A[0] * A[4] - A[1] * A[3]
	].map((v) => v / det);
	const X = [
		0,
		1,
		2
	].map((j) => inv[3 * j] * b[0] + inv[3 * j + 1] * b[1] + inv[3 * j + 2] * b[2]);
	let sum = 0;
	cams.forEach((c, i) => {
		const v = [
			X[0] - c.P[0],
			X[1] - c.P[1],
			X[2] - c.P[2]
		];
		const n = Math.hypot(v[0], v[1], v[2]);
		const d = dirs[i];
		const cos = n > 0 ? Math.abs(d[0] * v[0] + d[1] * v[1] + d[2] * v[2]) / n : 1;
		sum += Math.acos(Math.min(1, cos)) * 180 / Math.PI;
	});
	return sum / cams.length;
}
/**
* The reading under which the cameras face the volume (see the file comment). With 3 cameras or more
* the optical axes decide whether OrientMatrix is camera→world or world→camera (the axes, as lines,
* do not depend on the viewing sign; the reading whose axes meet better by more than 1° wins); then
* the sign (−z or +z forward) is the one with more cameras facing the others' centroid. Whatever the
* axes cannot tell apart goes by facing count, then by the order of MCAL_READINGS.
*/
function chooseMcalReading(cams) {
	const raw = cams.map((c, i) => ({
		label: String(i),
		...c
	}));
	if (raw.length < 2) return {
		reading: MCAL_READINGS[0],
		cosines: raw.map(() => NaN),
		scores: []
	};
	const scored = MCAL_READINGS.map((reading) => {
		const cosines = facing(raw, reading);
		return {
			score: {
				reading,
				facing: cosines.filter((c) => c > 0).length,
				convergenceDeg: raw.length >= 3 ? convergence(raw, reading) : 0
			},
			cosines
		};
	});
	const conv = (c2w) => scored.find((x) => x.score.reading.cameraToWorld === c2w).score.convergenceDeg;
	const gap = conv(true) - conv(false);
	const candidates = raw.length >= 3 && Math.abs(gap) > 1 ? scored.filter((x) => x.score.reading.cameraToWorld === gap < 0) : scored;
	let best = candidates[0];
	for (const x of candidates) if (x.score.facing > best.score.facing) best = x;
	return {
		reading: best.score.reading,
		cosines: best.cosines,
		scores: scored.map((x) => x.score)
	};
}
/** Motive world (Y up) → openmocap world (Z up): (x, y, z) → (x, −z, y). Row-major. */
var Q = [
	1,
	0,
	0,
	0,
	0,
	-1,
	0,
	1,
	0
];
var mul = (A, B) => {
	const out = new Array(9).fill(0);
	for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) out[3 * i + j] += A[3 * i + k] * B[3 * k + j];
	return out;
};
var transpose = (A) => [
	A[0],
	A[3],
	A[6],
	A[1],
	A[4],
	A[7],
	A[2],
	A[5],
	A[8]
];
/** Reads a Motive .mcal calibration; translations in the file's units (metres), world turned to Z up. */
function parseOptitrackMcal(text, file) {
	if (!isOptitrackMcal(text)) throw new UserError(`${file} is not an OptiTrack Motive calibration (.mcal XML with <calibrationProfile> and <Extrinsic>); export it from Motive again`);
	const camerasBlock = /<Cameras\b[^>]*>([\s\S]*?)<\/Cameras\s*>/.exec(text);
	if (!camerasBlock) throw new UserError(`${file} is cut off (no </Cameras>); export the calibration from Motive again`);
	const blocks = [...camerasBlock[1].matchAll(/<Camera\b([^>]*)>([\s\S]*?)<\/Camera\s*>/g)];
	if (blocks.length === 0 || (camerasBlock[1].match(/<Camera\b/g)?.length ?? 0) !== blocks.length) throw new UserError(`${file} has no complete <Camera> element (a <Camera> without its </Camera>?); export the calibration from Motive again`);
	const raws = [];
	for (const [, head, body] of blocks) {
		const label = attrs$1(head).Serial ?? `#${raws.length + 1}`;
		const element = (name) => {
			const m = new RegExp(`<${name}\\b([^>]*)/?>`).exec(body);
			return m ? attrs$1(m[1]) : void 0;
		};
		const num = (el, key, where) => {
			const v = el?.[key];
			const x = v === void 0 ? NaN : Number(v);
			if (!Number.isFinite(x)) throw new UserError(`${file}: camera ${label} lacks a number ${key} in <${where}>; export the calibration from Motive again`);
			return x;
		};
		const size = element("Attributes");
		const width = num(size, "ImagerPixelWidth", "Attributes");
		const height = num(size, "ImagerPixelHeight", "Attributes");
		let lens = element("IntrinsicStandardCameraModel");
		if (!lens) {
			const own = element("Intrinsic");
			const k = [
				"k1",
				"k2",
				"k3",
				"TangentialX",
				"TangentialY"
			].map((key) => Number(own?.[key] ?? 0));
			if (!own || k.some((x) => x !== 0)) throw new UserError(`${file}: camera ${label} has no <IntrinsicStandardCameraModel> (OpenCV lens); export the calibration from Motive 3 or later, which writes it`);
			lens = own;
		}
		const fx = num(lens, "HorizontalFocalLength", "IntrinsicStandardCameraModel");
		const fy = num(lens, "VerticalFocalLength", "IntrinsicStandardCameraModel");
		const cx = num(lens, "LensCenterX", "IntrinsicStandardCameraModel");
		const cy = num(lens, "LensCenterY", "IntrinsicStandardCameraModel");
		const d = [
			"k1",
			"k2",
			"TangentialX",
			"TangentialY",
			"k3"
		].map((key) => lens[key] === void 0 ? 0 : num(lens, key, "IntrinsicStandardCameraModel"));
		if (!(width > 0 && height > 0 && fx > 0 && fy > 0)) throw new UserError(`${file}: camera ${label} has a non-positive image size or focal length; export the calibration from Motive again`);
		const ext = element("Extrinsic");
		if (!ext) throw new UserError(`${file}: camera ${label} has no <Extrinsic> (position and orientation); calibrate the cameras in Motive and export again`);
		const P = [
			num(ext, "X", "Extrinsic"),
			num(ext, "Y", "Extrinsic"),
			num(ext, "Z", "Extrinsic")
		];
		const M = [
			0,
			1,
			2,
			3,
			4,
			5,
			6,
			7,
			8
		].map((i) => num(ext, `OrientMatrix${i}`, "Extrinsic"));
		const MtM = mul(transpose(M), M);
		const det = M[0] * (M[4] * M[8] - M[5] * M[7]) - M[1] * (M[3] * M[8] - M[5] * M[6]) + M[2] * (M[3] * M[7] - M[4] * M[6]);
		if (MtM.some((v, i) => Math.abs(v - (i % 4 === 0 ? 1 : 0)) > 1e-4) || Math.abs(det - 1) > 1e-4) throw new UserError(`${file}: camera ${label}'s OrientMatrix0…8 is not a rotation matrix; export the calibration from Motive again`);
		raws.push({
			label,
			M,
			P,
			camera: {
				name: label,
				width,
				height,
				matrix: [
					fx,
					0,
					cx,
					0,
					fy,
					cy,
					0,
					0,
					1
				],
				distortions: d,
				fisheye: false
			}
		});
	}
	const choice = chooseMcalReading(raws);
	const notes = [];
	if (raws.length < 2) notes.push(`${file}: one camera, so its viewing direction cannot be checked against the others; ${describeReading(choice.reading)} (the first reading)`);
	else {
		const n = raws.length;
		const others = choice.scores.filter((s) => s.reading !== choice.reading).map((s) => `${s.reading.cameraToWorld ? "camera→world" : "world→camera"} ${s.reading.minusZForward ? "−z" : "+z"}: ${s.facing}/${n}${n >= 3 ? `, ${s.convergenceDeg.toFixed(1)}°` : ""}`).join(", ");
		const chosen = choice.scores.find((s) => s.reading === choice.reading);
		notes.push(`${file}: ${describeReading(choice.reading)}: ${chosen.facing} of ${n} cameras face the others' centroid${n >= 3 ? `, their axes meet within ${chosen.convergenceDeg.toFixed(1)}° on average` : ""} (the other readings: ${others}); world turned from Motive's Y up to Z up`);
		choice.cosines.forEach((c, i) => {
			if (!(c > 0)) notes.push(`warning: ${file}: camera ${raws[i].label} faces away from the other cameras (${(Math.acos(Math.max(-1, Math.min(1, c))) * 180 / Math.PI).toFixed(0)}° from their centroid) — likely a convention mismatch or a wrong camera entry; check it in Motive`);
		});
	}
	const below = raws.filter((r) => !(r.P[1] > 0)).length;
	if (below * 2 > raws.length) notes.push(`warning: ${file}: ${below} of ${raws.length} cameras are not above Motive's floor (Y ≤ 0); openmocap reads Motive's world as Y up (its default) — if this calibration has another up axis, the floor will be tilted`);
	return {
		rig: { cameras: raws.map((r) => {
			const Rwc = transpose(cameraToWorldOpenCv(r.M, choice.reading));
			const R = mul(Rwc, transpose(Q));
			const t = [
				0,
				1,
				2
			].map((i) => -(Rwc[3 * i] * r.P[0] + Rwc[3 * i + 1] * r.P[1] + Rwc[3 * i + 2] * r.P[2]));
			return {
				...r.camera,
				rotation: matrixToRodrigues(R),
				translation: t
			};
		}) },
		notes
	};
}
// src/formats/qca.ts
/** Attributes of the first `<tag …>` element inside `xml`, or undefined. */
function attributesOf(xml, tag) {
	const m = xml.match(new RegExp(`<${tag}\\b([^>]*?)/?>`));
	if (!m) return void 0;
	const out = {};
	for (const a of m[1].matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[a[1]] = a[3] ?? a[4];
	return out;
}
/** Parses a Qualisys `.qca.txt` export. Throws a UserError naming the file and the missing attribute. */
function parseQca(text, opts = {}) {
	const file = opts.file ?? "Qualisys calibration";
	if (!/<calibration\b/.test(text)) throw new UserError(`${file} is not a Qualisys calibration export (no <calibration> element)`);
	const blocks = [...text.matchAll(/<camera\b[^>]*>[\s\S]*?<\/camera>/g)].map((m) => m[0]);
	if (blocks.length === 0) throw new UserError(`${file} holds no <camera> elements`);
	const opened = text.match(/<camera\b/g)?.length ?? 0;
	if (!/<\/calibration\s*>/.test(text) || opened !== blocks.length) throw new UserError(`${file} is cut off (no closing </calibration>, or a <camera> element without its </camera>); copy or export the calibration again`);
	const cameras = [];
	blocks.forEach((block, i) => {
		const cam = attributesOf(block, "camera") ?? {};
		const label = cam.serial ? `camera ${cam.serial}` : `camera #${i + 1}`;
		if (cam.active === "0") return;
		const get = (tag, key) => {
			const v = attributesOf(block, tag)?.[key];
			const n = v === void 0 ? NaN : Number(v);
			if (!Number.isFinite(n)) throw new UserError(`${file}: ${label} <${tag}> lacks a numeric ${key} attribute`);
			return n;
		};
		if (Number(cam.viewrotation ?? 0) !== 0) throw new UserError(`${file}: ${label} has viewrotation="${cam.viewrotation}", which openmocap does not read yet; export it with rotation 0`);
		const res = cam.video_resolution && cam.video_resolution !== "N/A" ? parseInt(cam.video_resolution, 10) : 1080;
		if (!(res > 0)) throw new UserError(`${file}: ${label} has an unreadable video_resolution "${cam.video_resolution}"`);
		const s = res / 1080;
		const left = get("fov_video", "left");
		const top = get("fov_video", "top");
		const width = (get("fov_video", "right") - left + 1) * s;
		const height = (get("fov_video", "bottom") - top + 1) * s;
		const fx = get("intrinsic", "focalLengthU") / 64 * s;
		const fy = get("intrinsic", "focalLengthV") / 64 * s;
		const cx = (get("intrinsic", "centerPointU") / 64 - left) * s;
		const cy = (get("intrinsic", "centerPointV") / 64 - top) * s;
		const k1 = get("intrinsic", "radialDistortion1");
		const k2 = get("intrinsic", "radialDistortion2");
		const k3 = get("intrinsic", "radialDistortion3");
		const p1 = get("intrinsic", "tangentalDistortion1");
		const p2 = get("intrinsic", "tangentalDistortion2");
		const r = [
			"r11",
			"r12",
			"r13",
			"r21",
			"r22",
			"r23",
			"r31",
			"r32",
			"r33"
		].map((k) => get("transform", k));
		const pos = [
			"x",
			"y",
			"z"
		].map((k) => get("transform", k) / 1e3);
		if (!(width > 0 && height > 0)) throw new UserError(`${file}: ${label} <fov_video> gives an image of ${width} × ${height} pixels; export the calibration again`);
		if (!(fx > 0 && fy > 0)) throw new UserError(`${file}: ${label} <intrinsic> focal lengths must be positive; export the calibration again`);
		for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) {
			const dot = r[a * 3] * r[b * 3] + r[a * 3 + 1] * r[b * 3 + 1] + r[a * 3 + 2] * r[b * 3 + 2];
			if (Math.abs(dot - (a === b ? 1 : 0)) > .001) throw new UserError(`${file}: ${label} <transform> r11…r33 is not a rotation matrix (rows not orthonormal); export the calibration again`);
		}
		const det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6]) + r[2] * (r[3] * r[7] - r[4] * r[6]);
		if (det < 0) throw new UserError(`${file}: ${label} <transform> r11…r33 is a reflection, not a rotation (determinant ${det.toFixed(3)}); export the calibration again`);
		const R = [
			r[0],
			r[1],
			r[2],
			-r[3],
			-r[4],
			-r[5],
			-r[6],
			-r[7],
			-r[8]
		];
		const t = [
			-(R[0] * pos[0] + R[1] * pos[1] + R[2] * pos[2]),
			-(R[3] * pos[0] + R[4] * pos[1] + R[5] * pos[2]),
			-(R[6] * pos[0] + R[7] * pos[1] + R[8] * pos[2])
		];
		cameras.push({
			name: cam.serial ?? `cam${String(i + 1).padStart(2, "0")}`,
			width,
			height,
			matrix: [
				fx,
				0,
				cx,
				0,
				fy,
				cy,
				0,
				0,
				1
			],
			distortions: k3 === 0 ? [
				k1,
				k2,
				p1,
				p2
			] : [
				k1,
				k2,
				p1,
				p2,
				k3
			],
			rotation: matrixToRodrigues(R),
			translation: t,
			fisheye: false
		});
	});
	if (cameras.length === 0) throw new UserError(`${file} holds no active cameras`);
	return { cameras };
}
// src/formats/viconLens.ts
/** Vicon's correction: a measured (distorted) pixel → the ideal pinhole pixel. */
function viconCorrect(lens, xd, yd) {
	const dx = xd - lens.cx;
	const dy = lens.aspect * (yd - lens.cy);
	const r2 = dx * dx + dy * dy;
	const s = 1 + r2 * (lens.w[0] + r2 * (lens.w[1] + r2 * lens.w[2]));
	return [lens.cx + s * dx, lens.cy + s * dy / lens.aspect];
}
/** OpenCV's distortion of normalised ideal coordinates (x, y) with k1 k2 p1 p2 k3. */
function opencvDistort(d, x, y) {
	const [k1 = 0, k2 = 0, p1 = 0, p2 = 0, k3 = 0] = d;
	const r2 = x * x + y * y;
	const radial = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
	return [x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x), y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y];
}
/** Solves the square system A x = b (row-major n×n) by Gaussian elimination with partial pivoting. */
function solve(A, b, n) {
	const M = A.slice();
	const v = b.slice();
	for (let c = 0; c < n; c++) {
		let p = c;
		for (let r = c + 1; r < n; r++) if (Math.abs(M[r * n + c]) > Math.abs(M[p * n + c])) p = r;
		if (Math.abs(M[p * n + c]) < 1e-300) return void 0;
		if (p !== c) {
			for (let k = 0; k < n; k++) [M[c * n + k], M[p * n + k]] = [M[p * n + k], M[c * n + k]];
			[v[c], v[p]] = [v[p], v[c]];
		}
		for (let r = c + 1; r < n; r++) {
			const m = M[r * n + c] / M[c * n + c];
			for (let k = c; k < n; k++) M[r * n + k] -= m * M[c * n + k];
			v[r] -= m * v[c];
		}
	}
	const x = new Array(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let s = v[r];
		for (let k = r + 1; k < n; k++) s -= M[r * n + k] * x[k];
		x[r] = s / M[r * n + r];
	}
	return x;
}
/**
* The OpenCV lens (k1 k2 p1 p2 k3, about principal point (u, v) with focal lengths fx, fy) closest to
* Vicon's over a width × height image: tries k1 k2, then k1 k2 p1 p2, then all five, and returns the
* first whose largest residual is at most maxResidualPx (else the five-coefficient fit, for the
* caller to refuse). Residual: for every measured pixel of a grid over the image (edges included),
* the distance between it and where OpenCV's model puts Vicon's ideal pixel for it.
*/
function fitOpenCvToVicon(lens, fx, fy, u, v, width, height, maxResidualPx = .1) {
	if (lens.w.every((w) => w === 0)) return {
		distortions: [
			0,
			0,
			0,
			0,
			0
		],
		fitted: "none",
		maxResidualPx: 0,
		exact: true
	};
	const step = Math.max(width, height) / 120;
	const xs = [];
	const ys = [];
	for (let x = 0; x <= width - 1 + 1e-9; x += step) xs.push(x);
	for (let y = 0; y <= height - 1 + 1e-9; y += step) ys.push(y);
	if (xs[xs.length - 1] !== width - 1) xs.push(width - 1);
	if (ys[ys.length - 1] !== height - 1) ys.push(height - 1);
	const S = [];
	for (const py of ys) for (const px of xs) {
		const [iu, iv] = viconCorrect(lens, px, py);
		S.push([
			(iu - u) / fx,
			(iv - v) / fy,
			(px - u) / fx,
			(py - v) / fy
		]);
	}
	const basis = (x, y) => {
		const r2 = x * x + y * y;
		return {
			k1: [x * r2, y * r2],
			k2: [x * r2 * r2, y * r2 * r2],
			p1: [2 * x * y, r2 + 2 * y * y],
			p2: [r2 + 2 * x * x, 2 * x * y],
			k3: [x * r2 ** 3, y * r2 ** 3]
		};
	};
	const order = [
		"k1",
		"k2",
		"p1",
		"p2",
		"k3"
	];
	let last;
	for (const names of [
		["k1", "k2"],
		[
			"k1",
			"k2",
			"p1",
			"p2"
		],
		[
			"k1",
			"k2",
			"p1",
			"p2",
			"k3"
		]
	]) {
		const n = names.length;
		const AtA = new Array(n * n).fill(0);
		const Atb = new Array(n).fill(0);
		for (const [x, y, xd, yd] of S) {
			const B = basis(x, y);
			for (const [comp, target] of [[0, xd - x], [1, yd - y]]) {
				const row = names.map((nm) => B[nm][comp]);
				for (let i = 0; i < n; i++) {
					Atb[i] += row[i] * target;
					for (let j = 0; j < n; j++) AtA[i * n + j] += row[i] * row[j];
				}
			}
		}
		const sol = solve(AtA, Atb, n);
		if (!sol) continue;
		const d = order.map((nm) => {
			const i = names.indexOf(nm);
			return i < 0 ? 0 : sol[i];
		});
		let worst = 0;
		for (const [x, y, xd, yd] of S) {
			const [ex, ey] = opencvDistort(d, x, y);
			worst = Math.max(worst, Math.hypot((ex - xd) * fx, (ey - yd) * fy));
		}
		last = {
			distortions: d,
			fitted: names.join(" "),
			maxResidualPx: worst,
			exact: false
		};
		if (worst <= maxResidualPx) return last;
	}
	return last ?? {
		distortions: [
			0,
			0,
			0,
			0,
			0
		],
		fitted: "none",
		maxResidualPx: Infinity,
		exact: false
	};
}
// src/formats/viconXcp.ts
var attrs = (tag) => {
	const out = {};
	for (const a of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[a[1]] = a[3] ?? a[4];
	return out;
};
/** Rotation matrix (row-major) of a unit quaternion (x, y, z, w). */
function quaternionToMatrix(x, y, z, w) {
	const n = Math.hypot(x, y, z, w);
	[x, y, z, w] = [
		x / n,
		y / n,
		z / n,
		w / n
	];
	return [
		1 - 2 * (y * y + z * z),
		2 * (x * y - z * w),
		2 * (x * z + y * w),
		2 * (x * y + z * w),
		1 - 2 * (x * x + z * z),
		2 * (y * z - x * w),
		2 * (x * z - y * w),
		2 * (y * z + x * w),
		1 - 2 * (x * x + y * y)
	];
}
/** Whether a text is a Vicon .xcp calibration. */
function isViconXcp(text) {
	return /<Cameras\b/.test(text) && /<KeyFrame\b/.test(text);
}
/** Largest residual, pixels, over the image accepted when Vicon's lens is fitted with OpenCV's. */
var MAX_LENS_RESIDUAL_PX = .1;
/** Reads a Vicon .xcp calibration; translations in metres. `notes` receives a line per fitted lens. */
function parseViconXcp(text, file, notes = []) {
	if (!isViconXcp(text)) throw new UserError(`${file} is not a Vicon calibration (.xcp with <Cameras> and <KeyFrame> elements)`);
	const blocks = [...text.matchAll(/<Camera\b([^>]*)>([\s\S]*?)<\/Camera>/g)];
	if (blocks.length === 0 || (text.match(/<Camera\b/g)?.length ?? 0) !== blocks.length || !/<\/Cameras\s*>/.test(text)) throw new UserError(`${file} is cut off (a <Camera> without its </Camera>, or no </Cameras>); export the calibration again`);
	const cameras = [];
	for (const [, head, body] of blocks) {
		const cam = attrs(head);
		const label = cam.DEVICEID ?? cam.USERID ?? `#${cameras.length + 1}`;
		const kf = /<KeyFrame\b([^>]*)\/?>/.exec(body);
		if (!kf) throw new UserError(`${file}: camera ${label} has no <KeyFrame>; it was not calibrated`);
		if ((body.match(/<KeyFrame\b/g)?.length ?? 0) > 1) throw new UserError(`${file}: camera ${label} moves during the take (several <KeyFrame>s); openmocap reads fixed cameras only`);
		const k = attrs(kf[1]);
		const numbers = (v, n, what) => {
			const xs = (v ?? "").trim().split(/\s+/).map(Number);
			if (xs.length < n || xs.slice(0, n).some((x) => !Number.isFinite(x))) throw new UserError(`${file}: camera ${label} lacks ${n} numbers in ${what}`);
			return xs.slice(0, n);
		};
		const [w, h] = numbers(cam.SENSOR_SIZE, 2, "SENSOR_SIZE");
		const aspect = cam.PIXEL_ASPECT_RATIO !== void 0 ? numbers(cam.PIXEL_ASPECT_RATIO, 1, "PIXEL_ASPECT_RATIO")[0] : 1;
		const skew = cam.SKEW !== void 0 ? numbers(cam.SKEW, 1, "SKEW")[0] : 0;
		const [f] = numbers(k.FOCAL_LENGTH, 1, "FOCAL_LENGTH");
		const [u, v] = numbers(k.PRINCIPAL_POINT, 2, "PRINCIPAL_POINT");
		const [qx, qy, qz, qw] = numbers(k.ORIENTATION, 4, "ORIENTATION");
		const P = numbers(k.POSITION, 3, "POSITION").map((x) => x / 1e3);
		if (skew !== 0) throw new UserError(`${file}: camera ${label} has SKEW="${cam.SKEW}"; openmocap's camera model has no skew — recalibrate without it`);
		const fy = f / aspect;
		let distortions = [
			0,
			0,
			0,
			0
		];
		const radial = k.VICON_RADIAL2 ?? k.VICON_RADIAL;
		if (radial !== void 0) {
			const which = k.VICON_RADIAL2 !== void 0 ? "VICON_RADIAL2" : "VICON_RADIAL";
			const parts = radial.trim().split(/\s+/);
			const model = which === "VICON_RADIAL2" && parts.length > 0 && !Number.isFinite(Number(parts[0])) ? parts[0] : void 0;
			if (model !== void 0 && !/^Vicon[1-3]Parameter$/.test(model)) throw new UserError(`${file}: camera ${label} uses Vicon's "${model}" lens model, which openmocap does not read (it reads Vicon3Parameter); calibrate the lenses with "openmocap calibrate", or use undistorted videos`);
			const nums = (model !== void 0 ? parts.slice(1) : parts).map(Number);
			const ws = which === "VICON_RADIAL2" ? nums.slice(2) : nums;
			const centre = which === "VICON_RADIAL2" ? nums.slice(0, 2) : [u, v];
			if (nums.some((x) => !Number.isFinite(x)) || centre.length < 2 || ws.length === 0 || ws.length > 3) throw new UserError(`${file}: camera ${label} has ${which}="${radial.trim()}", expected ${which === "VICON_RADIAL2" ? "a model name, the distortion centre (2 numbers) and up to 3 coefficients" : "up to 3 coefficients"}; export the calibration again`);
			const fit = fitOpenCvToVicon({
				cx: centre[0],
				cy: centre[1],
				w: [
					ws[0] ?? 0,
					ws[1] ?? 0,
					ws[2] ?? 0
				],
				aspect
			}, f, fy, u, v, w, h, MAX_LENS_RESIDUAL_PX);
			if (fit.maxResidualPx > .1) throw new UserError(`${file}: camera ${label}'s Vicon lens distortion (${which} = "${radial.trim()}") is not matched by OpenCV's lens model within ${MAX_LENS_RESIDUAL_PX} px (best fit off by ${fit.maxResidualPx.toFixed(2)} px); calibrate the lenses with "openmocap calibrate", or use undistorted videos`);
			if (!fit.exact) {
				distortions = fit.distortions;
				notes.push(`${file}: camera ${label}: Vicon lens (${which}) fitted as OpenCV ${fit.fitted} = ${fit.distortions.map((d) => d.toPrecision(6)).join(" ")} (k1 k2 p1 p2 k3), largest residual over the image ${fit.maxResidualPx.toFixed(3)} px`);
			}
		}
		const R = quaternionToMatrix(qx, qy, qz, qw);
		const t = [
			0,
			1,
			2
		].map((i) => -(R[3 * i] * P[0] + R[3 * i + 1] * P[1] + R[3 * i + 2] * P[2]));
		cameras.push({
			name: cam.DEVICEID ?? cam.USERID ?? `cam${String(cameras.length + 1).padStart(2, "0")}`,
			width: w,
			height: h,
			matrix: [
				f,
				0,
				u,
				0,
				fy,
				v,
				0,
				0,
				1
			],
			distortions,
			rotation: matrixToRodrigues(R),
			translation: t,
			fisheye: false
		});
	}
	return { cameras };
}
// src/formats/calibrationText.ts
/** OpenCV FileStorage extensions (EasyMocap, per-camera files). */
var FILE_STORAGE_EXT = /\.(ya?ml|xml)$/i;
/**
* Whether a file name may be a calibration: any .toml but mocap.toml (openmocap's settings) and
* config.toml (Pose2Sim's settings; caliscope's older calibration is found by the session layout),
* a .qca.txt, a Vicon .xcp, an OptiTrack .mcal, or an OpenCV FileStorage .yml/.yaml/.xml.
*/
var isCalibrationFile = (name) => {
	const n = name.toLowerCase();
	return n.endsWith(".toml") && n !== "mocap.toml" && n !== "config.toml" || n.endsWith(".qca.txt") || n.endsWith(".xcp") || n.endsWith(".mcal") || FILE_STORAGE_EXT.test(n);
};
var baseName = (file) => file.split(/[\\/]/).pop() ?? file;
/** Translations of cameras read in unknown units: decided as for TOML files, converted to metres. */
function withUnits(cameras, units, file) {
	const guess = detectTranslationUnits(cameras);
	const chosen = units === "auto" ? guess.units : units;
	const note = units === "auto" ? `${file}: ${guess.reason}` : `${file}: translation units set to ${chosen === "mm" ? "millimetres" : "metres"}`;
	const k = chosen === "mm" ? 1 / 1e3 : 1;
	return {
		cameras: cameras.map((c) => ({
			...c,
			translation: [
				c.translation[0] * k,
				c.translation[1] * k,
				c.translation[2] * k
			]
		})),
		units: chosen,
		note
	};
}
/** Checks that camera names are unique (they are matched to videos by name). */
function uniqueNames(rig, file) {
	const names = rig.cameras.map((c) => c.name);
	const dup = names.find((n, i) => names.indexOf(n) !== i);
	if (dup !== void 0) throw new UserError(`${file}: two cameras are named "${dup}"; camera names must be unique`);
	return rig;
}
/** Parses calibration text; `file` names it in messages and, with the text, decides the kind. */
function parseCalibrationText(text, file, units = "auto") {
	const lower = baseName(file).toLowerCase();
	if (lower.endsWith(".pickle") || lower.endsWith(".pkl")) throw new UserError(`${file} is a Python pickle (OpenCap's cameraIntrinsicsExtrinsics.pickle), which openmocap does not read (pickles run code when loaded); convert it to a calibration TOML with Pose2Sim, then give that file`);
	if (lower.endsWith(".mcal") || isOptitrackMcal(text)) {
		const m = parseOptitrackMcal(text, file);
		const u = withUnits(m.rig.cameras, units, file);
		return {
			rig: uniqueNames({ cameras: u.cameras }, file),
			units: u.units,
			format: "OptiTrack Motive .mcal",
			notes: [
				`${file}: OptiTrack Motive calibration`,
				u.note,
				...m.notes
			]
		};
	}
	if (lower.endsWith(".cal")) throw new UserError(`${file} is an OptiTrack Motive .cal calibration (binary, Motive 2 and earlier), which openmocap does not read; load it in Motive 3 or later and export the calibration as .mcal, then give that file`);
	if (lower.endsWith(".qca.txt") || /^\s*<\?xml[^>]*>\s*<calibration\b|^\s*<calibration\b/.test(text)) return {
		rig: parseQca(text, { file }),
		units: "mm",
		format: "Qualisys .qca.txt",
		notes: [`${file}: Qualisys export, positions in millimetres`]
	};
	if (lower.endsWith(".xcp") || isViconXcp(text)) {
		const lensNotes = [];
		return {
			rig: uniqueNames(parseViconXcp(text, file, lensNotes), file),
			units: "mm",
			format: "Vicon .xcp",
			notes: [`${file}: Vicon calibration, positions in millimetres`, ...lensNotes]
		};
	}
	if (isOpenCvStorage(text)) {
		if (!isOpenCvCameraStorage(parseOpenCvStorage(text, file))) throw new UserError(`${file} is an OpenCV FileStorage file without a camera_matrix; it is not a camera calibration`);
		const u = withUnits([parseOpenCvCamera(text, lower.replace(FILE_STORAGE_EXT, ""), file)], units, file);
		return {
			rig: { cameras: u.cameras },
			units: u.units,
			format: "OpenCV per-camera FileStorage",
			notes: [u.note]
		};
	}
	if (lower.endsWith(".toml") && isCaliscopeCalibration(text)) {
		const c = parseCaliscope(text, file);
		return {
			rig: uniqueNames(c.rig, file),
			units: "m",
			format: "caliscope camera_array.toml",
			notes: [`${file}: caliscope calibration, translations in metres`, ...c.notes]
		};
	}
	const parsed = parseCalibrationTomlDetailed(text, {
		file,
		units
	});
	return {
		rig: parsed.rig,
		units: parsed.units,
		format: "aniposelib/Pose2Sim/FreeMoCap TOML",
		notes: [parsed.unitsReason]
	};
}
// src/formats/pose2d.ts
var POSE2D_MAGIC = "OMPOSE2D";
/** File extension (with dot). */
var POSE2D_EXTENSION = ".pose2d";
var PREFIX_BYTES = 16;
var align8 = (n) => Math.ceil(n / 8) * 8;
var LITTLE_ENDIAN$1 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function sectionsFor(start, frames, persons, joints) {
	const dataBytes = frames * persons * joints * 3 * 4;
	const trackBytes = frames * persons * 4;
	const tsBytes = frames * 8;
	const data = {
		offset: start,
		bytes: dataBytes
	};
	const trackIds = {
		offset: align8(start + dataBytes),
		bytes: trackBytes
	};
	return {
		data,
		trackIds,
		timestampsMs: {
			offset: align8(trackIds.offset + trackBytes),
			bytes: tsBytes
		}
	};
}
function checkShape(seq) {
	const { frames, persons, joints } = seq;
	for (const [k, v] of Object.entries({
		frames,
		persons,
		joints
	})) if (!Number.isInteger(v) || v < 0) throw new Error(`encodePose2d: ${k} must be a non-negative integer, got ${v}`);
	if (seq.data.length !== frames * persons * joints * 3) throw new Error(`encodePose2d: data has ${seq.data.length} values, expected frames·persons·joints·3 = ${frames * persons * joints * 3}`);
	if (seq.trackIds.length !== frames * persons) throw new Error(`encodePose2d: trackIds has ${seq.trackIds.length} values, expected ${frames * persons}`);
	if (seq.timestampsMs.length !== frames) throw new Error(`encodePose2d: timestampsMs has ${seq.timestampsMs.length} values, expected ${frames}`);
}
/** Encodes one camera's 2D keypoints into the `.pose2d` byte format. */
function encodePose2d(seq) {
	checkShape(seq);
	const base = {
		format: "openmocap-pose2d",
		version: 1,
		camera: seq.camera,
		layout: seq.layout,
		model: seq.model ?? null,
		imageWidth: seq.imageWidth,
		imageHeight: seq.imageHeight,
		fps: seq.fps,
		frames: seq.frames,
		persons: seq.persons,
		joints: seq.joints
	};
	let headerBytes = 0;
	let json = "";
	for (let round = 0; round < 4; round++) {
		const sections = sectionsFor(PREFIX_BYTES + headerBytes, seq.frames, seq.persons, seq.joints);
		json = JSON.stringify({
			...base,
			sections
		});
		const needed = align8(new TextEncoder().encode(json).length);
		if (needed <= headerBytes) break;
		headerBytes = needed;
	}
	const sections = sectionsFor(PREFIX_BYTES + headerBytes, seq.frames, seq.persons, seq.joints);
	const total = sections.timestampsMs.offset + sections.timestampsMs.bytes;
	const out = new Uint8Array(total);
	const view = new DataView(out.buffer);
	out.set(new TextEncoder().encode(POSE2D_MAGIC), 0);
	view.setUint32(8, headerBytes, true);
	view.setUint32(12, 0, true);
	const headerUtf8 = new TextEncoder().encode(json);
	out.fill(32, PREFIX_BYTES, PREFIX_BYTES + headerBytes);
	out.set(headerUtf8, PREFIX_BYTES);
	if (LITTLE_ENDIAN$1) {
		out.set(new Uint8Array(seq.data.buffer, seq.data.byteOffset, seq.data.byteLength), sections.data.offset);
		out.set(new Uint8Array(seq.trackIds.buffer, seq.trackIds.byteOffset, seq.trackIds.byteLength), sections.trackIds.offset);
		out.set(new Uint8Array(seq.timestampsMs.buffer, seq.timestampsMs.byteOffset, seq.timestampsMs.byteLength), sections.timestampsMs.offset);
	} else {
		seq.data.forEach((v, i) => view.setFloat32(sections.data.offset + i * 4, v, true));
		seq.trackIds.forEach((v, i) => view.setInt32(sections.trackIds.offset + i * 4, v, true));
		seq.timestampsMs.forEach((v, i) => view.setFloat64(sections.timestampsMs.offset + i * 8, v, true));
	}
	return out;
}
function corrupt(file, what) {
	return new UserError(`${file} is not a valid .pose2d file (${what}); delete it and rerun "openmocap detect" to recreate it`);
}
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0;
/**
* From a `.pose2d` file's first POSE2D_PREFIX_BYTES bytes: the length of prefix + header, i.e. how
* many bytes decodePose2dHeader needs. UserError naming `file` when it is not a pose2d file.
*/
function pose2dHeadLength(prefix, file = "pose2d file") {
	if (prefix.length < PREFIX_BYTES) throw corrupt(file, `only ${prefix.length} bytes`);
	if (new TextDecoder().decode(prefix.subarray(0, 8)) !== "OMPOSE2D") throw corrupt(file, "wrong magic bytes");
	return PREFIX_BYTES + new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength).getUint32(8, true);
}
/**
* Reads and checks a `.pose2d` file's header from its first bytes (`head`, at least
* pose2dHeadLength of them) and its total size, as decodePose2d does: a UserError naming `file`
* when the header is unreadable, from a newer version, or does not match the file's size.
*/
function decodePose2dHeader(head, fileBytes, file = "pose2d file") {
	const headLength = pose2dHeadLength(head, file);
	if (headLength > fileBytes || headLength > head.length) throw corrupt(file, "truncated header");
	let h;
	try {
		h = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(PREFIX_BYTES, headLength)));
	} catch {
		throw corrupt(file, "unreadable header");
	}
	if (typeof h !== "object" || h === null || h.format !== "openmocap-pose2d") throw corrupt(file, "unknown header format");
	if (typeof h.version !== "number" || h.version < 1) throw corrupt(file, `bad version ${String(h.version)}`);
	if (h.version > 1) throw new UserError(`${file} was written by a newer openmocap (pose2d version ${h.version}, this one reads ≤ 1); update openmocap`);
	if (typeof h.camera !== "string" || typeof h.layout !== "string") throw corrupt(file, "camera or layout missing");
	for (const k of [
		"frames",
		"persons",
		"joints",
		"imageWidth",
		"imageHeight"
	]) if (!isCount(h[k])) throw corrupt(file, `${k} is ${String(h[k])}`);
	const layout = canonicalLayoutName(h.layout);
	if (!layout) throw corrupt(file, `unknown keypoint layout "${h.layout}" (known: ${layoutNames().join(", ")})`);
	if (h.joints !== getLayout(layout).keypoints.length) throw corrupt(file, `${h.joints} joints per person, but layout ${h.layout} has ${getLayout(layout).keypoints.length}`);
	if (typeof h.fps !== "number" || !Number.isFinite(h.fps) || h.fps < 0) throw corrupt(file, `fps is ${String(h.fps)}`);
	const expected = sectionsFor(headLength, h.frames, h.persons, h.joints);
	for (const name of [
		"data",
		"trackIds",
		"timestampsMs"
	]) {
		const s = h.sections?.[name];
		if (!s || s.offset !== expected[name].offset || s.bytes !== expected[name].bytes) throw corrupt(file, `section ${name} does not match frames=${h.frames} persons=${h.persons} joints=${h.joints}`);
	}
	const end = expected.timestampsMs.offset + expected.timestampsMs.bytes;
	if (fileBytes < end) throw corrupt(file, `truncated: ${fileBytes} bytes, expected ${end}`);
	if (fileBytes > end) throw corrupt(file, `${fileBytes - end} unexpected trailing bytes`);
	const out = {
		camera: h.camera,
		layout: h.layout,
		imageWidth: h.imageWidth,
		imageHeight: h.imageHeight,
		fps: h.fps,
		frames: h.frames,
		persons: h.persons,
		joints: h.joints,
		sections: expected
	};
	if (typeof h.model === "string") out.model = h.model;
	return out;
}
/**
* Decodes a `.pose2d` file. Throws a UserError naming `file` when the bytes are truncated,
* not a pose2d file, from a newer version, or internally inconsistent.
*/
function decodePose2d(bytes, file = "pose2d file") {
	const { sections: expected, ...h } = decodePose2dHeader(bytes, bytes.length, file);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const n3 = h.frames * h.persons * h.joints * 3;
	const data = new Float32Array(n3);
	const trackIds = new Int32Array(h.frames * h.persons);
	const timestampsMs = new Float64Array(h.frames);
	if (LITTLE_ENDIAN$1) {
		new Uint8Array(data.buffer).set(bytes.subarray(expected.data.offset, expected.data.offset + expected.data.bytes));
		new Uint8Array(trackIds.buffer).set(bytes.subarray(expected.trackIds.offset, expected.trackIds.offset + expected.trackIds.bytes));
		new Uint8Array(timestampsMs.buffer).set(bytes.subarray(expected.timestampsMs.offset, expected.timestampsMs.offset + expected.timestampsMs.bytes));
	} else {
		for (let i = 0; i < data.length; i++) data[i] = view.getFloat32(expected.data.offset + i * 4, true);
		for (let i = 0; i < trackIds.length; i++) trackIds[i] = view.getInt32(expected.trackIds.offset + i * 4, true);
		for (let i = 0; i < timestampsMs.length; i++) timestampsMs[i] = view.getFloat64(expected.timestampsMs.offset + i * 8, true);
	}
	for (let f = 0; f < timestampsMs.length; f++) {
		if (!Number.isFinite(timestampsMs[f])) throw corrupt(file, `timestamp of frame ${f} is ${timestampsMs[f]}`);
		if (f > 0 && timestampsMs[f] < timestampsMs[f - 1]) throw corrupt(file, `timestamps go backwards at frame ${f}: ${timestampsMs[f - 1]} ms, then ${timestampsMs[f]} ms`);
	}
	const seq = {
		camera: h.camera,
		layout: h.layout,
		imageWidth: h.imageWidth,
		imageHeight: h.imageHeight,
		fps: h.fps,
		frames: h.frames,
		persons: h.persons,
		joints: h.joints,
		data,
		trackIds,
		timestampsMs
	};
	if (typeof h.model === "string") seq.model = h.model;
	return seq;
}
// src/formats/trc.ts
var trc_exports = /* @__PURE__ */ __exportAll({ trcChunks: () => trcChunks });
var fmtNum = (v, decimals) => Number.isFinite(v) ? v.toFixed(decimals) : "";
/** Up to 6 decimals without trailing zeros: 60 → "60", 59.94 → "59.94". */
var fmtRate = (v) => String(Number(v.toFixed(6)));
/** Formats 3D points as a TRC file (frames numbered from 1, time in seconds from the timestamps). */
function formatTrc(points, opts = {}) {
	return [...trcChunks(points, opts)].join("");
}
/** Frames per chunk of trcChunks. */
var CHUNK_FRAMES = 1024;
/**
* The same TRC as formatTrc, as consecutive text chunks (the header, then CHUNK_FRAMES rows each):
* what the exporter writes, since an hour of points is longer than a JavaScript string may be.
*/
function* trcChunks(points, opts = {}) {
	const axes = opts.axes ?? "pose2sim";
	const decimals = opts.decimals ?? 6;
	const layout = opts.markerNames ? void 0 : getLayout(points.layout);
	const names = opts.markerNames ?? layout.trcNames;
	const order = layout ? layout.trcOrder : names.map((_, j) => j);
	if (names.length !== points.joints) throw new Error(`formatTrc: ${names.length} marker names for ${points.joints} joints`);
	const rate = fmtRate(points.fps);
	const lines = [
		`PathFileType\t4\t(X/Y/Z)\t${opts.fileName ?? "points3d.trc"}`,
		"DataRate	CameraRate	NumFrames	NumMarkers	Units	OrigDataRate	OrigDataStartFrame	OrigNumFrames",
		[
			rate,
			rate,
			points.frames,
			points.joints,
			"m",
			rate,
			1,
			points.frames
		].join("	"),
		`Frame#\tTime\t${names.join("			")}\t\t`,
		`\t\t${names.map((_, i) => `X${i + 1}\tY${i + 1}\tZ${i + 1}`).join("	")}`
	];
	yield `${lines.join("\n")}\n`;
	lines.length = 0;
	const row = new Array(2 + points.joints * 3);
	for (let f = 0; f < points.frames; f++) {
		row[0] = String(f + 1);
		row[1] = (points.timestampsMs[f] / 1e3).toFixed(6);
		for (let j = 0; j < points.joints; j++) {
			const i = (f * points.joints + order[j]) * 3;
			const [x, y, z] = [
				points.data[i],
				points.data[i + 1],
				points.data[i + 2]
			];
			const missing = !(Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z));
			const out = axes === "pose2sim" ? [
				y,
				z,
				x
			] : [
				x,
				y,
				z
			];
			for (let c = 0; c < 3; c++) row[2 + j * 3 + c] = missing ? "" : fmtNum(out[c], decimals);
		}
		lines.push(row.join("	"));
		if (lines.length === CHUNK_FRAMES) {
			yield `${lines.join("\n")}\n`;
			lines.length = 0;
		}
	}
	if (lines.length > 0) yield `${lines.join("\n")}\n`;
}
// src/analysis/formatNumbers.ts
var cell$1 = (v, decimals) => Number.isFinite(v) ? v.toFixed(decimals) : "";
var jsonNum = (v, decimals) => Number.isFinite(v) ? Number(v.toFixed(decimals)) : null;
var timeS = (timestampsMs, fps, f) => Number.isFinite(timestampsMs[f]) ? timestampsMs[f] / 1e3 : f / fps;
// src/analysis/centreOfMass.ts
var centreOfMass_exports = /* @__PURE__ */ __exportAll({
	centreOfMass: () => centreOfMass,
	formatCentreOfMassCsv: () => formatCentreOfMassCsv,
	formatCentreOfMassJson: () => formatCentreOfMassJson
});
var DE_LEVA_1996 = {
	male: {
		head: {
			massFraction: .0694,
			comFraction: .5002,
			lengthM: .2429
		},
		trunk: {
			massFraction: .4346,
			comFraction: .431,
			lengthM: .5155
		},
		upperArm: {
			massFraction: .0271,
			comFraction: .5772,
			lengthM: .2817
		},
		forearm: {
			massFraction: .0162,
			comFraction: .4574,
			lengthM: .2689
		},
		hand: {
			massFraction: .0061,
			comFraction: .79,
			lengthM: .0862
		},
		thigh: {
			massFraction: .1416,
			comFraction: .4095,
			lengthM: .4222
		},
		shank: {
			massFraction: .0433,
			comFraction: .4459,
			lengthM: .434
		},
		foot: {
			massFraction: .0137,
			comFraction: .4415,
			lengthM: .2581
		}
	},
	female: {
		head: {
			massFraction: .0668,
			comFraction: .4841,
			lengthM: .2437
		},
		trunk: {
			massFraction: .4257,
			comFraction: .3782,
			lengthM: .4979
		},
		upperArm: {
			massFraction: .0255,
			comFraction: .5754,
			lengthM: .2751
		},
		forearm: {
			massFraction: .0138,
			comFraction: .4559,
			lengthM: .2643
		},
		hand: {
			massFraction: .0056,
			comFraction: .7474,
			lengthM: .078
		},
		thigh: {
			massFraction: .1478,
			comFraction: .3612,
			lengthM: .3685
		},
		shank: {
			massFraction: .0481,
			comFraction: .4416,
			lengthM: .4323
		},
		foot: {
			massFraction: .0129,
			comFraction: .4014,
			lengthM: .2283
		}
	}
};
/** Whole-body centre of mass of every frame (see the file comment for the segment model). */
function centreOfMass(points, opts = {}) {
	const sex = opts.sex ?? "male";
	const T = DE_LEVA_1996[sex];
	const layout = getLayout(points.layout);
	const k = (n) => layout.indexOf.get(n) ?? -1;
	for (const n of [
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
	]) if (k(n) < 0) throw new Error(`centreOfMass: layout ${layout.name} has no ${n} keypoint`);
	const F = points.frames;
	const out = new Float64Array(F * 3);
	const p = /* @__PURE__ */ new Float64Array(3);
	const at = (f, i, c) => points.data[(f * points.joints + i) * 3 + c];
	const mean = (f, idx, c) => idx.reduce((s, i) => s + at(f, i, c), 0) / idx.length;
	const headTop = k("Head");
	const neck = k("Neck") >= 0 ? [k("Neck")] : [k("LShoulder"), k("RShoulder")];
	const ears = k("LEar") >= 0 && k("REar") >= 0 ? [k("LEar"), k("REar")] : [k("Nose")];
	const total = T.head.massFraction + T.trunk.massFraction + 2 * (T.upperArm.massFraction + T.forearm.massFraction + T.hand.massFraction + T.thigh.massFraction + T.shank.massFraction + T.foot.massFraction);
	const handRatio = T.hand.comFraction * (T.hand.lengthM / T.forearm.lengthM);
	for (let f = 0; f < F; f++) {
		for (let c = 0; c < 3; c++) {
			let sum = 0;
			/** Adds a segment of mass fraction m whose centre of mass is at a + t·(b − a). */
			const seg = (m, a, b, t) => {
				sum += m * (a + (b - a) * t);
			};
			if (headTop >= 0) seg(T.head.massFraction, at(f, headTop, c), mean(f, neck, c), T.head.comFraction);
			else seg(T.head.massFraction, mean(f, ears, c), 0, 0);
			seg(T.trunk.massFraction, mean(f, [k("LShoulder"), k("RShoulder")], c), mean(f, [k("LHip"), k("RHip")], c), T.trunk.comFraction);
			for (const S of ["L", "R"]) {
				const sh = at(f, k(`${S}Shoulder`), c), el = at(f, k(`${S}Elbow`), c), wr = at(f, k(`${S}Wrist`), c);
				seg(T.upperArm.massFraction, sh, el, T.upperArm.comFraction);
				seg(T.forearm.massFraction, el, wr, T.forearm.comFraction);
				seg(T.hand.massFraction, wr, wr + (wr - el), handRatio);
				const hip = at(f, k(`${S}Hip`), c), kn = at(f, k(`${S}Knee`), c), an = at(f, k(`${S}Ankle`), c);
				seg(T.thigh.massFraction, hip, kn, T.thigh.comFraction);
				seg(T.shank.massFraction, kn, an, T.shank.comFraction);
				const heel = k(`${S}Heel`), big = k(`${S}BigToe`), small = k(`${S}SmallToe`);
				if (heel >= 0 && big >= 0) {
					const toe = small >= 0 ? (at(f, big, c) + at(f, small, c)) / 2 : at(f, big, c);
					seg(T.foot.massFraction, at(f, heel, c), toe, T.foot.comFraction);
				} else seg(T.foot.massFraction, an, 0, 0);
			}
			p[c] = sum / total;
		}
		out.set(p, f * 3);
	}
	return {
		layout: layout.name,
		sex,
		fps: points.fps,
		frames: F,
		timestampsMs: points.timestampsMs.slice(),
		positionM: out
	};
}
/** CSV (from a result, or from points with the male table): one row per frame: frame, time_s, com_x_m, com_y_m, com_z_m (calibration world axes). */
function formatCentreOfMassCsv(input, decimals = 4) {
	const c = "positionM" in input ? input : centreOfMass(input);
	const lines = ["frame,time_s,com_x_m,com_y_m,com_z_m"];
	for (let f = 0; f < c.frames; f++) {
		const p = c.positionM.subarray(f * 3, f * 3 + 3);
		lines.push([
			String(f),
			timeS(c.timestampsMs, c.fps, f).toFixed(4),
			cell$1(p[0], decimals),
			cell$1(p[1], decimals),
			cell$1(p[2], decimals)
		].join(","));
	}
	return `${lines.join("\n")}\n`;
}
/** JSON with the model used and [x, y, z] per frame in metres (null = missing). */
function formatCentreOfMassJson(input, decimals = 4) {
	const c = "positionM" in input ? input : centreOfMass(input);
	return JSON.stringify({
		layout: c.layout,
		fps: c.fps,
		frames: c.frames,
		units: "m",
		model: `de Leva (1996), ${c.sex}`,
		time_s: Array.from({ length: c.frames }, (_, f) => Number(timeS(c.timestampsMs, c.fps, f).toFixed(4))),
		position: Array.from({ length: c.frames }, (_, f) => [
			0,
			1,
			2
		].map((k) => jsonNum(c.positionM[f * 3 + k], decimals)))
	});
}
// src/skeleton/rotation.ts
var IDENTITY_QUAT = [
	0,
	0,
	0,
	1
];
var sub = (a, b) => [
	a[0] - b[0],
	a[1] - b[1],
	a[2] - b[2]
];
var add = (a, b) => [
	a[0] + b[0],
	a[1] + b[1],
	a[2] + b[2]
];
var scale = (a, s) => [
	a[0] * s,
	a[1] * s,
	a[2] * s
];
var dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
var cross = (a, b) => [
	a[1] * b[2] - a[2] * b[1],
	a[2] * b[0] - a[0] * b[2],
	a[0] * b[1] - a[1] * b[0]
];
var norm$1 = (a) => Math.hypot(a[0], a[1], a[2]);
var isFiniteVec = (a) => Number.isFinite(a[0]) && Number.isFinite(a[1]) && Number.isFinite(a[2]);
/** Unit vector, or NaNs when the input is (near) zero or not finite. */
function normalize(a) {
	const n = norm$1(a);
	return n > 1e-12 && Number.isFinite(n) ? [
		a[0] / n,
		a[1] / n,
		a[2] / n
	] : [
		NaN,
		NaN,
		NaN
	];
}
function mat3MulVec(m, v) {
	return [
		m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
		m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
		m[6] * v[0] + m[7] * v[1] + m[8] * v[2]
	];
}
/**
* The rotation taking the rest frame (primary a0, secondary s0) onto the observed frame
* (primary a, secondary s): a0 maps exactly onto the direction of a; s0 maps into the half-plane
* spanned by a and s. Returns null when a or s are degenerate (zero, parallel, NaN).
*/
function alignFrames(a0, s0, a, s) {
	const b0 = orthoFrame(a0, s0);
	const b = orthoFrame(a, s);
	if (!b0 || !b) return null;
	const r = new Array(9).fill(0);
	for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
		let acc = 0;
		for (let k = 0; k < 3; k++) acc += b[k][i] * b0[k][j];
		r[i * 3 + j] = acc;
	}
	return r;
}
/** Gram–Schmidt frame [x = â, y = ŝ⊥, z = x × y], or null when degenerate. */
function orthoFrame(a, s) {
	const x = normalize(a);
	if (!isFiniteVec(x)) return null;
	const sp = sub(s, scale(x, dot(s, x)));
	if (!(norm$1(sp) > 1e-6 * Math.max(1, norm$1(s)))) return null;
	const y = normalize(sp);
	if (!isFiniteVec(y)) return null;
	return [
		x,
		y,
		cross(x, y)
	];
}
/** Quaternion of a rotation matrix (Shepperd's method, numerically stable for all angles). */
function quatFromMat3(m) {
	const [m00, m01, m02, m10, m11, m12, m20, m21, m22] = m;
	const tr = m00 + m11 + m22;
	let q;
	if (tr > 0) {
		const s = Math.sqrt(tr + 1) * 2;
		q = [
			(m21 - m12) / s,
			(m02 - m20) / s,
			(m10 - m01) / s,
			.25 * s
		];
	} else if (m00 > m11 && m00 > m22) {
		const s = Math.sqrt(1 + m00 - m11 - m22) * 2;
		q = [
			.25 * s,
			(m01 + m10) / s,
			(m02 + m20) / s,
			(m21 - m12) / s
		];
	} else if (m11 > m22) {
		const s = Math.sqrt(1 + m11 - m00 - m22) * 2;
		q = [
			(m01 + m10) / s,
			.25 * s,
			(m12 + m21) / s,
			(m02 - m20) / s
		];
	} else {
		const s = Math.sqrt(1 + m22 - m00 - m11) * 2;
		q = [
			(m02 + m20) / s,
			(m12 + m21) / s,
			.25 * s,
			(m10 - m01) / s
		];
	}
	return quatNormalize(q);
}
function mat3FromQuat(q) {
	const [x, y, z, w] = [
		q[0],
		q[1],
		q[2],
		q[3]
	];
	return [
		1 - 2 * (y * y + z * z),
		2 * (x * y - z * w),
		2 * (x * z + y * w),
		2 * (x * y + z * w),
		1 - 2 * (x * x + z * z),
		2 * (y * z - x * w),
		2 * (x * z - y * w),
		2 * (y * z + x * w),
		1 - 2 * (x * x + y * y)
	];
}
function quatNormalize(q) {
	const n = Math.hypot(q[0], q[1], q[2], q[3]);
	return [
		q[0] / n,
		q[1] / n,
		q[2] / n,
		q[3] / n
	];
}
/** Hamilton product a · b (apply b first, then a). */
function quatMul(a, b) {
	const [ax, ay, az, aw] = [
		a[0],
		a[1],
		a[2],
		a[3]
	];
	const [bx, by, bz, bw] = [
		b[0],
		b[1],
		b[2],
		b[3]
	];
	return [
		aw * bx + ax * bw + ay * bz - az * by,
		aw * by - ax * bz + ay * bw + az * bx,
		aw * bz + ax * by - ay * bx + az * bw,
		aw * bw - ax * bx - ay * by - az * bz
	];
}
var quatConj = (q) => [
	-q[0],
	-q[1],
	-q[2],
	q[3]
];
/** Rotates v by the unit quaternion q. */
function quatRotate(q, v) {
	const u = [
		q[0],
		q[1],
		q[2]
	];
	const w = q[3];
	const t = scale(cross(u, v), 2);
	const c = cross(u, t);
	return [
		v[0] + w * t[0] + c[0],
		v[1] + w * t[1] + c[1],
		v[2] + w * t[2] + c[2]
	];
}
// src/analysis/jointAngles.ts
var jointAngles_exports = /* @__PURE__ */ __exportAll({
	formatJointAnglesCsv: () => formatJointAnglesCsv,
	formatJointAnglesJson: () => formatJointAnglesJson,
	jointAngles: () => jointAngles
});
var DEG = 180 / Math.PI;
/** Computes the joint angles of every frame. Angles whose keypoints the layout lacks are left out. */
function jointAngles(points, opts = {}) {
	const layout = getLayout(points.layout);
	const up = normalize(opts.up ?? [
		0,
		0,
		1
	]);
	const F = points.frames;
	const idx = (n) => layout.indexOf.get(n) ?? -1;
	const get = (f, k) => k < 0 ? [
		NaN,
		NaN,
		NaN
	] : [
		points.data[(f * points.joints + k) * 3],
		points.data[(f * points.joints + k) * 3 + 1],
		points.data[(f * points.joints + k) * 3 + 2]
	];
	const mid = (a, b) => scale([
		a[0] + b[0],
		a[1] + b[1],
		a[2] + b[2]
	], .5);
	const K = Object.fromEntries([
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
		"RWrist",
		"LHeel",
		"RHeel",
		"LBigToe",
		"RBigToe",
		"LSmallToe",
		"RSmallToe"
	].map((n) => [n, idx(n)]));
	for (const n of [
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
	]) if (K[n] < 0) throw new Error(`jointAngles: layout ${layout.name} has no ${n} keypoint`);
	const hasFeet = (S) => K[`${S}Heel`] >= 0 && K[`${S}BigToe`] >= 0;
	const series = [];
	const add = (name, joint, side, description) => {
		const valuesDeg = new Float64Array(F).fill(NaN);
		series.push({
			name,
			joint,
			side,
			description,
			valuesDeg
		});
		return valuesDeg;
	};
	const sides = [{
		S: "L",
		side: "left",
		lat: -1
	}, {
		S: "R",
		side: "right",
		lat: 1
	}];
	const out = {};
	for (const { side, S } of sides) {
		out[`${side}_hip_flexion`] = add(`${side}_hip_flexion`, "hip", side, "thigh flexion in the pelvis frame (JCS, about pelvis Z); + = knee forward");
		out[`${side}_hip_abduction`] = add(`${side}_hip_abduction`, "hip", side, "thigh abduction (JCS floating axis); + = knee away from the midline");
		out[`${side}_knee_flexion`] = add(`${side}_knee_flexion`, "knee", side, "shank relative to thigh about the thigh mediolateral axis; 0 = straight, + = ankle backward");
		if (hasFeet(S)) out[`${side}_ankle_dorsiflexion`] = add(`${side}_ankle_dorsiflexion`, "ankle", side, "heel→toe vector in the shank frame; 0 = foot perpendicular to shank, + = toes up");
		if (hasFeet(S)) out[`${side}_foot_progression`] = add(`${side}_foot_progression`, "ankle", side, "heel→toe on the ground plane against the pelvis heading; + = toe-out");
		out[`${side}_shoulder_flexion`] = add(`${side}_shoulder_flexion`, "shoulder", side, "humerus flexion in the thorax frame (about thorax Z); + = elbow forward");
		out[`${side}_shoulder_abduction`] = add(`${side}_shoulder_abduction`, "shoulder", side, "humerus abduction (floating axis, ≤ 90°); + = elbow away from the body");
		out[`${side}_shoulder_elevation`] = add(`${side}_shoulder_elevation`, "shoulder", side, "ISB Y-X-Y elevation: angle between humerus and the thorax downward axis, 0–180°");
		out[`${side}_elbow_flexion`] = add(`${side}_elbow_flexion`, "elbow", side, "angle between upper arm and forearm; 0 = straight");
	}
	out.trunk_lean = add("trunk_lean", "trunk", "none", "angle between mid-hip→mid-shoulder and the world vertical");
	out.trunk_lean_forward = add("trunk_lean_forward", "trunk", "none", "trunk lean towards the pelvis heading (sagittal); + = forward");
	out.trunk_lean_lateral = add("trunk_lean_lateral", "trunk", "none", "trunk lean sideways (frontal); + = towards the right");
	for (let f = 0; f < F; f++) {
		const P = (n) => get(f, K[n]);
		const midHip = mid(P("LHip"), P("RHip"));
		const trunkUp = normalize(sub(mid(P("LShoulder"), P("RShoulder")), midHip));
		const pelvis = segmentFrame(sub(P("RHip"), P("LHip")), trunkUp);
		const thorax = segmentFrame(sub(P("RShoulder"), P("LShoulder")), trunkUp);
		for (const { S, side, lat } of sides) {
			const dl = toLocal(pelvis, normalize(sub(P(`${S}Knee`), P(`${S}Hip`))));
			out[`${side}_hip_flexion`][f] = Math.atan2(dl[0], -dl[1]) * DEG;
			out[`${side}_hip_abduction`][f] = Math.asin(clamp(lat * dl[2])) * DEG;
			const s = toLocal(segmentFrame(pelvis.z, sub(P(`${S}Hip`), P(`${S}Knee`)), true), normalize(sub(P(`${S}Ankle`), P(`${S}Knee`))));
			out[`${side}_knee_flexion`][f] = Math.atan2(-s[0], -s[1]) * DEG;
			if (hasFeet(S)) {
				const shank = segmentFrame(pelvis.z, sub(P(`${S}Knee`), P(`${S}Ankle`)), true);
				const toe = K[`${S}SmallToe`] >= 0 ? mid(P(`${S}BigToe`), P(`${S}SmallToe`)) : P(`${S}BigToe`);
				const fl = toLocal(shank, normalize(sub(toe, P(`${S}Heel`))));
				out[`${side}_ankle_dorsiflexion`][f] = Math.atan2(fl[1], fl[0]) * DEG;
				const heading = horizontalFrame(pelvis.x, up);
				const foot = sub(toe, P(`${S}Heel`));
				out[`${side}_foot_progression`][f] = Math.atan2(lat * dot(foot, heading.right), dot(foot, heading.fwd)) * DEG;
			}
			const h = toLocal(thorax, normalize(sub(P(`${S}Elbow`), P(`${S}Shoulder`))));
			out[`${side}_shoulder_flexion`][f] = Math.atan2(h[0], -h[1]) * DEG;
			out[`${side}_shoulder_abduction`][f] = Math.asin(clamp(lat * h[2])) * DEG;
			out[`${side}_shoulder_elevation`][f] = Math.atan2(Math.hypot(h[0], h[2]), -h[1]) * DEG;
			const u = normalize(sub(P(`${S}Elbow`), P(`${S}Shoulder`)));
			const fa = normalize(sub(P(`${S}Wrist`), P(`${S}Elbow`)));
			out[`${side}_elbow_flexion`][f] = angleBetween(u, fa);
		}
		const { fwd, right } = horizontalFrame(pelvis.x, up);
		out.trunk_lean[f] = angleBetween(trunkUp, up);
		out.trunk_lean_forward[f] = Math.atan2(dot(trunkUp, fwd), dot(trunkUp, up)) * DEG;
		out.trunk_lean_lateral[f] = Math.atan2(dot(trunkUp, right), dot(trunkUp, up)) * DEG;
	}
	return {
		layout: layout.name,
		fps: points.fps,
		frames: F,
		timestampsMs: points.timestampsMs.slice(),
		angles: series
	};
}
/**
* ISB-style frame. Default: `first` is the Z (rightward) axis, kept exact; `second` the Y (up)
* direction, made perpendicular to Z. With `yExact`, `second` is the exact Y axis and Z is `first`
* made perpendicular to it (used for limb segments, whose long axis is the reliable one).
*/
function segmentFrame(first, second, yExact = false) {
	let y, z;
	if (yExact) {
		y = normalize(second);
		z = normalize(sub(first, scale(y, dot(first, y))));
	} else {
		z = normalize(first);
		y = normalize(sub(second, scale(z, dot(second, z))));
	}
	return {
		x: cross(y, z),
		y,
		z
	};
}
/** The pelvis heading made horizontal, and the subject's right on the ground plane. */
function horizontalFrame(pelvisX, up) {
	const fwd = normalize(sub(pelvisX, scale(up, dot(pelvisX, up))));
	return {
		fwd,
		right: cross(fwd, up)
	};
}
var toLocal = (fr, v) => [
	dot(v, fr.x),
	dot(v, fr.y),
	dot(v, fr.z)
];
var clamp = (v) => Math.max(-1, Math.min(1, v));
/** Angle between two unit vectors in degrees (atan2 form: accurate near 0° and 180°, unlike acos). */
var angleBetween = (a, b) => {
	const c = cross(a, b);
	return Math.atan2(Math.hypot(c[0], c[1], c[2]), dot(a, b)) * DEG;
};
/** CSV (from angles, or from points with default options): one row per frame: frame, time_s, then one column per angle named `<name>_deg`; empty cell = missing. */
function formatJointAnglesCsv(input, decimals = 2) {
	const a = "angles" in input ? input : jointAngles(input);
	const lines = [[
		"frame",
		"time_s",
		...a.angles.map((s) => `${s.name}_deg`)
	].join(",")];
	for (let f = 0; f < a.frames; f++) lines.push([
		String(f),
		timeS(a.timestampsMs, a.fps, f).toFixed(4),
		...a.angles.map((s) => cell$1(s.valuesDeg[f], decimals))
	].join(","));
	return `${lines.join("\n")}\n`;
}
/** Column-oriented JSON: definitions and one array of values per angle (null = missing). */
function formatJointAnglesJson(input, decimals = 2) {
	const a = "angles" in input ? input : jointAngles(input);
	return JSON.stringify({
		layout: a.layout,
		fps: a.fps,
		frames: a.frames,
		units: "deg",
		definitions: "docs/joint-angles.md",
		time_s: Array.from({ length: a.frames }, (_, f) => Number(timeS(a.timestampsMs, a.fps, f).toFixed(4))),
		angles: Object.fromEntries(a.angles.map((s) => [s.name, {
			joint: s.joint,
			side: s.side,
			description: s.description,
			values: Array.from(s.valuesDeg, (v) => jsonNum(v, decimals))
		}]))
	});
}
// src/sync/crossCorrelate.ts
/**
* Correlates b against a for integer lags lagMin…lagMax: at lag L, sample i of b is paired with sample
* i + L of a. Returns the best lag refined to a sub-sample and how sure that is.
*/
function crossCorrelate(a, b, lagMin, lagMax, opts = {}) {
	const minOverlap = opts.minOverlap ?? 16;
	const from = Math.max(0, opts.from ?? 0);
	const to = Math.min(b.length, opts.to ?? b.length);
	const n = lagMax - lagMin + 1;
	const curve = new Float64Array(Math.max(0, n)).fill(NaN);
	const counts = new Int32Array(Math.max(0, n));
	for (let k = 0; k < n; k++) {
		const L = lagMin + k;
		const i0 = Math.max(from, -L);
		const i1 = Math.min(to, a.length - L);
		let sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0, m = 0;
		for (let i = i0; i < i1; i++) {
			const y = b[i];
			const x = a[i + L];
			if (Number.isNaN(y) || Number.isNaN(x)) continue;
			sa += x;
			sb += y;
			saa += x * x;
			sbb += y * y;
			sab += x * y;
			m++;
		}
		counts[k] = m;
		if (m < minOverlap) continue;
		const va = saa - sa * sa / m;
		const vb = sbb - sb * sb / m;
		if (va <= 0 || vb <= 0) continue;
		curve[k] = (sab - sa * sb / m) / Math.sqrt(va * vb);
	}
	let most = 0;
	for (let k = 0; k < n; k++) if (Number.isFinite(curve[k])) most = Math.max(most, counts[k]);
	for (let k = 0; k < n && opts.weighOverlap !== false; k++) {
		if (!Number.isFinite(curve[k])) continue;
		const r = Math.max(-.999999, Math.min(.999999, curve[k]));
		curve[k] = Math.tanh(Math.atanh(r) * Math.sqrt(Math.max(1, counts[k] - 3) / Math.max(1, most - 3)));
	}
	return peakOf(curve, lagMin, counts);
}
/** Lags (sub-sample) of the curve's `count` highest local maxima, best first. */
function localMaxima(curve, lagMin, count) {
	const found = [];
	for (let k = 1; k < curve.length - 1; k++) {
		const c = curve[k];
		if (!(c > curve[k - 1] && c >= curve[k + 1])) continue;
		const den = curve[k - 1] - 2 * c + curve[k + 1];
		const frac = den < 0 ? Math.max(-.5, Math.min(.5, .5 * (curve[k - 1] - curve[k + 1]) / den)) : 0;
		found.push({
			lag: lagMin + k + frac,
			value: c
		});
	}
	return found.sort((a, b) => b.value - a.value).slice(0, count).map((f) => f.lag);
}
/** The peak of a correlation curve, its sub-sample position, its strongest rival and a confidence. */
function peakOf(curve, lagMin, counts) {
	let best = -1;
	for (let k = 0; k < curve.length; k++) if (Number.isFinite(curve[k]) && (best < 0 || curve[k] > curve[best])) best = k;
	if (best < 0) return {
		lag: NaN,
		peak: NaN,
		rival: NaN,
		confidence: 0,
		overlap: 0,
		curve,
		lagMin
	};
	const c = curve[best];
	let frac = 0;
	const l = curve[best - 1];
	const r = curve[best + 1];
	if (Number.isFinite(l) && Number.isFinite(r)) {
		const den = l - 2 * c + r;
		if (den < 0) frac = Math.max(-.5, Math.min(.5, .5 * (l - r) / den));
	}
	let lo = best;
	while (lo > 0 && Number.isFinite(curve[lo - 1]) && curve[lo - 1] <= curve[lo]) lo--;
	let hi = best;
	while (hi < curve.length - 1 && Number.isFinite(curve[hi + 1]) && curve[hi + 1] <= curve[hi]) hi++;
	let rival = -1;
	for (let k = 0; k < curve.length; k++) if ((k < lo || k > hi) && Number.isFinite(curve[k]) && curve[k] > rival) rival = curve[k];
	return {
		lag: lagMin + best + frac,
		peak: c,
		rival,
		confidence: peakConfidence(c, rival),
		overlap: counts?.[best] ?? 0,
		curve,
		lagMin
	};
}
/**
* 0…1 from the peak and its best rival: the share of the headroom above the rival the peak takes,
* doubled and clipped, times how strong the peak is. Two unrelated signals (a still subject's pixel
* jitter) give a peak no better than many rivals: near 0. A clean match (peak 0.9, rival 0.4) gives 1.
*/
function peakConfidence(peak, rival) {
	if (!Number.isFinite(peak) || peak <= 0) return 0;
	const r = Math.max(0, rival);
	const headroom = 1 - r;
	return clamp01(2 * (headroom > 1e-9 ? (peak - r) / headroom : 0)) * clamp01(peak / .4);
}
var clamp01 = (x) => x < 0 ? 0 : x > 1 ? 1 : x;
// src/sync/smoothTracks.ts
/** Triangle-window weights (7 frames) of the zero-phase smoothing. */
var TRIANGLE = [
	1,
	2,
	3,
	4,
	3,
	2,
	1
];
/** A copy with each keypoint's x, y smoothed over ±3 frames of the same person (track id, or slot when unknown); joints missing in any of them are left as they are (or dropped, see opts). */
function smoothTracks(seq, opts = {}) {
	const key = opts.dropUnsmoothed ? "drop" : "keep";
	const cached = memo.get(seq)?.[key];
	if (cached) return cached;
	const result = smooth(seq, !!opts.dropUnsmoothed);
	memo.set(seq, {
		...memo.get(seq),
		[key]: result
	});
	return result;
}
var memo = /* @__PURE__ */ new WeakMap();
function smooth(seq, dropUnsmoothed) {
	const { frames, persons, joints, data, trackIds } = seq;
	const out = dropUnsmoothed ? new Float32Array(data.length).fill(NaN) : Float32Array.from(data);
	const half = 3;
	const slotOf = (f, id, p) => {
		if (id < 0) return persons === 1 || trackIds[f * persons + p] < 0 ? p : -1;
		for (let q = 0; q < persons; q++) if (trackIds[f * persons + q] === id) return q;
		return -1;
	};
	const slots = /* @__PURE__ */ new Int32Array(7);
	for (let f = half; f < frames - half; f++) for (let p = 0; p < persons; p++) {
		const id = trackIds[f * persons + p];
		let ok = true;
		for (let k = -3; k <= half && ok; k++) ok = (slots[k + half] = persons === 1 && id < 0 ? 0 : slotOf(f + k, id, p)) >= 0;
		if (!ok) continue;
		for (let j = 0; j < joints; j++) {
			let sx = 0, sy = 0, sw = 0;
			for (let k = -3; k <= half; k++) {
				const o = (((f + k) * persons + slots[k + half]) * joints + j) * 3;
				const x = data[o];
				if (Number.isNaN(x)) {
					sw = 0;
					break;
				}
				const w = TRIANGLE[k + half];
				sx += w * x;
				sy += w * data[o + 1];
				sw += w;
			}
			if (sw === 0) continue;
			const o = ((f * persons + p) * joints + j) * 3;
			out[o] = sx / sw;
			out[o + 1] = sy / sw;
			out[o + 2] = data[o + 2];
		}
	}
	return {
		...seq,
		data: out
	};
}
// src/sync/epipolarCost.ts
var prepared = (seq, cam) => {
	const lens = seq.imageWidth > 0 && seq.imageHeight > 0 ? lensForImage(cam, seq.imageWidth, seq.imageHeight) : cam;
	return lens ? prepareCamera(lens) : null;
};
/** Judge of candidate starts for `seq` (camera `cam`) against the reference sequence and camera. */
function epipolarJudge(ref, refCam, seq, cam, opts = {}) {
	const minScore = opts.minScore ?? .3;
	const pr = prepared(ref, refCam);
	const pc = prepared(seq, cam);
	if (!pr || !pc) return null;
	const Rr = pr.R, Rc = pc.R;
	const R = /* @__PURE__ */ new Float64Array(9);
	for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) R[i * 3 + j] = Rc[i * 3] * Rr[j * 3] + Rc[i * 3 + 1] * Rr[j * 3 + 1] + Rc[i * 3 + 2] * Rr[j * 3 + 2];
	const t = [
		0,
		1,
		2
	].map((i) => pc.t[i] - (R[i * 3] * pr.t[0] + R[i * 3 + 1] * pr.t[1] + R[i * 3 + 2] * pr.t[2]));
	const tx = [
		0,
		-t[2],
		t[1],
		t[2],
		0,
		-t[0],
		-t[1],
		t[0],
		0
	];
	const E = /* @__PURE__ */ new Float64Array(9);
	for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) E[i * 3 + j] = tx[i * 3] * R[j] + tx[i * 3 + 1] * R[3 + j] + tx[i * 3 + 2] * R[6 + j];
	const maxFrames = opts.maxFrames ?? 400;
	const step = Math.max(1, Math.floor(ref.frames / maxFrames));
	const frames = [];
	for (let f = 0; f < ref.frames; f += step) frames.push(f);
	const times = Float64Array.from(frames, (f) => ref.timestampsMs[f]);
	const refNorm = subjectNormalised(resampleSequence(smoothTracks(ref), { startS: 0 }, times, ref.fps), pr, minScore);
	const smooth = smoothTracks(seq);
	const J = ref.joints;
	return { cost(startS, ratePpm = 0) {
		const n = subjectNormalised(resampleSequence(smooth, {
			startS,
			ratePpm
		}, times, ref.fps), pc, minScore);
		const d = [];
		for (let k = 0; k < frames.length * J; k++) {
			const x = refNorm[k * 2], y = refNorm[k * 2 + 1];
			const u = n[k * 2], v = n[k * 2 + 1];
			if (!(Number.isFinite(x) && Number.isFinite(u))) continue;
			const l0 = E[0] * x + E[1] * y + E[2];
			const l1 = E[3] * x + E[4] * y + E[5];
			const l2 = E[6] * x + E[7] * y + E[8];
			const den = Math.hypot(l0, l1);
			if (den > 0) d.push(Math.abs(u * l0 + v * l1 + l2) / den * pc.fx);
		}
		if (d.length < 20) return {
			px: NaN,
			compared: d.length
		};
		return {
			px: upperMedian(d),
			compared: d.length
		};
	} };
}
/** [frame][joint] normalised undistorted x, y of the subject (the lowest track id, else slot 0); NaN when missing. */
function subjectNormalised(seq, cam, minScore) {
	const { frames, persons, joints, data, trackIds } = seq;
	const out = new Float64Array(frames * joints * 2).fill(NaN);
	const tmp = /* @__PURE__ */ new Float64Array(2);
	for (let f = 0; f < frames; f++) {
		let p = 0;
		let bestId = Infinity;
		for (let q = 0; q < persons; q++) {
			const id = trackIds[f * persons + q];
			if (id >= 0 && id < bestId) {
				bestId = id;
				p = q;
			}
		}
		for (let j = 0; j < joints; j++) {
			const o = ((f * persons + p) * joints + j) * 3;
			if (!(data[o + 2] >= minScore) || !Number.isFinite(data[o])) continue;
			undistortPoint(cam, data[o], data[o + 1], tmp, 0);
			out[(f * joints + j) * 2] = tmp[0];
			out[(f * joints + j) * 2 + 1] = tmp[1];
		}
	}
	return out;
}
// src/core/matchCameras.ts
/** Words tools add around a camera name that do not identify the camera. */
var NOISE_WORDS = /* @__PURE__ */ new Set([
	"json",
	"synchronized",
	"synced",
	"img",
	"imgs",
	"image",
	"images",
	"int",
	"ext",
	"video",
	"videos",
	"vid",
	"pose",
	"pose2d",
	"keypoints",
	"calib"
]);
var EXTENSIONS = /\.(mp4|avi|mov|mkv|webm|pose2d|json|toml|txt)$/i;
/**
* Canonical form of a camera name: lower case, file extension and noise words (json, img, int, ext,
* video, …) dropped, separators removed, `camera` → `cam`, and numbers without leading zeros.
* `int_cam01_img` → `cam1`; `cam_01` → `cam1`; `Camera 1.mp4` → `cam1`.
*/
function normaliseCameraName(name) {
	const tokens = name.replace(EXTENSIONS, "").toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length > 0 && !NOISE_WORDS.has(t));
	return (tokens.length ? tokens : [name.toLowerCase()]).join("").replace(/camera/g, "cam").replace(/\d+/g, (d) => String(Number(d)));
}
/** The single integer a name carries (`cam_01_json` → 1), or undefined when it has none or several. */
function onlyNumber(name) {
	const m = normaliseCameraName(name).match(/\d+/g);
	return m && m.length === 1 ? Number(m[0]) : void 0;
}
/**
* Matches each camera name (e.g. from the calibration) to one candidate (video stems, 2D input names).
* First by normalised name; a camera left over is matched by its number when exactly one unmatched
* candidate carries the same single number. Returns camera name → candidate.
* Throws a UserError listing what was found when a camera has no candidate, or a name is ambiguous.
* `what` describes the candidates for the message, e.g. "videos in my-session/videos".
*/
function matchCameras(cameraNames, candidates, what) {
	const found = `found: ${candidates.length ? candidates.join(", ") : "nothing"}`;
	const byKey = /* @__PURE__ */ new Map();
	for (const c of candidates) {
		const key = normaliseCameraName(c);
		byKey.set(key, [...byKey.get(key) ?? [], c]);
	}
	const result = /* @__PURE__ */ new Map();
	const used = /* @__PURE__ */ new Map();
	const take = (cam, cand) => {
		const other = used.get(cand);
		if (other !== void 0) throw new UserError(`cameras "${other}" and "${cam}" both match "${cand}" in ${what}; rename one so they differ`);
		used.set(cand, cam);
		result.set(cam, cand);
	};
	const left = [];
	for (const cam of cameraNames) {
		const hits = byKey.get(normaliseCameraName(cam)) ?? [];
		if (hits.length > 1) throw new UserError(`camera "${cam}" matches several ${what}: ${hits.join(", ")}; keep one`);
		if (hits.length === 1) take(cam, hits[0]);
		else left.push(cam);
	}
	for (const cam of left) {
		const n = onlyNumber(cam);
		const hits = n === void 0 ? [] : candidates.filter((c) => !used.has(c) && onlyNumber(c) === n);
		if (hits.length > 1) throw new UserError(`camera "${cam}" matches several ${what}: ${hits.join(", ")}; rename them to match the calibration`);
		if (hits.length === 0) throw new UserError(`camera "${cam}" has no match in ${what} (${found}); name them after the calibration's cameras`);
		take(cam, hits[0]);
	}
	return result;
}
// src/sync/refineByReprojection.ts
/** Starts a refinement may move: those from a signal, and those no signal could place (tried as they are). */
var METHODS = /* @__PURE__ */ new Set([
	"keypoints",
	"audio",
	"keypoints+audio",
	"reprojection",
	"unknown"
]);
/**
* For each non-reference camera whose start came from a signal (not manual, not left out), the
* refined start and a confidence (how much the error rises away from the minimum).
*/
function refineByReprojection(sequences, rig, refIndex, current, opts = {}) {
	const minScore = opts.minScore ?? .3;
	const range = opts.rangeFrames ?? .5;
	const ref = sequences[refIndex];
	const C = sequences.length;
	const out = {};
	if (C < 2 || rig.cameras.length !== C) return out;
	const cams = sequences.map((s, i) => {
		const lens = s.imageWidth > 0 && s.imageHeight > 0 ? lensForImage(rig.cameras[i], s.imageWidth, s.imageHeight) : rig.cameras[i];
		return lens ? prepareCamera(lens) : null;
	});
	const maxFrames = opts.maxFrames ?? 400;
	const step = Math.max(1, Math.floor(ref.frames / maxFrames));
	const frameIdx = [];
	for (let f = 0; f < ref.frames; f += step) frameIdx.push(f);
	const times = Float64Array.from(frameIdx, (f) => ref.timestampsMs[f]);
	sequences = sequences.map((s) => smoothTracks(s));
	const est = new Map(sequences.map((s) => [s.camera, { ...current[s.camera] }]));
	const at = (s, extraS = 0) => resampleSequence(s, {
		startS: est.get(s.camera).startS - est.get(ref.camera).startS + extraS,
		ratePpm: est.get(s.camera).ratePpm
	}, times, ref.fps);
	const eligible = sequences.map((s, c) => c !== refIndex && !!cams[c] && METHODS.has(current[s.camera]?.method));
	for (let pass = 0; pass < (opts.passes ?? 3); pass++) {
		const norm = sequences.map((s, i) => normalised(at(s), cams[i], minScore));
		for (let c = 0; c < C; c++) {
			if (!eligible[c]) continue;
			const s = sequences[c];
			const others = [...Array(C).keys()].filter((i) => i !== c && cams[i]);
			if (others.length < 2) continue;
			const frameS = 1 / s.fps;
			const shifts = [];
			for (let k = -4; k <= 4; k++) shifts.push(k / 4 * range);
			const e = est.get(s.camera);
			const startAt = e.startS;
			let confidence = 0;
			for (let tries = 0; tries < 5; tries++) {
				const costs = shifts.map((d) => medianError(norm, others, c, normalised(at(s, d * frameS), cams[c], minScore), cams, ref.joints, times.length));
				if (!costs.every(Number.isFinite)) break;
				let best = 0;
				for (let k = 1; k < costs.length; k++) if (costs[k] < costs[best]) best = k;
				if (!(best > 0 && best < costs.length - 1)) {
					const next = e.startS + shifts[best] * frameS;
					if (Math.abs(next - startAt) > 1 * frameS + 1e-9) break;
					e.startS = next;
					continue;
				}
				const a = costs[best - 1], b = costs[best], d = costs[best + 1];
				const den = a - 2 * b + d;
				const frac = den > 0 ? Math.max(-.5, Math.min(.5, .5 * (a - d) / den)) : 0;
				confidence = clamp01(((costs[0] + costs[costs.length - 1]) / 2 - costs[best]) / Math.max(costs[best], 1e-9) / .15);
				e.startS += (shifts[best] + frac * (range / 4)) * frameS;
				break;
			}
			if (confidence === 0) e.startS = startAt;
			out[s.camera] = {
				startS: e.startS,
				confidence
			};
			norm[c] = normalised(at(s), cams[c], minScore);
		}
	}
	return out;
}
/** Per [frame][joint]: normalised undistorted coordinates and score of the subject (slot 0 / the main track), NaN when missing. */
function normalised(seq, cam, minScore) {
	const { frames, persons, joints, data, trackIds } = seq;
	const out = new Float64Array(frames * joints * 3).fill(NaN);
	if (!cam) return out;
	const tmp = /* @__PURE__ */ new Float64Array(2);
	for (let f = 0; f < frames; f++) {
		let p = 0;
		if (persons > 1) {
			let bestId = Infinity;
			for (let q = 0; q < persons; q++) {
				const id = trackIds[f * persons + q];
				if (id >= 0 && id < bestId) {
					bestId = id;
					p = q;
				}
			}
		}
		for (let j = 0; j < joints; j++) {
			const o = ((f * persons + p) * joints + j) * 3;
			if (!(data[o + 2] >= minScore) || !Number.isFinite(data[o])) continue;
			undistortPoint(cam, data[o], data[o + 1], tmp, 0);
			const w = (f * joints + j) * 3;
			out[w] = tmp[0];
			out[w + 1] = tmp[1];
			out[w + 2] = data[o + 2];
		}
	}
	return out;
}
/** Median pixel error of camera c's keypoints against the points triangulated from the `from` cameras. */
function medianError(norm, from, c, own, cams, joints, frames) {
	const errs = [];
	const A = /* @__PURE__ */ new Float64Array(9);
	const b = /* @__PURE__ */ new Float64Array(3);
	for (let f = 0; f < frames; f++) for (let j = 0; j < joints; j++) {
		const w = (f * joints + j) * 3;
		if (!Number.isFinite(own[w])) continue;
		A.fill(0);
		b.fill(0);
		let views = 0;
		for (const i of from) {
			const n = norm[i];
			if (!Number.isFinite(n[w])) continue;
			addView(A, b, cams[i], n[w], n[w + 1], n[w + 2]);
			views++;
		}
		if (views < 2) continue;
		const X = solve3$1(A, b);
		if (!X) continue;
		const cc = cams[c];
		const u = cc.fx * own[w] + cc.skew * own[w + 1] + cc.cx;
		const v = cc.fy * own[w + 1] + cc.cy;
		const pz = cc.R[6] * X[0] + cc.R[7] * X[1] + cc.R[8] * X[2] + cc.t[2];
		if (!(pz > 0)) continue;
		const pxu = cc.fx * ((cc.R[0] * X[0] + cc.R[1] * X[1] + cc.R[2] * X[2] + cc.t[0]) / pz) + cc.skew * ((cc.R[3] * X[0] + cc.R[4] * X[1] + cc.R[5] * X[2] + cc.t[1]) / pz) + cc.cx;
		const pyu = cc.fy * ((cc.R[3] * X[0] + cc.R[4] * X[1] + cc.R[5] * X[2] + cc.t[1]) / pz) + cc.cy;
		errs.push(Math.hypot(pxu - u, pyu - v));
	}
	if (errs.length < 20) return NaN;
	return upperMedian(errs);
}
/** Adds one view's two linear equations (weighted by score) to the 3×3 normal equations. */
function addView(A, b, cam, x, y, w) {
	const R = cam.R, t = cam.t;
	for (const [u, r] of [[x, 0], [y, 3]]) {
		const a0 = u * R[6] - R[r], a1 = u * R[7] - R[r + 1], a2 = u * R[8] - R[r + 2];
		const rhs = -(u * t[2] - t[r / 3]);
		A[0] += w * a0 * a0;
		A[1] += w * a0 * a1;
		A[2] += w * a0 * a2;
		A[4] += w * a1 * a1;
		A[5] += w * a1 * a2;
		A[8] += w * a2 * a2;
		b[0] += w * a0 * rhs;
		b[1] += w * a1 * rhs;
		b[2] += w * a2 * rhs;
	}
	A[3] = A[1];
	A[6] = A[2];
	A[7] = A[5];
}
/** Solves the symmetric 3×3 system (Cramer's rule); null when singular. */
function solve3$1(A, b) {
	const [a, bb, c, d, e, f, g, h, i] = A;
	const det = a * (e * i - f * h) - bb * (d * i - f * g) + c * (d * h - e * g);
	if (Math.abs(det) < 1e-18) return null;
	return [
		(b[0] * (e * i - f * h) - bb * (b[1] * i - f * b[2]) + c * (b[1] * h - e * b[2])) / det,
		(a * (b[1] * i - f * b[2]) - b[0] * (d * i - f * g) + c * (d * b[2] - b[1] * g)) / det,
		(a * (e * b[2] - b[1] * h) - bb * (d * b[2] - b[1] * g) + b[0] * (d * h - e * g)) / det
	];
}
// src/sync/personTracks.ts
/** A track's keypoints move by at most this share of its size (longer side of its keypoint box) between consecutive frames (median over the keypoints). */
var MAX_JUMP = .15;
/** A piece is joined to one that ended at most this many frames before it starts. */
var MAX_LINK_GAP = 3;
/** The sequence with each detection's track id replaced by its person's number (0, 1, … by first appearance); −1 stays −1. */
function personTracks(seq) {
	const { frames, persons, joints, data, trackIds } = seq;
	const box = (k) => {
		let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
		for (let j = 0; j < joints; j++) {
			const o = (k * joints + j) * 3;
			const x = data[o], y = data[o + 1];
			if (!Number.isFinite(x) || !Number.isFinite(y) || !(data[o + 2] > 0)) continue;
			x0 = Math.min(x0, x);
			x1 = Math.max(x1, x);
			y0 = Math.min(y0, y);
			y1 = Math.max(y1, y);
		}
		return x1 >= x0 ? [
			(x0 + x1) / 2,
			(y0 + y1) / 2,
			Math.max(x1 - x0, y1 - y0)
		] : null;
	};
	const dist = new Float64Array(joints);
	/** Median distance between the keypoints two detections share, over the larger one's size (Infinity with fewer than 3 shared). */
	const moved = (a, ba, b, bb) => {
		let n = 0;
		for (let j = 0; j < joints; j++) {
			const oa = (a * joints + j) * 3, ob = (b * joints + j) * 3;
			if (!(data[oa + 2] > 0) || !(data[ob + 2] > 0)) continue;
			const d = Math.hypot(data[oa] - data[ob], data[oa + 1] - data[ob + 1]);
			if (Number.isFinite(d)) dist[n++] = d;
		}
		if (n < 3) return Infinity;
		return upperMedianInPlace(dist, n) / Math.max(ba[2], bb[2], 1e-9);
	};
	const pieces = [];
	/** [frame × persons] piece index of each detection, −1 for none. */
	const pieceOf = new Int32Array(frames * persons).fill(-1);
	const open = /* @__PURE__ */ new Map();
	for (let f = 0; f < frames; f++) for (let p = 0; p < persons; p++) {
		const k = f * persons + p, id = trackIds[k];
		if (id < 0) continue;
		const b = box(k);
		if (!b) continue;
		const i = open.get(id);
		const prev = i === void 0 ? void 0 : pieces[i];
		if (prev && moved(k, b, prev.lastK, prev.last) <= MAX_JUMP * (f - prev.end)) {
			prev.end = f;
			prev.last = b;
			prev.lastK = k;
			pieceOf[k] = i;
		} else {
			pieces.push({
				start: f,
				end: f,
				firstK: k,
				lastK: k,
				first: b,
				last: b,
				person: -1
			});
			open.set(id, pieces.length - 1);
			pieceOf[k] = pieces.length - 1;
		}
	}
	let people = 0;
	const lastOf = [];
	const lastFrame = [];
	for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
		let best = -1, bestD = Infinity;
		for (let q = 0; q < people; q++) {
			const e = pieces[lastOf[q]], gap = piece.start - lastFrame[q];
			if (gap < 1 || gap > MAX_LINK_GAP) continue;
			const d = moved(piece.firstK, piece.first, e.lastK, e.last);
			if (d <= MAX_JUMP * gap && d < bestD) {
				bestD = d;
				best = q;
			}
		}
		piece.person = best >= 0 ? best : people++;
		lastOf[piece.person] = pieces.indexOf(piece);
		lastFrame[piece.person] = piece.end;
	}
	const ids = new Int32Array(frames * persons).fill(-1);
	for (let k = 0; k < ids.length; k++) if (pieceOf[k] >= 0) ids[k] = pieces[pieceOf[k]].person;
	return {
		...seq,
		trackIds: ids
	};
}
// src/sync/speedProfile.ts
/** The person slot followed in each frame (-1 = none): the most often seen track, else slot 0 / the nearest to the previous one. */
function subjectSlots(seq, minScore = .3) {
	const { frames, persons, joints, data, trackIds } = seq;
	const slots = new Int32Array(frames).fill(-1);
	const counts = /* @__PURE__ */ new Map();
	for (let i = 0; i < trackIds.length; i++) if (trackIds[i] >= 0) counts.set(trackIds[i], (counts.get(trackIds[i]) ?? 0) + 1);
	let main = -1;
	for (const [id, n] of counts) if (main < 0 || n > counts.get(main) || n === counts.get(main) && id < main) main = id;
	const centre = (f, p) => {
		let sx = 0, sy = 0, n = 0;
		for (let j = 0; j < joints; j++) {
			const o = ((f * persons + p) * joints + j) * 3;
			if (data[o + 2] >= minScore && Number.isFinite(data[o])) {
				sx += data[o];
				sy += data[o + 1];
				n++;
			}
		}
		return [
			sx / n,
			sy / n,
			n
		];
	};
	let prev = null;
	for (let f = 0; f < frames; f++) {
		let chosen = -1;
		if (main >= 0) {
			for (let p = 0; p < persons; p++) if (trackIds[f * persons + p] === main) chosen = p;
		}
		if (chosen < 0 && (main < 0 || persons === 1)) {
			let bestD = Infinity;
			for (let p = 0; p < persons; p++) {
				const [x, y, n] = centre(f, p);
				if (n === 0) continue;
				const d = prev ? Math.hypot(x - prev[0], y - prev[1]) : p;
				if (d < bestD) {
					bestD = d;
					chosen = p;
				}
			}
		}
		if (chosen >= 0) {
			const [x, y, n] = centre(f, chosen);
			if (n > 0) prev = [x, y];
			else chosen = -1;
		}
		slots[f] = chosen;
	}
	return slots;
}
/**
* Per-interval subject speed (of the smoothed tracks), in subject sizes per second, at the midpoint of each pair of
* consecutive frames (seconds since the camera's first frame). NaN where the subject is not seen in
* both frames. The mean over the keypoints seen in both frames, the fastest 10 % left out (a
* keypoint that jumps to a wrong place is not motion).
*/
function speedSamples(input, opts = {}) {
	const minScore = opts.minScore ?? .3;
	const seq = smoothTracks(input, { dropUnsmoothed: true });
	const { frames, persons, joints, data } = seq;
	const slots = subjectSlots(seq, minScore);
	const t0 = frames ? seq.timestampsMs[0] : 0;
	const n = Math.max(0, frames - 1);
	const timesS = new Float64Array(n);
	const speed = new Float64Array(n).fill(NaN);
	const size = subjectSizePx(seq, slots, minScore);
	const v = [];
	for (let f = 0; f < n; f++) {
		const ta = (seq.timestampsMs[f] - t0) / 1e3;
		const tb = (seq.timestampsMs[f + 1] - t0) / 1e3;
		timesS[f] = (ta + tb) / 2;
		const pa = slots[f];
		const pb = slots[f + 1];
		const dt = tb - ta;
		if (pa < 0 || pb < 0 || !(dt > 0)) continue;
		v.length = 0;
		for (let j = 0; j < joints; j++) {
			const oa = ((f * persons + pa) * joints + j) * 3;
			const ob = (((f + 1) * persons + pb) * joints + j) * 3;
			if (!(data[oa + 2] >= minScore && data[ob + 2] >= minScore)) continue;
			const d = Math.hypot(data[ob] - data[oa], data[ob + 1] - data[oa + 1]);
			if (Number.isFinite(d)) v.push(d);
		}
		if (v.length < 3) continue;
		v.sort((a, b) => a - b);
		const keep = Math.max(1, Math.ceil(v.length * .9));
		let s = 0;
		for (let i = 0; i < keep; i++) s += v[i];
		speed[f] = s / keep / dt / size;
	}
	return {
		timesS,
		speed
	};
}
/**
* Per-keypoint speed profiles (subject sizes per second, smoothed tracks) on an even grid at rateHz,
* seconds since the camera's first frame: one channel per keypoint seen in at least half the frames.
* Each keypoint's speed rises and falls at its own instants (an arm lifts while the legs stay), so the
* mean of their correlation curves peaks more sharply than the correlation of the summed speed.
* Keyed by joint index so that two cameras' channels can be paired.
*/
function jointSpeedProfiles(seq, rateHz, opts = {}) {
	const key = `${rateHz}/${opts.minScore ?? .3}`;
	let bySeq = jointProfiles.get(seq);
	if (!bySeq) jointProfiles.set(seq, bySeq = /* @__PURE__ */ new Map());
	const hit = bySeq.get(key);
	if (hit) return hit;
	const minScore = opts.minScore ?? .3;
	const sm = smoothTracks(seq, { dropUnsmoothed: true });
	const { frames, persons, joints, data } = sm;
	const slots = subjectSlots(sm, minScore);
	const size = subjectSizePx(sm, slots, minScore);
	const t0 = frames ? sm.timestampsMs[0] : 0;
	const n = Math.max(0, frames - 1);
	const timesS = new Float64Array(n);
	for (let f = 0; f < n; f++) timesS[f] = (sm.timestampsMs[f] + sm.timestampsMs[f + 1] - 2 * t0) / 2e3;
	const out = /* @__PURE__ */ new Map();
	for (let j = 0; j < joints; j++) {
		const v = new Float64Array(n).fill(NaN);
		let seen = 0;
		for (let f = 0; f < n; f++) {
			const pa = slots[f], pb = slots[f + 1];
			const dt = (sm.timestampsMs[f + 1] - sm.timestampsMs[f]) / 1e3;
			if (pa < 0 || pb < 0 || !(dt > 0)) continue;
			const oa = ((f * persons + pa) * joints + j) * 3, ob = (((f + 1) * persons + pb) * joints + j) * 3;
			if (!(data[oa + 2] >= minScore && data[ob + 2] >= minScore)) continue;
			const d = Math.hypot(data[ob] - data[oa], data[ob + 1] - data[oa + 1]);
			if (Number.isFinite(d)) {
				v[f] = d / dt / size;
				seen++;
			}
		}
		if (seen >= Math.max(3, n / 2)) out.set(j, toEvenSignal(timesS, v, rateHz));
	}
	bySeq.set(key, out);
	return out;
}
var jointProfiles = /* @__PURE__ */ new WeakMap();
/** Median over frames of the diagonal of the box around the subject's keypoints, pixels (1 if unknown). */
function subjectSizePx(seq, slots, minScore) {
	const sizes = [];
	const { persons, joints, data } = seq;
	for (let f = 0; f < seq.frames; f += Math.max(1, Math.floor(seq.frames / 500))) {
		const p = slots[f];
		if (p < 0) continue;
		let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
		for (let j = 0; j < joints; j++) {
			const o = ((f * persons + p) * joints + j) * 3;
			if (!(data[o + 2] >= minScore)) continue;
			x0 = Math.min(x0, data[o]);
			x1 = Math.max(x1, data[o]);
			y0 = Math.min(y0, data[o + 1]);
			y1 = Math.max(y1, data[o + 1]);
		}
		if (x1 > x0) sizes.push(Math.hypot(x1 - x0, y1 - y0));
	}
	return sizes.length ? upperMedian(sizes) : 1;
}
/**
* Samples irregular (time, value) pairs onto an even grid from 0 at rateHz by linear interpolation
* (NaN across unknown samples and outside the data).
*/
function toEvenSignal(timesS, values, rateHz) {
	const last = timesS.length ? timesS[timesS.length - 1] : 0;
	const n = timesS.length ? Math.floor(last * rateHz + 1e-9) + 1 : 0;
	const out = new Float64Array(n).fill(NaN);
	let i = 0;
	for (let k = 0; k < n; k++) {
		const t = k / rateHz;
		while (i < timesS.length - 2 && timesS[i + 1] <= t) i++;
		if (timesS.length === 1) {
			if (Math.abs(t - timesS[0]) < 1e-9) out[k] = values[0];
			continue;
		}
		const ta = timesS[i];
		const tb = timesS[i + 1];
		if (t < ta - 1e-9 || t > tb + 1e-9) continue;
		const w = tb > ta ? (t - ta) / (tb - ta) : 0;
		out[k] = values[i] * (1 - w) + values[i + 1] * w;
	}
	return {
		startS: 0,
		rateHz,
		values: out
	};
}
/** The camera's speed profile on an even grid at rateHz, seconds since its first frame. */
function speedProfile(seq, rateHz, opts = {}) {
	const key = `${rateHz}/${opts.minScore ?? .3}`;
	let bySeq = profiles.get(seq);
	if (!bySeq) profiles.set(seq, bySeq = /* @__PURE__ */ new Map());
	const hit = bySeq.get(key);
	if (hit) return hit;
	const { timesS, speed } = speedSamples(seq, opts);
	const out = toEvenSignal(timesS, speed, rateHz);
	bySeq.set(key, out);
	return out;
}
var profiles = /* @__PURE__ */ new WeakMap();
// src/sync/syncCameras.ts
var LOW_CONFIDENCE_ADVICE = "clap once in view of every camera at the start";
/** Offsets smaller than this share of a frame count as "already in sync". */
var IN_SYNC_FRAMES = .2;
/**
* An estimate this many frames or less from 0 leaves a camera as it is when its frames as they are fit
* the reference view as well (the geometry decides). On the lab's synchronised 100-frame recording the
* keypoint estimates of the untrimmed videos are 0.35/1.37/1.50 frames (the six camera pairs agree
* among themselves within 0.9 frame): a short take's speed peaks are good to a frame and a half.
*/
var AS_IS_FRAMES = 2;
/** Takes longer than this get a clock-drift estimate. */
var DRIFT_MIN_S = 60;
var norm = normaliseCameraName;
/** Index of the reference camera (see SyncOptions.reference). */
function referenceIndex(sequences, reference) {
	if (reference !== void 0) {
		const i = sequences.findIndex((s) => s.camera === reference || norm(s.camera) === norm(reference));
		if (i >= 0) return i;
		return -1;
	}
	let best = 0;
	for (let i = 1; i < sequences.length; i++) if (sequences[i].fps > sequences[best].fps * 1.001) best = i;
	return best;
}
/** Whether a camera's frames are evenly spaced at its nominal rate (no variable frame rate). */
function evenFrames(seq) {
	const ts = seq.timestampsMs;
	const dt = 1e3 / seq.fps;
	for (let f = 1; f < seq.frames; f++) if (Math.abs(ts[f] - ts[0] - f * dt) > .05 * dt) return false;
	return true;
}
/** Whether the cameras' frames already share one clock (same rate, evenly spaced), so index = instant once the offsets are 0. */
function sameClocks(sequences) {
	const fps = sequences[0]?.fps;
	return sequences.every((s) => Math.abs(s.fps - fps) <= .001 * fps && evenFrames(s));
}
/**
* Keypoint-speed estimate of a camera's start against the reference, with drift on long takes: the
* subject's summed speed searched over the whole window (its peak's margin over rivals is the
* confidence), then placed by the mean correlation of each keypoint's own speed within ±0.5 s of it.
* On the lab recording trimmed by 4/9/2 frames (100 frames, a balancing trial, the same 2D on the
* common frames), the six camera pairs' errors were 1.4/2.5/0.7/0.9/0.2/2.6 frames with the summed
* speed alone and 0.5/0.3/1.4/0.2/0.7/0.1 with the per-keypoint curves (the vertical speed, as Pose2Sim
* uses, 0.9 on average with confidences ~0.3).
*/
function estimateByKeypoints(ref, cam, windowS, minScore = .3) {
	const gridHz = Math.min(240, 2 * Math.max(ref.fps, cam.fps));
	const a = speedProfile(ref, gridHz, { minScore });
	const b = speedProfile(cam, gridHz, { minScore });
	const ja = jointSpeedProfiles(ref, gridHz, { minScore }), jb = jointSpeedProfiles(cam, gridHz, { minScore });
	const both = [...ja.keys()].filter((j) => jb.has(j));
	return {
		...estimateOffset(a, b, windowS, both.length >= 3 ? {
			a: both.map((j) => ja.get(j)),
			b: both.map((j) => jb.get(j))
		} : void 0),
		profile: b,
		refProfile: a
	};
}
/**
* The start of `cam` on `ref`'s clock placed by the per-keypoint speed curves alone, searched within
* ±halfS of `aroundS` (both cameras' clocks start at their first frames). NaN when they cannot compare.
*/
function fineOffset(ref, cam, gridHz, aroundS, halfS, minScore) {
	const ja = jointSpeedProfiles(ref, gridHz, { minScore }), jb = jointSpeedProfiles(cam, gridHz, { minScore });
	const both = [...ja.keys()].filter((j) => jb.has(j));
	if (both.length < 3) return NaN;
	const a = both.map((j) => ja.get(j)), b = both.map((j) => jb.get(j));
	const shorter = Math.min(a[0].values.length, b[0].values.length);
	const c0 = Math.round(aroundS * gridHz), h = Math.ceil(halfS * gridHz);
	return correlateChannels(a, b, c0 - h, c0 + h, {
		minOverlap: Math.max(16, Math.ceil(.35 * shorter)),
		weighOverlap: false,
		weighBySpread: true
	}).lag / gridHz;
}
/**
* Every pair of cameras placed against each other, not only against the reference, and the starts that
* agree best with all pairs (least squares, the reference fixed at 0): each camera's error then averages
* over C − 1 comparisons instead of resting on one. Cameras are those whose keypoint start is known;
* pairs within ±0.25 s of what the current starts predict. Up to 8 cameras (28 pairs); beyond, each
* camera is paired with the reference and its two neighbours in order.
* On the lab recording trimmed by 4/9/2 frames: 0.02/0.84/1.53 frames off against the reference alone,
* 0.13/0.42/0.97 from all six pairs.
*/
function consistentStarts(sequences, r, starts, minScore) {
	const idx = [r, ...[...starts.keys()].filter((c) => c !== r)];
	if (idx.length < 3) return starts;
	const gridHz = Math.min(240, 2 * Math.max(...idx.map((c) => sequences[c].fps)));
	const at = (c) => c === r ? 0 : starts.get(c);
	const pairs = [];
	for (let x = 0; x < idx.length; x++) for (let y = x + 1; y < idx.length; y++) {
		if (idx.length > 8 && x !== 0 && y - x > 2) continue;
		const i = idx[x], j = idx[y];
		const d = fineOffset(sequences[i], sequences[j], gridHz, at(j) - at(i), .25, minScore);
		if (Number.isFinite(d)) pairs.push([
			x,
			y,
			d
		]);
	}
	const n = idx.length - 1;
	const N = new Float64Array(n * n), v = new Float64Array(n);
	for (const [x, y, d] of pairs) {
		if (y > 0) {
			N[(y - 1) * n + (y - 1)] += 1;
			v[y - 1] += d;
		}
		if (x > 0) {
			N[(x - 1) * n + (x - 1)] += 1;
			v[x - 1] -= d;
		}
		if (x > 0 && y > 0) {
			N[(x - 1) * n + (y - 1)] -= 1;
			N[(y - 1) * n + (x - 1)] -= 1;
		}
	}
	const sol = solveSymmetric(N, v, n);
	if (!sol) return starts;
	const out = new Map(starts);
	for (let k = 0; k < n; k++) if (Number.isFinite(sol[k])) out.set(idx[k + 1], sol[k]);
	return out;
}
/** Solves N x = v (n×n, symmetric positive definite) by Cholesky; null when not positive definite. */
function solveSymmetric(N, v, n) {
	const L = new Float64Array(n * n);
	for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) {
		let s = N[i * n + j];
		for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
		if (i === j) {
			if (!(s > 1e-12)) return null;
			L[i * n + i] = Math.sqrt(s);
		} else L[i * n + j] = s / L[j * n + j];
	}
	const y = new Float64Array(n), x = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let s = v[i];
		for (let k = 0; k < i; k++) s -= L[i * n + k] * y[k];
		y[i] = s / L[i * n + i];
	}
	for (let i = n - 1; i >= 0; i--) {
		let s = y[i];
		for (let k = i + 1; k < n; k++) s -= L[k * n + i] * x[k];
		x[i] = s / L[i * n + i];
	}
	return x;
}
/** The (weighted) mean of several correlation curves over the same lags (over the curves defined there; NaN where less than half the weight is). */
function meanCurve(peaks, weights) {
	const out = new Float64Array(peaks[0].curve.length);
	const w = weights ?? peaks.map(() => 1);
	const total = w.reduce((x, y) => x + y, 0);
	for (let k = 0; k < out.length; k++) {
		let s = 0, n = 0;
		peaks.forEach((p, i) => {
			if (Number.isFinite(p.curve[k])) {
				s += w[i] * p.curve[k];
				n += w[i];
			}
		});
		out[k] = n * 2 >= total && n > 0 ? s / n : NaN;
	}
	return out;
}
/** Standard deviation of a signal's known samples (0 when fewer than two). */
function spread(x) {
	let s = 0, ss = 0, n = 0;
	for (const v of x.values) if (!Number.isNaN(v)) {
		s += v;
		ss += v * v;
		n++;
	}
	return n > 1 ? Math.sqrt(Math.max(0, ss / n - (s / n) ** 2)) : 0;
}
/** Cross-correlates every channel pair and takes the peak of the mean curve. */
function correlateChannels(a, b, lagMin, lagMax, opts) {
	const peaks = a.map((x, i) => crossCorrelate(x.values, b[i].values, lagMin, lagMax, opts));
	const w = opts.weighBySpread ? a.map((x, i) => spread(x) * spread(b[i])) : void 0;
	return peaks.length === 1 ? peaks[0] : peakOf(meanCurve(peaks, w), lagMin);
}
/**
* Start of signal b's clock on signal a's clock (even signals at one rate, startS = when sample 0 is
* on each own clock; several channels = their correlation curves averaged), searched over ±windowS;
* with a drift fit over windows when b lasts over a minute. `fine` (paired channels on the same clocks
* and rate) places the peak within ±0.5 s of the coarse one instead of a and b themselves.
*/
function estimateOffset(aIn, bIn, windowS, fineIn) {
	const as = Array.isArray(aIn) ? aIn : [aIn];
	const bs = Array.isArray(bIn) ? bIn : [bIn];
	const a = as[0], b = bs[0];
	const R = a.rateHz;
	const base = a.startS - b.startS;
	const shorter = Math.min(a.values.length, b.values.length);
	const minOverlap = Math.max(16, Math.ceil(.35 * shorter));
	const W = Math.round(windowS * R);
	const k = Math.max(1, Math.floor(R / 20));
	const coarse = correlateChannels(as.map((x) => decimate(x, k)), bs.map((x) => decimate(x, k)), -Math.ceil(W / k), Math.ceil(W / k), { minOverlap: Math.max(8, Math.ceil(minOverlap / k)) });
	if (!Number.isFinite(coarse.lag)) return {
		startS: NaN,
		confidence: 0,
		ratePpm: 0
	};
	const around = Math.round(.5 * R);
	const c0 = Math.round(coarse.lag * k);
	const fine = correlateChannels(fineIn?.a ?? as, fineIn?.b ?? bs, c0 - around, c0 + around, {
		minOverlap,
		weighOverlap: false,
		weighBySpread: !!fineIn
	});
	const global = {
		...fine,
		confidence: coarse.confidence,
		lag: Number.isFinite(fine.lag) ? fine.lag : coarse.lag * k
	};
	let startS = base + global.lag / R;
	const alternativesS = localMaxima(coarse.curve, coarse.lagMin, 6).map((l) => base + l * k / R);
	let ratePpm = 0;
	if (b.values.length / R > DRIFT_MIN_S && global.confidence > 0) {
		const win = Math.round(20 * R);
		const step = Math.round(10 * R);
		const around = Math.round(.5 * R);
		const L0 = Math.round(global.lag);
		const pts = [];
		for (let from = 0; from + win <= b.values.length; from += step) {
			const local = correlateChannels(as, bs, L0 - around, L0 + around, {
				from,
				to: from + win,
				minOverlap: Math.round(win * .8)
			});
			if (Number.isFinite(local.lag) && local.confidence >= .3) pts.push({
				t: (from + win / 2) / R,
				lag: local.lag / R,
				w: local.confidence
			});
		}
		if (pts.length >= 3) {
			let sw = 0, st = 0, sl = 0;
			for (const p of pts) {
				sw += p.w;
				st += p.w * p.t;
				sl += p.w * p.lag;
			}
			const mt = st / sw, ml = sl / sw;
			let stt = 0, stl = 0;
			for (const p of pts) {
				stt += p.w * (p.t - mt) ** 2;
				stl += p.w * (p.t - mt) * (p.lag - ml);
			}
			const slope = stt > 0 ? stl / stt : 0;
			startS = base + ml - slope * mt;
			ratePpm = Math.round(slope * 1e6 * 10) / 10;
		}
	}
	return {
		startS,
		confidence: global.confidence,
		ratePpm,
		alternativesS
	};
}
/** Block means of k samples (NaN-aware): the signal at rate/k. */
function decimate(x, k) {
	if (k <= 1) return x;
	const n = Math.floor(x.values.length / k);
	const out = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let s = 0, m = 0;
		for (let j = i * k; j < i * k + k; j++) if (!Number.isNaN(x.values[j])) {
			s += x.values[j];
			m++;
		}
		out[i] = m ? s / m : NaN;
	}
	return {
		startS: x.startS + (k - 1) / 2 / x.rateHz,
		rateHz: x.rateHz / k,
		values: out
	};
}
/** Runs the sync: per camera, each signal's estimate, the combined value, and whether anything needs resampling. */
/** Tracks seen in at least this share of a camera's frames may be the person the sync follows. */
var CANDIDATE_TRACK_SHARE = .3;
/** Track ids seen in at least CANDIDATE_TRACK_SHARE of the frames, most seen first. */
function candidateTracks(seq) {
	const seen = /* @__PURE__ */ new Map();
	for (const id of seq.trackIds) if (id >= 0) seen.set(id, (seen.get(id) ?? 0) + 1);
	return [...seen].filter(([, n]) => n >= CANDIDATE_TRACK_SHARE * seq.frames).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
}
/** The largest number of people detected in one frame (slots with a keypoint scored above 0). */
function mostPeopleInAFrame(seq) {
	let most = 0;
	for (let f = 0; f < seq.frames; f++) {
		let n = 0;
		for (let p = 0; p < seq.persons; p++) {
			const o = (f * seq.persons + p) * seq.joints * 3;
			for (let j = 0; j < seq.joints; j++) if (seq.data[o + j * 3 + 2] > 0) {
				n++;
				break;
			}
		}
		if (n > most) most = n;
	}
	return most;
}
/** The sequence with one person slot: track `id` where it is seen, nobody elsewhere. */
function onlyTrack(seq, id) {
	const { frames, persons, joints } = seq;
	const size = joints * 3;
	const data = new Float32Array(frames * size).fill(NaN);
	const trackIds = new Int32Array(frames).fill(-1);
	for (let f = 0; f < frames; f++) for (let p = 0; p < persons; p++) if (seq.trackIds[f * persons + p] === id) {
		data.set(seq.data.subarray((f * persons + p) * size, (f * persons + p + 1) * size), f * size);
		trackIds[f] = id;
	}
	return {
		...seq,
		persons: 1,
		data,
		trackIds
	};
}
/**
* Which person each camera's sync follows when it tracks several people through the take (a second
* actor, a bystander): the same person in every camera, or the speed profiles compare two people's
* motions and give a confident wrong start. Every pairing of a reference track with each camera's
* tracks is tried; with a calibration the pairing whose keypoints then lie closest to the reference's
* epipolar lines wins (summed over the cameras for the reference's track), else the most confident
* correlation. Cameras with one candidate track are left as they are (but judge the reference's choice). On the lab's two-people take
* (people tracked in both cameras of three of the four) the keypoints otherwise placed two cameras
* 0.66 s and 0.20 s off with confidence 0.64 and 1.
*/
function followOnePerson(sequences0, r, windowS, rig, minScore) {
	if (sequences0.every((q) => mostPeopleInAFrame(q) <= 1)) return sequences0;
	const sequences = sequences0.map(personTracks);
	const cands = sequences.map(candidateTracks);
	if (cands.every((c) => c.length <= 1)) return sequences0;
	let best;
	for (const refId of cands[r].length ? cands[r] : [-1]) {
		const ref = refId >= 0 && cands[r].length > 1 ? onlyTrack(sequences[r], refId) : sequences[r];
		let total = 0;
		const seqs = sequences.map((seq, c) => {
			if (c === r) return ref;
			let pick;
			for (const id of cands[c].length > 1 ? cands[c] : [-1]) {
				const one = id >= 0 ? onlyTrack(seq, id) : seq;
				const k = estimateByKeypoints(ref, one, windowS, minScore);
				const judge = rig ? epipolarJudge(ref, rig.cameras[r], one, rig.cameras[c], { minScore }) : null;
				const px = judge && Number.isFinite(k.startS) ? judge.cost(k.startS).px : NaN;
				const score = Number.isFinite(px) ? px : -k.confidence;
				if (!pick || score < pick.score) pick = {
					score,
					seq: one
				};
			}
			total += pick.score;
			return pick.seq;
		});
		if (!best || total < best.score) best = {
			score: total,
			seqs
		};
	}
	return best.seqs;
}
/** Finds each camera's start offset (and clock rate) against a reference camera from the 2D keypoints, the sound and, with a calibration, the reprojection error (docs/sync.md). */
function syncCameras(input, opts = {}) {
	const sequences0 = input.sequences;
	const method = opts.method ?? "auto";
	const windowS = opts.windowS ?? 10;
	const minConfidence = opts.minConfidence ?? .5;
	const warnings = [];
	let r = referenceIndex(sequences0, opts.reference);
	if (r < 0) {
		warnings.push({
			code: "sync-reference",
			message: `sync.reference "${opts.reference}" is none of the cameras (${sequences0.map((s) => s.camera).join(", ")}); using ${sequences0[referenceIndex(sequences0)].camera}`
		});
		r = referenceIndex(sequences0);
	}
	const sequences = method === "none" ? sequences0 : followOnePerson(sequences0, r, windowS, input.rig, opts.minScore);
	const ref = sequences[r];
	const manual = new Map(Object.entries(opts.startS ?? {}).map(([k, v]) => [norm(k), v]));
	const cameras = {};
	/** Low-confidence warnings, raised unless the reprojection refinement places the camera after all. */
	const pending = /* @__PURE__ */ new Map();
	/** Cameras whose frames as they are fit the reference view as well as the estimate (see checkCandidates). */
	const asIs = /* @__PURE__ */ new Set();
	cameras[ref.camera] = {
		startS: manual.get(norm(ref.camera)) ?? 0,
		ratePpm: 0,
		confidence: 1,
		method: "reference",
		signals: {}
	};
	for (let c = 0; c < sequences.length; c++) {
		if (c === r) continue;
		const cam = sequences[c];
		const signals = {};
		if (method === "auto" || method === "keypoints") {
			const k = estimateByKeypoints(ref, cam, windowS, opts.minScore);
			signals.keypoints = {
				startS: k.startS,
				confidence: k.confidence,
				ratePpm: k.ratePpm,
				alternativesS: k.alternativesS
			};
		}
		if ((method === "auto" || method === "audio") && input.audio?.[c] && input.audio?.[r]) signals.audio = estimateOffset(input.audio[r], input.audio[c], windowS);
		const chosen = manual.has(norm(cam.camera)) ? {
			startS: manual.get(norm(cam.camera)),
			ratePpm: 0,
			confidence: 1,
			method: "manual"
		} : method === "none" ? {
			startS: 0,
			ratePpm: 0,
			confidence: 1,
			method: "none"
		} : combine(signals, cam, minConfidence, warnings, pending);
		cameras[cam.camera] = {
			...chosen,
			signals
		};
	}
	if (method === "auto" || method === "keypoints") {
		const known = /* @__PURE__ */ new Map();
		sequences.forEach((s, c) => {
			const k = cameras[s.camera].signals.keypoints;
			if (c !== r && k && Number.isFinite(k.startS) && k.confidence >= minConfidence && !k.ratePpm) known.set(c, k.startS);
		});
		const agreed = consistentStarts(sequences, r, known, opts.minScore ?? .3);
		for (const [c, startS] of agreed) {
			const cs = cameras[sequences[c].camera];
			cs.signals.keypoints.startS = startS;
			if (cs.method === "keypoints") cs.startS = startS;
		}
	}
	if (input.rig && method !== "none") {
		for (let c = 0; c < sequences.length; c++) {
			const cs = cameras[sequences[c].camera];
			if (c !== r && MOVABLE.has(cs.method)) checkCandidates(cs, sequences[c], ref, input.rig, r, c, minConfidence, pending, { add: (cam, fits) => fits && asIs.add(cam) }, opts.minScore);
		}
		const refined = refineByReprojection(sequences, input.rig, r, Object.fromEntries(sequences.map((s) => [s.camera, cameras[s.camera]])), { minScore: opts.minScore });
		for (const [name, est] of Object.entries(refined)) {
			const cs = cameras[name];
			cs.signals.reprojection = {
				startS: est.startS,
				confidence: est.confidence
			};
			if (est.confidence < minConfidence) continue;
			if (cs.method === "unknown") {
				cs.method = "reprojection";
				cs.confidence = est.confidence;
			} else if (cs.method !== "reprojection" && !cs.method.endsWith("+reprojection")) cs.method += "+reprojection";
			cs.startS = est.startS;
		}
	}
	for (const [name, message] of pending) if (cameras[name].method === "unknown") warnings.push({
		code: "sync-low-confidence",
		message
	});
	const frameS = 1 / ref.fps;
	const small = Object.entries(cameras).every(([name, cs]) => cs.method === "manual" ? cs.startS === 0 : (Math.abs(cs.startS) < IN_SYNC_FRAMES * frameS || asIs.has(name)) && cs.ratePpm === 0);
	const inSync = sameClocks(sequences) && small;
	if (inSync && method !== "none") {
		for (const cs of Object.values(cameras)) if (cs.method !== "reference" && cs.method !== "none" && cs.method !== "manual" && cs.method !== "unknown") {
			cs.startS = 0;
			cs.method = "in-sync";
		}
	}
	for (const cs of Object.values(cameras)) {
		cs.startS = round$1(cs.startS, 6);
		cs.confidence = round$1(cs.confidence, 3);
	}
	return {
		reference: ref.camera,
		cameras,
		inSync,
		warnings
	};
}
/** Methods whose start the calibration may still check and move. */
var MOVABLE = /* @__PURE__ */ new Set([
	"keypoints",
	"audio",
	"keypoints+audio",
	"unknown"
]);
/**
* Judges a camera's candidate starts by the epipolar distance to the reference view. Keeps the
* signals' choice when geometry agrees (raising its confidence), switches to another candidate when
* geometry clearly prefers it, and leaves it alone when geometry cannot tell.
*/
function checkCandidates(cs, seq, ref, rig, r, c, minConfidence, pendingFor, asIsFits, minScore) {
	const judge = epipolarJudge(ref, rig.cameras[r], seq, rig.cameras[c], { minScore });
	if (!judge) return;
	const frameS = 1 / Math.min(seq.fps, ref.fps);
	const cands = [];
	const add = (startS, from) => {
		if (startS === void 0 || !Number.isFinite(startS)) return;
		if (!cands.some((x) => Math.abs(x.startS - startS) < frameS)) cands.push({
			startS,
			from
		});
	};
	if (cs.method !== "unknown") add(cs.startS, cs.method);
	add(cs.signals.audio?.startS, "audio");
	add(cs.signals.keypoints?.startS, "keypoints");
	for (const a of cs.signals.audio?.alternativesS ?? []) add(a, "audio");
	for (const a of cs.signals.keypoints?.alternativesS ?? []) add(a, "keypoints");
	add(0, "reprojection");
	if (cands.length < 2) return;
	const judged = cands.map((x) => judge.cost(x.startS, cs.ratePpm));
	const most = Math.max(...judged.map((j) => j.compared));
	const costs = judged.map((j) => j.compared >= .6 * most ? j.px : NaN);
	let best = -1;
	for (let i = 0; i < costs.length; i++) if (Number.isFinite(costs[i]) && (best < 0 || costs[i] < costs[best])) best = i;
	if (best < 0) return;
	let second = Infinity;
	for (let i = 0; i < costs.length; i++) if (i !== best && Number.isFinite(costs[i]) && Math.abs(cands[i].startS - cands[best].startS) >= 3 * frameS) second = Math.min(second, costs[i]);
	const geo = Number.isFinite(second) ? clamp01(second / Math.max(costs[best], 1e-9) - 1) : 0;
	const own = cs.method !== "unknown" ? costs[0] : NaN;
	if (Number.isFinite(own) && (own <= 1.15 * costs[best] || Math.abs(cands[best].startS - cs.startS) < 3 * frameS)) cs.confidence = Math.max(cs.confidence, Math.abs(cands[best].startS - cs.startS) < frameS ? geo : 0);
	else if (geo >= minConfidence) {
		cs.startS = cands[best].startS;
		cs.method = cands[best].from === "keypoints+audio" ? "keypoints+audio" : cands[best].from.split("+")[0];
		cs.confidence = geo;
	} else if (cs.method !== "unknown") {
		pendingFor.set(seq.camera, `sync: for ${seq.camera} the ${cs.method} say ${fmtS(cs.startS)}, but its keypoints then fit the reference camera's worse than at ${fmtS(cands[best].startS)}; left as it is — ${LOW_CONFIDENCE_ADVICE}, or set [sync] start_s.${seq.camera} in mocap.toml`);
		cs.startS = 0;
		cs.confidence = Math.min(cs.confidence, geo);
		cs.method = "unknown";
	}
	if (cs.method === "unknown") return;
	if (cs.ratePpm !== 0) {
		const midS = seq.frames > 1 ? (seq.timestampsMs[seq.frames - 1] - seq.timestampsMs[0]) / 2e3 : 0;
		const steady = cs.startS + cs.ratePpm * 1e-6 * midS;
		if (judge.cost(steady, 0).px <= judge.cost(cs.startS, cs.ratePpm).px) {
			cs.startS = steady;
			cs.ratePpm = 0;
		}
	}
	if ((cs.signals.keypoints?.confidence ?? 0) >= minConfidence) cs.startS = nearestMinimum(judge, cs.startS, cs.ratePpm, 1 / seq.fps);
	if (Math.abs(cs.startS) < AS_IS_FRAMES / seq.fps && cs.ratePpm === 0) asIsFits.add(seq.camera, judge.cost(0).px <= 1.02 * judge.cost(cs.startS).px);
}
/**
* The start within ±2 frames of `startS` where the epipolar distance is least (quarter-frame steps,
* a least-squares parabola within a frame of the best); `startS` itself when the least is at the edge.
*/
function nearestMinimum(judge, startS, ratePpm, frameS) {
	const steps = 8;
	const costs = [];
	for (let k = -8; k <= steps; k++) costs.push(judge.cost(startS + k / 4 * frameS, ratePpm).px);
	if (!costs.every(Number.isFinite)) return startS;
	let best = 0;
	for (let k = 1; k < costs.length; k++) if (costs[k] < costs[best]) best = k;
	if (best === 0 || best === costs.length - 1) return startS;
	if ((costs[0] + costs[costs.length - 1]) / 2 < 1.05 * costs[best]) return startS;
	const lo = Math.max(0, best - 4), hi = Math.min(costs.length - 1, best + 4);
	const frac = parabolaVertex(costs.slice(lo, hi + 1), lo - best);
	return startS + (best - steps + (frac ?? 0)) / 4 * frameS;
}
/**
* Where the least-squares parabola through (k0 + i, y[i]) has its least, within ±1 of 0; undefined when
* the fit is not convex. ref: ordinary least squares on the basis 1, x, x² (normal equations, Cramer's rule).
*/
function parabolaVertex(y, k0) {
	let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, t0 = 0, t1 = 0, t2 = 0;
	y.forEach((v, i) => {
		const x = k0 + i;
		s0++;
		s1 += x;
		s2 += x * x;
		s3 += x ** 3;
		s4 += x ** 4;
		t0 += v;
		t1 += x * v;
		t2 += x * x * v;
	});
	const det = s0 * (s2 * s4 - s3 * s3) - s1 * (s1 * s4 - s3 * s2) + s2 * (s1 * s3 - s2 * s2);
	if (!(Math.abs(det) > 1e-12)) return void 0;
	const b = (s0 * (t1 * s4 - s3 * t2) - t0 * (s1 * s4 - s3 * s2) + s2 * (s1 * t2 - t1 * s2)) / det;
	const c = (s0 * (s2 * t2 - t1 * s3) - s1 * (s1 * t2 - t1 * s2) + t0 * (s1 * s3 - s2 * s2)) / det;
	if (!(c > 0)) return void 0;
	return Math.max(-1, Math.min(1, -b / (2 * c)));
}
/** Picks or blends the signals' estimates for one camera; a low-confidence camera is left at 0 with a warning. */
function combine(signals, cam, minConfidence, warnings, pending) {
	const k = signals.keypoints;
	const a = signals.audio;
	const okK = k && Number.isFinite(k.startS) && k.confidence >= minConfidence ? k : void 0;
	const okA = a && Number.isFinite(a.startS) && a.confidence >= minConfidence ? a : void 0;
	const frameS = 1 / cam.fps;
	if (okK && okA) {
		if (Math.abs(okK.startS - okA.startS) <= 1.5 * frameS) {
			const wk = okK.confidence, wa = okA.confidence * 4;
			return {
				startS: (okK.startS * wk + okA.startS * wa) / (wk + wa),
				ratePpm: okA.ratePpm || okK.ratePpm || 0,
				confidence: Math.max(okK.confidence, okA.confidence),
				method: "keypoints+audio"
			};
		}
		const win = okA.confidence >= okK.confidence ? okA : okK;
		const name = win === okA ? "audio" : "keypoints";
		warnings.push({
			code: "sync-disagree",
			message: `sync: for ${cam.camera} the keypoints say ${fmtS(okK.startS)} and the sound says ${fmtS(okA.startS)}; using the ${name} (more confident); check the aligned speed plot in the report, or set [sync] start_s.${cam.camera}`
		});
		return {
			startS: win.startS,
			ratePpm: win.ratePpm ?? 0,
			confidence: clamp01(win.confidence * .5),
			method: name
		};
	}
	const one = okK ?? okA;
	if (one) return {
		startS: one.startS,
		ratePpm: one.ratePpm ?? 0,
		confidence: one.confidence,
		method: one === okK ? "keypoints" : "audio"
	};
	const best = [k, a].filter((s) => !!s).sort((x, y) => y.confidence - x.confidence)[0];
	const what = !k && !a ? "no signal to sync on" : `the best guess (${best && Number.isFinite(best.startS) ? fmtS(best.startS) : "none"}) has confidence ${(best?.confidence ?? 0).toFixed(2)}${a ? "" : " and the video has no sound"}`;
	pending.set(cam.camera, `sync: could not tell when ${cam.camera} started (${what}: the subject barely moves or moves the same way over and over); its frames are used as they are, assuming the cameras started together — ${LOW_CONFIDENCE_ADVICE}, or set [sync] start_s.${cam.camera} in mocap.toml`);
	return {
		startS: 0,
		ratePpm: 0,
		confidence: best?.confidence ?? 0,
		method: "unknown"
	};
}
var fmtS = (s) => `${s >= 0 ? "+" : ""}${s.toFixed(3)} s`;
var round$1 = (x, d) => Number.isFinite(x) ? Number(x.toFixed(d)) : x;
function applySync(sequences, sync) {
	const r = sync ? referenceIndex(sequences, sync.reference) : referenceIndex(sequences);
	const ref = sequences[r < 0 ? referenceIndex(sequences) : r];
	const clockOf = (s) => {
		if (!sync) return {
			startS: 0,
			ratePpm: 0
		};
		const key = Object.keys(sync.cameras).find((k) => k === s.camera || norm(k) === norm(s.camera));
		return key ? sync.cameras[key] : {
			startS: 0,
			ratePpm: 0
		};
	};
	const refClock = clockOf(ref);
	if (sequences.every((s) => {
		const c = clockOf(s);
		return c.startS === refClock.startS && !c.ratePpm;
	}) && sameClocks(sequences)) return sequences;
	return sequences.map((s) => {
		const c = clockOf(s);
		return resampleSequence(s, {
			startS: c.startS - refClock.startS,
			ratePpm: c.ratePpm
		}, ref.timestampsMs, ref.fps);
	});
}
// src/report/syncSection.ts
var sgn = (s) => `${s >= 0 ? "+" : ""}${s.toFixed(3)} s`;
/** The section's HTML. */
function renderSyncSection(s) {
	const unsure = s.cameras.filter((c) => c.method === "unknown");
	const signalNames = [
		"keypoints",
		"audio",
		"reprojection"
	];
	const parts = [];
	parts.push(`<h2>Synchronisation</h2><p class="muted">When each camera's first frame was taken on the clock of the reference camera ${esc(s.reference)} (positive = started later), the clock drift, and what each signal found: the subject's 2D motion (keypoints), the sound, and the reprojection error over small shifts. Every camera's 2D keypoints were put on the reference camera's frame times.</p>`);
	if (unsure.length) parts.push(`<p><b>✗ ${esc(unsure.map((c) => c.name).join(", "))}: could not be placed in time</b> (no signal was sure enough); ${unsure.length > 1 ? "their frames are" : "its frames are"} used as they are. To fix: ${LOW_CONFIDENCE_ADVICE}, or set <code>[sync] start_s</code> in mocap.toml.</p>`);
	parts.push(`<table><tr><th>camera</th><th>start</th><th>drift ppm</th><th>confidence</th><th>method</th>${signalNames.map((n) => `<th>${n}</th>`).join("")}</tr>`);
	for (const c of s.cameras) {
		const sig = signalNames.map((n) => {
			const e = c.signals[n];
			return `<td>${e ? `${esc(sgn(e.startS))} (${e.confidence.toFixed(2)})` : "–"}</td>`;
		});
		const cls = c.method === "unknown" ? " class=\"bad\"" : c.confidence < .5 ? " class=\"warn\"" : "";
		parts.push(`<tr><td>${esc(c.name)}</td><td${cls}>${esc(sgn(c.startS))}</td><td>${c.ratePpm}</td><td${cls}>${c.confidence.toFixed(2)}</td><td>${esc(c.method)}</td>${sig.join("")}</tr>`);
	}
	parts.push("</table>");
	if (s.profiles.length) parts.push(linePlot(s.profiles.map((p, k) => ({
		name: p.camera,
		xs: p.timeS,
		ys: p.speed,
		color: PALETTE[k % PALETTE.length]
	})), {
		title: "Subject speed per camera on the reference clock (aligned: the curves rise and fall together)",
		xLabel: "time (s)",
		yLabel: "speed (relative)",
		width: 1120,
		height: 240
	}));
	return parts.join("\n");
}
/** Speeds at times (camera clock) as a profile on the reference clock, normalised and decimated to ≤ 600 points. */
function profileOnReference(camera, timesS, speed, startS, ratePpm) {
	const finite = Array.from(speed).filter(Number.isFinite).sort((a, b) => a - b);
	const scale = finite.length ? finite[Math.floor(finite.length * .95)] || 1 : 1;
	const step = Math.max(1, Math.ceil(timesS.length / 600));
	const timeS = [];
	const out = [];
	for (let i = 0; i < timesS.length; i += step) {
		timeS.push(Math.round((startS + timesS[i] * (1 + ratePpm * 1e-6)) * 1e4) / 1e4);
		out.push(Math.round(speed[i] / scale * 1e3) / 1e3);
	}
	return {
		camera,
		timeS,
		speed: out
	};
}
// src/report/buildReport.ts
var PLOTTED_ANGLES = [
	"left_hip_flexion",
	"right_hip_flexion",
	"left_knee_flexion",
	"right_knee_flexion",
	"left_elbow_flexion",
	"right_elbow_flexion"
];
var TRAJECTORY_JOINTS = [
	"Hip",
	"MidHip",
	"Nose",
	"LWrist",
	"RWrist",
	"LAnkle",
	"RAnkle"
];
var r4 = (x) => Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null;
var fmt = (x, d = 1) => Number.isFinite(x) ? x.toFixed(d) : "–";
var pct = (x, d = 0) => Number.isFinite(x) ? `${(x * 100).toFixed(d)} %` : "–";
function sampleFrames(frames, max = 600) {
	const step = Math.max(1, Math.ceil(frames / max));
	const out = [];
	for (let f = 0; f < frames; f += step) out.push(f);
	return out;
}
function timeOf(points, f) {
	const t = points.timestampsMs[f];
	return Number.isFinite(t) ? t / 1e3 : f / (points.fps || 1);
}
function buildReport(input) {
	const quality = computeQuality(input);
	const pts = input.filtered;
	const layout = getLayout(pts.layout);
	const sample = sampleFrames(pts.frames);
	const timeS = sample.map((f) => r4(timeOf(pts, f)) ?? f);
	const trajJoints = TRAJECTORY_JOINTS.filter((n) => layout.indexOf.has(n));
	if (!layout.indexOf.has("Hip") && !layout.indexOf.has("MidHip") && layout.indexOf.has("LHip")) trajJoints.unshift("LHip");
	const trajectories = {
		timeS,
		joints: {}
	};
	for (const name of trajJoints) {
		const j = layout.indexOf.get(name);
		const get = (axis) => sample.map((f) => r4(pts.data[(f * pts.joints + j) * 3 + axis]));
		trajectories.joints[name] = {
			x: get(0),
			y: get(1),
			z: get(2)
		};
	}
	const bonesByCv = layout.boneIndices.map((b, i) => ({
		b,
		q: quality.bones[i]
	})).filter((x) => Number.isFinite(x.q.cv)).sort((a, b) => b.q.cv - a.q.cv).slice(0, 4);
	const boneLengthsM = {};
	for (const { b, q } of bonesByCv) {
		const len = boneLengths(pts, b[0], b[1]);
		boneLengthsM[q.name] = sample.map((f) => r4(len[f]));
	}
	const jointAnglesDeg = {};
	for (const a of jointAngles(pts).angles) if (PLOTTED_ANGLES.includes(a.name)) jointAnglesDeg[a.name] = sample.map((f) => r4(a.valuesDeg[f]));
	const com = centreOfMass(pts);
	const centreOfMassM = {
		x: sample.map((f) => r4(com.positionM[f * 3])),
		y: sample.map((f) => r4(com.positionM[f * 3 + 1])),
		z: sample.map((f) => r4(com.positionM[f * 3 + 2]))
	};
	const json = {
		format: "openmocap-report",
		version: 1,
		title: input.title,
		quality,
		subject: input.subject,
		files: input.files,
		trajectories,
		boneLengthsM,
		jointAnglesDeg,
		centreOfMassM,
		...input.sync ? { sync: {
			reference: input.sync.reference,
			cameras: input.sync.cameras
		} } : {}
	};
	return {
		html: renderHtml(input, quality, json),
		json,
		quality
	};
}
var CSS = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
main{max-width:1180px;margin:0 auto;padding:18px 22px 40px}
h1{font-size:22px;margin:6px 0 12px}h2{font-size:17px;margin:26px 0 8px;border-bottom:1px solid #dde1e7;padding-bottom:4px}
.verdict{border-radius:8px;padding:14px 18px;margin:10px 0 16px;border:1px solid}
.verdict h2{border:0;margin:0 0 6px;font-size:19px}.verdict ul{margin:4px 0 0 4px;padding:0;list-style:none}.verdict li.ok{opacity:.8}
.good{background:#e8f6ec;border-color:#8fd19e}.fair{background:#fff6e0;border-color:#f1c75b}.poor{background:#fdecea;border-color:#ef9a9a}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:8px 12px;min-width:120px}
.card b{display:block;font-size:19px}.card span{color:#5b6475;font-size:12px}
table{border-collapse:collapse;background:#fff;margin:6px 0 10px;font-size:13px}th,td{border:1px solid #e1e4ea;padding:3px 8px;text-align:right}
th{background:#eef0f4}td:first-child,th:first-child{text-align:left}td.bad{background:#fdecea}td.warn{background:#fff6e0}
.grid2{display:flex;flex-wrap:wrap;gap:12px}.plot{background:#fff;border:1px solid #dde1e7;border-radius:4px}
.plot .title{font:600 12px system-ui,sans-serif;fill:#1d2330}.plot .tick,.plot .legend{font:10px system-ui,sans-serif;fill:#444}
.plot .label{font:11px system-ui,sans-serif;fill:#333}.plot .muted{fill:#999}.plot .grid{stroke:#eceef2}.plot .frame{fill:none;stroke:#c9ced8}
.bar-ok{fill:#6aa5d8}.bar-warn{fill:#f0b429}.bar-bad{fill:#e05252}.bar-na{fill:#ccc}
.plot .bone{stroke:#2b5d8c;stroke-width:2.2;stroke-linecap:round}.plot .joint{fill:#d62728}
.muted{color:#5b6475}code{background:#eef0f4;padding:0 3px;border-radius:3px}
`;
function cell(v, cls = "") {
	return `<td${cls ? ` class="${cls}"` : ""}>${esc(v)}</td>`;
}
function renderHtml(input, q, json) {
	const layout = getLayout(input.filtered.layout);
	const imageSize = Math.max(...input.rig.cameras.map((c) => Math.max(c.width, c.height)));
	const subjectPx = quantile(q.cameras.map((c) => c.subjectSizePx), .5);
	const goodPx = Number.isFinite(subjectPx) ? REL_ERROR_GOOD * subjectPx : .005 * imageSize;
	const fairPx = Number.isFinite(subjectPx) ? REL_ERROR_FAIR * subjectPx : .012 * imageSize;
	const o = q.overall;
	const v = q.verdict;
	const parts = [];
	parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
	parts.push(`<title>openmocap report — ${esc(input.title)}</title><style>${CSS}</style></head><body><main>`);
	parts.push(`<h1>openmocap quality report — ${esc(input.title)}</h1>`);
	parts.push(`<section class="verdict ${v.level}"><h2>Trust this capture? ${v.level === "good" ? "Yes." : v.level === "fair" ? "With care." : "No."}</h2><div>${esc(v.headline)}</div><ul>${v.reasons.map((r, i) => `<li class="${v.checks[i]?.ok ? "ok" : "bad"}">${esc(r)}</li>`).join("")}</ul></section>`);
	const cards = [
		[String(q.frames), `frames at ${fmt(q.fps, 2)} fps (${fmt(q.durationS, 2)} s)`],
		[String(q.cameras.length), "cameras"],
		[`${fmt(o.medianReprojectionErrorPx, 2)} px`, "median reprojection error"],
		[pct(o.medianBoneCv, 1), `median bone-length CV (limbs, trunk; all bones ${pct(o.medianBoneCvAll, 1)})`],
		[pct(o.completeness, 1), "joint positions present"],
		[String(o.gaps), `gaps left unfilled (${o.gapFrames} joint-frames)`],
		[`${fmt(o.heightM, 2)} m`, "vertical extent of the body"]
	];
	parts.push(`<div class="cards">${cards.map(([b, s]) => `<div class="card"><b>${esc(b)}</b><span>${esc(s)}</span></div>`).join("")}</div>`);
	parts.push(`<h2>Cameras</h2><p class="muted">Detection rate: share of frames in which the camera saw the subject (half its joints or more). Reprojection error: distance between each 3D joint projected into the camera and that camera's 2D detection. Used: share of 3D points this camera took part in. Rejected: share of the camera's confident detections of the subject that triangulation excluded as inconsistent with the other cameras.</p>`);
	parts.push(`<table><tr><th>camera</th><th>detection rate</th><th>used</th><th>median error px</th><th>of subject size</th><th>90th pct px</th><th>rejected</th></tr>`);
	for (const c of q.cameras) {
		const rel = c.reprojectionErrorPx / c.subjectSizePx;
		const errCls = Number.isFinite(rel) ? rel > .06 ? "bad" : rel > .025 ? "warn" : "" : c.reprojectionErrorPx > fairPx ? "bad" : c.reprojectionErrorPx > goodPx ? "warn" : "";
		const worst = v.worstCamera?.name === c.name ? " ⚠" : "";
		parts.push(`<tr>${cell(c.name + worst, worst ? "bad" : "")}${cell(pct(c.detectionRate), c.detectionRate < .8 ? "warn" : "")}${cell(pct(c.usedRate), c.usedRate < .5 ? "warn" : "")}${cell(fmt(c.reprojectionErrorPx, 2), errCls)}${cell(pct(rel, 1), errCls)}${cell(fmt(c.reprojectionErrorP90Px, 2))}${cell(pct(c.rejectedRate, 1))}</tr>`);
	}
	parts.push("</table><div class=\"grid2\">");
	parts.push(barChart(q.cameras.map((c) => c.name), q.cameras.map((c) => c.reprojectionErrorPx), {
		title: "Median reprojection error per camera (px)",
		unit: " px",
		warnAt: goodPx,
		badAt: fairPx,
		width: 380
	}));
	parts.push(barChart(q.cameras.map((c) => c.name), q.cameras.map((c) => c.usedRate * 100), {
		title: "Share of 3D points each camera took part in",
		format: (x) => `${Math.round(x)} %`,
		width: 380
	}));
	parts.push("</div>");
	if (input.sync) parts.push(renderSyncSection(input.sync));
	const figs = pickFrames(input.filtered, 8).map((f) => ({
		label: `${fmt(timeOf(input.filtered, f), 2)} s`,
		xyz: input.filtered.data.subarray(f * input.filtered.joints * 3, (f + 1) * input.filtered.joints * 3)
	}));
	parts.push(`<h2>The 3D result</h2><p class="muted">Filtered skeleton at evenly spaced frames, orthographic views of the calibration's world (Z up).</p>`);
	parts.push(stickFigure(figs, layout.boneIndices, input.filtered.joints, [0, 2], {
		title: "Front view (X horizontal, Z up)",
		width: 1120,
		height: 230
	}));
	parts.push(stickFigure(figs, layout.boneIndices, input.filtered.joints, [1, 2], {
		title: "Side view (Y horizontal, Z up)",
		width: 1120,
		height: 230
	}));
	parts.push(`<h2>Trajectories</h2><div class="grid2">`);
	const t = json.trajectories.timeS;
	const names = Object.keys(json.trajectories.joints);
	[
		"x",
		"y",
		"z"
	].forEach((axis) => {
		const series = names.map((n, k) => ({
			name: n,
			xs: t,
			ys: json.trajectories.joints[n][axis].map((y) => y === null ? NaN : y),
			color: PALETTE[k % PALETTE.length]
		}));
		parts.push(linePlot(series, {
			title: `${axis.toUpperCase()} position (m)`,
			xLabel: "time (s)",
			yLabel: `${axis} (m)`,
			width: 370,
			height: 230
		}));
	});
	const lively = [
		"RWrist",
		"LWrist",
		"RAnkle"
	].find((n) => layout.indexOf.has(n));
	if (lively) {
		const j = layout.indexOf.get(lively);
		const raw = input.raw;
		const rawT = Array.from({ length: raw.frames }, (_, f) => timeOf(raw, f));
		const filT = Array.from({ length: input.filtered.frames }, (_, f) => timeOf(input.filtered, f));
		parts.push(linePlot([{
			name: `${lively} z raw`,
			xs: rawT,
			ys: Array.from({ length: raw.frames }, (_, f) => raw.data[(f * raw.joints + j) * 3 + 2]),
			color: "#999",
			dashed: true
		}, {
			name: `${lively} z filtered`,
			xs: filT,
			ys: Array.from({ length: input.filtered.frames }, (_, f) => input.filtered.data[(f * input.filtered.joints + j) * 3 + 2]),
			color: "#d62728"
		}], {
			title: `${lively} height: triangulated vs filtered (m)`,
			xLabel: "time (s)",
			width: 560,
			height: 230
		}));
	}
	parts.push("</div>");
	const angleNames = Object.keys(json.jointAnglesDeg);
	const nn = (ys) => ys.map((y) => y === null ? NaN : y);
	if (angleNames.length || json.centreOfMassM) {
		parts.push(`<h2>Joint angles and centre of mass</h2><p class="muted">Flexion angles (degrees, 0 = straight; ISB conventions as far as keypoints allow) and the whole-body centre of mass (de Leva 1996 segment model), from the filtered points. The full series are in the angles and com exports.</p><div class="grid2">`);
		for (const [joint, title] of [
			["hip", "Hip flexion (°)"],
			["knee", "Knee flexion (°)"],
			["elbow", "Elbow flexion (°)"]
		]) {
			const series = angleNames.filter((n) => n.includes(`_${joint}_`)).map((n) => ({
				name: n.startsWith("left") ? "left" : "right",
				xs: t,
				ys: nn(json.jointAnglesDeg[n]),
				color: n.startsWith("left") ? "#1f77b4" : "#d62728"
			}));
			if (series.length) parts.push(linePlot(series, {
				title,
				xLabel: "time (s)",
				width: 370,
				height: 210
			}));
		}
		if (json.centreOfMassM) {
			const c = json.centreOfMassM;
			parts.push(linePlot([
				{
					name: "x",
					xs: t,
					ys: nn(c.x)
				},
				{
					name: "y",
					xs: t,
					ys: nn(c.y)
				},
				{
					name: "z",
					xs: t,
					ys: nn(c.z)
				}
			], {
				title: "Centre of mass (m)",
				xLabel: "time (s)",
				width: 370,
				height: 210
			}));
		}
		parts.push("</div>");
	}
	parts.push(`<h2>Bone-length stability</h2><p class="muted">Coefficient of variation (standard deviation / mean) of each bone's length over time. A real body's bones do not stretch: below 5 % is good, above 10 % means wrong detections or a calibration problem. The overall figure uses bones of 12 cm or more; short face bones mostly show pixel noise.</p><div class="grid2">`);
	parts.push(barChart(q.bones.map((b) => b.name), q.bones.map((b) => b.cv * 100), {
		title: "Bone-length CV (%)",
		format: (x) => Number.isFinite(x) ? `${x.toFixed(1)} %` : "–",
		warnAt: 5,
		badAt: 10,
		width: 560
	}));
	const bl = Object.entries(json.boneLengthsM);
	if (bl.length) parts.push(linePlot(bl.map(([n, ys], k) => ({
		name: n,
		xs: t,
		ys: ys.map((y) => y === null ? NaN : y),
		color: PALETTE[k]
	})), {
		title: "Length over time of the least stable bones (m)",
		xLabel: "time (s)",
		width: 540,
		height: 260
	}));
	parts.push("</div>");
	parts.push(`<table><tr><th>bone</th><th>mean length m</th><th>sd m</th><th>CV</th><th>frames</th></tr>${q.bones.map((b) => `<tr>${cell(b.name)}${cell(fmt(b.meanLengthM, 3))}${cell(fmt(b.sdLengthM, 4))}${cell(pct(b.cv, 1), b.cv > .1 ? "bad" : b.cv > .05 ? "warn" : "")}${cell(String(b.frames))}</tr>`).join("")}</table>`);
	parts.push(`<h2>Joints</h2><p class="muted">Confidence: mean 2D score of the detections used. Missing: frames without a triangulated position; gap frames: still missing after gap filling and filtering.</p>`);
	parts.push(`<table><tr><th>joint</th><th>confidence</th><th>cameras</th><th>median error px</th><th>missing (raw)</th><th>gap frames</th></tr>`);
	for (const j of q.joints) parts.push(`<tr>${cell(j.name)}${cell(fmt(j.meanConfidence, 2), j.meanConfidence < .3 ? "warn" : "")}${cell(fmt(j.meanCameras, 1))}${cell(fmt(j.reprojectionErrorPx, 2), j.reprojectionErrorPx > fairPx ? "bad" : j.reprojectionErrorPx > goodPx ? "warn" : "")}${cell(String(j.missingFramesRaw))}${cell(String(j.gapFrames), j.gapFrames > 0 ? "warn" : "")}</tr>`);
	parts.push("</table>");
	parts.push(barChart(q.joints.map((j) => j.name), q.joints.map((j) => j.reprojectionErrorPx), {
		title: "Median reprojection error per joint (px)",
		unit: " px",
		warnAt: goodPx,
		badAt: fairPx,
		width: 560
	}));
	if (input.gaps.length) {
		parts.push(`<h2>Gaps left unfilled</h2><table><tr><th>joint</th><th>first frame</th><th>frames</th></tr>${input.gaps.slice(0, 200).map((g) => `<tr>${cell(g.joint)}${cell(String(g.startFrame))}${cell(String(g.frames))}</tr>`).join("")}</table>`);
		if (input.gaps.length > 200) parts.push(`<p class="muted">… and ${input.gaps.length - 200} more (see report.json).</p>`);
	}
	if (input.subject?.length) parts.push(`<h2>Subject</h2><p class="muted">Track ids followed in each camera (the person whose detections were triangulated).</p><table><tr><th>camera</th><th>track ids</th></tr>${input.subject.map((s) => `<tr>${cell(s.camera)}${cell(s.trackIdsUsed.join(", ") || "–")}</tr>`).join("")}</table>`);
	if (q.warnings.length) parts.push(`<h2>Warnings</h2><ul>${q.warnings.map((w) => `<li><code>${esc(w.code)}</code> ${esc(w.message)}</li>`).join("")}</ul>`);
	if (input.files?.length) parts.push(`<h2>Files</h2><ul>${input.files.map((f) => `<li><code>${esc(f)}</code></li>`).join("")}</ul>`);
	parts.push(`<p class="muted">Made by openmocap. The same figures are in report.json.</p></main></body></html>\n`);
	return parts.join("\n");
}
/** Evenly spaced frames that have most joints present. */
function pickFrames(points, n) {
	const out = [];
	if (points.frames === 0) return out;
	for (let i = 0; i < n; i++) {
		const target = Math.round((i + .5) / n * (points.frames - 1));
		let best = target;
		let bestCount = -1;
		for (let f = Math.max(0, target - 5); f <= Math.min(points.frames - 1, target + 5); f++) {
			let c = 0;
			for (let j = 0; j < points.joints; j++) if (Number.isFinite(points.data[(f * points.joints + j) * 3])) c++;
			if (c > bestCount) {
				bestCount = c;
				best = f;
			}
		}
		if (!out.includes(best)) out.push(best);
	}
	return out;
}
// src/session/pairInputs.ts
var sameCamera = (a, b) => normaliseCameraName(a) === normaliseCameraName(b);
/**
* The items of the cameras [project].cameras lists (all when it is not set). A listed camera with no
* item is the settings' mistake: the message names mocap.toml (`settingsFile`) and what is there.
* `display` turns the folder of `what` into the path shown to the user.
*/
function restrictCameras(items, settings, what, settingsFile, display = (p) => p) {
	const wanted = settings.project.cameras;
	if (!wanted) return items;
	const names = items.map((i) => i.camera);
	const missing = wanted.filter((n) => {
		try {
			matchCameras([n], names, what);
			return false;
		} catch (err) {
			return err instanceof UserError && err.message.includes("has no match");
		}
	});
	if (missing.length) {
		const videos = what.startsWith("videos");
		throw new UserError(`project.cameras lists ${missing.map((n) => `"${n}"`).join(", ")}, which ${missing.length > 1 ? "have" : "has"} no ${videos ? "video" : "2D keypoints"} in ${display(what.replace(/^(videos|2D inputs) in /, ""))} (found: ${names.join(", ") || "nothing"}); ${videos ? "add the video" : "detect its video"} or take ${missing.length > 1 ? "them" : "it"} out of project.cameras (in ${settingsFile})`);
	}
	const map = matchCameras(wanted, names, what);
	const keep = new Set(map.values());
	return items.filter((i) => keep.has(i.camera));
}
/** Whether a camera's 2D data holds any keypoint at all (a camera that saw nobody has none); 2D read by frame ranges is read a chunk at a time. */
function seesAnyone(seq) {
	const any = (d) => {
		for (let i = 0; i < d.length; i += 3) if (Number.isFinite(d[i])) return true;
		return false;
	};
	if ("data" in seq) return any(seq.data);
	for (let f = 0; f < seq.frames; f += DEFAULT_CHUNK_FRAMES) if (any(seq.readFrames(f, Math.min(seq.frames, f + 1e3)))) return true;
	return false;
}
/** The warning for a camera left out because nobody is in its video (the detect stage and triangulate say the same). */
function nobodyInCamera(camera, file, frames) {
	return `camera ${camera} was left out: nobody found in any of the ${frames} frames of ${file}; check that it films the subject (then rerun), or leave it out for good with [project] cameras = [...] in mocap.toml`;
}
function tooFewCamerasSeeAPerson(seeing, blind) {
	const list = blind.map((b) => `${b.camera} (${b.file})`).join(", ");
	const total = seeing.length + blind.length;
	return `${seeing.length === 0 ? `none of the ${total} cameras sees a person` : `only 1 of the ${total} cameras sees a person (${seeing[0]})`}: nobody found in ${list}; check that the cameras film the subject and replace those videos, or choose 2 or more cameras that see the person with [project] cameras = [...] in mocap.toml`;
}
/**
* Pairs 2D sequences (named by their file, `source` = where they came from) with the calibration's
* cameras. Every 2D input needs a calibrated camera (clear error otherwise); calibrated cameras
* without 2D data are left out with a note; cameras that see nobody are left out with a warning
* while 2 or more cameras see the person. Appends to `warnings`.
*/
function pairWithCalibration(named, calib, settings, ctx, warnings = []) {
	const chosen = restrictCameras(named, settings, `2D inputs in ${ctx.pose2dDir}`, ctx.settingsFile, ctx.display);
	const sequences = chosen.filter(seesAnyone);
	const blind = chosen.filter((q) => !seesAnyone(q)).map((q) => ({
		camera: q.camera,
		frames: q.frames,
		file: ctx.blindFile(q.camera, q.source)
	}));
	if (blind.length && sequences.length < 2) throw new UserError(tooFewCamerasSeeAPerson(sequences.map((q) => q.camera), blind));
	for (const b of blind) warnings.push({
		code: "camera-sees-nobody",
		message: nobodyInCamera(b.camera, b.file, b.frames)
	});
	const rigNames = calib.rig.cameras.map((c) => c.name);
	const map = matchCameras(sequences.map((s) => s.camera), rigNames, `cameras of the calibration ${ctx.calibrationRel}`);
	const byName = new Map(calib.rig.cameras.map((c) => [c.name, c]));
	const rig = { cameras: sequences.map((s) => byName.get(map.get(s.camera))) };
	const used = new Set(rig.cameras.map((c) => c.name));
	const notes = calib.notes.filter((n) => !/check project\.calibration_units/.test(n));
	for (const n of calib.notes) if (!notes.includes(n)) warnings.push({
		code: "calibration-units",
		message: n
	});
	const unused = rigNames.filter((n) => !used.has(n) && !blind.some((b) => sameCamera(b.camera, n)));
	const excluded = unused.filter((n) => named.some((q) => sameCamera(q.camera, n)));
	const missing = unused.filter((n) => !excluded.includes(n));
	if (missing.length) notes.push(`calibrated camera${missing.length > 1 ? "s" : ""} without 2D data, not used: ${missing.join(", ")}`);
	if (excluded.length) notes.push(`left out by project.cameras: ${excluded.join(", ")}`);
	if (sequences.length < 2) throw new UserError(`only ${sequences.length} camera${sequences.length === 1 ? "" : "s"} with 2D data in ${ctx.pose2dDir}; triangulation needs at least 2`);
	if (settings.project.fps === void 0) {
		for (const q of sequences) if (!(q.fps > 0)) throw new UserError(`${q.source ? (ctx.display ?? ((x) => x))(q.source) : ctx.pose2dDir} gives camera ${q.camera} a frame rate of ${q.fps} fps; set the real rate with [project] fps = <frames per second> in ${ctx.settingsFile}, or rerun "openmocap detect" to write the file again`);
	}
	if (settings.project.fps !== void 0) for (const s of sequences) {
		s.fps = settings.project.fps;
		s.timestampsMs = Float64Array.from({ length: s.frames }, (_, f) => f * 1e3 / settings.project.fps);
	}
	return {
		sequences: sequences.map(({ source: _, ...q }) => q),
		rig,
		notes,
		warnings
	};
}
// src/sync/syncSettings.ts
var syncSettingsSchema = object({
	/**
	* How the cameras' videos are put on one clock: "auto" (the subject's 2D keypoint motion, the sound
	* where the videos have it, and the reprojection error, combined; nothing is changed when the videos
	* are already in sync), "keypoints" or "audio" (that signal only, refined by the reprojection
	* error), or "none" (frame 0 is the same instant in every video; cameras at other frame rates are
	* still put on the reference camera's frame times). Defaults to "auto".
	*/
	method: _enum([
		"auto",
		"keypoints",
		"audio",
		"none"
	]).default("auto").describe("\"auto\", \"keypoints\", \"audio\" or \"none\""),
	/** How far apart the cameras may have started, ± seconds. Defaults to 10. */
	window_s: number().positive().max(600).default(10).describe("search window for the start offsets, ± seconds"),
	/**
	* Camera whose clock and frames the others are put on. Not set = the camera with the highest frame
	* rate (the first by name on a tie).
	*/
	reference: string().min(1).optional().describe("reference camera (not set = highest frame rate, first by name)"),
	/**
	* Manual start times, seconds on the reference camera's clock (positive = the camera started
	* later), overriding the estimate: e.g. { cam02 = 0.150, cam03 = -1.2 }.
	*/
	start_s: record(string(), number().min(-3600).max(3600)).default({}).describe("manual start time per camera, seconds (overrides the estimate)"),
	/**
	* Estimates less sure than this (0–1) are not applied: the camera's frames are used as they are,
	* with a warning and a ✗ in the report's verdict. Defaults to 0.5.
	*/
	min_confidence: number().min(0).max(1).default(.5).describe("estimates below this confidence (0–1) are not applied")
});
// src/queue/queueSettingsSchema.ts
var queueSettingsSchema = object({
	/** Detection is split into jobs of this many frames per camera; each carries the person tracker on
	* from the previous one, so the stitched 2D equals one whole-video run byte for byte. Read from the
	* session's mocap.toml. Defaults to 600. */
	chunk_frames: number().int().min(1).default(600),
	/** Tries of a job that fails for a reason other than its input (a lost connection, a crash); a job
	* failing on bad input fails once. Read from the session's mocap.toml. Defaults to 3. */
	attempts: number().int().min(1).max(100).default(3),
	/** A worker holds a job's lock this long and renews it while it works; a worker killed mid-job
	* loses it after this time and the job is taken up again. Read by the worker. Defaults to 30000. */
	lock_duration_ms: number().int().min(500).default(3e4),
	/** How often a worker looks for jobs whose lock ran out (their worker died). Read by the worker.
	* Defaults to 30000. */
	stalled_interval_ms: number().int().min(200).default(3e4),
	/** A job taken up again after its worker died more often than this fails (a job that kills every
	* worker it runs on). Read by the worker. Defaults to 2. */
	max_stalled: number().int().min(0).max(100).default(2)
});
// src/session/sessionSettingsSchemas.ts
var projectSettingsSchema = object({
	fps: number().positive().max(1e4).optional().describe("Frame rate override in Hz. Not set = the rate stored in the videos / 2D files."),
	calibration: string().min(1).optional().describe("Calibration file, relative to the session folder. Not set = found automatically\n(calibration.toml, one *.toml, or one *.qca.txt)."),
	calibration_units: _enum([
		"auto",
		"m",
		"mm"
	]).default("auto").describe("Units of the calibration translations: \"m\" (Pose2Sim, anipose), \"mm\" (FreeMoCap), or \"auto\"."),
	cameras: array(string().min(1)).min(2).optional().describe("Only use these cameras (names as in the calibration). Not set = every camera."),
	keypoint_layout: preprocess((v) => typeof v === "string" && v.toLowerCase() !== "auto" ? canonicalLayoutName(v) ?? v : v, _enum(["auto", ...layoutNames()], { message: `unknown keypoint layout; use "auto" or one of ${layoutNames().join(", ")} (aliases such as BODY_25B, HALPE_26, COCO_133 work too)` })).default("auto").describe(`Keypoint layout of OpenPose-style JSON 2D inputs: "auto" finds it from the keypoints' geometry\nover the first frames (tells BODY_25 from BODY_25B); or force one of ${layoutNames().join(", ")}.`)
});
var outputSettingsSchema = object({
	formats: array(_enum(EXPORT_FORMATS)).min(1).default([...EXPORT_FORMATS]).describe(`Files the export step writes: any of ${EXPORT_FORMATS.join(", ")} (default: all of them).`),
	trc_axes: _enum(["pose2sim", "none"]).default("pose2sim").describe("TRC axes: \"pose2sim\" maps a Z-up world to Y-up (TRC X,Y,Z = world Y,Z,X); \"none\" writes world axes."),
	report: boolean().default(true).describe("Write output/report.html and output/report.json."),
	anatomical_correction: boolean().default(false).describe("Exports move each keypoint from where the pose model labels it towards the anatomical landmark (offsets per layout measured on the demo, turning with their body segment; docs/models.md).")
});
// src/core/validateSettings.ts
/** Validates a parsed TOML table against the sections; returns effective values or a list of one-line problems. */
function validateSettings(raw, sections) {
	const problems = [];
	const values = {};
	const origins = {};
	const known = Object.keys(sections);
	for (const key of Object.keys(raw)) if (!(key in sections)) {
		const hint = closest(key, known);
		problems.push(`unknown section [${key}]${hint ? ` (did you mean [${hint}]?)` : ""}; known sections: ${known.map((k) => `[${k}]`).join(", ")}`);
	}
	for (const [name, schema] of Object.entries(sections)) {
		const given = raw[name];
		if (given !== void 0 && (typeof given !== "object" || given === null || Array.isArray(given))) {
			problems.push(`${name} must be a table (write it as a [${name}] section), got ${describeValue(given)}`);
			continue;
		}
		const table = given ?? {};
		const keys = Object.keys(schema.shape);
		for (const k of Object.keys(table)) if (!keys.includes(k)) {
			const hint = closest(k, keys);
			problems.push(`unknown setting ${name}.${k}${hint ? ` (did you mean ${name}.${hint}?)` : ""}; known keys in [${name}]: ${keys.join(", ")}`);
		}
		const known = Object.fromEntries(Object.entries(table).filter(([k]) => keys.includes(k)));
		const parsed = schema.safeParse(known);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) problems.push(describeIssue(name, issue, known));
			continue;
		}
		values[name] = parsed.data;
		origins[name] = Object.fromEntries(keys.map((k) => [k, k in known ? "file" : "default"]));
	}
	return problems.length ? {
		ok: false,
		problems
	} : {
		ok: true,
		settings: {
			values,
			origins
		}
	};
}
/** Turns one zod issue into "section.key must be …, got …". */
function describeIssue(section, issue, table) {
	const path = issue.path.reduce((acc, p) => typeof p === "number" ? `${acc}[${p}]` : `${acc}.${String(p)}`, section);
	let value = table;
	for (const p of issue.path) value = value == null ? void 0 : value[p];
	const got = `, got ${describeValue(value)}`;
	const i = issue;
	switch (issue.code) {
		case "too_small": {
			const op = i.inclusive === false ? ">" : "≥";
			if (i.origin === "array") return `${path} needs at least ${i.minimum} entr${i.minimum === 1 ? "y" : "ies"}${got}`;
			if (i.origin === "string") return `${path} must not be empty${got}`;
			return `${path} must be ${op} ${String(i.minimum)}${got}`;
		}
		case "too_big": {
			const op = i.inclusive === false ? "<" : "≤";
			if (i.origin === "array") return `${path} allows at most ${i.maximum} entries${got}`;
			return `${path} must be ${op} ${String(i.maximum)}${got}`;
		}
		case "invalid_type":
			if (value === void 0) return `${path} is required`;
			return `${path} must be ${article(String(i.expected))}${got}`;
		case "invalid_value": return `${path} must be one of ${i.values.map((v) => JSON.stringify(v)).join(", ")}${got}`;
		case "unrecognized_keys": return `unknown setting${i.keys.length > 1 ? "s" : ""} ${i.keys.map((k) => `${path}.${k}`).join(", ")}`;
		default: return `${path}: ${issue.message}${got}`;
	}
}
function article(expected) {
	return {
		int: "a whole number",
		number: "a number",
		string: "a string (in quotes)",
		boolean: "true or false",
		array: "a list like [1, 2]",
		object: "a table",
		bigint: "a whole number"
	}[expected] ?? expected;
}
/** A short, readable rendering of a TOML value for error messages. */
function describeValue(v) {
	if (v === void 0) return "nothing";
	if (typeof v === "string") return JSON.stringify(v);
	if (typeof v === "number" || typeof v === "boolean") return String(v);
	if (Array.isArray(v)) return `[${v.map(describeValue).join(", ")}]`;
	if (v instanceof Date) return v.toISOString();
	if (typeof v === "object" && v !== null) return "a table";
	return String(v);
}
/** The known name closest to `name` (edit distance ≤ 3), if any. */
function closest(name, known) {
	let best;
	let bestD = 4;
	for (const k of known) {
		const d = editDistance(name.toLowerCase(), k.toLowerCase());
		if (d < bestD) {
			bestD = d;
			best = k;
		}
	}
	return best;
}
function editDistance(a, b) {
	const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0];
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = prev[j];
			prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = tmp;
		}
	}
	return prev[b.length];
}
// src/session/parseSettings.ts
var SETTINGS_FILE = "mocap.toml";
/** Every section of mocap.toml, in pipeline order. */
var settingsSections = {
	project: projectSettingsSchema,
	calibration: calibrationSettingsSchema,
	detect: detectSettingsSchema,
	sync: syncSettingsSchema,
	triangulation: triangulateSettingsSchema,
	filter: filterSettingsSchema,
	output: outputSettingsSchema,
	queue: queueSettingsSchema
};
/**
* Puts the values of other tools' settings files (a foreign session folder's, see sessionLayout.ts)
* under mocap.toml's: a key mocap.toml sets is kept; a value openmocap would reject is not carried
* over but listed with the layer's ignored keys. Returns where each carried value came from.
*/
function mergeLayers(raw, layers) {
	const labels = {};
	const own = new Map(Object.entries(raw).map(([k, v]) => [k, v && typeof v === "object" && !Array.isArray(v) ? new Set(Object.keys(v)) : void 0]));
	for (const layer of layers) for (const [section, values] of Object.entries(layer.values)) {
		if (own.has(section) && !own.get(section)) continue;
		for (const [key, value] of Object.entries(values)) {
			if (own.get(section)?.has(key)) continue;
			const check = validateSettings({ [section]: { [key]: value } }, settingsSections);
			if (!check.ok) {
				const at = layer.mapped.findIndex((m) => new RegExp(`→ ${section}\\.${key}\\b`).test(m));
				const from = at >= 0 ? layer.mapped.splice(at, 1)[0].split(" → ")[0] : `${section}.${key}`;
				layer.ignored.push(`${from} = ${JSON.stringify(value)} (not used: ${check.problems[0]})`);
				continue;
			}
			raw[section] = {
				...raw[section] ?? {},
				[key]: value
			};
			(labels[section] ??= {})[key] = `from ${layer.file.split(/[\\/]/).pop()}`;
		}
	}
	return labels;
}
/** mocap.toml text as its raw tables (not validated). Throws a UserError naming the line for bad TOML. */
function parseSettingsToml(text, file = SETTINGS_FILE) {
	try {
		return parse(text);
	} catch (err) {
		if (err instanceof TomlError) {
			const first = err.message.split("\n")[0];
			throw new UserError(`${file} line ${err.line}, column ${err.column}: ${first} — fix the TOML syntax`);
		}
		throw err;
	}
}
/** Parses and validates mocap.toml text. Throws UserError listing every problem on one line. */
function parseSettings(text, file = SETTINGS_FILE, layers = []) {
	const raw = parseSettingsToml(text, file);
	const originLabels = mergeLayers(raw, layers);
	const result = validateSettings(raw, settingsSections);
	if (!result.ok) {
		const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problem${result.problems.length > 2 ? "s" : ""}: ${result.problems.slice(1).join("; ")})` : "";
		throw new UserError(`${result.problems[0]} (in ${file})${more}`);
	}
	return {
		settings: result.settings.values,
		origins: result.settings.origins,
		originLabels
	};
}
// src/formats/points3dFile.ts
var MAGIC = "OMP3D1\n\0";
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Copies a typed array's elements into bytes at `offset`, little-endian (one bulk copy on little-endian hosts). */
function writeLittleEndian(bytes, offset, values) {
	const raw = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
	if (LITTLE_ENDIAN) bytes.set(raw, offset);
	else for (let i = 0; i < raw.length; i += values.BYTES_PER_ELEMENT) for (let b = 0; b < values.BYTES_PER_ELEMENT; b++) bytes[offset + i + b] = raw[i + values.BYTES_PER_ELEMENT - 1 - b];
}
/** Fills a fresh (aligned) typed array from little-endian bytes at any offset (one bulk copy on little-endian hosts). */
function readLittleEndian(bytes, offset, out) {
	const raw = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
	if (LITTLE_ENDIAN) raw.set(bytes.subarray(offset, offset + raw.length));
	else for (let i = 0; i < raw.length; i += out.BYTES_PER_ELEMENT) for (let b = 0; b < out.BYTES_PER_ELEMENT; b++) raw[i + b] = bytes[offset + i + out.BYTES_PER_ELEMENT - 1 - b];
}
/** Encodes 3D points and free-form metadata as openmocap's own binary points3d file (decodePoints3dFile reads it back). */
function encodePoints3dFile(points, meta = {}) {
	const pieces = [...points3dFileChunks(points, meta)];
	const out = new Uint8Array(pieces.reduce((a, p) => a + p.length, 0));
	let off = 0;
	for (const p of pieces) {
		out.set(p, off);
		off += p.length;
	}
	return out;
}
/**
* The bytes of encodePoints3dFile as consecutive pieces (header, then each section, as views of the
* points' own arrays where they can be): what the session writes, without a second copy of the points.
*/
function* points3dFileChunks(points, meta = {}) {
	const header = new TextEncoder().encode(JSON.stringify({
		layout: points.layout,
		fps: points.fps,
		frames: points.frames,
		joints: points.joints,
		meta
	}));
	const n = points.frames * points.joints;
	const headStart = 12;
	const bodyStart = Math.ceil((headStart + header.length) / 8) * 8;
	const head = new Uint8Array(bodyStart);
	head.set(new TextEncoder().encode(MAGIC), 0);
	new DataView(head.buffer).setUint32(8, header.length, true);
	head.set(header, headStart);
	yield head;
	const piece = (values, count, Kind) => {
		let typed;
		if (values instanceof Kind && values.length === count) typed = values;
		else {
			typed = new Kind(count);
			for (let i = 0; i < count; i++) typed[i] = values[i];
		}
		if (LITTLE_ENDIAN) return new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
		const out = new Uint8Array(typed.byteLength);
		writeLittleEndian(out, 0, typed);
		return out;
	};
	yield piece(points.data, n * 3, Float64Array);
	yield piece(points.timestampsMs, points.frames, Float64Array);
	yield piece(points.reprojectionErrorPx, n, Float32Array);
	yield piece(points.cameraMask, n, Uint32Array);
}
/**
* Reads and checks a .p3d file's header from its first bytes (at least 12 + the header length) and the
* file's total size: the same one-line UserErrors as decodePoints3dFile (naming `file`, ending with `fix`).
*/
function decodePoints3dHead(bytes, fileBytes, file = "points3d file", fix = "delete it and rerun the stage that writes it") {
	const fail = (problem) => new UserError(`${file} ${problem}; ${fix}`);
	if (new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) throw fail(fileBytes < 8 ? `is cut short (only ${fileBytes} bytes)` : "is not an openmocap 3D points (.p3d) file");
	if (fileBytes < 12 || bytes.byteLength < 12) throw fail(`is cut short (only ${fileBytes} bytes)`);
	const headLen = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
	if (12 + headLen > fileBytes || 12 + headLen > bytes.byteLength) throw fail(`is cut short (${fileBytes} bytes, its header alone needs ${12 + headLen})`);
	let head;
	try {
		head = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headLen)));
	} catch {
		throw fail("has a damaged header");
	}
	const { frames, joints } = head;
	if (!(Number.isInteger(frames) && frames >= 0 && Number.isInteger(joints) && joints >= 0)) throw fail("has a damaged header");
	const n = frames * joints;
	const bodyStart = Math.ceil((12 + headLen) / 8) * 8;
	const expected = bodyStart + n * 24 + frames * 8 + n * 8;
	if (fileBytes !== expected) throw fail(fileBytes < expected ? `is cut short (${fileBytes} of ${expected} bytes)` : `has ${fileBytes - expected} bytes too many (${fileBytes}, expected ${expected})`);
	return {
		head,
		bodyStart
	};
}
/**
* Reads a .p3d file. A damaged one (not a .p3d, cut short, a broken header) is a one-line UserError
* naming the file and ending with `fix` (what to do; the session layer names the command).
*/
function decodePoints3dFile(bytes, file = "points3d file", fix = "delete it and rerun the stage that writes it") {
	const h = decodePoints3dHead(bytes, bytes.byteLength, file, fix);
	const { frames, joints } = h.head;
	const n = frames * joints;
	let off = h.bodyStart;
	const take = (out) => {
		readLittleEndian(bytes, off, out);
		off += out.byteLength;
		return out;
	};
	const data = take(new Float64Array(n * 3));
	const timestampsMs = take(new Float64Array(frames));
	const reprojectionErrorPx = take(new Float32Array(n));
	const cameraMask = take(new Uint32Array(n));
	return {
		points: {
			layout: h.head.layout,
			fps: h.head.fps,
			frames,
			joints,
			data,
			reprojectionErrorPx,
			cameraMask,
			timestampsMs
		},
		meta: h.head.meta ?? {}
	};
}
// src/session/syncFile.ts
var SYNC_FILE = OUTPUT.sync;
var estimateSchema = object({
	start_s: number(),
	confidence: number(),
	rate_ppm: number().optional()
});
var syncFileSchema = object({
	reference: string(),
	cameras: record(string(), object({
		start_s: number(),
		rate_ppm: number(),
		confidence: number(),
		method: string(),
		signals: record(string(), estimateSchema).optional()
	}))
});
/** The [sync] settings as the pure sync takes them. */
function syncOptionsOf(settings) {
	const s = settings.sync;
	return {
		method: s.method,
		windowS: s.window_s,
		reference: s.reference,
		startS: s.start_s,
		minConfidence: s.min_confidence,
		minScore: settings.triangulation.min_score
	};
}
/** output/sync.json as the issue specifies it: reference, and per camera start_s, rate_ppm, confidence, method (+ each signal's estimate). */
function encodeSyncFile(r) {
	const cameras = {};
	for (const [name, c] of Object.entries(r.cameras)) {
		const signals = Object.fromEntries(Object.entries(c.signals).map(([k, s]) => [k, {
			start_s: round(s.startS, 6),
			confidence: round(s.confidence, 3),
			...s.ratePpm ? { rate_ppm: s.ratePpm } : {}
		}]));
		cameras[name] = {
			start_s: c.startS,
			rate_ppm: c.ratePpm,
			confidence: c.confidence,
			method: c.method,
			...Object.keys(signals).length ? { signals } : {}
		};
	}
	return `${JSON.stringify({
		reference: r.reference,
		cameras
	}, null, 1)}\n`;
}
var round = (x, d) => Number.isFinite(x) ? Number(x.toFixed(d)) : 0;
/** The text of a sync file, checked; `what` names it and says what to do in the one-line error. */
function parseSyncFile(text, what) {
	let parsed;
	try {
		parsed = JSON.parse(text);
	} catch {
		parsed = void 0;
	}
	const ok = syncFileSchema.safeParse(parsed);
	if (!ok.success) throw new UserError(what);
	return ok.data;
}
/** The clocks of sync.json in the form applySync takes. */
function syncClocks(file) {
	if (!file) return void 0;
	return {
		reference: file.reference,
		cameras: Object.fromEntries(Object.entries(file.cameras).map(([k, c]) => [k, {
			startS: c.start_s,
			ratePpm: c.rate_ppm
		}]))
	};
}
/** Warnings of sync.json worth repeating with the 3D results: cameras whose start could not be found. */
function syncWarnings(file) {
	if (!file) return [];
	const low = Object.entries(file.cameras).filter(([, c]) => c.method === "unknown");
	if (!low.length) return [];
	return [{
		code: "sync-low-confidence",
		message: `could not tell when ${low.map(([n]) => n).join(", ")} started (see ${SYNC_FILE}); ${low.length > 1 ? "their frames are" : "its frames are"} used as they are — ${LOW_CONFIDENCE_ADVICE}, or set [sync] start_s in mocap.toml`
	}];
}
/** The report's sync section from a sync file and the cameras' 2D keypoints (as detected, on their own clocks). */
function syncSectionOf(file, sequences, minScore) {
	const cameras = Object.entries(file.cameras).map(([name, c]) => ({
		name,
		startS: c.start_s,
		ratePpm: c.rate_ppm,
		confidence: c.confidence,
		method: c.method,
		signals: Object.fromEntries(Object.entries(c.signals ?? {}).map(([k, e]) => [k, {
			startS: e.start_s,
			confidence: e.confidence
		}]))
	}));
	const profiles = sequences.map((s) => {
		const c = file.cameras[s.camera] ?? Object.entries(file.cameras).find(([k]) => sameCamera(k, s.camera))?.[1];
		const { timesS, speed } = speedSamples(s, { minScore });
		return profileOnReference(s.camera, timesS, speed, c?.start_s ?? 0, c?.rate_ppm ?? 0);
	});
	return {
		reference: file.reference,
		cameras,
		profiles
	};
}
// src/session/peopleOutputs.ts
/** output/people.json: who was seen when. */
/** The warning when the association found nobody; `see` says where to look at the 2D (the CLI's overlay command, the page's previews). */
function nobodySeenWarning(droppedTracks, see) {
	return `nobody was seen by 2 or more cameras long enough to be a person (${droppedTracks} short track(s)); check the calibration and the 2D keypoints${see}`;
}
/** output/people.json's contents for a triangulation of several people. */
function peopleFileOf(r, fps) {
	const file = {
		format: "openmocap-people",
		version: 1,
		frames: r.frames,
		fps,
		people: [],
		droppedTracks: r.droppedTracks
	};
	for (const p of r.people) {
		const seen = [];
		for (let f = 0; f < p.views.length; f++) {
			if (!p.views[f]) continue;
			const last = seen[seen.length - 1];
			if (last && last[1] === f) last[1] = f + 1;
			else seen.push([f, f + 1]);
		}
		const cv = judgedBones(boneStability(p.result.points)).map((b) => b.cv).filter(Number.isFinite);
		file.people.push({
			id: p.id,
			firstFrame: p.firstFrame,
			lastFrame: p.lastFrame,
			framesSeen: p.framesSeen,
			reidentified: p.reidentified,
			seen,
			medianBoneCv: cv.length ? Number(upperMedian(cv).toFixed(4)) : null
		});
	}
	return file;
}
/** The text of output/people.json. */
var encodePeopleFile = (file) => `${JSON.stringify(file, null, 1)}\n`;
/** The metadata stored with a person's raw points (points3d_raw.p3d). */
function personMeta(p, inputs) {
	return {
		cameras: inputs.cameras,
		calibrationCameras: inputs.calibrationCameras,
		calibrationFile: inputs.calibrationFile,
		gaps: p.result.gaps,
		warnings: [...inputs.warnings, ...p.result.warnings],
		subject: p.result.subject,
		person: {
			id: p.id,
			firstFrame: p.firstFrame,
			lastFrame: p.lastFrame,
			framesSeen: p.framesSeen
		}
	};
}
/** Person n's full report (output/person-<n>/report.html and .json) and their line of the overview. */
function personReport(args) {
	const meta = args.rawMeta;
	const report = buildReport({
		title: `${args.session} — person ${args.id}`,
		rig: args.rig,
		sequences: args.sequences,
		raw: args.raw,
		filtered: args.filtered,
		gaps: meta.gaps ?? [],
		warnings: meta.warnings ?? [],
		minScore: reportMinScore(args.settings),
		subject: meta.subject,
		files: reportedFiles(args.settings).map((f) => personFile(f, args.id))
	});
	const o = report.quality.overall;
	return {
		report,
		section: {
			id: args.id,
			verdict: report.quality.verdict.level,
			headline: report.quality.verdict.headline,
			boneCv: o.medianBoneCv,
			reprojectionPx: o.medianReprojectionErrorPx,
			completeness: o.completeness
		}
	};
}
/** The text of output/report.json with several people. */
function peopleOverviewJson(people, sections) {
	const overview = {
		format: "openmocap-people-report",
		version: 1,
		people: people.people.map((p, i) => ({
			...p,
			...sections[i]
		})),
		frames: people.frames,
		fps: people.fps
	};
	return `${JSON.stringify(overview, null, 1)}\n`;
}
/** output/report.html with several people: who was seen when, then a section per person. */
function peopleOverviewHtml(title, people, sections) {
	const pct = (x) => Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : "–";
	const rows = people.people.map((p, i) => {
		const s = sections[i];
		return `<section id="person-${p.id}"><h2>Person ${p.id}</h2>
<p>Seen in frames ${p.firstFrame}–${p.lastFrame} (${p.framesSeen} of ${people.frames} frames by 2 or more cameras${p.reidentified ? `; re-identified ${p.reidentified}× after being out of view` : ""}).</p>
<p>Verdict: <b>${escapeHtml(s.verdict)}</b> — ${escapeHtml(s.headline.replace(/\.$/, ""))}. Limb and trunk bone-length variation ${pct(s.boneCv)}, median reprojection error ${Number.isFinite(s.reprojectionPx) ? s.reprojectionPx.toFixed(2) : "–"} px, ${pct(s.completeness)} of the points present.</p>
<p><a href="person-${p.id}/report.html">Full report of person ${p.id}</a> · outputs in <code>output/person-${p.id}/</code></p></section>`;
	});
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} — ${people.people.length} people</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}section{border-top:1px solid #ddd;padding-top:.5em}code{background:#f4f4f4;padding:0 .2em}</style></head><body>
<h1>${escapeHtml(title)}: ${people.people.length} ${people.people.length === 1 ? "person" : "people"}</h1>
<h2>Who was seen when</h2>
${peopleTimelineSvg(people)}
${people.droppedTracks ? `<p>${people.droppedTracks} short track(s) (too few frames to be a person) were left out.</p>` : ""}
${rows.join("\n")}
</body></html>
`;
}
/** The verdict of a take with several people: the worst person's level, and who was seen when. */
function peopleVerdict(people, levels) {
	const level = [
		"poor",
		"fair",
		"good"
	].find((l) => levels.includes(l)) ?? "fair";
	const ids = people.people.map((p) => p.id);
	return {
		level,
		reasons: [],
		checks: [],
		headline: `${ids.length} ${ids.length === 1 ? "person" : "people"} triangulated (${people.people.map((p) => `person ${p.id}: frames ${p.firstFrame}–${p.lastFrame}`).join("; ")}); each in ${OUTPUT.dir}/person-<n>/, overview in ${OUTPUT.reportHtml}`
	};
}
// src/triangulate/hungarian.ts
/**
* Assigns rows to columns minimising the summed cost. cost is row-major rows × cols. Returns, per
* row, the assigned column or −1. A row is left unassigned rather than given a pair above maxCost:
* each row and each column also has a "nobody" option costing maxCost.
*/
function assignMinCost(cost, rows, cols, maxCost) {
	const out = new Int32Array(rows).fill(-1);
	if (rows === 0 || cols === 0) return out;
	const n = rows + cols;
	const big = maxCost * 2 + 1;
	const at = (i, j) => {
		if (i < rows) {
			if (j < cols) {
				const c = cost[i * cols + j];
				return Number.isFinite(c) && c <= maxCost ? c : big;
			}
			return j - cols === i ? maxCost : big;
		}
		return j < cols ? 0 : 0;
	};
	const INF = Infinity;
	const u = new Float64Array(n + 1), v = new Float64Array(n + 1);
	const p = new Int32Array(n + 1);
	const way = new Int32Array(n + 1);
	const minv = new Float64Array(n + 1);
	const used = new Uint8Array(n + 1);
	for (let i = 1; i <= n; i++) {
		p[0] = i;
		let j0 = 0;
		minv.fill(INF);
		used.fill(0);
		do {
			used[j0] = 1;
			const i0 = p[j0];
			let delta = INF, j1 = 0;
			for (let j = 1; j <= n; j++) {
				if (used[j]) continue;
				const cur = at(i0 - 1, j - 1) - u[i0] - v[j];
				if (cur < minv[j]) {
					minv[j] = cur;
					way[j] = j0;
				}
				if (minv[j] < delta) {
					delta = minv[j];
					j1 = j;
				}
			}
			for (let j = 0; j <= n; j++) if (used[j]) {
				u[p[j]] += delta;
				v[j] -= delta;
			} else minv[j] -= delta;
			j0 = j1;
		} while (p[j0] !== 0);
		do {
			const j1 = way[j0];
			p[j0] = p[j1];
			j0 = j1;
		} while (j0);
	}
	for (let j = 1; j <= cols; j++) {
		const i = p[j] - 1;
		if (i >= 0 && i < rows && at(i, j - 1) <= maxCost) out[i] = j - 1;
	}
	return out;
}
// src/triangulate/associatePeople.ts
/** A new person must be seen by at least this share of the cameras filming where they stand (and by 2). */
var MIN_VIEW_SHARE = .4;
/** A new person's twin bones (left and right) differ by at most this share in length (median over the pairs). */
var MAX_ASYMMETRY = .2;
/** Each view of a new person seen by two cameras only has at least this share of its keypoints within max_reprojection_error_px of the person. */
var MIN_AGREEMENT = .75;
/** A detection at most this many times larger or smaller than the predicted person in that view can be them. */
var MAX_SIZE_RATIO = 1.25;
/** … and whose keypoints spread at most this many times wider or narrower than the predicted person's (the pose changes the spread from frame to frame, bones do not). */
var MAX_SPREAD_RATIO = 1.5;
/** A track whose rough skeletons' bones vary more than this (median CV) is not one body. */
var MAX_BONE_CV = .2;
/** A new person within this mean joint distance (m) of someone followed in the same frame is them. */
var DUPLICATE_M = .3;
/** The predicted motion of a person's body is capped at this speed (m/s). */
var MAX_SPEED_MPS = 3;
/** A person back after a long absence has bones within this share of their lengths before (median over the bones). */
var MAX_BONE_MISMATCH = .15;
/** No person's joints span more than this (m; the longest distance between two joints, median over the frames): wrist to ankle of a tall person reaching up is about 2.3 m. */
var MAX_SPAN_M = 2.4;
/** A person back after a long absence is confirmed by this many frames in a row (gaps within the prediction horizon). */
var CONFIRM_FRAMES = 5;
/** Discovery of new people runs at least every this many frames (and whenever a camera has new leftovers). */
var DISCOVER_EVERY = 5;
/** A person's skeleton from fewer joints than this (each seen by ≥ 2 of their views) is followed, not triangulated. */
var MIN_TRIANGULATED = 3;
/** Detections are keyed camera × SLOT_KEY + slot. */
var SLOT_KEY = 65536;
/** Follows every person seen by ≥ 2 cameras through the take. */
function associatePeople(sequences, rig, prepared, s, opts, pixelScale = new Float64Array(2 * sequences.length).fill(1), window = new FrameWindow(sequences)) {
	const C = rig.cameras.length;
	const frames = Math.max(0, ...sequences.map((q) => q.frames));
	const fps = sequences[0]?.fps || 30;
	const layout = getLayout(sequences[0].layout);
	const bones = layout.boneIndices;
	const J = layout.keypoints.length;
	const ctx = new Geometry(sequences, prepared, s, pixelScale, window);
	const gatePx = ctx.gatePx;
	const focal = prepared.map((pc) => (pc.fx + pc.fy) / 2);
	/**
	* How far (px, median over the keypoints) a detection may be from where a person projects: twice
	* the triangulation's outlier threshold, max_reprojection_error_px or max_reprojection_error_ratio
	* × the detection's size (longer side of its keypoint box), whichever is larger — detectors err
	* in proportion to the person's size in the picture.
	*/
	const gateOf = (c, cand) => {
		const [x0, y0, x1, y1] = candBox(cand);
		return Math.max(gatePx, 2 * s.max_reprojection_error_ratio * Math.max(x1 - x0, y1 - y0) * focal[c]);
	};
	/** Normalised-image box [x0, y0, x1, y1] of a detection's keypoints. */
	const candBox = (cand) => {
		let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
		for (let j = 0; j < J; j++) {
			if (!(cand.w[j] > 0)) continue;
			x0 = Math.min(x0, cand.x[j]);
			x1 = Math.max(x1, cand.x[j]);
			y0 = Math.min(y0, cand.y[j]);
			y1 = Math.max(y1, cand.y[j]);
		}
		return [
			x0,
			y0,
			x1,
			y1
		];
	};
	/** Frames a person is still predicted and matched in every camera after last being seen. */
	const horizon = Math.max(s.max_gap_frames, Math.round(fps / 2)) + 1;
	/** How far a person can have gone in df frames (m): walking-to-running speed, plus a margin. */
	const reach = (df) => Math.min(.35 + 2.5 * df / fps, 4);
	const tracks = [];
	/** A skeleton projected into camera c, normalised image coordinates [j][x, y] (NaN where unknown or behind). */
	const proj = new Float64Array(2 * J), errs = new Float64Array(J);
	const projectInto = (c, skel, out) => {
		const pc = prepared[c];
		for (let j = 0; j < J; j++) {
			const X = skel[3 * j], Y = skel[3 * j + 1], Z = skel[3 * j + 2];
			const z = pc.R[6] * X + pc.R[7] * Y + pc.R[8] * Z + pc.t[2];
			if (!(z > 1e-6)) {
				out[2 * j] = NaN;
				out[2 * j + 1] = NaN;
				continue;
			}
			out[2 * j] = (pc.R[0] * X + pc.R[1] * Y + pc.R[2] * Z + pc.t[0]) / z;
			out[2 * j + 1] = (pc.R[3] * X + pc.R[4] * Y + pc.R[5] * Z + pc.t[1]) / z;
		}
	};
	/** Median distance (px) of a detection's keypoints from a projected skeleton, as labelled or mirrored; Infinity with fewer than 3 in common. */
	const fitProjected = (c, cand, p, mirrored) => {
		let n = 0;
		for (let j = 0; j < J; j++) {
			const jj = mirrored ? layout.mirror[j] : j;
			if (!(cand.w[jj] > 0) || Number.isNaN(p[2 * j])) continue;
			errs[n++] = Math.hypot(p[2 * j] - cand.x[jj], p[2 * j + 1] - cand.y[jj]) * focal[c];
		}
		return n < 3 ? Infinity : medianInPlace(errs, n);
	};
	/** Normalised-image box [x0, y0, x1, y1] of a skeleton in camera c (null when behind it). */
	const boxIn = (c, skel) => {
		const pc = prepared[c];
		let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
		for (let j = 0; j < J; j++) {
			const X = skel[3 * j], Y = skel[3 * j + 1], Z = skel[3 * j + 2];
			if (!Number.isFinite(X)) continue;
			const z = pc.R[6] * X + pc.R[7] * Y + pc.R[8] * Z + pc.t[2];
			if (!(z > .1)) return null;
			const x = (pc.R[0] * X + pc.R[1] * Y + pc.R[2] * Z + pc.t[0]) / z, y = (pc.R[3] * X + pc.R[4] * Y + pc.R[5] * Z + pc.t[1]) / z;
			x0 = Math.min(x0, x);
			x1 = Math.max(x1, x);
			y0 = Math.min(y0, y);
			y1 = Math.max(y1, y);
		}
		return x1 > x0 ? [
			x0,
			y0,
			x1,
			y1
		] : null;
	};
	/**
	* Cameras that film a new person, do not see them, and have nobody in front of them there either
	* (no detection covering a third of where they should be): a real person missing from a view is
	* hidden by someone; two people in two views agreeing by chance are not.
	*/
	const unexplainedAbsences = (p) => {
		let n = 0;
		for (let c = 0; c < C; c++) {
			if (p.slots[c] >= 0) continue;
			const b = boxIn(c, p.skel);
			if (!b) continue;
			const cam = rig.cameras[c], pc = prepared[c];
			const left = -pc.cx / pc.fx, right = (cam.width - pc.cx) / pc.fx, top = -pc.cy / pc.fy, bottom = (cam.height - pc.cy) / pc.fy;
			const mx = (b[0] + b[2]) / 2, my = (b[1] + b[3]) / 2;
			if (mx < left || mx > right || my < top || my > bottom) continue;
			const area = (b[2] - b[0]) * (b[3] - b[1]);
			if (!frameCands[c].some((k) => {
				const [x0, y0, x1, y1] = candBox(k);
				return Math.max(0, Math.min(x1, b[2]) - Math.max(x0, b[0])) * Math.max(0, Math.min(y1, b[3]) - Math.max(y0, b[1])) >= area / 3;
			})) n++;
		}
		return n;
	};
	/**
	* Size of a detection over the size the skeleton would have in camera c: the median over the
	* bones both have of the detected bone's length over the projected one's (normalised image
	* coordinates); NaN with fewer than 3 bones in common. Bones, not the spread of the keypoints:
	* the spread changes with the pose (arms raised since the last frame) and one limb of a detection
	* put on someone else (a detector mixing two people who overlap) doubles it, and the person's own
	* detection must not then be taken for someone else's; a bone's length changes with neither.
	*/
	const boneRatio = (c, cand, skel) => {
		const pc = prepared[c];
		const px = spreadBuf, py = spreadBuf2;
		for (let j = 0; j < J; j++) {
			const X = skel[3 * j], Y = skel[3 * j + 1], Z = skel[3 * j + 2];
			const z = pc.R[6] * X + pc.R[7] * Y + pc.R[8] * Z + pc.t[2];
			if (!(cand.w[j] > 0) || !(z > .1)) {
				px[j] = NaN;
				continue;
			}
			px[j] = (pc.R[0] * X + pc.R[1] * Y + pc.R[2] * Z + pc.t[0]) / z;
			py[j] = (pc.R[3] * X + pc.R[4] * Y + pc.R[5] * Z + pc.t[1]) / z;
		}
		let m = 0;
		for (const [a, b] of bones) {
			if (Number.isNaN(px[a]) || Number.isNaN(px[b])) continue;
			const lp = Math.hypot(px[a] - px[b], py[a] - py[b]);
			if (!(lp > 0)) continue;
			ratioBuf[m++] = Math.hypot(cand.x[a] - cand.x[b], cand.y[a] - cand.y[b]) / lp;
		}
		return m >= 3 ? medianInPlace(ratioBuf, m) : NaN;
	};
	/**
	* Size of a detection over the size the skeleton would have in camera c (RMS distance of the
	* keypoints from their mean, normalised image coordinates, over the joints both have); NaN with
	* fewer than 3 joints in common.
	*/
	const spreadRatio = (c, cand, skel) => {
		const pc = prepared[c];
		let n = 0, ax = 0, ay = 0, bx = 0, by = 0;
		const px = spreadBuf, py = spreadBuf2;
		for (let j = 0; j < J; j++) {
			const X = skel[3 * j], Y = skel[3 * j + 1], Z = skel[3 * j + 2];
			if (!(cand.w[j] > 0) || !Number.isFinite(X)) {
				px[j] = NaN;
				continue;
			}
			const z = pc.R[6] * X + pc.R[7] * Y + pc.R[8] * Z + pc.t[2];
			if (!(z > .1)) {
				px[j] = NaN;
				continue;
			}
			px[j] = (pc.R[0] * X + pc.R[1] * Y + pc.R[2] * Z + pc.t[0]) / z;
			py[j] = (pc.R[3] * X + pc.R[4] * Y + pc.R[5] * Z + pc.t[1]) / z;
			ax += cand.x[j];
			ay += cand.y[j];
			bx += px[j];
			by += py[j];
			n++;
		}
		if (n < 3) return NaN;
		ax /= n;
		ay /= n;
		bx /= n;
		by /= n;
		let sa = 0, sb = 0;
		for (let j = 0; j < J; j++) {
			if (Number.isNaN(px[j])) continue;
			sa += (cand.x[j] - ax) ** 2 + (cand.y[j] - ay) ** 2;
			sb += (px[j] - bx) ** 2 + (py[j] - by) ** 2;
		}
		return sb > 0 ? Math.sqrt(sa / sb) : NaN;
	};
	const within = (r, max) => r >= 1 / max && r <= max;
	const spreadBuf = new Float64Array(J), spreadBuf2 = new Float64Array(J), ratioBuf = new Float64Array(bones.length);
	/** A discovered person triangulated from all its views (discovery keeps the two-view skeleton it started from). */
	const wholeSkeleton = (p) => {
		const views = [];
		const flags = [];
		for (let c = 0; c < C; c++) {
			if (p.slots[c] < 0) continue;
			const cand = frameCands[c].find((k) => k.slot === p.slots[c]);
			if (!cand) continue;
			ctx.fit(c, cand, p.skel);
			views.push([c, cand]);
			flags.push(ctx.lastMirrored);
		}
		const skel = ctx.skeleton(views, flags);
		const centroid = ctx.centroid(skel);
		return centroid ? {
			...p,
			skel,
			centroid
		} : null;
	};
	/** Whether most keypoints of each view of a new person reproject well: two different people agree on a few only. */
	let frameCands = [];
	const agrees = (p) => {
		for (let c = 0; c < C; c++) {
			if (p.slots[c] < 0) continue;
			const cand = frameCands[c].find((k) => k.slot === p.slots[c]);
			if (!cand || ctx.agreement(c, cand, p.skel, s.max_reprojection_error_px) < MIN_AGREEMENT) return false;
		}
		return true;
	};
	const uv = /* @__PURE__ */ new Float64Array(2);
	/** Cameras in whose picture a point is (in front of the camera, inside the image). */
	const filming = (X) => {
		let n = 0;
		prepared.forEach((pc, c) => {
			if (!(pc.R[6] * X[0] + pc.R[7] * X[1] + pc.R[8] * X[2] + pc.t[2] > .1)) return;
			projectPoint(pc, X[0], X[1], X[2], uv, 0);
			if (uv[0] >= 0 && uv[0] < rig.cameras[c].width && uv[1] >= 0 && uv[1] < rig.cameras[c].height) n++;
		});
		return n;
	};
	const boneLengths = (skel, out) => {
		bones.forEach(([a, b], i) => {
			out[i] = Math.hypot(skel[3 * a] - skel[3 * b], skel[3 * a + 1] - skel[3 * b + 1], skel[3 * a + 2] - skel[3 * b + 2]);
		});
	};
	const lengths = new Float64Array(bones.length);
	const twins = [];
	bones.forEach(([a, b], i) => {
		const k = bones.findIndex(([x, y]) => x === layout.mirror[a] && y === layout.mirror[b] || y === layout.mirror[a] && x === layout.mirror[b]);
		if (k > i) twins.push([i, k]);
	});
	/** A person's bones are 0.04–0.6 m long (median over the bones seen): two people far apart agreeing by chance make a giant. */
	const humanSized = (skel) => {
		boneLengths(skel, lengths);
		let seen = 0;
		for (let i = 0; i < lengths.length; i++) if (Number.isFinite(lengths[i])) seen++;
		const m = upperMedian(lengths);
		return seen >= 3 && m >= .04 && m <= .6;
	};
	/** Median relative difference between the lengths of twin bones (NaN if fewer than 3 pairs are seen). */
	const asymmetry = (skel) => {
		boneLengths(skel, lengths);
		const rel = [];
		for (const [i, k] of twins) {
			const a = lengths[i], b = lengths[k];
			if (Number.isFinite(a) && Number.isFinite(b) && a + b > 0) rel.push(2 * Math.abs(a - b) / (a + b));
		}
		if (rel.length < 3) return NaN;
		return upperMedian(rel);
	};
	/** Median relative difference between a skeleton's bone lengths and a track's mean ones (NaN if too few to compare). */
	const boneMismatch = (tr, skel) => {
		boneLengths(skel, lengths);
		const rel = [];
		for (let i = 0; i < bones.length; i++) {
			if (!(tr.boneCount[i] >= 3) || !Number.isFinite(lengths[i])) continue;
			const mean = tr.boneSum[i] / tr.boneCount[i];
			if (mean > .02) rel.push(Math.abs(lengths[i] - mean) / mean);
		}
		if (rel.length < 3) return NaN;
		return upperMedian(rel);
	};
	/**
	* Mean displacement from skeleton a to skeleton b over the joints both have (null if fewer than 3):
	* centroids of different joint subsets (a person seen whole, then only from the waist up) differ
	* by decimetres, the same joints do not.
	*/
	const shift = (a, b) => {
		let x = 0, y = 0, z = 0, n = 0;
		for (let j = 0; j < J; j++) {
			const dx = b[3 * j] - a[3 * j], dy = b[3 * j + 1] - a[3 * j + 1], dz = b[3 * j + 2] - a[3 * j + 2];
			if (!(Number.isFinite(dx) && Number.isFinite(dy) && Number.isFinite(dz))) continue;
			x += dx;
			y += dy;
			z += dz;
			n++;
		}
		return n >= 3 ? [
			x / n,
			y / n,
			z / n
		] : null;
	};
	/** Mean distance (m) between the joints two skeletons share; Infinity with fewer than 3. */
	const meanJointDistance = (a, b) => {
		let sum = 0, n = 0;
		for (let j = 0; j < J; j++) {
			const d = Math.hypot(a[3 * j] - b[3 * j], a[3 * j + 1] - b[3 * j + 1], a[3 * j + 2] - b[3 * j + 2]);
			if (Number.isFinite(d)) {
				sum += d;
				n++;
			}
		}
		return n >= 3 ? sum / n : Infinity;
	};
	/**
	* Distance a track has to have moved to be at skeleton skel (its centroid's when no joints are
	* shared): from where its velocity predicts it or from where it was last seen, whichever is nearer.
	* The velocity of a person seen by two cameras close together is measured on skeletons whose depth
	* jumps by centimetres from frame to frame and can be metres per second off for someone standing
	* still; a prediction carried on it must not turn the person away.
	*/
	const distanceTo = (tr, skel, centroid, df) => {
		const d = shift(tr.skel, skel) ?? [
			centroid[0] - tr.centroid[0],
			centroid[1] - tr.centroid[1],
			centroid[2] - tr.centroid[2]
		];
		const still = Math.hypot(d[0], d[1], d[2]);
		if (df > horizon) return still;
		const v = tr.velocity;
		return Math.min(still, Math.hypot(d[0] - v[0] * df, d[1] - v[1] * df, d[2] - v[2] * df));
	};
	/** Longest distance between two joints of a skeleton (m; NaN with fewer than 2). */
	const span = (skel) => {
		let best = NaN;
		for (let a = 0; a < J; a++) {
			if (!Number.isFinite(skel[3 * a])) continue;
			for (let b = a + 1; b < J; b++) {
				const d = Math.hypot(skel[3 * a] - skel[3 * b], skel[3 * a + 1] - skel[3 * b + 1], skel[3 * a + 2] - skel[3 * b + 2]);
				if (Number.isFinite(d) && !(best >= d)) best = d;
			}
		}
		return best;
	};
	/** Per camera, the chain of each slot in the current frame; per chain, the frame it began. */
	let chainOfSlot = rig.cameras.map(() => /* @__PURE__ */ new Map());
	const chainBirth = [];
	/** Chains someone followed was seen on. */
	const everClaimed = /* @__PURE__ */ new Set();
	const claimChains = (tr, f, slots) => {
		for (let c = 0; c < C; c++) {
			const ch = slots[c] >= 0 ? chainOfSlot[c].get(slots[c]) : void 0;
			if (ch === void 0) continue;
			tr.chain[c] = ch;
			tr.chainFrame[c] = f;
			everClaimed.add(ch);
		}
	};
	const record = (tr, f, p) => {
		const df = f - tr.last;
		const d = tr.frames.length && df > 0 && df <= horizon ? shift(tr.skel, p.skel) : null;
		if (d) {
			for (let k = 0; k < 3; k++) {
				const v = d[k] / df;
				tr.velocity[k] = tr.frames.length > 1 ? .5 * tr.velocity[k] + .5 * v : v;
			}
			const speed = Math.hypot(...tr.velocity), max = MAX_SPEED_MPS / fps;
			if (speed > max) for (let k = 0; k < 3; k++) tr.velocity[k] *= max / speed;
		} else if (df > horizon) tr.velocity = [
			0,
			0,
			0
		];
		tr.frames.push(f);
		tr.slots.push(p.slots);
		tr.lastSlots = p.slots;
		claimChains(tr, f, p.slots);
		tr.views.push(p.views);
		tr.maxViews = Math.max(tr.maxViews, p.views);
		tr.filmingSum += filming(p.centroid);
		if (tr.maxViews <= 2) tr.spans.push(span(p.skel));
		tr.skel = p.skel;
		tr.centroid = p.centroid;
		tr.last = f;
		boneLengths(p.skel, lengths);
		for (let i = 0; i < bones.length; i++) {
			const L = lengths[i];
			if (!Number.isFinite(L)) continue;
			if (tr.boneCount[i] >= 5) {
				const mean = tr.boneSum[i] / tr.boneCount[i];
				if (Math.abs(L - mean) > .3 * mean) continue;
			}
			tr.boneSum[i] += L;
			tr.boneSq[i] += L * L;
			tr.boneCount[i]++;
		}
	};
	/** Joints of a skeleton that are known. */
	const triangulated = (skel) => {
		let n = 0;
		for (let j = 0; j < J; j++) if (Number.isFinite(skel[3 * j])) n++;
		return n;
	};
	/**
	* Follows a track through a frame its views cannot triangulate: its predicted skeleton is moved by
	* the translation d that best fits the views' keypoints (least squares on the linear projection
	* constraints (r₀ − x r₂)·(X + d) + t₀ − x t₂ = 0 and the same for y, each divided by the joint's
	* depth so that it is an image error), kept only if every view then lies within its gate and d is
	* a step a person can make. The skeleton's shape is kept (bones do not change) and no frame is
	* recorded: the person's output comes from frames with two views only.
	* ref: R. Hartley, A. Zisserman, "Multiple View Geometry in Computer Vision", 2nd ed., §7.1 (the
	*      linear projection equations, here with the rotation known and only a translation unknown).
	*/
	const followA = /* @__PURE__ */ new Float64Array(9), followB = /* @__PURE__ */ new Float64Array(3);
	const follow = (tr, pred, views, f) => {
		const A = followA.fill(0), B = followB.fill(0);
		let n = 0;
		for (const v of views) {
			const pc = prepared[v.c], R = pc.R;
			for (let j = 0; j < J; j++) {
				const jj = v.mirrored ? layout.mirror[j] : j;
				const X = pred[3 * j], Y = pred[3 * j + 1], Z = pred[3 * j + 2];
				if (!(v.cand.w[jj] > 0) || !Number.isFinite(X)) continue;
				const z = R[6] * X + R[7] * Y + R[8] * Z + pc.t[2];
				if (!(z > .1)) continue;
				const u = [v.cand.x[jj], v.cand.y[jj]];
				for (let r = 0; r < 2; r++) {
					const a0 = (R[3 * r] - u[r] * R[6]) / z, a1 = (R[3 * r + 1] - u[r] * R[7]) / z, a2 = (R[3 * r + 2] - u[r] * R[8]) / z;
					const rhs = -(a0 * X + a1 * Y + a2 * Z + (pc.t[r] - u[r] * pc.t[2]) / z);
					const a = [
						a0,
						a1,
						a2
					];
					for (let i = 0; i < 3; i++) {
						B[i] += a[i] * rhs;
						for (let k = 0; k < 3; k++) A[3 * i + k] += a[i] * a[k];
					}
				}
				n++;
			}
		}
		if (n < 3) return false;
		const trace = A[0] + A[4] + A[8];
		const lambda = .001 * trace;
		A[0] += lambda;
		A[4] += lambda;
		A[8] += lambda;
		const df = f - tr.last;
		let ray = null;
		if (views.every((v) => v.c === views[0].c)) {
			const centre = cameraCenter(prepared[views[0].c]), m = ctx.centroid(pred);
			if (m) {
				const r = [
					m[0] - centre[0],
					m[1] - centre[1],
					m[2] - centre[2]
				], len = Math.hypot(r[0], r[1], r[2]);
				ray = r.map((x) => x / len);
				const back = -df * (tr.velocity[0] * ray[0] + tr.velocity[1] * ray[1] + tr.velocity[2] * ray[2]);
				for (let i = 0; i < 3; i++) {
					B[i] += trace * ray[i] * back;
					for (let k = 0; k < 3; k++) A[3 * i + k] += trace * ray[i] * ray[k];
				}
			}
		}
		const d = solve3(A, B);
		if (!d || !(Math.hypot(d[0], d[1], d[2]) <= reach(f - tr.last))) return false;
		const skel = new Float64Array(J * 3);
		for (let j = 0; j < J; j++) for (let k = 0; k < 3; k++) skel[3 * j + k] = pred[3 * j + k] + d[k];
		for (const v of views) {
			projectInto(v.c, skel, proj);
			if (!(fitProjected(v.c, v.cand, proj, v.mirrored) <= gateOf(v.c, v.cand))) return false;
		}
		for (let k = 0; k < 3; k++) tr.velocity[k] += .5 * d[k] / df;
		if (ray) {
			const along = tr.velocity[0] * ray[0] + tr.velocity[1] * ray[1] + tr.velocity[2] * ray[2];
			for (let k = 0; k < 3; k++) tr.velocity[k] -= along * ray[k];
		}
		const speed = Math.hypot(...tr.velocity), max = MAX_SPEED_MPS / fps;
		if (speed > max) for (let k = 0; k < 3; k++) tr.velocity[k] *= max / speed;
		tr.skel = skel;
		tr.centroid = ctx.centroid(skel) ?? tr.centroid;
		tr.last = f;
		tr.lastSlots = new Int32Array(C).fill(-1);
		for (const v of views) tr.lastSlots[v.c] = v.cand.slot;
		claimChains(tr, f, tr.lastSlots);
		return true;
	};
	const newTrack = (f, p) => {
		const tr = {
			frames: [],
			slots: [],
			views: [],
			skel: p.skel,
			centroid: p.centroid,
			velocity: [
				0,
				0,
				0
			],
			last: f,
			boneSum: new Float64Array(bones.length),
			boneSq: new Float64Array(bones.length),
			boneCount: new Int32Array(bones.length),
			reidentified: 0,
			lastSlots: new Int32Array(C).fill(-1),
			chain: new Int32Array(C).fill(-1),
			chainFrame: new Int32Array(C).fill(-1),
			maxViews: 0,
			filmingSum: 0,
			spans: []
		};
		record(tr, f, p);
		tracks.push(tr);
		return tr;
	};
	/**
	* Per camera, per detection, the slot of the detection of the frame before that it continues (−1 =
	* none), by the median keypoint distance, within the detection's gate.
	* Two detections of the frame before are two people: a detection that continues one of them is not
	* the other (a bystander near one camera who hides a person walking behind them stays the bystander,
	* whose detection lies where the person would be).
	*/
	const continuing = (c, now, before) => {
		const K = now.length, P = before.length, link = new Int32Array(K).fill(-1);
		if (K === 0 || P === 0) return link;
		const cost = new Float64Array(K * P);
		const mean = (k) => {
			let x = 0, y = 0, n = 0;
			for (let j = 0; j < J; j++) if (k.w[j] > 0) {
				x += k.x[j];
				y += k.y[j];
				n++;
			}
			return [x / n, y / n];
		};
		const mb = before.map(mean);
		for (let k = 0; k < K; k++) {
			const g = gateOf(c, now[k]), [mx, my] = mean(now[k]);
			for (let q = 0; q < P; q++) {
				if (Math.hypot(mx - mb[q][0], my - mb[q][1]) * focal[c] > 2 * g) {
					cost[k * P + q] = Infinity;
					continue;
				}
				let n = 0;
				for (let j = 0; j < J; j++) {
					if (!(now[k].w[j] > 0) || !(before[q].w[j] > 0)) continue;
					errs[n++] = Math.hypot(now[k].x[j] - before[q].x[j], now[k].y[j] - before[q].y[j]) * focal[c];
				}
				cost[k * P + q] = n < 3 ? Infinity : medianInPlace(errs, n) / g;
			}
		}
		for (let k = 0; k < K; k++) {
			let q = -1;
			for (let o = 0; o < P; o++) if (cost[k * P + o] <= 1 && (q < 0 || cost[k * P + o] < cost[k * P + q])) q = o;
			if (q < 0) continue;
			const e = cost[k * P + q];
			let clear = true;
			for (let o = 0; o < P && clear; o++) if (o !== q && cost[k * P + o] < 2 * e) clear = false;
			for (let o = 0; o < K && clear; o++) if (o !== k && cost[o * P + q] < 2 * e) clear = false;
			if (clear) link[k] = before[q].slot;
		}
		return link;
	};
	let lastLeftovers = [], foundLast = false, lastDiscover = -Infinity;
	let before = rig.cameras.map(() => []);
	const beforePool = [];
	for (let f = 0; f < frames; f++) {
		const cands = ctx.candidates(f);
		frameCands = cands;
		const links = cands.map((l, c) => continuing(c, l, before[c]));
		const claimed = rig.cameras.map((_, c) => new Set(tracks.filter((tr) => tr.last === f - 1 && tr.lastSlots[c] >= 0).map((tr) => tr.lastSlots[c])));
		const prevChains = chainOfSlot;
		chainOfSlot = cands.map((l, c) => {
			const m = /* @__PURE__ */ new Map();
			l.forEach((k, i) => {
				const from = links[c][i];
				const ch = from >= 0 ? prevChains[c].get(from) : void 0;
				if (ch !== void 0) m.set(k.slot, ch);
				else {
					m.set(k.slot, chainBirth.length);
					chainBirth.push(f);
				}
			});
			return m;
		});
		const liveChains = chainOfSlot.map((m) => new Set(m.values()));
		before = cands.map((l, c) => l.map((k, i) => {
			const pool = beforePool[c] ??= [];
			const b = pool[i] ??= {
				slot: 0,
				x: new Float64Array(J),
				y: new Float64Array(J),
				w: new Float64Array(J),
				valid: 0
			};
			b.slot = k.slot;
			b.valid = k.valid;
			b.x.set(k.x);
			b.y.set(k.y);
			b.w.set(k.w);
			return b;
		}));
		const used = cands.map((l) => new Uint8Array(l.length));
		const active = tracks.filter((t) => f - t.last <= horizon);
		const T = active.length;
		const predictions = active.map((tr) => {
			const df = f - tr.last;
			const out = new Float64Array(J * 3);
			for (let j = 0; j < J; j++) for (let k = 0; k < 3; k++) out[3 * j + k] = tr.skel[3 * j + k] + tr.velocity[k] * df;
			return out;
		});
		const chosen = active.map(() => []);
		const refused = active.map(() => /* @__PURE__ */ new Set());
		for (let c = 0; c < C; c++) {
			const K = cands[c].length;
			if (K === 0 || T === 0) continue;
			const cost = new Float64Array(T * K);
			const mirroredOf = new Uint8Array(T * K);
			const gates = cands[c].map((cand) => gateOf(c, cand));
			const boxes = cands[c].map(candBox);
			for (let t = 0; t < T; t++) {
				const pb = boxIn(c, predictions[t]);
				if (pb) projectInto(c, predictions[t], proj);
				const own = active[t].last === f - 1 ? active[t].lastSlots[c] : -1;
				for (let k = 0; k < K; k++) {
					const from = links[c][k];
					const ch = chainOfSlot[c].get(cands[c][k].slot) ?? -1, mine = active[t].chain[c];
					if (from >= 0 && (own >= 0 ? from !== own : claimed[c].has(from)) || mine >= 0 && ch !== mine && !liveChains[c].has(mine) && !everClaimed.has(ch) && chainBirth[ch] <= active[t].chainFrame[c]) {
						cost[t * K + k] = Infinity;
						refused[t].add(c * SLOT_KEY + cands[c][k].slot);
						continue;
					}
					const b = boxes[k], m = 1.5 * gates[k] / focal[c];
					if (pb && (b[0] > pb[2] + m || pb[0] > b[2] + m || b[1] > pb[3] + m || pb[1] > b[3] + m)) {
						cost[t * K + k] = Infinity;
						continue;
					}
					let e = fitProjected(c, cands[c][k], proj, false), mirrored = false;
					if (!(e <= .3 * gates[k])) {
						const em = fitProjected(c, cands[c][k], proj, true);
						if (em < e) {
							e = em;
							mirrored = true;
						}
					}
					mirroredOf[t * K + k] = mirrored ? 1 : 0;
					const g = gates[k];
					const bone = e <= 1.5 * g ? boneRatio(c, cands[c][k], predictions[t]) : NaN;
					const sized = e <= 1.5 * g && (Number.isNaN(bone) ? within(spreadRatio(c, cands[c][k], predictions[t]), MAX_SIZE_RATIO) : within(bone, MAX_SIZE_RATIO) && within(spreadRatio(c, cands[c][k], predictions[t]), MAX_SPREAD_RATIO));
					cost[t * K + k] = sized ? e / g : Infinity;
				}
			}
			const assigned = assignMinCost(cost, T, K, 1.5);
			for (let t = 0; t < T; t++) {
				const k = assigned[t];
				if (k >= 0) chosen[t].push({
					c,
					cand: cands[c][k],
					mirrored: mirroredOf[t * K + k] === 1,
					cost: cost[t * K + k]
				});
			}
		}
		const updated = new Uint8Array(T);
		const followed = /* @__PURE__ */ new Set();
		const followOr = (t, views) => {
			if (views.length > 0 && follow(active[t], predictions[t], views, f)) followed.add(active[t]);
		};
		for (let t = 0; t < T; t++) {
			let views = chosen[t];
			if (views.length < 2) {
				followOr(t, views);
				continue;
			}
			let skel = ctx.skeleton(views.map((v) => [v.c, v.cand]), views.map((v) => v.mirrored));
			const joint = views.map((v) => ctx.fitAs(v.c, v.cand, skel, v.mirrored) / gateOf(v.c, v.cand));
			const clear = joint.every((e) => e <= .25);
			const keep = views.map((v, i) => {
				if (views.length < 3 || clear) return joint[i] <= 1;
				const others = views.filter((_, k) => k !== i);
				return ctx.fitAs(v.c, v.cand, ctx.skeleton(others.map((o) => [o.c, o.cand]), others.map((o) => o.mirrored)), v.mirrored) <= gateOf(v.c, v.cand);
			});
			if (keep.some((k) => !k)) {
				views = views.filter((_, i) => keep[i]);
				if (views.length < 2) {
					followOr(t, views);
					continue;
				}
				skel = ctx.skeleton(views.map((v) => [v.c, v.cand]), views.map((v) => v.mirrored));
			}
			const centroid = ctx.centroid(skel);
			if (!centroid || triangulated(skel) < MIN_TRIANGULATED) {
				followOr(t, views);
				continue;
			}
			const tr = active[t];
			if (views.length === 2 && boneMismatch(tr, skel) > MAX_BONE_MISMATCH) {
				followOr(t, [views[0].cost <= views[1].cost ? views[0] : views[1]]);
				continue;
			}
			if (distanceTo(tr, skel, centroid, f - tr.last) > reach(f - tr.last)) continue;
			const slots = new Int32Array(C).fill(-1);
			for (const v of views) {
				slots[v.c] = v.cand.slot;
				used[v.c][cands[v.c].indexOf(v.cand)] = 1;
			}
			record(tr, f, {
				slots,
				skel,
				views: views.length,
				cost: 0,
				centroid
			});
			updated[t] = 1;
			if (triangulated(skel) < triangulated(predictions[t])) {
				const d = shift(predictions[t], skel);
				if (d) {
					const whole = Float64Array.from(skel);
					for (let j = 0; j < J; j++) {
						if (Number.isFinite(whole[3 * j])) continue;
						for (let k = 0; k < 3; k++) whole[3 * j + k] = predictions[t][3 * j + k] + d[k];
					}
					tr.skel = whole;
				}
			}
		}
		const leftovers = used.map((u) => u.length - u.reduce((a, b) => a + b, 0));
		const grew = leftovers.some((n, c) => n > (lastLeftovers[c] ?? 0));
		lastLeftovers = leftovers;
		if (!grew && !foundLast && f - lastDiscover < DISCOVER_EVERY) continue;
		lastDiscover = f;
		const recent = tracks.filter((tr) => (tr.last < f && f - tr.last <= horizon || followed.has(tr)) && !active.some((a, t) => a === tr && updated[t]));
		const allowed = (tr, p) => {
			if (!followed.has(tr)) return true;
			const r = refused[active.indexOf(tr)];
			if (p.slots.some((slot, c) => slot >= 0 && r.has(c * SLOT_KEY + slot))) return false;
			return p.views > 2 || !(boneMismatch(tr, p.skel) > MAX_BONE_MISMATCH);
		};
		const resumes = (p) => recent.some((tr) => {
			if (!allowed(tr, p)) return false;
			const bone = boneMismatch(tr, p.skel);
			return distanceTo(tr, p.skel, p.centroid, f - tr.last) <= reach(f - tr.last) && (bone <= MAX_BONE_MISMATCH || Number.isNaN(bone));
		});
		const fresh = ctx.discover(cands, used).map(wholeSkeleton).filter((p) => p !== null && (asymmetry(p.skel) <= MAX_ASYMMETRY || p.views >= 3 && Number.isNaN(asymmetry(p.skel))) && humanSized(p.skel) && (resumes(p) || p.views >= Math.max(2, Math.ceil(MIN_VIEW_SHARE * filming(p.centroid))) && (p.views >= 3 || agrees(p) && unexplainedAbsences(p) === 0)) && !active.some((tr, t) => (updated[t] || followed.has(tr) && !allowed(tr, p)) && meanJointDistance(tr.skel, p.skel) < DUPLICATE_M));
		foundLast = fresh.length > 0;
		if (fresh.length === 0) continue;
		const lost = tracks.filter((tr) => (tr.last < f || followed.has(tr)) && !active.some((a, t) => a === tr && updated[t]));
		const L = lost.length;
		const cost = new Float64Array(fresh.length * Math.max(L, 1)).fill(Infinity);
		for (let i = 0; i < fresh.length; i++) for (let l = 0; l < L; l++) {
			const tr = lost[l], df = f - tr.last;
			if (!allowed(tr, fresh[i])) continue;
			const d = distanceTo(tr, fresh[i].skel, fresh[i].centroid, df);
			if (d > reach(df)) continue;
			const bone = boneMismatch(tr, fresh[i].skel);
			if (df > horizon && !(bone <= MAX_BONE_MISMATCH)) continue;
			const b = Number.isFinite(bone) ? bone / MAX_BONE_MISMATCH : .5;
			cost[i * L + l] = d / reach(df) + (df > horizon ? b : .5 * Math.min(1, b));
		}
		const match = L ? assignMinCost(cost, fresh.length, L, 2) : new Int32Array(fresh.length).fill(-1);
		for (let i = 0; i < fresh.length; i++) if (match[i] >= 0) {
			const tr = lost[match[i]];
			if (f - tr.last > horizon) tr.reidentified++;
			record(tr, f, fresh[i]);
		} else newTrack(f, fresh[i]);
	}
	const minFrames = opts.minFrames ?? Math.max(2, Math.min(10, Math.floor(frames / 4)));
	const boneCv = (t) => {
		const cv = [];
		for (let i = 0; i < bones.length; i++) {
			const n = t.boneCount[i];
			if (n < 5) continue;
			const m = t.boneSum[i] / n;
			cv.push(Math.sqrt(Math.max(0, t.boneSq[i] / n - m * m)) / m);
		}
		return upperMedian(cv);
	};
	const medianSpan = (t) => {
		const v = t.spans.filter(Number.isFinite);
		return v.length ? upperMedian(v) : NaN;
	};
	const chance = (t) => t.maxViews <= 2 && (t.filmingSum >= 3 * t.frames.length || medianSpan(t) > MAX_SPAN_M) || boneCv(t) > MAX_BONE_CV;
	for (const t of tracks) {
		const runs = [];
		t.frames.forEach((f, k) => {
			if (k > 0 && f - t.frames[k - 1] <= horizon) runs[runs.length - 1][1] = k;
			else runs.push([k, k]);
		});
		if (runs.length < 2) continue;
		const longest = runs.reduce((a, b) => b[1] - b[0] > a[1] - a[0] ? b : a);
		const keep = runs.filter((r) => r === longest || r[1] - r[0] + 1 >= CONFIRM_FRAMES);
		if (keep.length === runs.length) continue;
		const ks = keep.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
		t.frames = ks.map((k) => t.frames[k]);
		t.slots = ks.map((k) => t.slots[k]);
		t.views = ks.map((k) => t.views[k]);
		t.reidentified = keep.length - 1;
	}
	let kept = tracks.filter((t) => t.frames.length >= minFrames && !chance(t));
	if (typeof opts.people === "number" && kept.length > opts.people) kept = [...kept].sort((a, b) => b.frames.length - a.frames.length).slice(0, opts.people);
	kept.sort((a, b) => a.frames[0] - b.frames[0]);
	return {
		people: kept.map((tr, i) => {
			const selection = new Int32Array(frames * C).fill(-1);
			const views = new Uint8Array(frames);
			tr.frames.forEach((f, k) => {
				selection.set(tr.slots[k], f * C);
				views[f] = tr.views[k];
			});
			return {
				id: i + 1,
				selection,
				views,
				firstFrame: tr.frames[0],
				lastFrame: tr.frames[tr.frames.length - 1],
				framesSeen: tr.frames.length,
				reidentified: tr.reidentified
			};
		}),
		droppedTracks: tracks.length - kept.length
	};
}
/** Solves the 3 × 3 system A x = b (row-major A) by Cramer's rule; null when singular. */
function solve3(A, b) {
	const det = (m) => m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
	const D = det(A);
	if (!(Math.abs(D) > 1e-300)) return null;
	const out = [
		0,
		0,
		0
	];
	for (let i = 0; i < 3; i++) {
		const m = Float64Array.from(A);
		for (let r = 0; r < 3; r++) m[3 * r + i] = b[r];
		out[i] = det(m) / D;
	}
	return out;
}
// src/triangulate/triangulatePeople.ts
/**
* Triangulates every person seen by ≥ 2 cameras (settings.people = "all") or the N seen longest
* (a number). Person ids are 1-based, in order of first appearance, and stay with the person for the
* whole take. settings.people = "subject" is an error here: use triangulate().
*/
function triangulatePeople(sequences, rig, settings = {}, opts = {}) {
	const s = triangulateSettingsSchema.parse(settings);
	if (s.people === "subject") throw new UserError("triangulatePeople needs triangulation.people = \"all\" or a number; \"subject\" triangulates one person");
	if (sequences.length !== rig.cameras.length || sequences.length === 0) return {
		people: [{
			...emptyPerson(),
			result: triangulate(sequences, rig, s, opts)
		}],
		frames: 0,
		droppedTracks: 0
	};
	const prepared = rig.cameras.map(prepareCamera);
	const pixelScale = imageScales(sequences, rig, []);
	const frames = Math.max(...sequences.map((q) => q.frames));
	const assoc = associatePeople(sequences, rig, prepared, s, { people: s.people }, pixelScale, new FrameWindow(sequences, opts.chunkFrames));
	return {
		people: assoc.people.map(({ selection, ...person }) => ({
			...person,
			result: triangulate(sequences, rig, s, {
				...opts,
				selection
			})
		})),
		frames,
		droppedTracks: assoc.droppedTracks
	};
}
function emptyPerson() {
	return {
		id: 1,
		views: /* @__PURE__ */ new Uint8Array(0),
		firstFrame: 0,
		lastFrame: -1,
		framesSeen: 0,
		reidentified: 0
	};
}
// web/peoplePipeline.ts
/**
* Runs the several-people stages on the synchronised 2D of the cameras (rig order) and puts every
* file into `outputs` (session-relative path → bytes). `base` is what the triangulation metadata
* records about the inputs (cameras, calibration, the pairing's and sync's warnings).
*/
async function runPeopleStages(args) {
	const { settings, sequences, rig, outputs, bytesOf, events } = args;
	const encoder = new TextEncoder();
	events.stage("triangulate", "start", "several people");
	const r = triangulatePeople(sequences, rig, settings.triangulation);
	if (r.people.length === 0) events.warning(nobodySeenWarning(r.droppedTracks, ""));
	for (const p of r.people) {
		outputs.set(personFile(OUTPUT.raw, p.id), encodePoints3dFile(p.result.points, personMeta(p, args.base)));
		outputs.set(personFile(OUTPUT.rawTrc, p.id), bytesOf(formatTrc(p.result.points, {
			axes: settings.output.trc_axes,
			fileName: OUTPUT.rawTrc.split("/").pop()
		})));
	}
	const people = peopleFileOf(r, sequences[0].fps);
	outputs.set(OUTPUT.people, encoder.encode(encodePeopleFile(people)));
	const ids = people.people.map((p) => p.id);
	events.stage("triangulate", "done", `${ids.length} ${ids.length === 1 ? "person" : "people"} (${people.people.map((p) => `person ${p.id}: ${p.framesSeen} frames`).join(", ")})`);
	events.stage("filter", "start");
	for (const id of ids) {
		const raw = decodePoints3dFile(outputs.get(personFile(OUTPUT.raw, id)), personFile(OUTPUT.raw, id));
		outputs.set(personFile(OUTPUT.filtered, id), encodePoints3dFile(filterPoints(raw.points, settings.filter), raw.meta));
	}
	events.stage("filter", "done", `${ids.length} ${ids.length === 1 ? "person" : "people"}`);
	events.stage("export", "start");
	for (const id of ids) {
		const file = decodePoints3dFile(outputs.get(personFile(OUTPUT.filtered, id)), personFile(OUTPUT.filtered, id));
		for (const f of settings.output.formats) outputs.set(personFile(EXPORT_FILES[f], id), bytesOf(await exportFormat(f, file, settings)));
	}
	events.stage("export", "done", `${settings.output.formats.join(", ")} × ${ids.length}`);
	let verdict = "";
	if (settings.output.report) {
		events.stage("report", "start");
		const sections = [];
		for (const id of ids) {
			const raw = decodePoints3dFile(outputs.get(personFile(OUTPUT.raw, id)), personFile(OUTPUT.raw, id));
			const filtered = decodePoints3dFile(outputs.get(personFile(OUTPUT.filtered, id)), personFile(OUTPUT.filtered, id));
			const { report, section } = personReport({
				session: args.session,
				id,
				settings,
				rig,
				sequences,
				raw: raw.points,
				filtered: filtered.points,
				rawMeta: raw.meta
			});
			outputs.set(personFile(OUTPUT.reportHtml, id), bytesOf(report.html));
			outputs.set(personFile(OUTPUT.reportJson, id), bytesOf(`${JSON.stringify(report.json, null, 1)}\n`));
			sections.push(section);
		}
		outputs.set(OUTPUT.reportJson, bytesOf(peopleOverviewJson(people, sections)));
		outputs.set(OUTPUT.reportHtml, bytesOf(peopleOverviewHtml(args.session, people, sections)));
		const v = peopleVerdict(people, sections.map((s) => s.verdict));
		verdict = `${v.level.toUpperCase()}: ${v.headline}`;
		events.stage("report", "done", verdict);
	}
	return {
		people,
		verdict,
		frames: r.frames
	};
}
// src/core/videoFiles.ts
/** Video file extensions openmocap reads (lower case, with the dot). ffmpeg decodes them all. */
var VIDEO_EXTENSIONS = [
	".mp4",
	".mov",
	".avi",
	".mkv",
	".webm",
	".m4v",
	".mpg",
	".mpeg",
	".wmv",
	".mts"
];
var extensionOf = (name) => {
	const dot = name.lastIndexOf(".");
	return dot > 0 ? name.slice(dot).toLowerCase() : "";
};
/** Whether a file name is a video openmocap reads (hidden files are not). */
function isVideoFileName(name) {
	return !name.startsWith(".") && VIDEO_EXTENSIONS.includes(extensionOf(name));
}
/** The camera a video file stands for: its name without the extension. */
function cameraOfVideo(name) {
	const base = name.split(/[\\/]/).pop() ?? name;
	return base.slice(0, base.length - extensionOf(base).length);
}
// web/pipeline.ts
/**
* The calibration file to use, as the CLI chooses it: [project].calibration when set, else
* calibration.toml, else the only .toml (not mocap.toml) or .qca.txt given.
*/
function chooseCalibration(files, settings) {
	const given = settings.project.calibration;
	const rel = (p) => p.startsWith(`${files.name}/`) ? p.slice(files.name.length + 1) : p;
	if (given) {
		const want = given.replace(/^\.\//, "");
		const hit = files.calibrations.find((f) => rel(f.path) === want) ?? files.calibrations.find((f) => f.path.endsWith(`/${want}`) || f.path === want.split("/").pop());
		if (!hit) throw new UserError(`project.calibration points to ${given}, which is not among the files given (${files.calibrations.map((c) => c.path).join(", ")}); add it or fix the path in mocap.toml`);
		return hit;
	}
	if (!files.calibrations.length) return null;
	const named = files.calibrations.filter((f) => f.path.split("/").pop().toLowerCase() === "calibration.toml");
	const candidates = named.length ? named : files.calibrations;
	if (candidates.length > 1) throw new UserError(`several calibration files (${candidates.map((c) => c.path).join(", ")}); give only the one to use, name it calibration.toml, or name it in mocap.toml: [project] calibration = "<file>"`);
	return candidates[0];
}
/** Sorts dropped or picked files into a session: videos (file stem = camera), calibration, mocap.toml. */
function sortInputs(files) {
	const base = (p) => p.split("/").pop();
	const root = files[0]?.path.includes("/") ? files[0].path.split("/")[0] : "session";
	const videos = files.filter((f) => isVideoFileName(base(f.path))).filter((f) => !/(^|\/)calibration\//.test(f.path)).sort((a, b) => base(a.path) < base(b.path) ? -1 : 1).map((f) => ({
		camera: cameraOfVideo(base(f.path)),
		path: f.path,
		file: f.file
	}));
	const settingsFile = files.find((f) => base(f.path).toLowerCase() === SETTINGS_FILE);
	const calibrations = files.filter((f) => isCalibrationFile(base(f.path)));
	if (!videos.length) throw new UserError("no videos among the files given; pick one video per camera (the file name is the camera name) and the calibration file");
	const seen = /* @__PURE__ */ new Map();
	for (const v of videos) {
		const prev = seen.get(v.camera.toLowerCase());
		if (prev) throw new UserError(`two videos for camera ${v.camera} (${prev} and ${v.path}); give one video per camera`);
		seen.set(v.camera.toLowerCase(), v.path);
	}
	return {
		name: root,
		videos,
		calibrations,
		settingsFile
	};
}
var encoder = new TextEncoder();
var bytesOf = (x) => {
	if (typeof x === "string") return encoder.encode(x);
	if (x instanceof Uint8Array) return x;
	const parts = [...x].map((p) => typeof p === "string" ? encoder.encode(p) : p);
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
};
/** Runs one camera's detection in its own worker. Rejects with the worker's one-line message. */
function detectCamera(job, events, signal) {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL(
			/* @vite-ignore */
			new URL("detectWorker-CRVhJH7i.js", import.meta.url).href,
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
			if (m.type === "backend") events.backend(m.camera, m);
			else if (m.type === "progress") events.camera(m.camera, m);
			else if (m.type === "result") {
				finish();
				resolve(m);
			} else if (m.type === "error") {
				finish();
				reject(new UserError(m.message));
			}
		};
		worker.onerror = (e) => {
			finish();
			reject(new UserError(`${job.file.name}: the detection worker stopped (${e.message || "script error"})`));
		};
		worker.postMessage(job);
	});
}
/** Reads and checks the settings and the calibration before any slow work (calibration null: videos alone, from the person). */
async function readSessionSetup(files) {
	const settingsPath = files.settingsFile?.path ?? "mocap.toml";
	const { settings } = parseSettings(files.settingsFile ? await files.settingsFile.file.text() : "", settingsPath);
	const calibrationFile = chooseCalibration(files, settings);
	if (!calibrationFile) return {
		settings,
		calibration: null,
		calibrationFile: null
	};
	const calibration = parseCalibrationText(await calibrationFile.file.text(), calibrationFile.path, settings.project.calibration_units);
	const placed = calibration.rig.cameras.filter((c) => [...c.rotation, ...c.translation].some((x) => x !== 0));
	if (calibration.rig.cameras.length >= 2 && placed.length === 0) throw new UserError(`${calibrationFile.path} has the cameras' intrinsics but not where they are (every rotation and translation is zero); calibrate the extrinsics with "openmocap calibrate" first`);
	return {
		settings,
		calibration,
		calibrationFile
	};
}
/** Detection on every video: one worker per camera, a few at a time; a failed camera is reported, the others go on. */
async function detectAll(videos, detect, opts, events) {
	const finder = resolveFinder(detect);
	const parallel = Math.max(1, Math.min(videos.length, opts.workers ?? (detect.workers || navigator.hardwareConcurrency || 2)));
	const out = {
		named: [],
		seeing: /* @__PURE__ */ new Set(),
		failed: [],
		detectMs: {},
		detectFps: {}
	};
	let next = 0;
	const runNext = async () => {
		while (next < videos.length) {
			const v = videos[next++];
			if (opts.signal?.aborted) return;
			try {
				const r = await detectCamera({
					camera: v.camera,
					file: v.file,
					model: detect.model,
					finder,
					options: {
						maxPersons: detect.max_persons,
						minPersonScore: detect.min_person_score,
						searchIntervalFrames: detect.search_interval_frames,
						cropPadding: detect.crop_padding,
						recrop: detect.recrop,
						flipTest: detect.flip_test,
						feetIntervalFrames: detect.feet_interval_frames
					},
					maxDecodeSize: detect.max_decode_size,
					minScore: detect.min_score,
					maxFrames: opts.maxFrames,
					backend: opts.backend,
					modelBase: opts.modelBase,
					wasmBase: opts.wasmBase
				}, events, opts.signal);
				out.detectMs[v.camera] = r.detectMs;
				out.detectFps[v.camera] = r.framesPerSecond;
				const bytes = encodePose2d(r.sequence);
				out.named.push({
					...decodePose2d(bytes, `pose2d/${v.camera}${POSE2D_EXTENSION}`),
					camera: v.camera,
					source: v.path
				});
				if (r.seesAnyone) out.seeing.add(v.camera);
				else events.warning(nobodyInCamera(v.camera, v.path, r.sequence.frames));
				events.camera(v.camera, { done: true });
			} catch (err) {
				if (err.name === "AbortError") return;
				const message = err.message.split("\n")[0];
				out.failed.push(v.camera);
				events.camera(v.camera, { error: message });
			}
		}
	};
	await Promise.all(Array.from({ length: parallel }, runNext));
	if (opts.signal?.aborted) throw new DOMException("cancelled", "AbortError");
	const order = new Map(videos.map((v, i) => [v.camera, i]));
	out.named.sort((a, b) => order.get(a.camera) - order.get(b.camera));
	return out;
}
/** Runs the pipeline on the files of one session. */
async function runPipeline(files, opts, events) {
	const setup = await readSessionSetup(files);
	const { settings } = setup;
	if (opts.people !== void 0) settings.triangulation = {
		...settings.triangulation,
		people: opts.people
	};
	const outputs = /* @__PURE__ */ new Map();
	const warnings = [];
	const detect = settings.detect;
	let videos = files.videos;
	if (settings.project.cameras) videos = restrictCameras(videos, settings, `videos in ${files.name}/videos`, files.settingsFile?.path ?? "mocap.toml");
	if (videos.length < 2) throw new UserError(`only 1 camera (${videos[0]?.camera}) given: openmocap needs 2 or more synchronised cameras; add the other cameras' videos`);
	let calibration = setup.calibration;
	let calibrationFile = setup.calibrationFile;
	let fromPerson = null;
	if (!calibration || !calibrationFile) {
		fromPerson = await calibrateInPage(files, videos, settings, opts, events, (v, d) => detectAll(v, d, opts, events));
		for (const [path, bytes] of fromPerson.outputs) outputs.set(path, bytes);
		calibrationFile = {
			path: "calibration.toml",
			file: new File([fromPerson.calibrationToml], "calibration.toml", { type: "text/plain" })
		};
		calibration = parseCalibrationText(fromPerson.calibrationToml, calibrationFile.path, settings.project.calibration_units);
	}
	if ((settings.triangulation.people === "all" ? 2 : settings.triangulation.people === "subject" ? 1 : settings.triangulation.people) > detect.max_persons) events.warning(`[detect] max_persons = ${detect.max_persons} (${files.settingsFile?.path ?? "default"}) keeps at most ${detect.max_persons} ${detect.max_persons === 1 ? "person" : "people"} per camera, fewer than [triangulation] people = ${JSON.stringify(settings.triangulation.people)} asks for; raise max_persons in mocap.toml to find everyone`);
	events.stage("detect", "start");
	const reuse = fromPerson?.detected && fromPerson.model === detect.model ? fromPerson.detected : null;
	const { named, failed, detectMs, detectFps } = reuse ?? await detectAll(videos, detect, opts, events);
	for (const q of named) outputs.set(`pose2d/${q.camera}${POSE2D_EXTENSION}`, encodePose2d(q));
	for (const c of failed) warnings.push({
		code: "camera-failed",
		message: `camera ${c} was left out: its video could not be processed (see its message)`
	});
	events.stage("detect", failed.length ? "failed" : "done", failed.length ? `${failed.length} camera(s) failed: ${failed.join(", ")}` : reuse ? `kept the keypoints found for the calibration (${detect.model})` : void 0);
	const paired = pairWithCalibration(named, calibration, settings, {
		pose2dDir: `${files.name}/pose2d`,
		calibrationRel: calibrationFile.path,
		settingsFile: files.settingsFile?.path ?? "mocap.toml",
		blindFile: (camera, source) => source ?? `${files.name}/videos/${camera}`
	}, warnings);
	const { syncFile, sequences } = syncStage(paired.sequences, paired.rig, settings, files, events);
	outputs.set(SYNC_FILE, encoder.encode(syncFile.text));
	const calibrationRel = calibrationFile.path.includes("/") ? calibrationFile.path.split("/").slice(1).join("/") : calibrationFile.path;
	const base = {
		cameras: sequences.map((s) => s.camera),
		calibrationCameras: paired.rig.cameras.map((c) => c.name),
		calibrationFile: calibrationRel,
		warnings: [...paired.warnings, ...syncWarnings(syncFile.file)]
	};
	const done = {
		settings,
		calibrationFile,
		calibrationRig: calibration.rig,
		fromPerson: fromPerson ? {
			lines: fromPerson.lines,
			model: fromPerson.model
		} : null,
		outputs,
		cameras: base.cameras,
		notes: paired.notes,
		detectMs,
		detectFps,
		sync: syncFile.file
	};
	if (settings.triangulation.people !== "subject") {
		const run = await runPeopleStages({
			session: files.name,
			settings,
			sequences,
			rig: paired.rig,
			base,
			outputs,
			bytesOf,
			events
		});
		return {
			...done,
			warnings: base.warnings,
			verdict: run.verdict,
			frames: run.frames,
			people: run.people
		};
	}
	events.stage("triangulate", "start");
	const result = triangulate(sequences, paired.rig, settings.triangulation);
	const meta = {
		cameras: base.cameras,
		calibrationCameras: base.calibrationCameras,
		calibrationFile: base.calibrationFile,
		gaps: result.gaps,
		warnings: [...base.warnings, ...result.warnings],
		subject: result.subject
	};
	const rawBytes = encodePoints3dFile(result.points, meta);
	outputs.set(OUTPUT.raw, rawBytes);
	outputs.set(OUTPUT.rawTrc, bytesOf(formatTrc(result.points, {
		axes: settings.output.trc_axes,
		fileName: OUTPUT.rawTrc.split("/").pop()
	})));
	events.stage("triangulate", "done", `${meta.cameras.length} cameras, ${result.points.frames} frames`);
	events.stage("filter", "start");
	const raw = decodePoints3dFile(rawBytes, OUTPUT.raw);
	const filtered = filterPoints(raw.points, settings.filter);
	const filteredBytes = encodePoints3dFile(filtered, raw.meta);
	outputs.set(OUTPUT.filtered, filteredBytes);
	events.stage("filter", "done");
	events.stage("export", "start");
	const file = decodePoints3dFile(filteredBytes, OUTPUT.filtered);
	for (const f of settings.output.formats) outputs.set(EXPORT_FILES[f], bytesOf(await exportFormat(f, file, settings)));
	events.stage("export", "done", settings.output.formats.join(", "));
	let verdict = "";
	if (settings.output.report) {
		events.stage("report", "start");
		const report = buildReport({
			sync: syncSectionOf(syncFile.file, paired.sequences, reportMinScore(settings)),
			title: files.name,
			rig: paired.rig,
			sequences,
			raw: raw.points,
			filtered: file.points,
			gaps: meta.gaps,
			warnings: meta.warnings,
			minScore: reportMinScore(settings),
			subject: meta.subject,
			files: [
				OUTPUT.rawTrc,
				...settings.output.formats.map((f) => EXPORT_FILES[f]),
				OUTPUT.reportHtml,
				OUTPUT.reportJson
			]
		});
		outputs.set(OUTPUT.reportHtml, bytesOf(report.html));
		outputs.set(OUTPUT.reportJson, bytesOf(`${JSON.stringify(report.json, null, 1)}\n`));
		verdict = `${report.quality.verdict.level.toUpperCase()}: ${report.quality.verdict.headline}`;
		events.stage("report", "done", verdict);
	}
	return {
		...done,
		warnings: meta.warnings,
		verdict,
		frames: filtered.frames,
		people: null
	};
}
/**
* The sync stage in the page: estimates each camera's start (syncCameras, as `openmocap sync` does, on
* the 2D keypoints with the reprojection refinement) and puts every camera's 2D on the reference
* camera's frames exactly as the CLI does after reading output/sync.json back.
*/
function syncStage(sequences, rig, settings, files, events) {
	events.stage("sync", "start");
	if (settings.sync.method === "audio") throw new UserError(`sync.method = "audio" in ${files.settingsFile?.path ?? "mocap.toml"}, but the web app does not read the videos' sound; use "auto" or "keypoints" there, or run "openmocap process" on the command line`);
	const r = syncCameras({
		sequences,
		rig
	}, syncOptionsOf(settings));
	for (const w of r.warnings) events.warning(w.message);
	const text = encodeSyncFile(r);
	const file = parseSyncFile(text, `${SYNC_FILE} could not be written`);
	const others = Object.entries(file.cameras).filter(([, c]) => c.method !== "reference");
	events.stage("sync", "done", r.inSync ? `reference ${file.reference}; already in sync` : `reference ${file.reference}; ${others.map(([n, c]) => `${n} ${c.start_s >= 0 ? "+" : ""}${c.start_s.toFixed(3)} s (${c.method})`).join(", ")}`);
	return {
		syncFile: {
			text,
			file
		},
		sequences: applySync(sequences, syncClocks(file))
	};
}
// src/session/settingsText.ts
var header = (line) => /^\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(#.*)?$/.exec(line)?.[1] ?? null;
/**
* `text` with `[section] key = value` (value as TOML, e.g. '"all"' or '3'): the key's line replaced
* when the section has it, else added under the section's header, else a new section at the end.
* The result is checked with the settings schema (a UserError names the file when it would not load).
*/
function withSettingValue(text, section, key, value, file = "mocap.toml") {
	const lines = text.split("\n");
	const line = `${key} = ${value}`;
	const start = lines.findIndex((l) => header(l) === section);
	if (start < 0) {
		const body = text.length && !text.endsWith("\n") ? `${text}\n` : text;
		return check(`${body}${body.trim() ? "\n" : ""}[${section}]\n${line}\n`, file);
	}
	let end = lines.findIndex((l, i) => i > start && /^\s*\[/.test(l));
	if (end < 0) end = lines.length;
	const keyRe = new RegExp(`^\\s*${key}\\s*=`);
	const at = lines.findIndex((l, i) => i > start && i < end && keyRe.test(l));
	if (at >= 0) lines[at] = line;
	else lines.splice(start + 1, 0, line);
	return check(lines.join("\n"), file);
}
function check(text, file) {
	parseSettings(text, file);
	return text;
}
// web/sessionFiles.ts
/** Session-relative path of an input file in the session layout. */
function sessionPathOf(_files, which) {
	if (which === "settings") return "mocap.toml";
	if (which.camera !== void 0) return `videos/${which.path.split("/").pop()}`;
	return which.path.includes("/") ? which.path.split("/").slice(1).join("/") : which.path;
}
/** The viewer's session index for the in-memory session (URLs of the files come separately). */
function buildIndex(files, result, rig) {
	const has = (f) => result.outputs.has(f) ? f : null;
	const ids = result.people?.people.map((p) => p.id) ?? [];
	const points3d = [{
		file: OUTPUT.filtered,
		kind: "p3d",
		filtered: true
	}, {
		file: OUTPUT.raw,
		kind: "p3d",
		filtered: false
	}].map((p) => ids.length ? {
		...p,
		file: personFile(p.file, ids[0])
	} : p).filter((p) => result.outputs.has(p.file));
	return {
		format: "openmocap-session-index",
		version: 1,
		name: files.name,
		calibration: {
			file: sessionPathOf(files, result.calibrationFile),
			rig
		},
		videos: files.videos.filter((v) => result.cameras.includes(v.camera)).map((v) => ({
			camera: v.camera,
			file: sessionPathOf(files, v),
			bytes: v.file.size
		})),
		pose2d: [...result.outputs.keys()].filter((f) => f.startsWith("pose2d/")).map((f) => ({
			camera: f.slice(7).replace(/\.pose2d$/, ""),
			file: f,
			kind: "pose2d"
		})),
		points3d,
		people: ids.flatMap((id) => {
			const file = [OUTPUT.filtered, OUTPUT.raw].map((f) => personFile(f, id)).find((f) => result.outputs.has(f));
			return file ? [{
				id,
				file
			}] : [];
		}),
		trcAxes: result.settings.output.trc_axes,
		reportJson: has(OUTPUT.reportJson),
		reportHtml: has(OUTPUT.reportHtml),
		jointAnglesCsv: has("output/joint_angles.csv"),
		outputs: [...result.outputs].filter(([f]) => f.startsWith("output/")).map(([file, b]) => ({
			file,
			bytes: b.byteLength
		})),
		missing: [],
		notes: [],
		sync: result.outputs.has(OUTPUT.sync) ? {
			file: OUTPUT.sync,
			cameras: Object.fromEntries(Object.entries(result.sync.cameras).map(([c, k]) => [c, {
				start_s: k.start_s,
				rate_ppm: k.rate_ppm
			}]))
		} : null
	};
}
/**
* Zips the session: the inputs as given (videos stored, read in pieces, not held whole) and the
* outputs. The videos are dated a minute before the 2D keypoints, so `openmocap process` on the
* unzipped folder keeps those keypoints (same model, newer than the video) instead of detecting again.
*/
async function zipSession(files, result, onProgress = () => {}) {
	const parts = [];
	let failure;
	const zip = new Zip((err, chunk) => {
		if (err) failure = err;
		else parts.push(chunk);
	});
	const now = Date.now();
	const root = `${files.name}/`;
	const total = files.videos.reduce((s, v) => s + v.file.size, 0) || 1;
	let done = 0;
	for (const v of files.videos) {
		const entry = new ZipPassThrough(root + sessionPathOf(files, v));
		entry.mtime = now - 6e4;
		zip.add(entry);
		const reader = v.file.stream().getReader();
		for (;;) {
			const { value, done: end } = await reader.read();
			if (end) break;
			entry.push(value);
			done += value.byteLength;
			onProgress(done / total);
		}
		entry.push(/* @__PURE__ */ new Uint8Array(0), true);
	}
	const addBytes = (path, bytes) => {
		const entry = new ZipDeflate(root + path, { level: 6 });
		entry.mtime = now;
		zip.add(entry);
		entry.push(bytes, true);
	};
	for (const c of files.calibrations) addBytes(sessionPathOf(files, c), new Uint8Array(await c.file.arrayBuffer()));
	const settingsText = files.settingsFile ? await files.settingsFile.file.text() : "";
	const people = result.settings.triangulation.people;
	if (parseSettings(settingsText, "mocap.toml").settings.triangulation.people !== people) addBytes("mocap.toml", new TextEncoder().encode(withSettingValue(settingsText, "triangulation", "people", JSON.stringify(people))));
	else if (files.settingsFile) addBytes("mocap.toml", new Uint8Array(await files.settingsFile.file.arrayBuffer()));
	for (const [path, bytes] of result.outputs) addBytes(path, bytes);
	zip.end();
	if (failure) throw failure;
	return new Blob(parts, { type: "application/zip" });
}
// web/main.ts
var $ = (id) => document.getElementById(id);
var params = new URLSearchParams(location.search);
var handle = {
	state: "idle",
	error: null,
	messages: [],
	backends: {},
	cameraErrors: {},
	outputs: {},
	detectMs: {},
	detectFps: {},
	frames: 0,
	verdict: "",
	fromPerson: null,
	peopleSetting: "subject",
	people: null,
	outputBase64: () => null,
	crossOriginIsolated: self.crossOriginIsolated
};
window.openmocapApp = handle;
var chosen;
var controller;
var result;
var blobUrls = [];
if (params.get("backend")) $("backend").value = params.get("backend");
function showPeopleSetting(value) {
	const select = $("people");
	const v = String(value);
	if (![...select.options].some((o) => o.value === v)) select.add(new Option(`the ${v} seen longest`, v));
	select.value = v;
	handle.peopleSetting = v;
}
function chosenPeopleSetting() {
	const v = $("people").value;
	return v === "subject" || v === "all" ? v : Number(v);
}
$("people").addEventListener("change", () => handle.peopleSetting = $("people").value);
function message(text, kind) {
	const li = document.createElement("li");
	li.className = kind;
	li.textContent = text;
	$("messages").appendChild(li);
	$("messages").hidden = false;
	handle.messages.push(`${kind}: ${text}`);
}
function clearMessages() {
	$("messages").textContent = "";
	$("messages").hidden = true;
	handle.messages = [];
}
async function choose(files) {
	clearMessages();
	chosen = void 0;
	$("process").disabled = true;
	try {
		const session = sortInputs(files);
		const setup = await readSessionSetup(session);
		chosen = session;
		showPeopleSetting(setup.settings.triangulation.people);
		$("chosen").textContent = `${session.name}: ${session.videos.length} videos (${session.videos.map((v) => v.camera).join(", ")}), ${setup.calibrationFile ? `calibration ${setup.calibrationFile.path}` : "no calibration: the cameras will be calibrated from the person"}${session.settingsFile ? `, settings ${session.settingsFile.path}` : ", default settings"}`;
		$("process").disabled = false;
		handle.state = "ready";
		if (params.get("autostart") === "1") processChosen();
	} catch (err) {
		$("chosen").textContent = "nothing usable chosen";
		message(err.message, "error");
		handle.state = "failed";
		handle.error = err.message;
	}
}
$("files").addEventListener("change", (e) => {
	choose([...e.target.files ?? []].map((file) => ({
		path: file.name,
		file
	})));
});
$("folder").addEventListener("change", (e) => {
	choose([...e.target.files ?? []].map((file) => ({
		path: file.webkitRelativePath || file.name,
		file
	})));
});
async function entryFiles(entry, prefix, out, depth = 0) {
	if (entry.isFile) {
		const file = await new Promise((res, rej) => entry.file(res, rej));
		out.push({
			path: prefix + entry.name,
			file
		});
	} else if (entry.isDirectory && depth < 3) {
		const reader = entry.createReader();
		for (;;) {
			const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
			if (!batch.length) break;
			for (const e of batch) await entryFiles(e, `${prefix}${entry.name}/`, out, depth + 1);
		}
	}
}
var drop = $("drop");
drop.addEventListener("dragover", (e) => {
	e.preventDefault();
	drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
	e.preventDefault();
	drop.classList.remove("over");
	const entries = [...e.dataTransfer?.items ?? []].map((i) => i.webkitGetAsEntry()).filter(Boolean);
	(async () => {
		const out = [];
		for (const entry of entries) await entryFiles(entry, "", out);
		await choose(out);
	})();
});
var picker = window.showDirectoryPicker;
if (picker) {
	$("open-folder").hidden = false;
	$("open-folder").addEventListener("click", () => {
		(async () => {
			const root = await picker();
			const out = [];
			const walk = async (dir, prefix, depth) => {
				for await (const h of dir.values()) if (h.kind === "file") out.push({
					path: `${prefix}${h.name}`,
					file: await h.getFile()
				});
				else if (depth < 3) await walk(h, `${prefix}${h.name}/`, depth + 1);
			};
			await walk(root, `${root.name}/`, 0);
			await choose(out);
		})().catch((err) => {
			if (err.name !== "AbortError") message(err.message, "error");
		});
	});
}
var STAGES = [
	"calibrate",
	"detect",
	"sync",
	"triangulate",
	"filter",
	"export",
	"report"
];
function progressRow(table, id, label) {
	let row = document.getElementById(id);
	if (!row) {
		row = document.createElement("tr");
		row.id = id;
		row.innerHTML = "<td></td><td><progress max=\"1\" value=\"0\"></progress></td><td class=\"muted\"></td>";
		row.children[0].textContent = label;
		table.appendChild(row);
	}
	return {
		bar: row.querySelector("progress"),
		text: row.children[2]
	};
}
function showBackend(camera, b) {
	handle.backends[camera] = b;
	const why = b.skipped.length ? ` — not used: ${b.skipped.join("; ")}` : "";
	$("backend-info").textContent = `detection runs on tfjs ${b.backend}${b.detail ? ` (${b.detail})` : ""}${why}`;
}
async function processChosen() {
	if (!chosen) return;
	const files = chosen;
	clearMessages();
	for (const u of blobUrls.splice(0)) URL.revokeObjectURL(u);
	$("stages").textContent = "";
	$("cameras").textContent = "";
	$("progress").hidden = false;
	$("results").hidden = true;
	$("viewer").hidden = true;
	$("people-legend").hidden = true;
	$("process").disabled = true;
	$("cancel").disabled = false;
	Object.assign(handle, {
		state: "running",
		error: null,
		cameraErrors: {},
		outputs: {},
		verdict: "",
		fromPerson: null,
		people: null
	});
	for (const s of STAGES) if (s !== "calibrate" || files.calibrations.length === 0) progressRow($("stages"), `stage-${s}`, s);
	for (const v of files.videos) progressRow($("cameras"), `camera-${v.camera}`, v.camera).text.textContent = "waiting";
	controller = new AbortController();
	const maxFrames = params.get("maxFrames") ? Number(params.get("maxFrames")) : void 0;
	try {
		result = await runPipeline(files, {
			backend: $("backend").value,
			modelBase: new URL("models/", document.baseURI).href,
			wasmBase: new URL("tfjs/", document.baseURI).href,
			maxFrames,
			workers: params.get("workers") ? Number(params.get("workers")) : void 0,
			people: chosenPeopleSetting(),
			signal: controller.signal
		}, {
			stage: (name, state, detail) => {
				const row = progressRow($("stages"), `stage-${name}`, name);
				row.bar.value = state === "start" ? name === "detect" ? 0 : .5 : 1;
				if (state === "start" && name !== "detect") row.bar.removeAttribute("value");
				row.text.textContent = state === "start" ? `running${detail ? `: ${detail}` : ""}` : `${state}${detail ? `: ${detail}` : ""}`;
			},
			camera: (camera, s) => {
				const row = progressRow($("cameras"), `camera-${camera}`, camera);
				if (s.error) {
					row.text.textContent = s.error;
					handle.cameraErrors[camera] = s.error;
					message(s.error, "error");
					return;
				}
				if (s.done) row.bar.value = 1;
				if (s.framesDone !== void 0) {
					if (s.framesTotal) row.bar.value = s.framesDone / s.framesTotal;
					row.text.textContent = `frame ${s.framesDone}${s.framesTotal ? `/${s.framesTotal}` : ""}, ${s.fps?.toFixed(1)} frames/s`;
				}
				const bars = [...$("cameras").querySelectorAll("progress")];
				progressRow($("stages"), "stage-detect", "detect").bar.value = bars.reduce((a, b) => a + b.value, 0) / bars.length;
			},
			backend: showBackend,
			warning: (m) => message(m, "warning"),
			note: (m) => message(m, "note")
		});
		for (const w of result.warnings) message(w.message, "warning");
		for (const n of result.notes) message(n, "note");
		showResults(files, result);
		handle.state = "done";
	} catch (err) {
		if (err.name === "AbortError") {
			handle.state = "cancelled";
			message("cancelled: nothing was kept; choose \"process\" to start again", "note");
		} else {
			handle.state = "failed";
			handle.error = err.message;
			message(err.message, "error");
		}
	} finally {
		$("process").disabled = !chosen;
		$("cancel").disabled = true;
	}
}
$("process").addEventListener("click", () => void processChosen());
$("cancel").addEventListener("click", () => controller?.abort());
var TYPES = {
	trc: "text/plain",
	csv: "text/csv",
	json: "application/json",
	html: "text/html",
	glb: "model/gltf-binary"
};
function showResults(files, r) {
	handle.outputs = Object.fromEntries([...r.outputs].map(([f, b]) => [f, b.byteLength]));
	handle.detectMs = r.detectMs;
	handle.detectFps = r.detectFps;
	handle.frames = r.frames;
	handle.verdict = r.verdict;
	handle.outputBase64 = (file) => {
		const b = r.outputs.get(file);
		if (!b) return null;
		let s = "";
		for (let i = 0; i < b.length; i += 32768) s += String.fromCharCode(...b.subarray(i, i + 32768));
		return btoa(s);
	};
	const urls = {};
	const links = $("downloads");
	links.textContent = "";
	const lineOf = (path) => {
		const key = /^output\/(person-\d+)\//.exec(path)?.[1] ?? "";
		let line = links.querySelector(`div[data-group="${key}"]`);
		if (!line) {
			line = document.createElement("div");
			line.dataset.group = key;
			if (key) {
				const id = Number(key.slice(7));
				line.innerHTML = `<span class="sw" style="background:${personColour(id)}"></span>person ${id}: `;
			}
			links.appendChild(line);
		}
		return line;
	};
	for (const [path, bytes] of r.outputs) {
		const ext = path.split(".").pop();
		const url = URL.createObjectURL(new Blob([bytes], { type: TYPES[ext] ?? "application/octet-stream" }));
		blobUrls.push(url);
		urls[path] = url;
		if (!path.startsWith("output/") && !path.startsWith("calibration") || ext === "p3d") continue;
		const a = document.createElement("a");
		a.href = url;
		const person = /^output\/(person-\d+)\//.exec(path)?.[1];
		a.download = person ? `${person}_${path.split("/").pop()}` : path.split("/").pop();
		a.textContent = path.split("/").pop();
		a.dataset.file = path;
		lineOf(path).appendChild(a);
	}
	for (const v of files.videos) {
		const url = URL.createObjectURL(v.file);
		blobUrls.push(url);
		urls[sessionPathOf(files, v)] = url;
	}
	$("verdict").textContent = r.verdict;
	showPeople(r.people);
	handle.fromPerson = r.fromPerson;
	const fp = $("from-person");
	fp.hidden = !r.fromPerson;
	fp.textContent = r.fromPerson ? `Calibrated from the person (found with ${r.fromPerson.model}):\n${r.fromPerson.lines.join("\n")}` : "";
	$("results").hidden = false;
	const session = {
		index: buildIndex(files, r, r.calibrationRig),
		urls
	};
	window.openmocapSession = session;
	const frame = $("viewer");
	frame.src = `viewer/index.html?t=${Date.now()}`;
	frame.hidden = false;
}
/** Who was seen when: the overview report's timeline and a line per person in their colour (as the viewer draws them). */
function showPeople(people) {
	handle.people = people?.people ?? null;
	const box = $("people-legend");
	box.hidden = !people;
	box.textContent = "";
	if (!people) return;
	const pct = (x) => x === null ? "–" : `${(100 * x).toFixed(1)} %`;
	const title = document.createElement("h3");
	title.textContent = `${people.people.length} ${people.people.length === 1 ? "person" : "people"} — who was seen when (${OUTPUT.people})`;
	const list = document.createElement("ul");
	for (const p of people.people) {
		const li = document.createElement("li");
		li.dataset.person = String(p.id);
		li.innerHTML = `<span class="sw" style="background:${personColour(p.id)}"></span>`;
		li.append(`person ${p.id}: frames ${p.firstFrame}–${p.lastFrame}, seen by 2 or more cameras in ${p.framesSeen} of ${people.frames} frames${p.reidentified ? `, re-identified ${p.reidentified}×` : ""}; bone-length variation ${pct(p.medianBoneCv)}`);
		list.appendChild(li);
	}
	box.append(title, list);
	if (!people.people.length) box.append(`nobody was seen by 2 or more cameras long enough to be a person${people.droppedTracks ? ` (${people.droppedTracks} short track(s) left out)` : ""}`);
	else box.insertAdjacentHTML("beforeend", peopleTimelineSvg(people));
}
$("zip").addEventListener("click", () => {
	if (!chosen || !result) return;
	const status = $("zip-status");
	status.textContent = "zipping…";
	zipSession(chosen, result, (f) => status.textContent = `zipping… ${Math.round(f * 100)} %`).then((blob) => {
		const a = document.createElement("a");
		a.href = URL.createObjectURL(blob);
		blobUrls.push(a.href);
		a.download = `${chosen.name}.zip`;
		document.body.appendChild(a);
		a.click();
		a.remove();
		status.textContent = `${(blob.size / 1e6).toFixed(1)} MB; unzip it and run "openmocap process ${chosen.name}" or "openmocap view ${chosen.name}"`;
	}).catch((err) => message(`zip failed: ${err.message}`, "error"));
});
export { dot as a, mat3MulVec as c, quatConj as d, quatFromMat3 as f, sub as g, scale as h, cross as i, norm$1 as l, quatRotate as m, add as n, isFiniteVec as o, quatMul as p, alignFrames as r, mat3FromQuat as s, IDENTITY_QUAT as t, normalize as u };
