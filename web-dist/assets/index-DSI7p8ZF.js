const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./gltf-Cosuchwd.js","./bvh-DIe3OJsa.js"])))=>i.map(i=>d[i]);
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
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
// src/detect/modelSpecs.ts
var MODEL_NAMES = [
	"movenet-lightning",
	"movenet-thunder",
	"movenet-multipose",
	"blazepose-lite",
	"blazepose-full",
	"blazepose-heavy"
];
/** Whole-frame person finders used to start tracks (not keypoint models on their own). */
var FINDER_NAMES = [
	"movenet-lightning",
	"movenet-multipose",
	"blazepose-detector"
];
var MODEL_SPECS = {
	"movenet-lightning": {
		name: "movenet-lightning",
		layout: "coco17",
		joints: 17,
		inputSize: 192,
		multiPerson: false,
		files: ["movenet-lightning"]
	},
	"movenet-thunder": {
		name: "movenet-thunder",
		layout: "coco17",
		joints: 17,
		inputSize: 256,
		multiPerson: false,
		files: ["movenet-thunder"]
	},
	"movenet-multipose": {
		name: "movenet-multipose",
		layout: "coco17",
		joints: 17,
		inputSize: 256,
		multiPerson: true,
		files: ["movenet-multipose"]
	},
	"blazepose-lite": {
		name: "blazepose-lite",
		layout: "blazepose33",
		joints: 33,
		inputSize: 256,
		multiPerson: false,
		files: ["blazepose-lite"]
	},
	"blazepose-full": {
		name: "blazepose-full",
		layout: "blazepose33",
		joints: 33,
		inputSize: 256,
		multiPerson: false,
		files: ["blazepose-full"]
	},
	"blazepose-heavy": {
		name: "blazepose-heavy",
		layout: "blazepose33",
		joints: 33,
		inputSize: 256,
		multiPerson: false,
		files: ["blazepose-heavy"]
	},
	"blazepose-detector": {
		name: "blazepose-detector",
		layout: "blazepose33",
		joints: 0,
		inputSize: 224,
		multiPerson: true,
		files: ["blazepose-detector"]
	}
};
function getModelSpec(name) {
	const spec = MODEL_SPECS[name];
	if (!spec) throw new UserError(`unknown pose model "${name}"; choose one of ${MODEL_NAMES.join(", ")}`);
	return spec;
}
/**
* The whole-frame finder to use with a pose model by default. Single-person MoveNet searches with
* itself (on the whole frame and on overlapping tiles when several people are wanted); BlazePose
* searches with MoveNet Lightning, because its own detector is tuned for people close to the camera
* and misses the small, full-body people of a lab recording. MultiPose is available on request.
*/
function defaultFinder(model, _maxPersons) {
	const spec = getModelSpec(model);
	if (spec.multiPerson) return void 0;
	return spec.layout === "blazepose33" ? "movenet-lightning" : void 0;
}
/** The finder model the [detect] settings ask for (undefined: the pose model does its own whole-frame pass). */
function resolveFinder(settings) {
	if (settings.finder === "same" || settings.finder === settings.model) return void 0;
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
function esc$1(str) {
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
function derived$1(computes, table) {
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
			const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc$1(key);
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
var memo$1 = {
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
	return memo$1;
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
}, /*@__PURE__*/ derived$1({
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
}, /*@__PURE__*/ derived$1({
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
	const gain = Math.pow(warped, order) * cdiv([1, 0], denom)[0];
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
function medianOf(buf, n) {
	const s = buf.subarray(0, n).sort();
	return n % 2 ? s[n - 1 >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
/** Fills buf with the finite values of x in [i − half, i + half]; returns how many. */
function gather(x, i, half, buf) {
	let n = 0;
	const end = Math.min(x.length - 1, i + half);
	for (let k = Math.max(0, i - half); k <= end; k++) {
		const v = x[k];
		if (v === v) buf[n++] = v;
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
		if (xi !== xi) continue;
		const n = gather(x, i, half, buf);
		if (n < 3) continue;
		const med = medianOf(buf, n);
		for (let k = 0; k < n; k++) dev[k] = Math.abs(buf[k] - med);
		const sigma = MAD_TO_SIGMA * medianOf(dev, n);
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
		if (x[i] !== x[i]) continue;
		const n = gather(x, i, half, buf);
		out[i] = medianOf(buf, n);
	}
	return out;
}
// src/filter/filterPoints.ts
/** Every filter [filter].filters may name, applied in the listed order. */
var FILTERS = {
	hampel: {
		description: "Hampel spike filter: replaces samples far from their local median (hampel_window_frames, hampel_n_sigma)",
		apply: (run, _fps, p) => hampel(run, p.hampel_window_frames, p.hampel_n_sigma)
	},
	median: {
		description: "moving median over median_window_frames samples (removes spikes, flattens peaks)",
		apply: (run, _fps, p) => movingMedian(run, p.median_window_frames)
	},
	butterworth: {
		description: "zero-phase Butterworth low-pass (order, cutoff_hz), like scipy butter + filtfilt",
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
// src/formats/caliscope.ts
var nums = (v) => {
	const flat = Array.isArray(v) ? v.flat() : void 0;
	return flat && flat.every((x) => typeof x === "number" && Number.isFinite(x)) ? flat : void 0;
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
	const median = nz[Math.floor(nz.length / 2)];
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
		while (!s.includes("]") && i + 1 < lines.length) s += " " + lines[++i].trim();
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
	if (/^L[A-Z]/.test(name)) return "R" + name.slice(1);
	if (/^R[A-Z]/.test(name)) return "L" + name.slice(1);
	if (name.endsWith("L")) return name.slice(0, -1) + "R";
	if (name.endsWith("R")) return name.slice(0, -1) + "L";
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
	yield lines.join("\n") + "\n";
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
			yield lines.join("\n") + "\n";
			lines.length = 0;
		}
	}
	if (lines.length > 0) yield lines.join("\n") + "\n";
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
	return lines.join("\n") + "\n";
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
				const fl = toLocal(segmentFrame(pelvis.z, sub(P(`${S}Knee`), P(`${S}Ankle`)), true), normalize(sub(K[`${S}SmallToe`] >= 0 ? mid(P(`${S}BigToe`), P(`${S}SmallToe`)) : P(`${S}BigToe`), P(`${S}Heel`))));
				out[`${side}_ankle_dorsiflexion`][f] = Math.atan2(fl[1], fl[0]) * DEG;
			}
			const h = toLocal(thorax, normalize(sub(P(`${S}Elbow`), P(`${S}Shoulder`))));
			out[`${side}_shoulder_flexion`][f] = Math.atan2(h[0], -h[1]) * DEG;
			out[`${side}_shoulder_abduction`][f] = Math.asin(clamp(lat * h[2])) * DEG;
			out[`${side}_shoulder_elevation`][f] = Math.atan2(Math.hypot(h[0], h[2]), -h[1]) * DEG;
			const u = normalize(sub(P(`${S}Elbow`), P(`${S}Shoulder`)));
			const fa = normalize(sub(P(`${S}Wrist`), P(`${S}Elbow`)));
			out[`${side}_elbow_flexion`][f] = angleBetween(u, fa);
		}
		const fwd = normalize(sub(pelvis.x, scale(up, dot(pelvis.x, up))));
		const right = cross(fwd, up);
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
	return lines.join("\n") + "\n";
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
		const radial = (1 + r2 * (k[0] + r2 * (k[1] + r2 * k[4]))) / (1 + r2 * (k[5] + r2 * (k[6] + r2 * k[7])));
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
	for (let it = 0; it < 30; it++) {
		const r2 = x * x + y * y;
		const num = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
		const den = 1 + r2 * (k4 + r2 * (k5 + r2 * k6));
		const radial = num / den;
		const dnum = k1 + r2 * (2 * k2 + r2 * 3 * k3);
		const dden = k4 + r2 * (2 * k5 + r2 * 3 * k6);
		const dradial = (dnum * den - num * dden) / (den * den);
		const fx = x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x) - xd;
		const fy = y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y - yd;
		const j00 = radial + 2 * x * x * dradial + 2 * p1 * y + 6 * p2 * x;
		const j01 = 2 * x * y * dradial + 2 * p1 * x + 2 * p2 * y;
		const j10 = 2 * x * y * dradial + 2 * p1 * x + 2 * p2 * y;
		const j11 = radial + 2 * y * y * dradial + 6 * p1 * y + 2 * p2 * x;
		const det = j00 * j11 - j01 * j10;
		if (det === 0 || !Number.isFinite(det)) break;
		const dx = (j11 * fx - j01 * fy) / det;
		const dy = (j00 * fy - j10 * fx) / det;
		x -= dx;
		y -= dy;
		if (Math.abs(dx) + Math.abs(dy) < 1e-14) break;
	}
	out[o] = x;
	out[o + 1] = y;
}
// src/report/computeQuality.ts
/** Frames of 3D points projected at a time by computeQuality. */
var PROJECT_CHUNK_FRAMES = 1e3;
var median$1 = (xs) => quantile(xs, .5);
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
/** quantile() of values already sorted ascending, all finite. */
function quantileOfSorted(v, q) {
	if (!v.length) return NaN;
	const pos = (v.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
/** The finite values of xs, sorted, in a typed array (a long capture's millions of values without boxed copies). */
function sortedFinite(xs, into = new Float64Array(xs.length)) {
	let n = 0;
	for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i])) into[n++] = xs[i];
	return into.subarray(0, n).sort();
}
function quantile(xs, q) {
	const v = Array.from(xs).filter(Number.isFinite).sort((a, b) => a - b);
	if (!v.length) return NaN;
	const pos = (v.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return v[lo] + (v[hi] - v[lo]) * (pos - lo);
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
* Factor from a camera's 2D keypoint pixels to its calibration pixels: the common factor when the
* video is a uniformly scaled copy of the calibrated image (as triangulation applies it), else 1.
*/
function imageScale(seq, cam) {
	if (!(seq.imageWidth > 0 && seq.imageHeight > 0 && cam.width > 0 && cam.height > 0)) return 1;
	const sx = cam.width / seq.imageWidth;
	const sy = cam.height / seq.imageHeight;
	return Math.abs(sx / sy - 1) < .005 && Math.abs(sx - 1) > .01 ? (sx + sy) / 2 : 1;
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
		camSubjectPx[c] = median$1(sizes);
		const toCalib = imageScale(seq, cam);
		const nearPx = .05 * Math.max(cam.width || seq.imageWidth * toCalib, cam.height || seq.imageHeight * toCalib);
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
					const d = Math.hypot(d2[o] * toCalib - px, d2[o + 1] * toCalib - py);
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
			reprojectionErrorPx: median$1(errs),
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
		medianBoneCv: longCvs.length ? median$1(longCvs) : median$1(cvs),
		medianBoneCvAll: median$1(cvs),
		maxBoneCv: cvs.length ? Math.max(...cvs) : NaN,
		heightM: median$1(heights),
		reprojectionErrorOfSubject: medianErr / median$1(camSubjectPx)
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
var fmt$1 = (x, d = 1) => Number.isFinite(x) ? x.toFixed(d) : "–";
var pct$1 = (x) => Number.isFinite(x) ? `${Math.round(x * 100)} %` : "–";
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
		const what = `median reprojection error ${fmt$1(e)} px = ${pct1(rel)} of the subject's size in the image`;
		if (rel > .06) {
			worse("poor");
			bad(`${what} is high (above ${pct1(REL_ERROR_FAIR)}): calibration or synchronisation may be off`);
		} else if (rel > .025) {
			worse("fair");
			bad(`${what} is moderate (good is below ${pct1(REL_ERROR_GOOD)})`);
		} else good(`${what} is low`);
	} else if (e > fairPx) {
		worse("poor");
		bad(`median reprojection error ${fmt$1(e)} px is high (above ${fmt$1(fairPx)} px for these images): calibration or synchronisation may be off`);
	} else if (e > goodPx) {
		worse("fair");
		bad(`median reprojection error ${fmt$1(e)} px is moderate (good is below ${fmt$1(goodPx)} px for these images)`);
	} else good(`median reprojection error ${fmt$1(e)} px is low`);
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
		if (worstBone && worstBone.cv > .1) bad(`least stable bone: ${worstBone.name} (${pct$1(worstBone.cv)})`);
	}
	const boneM = median$1(judgedBones(bones).map((b) => b.meanLengthM));
	if (Number.isFinite(boneM) && (boneM < .05 || boneM > 1.5)) {
		worse("poor");
		bad(`limb and trunk bones measure ${boneM < .05 ? `${fmt$1(boneM * 1e3, 2)} mm` : `${fmt$1(boneM, 1)} m`} (median), a person's are 0.2–0.5 m: the calibration's units are probably wrong (check project.calibration_units in mocap.toml)`);
	}
	const comp = overall.completeness;
	if (comp < .8) {
		worse("poor");
		bad(`${pct$1(1 - comp)} of joint positions are missing`);
	} else if (comp < .97) {
		worse("fair");
		bad(`${pct$1(1 - comp)} of joint positions are missing (${overall.gaps} gaps)`);
	} else good(`${pct$1(comp)} of joint positions are present`);
	let worstCamera;
	if (cameras.length >= 3 && Number.isFinite(e) && cameras.some((c) => c.usedRate > 0)) {
		const w = cameras.map((c, i) => {
			const others = cameras.filter((_, k) => k !== i);
			const errOthers = median$1(others.map((o) => o.reprojectionErrorPx));
			const usedOthers = median$1(others.map((o) => o.usedRate));
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
			why: `its reprojection error is ${fmt$1(w.c.reprojectionErrorPx)} px against ${fmt$1(w.errOthers)} px for the other cameras`
		};
		else if (w && w.usedRatio < .6) worstCamera = {
			name: w.c.name,
			why: `it contributes to only ${pct$1(w.c.usedRate)} of the points against ${pct$1(w.usedOthers)} for the other cameras (occlusion, framing or wrong detections)`
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
	if (!Number.isFinite(h0)) return parts.join("") + "</svg>";
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
			if (y !== y || x !== x) continue;
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
// src/sync/resampleSequence.ts
/**
* The camera's keypoints at the target times (ms on the reference clock, from the reference's first
* frame). Joints are interpolated linearly between the frames either side when both have them; a
* joint seen on one side only is kept when the target is within a quarter of the interval of that
* frame. A person slot is followed by its track id (same slot order when ids are unknown). Targets
* before the camera's first or after its last frame are empty (NaN).
*/
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
	const edgeMs = n > 1 ? .01 * (ts[n - 1] - t0) / (n - 1) : 0;
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
				if (ax === ax && bx === bx) {
					out[oo + j] = ax + (bx - ax) * w;
					out[oo + j + 1] = data[oa + j + 1] + (data[ob + j + 1] - data[oa + j + 1]) * w;
					out[oo + j + 2] = Math.min(data[oa + j + 2], data[ob + j + 2]);
					any = true;
				} else if (ax === ax && w <= .25) {
					out[oo + j] = ax;
					out[oo + j + 1] = data[oa + j + 1];
					out[oo + j + 2] = data[oa + j + 2];
					any = true;
				} else if (bx === bx && w >= .75) {
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
				if (x !== x) {
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
		d.sort((a, b) => a - b);
		return {
			px: d[d.length >> 1],
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
// src/io/matchCameras.ts
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
					if (Math.abs(next - startAt) > 2 * frameS) break;
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
	errs.sort((x, y) => x - y);
	return errs[errs.length >> 1];
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
	const size = subjectSizePx$1(seq, slots, minScore);
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
/** Median over frames of the diagonal of the box around the subject's keypoints, pixels (1 if unknown). */
function subjectSizePx$1(seq, slots, minScore) {
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
	sizes.sort((a, b) => a - b);
	return sizes.length ? sizes[sizes.length >> 1] : 1;
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
* Keypoint-speed estimate of a camera's start against the reference, with drift on long takes.
* (The 2D speed: on the lab recording trimmed by 4/9/2 frames it found 3.6/8.2/1.6 frames after the
* epipolar check; averaging in the vertical speed's curve, as Pose2Sim uses, was more precise per
* pair but left cam03 below the confidence threshold.)
*/
function estimateByKeypoints(ref, cam, windowS, minScore = .3) {
	const gridHz = Math.min(240, 2 * Math.max(ref.fps, cam.fps));
	const a = speedProfile(ref, gridHz, { minScore });
	const b = speedProfile(cam, gridHz, { minScore });
	return {
		...estimateOffset(a, b, windowS),
		profile: b,
		refProfile: a
	};
}
/** The mean of several correlation curves over the same lags (NaN where any is NaN). */
function meanCurve(peaks) {
	const out = new Float64Array(peaks[0].curve.length);
	for (let k = 0; k < out.length; k++) {
		let s = 0;
		for (const p of peaks) s += p.curve[k];
		out[k] = s / peaks.length;
	}
	return out;
}
/** Cross-correlates every channel pair and takes the peak of the mean curve. */
function correlateChannels(a, b, lagMin, lagMax, opts) {
	const peaks = a.map((x, i) => crossCorrelate(x.values, b[i].values, lagMin, lagMax, opts));
	return peaks.length === 1 ? peaks[0] : peakOf(meanCurve(peaks), lagMin);
}
/**
* Start of signal b's clock on signal a's clock (even signals at one rate, startS = when sample 0 is
* on each own clock; several channels = their correlation curves averaged), searched over ±windowS;
* with a drift fit over windows when b lasts over a minute.
*/
function estimateOffset(aIn, bIn, windowS) {
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
	const fine = correlateChannels(as, bs, c0 - around, c0 + around, {
		minOverlap,
		weighOverlap: false
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
		for (let j = i * k; j < i * k + k; j++) if (x.values[j] === x.values[j]) {
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
function syncCameras(input, opts = {}) {
	const { sequences } = input;
	const method = opts.method ?? "auto";
	const windowS = opts.windowS ?? 10;
	const minConfidence = opts.minConfidence ?? .5;
	const warnings = [];
	let r = referenceIndex(sequences, opts.reference);
	if (r < 0) {
		warnings.push({
			code: "sync-reference",
			message: `sync.reference "${opts.reference}" is none of the cameras (${sequences.map((s) => s.camera).join(", ")}); using ${sequences[referenceIndex(sequences)].camera}`
		});
		r = referenceIndex(sequences);
	}
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
	if (Number.isFinite(own) && own <= 1.15 * costs[best]) cs.confidence = Math.max(cs.confidence, Math.abs(cands[best].startS - cs.startS) < frameS ? geo : 0);
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
	if (Math.abs(cs.startS) < 1 / seq.fps && cs.ratePpm === 0) asIsFits.add(seq.camera, judge.cost(0).px <= 1.02 * judge.cost(cs.startS).px);
}
/**
* The start within ±2 frames of `startS` where the epipolar distance is least (quarter-frame steps,
* a parabola through the best and its neighbours); `startS` itself when the least is at the edge.
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
	const a = costs[best - 1], b = costs[best], d = costs[best + 1];
	const den = a - 2 * b + d;
	const frac = den > 0 ? Math.max(-.5, Math.min(.5, .5 * (a - d) / den)) : 0;
	return startS + (best - steps + frac) / 4 * frameS;
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
	raw: "output/points3d_raw.p3d",
	rawTrc: "output/points3d_raw.trc",
	filtered: "output/points3d.p3d",
	reportHtml: "output/report.html",
	reportJson: "output/report.json",
	sync: "output/sync.json"
};
/** Where each export format goes. */
var EXPORT_FILES = {
	trc: "output/points3d.trc",
	csv: "output/points3d.csv",
	c3d: "output/points3d.c3d",
	bvh: "output/skeleton.bvh",
	glb: "output/skeleton.glb",
	angles: "output/joint_angles.csv",
	"angles-json": "output/joint_angles.json",
	com: "output/centre_of_mass.csv",
	"com-json": "output/centre_of_mass.json"
};
/** The keypoint score the report counts a 2D observation from ([triangulation].min_score). */
function reportMinScore(settings) {
	const s = settings.triangulation.min_score;
	return typeof s === "number" ? s : .3;
}
/** A format's content from the filtered 3D points (TRC, CSV and BVH as chunks: an hour of points is longer than a JavaScript string may be). */
async function exportFormat(format, file, settings) {
	const points = file.points;
	const cameras = file.meta.cameras ?? [];
	switch (format) {
		case "trc": {
			const { trcChunks } = await __vitePreload(async () => {
				const { trcChunks } = await Promise.resolve().then(() => trc_exports);
				return { trcChunks };
			}, void 0, import.meta.url);
			return trcChunks(points, {
				axes: settings.output.trc_axes,
				fileName: EXPORT_FILES.trc.split("/").pop()
			});
		}
		case "csv": {
			const { pointsCsvChunks } = await __vitePreload(async () => {
				const { pointsCsvChunks } = await import("./csv-DrhLCNDj.js");
				return { pointsCsvChunks };
			}, [], import.meta.url);
			return pointsCsvChunks(points, cameras);
		}
		case "c3d": {
			const { encodeC3d } = await __vitePreload(async () => {
				const { encodeC3d } = await import("./c3d-BJyf7o61.js");
				return { encodeC3d };
			}, [], import.meta.url);
			return encodeC3d(points, { cameraNames: cameras });
		}
		default: return exportSkeletonFormat(format, points);
	}
}
/**
* BVH, glTF, joint angles and centre of mass come from the skeleton and analysis modules. The fit,
* the angles and the centre of mass are computed once per points object, however many formats use them.
*/
var derived = /* @__PURE__ */ new WeakMap();
function once(points, key, make) {
	let cache = derived.get(points);
	if (!cache) derived.set(points, cache = /* @__PURE__ */ new Map());
	if (!cache.has(key)) cache.set(key, make());
	return cache.get(key);
}
async function exportSkeletonFormat(format, points) {
	const skeleton = () => once(points, "skeleton", async () => (await __vitePreload(async () => {
		const { fitSkeleton } = await import("./fitSkeleton-CkVzUO1K.js");
		return { fitSkeleton };
	}, [], import.meta.url)).fitSkeleton(points));
	const angles = () => once(points, "angles", async () => (await __vitePreload(async () => {
		const { jointAngles } = await Promise.resolve().then(() => jointAngles_exports);
		return { jointAngles };
	}, void 0, import.meta.url)).jointAngles(points));
	const com = () => once(points, "com", async () => (await __vitePreload(async () => {
		const { centreOfMass } = await Promise.resolve().then(() => centreOfMass_exports);
		return { centreOfMass };
	}, void 0, import.meta.url)).centreOfMass(points));
	switch (format) {
		case "bvh": return (await __vitePreload(async () => {
			const { bvhChunks } = await import("./bvh-DIe3OJsa.js");
			return { bvhChunks };
		}, [], import.meta.url)).bvhChunks(await skeleton());
		case "glb": return (await __vitePreload(async () => {
			const { encodeGlb } = await import("./gltf-Cosuchwd.js");
			return { encodeGlb };
		}, __vite__mapDeps([0,1]), import.meta.url)).encodeGlb(await skeleton());
		case "angles": return (await __vitePreload(async () => {
			const { formatJointAnglesCsv } = await Promise.resolve().then(() => jointAngles_exports);
			return { formatJointAnglesCsv };
		}, void 0, import.meta.url)).formatJointAnglesCsv(await angles());
		case "angles-json": return (await __vitePreload(async () => {
			const { formatJointAnglesJson } = await Promise.resolve().then(() => jointAngles_exports);
			return { formatJointAnglesJson };
		}, void 0, import.meta.url)).formatJointAnglesJson(await angles());
		case "com": return (await __vitePreload(async () => {
			const { formatCentreOfMassCsv } = await Promise.resolve().then(() => centreOfMass_exports);
			return { formatCentreOfMassCsv };
		}, void 0, import.meta.url)).formatCentreOfMassCsv(await com());
		case "com-json": return (await __vitePreload(async () => {
			const { formatCentreOfMassJson } = await Promise.resolve().then(() => centreOfMass_exports);
			return { formatCentreOfMassJson };
		}, void 0, import.meta.url)).formatCentreOfMassJson(await com());
		default: throw new UserError(`export format "${format}" is not known; choose from ${Object.keys(EXPORT_FILES).join(", ")}`);
	}
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
// src/triangulate/triangulateSettings.ts
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
	]).default("auto").describe("\"auto\", a track id, or a table of track ids per camera")
});
// src/detect/detectSettingsSchema.ts
var detectSettingsSchema = object({
	/** Pose model. movenet-lightning is the fast default; movenet-thunder and blazepose-* are slower and
	* may be more accurate; movenet-multipose finds everyone in one pass. Defaults to "movenet-lightning". */
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
// src/session/sessionSettingsSchemas.ts
/** Export formats `openmocap export --format` and `[output].formats` accept. */
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
	report: boolean().default(true).describe("Write output/report.html and output/report.json.")
});
// src/session/validateSettings.ts
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
	output: outputSettingsSchema
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
/** Parses and validates mocap.toml text. Throws UserError listing every problem on one line. */
function parseSettings(text, file = SETTINGS_FILE, layers = []) {
	let raw;
	try {
		raw = parse(text);
	} catch (err) {
		if (err instanceof TomlError) {
			const first = err.message.split("\n")[0];
			throw new UserError(`${file} line ${err.line}, column ${err.column}: ${first} — fix the TOML syntax`);
		}
		throw err;
	}
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
// src/session/points3dFile.ts
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
	return JSON.stringify({
		reference: r.reference,
		cameras
	}, null, 1) + "\n";
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
	let ok = solveUsed(ws, n);
	if (ok) computeResiduals(ws, n, ox, oy, base, stride);
	let outlier = false;
	if (ok) {
		for (let i = 0; i < n; i++) if (ws.residualPx[ws.views[i]] > thr[ws.views[i]]) outlier = true;
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
var median = (v) => {
	if (v.length === 0) return Infinity;
	v.sort((a, b) => a - b);
	const m = v.length >> 1;
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
/** Cross-camera geometry on whole skeletons. */
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
	/** Undistorted detections of every person slot with enough keypoints, per camera. */
	candidates(f) {
		const out = [];
		const tmp = /* @__PURE__ */ new Float64Array(2);
		for (let c = 0; c < this.C; c++) {
			const q = this.sequences[c];
			const list = [];
			if (f < q.frames) {
				this.window.ensure(f);
				const data = this.window.data[c];
				for (let p = 0; p < q.persons; p++) {
					const cand = {
						slot: p,
						x: new Float64Array(this.J),
						y: new Float64Array(this.J),
						w: new Float64Array(this.J),
						valid: 0
					};
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
		const X = n >= 2 ? solve3(Float64Array.of(m00, m01, m02, m01, m11, m12, m02, m12, m22), Float64Array.of(r0, r1, r2)) : null;
		out[o] = X ? X[0] : NaN;
		out[o + 1] = X ? X[1] : NaN;
		out[o + 2] = X ? X[2] : NaN;
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
			const errs = [];
			for (let j = 0; j < this.J; j++) {
				const jj = mirrored ? this.mirror[j] : j;
				if (!(cand.w[jj] > 0) || !Number.isFinite(skel[3 * j])) continue;
				errs.push(this.residualPx(c, skel, 3 * j, cand.x[jj], cand.y[jj]));
			}
			if (errs.length >= MIN_JOINTS) {
				const m = median(errs);
				if (m < best) {
					best = m;
					this.lastMirrored = mirrored;
				}
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
		for (let round = 0; round < 8; round++) {
			const hyps = [];
			for (let a = 0; a < this.C; a++) for (let b = a + 1; b < this.C; b++) cands[a].forEach((ca, ia) => {
				if (used[a][ia]) return;
				cands[b].forEach((cb, ib) => {
					if (used[b][ib]) return;
					for (const mirrored of [false, true]) {
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
	fitAs(c, cand, skel, mirrored) {
		const errs = [];
		for (let j = 0; j < this.J; j++) {
			const jj = mirrored ? this.mirror[j] : j;
			if (!(cand.w[jj] > 0) || !Number.isFinite(skel[3 * j])) continue;
			errs.push(this.residualPx(c, skel, 3 * j, cand.x[jj], cand.y[jj]));
		}
		return errs.length >= MIN_JOINTS ? median(errs) : Infinity;
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
			for (let j = 0; j < J; j++) {
				const o = window.offset(f, q.persons, slot, J, j);
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
			if (v !== v) continue;
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
	const selection = selectSubject(sequences, rig, prepared, s, warnings, pixelScale, window);
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
			let any = false;
			for (let j = 0; j < J; j++) {
				const k = j * C + c;
				ow[k] = 0;
				if (slot < 0) continue;
				const o = window.offset(f, seq.persons, slot, J, j);
				const u = toResizedPixel(d2[o], pixelScale[2 * c]), v = toResizedPixel(d2[o + 1], pixelScale[2 * c + 1]), score = d2[o + 2];
				if (!(score >= s.min_score && score <= 1e3) || !Number.isFinite(u) || !Number.isFinite(v)) continue;
				undistortPoint(pc, u, v, tmp, 0);
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
			thrPx[c] = size === size ? Math.max(s.max_reprojection_error_px, ratioOf[c] * size) : s.max_reprojection_error_px;
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
			const r = rel[c].filter(Number.isFinite).sort((a, b) => a - b);
			if (r.length >= 20) ratioOf[c] = Math.min(s.max_reprojection_error_ratio, NOISE_MULTIPLE * r[r.length >> 1]);
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
				projectPoint(prepared[c], X0, X1, X2, tmp, 0);
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
			new URL("calibrateWorker-DCHpoHlb.js", import.meta.url).href,
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
// web/pipeline.ts
var VIDEO_EXT = /\.(mp4|mov|m4v|avi|mkv|webm|mpg|mpeg)$/i;
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
	const videos = files.filter((f) => VIDEO_EXT.test(base(f.path)) && !base(f.path).startsWith(".")).filter((f) => !/(^|\/)calibration\//.test(f.path)).sort((a, b) => base(a.path) < base(b.path) ? -1 : 1).map((f) => ({
		camera: base(f.path).replace(VIDEO_EXT, ""),
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
			new URL("detectWorker-BBd2FyXs.js", import.meta.url).href,
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
						recrop: detect.recrop
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
	events.stage("triangulate", "start");
	const result = triangulate(sequences, paired.rig, settings.triangulation);
	const calibrationRel = calibrationFile.path.includes("/") ? calibrationFile.path.split("/").slice(1).join("/") : calibrationFile.path;
	const meta = {
		cameras: sequences.map((s) => s.camera),
		calibrationCameras: paired.rig.cameras.map((c) => c.name),
		calibrationFile: calibrationRel,
		gaps: result.gaps,
		warnings: [
			...paired.warnings,
			...syncWarnings(syncFile.file),
			...result.warnings
		],
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
		outputs.set(OUTPUT.reportJson, bytesOf(JSON.stringify(report.json, null, 1) + "\n"));
		verdict = `${report.quality.verdict.level.toUpperCase()}: ${report.quality.verdict.headline}`;
		events.stage("report", "done", verdict);
	}
	return {
		settings,
		calibrationFile,
		calibrationRig: calibration.rig,
		fromPerson: fromPerson ? {
			lines: fromPerson.lines,
			model: fromPerson.model
		} : null,
		outputs,
		cameras: meta.cameras,
		warnings: meta.warnings,
		notes: paired.notes,
		verdict,
		detectMs,
		detectFps,
		frames: filtered.frames,
		sync: syncFile.file
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
// web/sessionFiles.ts
/** Session-relative path of an input file in the session layout. */
function sessionPathOf(files, which) {
	if (which === "settings") return "mocap.toml";
	if (which.camera !== void 0) return `videos/${which.path.split("/").pop()}`;
	return which.path.includes("/") ? which.path.split("/").slice(1).join("/") : which.path;
}
/** The viewer's session index for the in-memory session (URLs of the files come separately). */
function buildIndex(files, result, rig) {
	const has = (f) => result.outputs.has(f) ? f : null;
	const points3d = [{
		file: OUTPUT.filtered,
		kind: "p3d",
		filtered: true
	}, {
		file: OUTPUT.raw,
		kind: "p3d",
		filtered: false
	}].filter((p) => result.outputs.has(p.file));
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
	if (files.settingsFile) addBytes("mocap.toml", new Uint8Array(await files.settingsFile.file.arrayBuffer()));
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
	outputBase64: () => null,
	crossOriginIsolated: self.crossOriginIsolated
};
window.openmocapApp = handle;
var chosen;
var controller;
var result;
var blobUrls = [];
if (params.get("backend")) $("backend").value = params.get("backend");
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
	$("process").disabled = true;
	$("cancel").disabled = false;
	Object.assign(handle, {
		state: "running",
		error: null,
		cameraErrors: {},
		outputs: {},
		verdict: "",
		fromPerson: null
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
	for (const [path, bytes] of r.outputs) {
		const ext = path.split(".").pop();
		const url = URL.createObjectURL(new Blob([bytes], { type: TYPES[ext] ?? "application/octet-stream" }));
		blobUrls.push(url);
		urls[path] = url;
		if (!path.startsWith("output/") && !path.startsWith("calibration") || ext === "p3d") continue;
		const a = document.createElement("a");
		a.href = url;
		a.download = path.split("/").pop();
		a.textContent = a.download;
		a.dataset.file = path;
		links.appendChild(a);
	}
	for (const v of files.videos) {
		const url = URL.createObjectURL(v.file);
		blobUrls.push(url);
		urls[sessionPathOf(files, v)] = url;
	}
	$("verdict").textContent = r.verdict;
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
export { getLayout as _, dot as a, mat3MulVec as c, quatConj as d, quatFromMat3 as f, sub as g, scale as h, cross as i, norm$1 as l, quatRotate as m, add as n, isFiniteVec as o, quatMul as p, alignFrames as r, mat3FromQuat as s, IDENTITY_QUAT as t, normalize as u, UserError as v };
