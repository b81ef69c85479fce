import { D as parseCalibrationToml, H as __commonJSMin, V as UserError, a as solveInWorker, c as calibrationSettingsSchema, d as resampleSequence, f as median$1, n as ZipDeflate, o as guessLens, r as ZipPassThrough, s as triangulate, t as Zip, w as getLayout } from "./browser-C379w6-D.js";
// node_modules/mediabunny/dist/modules/src/misc.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
function assert(x) {
	if (!x) throw new Error("Assertion failed.");
}
var DEG_TO_RAD = Math.PI / 180;
var RAD_TO_DEG = 180 / Math.PI;
var normalizeRotation = (rotation) => {
	const mappedRotation = (rotation % 360 + 360) % 360;
	if (mappedRotation === 0 || mappedRotation === 90 || mappedRotation === 180 || mappedRotation === 270) return mappedRotation;
	else throw new Error(`Invalid rotation ${rotation}.`);
};
var IDENTITY_MATRIX = [
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
/**
* Applies a linear transformation (no translation) to a width-by-height frame about its center, with the result
* sitting in the positive quadrant.
*/
var centeredTransformationMatrix = (linear, width, height) => {
	const [a, b, , c, d] = linear;
	const transformedWidth = Math.abs(a) * width + Math.abs(c) * height;
	const transformedHeight = Math.abs(b) * width + Math.abs(d) * height;
	return multiplyMatrices(multiplyMatrices(translationMatrix(-width / 2, -height / 2), linear), translationMatrix(transformedWidth / 2, transformedHeight / 2));
};
/**
* Extracts the rotation from a transformation matrix, assuming the matrix has the form "rotate, then maybe flip
* horizontally", and snapping to the nearest multiple of 90 degrees.
*/
var extractRotationFromMatrix = (matrix) => {
	const [a, b] = matrix;
	return normalizeRotation(roundToMultiple(Math.atan2(b, matrixIsFlipped(matrix) ? -a : a) * RAD_TO_DEG, 90));
};
/** Whether the transformation matrix flips the frame, i.e. has a negative determinant. */
var matrixIsFlipped = (matrix) => {
	const [a, b, , c, d] = matrix;
	return a * d - b * c < 0;
};
var rotationMatrix = (rotationInDegrees) => {
	const theta = rotationInDegrees * DEG_TO_RAD;
	const cosTheta = Math.round(Math.cos(theta));
	const sinTheta = Math.round(Math.sin(theta));
	return [
		cosTheta,
		sinTheta,
		0,
		-sinTheta,
		cosTheta,
		0,
		0,
		0,
		1
	];
};
var translationMatrix = (x, y) => {
	return [
		1,
		0,
		0,
		0,
		1,
		0,
		x,
		y,
		1
	];
};
var scaleMatrix = (x, y) => {
	return [
		x,
		0,
		0,
		0,
		y,
		0,
		0,
		0,
		1
	];
};
/** Computes a * b. Since points are row vectors, this applies a first, then b. */
var multiplyMatrices = (a, b) => {
	const result = new Array(9);
	for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) result[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
	return result;
};
var last = (arr) => {
	return arr && arr[arr.length - 1];
};
/** Reads an exponential-Golomb universal code from a Bitstream.  */
var readExpGolomb = (bitstream) => {
	let leadingZeroBits = 0;
	while (bitstream.readBits(1) === 0 && leadingZeroBits < 32) leadingZeroBits++;
	if (leadingZeroBits >= 32) throw new Error("Invalid exponential-Golomb code.");
	return (1 << leadingZeroBits) - 1 + bitstream.readBits(leadingZeroBits);
};
/** Reads a signed exponential-Golomb universal code from a Bitstream. */
var readSignedExpGolomb = (bitstream) => {
	const codeNum = readExpGolomb(bitstream);
	return (codeNum & 1) === 0 ? -(codeNum >> 1) : codeNum + 1 >> 1;
};
var toUint8Array = (source) => {
	if (source.constructor === Uint8Array) return source;
	else if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
	else return new Uint8Array(source);
};
var toDataView = (source) => {
	if (source.constructor === DataView) return source;
	else if (ArrayBuffer.isView(source)) return new DataView(source.buffer, source.byteOffset, source.byteLength);
	else return new DataView(source);
};
typeof globalThis.TextEncoder !== "undefined" && globalThis.TextEncoder;
var TextDecoder = typeof globalThis.TextDecoder !== "undefined" ? globalThis.TextDecoder : class TextDecoder {
	constructor(label = "utf-8") {
		const normalized = label.trim().toLowerCase();
		if (normalized === "utf-8" || normalized === "utf8" || normalized === "unicode-1-1-utf-8") this.encoding = "utf-8";
		else if (normalized === "utf-16le" || normalized === "utf-16") this.encoding = "utf-16le";
		else if (normalized === "utf-16be") this.encoding = "utf-16be";
		else throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
	}
	decode(input) {
		const bytes = input ? toUint8Array(input) : /* @__PURE__ */ new Uint8Array(0);
		const units = [];
		if (this.encoding === "utf-8") {
			let i = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
			while (i < bytes.length) {
				const lead = bytes[i];
				if (lead < 128) {
					units.push(lead);
					i++;
					continue;
				}
				let continuationCount;
				let codePoint;
				if (lead >= 194 && lead < 224) {
					continuationCount = 1;
					codePoint = lead & 31;
				} else if (lead >= 224 && lead < 240) {
					continuationCount = 2;
					codePoint = lead & 15;
				} else if (lead >= 240 && lead < 245) {
					continuationCount = 3;
					codePoint = lead & 7;
				} else {
					units.push(65533);
					i++;
					continue;
				}
				let lowerBound = lead === 224 ? 160 : lead === 240 ? 144 : 128;
				let upperBound = lead === 237 ? 159 : lead === 244 ? 143 : 191;
				let j = 1;
				for (; j <= continuationCount; j++) {
					const byte = i + j < bytes.length ? bytes[i + j] : 0;
					if (byte < lowerBound || byte > upperBound) break;
					codePoint = codePoint << 6 | byte & 63;
					lowerBound = 128;
					upperBound = 191;
				}
				i += j;
				if (j <= continuationCount) units.push(65533);
				else if (codePoint >= 65536) {
					codePoint -= 65536;
					units.push(55296 | codePoint >> 10, 56320 | codePoint & 1023);
				} else units.push(codePoint);
			}
		} else {
			const littleEndian = this.encoding === "utf-16le";
			const bomLow = littleEndian ? 255 : 254;
			const bomHigh = littleEndian ? 254 : 255;
			let i = bytes.length >= 2 && bytes[0] === bomLow && bytes[1] === bomHigh ? 2 : 0;
			while (i + 1 < bytes.length) {
				const unit = littleEndian ? bytes[i] | bytes[i + 1] << 8 : bytes[i] << 8 | bytes[i + 1];
				i += 2;
				if (unit >= 55296 && unit <= 56319) {
					const next = i + 1 < bytes.length ? littleEndian ? bytes[i] | bytes[i + 1] << 8 : bytes[i] << 8 | bytes[i + 1] : -1;
					if (next >= 56320 && next <= 57343) {
						units.push(unit, next);
						i += 2;
					} else units.push(65533);
				} else if (unit >= 56320 && unit <= 57343) units.push(65533);
				else units.push(unit);
			}
			if (i < bytes.length) units.push(65533);
		}
		let result = "";
		for (let i = 0; i < units.length; i += 8192) result += String.fromCharCode(...units.slice(i, i + 8192));
		return result;
	}
};
var textDecoder = /* #__PURE__ */ new TextDecoder();
var invertObject = (object) => {
	return Object.fromEntries(Object.entries(object).map(([key, value]) => [value, key]));
};
var COLOR_PRIMARIES_MAP = {
	bt709: 1,
	bt470bg: 5,
	smpte170m: 6,
	bt2020: 9,
	smpte432: 12
};
var COLOR_PRIMARIES_MAP_INVERSE = /* #__PURE__ */ invertObject(COLOR_PRIMARIES_MAP);
var TRANSFER_CHARACTERISTICS_MAP = {
	"bt709": 1,
	"smpte170m": 6,
	"linear": 8,
	"iec61966-2-1": 13,
	"pq": 16,
	"hlg": 18
};
var TRANSFER_CHARACTERISTICS_MAP_INVERSE = /* #__PURE__ */ invertObject(TRANSFER_CHARACTERISTICS_MAP);
var MATRIX_COEFFICIENTS_MAP = {
	"rgb": 0,
	"bt709": 1,
	"bt470bg": 5,
	"smpte170m": 6,
	"bt2020-ncl": 9
};
var MATRIX_COEFFICIENTS_MAP_INVERSE = /* #__PURE__ */ invertObject(MATRIX_COEFFICIENTS_MAP);
var colorSpaceIsComplete = (colorSpace) => {
	return !!colorSpace && !!colorSpace.primaries && !!colorSpace.transfer && !!colorSpace.matrix && colorSpace.fullRange !== void 0;
};
var EMPTY_COLOR_SPACE = {
	primaries: void 0,
	transfer: void 0,
	matrix: void 0,
	fullRange: void 0
};
var HEX_STRING_REGEX = /^[0-9a-fA-F]+$/;
var bytesToHexString = (bytes) => {
	return [...bytes].map((x) => x.toString(16).padStart(2, "0")).join("");
};
var hexStringToBytes = (hexString) => {
	assert(hexString.length % 2 === 0);
	const bytes = new Uint8Array(hexString.length / 2);
	for (let i = 0; i < hexString.length; i += 2) bytes[i / 2] = parseInt(hexString.slice(i, i + 2), 16);
	return bytes;
};
var reverseBitsU32 = (x) => {
	x = x >> 1 & 1431655765 | (x & 1431655765) << 1;
	x = x >> 2 & 858993459 | (x & 858993459) << 2;
	x = x >> 4 & 252645135 | (x & 252645135) << 4;
	x = x >> 8 & 16711935 | (x & 16711935) << 8;
	x = x >> 16 & 65535 | (x & 65535) << 16;
	return x >>> 0;
};
/** Returns the smallest index i such that val[i] === key, or -1 if no such index exists. */
var binarySearchExact = (arr, key, valueGetter) => {
	let low = 0;
	let high = arr.length - 1;
	let ans = -1;
	while (low <= high) {
		const mid = low + high >> 1;
		const midVal = valueGetter(arr[mid]);
		if (midVal === key) {
			ans = mid;
			high = mid - 1;
		} else if (midVal < key) low = mid + 1;
		else high = mid - 1;
	}
	return ans;
};
/** Returns the largest index i such that val[i] <= key, or -1 if no such index exists. */
var binarySearchLessOrEqual = (arr, key, valueGetter) => {
	let low = 0;
	let high = arr.length - 1;
	let ans = -1;
	while (low <= high) {
		const mid = low + (high - low + 1) / 2 | 0;
		if (valueGetter(arr[mid]) <= key) {
			ans = mid;
			low = mid + 1;
		} else high = mid - 1;
	}
	return ans;
};
var promiseWithResolvers = () => {
	let resolve;
	let reject;
	return {
		promise: new Promise((res, rej) => {
			resolve = res;
			reject = rej;
		}),
		resolve,
		reject
	};
};
var removeItem = (arr, item) => {
	const index = arr.indexOf(item);
	if (index !== -1) arr.splice(index, 1);
};
var findLastIndex = (arr, predicate) => {
	for (let i = arr.length - 1; i >= 0; i--) if (predicate(arr[i])) return i;
	return -1;
};
var assertNever = (x) => {
	throw new Error(`Unexpected value: ${x}`);
};
var getUint24 = (view, byteOffset, littleEndian) => {
	const byte1 = view.getUint8(byteOffset);
	const byte2 = view.getUint8(byteOffset + 1);
	const byte3 = view.getUint8(byteOffset + 2);
	if (littleEndian) return byte1 | byte2 << 8 | byte3 << 16;
	else return byte1 << 16 | byte2 << 8 | byte3;
};
var clamp = (value, min, max) => {
	return Math.max(min, Math.min(max, value));
};
var roundIfAlmostInteger = (value) => {
	const rounded = Math.round(value);
	if (Math.abs(value / rounded - 1) < 10 * Number.EPSILON) return rounded;
	else return value;
};
var roundToMultiple = (value, multiple) => {
	return Math.round(value / multiple) * multiple;
};
var roundToDivisor = (value, multiple) => {
	return Math.round(value * multiple) / multiple;
};
var popcount = (value) => {
	let count = 0;
	while (value !== 0) {
		value &= value - 1;
		count++;
	}
	return count;
};
var ISO_639_2_REGEX = /^[a-z]{3}$/;
var isIso639Dash2LanguageCode = (x) => {
	return ISO_639_2_REGEX.test(x);
};
var SECOND_TO_MICROSECOND_FACTOR = 1e6 * (1 + Number.EPSILON);
var isWebKitCache = null;
var isWebKit = () => {
	if (isWebKitCache !== null) return isWebKitCache;
	return isWebKitCache = !!(typeof navigator !== "undefined" && (navigator.vendor?.match(/apple/i) || /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent) || /\b(iPad|iPhone|iPod)\b/.test(navigator.userAgent)));
};
var isChromiumCache = null;
var isChromium = () => {
	if (isChromiumCache !== null) return isChromiumCache;
	return isChromiumCache = !!(typeof navigator !== "undefined" && (navigator.vendor?.includes("Google Inc") || /Chrome/.test(navigator.userAgent)));
};
var NativePromiseConstructor = (/* #__PURE__ */ (async () => {})()).constructor;
/**
* Needed to properly deal with custom Promise implementations and because this is closer to how the JS spec does it.
*/
var isThenable = (value) => {
	if (value instanceof NativePromiseConstructor || value instanceof Promise) return true;
	return typeof value?.then === "function";
};
var closedIntervalsOverlap = (startA, endA, startB, endB) => {
	return startA <= endB && startB <= endA;
};
var uint8ArraysAreEqual = (a, b) => {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
};
var polyfillSymbolDispose = () => {
	Symbol.dispose ??= Symbol("Symbol.dispose");
};
var isNumber = (x) => {
	return typeof x === "number" && !Number.isNaN(x);
};
var arrayCount = (array, predicate) => {
	let count = 0;
	for (let i = 0; i < array.length; i++) if (predicate(array[i])) count++;
	return count;
};
var arrayArgmin = (array, getValue) => {
	let minIndex = -1;
	let minValue = Infinity;
	for (let i = 0; i < array.length; i++) {
		const value = getValue(array[i]);
		if (value < minValue) {
			minValue = value;
			minIndex = i;
		}
	}
	return minIndex;
};
var simplifyRational = (rational) => {
	assert(Number.isInteger(rational.num));
	assert(Number.isInteger(rational.den));
	assert(rational.den !== 0);
	let a = Math.abs(rational.num);
	let b = Math.abs(rational.den);
	while (b !== 0) {
		const t = a % b;
		a = b;
		b = t;
	}
	const gcd = a || 1;
	return {
		num: rational.num / gcd,
		den: rational.den / gcd
	};
};
/**
* A class that manages event listeners and dispatches events to them.
*
* @group Miscellaneous
* @public
*/
var EventEmitter = class {
	constructor() {
		/** @internal */
		this._listeners = /* @__PURE__ */ new Map();
	}
	/** Registers a listener for the given event. Returns a function that, when called, removes the listener again. */
	on(event, listener, options) {
		if (!this._listeners.has(event)) this._listeners.set(event, /* @__PURE__ */ new Set());
		const entry = {
			fn: listener,
			once: options?.once ?? false
		};
		this._listeners.get(event).add(entry);
		return () => {
			this._listeners.get(event)?.delete(entry);
		};
	}
	/** @internal */
	_emit(...args) {
		const [event, data] = args;
		const listeners = this._listeners.get(event);
		if (!listeners) return;
		for (const entry of listeners) {
			try {
				entry.fn(data);
			} catch (error) {
				console.error(error);
			}
			if (entry.once) listeners.delete(entry);
		}
	}
};
// node_modules/mediabunny/dist/modules/src/logging.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
/**
* Controls how much information Mediabunny prints to the console. Higher levels include all lower levels.
*
* @group Logging
* @public
*/
var LogLevel;
(function(LogLevel) {
	/** Nothing is printed to the console. */
	LogLevel[LogLevel["Silent"] = 0] = "Silent";
	/** Only errors are printed. */
	LogLevel[LogLevel["Errors"] = 1] = "Errors";
	/** Errors and warnings are printed. */
	LogLevel[LogLevel["Warnings"] = 2] = "Warnings";
	/** Errors, warnings, and informational messages are printed. */
	LogLevel[LogLevel["Info"] = 3] = "Info";
})(LogLevel || (LogLevel = {}));
/**
* Mediabunny's central logging singleton. Use {@link Logging.level} to control how much is printed to the console,
* and subscribe to log events using {@link Logging.on}.
*
* Having manual control over logging is useful for command-line applications where you want full say over the output.
*
* @group Logging
* @public
*/
var Logging = class Logging {
	constructor() {}
	/** The current log level. Defaults to {@link LogLevel.Info}. */
	static get level() {
		return Logging._level;
	}
	static set level(value) {
		if (value !== LogLevel.Silent && value !== LogLevel.Errors && value !== LogLevel.Warnings && value !== LogLevel.Info) throw new TypeError("Invalid log level. Use one of the values of the LogLevel enum.");
		Logging._level = value;
	}
	/** @internal */
	static get _emitter() {
		return Logging._emitterInstance ??= new EventEmitter();
	}
	/** Registers a listener for a log event. Returns a function that, when called, removes the listener again. */
	static on(event, listener, options) {
		return Logging._emitter.on(event, listener, options);
	}
	/** @internal */
	static _error(...args) {
		Logging._emitter._emit("error", args);
		if (Logging._level >= LogLevel.Errors) console.error(...args);
	}
	/** @internal */
	static _warn(...args) {
		Logging._emitter._emit("warn", args);
		if (Logging._level >= LogLevel.Warnings) console.warn(...args);
	}
	/** @internal */
	static _info(...args) {
		Logging._emitter._emit("info", args);
		if (Logging._level >= LogLevel.Info) console.info(...args);
	}
};
/** @internal */
Logging._level = LogLevel.Info;
/** @internal */
Logging._emitterInstance = null;
// node_modules/mediabunny/dist/modules/src/metadata.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
/**
* Image data with additional metadata.
*
* @group Metadata tags
* @public
*/
var RichImageData = class {
	/** Creates a new {@link RichImageData}. */
	constructor(data, mimeType) {
		this.data = data;
		this.mimeType = mimeType;
		if (!(data instanceof Uint8Array)) throw new TypeError("data must be a Uint8Array.");
		if (typeof mimeType !== "string") throw new TypeError("mimeType must be a string.");
	}
};
/**
* A file attached to a media file.
*
* @group Metadata tags
* @public
*/
var AttachedFile = class {
	/** Creates a new {@link AttachedFile}. */
	constructor(data, mimeType, name, description) {
		this.data = data;
		this.mimeType = mimeType;
		this.name = name;
		this.description = description;
		if (!(data instanceof Uint8Array)) throw new TypeError("data must be a Uint8Array.");
		if (mimeType !== void 0 && typeof mimeType !== "string") throw new TypeError("mimeType, when provided, must be a string.");
		if (name !== void 0 && typeof name !== "string") throw new TypeError("name, when provided, must be a string.");
		if (description !== void 0 && typeof description !== "string") throw new TypeError("description, when provided, must be a string.");
	}
};
var DEFAULT_TRACK_DISPOSITION = {
	default: true,
	primary: true,
	forced: false,
	original: false,
	commentary: false,
	hearingImpaired: false,
	visuallyImpaired: false
};
// node_modules/mediabunny/dist/modules/shared/bitstream.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var Bitstream = class Bitstream {
	constructor(bytes) {
		this.bytes = bytes;
		/** Current offset in bits. */
		this.pos = 0;
	}
	seekToByte(byteOffset) {
		this.pos = 8 * byteOffset;
	}
	readBit() {
		const byteIndex = Math.floor(this.pos / 8);
		const byte = this.bytes[byteIndex] ?? 0;
		const bitIndex = 7 - (this.pos & 7);
		const bit = (byte & 1 << bitIndex) >> bitIndex;
		this.pos++;
		return bit;
	}
	readBits(n) {
		if (n === 1) return this.readBit();
		let result = 0;
		for (let i = 0; i < n; i++) {
			result <<= 1;
			result |= this.readBit();
		}
		return result;
	}
	writeBits(n, value) {
		const end = this.pos + n;
		for (let i = this.pos; i < end; i++) {
			const byteIndex = Math.floor(i / 8);
			let byte = this.bytes[byteIndex];
			const bitIndex = 7 - (i & 7);
			byte &= ~(1 << bitIndex);
			byte |= (value & 1 << end - i - 1) >> end - i - 1 << bitIndex;
			this.bytes[byteIndex] = byte;
		}
		this.pos = end;
	}
	copyBits(n, other) {
		let i = 0;
		for (; i < n - 7; i += 8) this.writeBits(8, other.readBits(8));
		const leftover = n - i;
		if (leftover > 0) this.writeBits(leftover, other.readBits(leftover));
	}
	readAlignedByte() {
		if (this.pos % 8 !== 0) throw new Error("Bitstream is not byte-aligned.");
		const byteIndex = this.pos / 8;
		const byte = this.bytes[byteIndex] ?? 0;
		this.pos += 8;
		return byte;
	}
	skipBits(n) {
		this.pos += n;
	}
	getBitsLeft() {
		return this.bytes.length * 8 - this.pos;
	}
	clone() {
		const clone = new Bitstream(this.bytes);
		clone.pos = this.pos;
		return clone;
	}
};
// node_modules/mediabunny/dist/modules/shared/aac-misc.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var aacFrequencyTable = [
	96e3,
	88200,
	64e3,
	48e3,
	44100,
	32e3,
	24e3,
	22050,
	16e3,
	12e3,
	11025,
	8e3,
	7350
];
var aacChannelMap = [
	-1,
	1,
	2,
	3,
	4,
	5,
	6,
	8
];
var parseAacAudioSpecificConfig = (bytes) => {
	if (!bytes || bytes.byteLength < 2) throw new TypeError("AAC description must be at least 2 bytes long.");
	const bitstream = new Bitstream(bytes);
	const objectType = readAacObjectType(bitstream);
	const { frequencyIndex, sampleRate } = readAacSamplingFrequency(bitstream);
	const channelConfiguration = bitstream.readBits(4);
	let numberOfChannels = null;
	if (channelConfiguration >= 1 && channelConfiguration <= 7) numberOfChannels = aacChannelMap[channelConfiguration];
	let coreObjectType = objectType;
	let psPresent = false;
	let outputSampleRate = sampleRate;
	if (objectType === 5 || objectType === 29) {
		psPresent = objectType === 29;
		outputSampleRate = readAacSamplingFrequency(bitstream).sampleRate;
		coreObjectType = readAacObjectType(bitstream);
		if (coreObjectType === 22) bitstream.skipBits(4);
	} else while (bitstream.getBitsLeft() > 15) {
		const searchStart = bitstream.pos;
		if (bitstream.readBits(11) !== 695) {
			bitstream.pos = searchStart + 1;
			continue;
		}
		if (readAacObjectType(bitstream) === 5 && bitstream.readBits(1)) {
			outputSampleRate = readAacSamplingFrequency(bitstream).sampleRate;
			if (bitstream.getBitsLeft() > 11 && bitstream.readBits(11) === 1352) psPresent = !!bitstream.readBits(1);
		}
		break;
	}
	if (numberOfChannels !== null && numberOfChannels > 1) psPresent = false;
	return {
		objectType,
		coreObjectType,
		frequencyIndex,
		channelConfiguration,
		outputSampleRate,
		outputNumberOfChannels: psPresent && numberOfChannels === 1 ? 2 : numberOfChannels
	};
};
var readAacObjectType = (bitstream) => {
	const objectType = bitstream.readBits(5);
	return objectType === 31 ? 32 + bitstream.readBits(6) : objectType;
};
var readAacSamplingFrequency = (bitstream) => {
	const frequencyIndex = bitstream.readBits(4);
	if (frequencyIndex === 15) return {
		frequencyIndex,
		sampleRate: bitstream.readBits(24)
	};
	return {
		frequencyIndex,
		sampleRate: frequencyIndex < aacFrequencyTable.length ? aacFrequencyTable[frequencyIndex] : null
	};
};
// node_modules/mediabunny/dist/modules/shared/ac3-misc.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
/** Sample rates indexed by fscod (Table 4.1) */
var AC3_SAMPLE_RATES = [
	48e3,
	44100,
	32e3
];
/** E-AC-3 reduced sample rates for fscod2 per ATSC A/52:2018 */
var EAC3_REDUCED_SAMPLE_RATES = [
	24e3,
	22050,
	16e3
];
// node_modules/mediabunny/dist/modules/src/codec-data.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var AvcNalUnitType;
(function(AvcNalUnitType) {
	AvcNalUnitType[AvcNalUnitType["NON_IDR_SLICE"] = 1] = "NON_IDR_SLICE";
	AvcNalUnitType[AvcNalUnitType["SLICE_DPA"] = 2] = "SLICE_DPA";
	AvcNalUnitType[AvcNalUnitType["SLICE_DPB"] = 3] = "SLICE_DPB";
	AvcNalUnitType[AvcNalUnitType["SLICE_DPC"] = 4] = "SLICE_DPC";
	AvcNalUnitType[AvcNalUnitType["IDR"] = 5] = "IDR";
	AvcNalUnitType[AvcNalUnitType["SEI"] = 6] = "SEI";
	AvcNalUnitType[AvcNalUnitType["SPS"] = 7] = "SPS";
	AvcNalUnitType[AvcNalUnitType["PPS"] = 8] = "PPS";
	AvcNalUnitType[AvcNalUnitType["AUD"] = 9] = "AUD";
	AvcNalUnitType[AvcNalUnitType["SPS_EXT"] = 13] = "SPS_EXT";
})(AvcNalUnitType || (AvcNalUnitType = {}));
var HevcNalUnitType;
(function(HevcNalUnitType) {
	HevcNalUnitType[HevcNalUnitType["RASL_N"] = 8] = "RASL_N";
	HevcNalUnitType[HevcNalUnitType["RASL_R"] = 9] = "RASL_R";
	HevcNalUnitType[HevcNalUnitType["BLA_W_LP"] = 16] = "BLA_W_LP";
	HevcNalUnitType[HevcNalUnitType["RSV_IRAP_VCL23"] = 23] = "RSV_IRAP_VCL23";
	HevcNalUnitType[HevcNalUnitType["VPS_NUT"] = 32] = "VPS_NUT";
	HevcNalUnitType[HevcNalUnitType["SPS_NUT"] = 33] = "SPS_NUT";
	HevcNalUnitType[HevcNalUnitType["PPS_NUT"] = 34] = "PPS_NUT";
	HevcNalUnitType[HevcNalUnitType["AUD_NUT"] = 35] = "AUD_NUT";
	HevcNalUnitType[HevcNalUnitType["PREFIX_SEI_NUT"] = 39] = "PREFIX_SEI_NUT";
	HevcNalUnitType[HevcNalUnitType["SUFFIX_SEI_NUT"] = 40] = "SUFFIX_SEI_NUT";
})(HevcNalUnitType || (HevcNalUnitType = {}));
var iterateNalUnitsInAnnexB = function* (packetData) {
	let i = 0;
	let nalStart = -1;
	while (i < packetData.length - 2) {
		const zeroIndex = packetData.indexOf(0, i);
		if (zeroIndex === -1 || zeroIndex >= packetData.length - 2) break;
		i = zeroIndex;
		let startCodeLength = 0;
		if (i + 3 < packetData.length && packetData[i + 1] === 0 && packetData[i + 2] === 0 && packetData[i + 3] === 1) startCodeLength = 4;
		else if (packetData[i + 1] === 0 && packetData[i + 2] === 1) startCodeLength = 3;
		if (startCodeLength === 0) {
			i++;
			continue;
		}
		if (nalStart !== -1 && i > nalStart) yield {
			offset: nalStart,
			length: i - nalStart
		};
		nalStart = i + startCodeLength;
		i = nalStart;
	}
	if (nalStart !== -1 && nalStart < packetData.length) yield {
		offset: nalStart,
		length: packetData.length - nalStart
	};
};
var iterateNalUnitsInLengthPrefixed = function* (packetData, lengthSize) {
	let offset = 0;
	const dataView = new DataView(packetData.buffer, packetData.byteOffset, packetData.byteLength);
	while (offset + lengthSize <= packetData.length) {
		let nalUnitLength;
		if (lengthSize === 1) nalUnitLength = dataView.getUint8(offset);
		else if (lengthSize === 2) nalUnitLength = dataView.getUint16(offset, false);
		else if (lengthSize === 3) nalUnitLength = getUint24(dataView, offset, false);
		else {
			assert(lengthSize === 4);
			nalUnitLength = dataView.getUint32(offset, false);
		}
		offset += lengthSize;
		yield {
			offset,
			length: nalUnitLength
		};
		offset += nalUnitLength;
	}
};
var iterateAvcNalUnits = (packetData, decoderConfig) => {
	if (decoderConfig.description) return iterateNalUnitsInLengthPrefixed(packetData, (toUint8Array(decoderConfig.description)[4] & 3) + 1);
	else return iterateNalUnitsInAnnexB(packetData);
};
var extractNalUnitTypeForAvc = (byte) => {
	return byte & 31;
};
var removeEmulationPreventionBytes = (data) => {
	const result = [];
	const len = data.length;
	for (let i = 0; i < len; i++) if (i + 2 < len && data[i] === 0 && data[i + 1] === 0 && data[i + 2] === 3) {
		result.push(0, 0);
		i += 2;
	} else result.push(data[i]);
	return new Uint8Array(result);
};
new Uint8Array([
	0,
	0,
	0,
	1
]);
/** Builds an AvcDecoderConfigurationRecord from an AVC packet in Annex B format. */
var extractAvcDecoderConfigurationRecord = (packetData) => {
	try {
		const spsUnits = [];
		const ppsUnits = [];
		const spsExtUnits = [];
		for (const loc of iterateNalUnitsInAnnexB(packetData)) {
			const nalUnit = packetData.subarray(loc.offset, loc.offset + loc.length);
			const type = extractNalUnitTypeForAvc(nalUnit[0]);
			if (type === AvcNalUnitType.SPS) spsUnits.push(nalUnit);
			else if (type === AvcNalUnitType.PPS) ppsUnits.push(nalUnit);
			else if (type === AvcNalUnitType.SPS_EXT) spsExtUnits.push(nalUnit);
		}
		if (spsUnits.length === 0) return null;
		if (ppsUnits.length === 0) return null;
		const spsData = spsUnits[0];
		const spsInfo = parseAvcSps(spsData);
		assert(spsInfo !== null);
		const hasExtendedData = spsInfo.profileIdc === 100 || spsInfo.profileIdc === 110 || spsInfo.profileIdc === 122 || spsInfo.profileIdc === 144;
		return {
			configurationVersion: 1,
			avcProfileIndication: spsInfo.profileIdc,
			profileCompatibility: spsInfo.constraintFlags,
			avcLevelIndication: spsInfo.levelIdc,
			lengthSizeMinusOne: 3,
			sequenceParameterSets: spsUnits,
			pictureParameterSets: ppsUnits,
			chromaFormat: hasExtendedData ? spsInfo.chromaFormatIdc : null,
			bitDepthLumaMinus8: hasExtendedData ? spsInfo.bitDepthLumaMinus8 : null,
			bitDepthChromaMinus8: hasExtendedData ? spsInfo.bitDepthChromaMinus8 : null,
			sequenceParameterSetExt: hasExtendedData ? spsExtUnits : null
		};
	} catch (error) {
		Logging._error("Error building AVC Decoder Configuration Record:", error);
		return null;
	}
};
/** Deserializes an AvcDecoderConfigurationRecord from the format specified in Section 5.3.3.1 of ISO 14496-15. */
var deserializeAvcDecoderConfigurationRecord = (data) => {
	try {
		const view = toDataView(data);
		let offset = 0;
		const configurationVersion = view.getUint8(offset++);
		const avcProfileIndication = view.getUint8(offset++);
		const profileCompatibility = view.getUint8(offset++);
		const avcLevelIndication = view.getUint8(offset++);
		const lengthSizeMinusOne = view.getUint8(offset++) & 3;
		const numOfSequenceParameterSets = view.getUint8(offset++) & 31;
		const sequenceParameterSets = [];
		for (let i = 0; i < numOfSequenceParameterSets; i++) {
			const length = view.getUint16(offset, false);
			offset += 2;
			sequenceParameterSets.push(data.subarray(offset, offset + length));
			offset += length;
		}
		const numOfPictureParameterSets = view.getUint8(offset++);
		const pictureParameterSets = [];
		for (let i = 0; i < numOfPictureParameterSets; i++) {
			const length = view.getUint16(offset, false);
			offset += 2;
			pictureParameterSets.push(data.subarray(offset, offset + length));
			offset += length;
		}
		const record = {
			configurationVersion,
			avcProfileIndication,
			profileCompatibility,
			avcLevelIndication,
			lengthSizeMinusOne,
			sequenceParameterSets,
			pictureParameterSets,
			chromaFormat: null,
			bitDepthLumaMinus8: null,
			bitDepthChromaMinus8: null,
			sequenceParameterSetExt: null
		};
		if ((avcProfileIndication === 100 || avcProfileIndication === 110 || avcProfileIndication === 122 || avcProfileIndication === 144) && offset + 4 <= data.length) {
			const chromaFormat = view.getUint8(offset++) & 3;
			const bitDepthLumaMinus8 = view.getUint8(offset++) & 7;
			const bitDepthChromaMinus8 = view.getUint8(offset++) & 7;
			const numOfSequenceParameterSetExt = view.getUint8(offset++);
			record.chromaFormat = chromaFormat;
			record.bitDepthLumaMinus8 = bitDepthLumaMinus8;
			record.bitDepthChromaMinus8 = bitDepthChromaMinus8;
			const sequenceParameterSetExt = [];
			for (let i = 0; i < numOfSequenceParameterSetExt; i++) {
				const length = view.getUint16(offset, false);
				offset += 2;
				sequenceParameterSetExt.push(data.subarray(offset, offset + length));
				offset += length;
			}
			record.sequenceParameterSetExt = sequenceParameterSetExt;
		}
		return record;
	} catch (error) {
		Logging._error("Error deserializing AVC Decoder Configuration Record:", error);
		return null;
	}
};
var AVC_HEVC_ASPECT_RATIO_IDC_TABLE = {
	1: {
		num: 1,
		den: 1
	},
	2: {
		num: 12,
		den: 11
	},
	3: {
		num: 10,
		den: 11
	},
	4: {
		num: 16,
		den: 11
	},
	5: {
		num: 40,
		den: 33
	},
	6: {
		num: 24,
		den: 11
	},
	7: {
		num: 20,
		den: 11
	},
	8: {
		num: 32,
		den: 11
	},
	9: {
		num: 80,
		den: 33
	},
	10: {
		num: 18,
		den: 11
	},
	11: {
		num: 15,
		den: 11
	},
	12: {
		num: 64,
		den: 33
	},
	13: {
		num: 160,
		den: 99
	},
	14: {
		num: 4,
		den: 3
	},
	15: {
		num: 3,
		den: 2
	},
	16: {
		num: 2,
		den: 1
	}
};
/** Parses an AVC SPS (Sequence Parameter Set) to extract basic information. */
var parseAvcSps = (sps) => {
	try {
		const emulationUnpreventedBytes = removeEmulationPreventionBytes(sps);
		const bitstream = new Bitstream(emulationUnpreventedBytes);
		bitstream.skipBits(1);
		bitstream.skipBits(2);
		if (bitstream.readBits(5) !== 7) return null;
		const profileIdc = bitstream.readAlignedByte();
		const constraintFlags = bitstream.readAlignedByte();
		const levelIdc = bitstream.readAlignedByte();
		readExpGolomb(bitstream);
		let chromaFormatIdc = 1;
		let bitDepthLumaMinus8 = 0;
		let bitDepthChromaMinus8 = 0;
		let separateColourPlaneFlag = 0;
		if (profileIdc === 100 || profileIdc === 110 || profileIdc === 122 || profileIdc === 244 || profileIdc === 44 || profileIdc === 83 || profileIdc === 86 || profileIdc === 118 || profileIdc === 128) {
			chromaFormatIdc = readExpGolomb(bitstream);
			if (chromaFormatIdc === 3) separateColourPlaneFlag = bitstream.readBits(1);
			bitDepthLumaMinus8 = readExpGolomb(bitstream);
			bitDepthChromaMinus8 = readExpGolomb(bitstream);
			bitstream.skipBits(1);
			if (bitstream.readBits(1)) {
				for (let i = 0; i < (chromaFormatIdc !== 3 ? 8 : 12); i++) if (bitstream.readBits(1)) {
					const sizeOfScalingList = i < 6 ? 16 : 64;
					let lastScale = 8;
					let nextScale = 8;
					for (let j = 0; j < sizeOfScalingList; j++) {
						if (nextScale !== 0) {
							const deltaScale = readSignedExpGolomb(bitstream);
							nextScale = (lastScale + deltaScale + 256) % 256;
						}
						lastScale = nextScale === 0 ? lastScale : nextScale;
					}
				}
			}
		}
		readExpGolomb(bitstream);
		const picOrderCntType = readExpGolomb(bitstream);
		if (picOrderCntType === 0) readExpGolomb(bitstream);
		else if (picOrderCntType === 1) {
			bitstream.skipBits(1);
			readSignedExpGolomb(bitstream);
			readSignedExpGolomb(bitstream);
			const numRefFramesInPicOrderCntCycle = readExpGolomb(bitstream);
			for (let i = 0; i < numRefFramesInPicOrderCntCycle; i++) readSignedExpGolomb(bitstream);
		}
		readExpGolomb(bitstream);
		bitstream.skipBits(1);
		const picWidthInMbsMinus1 = readExpGolomb(bitstream);
		const picHeightInMapUnitsMinus1 = readExpGolomb(bitstream);
		const codedWidth = 16 * (picWidthInMbsMinus1 + 1);
		const codedHeight = 16 * (picHeightInMapUnitsMinus1 + 1);
		let displayWidth = codedWidth;
		let displayHeight = codedHeight;
		const frameMbsOnlyFlag = bitstream.readBits(1);
		if (!frameMbsOnlyFlag) bitstream.skipBits(1);
		bitstream.skipBits(1);
		if (bitstream.readBits(1)) {
			const frameCropLeftOffset = readExpGolomb(bitstream);
			const frameCropRightOffset = readExpGolomb(bitstream);
			const frameCropTopOffset = readExpGolomb(bitstream);
			const frameCropBottomOffset = readExpGolomb(bitstream);
			let cropUnitX;
			let cropUnitY;
			if ((separateColourPlaneFlag === 0 ? chromaFormatIdc : 0) === 0) {
				cropUnitX = 1;
				cropUnitY = 2 - frameMbsOnlyFlag;
			} else {
				const subWidthC = chromaFormatIdc === 3 ? 1 : 2;
				const subHeightC = chromaFormatIdc === 1 ? 2 : 1;
				cropUnitX = subWidthC;
				cropUnitY = subHeightC * (2 - frameMbsOnlyFlag);
			}
			displayWidth -= cropUnitX * (frameCropLeftOffset + frameCropRightOffset);
			displayHeight -= cropUnitY * (frameCropTopOffset + frameCropBottomOffset);
		}
		let colourPrimaries = 2;
		let transferCharacteristics = 2;
		let matrixCoefficients = 2;
		let fullRangeFlag = 0;
		let pixelAspectRatio = {
			num: 1,
			den: 1
		};
		let numReorderFrames = null;
		let maxDecFrameBuffering = null;
		let bitstreamRestrictionFlagBitOffset = null;
		let bitstreamRestrictionFlag = null;
		const vuiParametersFlagBitOffset = bitstream.pos;
		if (bitstream.readBits(1)) {
			if (bitstream.readBits(1)) {
				const aspectRatioIdc = bitstream.readBits(8);
				if (aspectRatioIdc === 255) pixelAspectRatio = {
					num: bitstream.readBits(16),
					den: bitstream.readBits(16)
				};
				else {
					const aspectRatio = AVC_HEVC_ASPECT_RATIO_IDC_TABLE[aspectRatioIdc];
					if (aspectRatio) pixelAspectRatio = aspectRatio;
				}
			}
			if (bitstream.readBits(1)) bitstream.skipBits(1);
			if (bitstream.readBits(1)) {
				bitstream.skipBits(3);
				fullRangeFlag = bitstream.readBits(1);
				if (bitstream.readBits(1)) {
					colourPrimaries = bitstream.readBits(8);
					transferCharacteristics = bitstream.readBits(8);
					matrixCoefficients = bitstream.readBits(8);
				}
			}
			if (bitstream.readBits(1)) {
				readExpGolomb(bitstream);
				readExpGolomb(bitstream);
			}
			if (bitstream.readBits(1)) {
				bitstream.skipBits(32);
				bitstream.skipBits(32);
				bitstream.skipBits(1);
			}
			const nalHrdParametersPresentFlag = bitstream.readBits(1);
			if (nalHrdParametersPresentFlag) skipAvcHrdParameters(bitstream);
			const vclHrdParametersPresentFlag = bitstream.readBits(1);
			if (vclHrdParametersPresentFlag) skipAvcHrdParameters(bitstream);
			if (nalHrdParametersPresentFlag || vclHrdParametersPresentFlag) bitstream.skipBits(1);
			bitstream.skipBits(1);
			bitstreamRestrictionFlagBitOffset = bitstream.pos;
			bitstreamRestrictionFlag = bitstream.readBits(1);
			if (bitstreamRestrictionFlag) {
				bitstream.skipBits(1);
				readExpGolomb(bitstream);
				readExpGolomb(bitstream);
				readExpGolomb(bitstream);
				readExpGolomb(bitstream);
				numReorderFrames = readExpGolomb(bitstream);
				maxDecFrameBuffering = readExpGolomb(bitstream);
			}
		}
		if (numReorderFrames === null) {
			assert(maxDecFrameBuffering === null);
			const constraintSet3Flag = constraintFlags & 16;
			if ((profileIdc === 44 || profileIdc === 86 || profileIdc === 100 || profileIdc === 110 || profileIdc === 122 || profileIdc === 244) && constraintSet3Flag) {
				numReorderFrames = 0;
				maxDecFrameBuffering = 0;
			} else {
				const picWidthInMbs = picWidthInMbsMinus1 + 1;
				const picHeightInMapUnits = picHeightInMapUnitsMinus1 + 1;
				const frameHeightInMbs = (2 - frameMbsOnlyFlag) * picHeightInMapUnits;
				const levelInfo = AVC_LEVEL_TABLE.find((x) => x.level >= levelIdc) ?? last(AVC_LEVEL_TABLE);
				const maxDpbFrames = Math.min(Math.floor(levelInfo.maxDpbMbs / (picWidthInMbs * frameHeightInMbs)), 16);
				numReorderFrames = maxDpbFrames;
				maxDecFrameBuffering = maxDpbFrames;
			}
		}
		assert(maxDecFrameBuffering !== null);
		return {
			emulationUnpreventedBytes,
			profileIdc,
			constraintFlags,
			levelIdc,
			frameMbsOnlyFlag,
			chromaFormatIdc,
			bitDepthLumaMinus8,
			bitDepthChromaMinus8,
			codedWidth,
			codedHeight,
			displayWidth,
			displayHeight,
			pixelAspectRatio,
			colourPrimaries,
			matrixCoefficients,
			transferCharacteristics,
			fullRangeFlag,
			numReorderFrames,
			maxDecFrameBuffering,
			vuiParametersFlagBitOffset,
			bitstreamRestrictionFlagBitOffset,
			bitstreamRestrictionFlag
		};
	} catch (error) {
		Logging._error("Error parsing AVC SPS:", error);
		return null;
	}
};
var skipAvcHrdParameters = (bitstream) => {
	const cpb_cnt_minus1 = readExpGolomb(bitstream);
	bitstream.skipBits(4);
	bitstream.skipBits(4);
	for (let i = 0; i <= cpb_cnt_minus1; i++) {
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		bitstream.skipBits(1);
	}
	bitstream.skipBits(5);
	bitstream.skipBits(5);
	bitstream.skipBits(5);
	bitstream.skipBits(5);
};
var iterateHevcNalUnits = (packetData, decoderConfig) => {
	if (decoderConfig.description) return iterateNalUnitsInLengthPrefixed(packetData, (toUint8Array(decoderConfig.description)[21] & 3) + 1);
	else return iterateNalUnitsInAnnexB(packetData);
};
var extractNalUnitTypeForHevc = (byte) => {
	return byte >> 1 & 63;
};
/** Parses an HEVC SPS (Sequence Parameter Set) to extract video information. */
var parseHevcSps = (sps) => {
	try {
		const bitstream = new Bitstream(removeEmulationPreventionBytes(sps));
		bitstream.skipBits(16);
		bitstream.readBits(4);
		const spsMaxSubLayersMinus1 = bitstream.readBits(3);
		const spsTemporalIdNestingFlag = bitstream.readBits(1);
		const { general_profile_space, general_tier_flag, general_profile_idc, general_profile_compatibility_flags, general_constraint_indicator_flags, general_level_idc } = parseProfileTierLevel(bitstream, spsMaxSubLayersMinus1);
		readExpGolomb(bitstream);
		const chromaFormatIdc = readExpGolomb(bitstream);
		let separateColourPlaneFlag = 0;
		if (chromaFormatIdc === 3) separateColourPlaneFlag = bitstream.readBits(1);
		const picWidthInLumaSamples = readExpGolomb(bitstream);
		const picHeightInLumaSamples = readExpGolomb(bitstream);
		let displayWidth = picWidthInLumaSamples;
		let displayHeight = picHeightInLumaSamples;
		if (bitstream.readBits(1)) {
			const confWinLeftOffset = readExpGolomb(bitstream);
			const confWinRightOffset = readExpGolomb(bitstream);
			const confWinTopOffset = readExpGolomb(bitstream);
			const confWinBottomOffset = readExpGolomb(bitstream);
			let subWidthC = 1;
			let subHeightC = 1;
			const chromaArrayType = separateColourPlaneFlag === 0 ? chromaFormatIdc : 0;
			if (chromaArrayType === 1) {
				subWidthC = 2;
				subHeightC = 2;
			} else if (chromaArrayType === 2) {
				subWidthC = 2;
				subHeightC = 1;
			}
			displayWidth -= (confWinLeftOffset + confWinRightOffset) * subWidthC;
			displayHeight -= (confWinTopOffset + confWinBottomOffset) * subHeightC;
		}
		const bitDepthLumaMinus8 = readExpGolomb(bitstream);
		const bitDepthChromaMinus8 = readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		const startI = bitstream.readBits(1) ? 0 : spsMaxSubLayersMinus1;
		let spsMaxNumReorderPics = 0;
		for (let i = startI; i <= spsMaxSubLayersMinus1; i++) {
			readExpGolomb(bitstream);
			spsMaxNumReorderPics = readExpGolomb(bitstream);
			readExpGolomb(bitstream);
		}
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		if (bitstream.readBits(1)) {
			if (bitstream.readBits(1)) skipScalingListData(bitstream);
		}
		bitstream.skipBits(1);
		bitstream.skipBits(1);
		if (bitstream.readBits(1)) {
			bitstream.skipBits(4);
			bitstream.skipBits(4);
			readExpGolomb(bitstream);
			readExpGolomb(bitstream);
			bitstream.skipBits(1);
		}
		skipAllStRefPicSets(bitstream, readExpGolomb(bitstream));
		if (bitstream.readBits(1)) {
			const numLongTermRefPicsSps = readExpGolomb(bitstream);
			for (let i = 0; i < numLongTermRefPicsSps; i++) {
				readExpGolomb(bitstream);
				bitstream.skipBits(1);
			}
		}
		bitstream.skipBits(1);
		bitstream.skipBits(1);
		let colourPrimaries = 2;
		let transferCharacteristics = 2;
		let matrixCoefficients = 2;
		let fullRangeFlag = 0;
		let minSpatialSegmentationIdc = 0;
		let pixelAspectRatio = {
			num: 1,
			den: 1
		};
		if (bitstream.readBits(1)) {
			const vui = parseHevcVui(bitstream, spsMaxSubLayersMinus1);
			pixelAspectRatio = vui.pixelAspectRatio;
			colourPrimaries = vui.colourPrimaries;
			transferCharacteristics = vui.transferCharacteristics;
			matrixCoefficients = vui.matrixCoefficients;
			fullRangeFlag = vui.fullRangeFlag;
			minSpatialSegmentationIdc = vui.minSpatialSegmentationIdc;
		}
		return {
			displayWidth,
			displayHeight,
			pixelAspectRatio,
			colourPrimaries,
			transferCharacteristics,
			matrixCoefficients,
			fullRangeFlag,
			maxDecFrameBuffering: spsMaxNumReorderPics + 1,
			spsMaxSubLayersMinus1,
			spsTemporalIdNestingFlag,
			generalProfileSpace: general_profile_space,
			generalTierFlag: general_tier_flag,
			generalProfileIdc: general_profile_idc,
			generalProfileCompatibilityFlags: general_profile_compatibility_flags,
			generalConstraintIndicatorFlags: general_constraint_indicator_flags,
			generalLevelIdc: general_level_idc,
			chromaFormatIdc,
			bitDepthLumaMinus8,
			bitDepthChromaMinus8,
			minSpatialSegmentationIdc
		};
	} catch (error) {
		Logging._error("Error parsing HEVC SPS:", error);
		return null;
	}
};
/** Builds a HevcDecoderConfigurationRecord from an HEVC packet in Annex B format. */
var extractHevcDecoderConfigurationRecord = (packetData) => {
	try {
		const vpsUnits = [];
		const spsUnits = [];
		const ppsUnits = [];
		const seiUnits = [];
		for (const loc of iterateNalUnitsInAnnexB(packetData)) {
			const nalUnit = packetData.subarray(loc.offset, loc.offset + loc.length);
			const type = extractNalUnitTypeForHevc(nalUnit[0]);
			if (type === HevcNalUnitType.VPS_NUT) vpsUnits.push(nalUnit);
			else if (type === HevcNalUnitType.SPS_NUT) spsUnits.push(nalUnit);
			else if (type === HevcNalUnitType.PPS_NUT) ppsUnits.push(nalUnit);
			else if (type === HevcNalUnitType.PREFIX_SEI_NUT || type === HevcNalUnitType.SUFFIX_SEI_NUT) seiUnits.push(nalUnit);
		}
		if (spsUnits.length === 0 || ppsUnits.length === 0) return null;
		const spsInfo = parseHevcSps(spsUnits[0]);
		if (!spsInfo) return null;
		let parallelismType = 0;
		if (ppsUnits.length > 0) {
			const pps = ppsUnits[0];
			const ppsBitstream = new Bitstream(removeEmulationPreventionBytes(pps));
			ppsBitstream.skipBits(16);
			readExpGolomb(ppsBitstream);
			readExpGolomb(ppsBitstream);
			ppsBitstream.skipBits(1);
			ppsBitstream.skipBits(1);
			ppsBitstream.skipBits(3);
			ppsBitstream.skipBits(1);
			ppsBitstream.skipBits(1);
			readExpGolomb(ppsBitstream);
			readExpGolomb(ppsBitstream);
			readSignedExpGolomb(ppsBitstream);
			ppsBitstream.skipBits(1);
			ppsBitstream.skipBits(1);
			if (ppsBitstream.readBits(1)) readExpGolomb(ppsBitstream);
			readSignedExpGolomb(ppsBitstream);
			readSignedExpGolomb(ppsBitstream);
			ppsBitstream.skipBits(1);
			ppsBitstream.skipBits(1);
			ppsBitstream.skipBits(1);
			ppsBitstream.skipBits(1);
			const tiles_enabled_flag = ppsBitstream.readBits(1);
			const entropy_coding_sync_enabled_flag = ppsBitstream.readBits(1);
			if (!tiles_enabled_flag && !entropy_coding_sync_enabled_flag) parallelismType = 0;
			else if (tiles_enabled_flag && !entropy_coding_sync_enabled_flag) parallelismType = 2;
			else if (!tiles_enabled_flag && entropy_coding_sync_enabled_flag) parallelismType = 3;
			else parallelismType = 0;
		}
		const arrays = [
			...vpsUnits.length ? [{
				arrayCompleteness: 1,
				nalUnitType: HevcNalUnitType.VPS_NUT,
				nalUnits: vpsUnits
			}] : [],
			...spsUnits.length ? [{
				arrayCompleteness: 1,
				nalUnitType: HevcNalUnitType.SPS_NUT,
				nalUnits: spsUnits
			}] : [],
			...ppsUnits.length ? [{
				arrayCompleteness: 1,
				nalUnitType: HevcNalUnitType.PPS_NUT,
				nalUnits: ppsUnits
			}] : [],
			...seiUnits.length ? [{
				arrayCompleteness: 1,
				nalUnitType: extractNalUnitTypeForHevc(seiUnits[0][0]),
				nalUnits: seiUnits
			}] : []
		];
		return {
			configurationVersion: 1,
			generalProfileSpace: spsInfo.generalProfileSpace,
			generalTierFlag: spsInfo.generalTierFlag,
			generalProfileIdc: spsInfo.generalProfileIdc,
			generalProfileCompatibilityFlags: spsInfo.generalProfileCompatibilityFlags,
			generalConstraintIndicatorFlags: spsInfo.generalConstraintIndicatorFlags,
			generalLevelIdc: spsInfo.generalLevelIdc,
			minSpatialSegmentationIdc: spsInfo.minSpatialSegmentationIdc,
			parallelismType,
			chromaFormatIdc: spsInfo.chromaFormatIdc,
			bitDepthLumaMinus8: spsInfo.bitDepthLumaMinus8,
			bitDepthChromaMinus8: spsInfo.bitDepthChromaMinus8,
			avgFrameRate: 0,
			constantFrameRate: 0,
			numTemporalLayers: spsInfo.spsMaxSubLayersMinus1 + 1,
			temporalIdNested: spsInfo.spsTemporalIdNestingFlag,
			lengthSizeMinusOne: 3,
			arrays
		};
	} catch (error) {
		Logging._error("Error building HEVC Decoder Configuration Record:", error);
		return null;
	}
};
var parseProfileTierLevel = (bitstream, maxNumSubLayersMinus1) => {
	const general_profile_space = bitstream.readBits(2);
	const general_tier_flag = bitstream.readBits(1);
	const general_profile_idc = bitstream.readBits(5);
	let general_profile_compatibility_flags = 0;
	for (let i = 0; i < 32; i++) general_profile_compatibility_flags = general_profile_compatibility_flags << 1 | bitstream.readBits(1);
	const general_constraint_indicator_flags = /* @__PURE__ */ new Uint8Array(6);
	for (let i = 0; i < 6; i++) general_constraint_indicator_flags[i] = bitstream.readBits(8);
	const general_level_idc = bitstream.readBits(8);
	const sub_layer_profile_present_flag = [];
	const sub_layer_level_present_flag = [];
	for (let i = 0; i < maxNumSubLayersMinus1; i++) {
		sub_layer_profile_present_flag.push(bitstream.readBits(1));
		sub_layer_level_present_flag.push(bitstream.readBits(1));
	}
	if (maxNumSubLayersMinus1 > 0) for (let i = maxNumSubLayersMinus1; i < 8; i++) bitstream.skipBits(2);
	for (let i = 0; i < maxNumSubLayersMinus1; i++) {
		if (sub_layer_profile_present_flag[i]) bitstream.skipBits(88);
		if (sub_layer_level_present_flag[i]) bitstream.skipBits(8);
	}
	return {
		general_profile_space,
		general_tier_flag,
		general_profile_idc,
		general_profile_compatibility_flags,
		general_constraint_indicator_flags,
		general_level_idc
	};
};
var skipScalingListData = (bitstream) => {
	for (let sizeId = 0; sizeId < 4; sizeId++) for (let matrixId = 0; matrixId < (sizeId === 3 ? 2 : 6); matrixId++) if (!bitstream.readBits(1)) readExpGolomb(bitstream);
	else {
		const coefNum = Math.min(64, 1 << 4 + (sizeId << 1));
		if (sizeId > 1) readSignedExpGolomb(bitstream);
		for (let i = 0; i < coefNum; i++) readSignedExpGolomb(bitstream);
	}
};
var skipAllStRefPicSets = (bitstream, num_short_term_ref_pic_sets) => {
	const NumDeltaPocs = [];
	for (let stRpsIdx = 0; stRpsIdx < num_short_term_ref_pic_sets; stRpsIdx++) NumDeltaPocs[stRpsIdx] = skipStRefPicSet(bitstream, stRpsIdx, num_short_term_ref_pic_sets, NumDeltaPocs);
};
var skipStRefPicSet = (bitstream, stRpsIdx, num_short_term_ref_pic_sets, NumDeltaPocs) => {
	let NumDeltaPocsThis = 0;
	let inter_ref_pic_set_prediction_flag = 0;
	let RefRpsIdx = 0;
	if (stRpsIdx !== 0) inter_ref_pic_set_prediction_flag = bitstream.readBits(1);
	if (inter_ref_pic_set_prediction_flag) {
		if (stRpsIdx === num_short_term_ref_pic_sets) RefRpsIdx = stRpsIdx - (readExpGolomb(bitstream) + 1);
		else RefRpsIdx = stRpsIdx - 1;
		bitstream.readBits(1);
		readExpGolomb(bitstream);
		const numDelta = NumDeltaPocs[RefRpsIdx] ?? 0;
		for (let j = 0; j <= numDelta; j++) if (!bitstream.readBits(1)) bitstream.readBits(1);
		NumDeltaPocsThis = NumDeltaPocs[RefRpsIdx];
	} else {
		const num_negative_pics = readExpGolomb(bitstream);
		const num_positive_pics = readExpGolomb(bitstream);
		for (let i = 0; i < num_negative_pics; i++) {
			readExpGolomb(bitstream);
			bitstream.readBits(1);
		}
		for (let i = 0; i < num_positive_pics; i++) {
			readExpGolomb(bitstream);
			bitstream.readBits(1);
		}
		NumDeltaPocsThis = num_negative_pics + num_positive_pics;
	}
	return NumDeltaPocsThis;
};
var parseHevcVui = (bitstream, sps_max_sub_layers_minus1) => {
	let colourPrimaries = 2;
	let transferCharacteristics = 2;
	let matrixCoefficients = 2;
	let fullRangeFlag = 0;
	let minSpatialSegmentationIdc = 0;
	let pixelAspectRatio = {
		num: 1,
		den: 1
	};
	if (bitstream.readBits(1)) {
		const aspect_ratio_idc = bitstream.readBits(8);
		if (aspect_ratio_idc === 255) pixelAspectRatio = {
			num: bitstream.readBits(16),
			den: bitstream.readBits(16)
		};
		else {
			const aspectRatio = AVC_HEVC_ASPECT_RATIO_IDC_TABLE[aspect_ratio_idc];
			if (aspectRatio) pixelAspectRatio = aspectRatio;
		}
	}
	if (bitstream.readBits(1)) bitstream.readBits(1);
	if (bitstream.readBits(1)) {
		bitstream.readBits(3);
		fullRangeFlag = bitstream.readBits(1);
		if (bitstream.readBits(1)) {
			colourPrimaries = bitstream.readBits(8);
			transferCharacteristics = bitstream.readBits(8);
			matrixCoefficients = bitstream.readBits(8);
		}
	}
	if (bitstream.readBits(1)) {
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
	}
	bitstream.readBits(1);
	bitstream.readBits(1);
	bitstream.readBits(1);
	if (bitstream.readBits(1)) {
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
	}
	if (bitstream.readBits(1)) {
		bitstream.readBits(32);
		bitstream.readBits(32);
		if (bitstream.readBits(1)) readExpGolomb(bitstream);
		if (bitstream.readBits(1)) skipHevcHrdParameters(bitstream, true, sps_max_sub_layers_minus1);
	}
	if (bitstream.readBits(1)) {
		bitstream.readBits(1);
		bitstream.readBits(1);
		bitstream.readBits(1);
		minSpatialSegmentationIdc = readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
	}
	return {
		pixelAspectRatio,
		colourPrimaries,
		transferCharacteristics,
		matrixCoefficients,
		fullRangeFlag,
		minSpatialSegmentationIdc
	};
};
var skipHevcHrdParameters = (bitstream, commonInfPresentFlag, maxNumSubLayersMinus1) => {
	let nal_hrd_parameters_present_flag = false;
	let vcl_hrd_parameters_present_flag = false;
	let sub_pic_hrd_params_present_flag = false;
	if (commonInfPresentFlag) {
		nal_hrd_parameters_present_flag = bitstream.readBits(1) === 1;
		vcl_hrd_parameters_present_flag = bitstream.readBits(1) === 1;
		if (nal_hrd_parameters_present_flag || vcl_hrd_parameters_present_flag) {
			sub_pic_hrd_params_present_flag = bitstream.readBits(1) === 1;
			if (sub_pic_hrd_params_present_flag) {
				bitstream.readBits(8);
				bitstream.readBits(5);
				bitstream.readBits(1);
				bitstream.readBits(5);
			}
			bitstream.readBits(4);
			bitstream.readBits(4);
			if (sub_pic_hrd_params_present_flag) bitstream.readBits(4);
			bitstream.readBits(5);
			bitstream.readBits(5);
			bitstream.readBits(5);
		}
	}
	for (let i = 0; i <= maxNumSubLayersMinus1; i++) {
		const fixed_pic_rate_general_flag = bitstream.readBits(1) === 1;
		let fixed_pic_rate_within_cvs_flag = true;
		if (!fixed_pic_rate_general_flag) fixed_pic_rate_within_cvs_flag = bitstream.readBits(1) === 1;
		let low_delay_hrd_flag = false;
		if (fixed_pic_rate_within_cvs_flag) readExpGolomb(bitstream);
		else low_delay_hrd_flag = bitstream.readBits(1) === 1;
		let CpbCnt = 1;
		if (!low_delay_hrd_flag) CpbCnt = readExpGolomb(bitstream) + 1;
		if (nal_hrd_parameters_present_flag) skipSubLayerHrdParameters(bitstream, CpbCnt, sub_pic_hrd_params_present_flag);
		if (vcl_hrd_parameters_present_flag) skipSubLayerHrdParameters(bitstream, CpbCnt, sub_pic_hrd_params_present_flag);
	}
};
var skipSubLayerHrdParameters = (bitstream, CpbCnt, sub_pic_hrd_params_present_flag) => {
	for (let i = 0; i < CpbCnt; i++) {
		readExpGolomb(bitstream);
		readExpGolomb(bitstream);
		if (sub_pic_hrd_params_present_flag) {
			readExpGolomb(bitstream);
			readExpGolomb(bitstream);
		}
		bitstream.readBits(1);
	}
};
/** Deserializes an HevcDecoderConfigurationRecord from the format specified in Section 8.3.3.1 of ISO 14496-15. */
var deserializeHevcDecoderConfigurationRecord = (data) => {
	try {
		const view = toDataView(data);
		let offset = 0;
		const configurationVersion = view.getUint8(offset++);
		const byte1 = view.getUint8(offset++);
		const generalProfileSpace = byte1 >> 6 & 3;
		const generalTierFlag = byte1 >> 5 & 1;
		const generalProfileIdc = byte1 & 31;
		const generalProfileCompatibilityFlags = view.getUint32(offset, false);
		offset += 4;
		const generalConstraintIndicatorFlags = data.subarray(offset, offset + 6);
		offset += 6;
		const generalLevelIdc = view.getUint8(offset++);
		const minSpatialSegmentationIdc = (view.getUint8(offset++) & 15) << 8 | view.getUint8(offset++);
		const parallelismType = view.getUint8(offset++) & 3;
		const chromaFormatIdc = view.getUint8(offset++) & 3;
		const bitDepthLumaMinus8 = view.getUint8(offset++) & 7;
		const bitDepthChromaMinus8 = view.getUint8(offset++) & 7;
		const avgFrameRate = view.getUint16(offset, false);
		offset += 2;
		const byte21 = view.getUint8(offset++);
		const constantFrameRate = byte21 >> 6 & 3;
		const numTemporalLayers = byte21 >> 3 & 7;
		const temporalIdNested = byte21 >> 2 & 1;
		const lengthSizeMinusOne = byte21 & 3;
		const numOfArrays = view.getUint8(offset++);
		const arrays = [];
		for (let i = 0; i < numOfArrays; i++) {
			const arrByte = view.getUint8(offset++);
			const arrayCompleteness = arrByte >> 7 & 1;
			const nalUnitType = arrByte & 63;
			const numNalus = view.getUint16(offset, false);
			offset += 2;
			const nalUnits = [];
			for (let j = 0; j < numNalus; j++) {
				const nalUnitLength = view.getUint16(offset, false);
				offset += 2;
				nalUnits.push(data.subarray(offset, offset + nalUnitLength));
				offset += nalUnitLength;
			}
			arrays.push({
				arrayCompleteness,
				nalUnitType,
				nalUnits
			});
		}
		return {
			configurationVersion,
			generalProfileSpace,
			generalTierFlag,
			generalProfileIdc,
			generalProfileCompatibilityFlags,
			generalConstraintIndicatorFlags,
			generalLevelIdc,
			minSpatialSegmentationIdc,
			parallelismType,
			chromaFormatIdc,
			bitDepthLumaMinus8,
			bitDepthChromaMinus8,
			avgFrameRate,
			constantFrameRate,
			numTemporalLayers,
			temporalIdNested,
			lengthSizeMinusOne,
			arrays
		};
	} catch (error) {
		Logging._error("Error deserializing HEVC Decoder Configuration Record:", error);
		return null;
	}
};
var HevcNaluOrderState;
(function(HevcNaluOrderState) {
	HevcNaluOrderState[HevcNaluOrderState["audAllowed"] = 0] = "audAllowed";
	HevcNaluOrderState[HevcNaluOrderState["beforeFirstVcl"] = 1] = "beforeFirstVcl";
	HevcNaluOrderState[HevcNaluOrderState["afterFirstVcl"] = 2] = "afterFirstVcl";
	HevcNaluOrderState[HevcNaluOrderState["eoBitstreamAllowed"] = 3] = "eoBitstreamAllowed";
	HevcNaluOrderState[HevcNaluOrderState["noMoreDataAllowed"] = 4] = "noMoreDataAllowed";
})(HevcNaluOrderState || (HevcNaluOrderState = {}));
var VP9_COLOR_SPACE_TABLE = {
	1: {
		colourPrimaries: 5,
		transferCharacteristics: 6,
		matrixCoefficients: 5
	},
	2: {
		colourPrimaries: 1,
		transferCharacteristics: 1,
		matrixCoefficients: 1
	},
	3: {
		colourPrimaries: 6,
		transferCharacteristics: 6,
		matrixCoefficients: 6
	},
	4: {
		colourPrimaries: 7,
		transferCharacteristics: 7,
		matrixCoefficients: 7
	},
	5: {
		colourPrimaries: 9,
		transferCharacteristics: 14,
		matrixCoefficients: 9
	},
	7: {
		colourPrimaries: 1,
		transferCharacteristics: 13,
		matrixCoefficients: 0
	}
};
var extractVp9CodecInfoFromPacket = (packet) => {
	const bitstream = new Bitstream(packet);
	if (bitstream.readBits(2) !== 2) return null;
	const profileLowBit = bitstream.readBits(1);
	const profile = (bitstream.readBits(1) << 1) + profileLowBit;
	if (profile === 3) bitstream.skipBits(1);
	if (bitstream.readBits(1) === 1) return null;
	if (bitstream.readBits(1) !== 0) return null;
	bitstream.skipBits(2);
	if (bitstream.readBits(24) !== 4817730) return null;
	let bitDepth = 8;
	if (profile >= 2) bitDepth = bitstream.readBits(1) ? 12 : 10;
	const colorSpace = bitstream.readBits(3);
	let chromaSubsampling = 0;
	let videoFullRangeFlag = 0;
	if (colorSpace !== 7) {
		videoFullRangeFlag = bitstream.readBits(1);
		if (profile === 1 || profile === 3) {
			const subsamplingX = bitstream.readBits(1);
			const subsamplingY = bitstream.readBits(1);
			chromaSubsampling = !subsamplingX && !subsamplingY ? 3 : subsamplingX && !subsamplingY ? 2 : 1;
			bitstream.skipBits(1);
		} else chromaSubsampling = 1;
	} else {
		chromaSubsampling = 3;
		videoFullRangeFlag = 1;
	}
	const widthMinusOne = bitstream.readBits(16);
	const heightMinusOne = bitstream.readBits(16);
	const pictureSize = (widthMinusOne + 1) * (heightMinusOne + 1);
	let level = last(VP9_LEVEL_TABLE).level;
	for (const entry of VP9_LEVEL_TABLE) if (pictureSize <= entry.maxPictureSize) {
		level = entry.level;
		break;
	}
	const colorSpaceValues = VP9_COLOR_SPACE_TABLE[colorSpace];
	const colourPrimaries = colorSpaceValues?.colourPrimaries ?? 2;
	const transferCharacteristics = colorSpaceValues?.transferCharacteristics ?? 2;
	const matrixCoefficients = colorSpaceValues?.matrixCoefficients ?? 2;
	return {
		profile,
		level,
		bitDepth,
		chromaSubsampling,
		videoFullRangeFlag,
		colourPrimaries,
		transferCharacteristics,
		matrixCoefficients
	};
};
var vp9CodecInfoHasColorInfo = (info) => {
	return info.colourPrimaries !== 2 || info.transferCharacteristics !== 2 || info.matrixCoefficients !== 2;
};
/** Iterates over all OBUs in an AV1 packet bitstream. */
var iterateAv1PacketObus = function* (packet) {
	const bitstream = new Bitstream(packet);
	const readLeb128 = () => {
		let value = 0;
		for (let i = 0; i < 8; i++) {
			const byte = bitstream.readAlignedByte();
			value += (byte & 127) * 2 ** (i * 7);
			if (!(byte & 128)) break;
			if (i === 7 && byte & 128) return null;
		}
		if (value > 2 ** 32 - 1) return null;
		return value;
	};
	while (bitstream.getBitsLeft() >= 8) {
		bitstream.skipBits(1);
		const obuType = bitstream.readBits(4);
		const obuExtension = bitstream.readBits(1);
		const obuHasSizeField = bitstream.readBits(1);
		bitstream.skipBits(1);
		if (obuExtension) bitstream.skipBits(8);
		let obuSize;
		if (obuHasSizeField) {
			const obuSizeValue = readLeb128();
			if (obuSizeValue === null) return;
			obuSize = obuSizeValue;
		} else obuSize = Math.floor(bitstream.getBitsLeft() / 8);
		assert(bitstream.pos % 8 === 0);
		yield {
			type: obuType,
			data: packet.subarray(bitstream.pos / 8, bitstream.pos / 8 + obuSize)
		};
		bitstream.skipBits(obuSize * 8);
	}
};
/**
* When AV1 codec information is not provided by the container, we can still try to extract the information by digging
* into the AV1 bitstream.
*/
var extractAv1CodecInfoFromPacket = (packet) => {
	for (const { type, data } of iterateAv1PacketObus(packet)) {
		if (type !== 1) continue;
		const bitstream = new Bitstream(data);
		const seqProfile = bitstream.readBits(3);
		bitstream.readBits(1);
		const reducedStillPictureHeader = bitstream.readBits(1);
		let seqLevel = 0;
		let seqTier = 0;
		let bufferDelayLengthMinus1 = 0;
		if (reducedStillPictureHeader) seqLevel = bitstream.readBits(5);
		else {
			const timingInfoPresentFlag = bitstream.readBits(1);
			let decoderModelInfoPresentFlag = 0;
			if (timingInfoPresentFlag) {
				bitstream.skipBits(32);
				bitstream.skipBits(32);
				if (bitstream.readBits(1)) {
					let leadingZeros = 0;
					while (leadingZeros < 32 && !bitstream.readBits(1)) leadingZeros++;
					if (leadingZeros < 32) bitstream.skipBits(leadingZeros);
				}
				decoderModelInfoPresentFlag = bitstream.readBits(1);
				if (decoderModelInfoPresentFlag) {
					bufferDelayLengthMinus1 = bitstream.readBits(5);
					bitstream.skipBits(32);
					bitstream.skipBits(5);
					bitstream.skipBits(5);
				}
			}
			const initialDisplayDelayPresentFlag = bitstream.readBits(1);
			const operatingPointsCntMinus1 = bitstream.readBits(5);
			for (let i = 0; i <= operatingPointsCntMinus1; i++) {
				bitstream.skipBits(12);
				const seqLevelIdx = bitstream.readBits(5);
				if (i === 0) seqLevel = seqLevelIdx;
				if (seqLevelIdx > 7) {
					const seqTierTemp = bitstream.readBits(1);
					if (i === 0) seqTier = seqTierTemp;
				}
				if (decoderModelInfoPresentFlag) {
					if (bitstream.readBits(1)) {
						const n = bufferDelayLengthMinus1 + 1;
						bitstream.skipBits(n);
						bitstream.skipBits(n);
						bitstream.skipBits(1);
					}
				}
				if (initialDisplayDelayPresentFlag) {
					if (bitstream.readBits(1)) bitstream.skipBits(4);
				}
			}
		}
		const frameWidthBitsMinus1 = bitstream.readBits(4);
		const frameHeightBitsMinus1 = bitstream.readBits(4);
		const n1 = frameWidthBitsMinus1 + 1;
		bitstream.skipBits(n1);
		const n2 = frameHeightBitsMinus1 + 1;
		bitstream.skipBits(n2);
		let frameIdNumbersPresentFlag = 0;
		if (reducedStillPictureHeader) frameIdNumbersPresentFlag = 0;
		else frameIdNumbersPresentFlag = bitstream.readBits(1);
		if (frameIdNumbersPresentFlag) {
			bitstream.skipBits(4);
			bitstream.skipBits(3);
		}
		bitstream.skipBits(1);
		bitstream.skipBits(1);
		bitstream.skipBits(1);
		if (!reducedStillPictureHeader) {
			bitstream.skipBits(1);
			bitstream.skipBits(1);
			bitstream.skipBits(1);
			bitstream.skipBits(1);
			const enableOrderHint = bitstream.readBits(1);
			if (enableOrderHint) {
				bitstream.skipBits(1);
				bitstream.skipBits(1);
			}
			const seqChooseScreenContentTools = bitstream.readBits(1);
			let seqForceScreenContentTools = 0;
			if (seqChooseScreenContentTools) seqForceScreenContentTools = 2;
			else seqForceScreenContentTools = bitstream.readBits(1);
			if (seqForceScreenContentTools > 0) {
				if (!bitstream.readBits(1)) bitstream.skipBits(1);
			}
			if (enableOrderHint) bitstream.skipBits(3);
		}
		bitstream.skipBits(1);
		bitstream.skipBits(1);
		bitstream.skipBits(1);
		const highBitdepth = bitstream.readBits(1);
		let bitDepth = 8;
		if (seqProfile === 2 && highBitdepth) bitDepth = bitstream.readBits(1) ? 12 : 10;
		else if (seqProfile <= 2) bitDepth = highBitdepth ? 10 : 8;
		let monochrome = 0;
		if (seqProfile !== 1) monochrome = bitstream.readBits(1);
		let colourPrimaries = 2;
		let transferCharacteristics = 2;
		let matrixCoefficients = 2;
		if (bitstream.readBits(1)) {
			colourPrimaries = bitstream.readBits(8);
			transferCharacteristics = bitstream.readBits(8);
			matrixCoefficients = bitstream.readBits(8);
		}
		let videoFullRangeFlag = 0;
		let chromaSubsamplingX = 1;
		let chromaSubsamplingY = 1;
		let chromaSamplePosition = 0;
		if (monochrome) videoFullRangeFlag = bitstream.readBits(1);
		else if (colourPrimaries === 1 && transferCharacteristics === 13 && matrixCoefficients === 0) {
			videoFullRangeFlag = 1;
			chromaSubsamplingX = 0;
			chromaSubsamplingY = 0;
		} else {
			videoFullRangeFlag = bitstream.readBits(1);
			if (seqProfile === 0) {
				chromaSubsamplingX = 1;
				chromaSubsamplingY = 1;
			} else if (seqProfile === 1) {
				chromaSubsamplingX = 0;
				chromaSubsamplingY = 0;
			} else if (bitDepth === 12) {
				chromaSubsamplingX = bitstream.readBits(1);
				chromaSubsamplingY = chromaSubsamplingX ? bitstream.readBits(1) : 0;
			} else {
				chromaSubsamplingX = 1;
				chromaSubsamplingY = 0;
			}
			if (chromaSubsamplingX && chromaSubsamplingY) chromaSamplePosition = bitstream.readBits(2);
		}
		return {
			profile: seqProfile,
			level: seqLevel,
			tier: seqTier,
			bitDepth,
			monochrome,
			chromaSubsamplingX,
			chromaSubsamplingY,
			chromaSamplePosition,
			videoFullRangeFlag,
			colourPrimaries,
			transferCharacteristics,
			matrixCoefficients
		};
	}
	return null;
};
var av1CodecInfoHasColorInfo = (info) => {
	return info.colourPrimaries !== 2 || info.transferCharacteristics !== 2 || info.matrixCoefficients !== 2;
};
var extractProresCodecInfoFromPacket = (packet) => {
	const frameHeaderStart = 8;
	if (packet.length < 36) return null;
	const view = toDataView(packet);
	if (view.getUint32(4) !== 1768124518) return null;
	if (view.getUint16(frameHeaderStart) < 28) return null;
	return {
		fullRange: false,
		colourPrimaries: view.getUint8(22),
		transferCharacteristics: view.getUint8(23),
		matrixCoefficients: view.getUint8(24)
	};
};
/** Determines a packet's type (key or delta) by digging into the packet bitstream. */
var determineVideoPacketType = (codec, decoderConfig, packetData) => {
	switch (codec) {
		case "avc":
			for (const loc of iterateAvcNalUnits(packetData, decoderConfig)) {
				const nalTypeByte = packetData[loc.offset];
				const type = extractNalUnitTypeForAvc(nalTypeByte);
				if (type >= AvcNalUnitType.NON_IDR_SLICE && type <= AvcNalUnitType.SLICE_DPC) return "delta";
				if (type === AvcNalUnitType.IDR) return "key";
				if (type === AvcNalUnitType.SEI && !isChromium()) {
					const bytes = removeEmulationPreventionBytes(packetData.subarray(loc.offset, loc.offset + loc.length));
					let pos = 1;
					do {
						let payloadType = 0;
						while (true) {
							const nextByte = bytes[pos++];
							if (nextByte === void 0) break;
							payloadType += nextByte;
							if (nextByte < 255) break;
						}
						let payloadSize = 0;
						while (true) {
							const nextByte = bytes[pos++];
							if (nextByte === void 0) break;
							payloadSize += nextByte;
							if (nextByte < 255) break;
						}
						if (payloadType === 6) {
							const bitstream = new Bitstream(bytes);
							bitstream.pos = 8 * pos;
							const recoveryFrameCount = readExpGolomb(bitstream);
							const exactMatchFlag = bitstream.readBits(1);
							if (recoveryFrameCount === 0 && exactMatchFlag === 1) return "key";
						}
						pos += payloadSize;
					} while (pos < bytes.length - 1);
				}
			}
			return "delta";
		case "hevc":
			for (const loc of iterateHevcNalUnits(packetData, decoderConfig)) {
				const type = extractNalUnitTypeForHevc(packetData[loc.offset]);
				if (type < HevcNalUnitType.BLA_W_LP) return "delta";
				if (type <= HevcNalUnitType.RSV_IRAP_VCL23) return "key";
			}
			return "delta";
		case "vp8": return (packetData[0] & 1) === 0 ? "key" : "delta";
		case "vp9": {
			const bitstream = new Bitstream(packetData);
			if (bitstream.readBits(2) !== 2) return null;
			const profileLowBit = bitstream.readBits(1);
			if ((bitstream.readBits(1) << 1) + profileLowBit === 3) bitstream.skipBits(1);
			if (bitstream.readBits(1)) return null;
			return bitstream.readBits(1) === 0 ? "key" : "delta";
		}
		case "av1": {
			let reducedStillPictureHeader = false;
			for (const { type, data } of iterateAv1PacketObus(packetData)) if (type === 1) {
				const bitstream = new Bitstream(data);
				bitstream.skipBits(4);
				reducedStillPictureHeader = !!bitstream.readBits(1);
			} else if (type === 3 || type === 6 || type === 7) {
				if (reducedStillPictureHeader) return "key";
				const bitstream = new Bitstream(data);
				if (bitstream.readBits(1)) return null;
				return bitstream.readBits(2) === 0 ? "key" : "delta";
			}
			return null;
		}
		case "prores": return "key";
		default:
			assertNever(codec);
			assert(false);
	}
};
var FlacBlockType;
(function(FlacBlockType) {
	FlacBlockType[FlacBlockType["STREAMINFO"] = 0] = "STREAMINFO";
	FlacBlockType[FlacBlockType["VORBIS_COMMENT"] = 4] = "VORBIS_COMMENT";
	FlacBlockType[FlacBlockType["PICTURE"] = 6] = "PICTURE";
})(FlacBlockType || (FlacBlockType = {}));
/**
* Channel counts indexed by acmod (Table 4.3).
* Does NOT include LFE - add lfeon to get total channel count.
*/
var AC3_ACMOD_CHANNEL_COUNTS = [
	2,
	1,
	2,
	3,
	3,
	4,
	4,
	5
];
new Uint8Array([
	5,
	4,
	65,
	67,
	45,
	51
]);
new Uint8Array([
	5,
	4,
	69,
	65,
	67,
	51
]);
/**
* Parse a dec3 box to extract E-AC-3 parameters.
* Section F.6
*/
var parseEac3Config = (data) => {
	if (data.length < 2) return null;
	const bitstream = new Bitstream(data);
	const dataRate = bitstream.readBits(13);
	const numIndSub = bitstream.readBits(3);
	const substreams = [];
	for (let i = 0; i <= numIndSub; i++) {
		if (Math.ceil(bitstream.pos / 8) + 3 > data.length) break;
		const fscod = bitstream.readBits(2);
		const bsid = bitstream.readBits(5);
		bitstream.skipBits(1);
		bitstream.skipBits(1);
		const bsmod = bitstream.readBits(3);
		const acmod = bitstream.readBits(3);
		const lfeon = bitstream.readBits(1);
		bitstream.skipBits(3);
		const numDepSub = bitstream.readBits(4);
		let chanLoc = 0;
		if (numDepSub > 0) chanLoc = bitstream.readBits(9);
		else bitstream.skipBits(1);
		substreams.push({
			fscod,
			fscod2: null,
			bsid,
			bsmod,
			acmod,
			lfeon,
			numDepSub,
			chanLoc
		});
	}
	if (substreams.length === 0) return null;
	return {
		dataRate,
		substreams
	};
};
/**
* Get sample rate from E-AC-3 config.
* See ATSC A/52:2018 for handling fscod2.
*/
var getEac3SampleRate = (config) => {
	const sub = config.substreams[0];
	assert(sub);
	if (sub.fscod < 3) return AC3_SAMPLE_RATES[sub.fscod];
	else if (sub.fscod2 !== null && sub.fscod2 < 3) return EAC3_REDUCED_SAMPLE_RATES[sub.fscod2];
	return null;
};
/**
* Get channel count from E-AC-3 config (first independent substream only).
*/
var getEac3ChannelCount = (config) => {
	const sub = config.substreams[0];
	assert(sub);
	let channels = AC3_ACMOD_CHANNEL_COUNTS[sub.acmod] + sub.lfeon;
	if (sub.numDepSub > 0) {
		const CHAN_LOC_COUNTS = [
			2,
			2,
			1,
			1,
			2,
			2,
			2,
			1,
			1
		];
		for (let bit = 0; bit < 9; bit++) if (sub.chanLoc & 1 << 8 - bit) channels += CHAN_LOC_COUNTS[bit];
	}
	return channels;
};
/** Number of PCM blocks that a core frame's length must be a multiple of. */
var DTS_SUBBAND_SAMPLES = 8;
/** Core sample rates indexed by SFREQ. Zeroes mark invalid codes. Table 5-4 */
var DTS_CORE_SAMPLE_RATES = [
	0,
	8e3,
	16e3,
	32e3,
	0,
	0,
	11025,
	22050,
	44100,
	0,
	0,
	12e3,
	24e3,
	48e3,
	96e3,
	192e3
];
/**
* Core bit rates in bps indexed by RATE, where a zero means the code isn't a constant rate. Table 5-7
*
* Note that FFmpeg's ff_dca_bit_rates has 896000 where the spec has 960, and defines rates for codes 25 to 28
* which this revision of the spec calls invalid. We keep the latter, since they cost nothing and some content
* predating the spec revision uses them.
*/
var DTS_CORE_BIT_RATES = [
	32e3,
	56e3,
	64e3,
	96e3,
	112e3,
	128e3,
	192e3,
	224e3,
	256e3,
	32e4,
	384e3,
	448e3,
	512e3,
	576e3,
	64e4,
	768e3,
	96e4,
	1024e3,
	1152e3,
	128e4,
	1344e3,
	1408e3,
	1411200,
	1472e3,
	1536e3,
	192e4,
	2048e3,
	3072e3,
	384e4,
	0,
	0,
	0
];
/** Source PCM resolutions in bits indexed by PCMR. Zeroes mark invalid codes. */
var DTS_PCM_RESOLUTIONS = [
	16,
	16,
	20,
	20,
	0,
	24,
	24,
	0
];
/** Channel counts indexed by AMODE, not counting LFE. */
var DTS_AMODE_CHANNEL_COUNTS = [
	1,
	2,
	2,
	2,
	2,
	3,
	3,
	4,
	4,
	5,
	6,
	6,
	6,
	7,
	8,
	8
];
/**
* Speaker layout masks indexed by AMODE, expressed with the same bits as `ChannelLayout` in the DTSSpecificBox
* and `nuSpkrActivityMask` in an extension substream asset descriptor.
*/
var DTS_AMODE_CHANNEL_LAYOUTS = [
	1,
	2,
	2,
	2,
	2,
	3,
	18,
	19,
	6,
	7,
	518,
	323,
	83,
	519,
	582,
	535
];
/** The LFE1 speaker bit in a channel layout mask. */
var DTS_CHANNEL_LAYOUT_LFE1 = 8;
/** The channel layout bits that stand for a pair of speakers rather than a single one. */
var DTS_CHANNEL_LAYOUT_PAIR_MASK = 44646;
/** Reference clock rates indexed by nuRefClockCode. The last code is unused. Table 7-3 */
var DTS_EXSS_REF_CLOCKS = [
	32e3,
	44100,
	48e3,
	0
];
/** Sample rates used by extension substream assets, indexed by nuMaxSampleRate. */
var DTS_EXSS_SAMPLE_RATES = [
	8e3,
	16e3,
	32e3,
	64e3,
	128e3,
	22050,
	44100,
	88200,
	176400,
	352800,
	12e3,
	24e3,
	48e3,
	96e3,
	192e3,
	384e3
];
/** Frame durations that the DTSSpecificBox can express, indexed by FrameDuration. */
var DTS_SPECIFIC_BOX_FRAME_DURATIONS = [
	512,
	1024,
	2048,
	4096
];
/**
* Parse one complete DTS frame, being a core substream frame followed by any number of extension substreams,
* or an extension substream on its own. Section 5 and Section 7.4.1
*/
var parseDtsFrame = (data) => {
	const core = parseDtsCoreFrameHeader(data);
	const view = toDataView(data);
	let offset = core ? Math.ceil(core.frameSize / 4) * 4 : 0;
	let firstExss = null;
	while (offset + 4 <= data.length && view.getUint32(offset) === 1683496997) {
		const exss = parseDtsExssHeader(data.subarray(offset));
		if (!exss) break;
		firstExss ??= exss;
		offset += exss.frameSize;
	}
	if (core) return {
		frameSize: firstExss ? offset : core.frameSize,
		sampleRate: core.sampleRate,
		numberOfChannels: core.numberOfChannels,
		sampleCount: core.sampleCount,
		channelLayout: core.channelLayout,
		pcmResolution: core.pcmResolution,
		bitRate: core.bitRate,
		core,
		hasExtensions: firstExss !== null
	};
	if (!firstExss?.asset) return null;
	const { asset } = firstExss;
	return {
		frameSize: offset,
		sampleRate: asset.sampleRate,
		numberOfChannels: asset.numberOfChannels,
		sampleCount: asset.sampleCount,
		channelLayout: asset.channelLayout,
		pcmResolution: asset.pcmResolution,
		bitRate: 0,
		core: null,
		hasExtensions: true
	};
};
/**
* Works out which four-character code describes a packet, or null when the packet doesn't say. Telling 'dtsl'
* from 'dtse' would mean working out whether the asset holds XLL or LBR data, which sits behind the speaker
* remapping and mixing metadata deep in the asset descriptor, so we don't do it.
*/
var extractDtsFourCcFromPacket = (data) => {
	const frameInfo = parseDtsFrame(data);
	if (!frameInfo?.core) return null;
	return frameInfo.hasExtensions ? "dtsh" : "dtsc";
};
/** Parse the header of a core substream frame. Section 5.3 */
var parseDtsCoreFrameHeader = (data) => {
	if (data.length < 18) return null;
	if (data[0] !== 127 || data[1] !== 254 || data[2] !== 128 || data[3] !== 1) return null;
	const bitstream = new Bitstream(data);
	bitstream.skipBits(32);
	bitstream.skipBits(1);
	if (bitstream.readBits(5) !== 31) return null;
	const cpf = bitstream.readBits(1);
	const npcmblocks = bitstream.readBits(7) + 1;
	if (npcmblocks % DTS_SUBBAND_SAMPLES !== 0) return null;
	const frameSize = bitstream.readBits(14) + 1;
	if (frameSize < 96) return null;
	const amode = bitstream.readBits(6);
	if (amode >= DTS_AMODE_CHANNEL_COUNTS.length) return null;
	const sampleRate = DTS_CORE_SAMPLE_RATES[bitstream.readBits(4)];
	if (sampleRate === 0) return null;
	const bitRate = DTS_CORE_BIT_RATES[bitstream.readBits(5)];
	if (bitstream.readBits(1) !== 0) return null;
	bitstream.skipBits(4);
	bitstream.skipBits(5);
	const lff = bitstream.readBits(2);
	if (lff === 3) return null;
	bitstream.skipBits(1);
	if (cpf) bitstream.skipBits(16);
	bitstream.skipBits(7);
	const pcmResolution = DTS_PCM_RESOLUTIONS[bitstream.readBits(3)];
	if (pcmResolution === 0) return null;
	const lfePresent = lff !== 0;
	return {
		frameSize,
		sampleRate,
		numberOfChannels: DTS_AMODE_CHANNEL_COUNTS[amode] + (lfePresent ? 1 : 0),
		sampleCount: npcmblocks * 32,
		channelLayout: DTS_AMODE_CHANNEL_LAYOUTS[amode] | (lfePresent ? DTS_CHANNEL_LAYOUT_LFE1 : 0),
		amode,
		lfePresent,
		bitRate,
		pcmResolution
	};
};
/** Parse the header of an extension substream, along with its first audio asset descriptor. Section 7.4.1 */
var parseDtsExssHeader = (data) => {
	if (data.length < 10) return null;
	if (data[0] !== 100 || data[1] !== 88 || data[2] !== 32 || data[3] !== 37) return null;
	const bitstream = new Bitstream(data);
	bitstream.skipBits(32);
	bitstream.skipBits(8);
	const extSsIndex = bitstream.readBits(2);
	const wideHeader = bitstream.readBits(1);
	const headerSizeBits = 8 + 4 * wideHeader;
	const frameSizeBits = 16 + 4 * wideHeader;
	bitstream.skipBits(headerSizeBits);
	const frameSize = bitstream.readBits(frameSizeBits) + 1;
	const incomplete = {
		frameSize,
		asset: null
	};
	if (!bitstream.readBits(1)) return incomplete;
	const refClock = DTS_EXSS_REF_CLOCKS[bitstream.readBits(2)];
	const frameDurationCycles = 512 * (bitstream.readBits(3) + 1);
	if (bitstream.readBits(1)) bitstream.skipBits(36);
	const numAudioPresentations = bitstream.readBits(3) + 1;
	const numAssets = bitstream.readBits(3) + 1;
	const activeExssMasks = [];
	for (let i = 0; i < numAudioPresentations; i++) activeExssMasks.push(bitstream.readBits(extSsIndex + 1));
	for (const mask of activeExssMasks) bitstream.skipBits(8 * popcount(mask));
	if (bitstream.readBits(1)) {
		bitstream.skipBits(2);
		const spkrMaskBits = bitstream.readBits(2) + 1 << 2;
		const numMixOutConfigs = bitstream.readBits(2) + 1;
		bitstream.skipBits(numMixOutConfigs * spkrMaskBits);
	}
	for (let i = 0; i < numAssets; i++) bitstream.skipBits(frameSizeBits);
	bitstream.skipBits(9);
	bitstream.skipBits(3);
	if (bitstream.readBits(1)) bitstream.skipBits(4);
	if (bitstream.readBits(1)) bitstream.skipBits(24);
	if (bitstream.readBits(1)) bitstream.skipBits(8 * (bitstream.readBits(10) + 1));
	const pcmResolution = bitstream.readBits(5) + 1;
	const sampleRate = DTS_EXSS_SAMPLE_RATES[bitstream.readBits(4)];
	const numberOfChannels = bitstream.readBits(8) + 1;
	let channelLayout = 0;
	if (bitstream.readBits(1)) {
		if (numberOfChannels > 2) bitstream.skipBits(1);
		if (numberOfChannels > 6) bitstream.skipBits(1);
		if (bitstream.readBits(1)) {
			const spkrMaskBits = bitstream.readBits(2) + 1 << 2;
			channelLayout = bitstream.readBits(spkrMaskBits);
		}
	}
	if (refClock === 0 || bitstream.getBitsLeft() < 0) return incomplete;
	return {
		frameSize,
		asset: {
			sampleRate,
			numberOfChannels,
			sampleCount: Math.round(frameDurationCycles * sampleRate / refClock),
			channelLayout,
			pcmResolution
		}
	};
};
/** Parse a DTSSpecificBox (ddts). */
var parseDtsSpecificBox = (data) => {
	if (data.length < 20) return null;
	const view = toDataView(data);
	const sampleRate = view.getUint32(0);
	if (sampleRate === 0) return null;
	const bitstream = new Bitstream(data);
	bitstream.seekToByte(13);
	const frameDuration = bitstream.readBits(2);
	bitstream.skipBits(5);
	const coreLfePresent = bitstream.readBits(1);
	const coreLayout = bitstream.readBits(6);
	bitstream.skipBits(14);
	bitstream.skipBits(1);
	bitstream.skipBits(3);
	const channelLayout = bitstream.readBits(16);
	let numberOfChannels = null;
	if (channelLayout !== 0) numberOfChannels = getDtsChannelCount(channelLayout);
	else if (coreLayout < DTS_AMODE_CHANNEL_COUNTS.length) numberOfChannels = DTS_AMODE_CHANNEL_COUNTS[coreLayout] + coreLfePresent;
	return {
		sampleRate,
		maxBitrate: view.getUint32(4),
		avgBitrate: view.getUint32(8),
		pcmSampleDepth: data[12],
		sampleCount: DTS_SPECIFIC_BOX_FRAME_DURATIONS[frameDuration],
		channelLayout,
		numberOfChannels
	};
};
/** Count the channels in a DTS speaker layout mask, where some bits stand for a pair of speakers. */
var getDtsChannelCount = (channelLayout) => {
	return popcount(channelLayout) + popcount(channelLayout & DTS_CHANNEL_LAYOUT_PAIR_MASK);
};
// node_modules/mediabunny/dist/modules/src/codec.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
/**
* List of known PCM (uncompressed) audio codecs, ordered by encoding preference.
* @group Codecs
* @public
*/
var PCM_AUDIO_CODECS = [
	"pcm-s16",
	"pcm-s16be",
	"pcm-s24",
	"pcm-s24be",
	"pcm-s32",
	"pcm-s32be",
	"pcm-f32",
	"pcm-f32be",
	"pcm-f64",
	"pcm-f64be",
	"pcm-u8",
	"pcm-s8",
	"ulaw",
	"alaw"
];
[...PCM_AUDIO_CODECS];
var AVC_LEVEL_TABLE = [
	{
		maxMacroblocks: 99,
		maxBitrate: 64e3,
		maxDpbMbs: 396,
		level: 10
	},
	{
		maxMacroblocks: 396,
		maxBitrate: 192e3,
		maxDpbMbs: 900,
		level: 11
	},
	{
		maxMacroblocks: 396,
		maxBitrate: 384e3,
		maxDpbMbs: 2376,
		level: 12
	},
	{
		maxMacroblocks: 396,
		maxBitrate: 768e3,
		maxDpbMbs: 2376,
		level: 13
	},
	{
		maxMacroblocks: 396,
		maxBitrate: 2e6,
		maxDpbMbs: 2376,
		level: 20
	},
	{
		maxMacroblocks: 792,
		maxBitrate: 4e6,
		maxDpbMbs: 4752,
		level: 21
	},
	{
		maxMacroblocks: 1620,
		maxBitrate: 4e6,
		maxDpbMbs: 8100,
		level: 22
	},
	{
		maxMacroblocks: 1620,
		maxBitrate: 1e7,
		maxDpbMbs: 8100,
		level: 30
	},
	{
		maxMacroblocks: 3600,
		maxBitrate: 14e6,
		maxDpbMbs: 18e3,
		level: 31
	},
	{
		maxMacroblocks: 5120,
		maxBitrate: 2e7,
		maxDpbMbs: 20480,
		level: 32
	},
	{
		maxMacroblocks: 8192,
		maxBitrate: 2e7,
		maxDpbMbs: 32768,
		level: 40
	},
	{
		maxMacroblocks: 8192,
		maxBitrate: 5e7,
		maxDpbMbs: 32768,
		level: 41
	},
	{
		maxMacroblocks: 8704,
		maxBitrate: 5e7,
		maxDpbMbs: 34816,
		level: 42
	},
	{
		maxMacroblocks: 22080,
		maxBitrate: 135e6,
		maxDpbMbs: 110400,
		level: 50
	},
	{
		maxMacroblocks: 36864,
		maxBitrate: 24e7,
		maxDpbMbs: 184320,
		level: 51
	},
	{
		maxMacroblocks: 36864,
		maxBitrate: 24e7,
		maxDpbMbs: 184320,
		level: 52
	},
	{
		maxMacroblocks: 139264,
		maxBitrate: 24e7,
		maxDpbMbs: 696320,
		level: 60
	},
	{
		maxMacroblocks: 139264,
		maxBitrate: 48e7,
		maxDpbMbs: 696320,
		level: 61
	},
	{
		maxMacroblocks: 139264,
		maxBitrate: 8e8,
		maxDpbMbs: 696320,
		level: 62
	}
];
var VP9_LEVEL_TABLE = [
	{
		maxPictureSize: 36864,
		maxBitrate: 2e5,
		level: 10
	},
	{
		maxPictureSize: 73728,
		maxBitrate: 8e5,
		level: 11
	},
	{
		maxPictureSize: 122880,
		maxBitrate: 18e5,
		level: 20
	},
	{
		maxPictureSize: 245760,
		maxBitrate: 36e5,
		level: 21
	},
	{
		maxPictureSize: 552960,
		maxBitrate: 72e5,
		level: 30
	},
	{
		maxPictureSize: 983040,
		maxBitrate: 12e6,
		level: 31
	},
	{
		maxPictureSize: 2228224,
		maxBitrate: 18e6,
		level: 40
	},
	{
		maxPictureSize: 2228224,
		maxBitrate: 3e7,
		level: 41
	},
	{
		maxPictureSize: 8912896,
		maxBitrate: 6e7,
		level: 50
	},
	{
		maxPictureSize: 8912896,
		maxBitrate: 12e7,
		level: 51
	},
	{
		maxPictureSize: 8912896,
		maxBitrate: 18e7,
		level: 52
	},
	{
		maxPictureSize: 35651584,
		maxBitrate: 18e7,
		level: 60
	},
	{
		maxPictureSize: 35651584,
		maxBitrate: 24e7,
		level: 61
	},
	{
		maxPictureSize: 35651584,
		maxBitrate: 48e7,
		level: 62
	}
];
var VP9_DEFAULT_SUFFIX = ".01.01.01.01.00";
var AV1_DEFAULT_SUFFIX = ".0.110.01.01.01.0";
var PRORES_FOURCCS = [
	"ap4x",
	"ap4h",
	"apch",
	"apcn",
	"apcs",
	"apco"
];
var DTS_FOURCCS = [
	"dtsc",
	"dtsh",
	"dtsl",
	"dtse"
];
var extractVideoCodecString = (trackInfo) => {
	const { codec, codecDescription, colorSpace, avcCodecInfo, hevcCodecInfo, vp9CodecInfo, av1CodecInfo, proresFormat } = trackInfo;
	if (codec === "avc") {
		assert(trackInfo.avcType !== null);
		if (avcCodecInfo) {
			const bytes = new Uint8Array([
				avcCodecInfo.avcProfileIndication,
				avcCodecInfo.profileCompatibility,
				avcCodecInfo.avcLevelIndication
			]);
			return `avc${trackInfo.avcType}.${bytesToHexString(bytes)}`;
		}
		if (!codecDescription || codecDescription.byteLength < 4) throw new TypeError("AVC decoder description is not provided or is not at least 4 bytes long.");
		return `avc${trackInfo.avcType}.${bytesToHexString(codecDescription.subarray(1, 4))}`;
	} else if (codec === "hevc") {
		let generalProfileSpace;
		let generalProfileIdc;
		let compatibilityFlags;
		let generalTierFlag;
		let generalLevelIdc;
		let constraintFlags;
		if (hevcCodecInfo) {
			generalProfileSpace = hevcCodecInfo.generalProfileSpace;
			generalProfileIdc = hevcCodecInfo.generalProfileIdc;
			compatibilityFlags = reverseBitsU32(hevcCodecInfo.generalProfileCompatibilityFlags);
			generalTierFlag = hevcCodecInfo.generalTierFlag;
			generalLevelIdc = hevcCodecInfo.generalLevelIdc;
			constraintFlags = [...hevcCodecInfo.generalConstraintIndicatorFlags];
		} else {
			if (!codecDescription || codecDescription.byteLength < 23) throw new TypeError("HEVC decoder description is not provided or is not at least 23 bytes long.");
			const view = toDataView(codecDescription);
			const profileByte = view.getUint8(1);
			generalProfileSpace = profileByte >> 6 & 3;
			generalProfileIdc = profileByte & 31;
			compatibilityFlags = reverseBitsU32(view.getUint32(2));
			generalTierFlag = profileByte >> 5 & 1;
			generalLevelIdc = view.getUint8(12);
			constraintFlags = [];
			for (let i = 0; i < 6; i++) constraintFlags.push(view.getUint8(6 + i));
		}
		let codecString = "hev1.";
		codecString += [
			"",
			"A",
			"B",
			"C"
		][generalProfileSpace] + generalProfileIdc;
		codecString += ".";
		codecString += compatibilityFlags.toString(16).toUpperCase();
		codecString += ".";
		codecString += generalTierFlag === 0 ? "L" : "H";
		codecString += generalLevelIdc;
		while (constraintFlags.length > 0 && constraintFlags[constraintFlags.length - 1] === 0) constraintFlags.pop();
		if (constraintFlags.length > 0) {
			codecString += ".";
			codecString += constraintFlags.map((x) => x.toString(16).toUpperCase()).join(".");
		}
		return codecString;
	} else if (codec === "vp8") return "vp8";
	else if (codec === "vp9") {
		if (!vp9CodecInfo) {
			const pictureSize = trackInfo.width * trackInfo.height;
			let level = last(VP9_LEVEL_TABLE).level;
			for (const entry of VP9_LEVEL_TABLE) if (pictureSize <= entry.maxPictureSize) {
				level = entry.level;
				break;
			}
			return `vp09.00.${level.toString().padStart(2, "0")}.08`;
		}
		const profile = vp9CodecInfo.profile.toString().padStart(2, "0");
		const level = vp9CodecInfo.level.toString().padStart(2, "0");
		const bitDepth = vp9CodecInfo.bitDepth.toString().padStart(2, "0");
		const chromaSubsampling = vp9CodecInfo.chromaSubsampling.toString().padStart(2, "0");
		const colourPrimaries = vp9CodecInfo.colourPrimaries.toString().padStart(2, "0");
		const transferCharacteristics = vp9CodecInfo.transferCharacteristics.toString().padStart(2, "0");
		const matrixCoefficients = vp9CodecInfo.matrixCoefficients.toString().padStart(2, "0");
		const videoFullRangeFlag = vp9CodecInfo.videoFullRangeFlag.toString().padStart(2, "0");
		let string = `vp09.${profile}.${level}.${bitDepth}.${chromaSubsampling}`;
		string += `.${colourPrimaries}.${transferCharacteristics}.${matrixCoefficients}.${videoFullRangeFlag}`;
		if (string.endsWith(VP9_DEFAULT_SUFFIX)) string = string.slice(0, -15);
		return string;
	} else if (codec === "av1") {
		if (!av1CodecInfo) {
			const pictureSize = trackInfo.width * trackInfo.height;
			let level = last(VP9_LEVEL_TABLE).level;
			for (const entry of VP9_LEVEL_TABLE) if (pictureSize <= entry.maxPictureSize) {
				level = entry.level;
				break;
			}
			return `av01.0.${level.toString().padStart(2, "0")}M.08`;
		}
		const profile = av1CodecInfo.profile;
		const level = av1CodecInfo.level.toString().padStart(2, "0");
		const tier = av1CodecInfo.tier ? "H" : "M";
		const bitDepth = av1CodecInfo.bitDepth.toString().padStart(2, "0");
		const monochrome = av1CodecInfo.monochrome ? "1" : "0";
		const chromaSubsampling = 100 * av1CodecInfo.chromaSubsamplingX + 10 * av1CodecInfo.chromaSubsamplingY + 1 * (av1CodecInfo.chromaSubsamplingX && av1CodecInfo.chromaSubsamplingY ? av1CodecInfo.chromaSamplePosition : 0);
		const colorPrimaries = colorSpace?.primaries ? COLOR_PRIMARIES_MAP[colorSpace.primaries] : 1;
		const transferCharacteristics = colorSpace?.transfer ? TRANSFER_CHARACTERISTICS_MAP[colorSpace.transfer] : 1;
		const matrixCoefficients = colorSpace?.matrix ? MATRIX_COEFFICIENTS_MAP[colorSpace.matrix] : 1;
		const videoFullRangeFlag = colorSpace?.fullRange ? 1 : 0;
		let string = `av01.${profile}.${level}${tier}.${bitDepth}`;
		string += `.${monochrome}.${chromaSubsampling.toString().padStart(3, "0")}`;
		string += `.${colorPrimaries.toString().padStart(2, "0")}`;
		string += `.${transferCharacteristics.toString().padStart(2, "0")}`;
		string += `.${matrixCoefficients.toString().padStart(2, "0")}`;
		string += `.${videoFullRangeFlag}`;
		if (string.endsWith(AV1_DEFAULT_SUFFIX)) string = string.slice(0, -17);
		return string;
	} else if (codec === "prores") return proresFormat ?? "apch";
	else if (codec !== null) assertNever(codec);
	throw new TypeError(`Unhandled codec '${codec}'.`);
};
var extractColorSpace = (info) => {
	switch (info.codec) {
		case "avc":
			{
				let spsData = info.avcCodecInfo?.sequenceParameterSets[0];
				if (!spsData && info.codecDescription) spsData = deserializeAvcDecoderConfigurationRecord(info.codecDescription)?.sequenceParameterSets[0];
				if (spsData) {
					const spsInfo = parseAvcSps(spsData);
					if (spsInfo) return {
						primaries: COLOR_PRIMARIES_MAP_INVERSE[spsInfo.colourPrimaries],
						transfer: TRANSFER_CHARACTERISTICS_MAP_INVERSE[spsInfo.transferCharacteristics],
						matrix: MATRIX_COEFFICIENTS_MAP_INVERSE[spsInfo.matrixCoefficients],
						fullRange: !!spsInfo.fullRangeFlag
					};
				}
			}
			break;
		case "hevc":
			{
				let spsData = info.hevcCodecInfo?.arrays.find((x) => x.nalUnitType === HevcNalUnitType.SPS_NUT)?.nalUnits[0];
				if (!spsData && info.codecDescription) spsData = deserializeHevcDecoderConfigurationRecord(info.codecDescription)?.arrays.find((x) => x.nalUnitType === HevcNalUnitType.SPS_NUT)?.nalUnits[0];
				if (spsData) {
					const spsInfo = parseHevcSps(spsData);
					if (spsInfo) return {
						primaries: COLOR_PRIMARIES_MAP_INVERSE[spsInfo.colourPrimaries],
						transfer: TRANSFER_CHARACTERISTICS_MAP_INVERSE[spsInfo.transferCharacteristics],
						matrix: MATRIX_COEFFICIENTS_MAP_INVERSE[spsInfo.matrixCoefficients],
						fullRange: !!spsInfo.fullRangeFlag
					};
				}
			}
			break;
		case "vp8": break;
		case "vp9":
			if (info.vp9CodecInfo) return {
				primaries: COLOR_PRIMARIES_MAP_INVERSE[info.vp9CodecInfo.colourPrimaries],
				transfer: TRANSFER_CHARACTERISTICS_MAP_INVERSE[info.vp9CodecInfo.transferCharacteristics],
				matrix: MATRIX_COEFFICIENTS_MAP_INVERSE[info.vp9CodecInfo.matrixCoefficients],
				fullRange: !!info.vp9CodecInfo.videoFullRangeFlag
			};
			break;
		case "av1":
			if (info.av1CodecInfo) return {
				primaries: COLOR_PRIMARIES_MAP_INVERSE[info.av1CodecInfo.colourPrimaries],
				transfer: TRANSFER_CHARACTERISTICS_MAP_INVERSE[info.av1CodecInfo.transferCharacteristics],
				matrix: MATRIX_COEFFICIENTS_MAP_INVERSE[info.av1CodecInfo.matrixCoefficients],
				fullRange: !!info.av1CodecInfo.videoFullRangeFlag
			};
			break;
		case "prores": if (info.proresCodecInfo) return {
			primaries: COLOR_PRIMARIES_MAP_INVERSE[info.proresCodecInfo.colourPrimaries],
			transfer: TRANSFER_CHARACTERISTICS_MAP_INVERSE[info.proresCodecInfo.transferCharacteristics],
			matrix: MATRIX_COEFFICIENTS_MAP_INVERSE[info.proresCodecInfo.matrixCoefficients],
			fullRange: info.proresCodecInfo.fullRange
		};
	}
	return {
		primaries: void 0,
		transfer: void 0,
		matrix: void 0,
		fullRange: void 0
	};
};
var extractAudioCodecString = (trackInfo) => {
	const { codec, codecDescription, aacCodecInfo, dtsFormat } = trackInfo;
	if (codec === "aac") {
		if (!aacCodecInfo) throw new TypeError("AAC codec info must be provided.");
		if (aacCodecInfo.isMpeg2) return "mp4a.67";
		else {
			let objectType;
			if (aacCodecInfo.objectType !== null) objectType = aacCodecInfo.objectType;
			else objectType = parseAacAudioSpecificConfig(codecDescription).objectType;
			return `mp4a.40.${objectType}`;
		}
	} else if (codec === "mp3") return "mp3";
	else if (codec === "opus") return "opus";
	else if (codec === "vorbis") return "vorbis";
	else if (codec === "flac") return "flac";
	else if (codec === "ac3") return "ac-3";
	else if (codec === "eac3") return "ec-3";
	else if (codec === "dts") return dtsFormat ?? "dtsc";
	else if (codec && PCM_AUDIO_CODECS.includes(codec)) return codec;
	throw new TypeError(`Unhandled codec '${codec}'.`);
};
var OPUS_SAMPLE_RATE = 48e3;
var PCM_CODEC_REGEX = /^pcm-([usf])(\d+)(be)?$/;
var parsePcmCodec = (codec) => {
	assert(PCM_AUDIO_CODECS.includes(codec));
	if (codec === "ulaw") return {
		dataType: "ulaw",
		sampleSize: 1,
		littleEndian: true,
		silentValue: 255
	};
	else if (codec === "alaw") return {
		dataType: "alaw",
		sampleSize: 1,
		littleEndian: true,
		silentValue: 213
	};
	const match = PCM_CODEC_REGEX.exec(codec);
	assert(match);
	let dataType;
	if (match[1] === "u") dataType = "unsigned";
	else if (match[1] === "s") dataType = "signed";
	else dataType = "float";
	const sampleSize = Number(match[2]) / 8;
	const littleEndian = match[3] !== "be";
	return {
		dataType,
		sampleSize,
		littleEndian,
		silentValue: codec === "pcm-u8" ? 128 : 0
	};
};
[...PRORES_FOURCCS];
// node_modules/mediabunny/dist/modules/src/demuxer.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var Demuxer = class {
	constructor(input) {
		this.input = input;
	}
	dispose() {}
};
// node_modules/mediabunny/dist/modules/src/packet.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var PLACEHOLDER_DATA = /* #__PURE__ */ new Uint8Array(0);
/**
* Represents an encoded chunk of media. Mainly used as an expressive wrapper around WebCodecs API's
* [`EncodedVideoChunk`](https://developer.mozilla.org/en-US/docs/Web/API/EncodedVideoChunk) and
* [`EncodedAudioChunk`](https://developer.mozilla.org/en-US/docs/Web/API/EncodedAudioChunk), but can also be used
* standalone.
* @group Packets
* @public
*/
var EncodedPacket = class EncodedPacket {
	/** Creates a new {@link EncodedPacket} from raw bytes and timing information. */
	constructor(data, type, timestamp, duration, sequenceNumber = -1, byteLength, sideData) {
		this.data = data;
		this.type = type;
		this.timestamp = timestamp;
		this.duration = duration;
		this.sequenceNumber = sequenceNumber;
		if (data === PLACEHOLDER_DATA && byteLength === void 0) throw new Error("Internal error: byteLength must be explicitly provided when constructing metadata-only packets.");
		if (byteLength === void 0) byteLength = data.byteLength;
		if (!(data instanceof Uint8Array)) throw new TypeError("data must be a Uint8Array.");
		if (type !== "key" && type !== "delta") throw new TypeError("type must be either \"key\" or \"delta\".");
		if (!Number.isFinite(timestamp)) throw new TypeError("timestamp must be a number.");
		if (!Number.isFinite(duration) || duration < 0) throw new TypeError("duration must be a non-negative number.");
		if (!Number.isFinite(sequenceNumber)) throw new TypeError("sequenceNumber must be a number.");
		if (!Number.isInteger(byteLength) || byteLength < 0) throw new TypeError("byteLength must be a non-negative integer.");
		if (sideData !== void 0 && (typeof sideData !== "object" || !sideData)) throw new TypeError("sideData, when provided, must be an object.");
		if (sideData?.alpha !== void 0 && !(sideData.alpha instanceof Uint8Array)) throw new TypeError("sideData.alpha, when provided, must be a Uint8Array.");
		if (sideData?.alphaByteLength !== void 0 && (!Number.isInteger(sideData.alphaByteLength) || sideData.alphaByteLength < 0)) throw new TypeError("sideData.alphaByteLength, when provided, must be a non-negative integer.");
		this.byteLength = byteLength;
		this.sideData = sideData ?? {};
		if (this.sideData.alpha && this.sideData.alphaByteLength === void 0) this.sideData.alphaByteLength = this.sideData.alpha.byteLength;
	}
	/**
	* If this packet is a metadata-only packet. Metadata-only packets don't contain their packet data. They are the
	* result of retrieving packets with {@link PacketRetrievalOptions.metadataOnly} set to `true`.
	*/
	get isMetadataOnly() {
		return this.data === PLACEHOLDER_DATA;
	}
	/** The timestamp of this packet in microseconds. */
	get microsecondTimestamp() {
		return Math.trunc(SECOND_TO_MICROSECOND_FACTOR * this.timestamp);
	}
	/** The duration of this packet in microseconds. */
	get microsecondDuration() {
		return Math.trunc(SECOND_TO_MICROSECOND_FACTOR * this.duration);
	}
	/** Converts this packet to an
	* [`EncodedVideoChunk`](https://developer.mozilla.org/en-US/docs/Web/API/EncodedVideoChunk) for use with the
	* WebCodecs API. */
	toEncodedVideoChunk() {
		if (this.isMetadataOnly) throw new TypeError("Metadata-only packets cannot be converted to a video chunk.");
		if (typeof EncodedVideoChunk === "undefined") throw new Error("EncodedVideoChunk is not available in this environment.");
		return new EncodedVideoChunk({
			data: this.data,
			type: this.type,
			timestamp: this.microsecondTimestamp,
			duration: this.microsecondDuration
		});
	}
	/**
	* Converts this packet to an
	* [`EncodedVideoChunk`](https://developer.mozilla.org/en-US/docs/Web/API/EncodedVideoChunk) for use with the
	* WebCodecs API, using the alpha side data instead of the color data. Throws if no alpha side data is defined.
	*/
	alphaToEncodedVideoChunk(type = this.type) {
		if (!this.sideData.alpha) throw new TypeError("This packet does not contain alpha side data.");
		if (this.isMetadataOnly) throw new TypeError("Metadata-only packets cannot be converted to a video chunk.");
		if (typeof EncodedVideoChunk === "undefined") throw new Error("EncodedVideoChunk is not available in this environment.");
		return new EncodedVideoChunk({
			data: this.sideData.alpha,
			type,
			timestamp: this.microsecondTimestamp,
			duration: this.microsecondDuration
		});
	}
	/** Converts this packet to an
	* [`EncodedAudioChunk`](https://developer.mozilla.org/en-US/docs/Web/API/EncodedAudioChunk) for use with the
	* WebCodecs API. */
	toEncodedAudioChunk() {
		if (this.isMetadataOnly) throw new TypeError("Metadata-only packets cannot be converted to an audio chunk.");
		if (typeof EncodedAudioChunk === "undefined") throw new Error("EncodedAudioChunk is not available in this environment.");
		return new EncodedAudioChunk({
			data: this.data,
			type: this.type,
			timestamp: this.microsecondTimestamp,
			duration: this.microsecondDuration
		});
	}
	/**
	* Creates an {@link EncodedPacket} from an
	* [`EncodedVideoChunk`](https://developer.mozilla.org/en-US/docs/Web/API/EncodedVideoChunk) or
	* [`EncodedAudioChunk`](https://developer.mozilla.org/en-US/docs/Web/API/EncodedAudioChunk). This method is useful
	* for converting chunks from the WebCodecs API to `EncodedPacket` instances.
	*/
	static fromEncodedChunk(chunk, sideData) {
		if (!(chunk instanceof EncodedVideoChunk || chunk instanceof EncodedAudioChunk)) throw new TypeError("chunk must be an EncodedVideoChunk or EncodedAudioChunk.");
		const data = new Uint8Array(chunk.byteLength);
		chunk.copyTo(data);
		return new EncodedPacket(data, chunk.type, chunk.timestamp / 1e6, (chunk.duration ?? 0) / 1e6, void 0, void 0, sideData);
	}
	/** Clones this packet while optionally modifying the new packet's data. */
	clone(options) {
		if (options !== void 0 && (typeof options !== "object" || options === null)) throw new TypeError("options, when provided, must be an object.");
		if (options?.data !== void 0 && !(options.data instanceof Uint8Array)) throw new TypeError("options.data, when provided, must be a Uint8Array.");
		if (options?.type !== void 0 && options.type !== "key" && options.type !== "delta") throw new TypeError("options.type, when provided, must be either \"key\" or \"delta\".");
		if (options?.timestamp !== void 0 && !Number.isFinite(options.timestamp)) throw new TypeError("options.timestamp, when provided, must be a number.");
		if (options?.duration !== void 0 && !Number.isFinite(options.duration)) throw new TypeError("options.duration, when provided, must be a number.");
		if (options?.sequenceNumber !== void 0 && !Number.isFinite(options.sequenceNumber)) throw new TypeError("options.sequenceNumber, when provided, must be a number.");
		if (options?.sideData !== void 0 && (typeof options.sideData !== "object" || options.sideData === null)) throw new TypeError("options.sideData, when provided, must be an object.");
		return new EncodedPacket(options?.data ?? this.data, options?.type ?? this.type, options?.timestamp ?? this.timestamp, options?.duration ?? this.duration, options?.sequenceNumber ?? this.sequenceNumber, this.byteLength, options?.sideData ?? this.sideData);
	}
};
// node_modules/mediabunny/dist/modules/src/isobmff/isobmff-misc.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var buildIsobmffMimeType = (info) => {
	let string = (info.hasVideo ? "video/" : info.hasAudio ? "audio/" : "application/") + (info.isQuickTime ? "quicktime" : "mp4");
	if (info.codecStrings.length > 0) {
		const uniqueCodecMimeTypes = [...new Set(info.codecStrings)];
		string += `; codecs="${uniqueCodecMimeTypes.join(", ")}"`;
	}
	return string;
};
var parsePsshBoxContents = (contents) => {
	const view = toDataView(contents);
	let pos = 0;
	const version = view.getUint8(pos);
	pos += 1;
	pos += 3;
	const systemId = bytesToHexString(contents.subarray(pos, pos + 16));
	pos += 16;
	let keyIds = null;
	if (version > 0) {
		const kidCount = view.getUint32(pos);
		pos += 4;
		if (kidCount > 0) {
			keyIds = [];
			for (let i = 0; i < kidCount; i++) {
				keyIds.push(bytesToHexString(contents.subarray(pos, pos + 16)));
				pos += 16;
			}
		}
	}
	const dataSize = view.getUint32(pos);
	pos += 4;
	return {
		systemId,
		keyIds,
		data: contents.slice(pos, pos + dataSize)
	};
};
var psshBoxesAreEqual = (a, b) => a.systemId === b.systemId && uint8ArraysAreEqual(a.data, b.data);
// node_modules/mediabunny/dist/modules/src/isobmff/isobmff-reader.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var readBoxHeader = (slice) => {
	let totalSize = readU32Be(slice);
	const name = readAscii(slice, 4);
	let headerSize = 8;
	if (totalSize === 1) {
		totalSize = readU64Be(slice);
		headerSize = 16;
	}
	const contentSize = totalSize - headerSize;
	if (contentSize < 0) return null;
	return {
		name,
		totalSize,
		headerSize,
		contentSize
	};
};
var readFixed_16_16 = (slice) => {
	return readI32Be(slice) / 65536;
};
var readFixed_2_30 = (slice) => {
	return readI32Be(slice) / 1073741824;
};
var readIsomVariableInteger = (slice) => {
	let result = 0;
	for (let i = 0; i < 4; i++) {
		result <<= 7;
		const nextByte = readU8(slice);
		result |= nextByte & 127;
		if ((nextByte & 128) === 0) break;
	}
	return result;
};
var readMetadataStringShort = (slice) => {
	let stringLength = readU16Be(slice);
	slice.skip(2);
	stringLength = Math.min(stringLength, slice.remainingLength);
	return textDecoder.decode(readBytes(slice, stringLength));
};
var readDataBox = (slice) => {
	const header = readBoxHeader(slice);
	if (!header || header.name !== "data") return null;
	if (slice.remainingLength < 8) return null;
	const typeIndicator = readU32Be(slice);
	slice.skip(4);
	const data = readBytes(slice, header.contentSize - 8);
	switch (typeIndicator) {
		case 1: return textDecoder.decode(data);
		case 2: return new TextDecoder("utf-16be").decode(data);
		case 13: return new RichImageData(data, "image/jpeg");
		case 14: return new RichImageData(data, "image/png");
		case 27: return new RichImageData(data, "image/bmp");
		default: return data;
	}
};
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var Te4 = /* @__PURE__ */ new Uint32Array(256);
var Td0 = /* @__PURE__ */ new Uint32Array(256);
var Td1 = /* @__PURE__ */ new Uint32Array(256);
var Td2 = /* @__PURE__ */ new Uint32Array(256);
var Td3 = /* @__PURE__ */ new Uint32Array(256);
var Td4 = /* @__PURE__ */ new Uint32Array(256);
var rcon = /* @__PURE__ */ new Uint32Array(10);
var tablesGenerated = false;
var generateAesTables = () => {
	const sbox = /* @__PURE__ */ new Uint8Array(256);
	const log = /* @__PURE__ */ new Uint8Array(256);
	const pow = /* @__PURE__ */ new Uint8Array(256);
	for (let i = 0, p = 1; i < 256; i++) {
		pow[i] = p;
		log[p] = i;
		p = p ^ p << 1 ^ (p & 128 ? 283 : 0);
	}
	const mul = (a, b) => a && b ? pow[(log[a] + log[b]) % 255] : 0;
	sbox[0] = 99;
	for (let i = 1; i < 256; i++) {
		const x = pow[255 - log[i]];
		let s = x ^ x << 1 ^ x << 2 ^ x << 3 ^ x << 4;
		s = s >>> 8 ^ s & 255 ^ 99;
		sbox[i] = s;
	}
	for (let i = 0; i < 256; i++) {
		const s = sbox[i];
		const is = sbox.indexOf(i);
		Te4[i] = s << 24 | s << 16 | s << 8 | s;
		Td4[i] = is << 24 | is << 16 | is << 8 | is;
		const b0 = mul(is, 14);
		const b1 = mul(is, 9);
		const b2 = mul(is, 13);
		const b3 = mul(is, 11);
		const w = b0 << 24 | b1 << 16 | b2 << 8 | b3;
		Td0[i] = w;
		Td1[i] = w >>> 8 | w << 24;
		Td2[i] = w >>> 16 | w << 16;
		Td3[i] = w >>> 24 | w << 8;
	}
	let r = 1;
	for (let i = 0; i < 10; i++) {
		rcon[i] = r << 24;
		r = r << 1 ^ (r & 128 ? 283 : 0);
	}
	tablesGenerated = true;
};
/** A context for doing AES-128-CBC operations. Better than the Web Crypto API since we can stream it. */
var Aes128CbcContext = class {
	constructor() {
		this.roundkey = /* @__PURE__ */ new Uint32Array(44);
		this.iv = new Uint32Array(16 / Uint32Array.BYTES_PER_ELEMENT);
		this.in = /* @__PURE__ */ new Uint8Array(16);
		this.out = /* @__PURE__ */ new Uint8Array(16);
		this.inView = new DataView(this.in.buffer);
		this.outView = new DataView(this.out.buffer);
	}
	init({ key, iv }) {
		assert(key.byteLength === 16);
		assert(iv.byteLength === 16);
		if (!tablesGenerated) generateAesTables();
		const keyView = new DataView(key.buffer, key.byteOffset, key.byteLength);
		const ivView = new DataView(iv.buffer, iv.byteOffset, iv.byteLength);
		this.roundkey[0] = keyView.getUint32(0, false);
		this.roundkey[1] = keyView.getUint32(4, false);
		this.roundkey[2] = keyView.getUint32(8, false);
		this.roundkey[3] = keyView.getUint32(12, false);
		this.iv[0] = ivView.getUint32(0, false);
		this.iv[1] = ivView.getUint32(4, false);
		this.iv[2] = ivView.getUint32(8, false);
		this.iv[3] = ivView.getUint32(12, false);
		for (let index = 4; index < 44; index += 4) {
			const temp = this.roundkey[index - 1];
			this.roundkey[index] = this.roundkey[index - 4] ^ Te4[temp >>> 16 & 255] & 4278190080 ^ Te4[temp >>> 8 & 255] & 16711680 ^ Te4[temp >>> 0 & 255] & 65280 ^ Te4[temp >>> 24 & 255] & 255 ^ rcon[index / 4 - 1];
			this.roundkey[index + 1] = this.roundkey[index - 3] ^ this.roundkey[index];
			this.roundkey[index + 2] = this.roundkey[index - 2] ^ this.roundkey[index + 1];
			this.roundkey[index + 3] = this.roundkey[index - 1] ^ this.roundkey[index + 2];
		}
		for (let i = 0, j = 40; i < j; i += 4, j -= 4) for (let k = 0; k < 4; k++) {
			const temp = this.roundkey[i + k];
			this.roundkey[i + k] = this.roundkey[j + k];
			this.roundkey[j + k] = temp;
		}
		for (let index = 4; index < 40; index += 4) for (let k = 0; k < 4; k++) {
			const rk = this.roundkey[index + k];
			this.roundkey[index + k] = Td0[Te4[rk >>> 24 & 255] & 255] ^ Td1[Te4[rk >>> 16 & 255] & 255] ^ Td2[Te4[rk >>> 8 & 255] & 255] ^ Td3[Te4[rk >>> 0 & 255] & 255];
		}
	}
	decrypt() {
		let s0 = this.inView.getUint32(0, false) ^ this.roundkey[0];
		let s1 = this.inView.getUint32(4, false) ^ this.roundkey[1];
		let s2 = this.inView.getUint32(8, false) ^ this.roundkey[2];
		let s3 = this.inView.getUint32(12, false) ^ this.roundkey[3];
		const temp0 = this.inView.getUint32(0, false);
		const temp1 = this.inView.getUint32(4, false);
		const temp2 = this.inView.getUint32(8, false);
		const temp3 = this.inView.getUint32(12, false);
		let t0, t1, t2, t3;
		for (let round = 1; round < 10; round++) {
			const offset = round * 4;
			t0 = Td0[s0 >>> 24] ^ Td1[s3 >>> 16 & 255] ^ Td2[s2 >>> 8 & 255] ^ Td3[s1 & 255] ^ this.roundkey[offset];
			t1 = Td0[s1 >>> 24] ^ Td1[s0 >>> 16 & 255] ^ Td2[s3 >>> 8 & 255] ^ Td3[s2 & 255] ^ this.roundkey[offset + 1];
			t2 = Td0[s2 >>> 24] ^ Td1[s1 >>> 16 & 255] ^ Td2[s0 >>> 8 & 255] ^ Td3[s3 & 255] ^ this.roundkey[offset + 2];
			t3 = Td0[s3 >>> 24] ^ Td1[s2 >>> 16 & 255] ^ Td2[s1 >>> 8 & 255] ^ Td3[s0 & 255] ^ this.roundkey[offset + 3];
			s0 = t0;
			s1 = t1;
			s2 = t2;
			s3 = t3;
		}
		const f0 = Td4[s0 >>> 24 & 255] & 4278190080 ^ Td4[s3 >>> 16 & 255] & 16711680 ^ Td4[s2 >>> 8 & 255] & 65280 ^ Td4[s1 >>> 0 & 255] & 255 ^ this.roundkey[40];
		const f1 = Td4[s1 >>> 24 & 255] & 4278190080 ^ Td4[s0 >>> 16 & 255] & 16711680 ^ Td4[s3 >>> 8 & 255] & 65280 ^ Td4[s2 >>> 0 & 255] & 255 ^ this.roundkey[41];
		const f2 = Td4[s2 >>> 24 & 255] & 4278190080 ^ Td4[s1 >>> 16 & 255] & 16711680 ^ Td4[s0 >>> 8 & 255] & 65280 ^ Td4[s3 >>> 0 & 255] & 255 ^ this.roundkey[42];
		const f3 = Td4[s3 >>> 24 & 255] & 4278190080 ^ Td4[s2 >>> 16 & 255] & 16711680 ^ Td4[s1 >>> 8 & 255] & 65280 ^ Td4[s0 >>> 0 & 255] & 255 ^ this.roundkey[43];
		this.outView.setUint32(0, f0 ^ this.iv[0], false);
		this.outView.setUint32(4, f1 ^ this.iv[1], false);
		this.outView.setUint32(8, f2 ^ this.iv[2], false);
		this.outView.setUint32(12, f3 ^ this.iv[3], false);
		this.iv[0] = temp0;
		this.iv[1] = temp1;
		this.iv[2] = temp2;
		this.iv[3] = temp3;
	}
};
// node_modules/mediabunny/dist/modules/src/isobmff/isobmff-demuxer.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var IsobmffDemuxer = class IsobmffDemuxer extends Demuxer {
	constructor(input) {
		super(input);
		this.moovSlice = null;
		this.currentTrack = null;
		this.tracks = [];
		this.metadataPromise = null;
		this.movieTimescale = -1;
		this.movieDurationInTimescale = -1;
		this.movieMatrix = IDENTITY_MATRIX;
		this.isQuickTime = false;
		this.metadataTags = {};
		this.currentMetadataKeys = null;
		this.isFragmented = false;
		this.fragmentTrackDefaults = [];
		this.psshBoxes = [];
		this.currentFragment = null;
		/**
		* Caches the last fragment that was read. Based on the assumption that there will be multiple reads to the
		* same fragment in quick succession.
		*/
		this.lastReadFragment = null;
		this.decryptionKeyCache = /* @__PURE__ */ new Map();
		this.reader = input._reader;
	}
	async getTrackBackings() {
		await this.readMetadata();
		return this.tracks.map((track) => track.trackBacking);
	}
	async getMimeType() {
		await this.readMetadata();
		const backings = await this.getTrackBackings();
		const codecStrings = await Promise.all(backings.map((x) => x.getDecoderConfig().then((c) => c?.codec ?? null)));
		return buildIsobmffMimeType({
			isQuickTime: this.isQuickTime,
			hasVideo: this.tracks.some((x) => x.info?.type === "video"),
			hasAudio: this.tracks.some((x) => x.info?.type === "audio"),
			codecStrings: codecStrings.filter(Boolean)
		});
	}
	async getMetadataTags() {
		await this.readMetadata();
		return this.metadataTags;
	}
	readMetadata() {
		return this.metadataPromise ??= (async () => {
			let currentPos = 0;
			let lookForMfraBox = false;
			let foundMovieBoxes = false;
			while (true) {
				let slice = this.reader.requestSliceRange(currentPos, 8, 16);
				if (isThenable(slice)) slice = await slice;
				if (!slice) break;
				const startPos = currentPos;
				const boxInfo = readBoxHeader(slice);
				if (!boxInfo) break;
				if (boxInfo.name === "ftyp" || boxInfo.name === "styp") {
					const majorBrand = readAscii(slice, 4);
					this.isQuickTime = majorBrand === "qt  ";
				} else if (boxInfo.name === "moov") {
					let moovSlice = this.reader.requestSlice(slice.filePos, boxInfo.contentSize);
					if (isThenable(moovSlice)) moovSlice = await moovSlice;
					if (!moovSlice) break;
					this.moovSlice = moovSlice;
					this.readContiguousBoxes(this.moovSlice);
					for (const track of this.tracks) {
						const previousSegmentDurationsInSeconds = track.editListPreviousSegmentDurations / this.movieTimescale;
						track.editListOffset -= Math.round(previousSegmentDurationsInSeconds * track.timescale);
					}
					lookForMfraBox = this.isFragmented && this.reader.fileSize !== null && this.reader.fileSize > startPos + boxInfo.totalSize;
					foundMovieBoxes = true;
					break;
				} else if (boxInfo.name === "moof") {
					if (!this.input._initInput) throw new Error("\"moof\" box encountered with no \"moov\" box present; this file is likely a Segment as described in ISO/IEC 14496-12 Section 8.16. A separate init file that contains a \"moov\" box is required to read this file, please provide it using InputOptions.initInput.");
					await this.copyMetadataFromInitInput(this.input._initInput);
					lookForMfraBox = false;
					foundMovieBoxes = true;
					break;
				}
				currentPos = startPos + boxInfo.totalSize;
			}
			if (!foundMovieBoxes && this.input._initInput) await this.copyMetadataFromInitInput(this.input._initInput);
			if (lookForMfraBox) {
				assert(this.reader.fileSize !== null);
				let lastWordSlice = this.reader.requestSlice(this.reader.fileSize - 4, 4);
				if (isThenable(lastWordSlice)) lastWordSlice = await lastWordSlice;
				assert(lastWordSlice);
				const lastWord = readU32Be(lastWordSlice);
				const potentialMfraPos = this.reader.fileSize - lastWord;
				if (potentialMfraPos >= 0 && potentialMfraPos <= this.reader.fileSize - 16) {
					let mfraHeaderSlice = this.reader.requestSliceRange(potentialMfraPos, 8, 16);
					if (isThenable(mfraHeaderSlice)) mfraHeaderSlice = await mfraHeaderSlice;
					if (mfraHeaderSlice) {
						const boxInfo = readBoxHeader(mfraHeaderSlice);
						if (boxInfo && boxInfo.name === "mfra") {
							let mfraSlice = this.reader.requestSlice(mfraHeaderSlice.filePos, boxInfo.contentSize);
							if (isThenable(mfraSlice)) mfraSlice = await mfraSlice;
							if (mfraSlice) this.readContiguousBoxes(mfraSlice);
						}
					}
				}
			}
		})();
	}
	async copyMetadataFromInitInput(initInput) {
		const initDemuxer = await initInput._getDemuxer();
		if (initDemuxer.constructor !== IsobmffDemuxer) throw new Error("Init input must match the input's format.");
		await initDemuxer.readMetadata();
		this.movieTimescale = initDemuxer.movieTimescale;
		this.movieDurationInTimescale = initDemuxer.movieDurationInTimescale;
		this.movieMatrix = initDemuxer.movieMatrix;
		this.metadataTags = initDemuxer.metadataTags;
		this.isFragmented = true;
		this.fragmentTrackDefaults = initDemuxer.fragmentTrackDefaults;
		this.psshBoxes = initDemuxer.psshBoxes;
		for (const foreignTrack of initDemuxer.tracks) {
			const track = {
				id: foreignTrack.id,
				demuxer: this,
				trackBacking: null,
				disposition: foreignTrack.disposition,
				timescale: foreignTrack.timescale,
				durationInMediaTimescale: foreignTrack.durationInMediaTimescale,
				durationInMovieTimescale: foreignTrack.durationInMovieTimescale,
				matrix: foreignTrack.matrix,
				internalCodecId: foreignTrack.internalCodecId,
				name: foreignTrack.name,
				languageCode: foreignTrack.languageCode,
				sampleTableByteOffset: null,
				sampleTable: null,
				fragmentLookupTable: [],
				currentFragmentState: null,
				fragmentPositionCache: [],
				editListPreviousSegmentDurations: foreignTrack.editListPreviousSegmentDurations,
				editListOffset: foreignTrack.editListOffset,
				encryptionInfo: foreignTrack.encryptionInfo,
				encryptionAuxInfo: null,
				frmaCodecString: null,
				maxBitrate: foreignTrack.maxBitrate,
				avgBitrate: foreignTrack.avgBitrate,
				info: foreignTrack.info
			};
			if (foreignTrack.trackBacking) {
				assert(track.info);
				if (track.info.type === "video" && track.info.width !== -1) {
					track.trackBacking = new IsobmffVideoTrackBacking(track);
					this.tracks.push(track);
				} else if (track.info.type === "audio" && track.info.numberOfChannels !== -1) {
					track.trackBacking = new IsobmffAudioTrackBacking(track);
					this.tracks.push(track);
				}
			}
		}
	}
	getSampleTableForTrack(internalTrack) {
		if (internalTrack.sampleTable) return internalTrack.sampleTable;
		const sampleTable = {
			sampleTimingEntries: [],
			sampleCompositionTimeOffsets: [],
			sampleSizes: [],
			keySampleIndices: null,
			chunkOffsets: [],
			sampleToChunk: [],
			presentationTimestamps: null,
			presentationTimestampIndexMap: null
		};
		internalTrack.sampleTable = sampleTable;
		if (internalTrack.sampleTableByteOffset === null) return sampleTable;
		assert(this.moovSlice);
		const stblContainerSlice = this.moovSlice.slice(internalTrack.sampleTableByteOffset);
		this.currentTrack = internalTrack;
		this.traverseBox(stblContainerSlice);
		this.currentTrack = null;
		if (internalTrack.info?.type === "audio" && internalTrack.info.codec && PCM_AUDIO_CODECS.includes(internalTrack.info.codec) && sampleTable.sampleCompositionTimeOffsets.length === 0) {
			assert(internalTrack.info?.type === "audio");
			const pcmInfo = parsePcmCodec(internalTrack.info.codec);
			const newSampleTimingEntries = [];
			const newSampleSizes = [];
			for (let i = 0; i < sampleTable.sampleToChunk.length; i++) {
				const chunkEntry = sampleTable.sampleToChunk[i];
				const nextEntry = sampleTable.sampleToChunk[i + 1];
				const chunkCount = (nextEntry ? nextEntry.startChunkIndex : sampleTable.chunkOffsets.length) - chunkEntry.startChunkIndex;
				for (let j = 0; j < chunkCount; j++) {
					const startSampleIndex = chunkEntry.startSampleIndex + j * chunkEntry.samplesPerChunk;
					const endSampleIndex = startSampleIndex + chunkEntry.samplesPerChunk;
					const startTimingEntryIndex = binarySearchLessOrEqual(sampleTable.sampleTimingEntries, startSampleIndex, (x) => x.startIndex);
					const startTimingEntry = sampleTable.sampleTimingEntries[startTimingEntryIndex];
					const endTimingEntryIndex = binarySearchLessOrEqual(sampleTable.sampleTimingEntries, endSampleIndex, (x) => x.startIndex);
					const endTimingEntry = sampleTable.sampleTimingEntries[endTimingEntryIndex];
					const firstSampleTimestamp = startTimingEntry.startDecodeTimestamp + (startSampleIndex - startTimingEntry.startIndex) * startTimingEntry.delta;
					const delta = endTimingEntry.startDecodeTimestamp + (endSampleIndex - endTimingEntry.startIndex) * endTimingEntry.delta - firstSampleTimestamp;
					const lastSampleTimingEntry = last(newSampleTimingEntries);
					if (lastSampleTimingEntry && lastSampleTimingEntry.delta === delta) lastSampleTimingEntry.count++;
					else newSampleTimingEntries.push({
						startIndex: chunkEntry.startChunkIndex + j,
						startDecodeTimestamp: firstSampleTimestamp,
						count: 1,
						delta
					});
					const chunkSize = chunkEntry.samplesPerChunk * pcmInfo.sampleSize * internalTrack.info.numberOfChannels;
					newSampleSizes.push(chunkSize);
				}
				chunkEntry.startSampleIndex = chunkEntry.startChunkIndex;
				chunkEntry.samplesPerChunk = 1;
			}
			sampleTable.sampleTimingEntries = newSampleTimingEntries;
			sampleTable.sampleSizes = newSampleSizes;
		}
		if (sampleTable.sampleCompositionTimeOffsets.length > 0) {
			sampleTable.presentationTimestamps = [];
			for (const entry of sampleTable.sampleTimingEntries) for (let i = 0; i < entry.count; i++) sampleTable.presentationTimestamps.push({
				presentationTimestamp: entry.startDecodeTimestamp + i * entry.delta,
				sampleIndex: entry.startIndex + i
			});
			for (const entry of sampleTable.sampleCompositionTimeOffsets) for (let i = 0; i < entry.count; i++) {
				const sampleIndex = entry.startIndex + i;
				const sample = sampleTable.presentationTimestamps[sampleIndex];
				if (!sample) continue;
				sample.presentationTimestamp += entry.offset;
			}
			sampleTable.presentationTimestamps.sort((a, b) => a.presentationTimestamp - b.presentationTimestamp);
			sampleTable.presentationTimestampIndexMap = Array(sampleTable.presentationTimestamps.length).fill(-1);
			for (let i = 0; i < sampleTable.presentationTimestamps.length; i++) sampleTable.presentationTimestampIndexMap[sampleTable.presentationTimestamps[i].sampleIndex] = i;
		}
		return sampleTable;
	}
	async readFragment(startPos) {
		if (this.lastReadFragment?.moofOffset === startPos) return this.lastReadFragment;
		let headerSlice = this.reader.requestSliceRange(startPos, 8, 16);
		if (isThenable(headerSlice)) headerSlice = await headerSlice;
		assert(headerSlice);
		const moofBoxInfo = readBoxHeader(headerSlice);
		assert(moofBoxInfo?.name === "moof");
		let entireSlice = this.reader.requestSlice(startPos, moofBoxInfo.totalSize);
		if (isThenable(entireSlice)) entireSlice = await entireSlice;
		assert(entireSlice);
		this.traverseBox(entireSlice);
		const fragment = this.lastReadFragment;
		assert(fragment && fragment.moofOffset === startPos);
		for (const [, trackData] of fragment.trackData) {
			const track = trackData.track;
			const { fragmentPositionCache } = track;
			if (!trackData.startTimestampIsFinal) {
				const lookupEntry = track.fragmentLookupTable.find((x) => x.moofOffset === fragment.moofOffset);
				if (lookupEntry) offsetFragmentTrackDataByTimestamp(trackData, lookupEntry.timestamp);
				else {
					const lastCacheIndex = binarySearchLessOrEqual(fragmentPositionCache, fragment.moofOffset - 1, (x) => x.moofOffset);
					if (lastCacheIndex !== -1) {
						const lastCache = fragmentPositionCache[lastCacheIndex];
						offsetFragmentTrackDataByTimestamp(trackData, lastCache.endTimestamp);
					}
				}
				trackData.startTimestampIsFinal = true;
			}
			const insertionIndex = binarySearchLessOrEqual(fragmentPositionCache, trackData.startTimestamp, (x) => x.startTimestamp);
			if (insertionIndex === -1 || fragmentPositionCache[insertionIndex].moofOffset !== fragment.moofOffset) fragmentPositionCache.splice(insertionIndex + 1, 0, {
				moofOffset: fragment.moofOffset,
				startTimestamp: trackData.startTimestamp,
				endTimestamp: trackData.endTimestamp
			});
			if (trackData.encryptionAuxInfo && track.encryptionInfo) {
				const entries = await resolveEncryptionAuxInfo(this.reader, track.encryptionInfo, trackData.encryptionAuxInfo);
				for (let i = 0; i < Math.min(trackData.samples.length, entries.length); i++) {
					const entry = entries[i];
					trackData.samples[i].encryption = entry;
				}
			}
		}
		return fragment;
	}
	readContiguousBoxes(slice) {
		const startIndex = slice.filePos;
		while (slice.filePos - startIndex <= slice.length - 8) if (!this.traverseBox(slice)) break;
	}
	*iterateContiguousBoxes(slice) {
		const startIndex = slice.filePos;
		while (slice.filePos - startIndex <= slice.length - 8) {
			const startPos = slice.filePos;
			const boxInfo = readBoxHeader(slice);
			if (!boxInfo) break;
			yield {
				boxInfo,
				slice
			};
			slice.filePos = startPos + boxInfo.totalSize;
		}
	}
	traverseBox(slice) {
		const startPos = slice.filePos;
		const boxInfo = readBoxHeader(slice);
		if (!boxInfo) return false;
		const contentStartPos = slice.filePos;
		const boxEndPos = startPos + boxInfo.totalSize;
		switch (boxInfo.name) {
			case "mdia":
			case "minf":
			case "dinf":
			case "mfra":
			case "edts":
			case "sinf":
			case "schi":
				this.readContiguousBoxes(slice.slice(contentStartPos, boxInfo.contentSize));
				break;
			case "mvhd":
				{
					const version = readU8(slice);
					slice.skip(3);
					if (version === 1) {
						slice.skip(16);
						this.movieTimescale = readU32Be(slice);
						this.movieDurationInTimescale = readU64Be(slice);
					} else {
						slice.skip(8);
						this.movieTimescale = readU32Be(slice);
						this.movieDurationInTimescale = readU32Be(slice);
					}
					slice.skip(16);
					this.movieMatrix = readMatrix(slice);
				}
				break;
			case "trak":
				{
					const track = {
						id: -1,
						demuxer: this,
						trackBacking: null,
						disposition: {
							...DEFAULT_TRACK_DISPOSITION,
							primary: false
						},
						info: null,
						timescale: -1,
						durationInMovieTimescale: -1,
						durationInMediaTimescale: -1,
						matrix: IDENTITY_MATRIX,
						internalCodecId: null,
						name: null,
						languageCode: "und",
						sampleTableByteOffset: -1,
						sampleTable: null,
						fragmentLookupTable: [],
						currentFragmentState: null,
						fragmentPositionCache: [],
						editListPreviousSegmentDurations: 0,
						editListOffset: 0,
						encryptionInfo: null,
						encryptionAuxInfo: null,
						frmaCodecString: null,
						maxBitrate: null,
						avgBitrate: null
					};
					this.currentTrack = track;
					this.readContiguousBoxes(slice.slice(contentStartPos, boxInfo.contentSize));
					if (track.id !== -1 && track.timescale !== -1 && track.info !== null) {
						if (track.info.type === "video" && track.info.width !== -1) {
							track.trackBacking = new IsobmffVideoTrackBacking(track);
							this.tracks.push(track);
						} else if (track.info.type === "audio" && track.info.numberOfChannels !== -1) {
							track.trackBacking = new IsobmffAudioTrackBacking(track);
							this.tracks.push(track);
						}
					}
					this.currentTrack = null;
				}
				break;
			case "tkhd":
				{
					const track = this.currentTrack;
					if (!track) break;
					const version = readU8(slice);
					const trackEnabled = !!(readU24Be(slice) & 1);
					track.disposition.default = trackEnabled;
					if (version === 0) {
						slice.skip(8);
						track.id = readU32Be(slice);
						slice.skip(4);
						track.durationInMovieTimescale = readU32Be(slice);
					} else if (version === 1) {
						slice.skip(16);
						track.id = readU32Be(slice);
						slice.skip(4);
						track.durationInMovieTimescale = readU64Be(slice);
					} else throw new Error(`Incorrect track header version ${version}.`);
					slice.skip(16);
					track.matrix = multiplyMatrices(readMatrix(slice), this.movieMatrix);
				}
				break;
			case "elst":
				{
					const track = this.currentTrack;
					if (!track) break;
					const version = readU8(slice);
					slice.skip(3);
					let relevantEntryFound = false;
					let previousSegmentDurations = 0;
					const entryCount = readU32Be(slice);
					for (let i = 0; i < entryCount; i++) {
						const segmentDuration = version === 1 ? readU64Be(slice) : readU32Be(slice);
						const mediaTime = version === 1 ? readI64Be(slice) : readI32Be(slice);
						const mediaRate = readFixed_16_16(slice);
						if (relevantEntryFound) {
							Logging._warn("Unsupported edit list: multiple edits are not currently supported. Only using first edit.");
							break;
						}
						if (mediaTime === -1) {
							previousSegmentDurations += segmentDuration;
							continue;
						}
						if (mediaRate !== 1) {
							Logging._warn("Unsupported edit list entry: media rate must be 1.");
							break;
						}
						track.editListPreviousSegmentDurations = previousSegmentDurations;
						track.editListOffset = mediaTime;
						relevantEntryFound = true;
					}
				}
				break;
			case "mdhd":
				{
					const track = this.currentTrack;
					if (!track) break;
					const version = readU8(slice);
					slice.skip(3);
					if (version === 0) {
						slice.skip(8);
						track.timescale = readU32Be(slice);
						track.durationInMediaTimescale = readU32Be(slice);
					} else if (version === 1) {
						slice.skip(16);
						track.timescale = readU32Be(slice);
						track.durationInMediaTimescale = readU64Be(slice);
					}
					let language = readU16Be(slice);
					if (language > 0) {
						track.languageCode = "";
						for (let i = 0; i < 3; i++) {
							track.languageCode = String.fromCharCode(96 + (language & 31)) + track.languageCode;
							language >>= 5;
						}
						if (!isIso639Dash2LanguageCode(track.languageCode)) track.languageCode = "und";
					}
				}
				break;
			case "hdlr":
				{
					const track = this.currentTrack;
					if (!track) break;
					slice.skip(8);
					const handlerType = readAscii(slice, 4);
					if (handlerType === "vide") track.info = {
						type: "video",
						width: -1,
						height: -1,
						squarePixelWidth: -1,
						squarePixelHeight: -1,
						codec: null,
						codecDescription: null,
						colorSpace: { ...EMPTY_COLOR_SPACE },
						avcType: null,
						avcCodecInfo: null,
						hevcCodecInfo: null,
						vp9CodecInfo: null,
						av1CodecInfo: null,
						proresCodecInfo: null,
						proresFormat: null
					};
					else if (handlerType === "soun") track.info = {
						type: "audio",
						numberOfChannels: -1,
						sampleRate: -1,
						codec: null,
						codecDescription: null,
						aacCodecInfo: null,
						dtsFormat: null,
						pcmLittleEndian: false,
						pcmSampleSize: null
					};
				}
				break;
			case "stbl":
				{
					const track = this.currentTrack;
					if (!track) break;
					track.sampleTableByteOffset = startPos;
					this.readContiguousBoxes(slice.slice(contentStartPos, boxInfo.contentSize));
				}
				break;
			case "stsd":
				{
					const track = this.currentTrack;
					if (!track) break;
					if (track.info === null || track.sampleTable) break;
					const stsdVersion = readU8(slice);
					slice.skip(3);
					const entries = readU32Be(slice);
					for (let i = 0; i < entries; i++) {
						const sampleBoxStartPos = slice.filePos;
						const sampleBoxInfo = readBoxHeader(slice);
						if (!sampleBoxInfo) break;
						track.internalCodecId = sampleBoxInfo.name;
						const lowercaseBoxName = sampleBoxInfo.name.toLowerCase();
						if (track.info.type === "video") {
							slice.skip(24);
							track.info.width = readU16Be(slice);
							track.info.height = readU16Be(slice);
							track.info.squarePixelWidth = track.info.width;
							track.info.squarePixelHeight = track.info.height;
							slice.skip(50);
							track.frmaCodecString = null;
							this.readContiguousBoxes(slice.slice(slice.filePos, sampleBoxStartPos + sampleBoxInfo.totalSize - slice.filePos));
							const codecName = lowercaseBoxName === "encv" ? track.frmaCodecString : lowercaseBoxName;
							track.frmaCodecString = null;
							if (codecName === "avc1" || codecName === "avc3") {
								track.info.codec = "avc";
								track.info.avcType = codecName === "avc1" ? 1 : 3;
							} else if (codecName === "hvc1" || codecName === "hev1") track.info.codec = "hevc";
							else if (codecName === "vp08") track.info.codec = "vp8";
							else if (codecName === "vp09") track.info.codec = "vp9";
							else if (codecName === "av01") track.info.codec = "av1";
							else if (PRORES_FOURCCS.includes(lowercaseBoxName)) {
								track.info.codec = "prores";
								track.info.proresFormat = lowercaseBoxName;
							} else if (codecName === null) Logging._warn(`Unknown encrypted video codec due to missing frma box.`);
							else Logging._warn(`Unsupported video codec (sample entry type '${sampleBoxInfo.name}').`);
						} else {
							slice.skip(8);
							const version = readU16Be(slice);
							slice.skip(6);
							let channelCount = readU16Be(slice);
							let sampleSize = readU16Be(slice);
							slice.skip(4);
							let sampleRate = readU32Be(slice) / 65536;
							let lpcmFlags = null;
							if (stsdVersion === 0 && version > 0) {
								if (version === 1) {
									slice.skip(4);
									sampleSize = 8 * readU32Be(slice);
									slice.skip(8);
								} else if (version === 2) {
									slice.skip(4);
									sampleRate = readF64Be(slice);
									channelCount = readU32Be(slice);
									slice.skip(4);
									sampleSize = readU32Be(slice);
									lpcmFlags = readU32Be(slice);
									slice.skip(8);
								}
							}
							track.info.numberOfChannels = channelCount;
							track.info.sampleRate = sampleRate;
							track.frmaCodecString = null;
							this.readContiguousBoxes(slice.slice(slice.filePos, sampleBoxStartPos + sampleBoxInfo.totalSize - slice.filePos));
							const codecName = lowercaseBoxName === "enca" ? track.frmaCodecString : lowercaseBoxName;
							track.frmaCodecString = null;
							if (codecName === "mp4a") {} else if (codecName === "opus") {
								track.info.codec = "opus";
								track.info.sampleRate = OPUS_SAMPLE_RATE;
							} else if (codecName === "flac") track.info.codec = "flac";
							else if (codecName === "ulaw") track.info.codec = "ulaw";
							else if (codecName === "alaw") track.info.codec = "alaw";
							else if (codecName === "ac-3") track.info.codec = "ac3";
							else if (codecName === "ec-3") track.info.codec = "eac3";
							else if (DTS_FOURCCS.includes(codecName)) {
								track.info.codec = "dts";
								track.info.dtsFormat = codecName;
							} else if (codecName === "twos") {
								if (sampleSize === 8) track.info.codec = "pcm-s8";
								else if (sampleSize === 16) track.info.codec = track.info.pcmLittleEndian ? "pcm-s16" : "pcm-s16be";
								else {
									Logging._warn(`Unsupported sample size ${sampleSize} for codec 'twos'.`);
									track.info.codec = null;
								}
							} else if (codecName === "sowt") {
								if (sampleSize === 8) track.info.codec = "pcm-s8";
								else if (sampleSize === 16) track.info.codec = "pcm-s16";
								else {
									Logging._warn(`Unsupported sample size ${sampleSize} for codec 'sowt'.`);
									track.info.codec = null;
								}
							} else if (codecName === "raw ") track.info.codec = "pcm-u8";
							else if (codecName === "in24") track.info.codec = track.info.pcmLittleEndian ? "pcm-s24" : "pcm-s24be";
							else if (codecName === "in32") track.info.codec = track.info.pcmLittleEndian ? "pcm-s32" : "pcm-s32be";
							else if (codecName === "fl32") track.info.codec = track.info.pcmLittleEndian ? "pcm-f32" : "pcm-f32be";
							else if (codecName === "fl64") track.info.codec = track.info.pcmLittleEndian ? "pcm-f64" : "pcm-f64be";
							else if (codecName === "ipcm") {
								const pcmSampleSize = track.info.pcmSampleSize;
								if (track.info.pcmLittleEndian) {
									if (pcmSampleSize === 16) track.info.codec = "pcm-s16";
									else if (pcmSampleSize === 24) track.info.codec = "pcm-s24";
									else if (pcmSampleSize === 32) track.info.codec = "pcm-s32";
									else {
										Logging._warn(`Invalid ipcm sample size ${pcmSampleSize}.`);
										track.info.codec = null;
									}
								} else if (pcmSampleSize === 16) track.info.codec = "pcm-s16be";
								else if (pcmSampleSize === 24) track.info.codec = "pcm-s24be";
								else if (pcmSampleSize === 32) track.info.codec = "pcm-s32be";
								else {
									Logging._warn(`Invalid ipcm sample size ${pcmSampleSize}.`);
									track.info.codec = null;
								}
							} else if (codecName === "fpcm") {
								const pcmSampleSize = track.info.pcmSampleSize;
								if (track.info.pcmLittleEndian) {
									if (pcmSampleSize === 32) track.info.codec = "pcm-f32";
									else if (pcmSampleSize === 64) track.info.codec = "pcm-f64";
									else {
										Logging._warn(`Invalid fpcm sample size ${pcmSampleSize}.`);
										track.info.codec = null;
									}
								} else if (pcmSampleSize === 32) track.info.codec = "pcm-f32be";
								else if (pcmSampleSize === 64) track.info.codec = "pcm-f64be";
								else {
									Logging._warn(`Invalid fpcm sample size ${pcmSampleSize}.`);
									track.info.codec = null;
								}
							} else if (codecName === "lpcm" && lpcmFlags !== null) {
								const bytesPerSample = sampleSize + 7 >> 3;
								const isFloat = Boolean(lpcmFlags & 1);
								const isBigEndian = Boolean(lpcmFlags & 2);
								const sFlags = lpcmFlags & 4 ? -1 : 0;
								if (sampleSize > 0 && sampleSize <= 64) {
									if (isFloat) {
										if (sampleSize === 32) track.info.codec = isBigEndian ? "pcm-f32be" : "pcm-f32";
									} else if (sFlags & 1 << bytesPerSample - 1) {
										if (bytesPerSample === 1) track.info.codec = "pcm-s8";
										else if (bytesPerSample === 2) track.info.codec = isBigEndian ? "pcm-s16be" : "pcm-s16";
										else if (bytesPerSample === 3) track.info.codec = isBigEndian ? "pcm-s24be" : "pcm-s24";
										else if (bytesPerSample === 4) track.info.codec = isBigEndian ? "pcm-s32be" : "pcm-s32";
									} else if (bytesPerSample === 1) track.info.codec = "pcm-u8";
								}
								if (track.info.codec === null) Logging._warn("Unsupported PCM format.");
							} else if (codecName === null) Logging._warn(`Unknown encrypted audio codec due to missing frma box.`);
							else Logging._warn(`Unsupported audio codec (sample entry type '${sampleBoxInfo.name}').`);
						}
						slice.filePos = sampleBoxStartPos + sampleBoxInfo.totalSize;
					}
				}
				break;
			case "frma":
				{
					const track = this.currentTrack;
					if (!track) break;
					track.frmaCodecString = readAscii(slice, 4).toLowerCase();
				}
				break;
			case "schm":
				{
					const track = this.currentTrack;
					if (!track) break;
					slice.skip(4);
					const schemeType = readAscii(slice, 4);
					if (schemeType === "cenc" || schemeType === "cens" || schemeType === "cbcs") track.encryptionInfo = {
						scheme: schemeType,
						defaultKid: null,
						defaultIsProtected: null,
						defaultPerSampleIvSize: null,
						defaultConstantIv: null,
						defaultCryptByteBlock: null,
						defaultSkipByteBlock: null
					};
					else Logging._warn(`Unsupported encryption scheme '${schemeType}'.`);
				}
				break;
			case "tenc":
				{
					const track = this.currentTrack;
					if (!track || !track.encryptionInfo) break;
					const version = readU8(slice);
					slice.skip(3);
					slice.skip(1);
					const patternByte = readU8(slice);
					if (version > 0) {
						track.encryptionInfo.defaultCryptByteBlock = patternByte >> 4;
						track.encryptionInfo.defaultSkipByteBlock = patternByte & 15;
					} else {
						track.encryptionInfo.defaultCryptByteBlock = 0;
						track.encryptionInfo.defaultSkipByteBlock = 0;
					}
					track.encryptionInfo.defaultIsProtected = readU8(slice) !== 0;
					track.encryptionInfo.defaultPerSampleIvSize = readU8(slice);
					track.encryptionInfo.defaultKid = bytesToHexString(readBytes(slice, 16));
					if (track.encryptionInfo.defaultIsProtected && track.encryptionInfo.defaultPerSampleIvSize === 0) {
						const constantIvSize = readU8(slice);
						const constantIv = /* @__PURE__ */ new Uint8Array(16);
						constantIv.set(readBytes(slice, constantIvSize), 0);
						track.encryptionInfo.defaultConstantIv = constantIv;
					}
				}
				break;
			case "avcC":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info);
					if (boxInfo.contentSize === 0) break;
					track.info.codecDescription = readBytes(slice, boxInfo.contentSize);
				}
				break;
			case "hvcC":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info);
					if (boxInfo.contentSize === 0) break;
					track.info.codecDescription = readBytes(slice, boxInfo.contentSize);
				}
				break;
			case "vpcC":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "video");
					slice.skip(4);
					const profile = readU8(slice);
					const level = readU8(slice);
					const thirdByte = readU8(slice);
					const bitDepth = thirdByte >> 4;
					const chromaSubsampling = thirdByte >> 1 & 7;
					const videoFullRangeFlag = thirdByte & 1;
					const colourPrimaries = readU8(slice);
					const transferCharacteristics = readU8(slice);
					const matrixCoefficients = readU8(slice);
					track.info.vp9CodecInfo = {
						profile,
						level,
						bitDepth,
						chromaSubsampling,
						videoFullRangeFlag,
						colourPrimaries,
						transferCharacteristics,
						matrixCoefficients
					};
				}
				break;
			case "av1C":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "video");
					slice.skip(1);
					const secondByte = readU8(slice);
					const profile = secondByte >> 5;
					const level = secondByte & 31;
					const thirdByte = readU8(slice);
					const tier = thirdByte >> 7;
					const highBitDepth = thirdByte >> 6 & 1;
					const twelveBit = thirdByte >> 5 & 1;
					const monochrome = thirdByte >> 4 & 1;
					const chromaSubsamplingX = thirdByte >> 3 & 1;
					const chromaSubsamplingY = thirdByte >> 2 & 1;
					const chromaSamplePosition = thirdByte & 3;
					const bitDepth = profile === 2 && highBitDepth ? twelveBit ? 12 : 10 : highBitDepth ? 10 : 8;
					slice.skip(1);
					const configObuInfo = extractAv1CodecInfoFromPacket(readBytes(slice, boxInfo.contentSize - 4));
					track.info.av1CodecInfo = {
						profile,
						level,
						tier,
						bitDepth,
						monochrome,
						chromaSubsamplingX,
						chromaSubsamplingY,
						chromaSamplePosition,
						videoFullRangeFlag: configObuInfo?.videoFullRangeFlag ?? 0,
						colourPrimaries: configObuInfo?.colourPrimaries ?? 2,
						transferCharacteristics: configObuInfo?.transferCharacteristics ?? 2,
						matrixCoefficients: configObuInfo?.matrixCoefficients ?? 2
					};
				}
				break;
			case "colr":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "video");
					const colourType = readAscii(slice, 4);
					if (colourType !== "nclx" && colourType !== "nclc") break;
					const colourPrimaries = readU16Be(slice);
					const transferCharacteristics = readU16Be(slice);
					const matrixCoefficients = readU16Be(slice);
					let fullRange = void 0;
					if (colourType === "nclx") fullRange = Boolean(readU8(slice) & 128);
					track.info.colorSpace = {
						primaries: COLOR_PRIMARIES_MAP_INVERSE[colourPrimaries],
						transfer: TRANSFER_CHARACTERISTICS_MAP_INVERSE[transferCharacteristics],
						matrix: MATRIX_COEFFICIENTS_MAP_INVERSE[matrixCoefficients],
						fullRange
					};
				}
				break;
			case "pasp":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "video");
					const num = readU32Be(slice);
					const den = readU32Be(slice);
					if (num > 0 && den > 0) {
						if (num > den) track.info.squarePixelWidth = Math.round(track.info.width * num / den);
						else track.info.squarePixelHeight = Math.round(track.info.height * den / num);
					}
				}
				break;
			case "btrt":
				{
					const track = this.currentTrack;
					if (!track) break;
					slice.skip(4);
					const maxBitrate = readU32Be(slice);
					const avgBitrate = readU32Be(slice);
					track.maxBitrate = maxBitrate > 0 ? maxBitrate : null;
					track.avgBitrate = avgBitrate > 0 ? avgBitrate : null;
				}
				break;
			case "wave":
				this.readContiguousBoxes(slice.slice(contentStartPos, boxInfo.contentSize));
				break;
			case "esds":
				{
					const track = this.currentTrack;
					if (!track || track.info?.type !== "audio") break;
					slice.skip(4);
					assert(readU8(slice) === 3);
					readIsomVariableInteger(slice);
					slice.skip(2);
					const mixed = readU8(slice);
					const streamDependenceFlag = (mixed & 128) !== 0;
					const urlFlag = (mixed & 64) !== 0;
					const ocrStreamFlag = (mixed & 32) !== 0;
					if (streamDependenceFlag) slice.skip(2);
					if (urlFlag) {
						const urlLength = readU8(slice);
						slice.skip(urlLength);
					}
					if (ocrStreamFlag) slice.skip(2);
					assert(readU8(slice) === 4);
					const decoderConfigDescriptorLength = readIsomVariableInteger(slice);
					const payloadStart = slice.filePos;
					const objectTypeIndication = readU8(slice);
					if (objectTypeIndication === 64 || objectTypeIndication === 103) {
						track.info.codec = "aac";
						track.info.aacCodecInfo = {
							isMpeg2: objectTypeIndication === 103,
							objectType: null
						};
					} else if (objectTypeIndication === 105 || objectTypeIndication === 107) track.info.codec = "mp3";
					else if (objectTypeIndication === 221) track.info.codec = "vorbis";
					else if (objectTypeIndication === 169) track.info.codec = "dts";
					else Logging._warn(`Unsupported audio codec (objectTypeIndication ${objectTypeIndication}) - discarding track.`);
					slice.skip(12);
					if (decoderConfigDescriptorLength > slice.filePos - payloadStart) {
						assert(readU8(slice) === 5);
						const decoderSpecificInfoLength = readIsomVariableInteger(slice);
						track.info.codecDescription = readBytes(slice, decoderSpecificInfoLength);
						if (track.info.codec === "aac") {
							const audioSpecificConfig = parseAacAudioSpecificConfig(track.info.codecDescription);
							if (audioSpecificConfig.outputNumberOfChannels !== null) track.info.numberOfChannels = audioSpecificConfig.outputNumberOfChannels;
							if (audioSpecificConfig.outputSampleRate !== null) track.info.sampleRate = audioSpecificConfig.outputSampleRate;
						}
					}
				}
				break;
			case "enda":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "audio");
					track.info.pcmLittleEndian = !!(readU16Be(slice) & 255);
				}
				break;
			case "pcmC":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "audio");
					slice.skip(4);
					const formatFlags = readU8(slice);
					track.info.pcmLittleEndian = Boolean(formatFlags & 1);
					track.info.pcmSampleSize = readU8(slice);
				}
				break;
			case "dOps":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "audio");
					slice.skip(1);
					const outputChannelCount = readU8(slice);
					const preSkip = readU16Be(slice);
					const inputSampleRate = readU32Be(slice);
					const outputGain = readI16Be(slice);
					const channelMappingFamily = readU8(slice);
					let channelMappingTable;
					if (channelMappingFamily !== 0) channelMappingTable = readBytes(slice, 2 + outputChannelCount);
					else channelMappingTable = /* @__PURE__ */ new Uint8Array(0);
					const description = new Uint8Array(19 + channelMappingTable.byteLength);
					const view = new DataView(description.buffer);
					view.setUint32(0, 1332770163, false);
					view.setUint32(4, 1214603620, false);
					view.setUint8(8, 1);
					view.setUint8(9, outputChannelCount);
					view.setUint16(10, preSkip, true);
					view.setUint32(12, inputSampleRate, true);
					view.setInt16(16, outputGain, true);
					view.setUint8(18, channelMappingFamily);
					description.set(channelMappingTable, 19);
					track.info.codecDescription = description;
					track.info.numberOfChannels = outputChannelCount;
				}
				break;
			case "dfLa":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "audio");
					slice.skip(4);
					const BLOCK_TYPE_MASK = 127;
					const LAST_METADATA_BLOCK_FLAG_MASK = 128;
					const startPos = slice.filePos;
					while (slice.filePos < boxEndPos) {
						const flagAndType = readU8(slice);
						const metadataBlockLength = readU24Be(slice);
						if ((flagAndType & BLOCK_TYPE_MASK) === FlacBlockType.STREAMINFO) {
							slice.skip(10);
							const word = readU32Be(slice);
							const sampleRate = word >>> 12;
							const numberOfChannels = (word >> 9 & 7) + 1;
							track.info.sampleRate = sampleRate;
							track.info.numberOfChannels = numberOfChannels;
							slice.skip(20);
						} else slice.skip(metadataBlockLength);
						if (flagAndType & LAST_METADATA_BLOCK_FLAG_MASK) break;
					}
					const endPos = slice.filePos;
					slice.filePos = startPos;
					const bytes = readBytes(slice, endPos - startPos);
					const description = new Uint8Array(4 + bytes.byteLength);
					new DataView(description.buffer).setUint32(0, 1716281667, false);
					description.set(bytes, 4);
					track.info.codecDescription = description;
				}
				break;
			case "dac3":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "audio");
					const bitstream = new Bitstream(readBytes(slice, 3));
					const fscod = bitstream.readBits(2);
					bitstream.skipBits(8);
					const acmod = bitstream.readBits(3);
					const lfeon = bitstream.readBits(1);
					if (fscod < 3) track.info.sampleRate = AC3_SAMPLE_RATES[fscod];
					track.info.numberOfChannels = AC3_ACMOD_CHANNEL_COUNTS[acmod] + lfeon;
				}
				break;
			case "dec3":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "audio");
					const config = parseEac3Config(readBytes(slice, boxInfo.contentSize));
					if (!config) {
						Logging._warn("Invalid dec3 box contents, ignoring.");
						break;
					}
					const sampleRate = getEac3SampleRate(config);
					if (sampleRate !== null) track.info.sampleRate = sampleRate;
					track.info.numberOfChannels = getEac3ChannelCount(config);
				}
				break;
			case "ddts":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.info?.type === "audio");
					const config = parseDtsSpecificBox(readBytes(slice, Math.min(boxInfo.contentSize, 20)));
					if (!config) {
						Logging._warn("Invalid ddts box contents, ignoring.");
						break;
					}
					track.info.sampleRate = config.sampleRate;
					if (config.numberOfChannels !== null) track.info.numberOfChannels = config.numberOfChannels;
				}
				break;
			case "stts":
				{
					const track = this.currentTrack;
					if (!track) break;
					if (!track.sampleTable) break;
					slice.skip(4);
					const entryCount = readU32Be(slice);
					let currentIndex = 0;
					let currentTimestamp = 0;
					for (let i = 0; i < entryCount; i++) {
						const sampleCount = readU32Be(slice);
						const sampleDelta = readU32Be(slice);
						track.sampleTable.sampleTimingEntries.push({
							startIndex: currentIndex,
							startDecodeTimestamp: currentTimestamp,
							count: sampleCount,
							delta: sampleDelta
						});
						currentIndex += sampleCount;
						currentTimestamp += sampleCount * sampleDelta;
					}
				}
				break;
			case "ctts":
				{
					const track = this.currentTrack;
					if (!track) break;
					if (!track.sampleTable) break;
					slice.skip(4);
					const entryCount = readU32Be(slice);
					let sampleIndex = 0;
					for (let i = 0; i < entryCount; i++) {
						const sampleCount = readU32Be(slice);
						const sampleOffset = readI32Be(slice);
						track.sampleTable.sampleCompositionTimeOffsets.push({
							startIndex: sampleIndex,
							count: sampleCount,
							offset: sampleOffset
						});
						sampleIndex += sampleCount;
					}
				}
				break;
			case "stsz":
				{
					const track = this.currentTrack;
					if (!track) break;
					if (!track.sampleTable) break;
					slice.skip(4);
					const sampleSize = readU32Be(slice);
					const sampleCount = readU32Be(slice);
					if (sampleSize === 0) for (let i = 0; i < sampleCount; i++) {
						const sampleSize = readU32Be(slice);
						track.sampleTable.sampleSizes.push(sampleSize);
					}
					else track.sampleTable.sampleSizes.push(sampleSize);
				}
				break;
			case "stz2":
				{
					const track = this.currentTrack;
					if (!track) break;
					if (!track.sampleTable) break;
					slice.skip(4);
					slice.skip(3);
					const fieldSize = readU8(slice);
					const sampleCount = readU32Be(slice);
					const bitstream = new Bitstream(readBytes(slice, Math.ceil(sampleCount * fieldSize / 8)));
					for (let i = 0; i < sampleCount; i++) {
						const sampleSize = bitstream.readBits(fieldSize);
						track.sampleTable.sampleSizes.push(sampleSize);
					}
				}
				break;
			case "stss":
				{
					const track = this.currentTrack;
					if (!track) break;
					if (!track.sampleTable) break;
					slice.skip(4);
					track.sampleTable.keySampleIndices = [];
					const entryCount = readU32Be(slice);
					for (let i = 0; i < entryCount; i++) {
						const sampleIndex = readU32Be(slice) - 1;
						track.sampleTable.keySampleIndices.push(sampleIndex);
					}
					if (track.sampleTable.keySampleIndices[0] !== 0) track.sampleTable.keySampleIndices.unshift(0);
				}
				break;
			case "stsc":
				{
					const track = this.currentTrack;
					if (!track) break;
					if (!track.sampleTable) break;
					slice.skip(4);
					const entryCount = readU32Be(slice);
					for (let i = 0; i < entryCount; i++) {
						const startChunkIndex = readU32Be(slice) - 1;
						const samplesPerChunk = readU32Be(slice);
						const sampleDescriptionIndex = readU32Be(slice);
						track.sampleTable.sampleToChunk.push({
							startSampleIndex: -1,
							startChunkIndex,
							samplesPerChunk,
							sampleDescriptionIndex
						});
					}
					let startSampleIndex = 0;
					for (let i = 0; i < track.sampleTable.sampleToChunk.length; i++) {
						track.sampleTable.sampleToChunk[i].startSampleIndex = startSampleIndex;
						if (i < track.sampleTable.sampleToChunk.length - 1) {
							const chunkCount = track.sampleTable.sampleToChunk[i + 1].startChunkIndex - track.sampleTable.sampleToChunk[i].startChunkIndex;
							startSampleIndex += chunkCount * track.sampleTable.sampleToChunk[i].samplesPerChunk;
						}
					}
				}
				break;
			case "stco":
				{
					const track = this.currentTrack;
					if (!track) break;
					if (!track.sampleTable) break;
					slice.skip(4);
					const entryCount = readU32Be(slice);
					for (let i = 0; i < entryCount; i++) {
						const chunkOffset = readU32Be(slice);
						track.sampleTable.chunkOffsets.push(chunkOffset);
					}
				}
				break;
			case "co64":
				{
					const track = this.currentTrack;
					if (!track) break;
					if (!track.sampleTable) break;
					slice.skip(4);
					const entryCount = readU32Be(slice);
					for (let i = 0; i < entryCount; i++) {
						const chunkOffset = readU64Be(slice);
						track.sampleTable.chunkOffsets.push(chunkOffset);
					}
				}
				break;
			case "mvex":
				this.isFragmented = true;
				this.readContiguousBoxes(slice.slice(contentStartPos, boxInfo.contentSize));
				break;
			case "mehd":
				{
					const version = readU8(slice);
					slice.skip(3);
					const fragmentDuration = version === 1 ? readU64Be(slice) : readU32Be(slice);
					this.movieDurationInTimescale = fragmentDuration;
				}
				break;
			case "trex":
				{
					slice.skip(4);
					const trackId = readU32Be(slice);
					const defaultSampleDescriptionIndex = readU32Be(slice);
					const defaultSampleDuration = readU32Be(slice);
					const defaultSampleSize = readU32Be(slice);
					const defaultSampleFlags = readU32Be(slice);
					this.fragmentTrackDefaults.push({
						trackId,
						defaultSampleDescriptionIndex,
						defaultSampleDuration,
						defaultSampleSize,
						defaultSampleFlags
					});
				}
				break;
			case "tfra":
				{
					const version = readU8(slice);
					slice.skip(3);
					const trackId = readU32Be(slice);
					const track = this.tracks.find((x) => x.id === trackId);
					if (!track) break;
					const word = readU32Be(slice);
					const lengthSizeOfTrafNum = (word & 48) >> 4;
					const lengthSizeOfTrunNum = (word & 12) >> 2;
					const lengthSizeOfSampleNum = word & 3;
					const functions = [
						readU8,
						readU16Be,
						readU24Be,
						readU32Be
					];
					const readTrafNum = functions[lengthSizeOfTrafNum];
					const readTrunNum = functions[lengthSizeOfTrunNum];
					const readSampleNum = functions[lengthSizeOfSampleNum];
					const numberOfEntries = readU32Be(slice);
					for (let i = 0; i < numberOfEntries; i++) {
						const time = version === 1 ? readU64Be(slice) : readU32Be(slice);
						const moofOffset = version === 1 ? readU64Be(slice) : readU32Be(slice);
						readTrafNum(slice);
						readTrunNum(slice);
						readSampleNum(slice);
						track.fragmentLookupTable.push({
							timestamp: time,
							moofOffset
						});
					}
					track.fragmentLookupTable.sort((a, b) => a.timestamp - b.timestamp);
					for (let i = 0; i < track.fragmentLookupTable.length - 1; i++) {
						const entry1 = track.fragmentLookupTable[i];
						const entry2 = track.fragmentLookupTable[i + 1];
						if (entry1.timestamp === entry2.timestamp) {
							track.fragmentLookupTable.splice(i + 1, 1);
							i--;
						}
					}
				}
				break;
			case "moof":
				this.currentFragment = {
					moofOffset: startPos,
					moofSize: boxInfo.totalSize,
					implicitBaseDataOffset: startPos,
					trackData: /* @__PURE__ */ new Map(),
					psshBoxes: []
				};
				this.readContiguousBoxes(slice.slice(contentStartPos, boxInfo.contentSize));
				this.lastReadFragment = this.currentFragment;
				this.currentFragment = null;
				break;
			case "traf":
				assert(this.currentFragment);
				this.readContiguousBoxes(slice.slice(contentStartPos, boxInfo.contentSize));
				if (this.currentTrack) {
					const trackData = this.currentFragment.trackData.get(this.currentTrack.id);
					cond: if (trackData) {
						if (trackData.samples.length === 0) {
							this.currentFragment.trackData.delete(this.currentTrack.id);
							break cond;
						}
						trackData.presentationTimestamps = trackData.samples.map((x, i) => ({
							presentationTimestamp: x.presentationTimestamp,
							sampleIndex: i
						})).sort((a, b) => a.presentationTimestamp - b.presentationTimestamp);
						for (let i = 0; i < trackData.presentationTimestamps.length; i++) {
							const currentEntry = trackData.presentationTimestamps[i];
							const currentSample = trackData.samples[currentEntry.sampleIndex];
							if (trackData.firstKeyFrameTimestamp === null && currentSample.isKeyFrame) trackData.firstKeyFrameTimestamp = currentSample.presentationTimestamp;
							if (i < trackData.presentationTimestamps.length - 1) currentSample.duration = trackData.presentationTimestamps[i + 1].presentationTimestamp - currentEntry.presentationTimestamp;
						}
						const firstSample = trackData.samples[trackData.presentationTimestamps[0].sampleIndex];
						const lastSample = trackData.samples[last(trackData.presentationTimestamps).sampleIndex];
						trackData.startTimestamp = firstSample.presentationTimestamp;
						trackData.endTimestamp = lastSample.presentationTimestamp + lastSample.duration;
						const { currentFragmentState } = this.currentTrack;
						assert(currentFragmentState);
						if (currentFragmentState.startTimestamp !== null) {
							offsetFragmentTrackDataByTimestamp(trackData, currentFragmentState.startTimestamp);
							trackData.startTimestampIsFinal = true;
						}
						if (currentFragmentState.encryptionAuxInfo && !trackData.samples[0].encryption) trackData.encryptionAuxInfo = currentFragmentState.encryptionAuxInfo;
					}
					this.currentTrack.currentFragmentState = null;
					this.currentTrack = null;
				}
				break;
			case "pssh":
				{
					if (this.input._formatOptions.isobmff?._suppressPsshParsing) break;
					const psshBox = parsePsshBoxContents(readBytes(slice, boxInfo.contentSize));
					if (this.currentFragment) this.currentFragment.psshBoxes.push(psshBox);
					else if (!this.currentTrack) this.psshBoxes.push(psshBox);
				}
				break;
			case "tfhd":
				{
					assert(this.currentFragment);
					slice.skip(1);
					const flags = readU24Be(slice);
					const baseDataOffsetPresent = Boolean(flags & 1);
					const sampleDescriptionIndexPresent = Boolean(flags & 2);
					const defaultSampleDurationPresent = Boolean(flags & 8);
					const defaultSampleSizePresent = Boolean(flags & 16);
					const defaultSampleFlagsPresent = Boolean(flags & 32);
					const durationIsEmpty = Boolean(flags & 65536);
					const defaultBaseIsMoof = Boolean(flags & 131072);
					const trackId = readU32Be(slice);
					const track = this.tracks.find((x) => x.id === trackId);
					if (!track) break;
					const defaults = this.fragmentTrackDefaults.find((x) => x.trackId === trackId);
					this.currentTrack = track;
					track.currentFragmentState = {
						baseDataOffset: this.currentFragment.implicitBaseDataOffset,
						sampleDescriptionIndex: defaults?.defaultSampleDescriptionIndex ?? null,
						defaultSampleDuration: defaults?.defaultSampleDuration ?? null,
						defaultSampleSize: defaults?.defaultSampleSize ?? null,
						defaultSampleFlags: defaults?.defaultSampleFlags ?? null,
						startTimestamp: null,
						encryptionAuxInfo: null
					};
					if (baseDataOffsetPresent) track.currentFragmentState.baseDataOffset = readU64Be(slice);
					else if (defaultBaseIsMoof) track.currentFragmentState.baseDataOffset = this.currentFragment.moofOffset;
					if (sampleDescriptionIndexPresent) track.currentFragmentState.sampleDescriptionIndex = readU32Be(slice);
					if (defaultSampleDurationPresent) track.currentFragmentState.defaultSampleDuration = readU32Be(slice);
					if (defaultSampleSizePresent) track.currentFragmentState.defaultSampleSize = readU32Be(slice);
					if (defaultSampleFlagsPresent) track.currentFragmentState.defaultSampleFlags = readU32Be(slice);
					if (durationIsEmpty) track.currentFragmentState.defaultSampleDuration = 0;
				}
				break;
			case "tfdt":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(track.currentFragmentState);
					const version = readU8(slice);
					slice.skip(3);
					const baseMediaDecodeTime = version === 0 ? readU32Be(slice) : readU64Be(slice);
					track.currentFragmentState.startTimestamp = baseMediaDecodeTime;
				}
				break;
			case "trun":
				{
					const track = this.currentTrack;
					if (!track) break;
					assert(this.currentFragment);
					assert(track.currentFragmentState);
					const version = readU8(slice);
					const flags = readU24Be(slice);
					const dataOffsetPresent = Boolean(flags & 1);
					const firstSampleFlagsPresent = Boolean(flags & 4);
					const sampleDurationPresent = Boolean(flags & 256);
					const sampleSizePresent = Boolean(flags & 512);
					const sampleFlagsPresent = Boolean(flags & 1024);
					const sampleCompositionTimeOffsetsPresent = Boolean(flags & 2048);
					const sampleCount = readU32Be(slice);
					let dataOffset = null;
					if (dataOffsetPresent) dataOffset = readI32Be(slice);
					let firstSampleFlags = null;
					if (firstSampleFlagsPresent) firstSampleFlags = readU32Be(slice);
					let trackData;
					if (this.currentFragment.trackData.has(track.id)) {
						trackData = this.currentFragment.trackData.get(track.id);
						if (dataOffset !== null) trackData.currentOffset = track.currentFragmentState.baseDataOffset + dataOffset;
					} else {
						trackData = {
							track,
							currentTimestamp: 0,
							currentOffset: track.currentFragmentState.baseDataOffset + (dataOffset ?? 0),
							startTimestamp: 0,
							endTimestamp: 0,
							firstKeyFrameTimestamp: null,
							samples: [],
							presentationTimestamps: [],
							startTimestampIsFinal: false,
							encryptionAuxInfo: null
						};
						this.currentFragment.trackData.set(track.id, trackData);
					}
					for (let i = 0; i < sampleCount; i++) {
						let sampleDuration;
						if (sampleDurationPresent) sampleDuration = readU32Be(slice);
						else {
							assert(track.currentFragmentState.defaultSampleDuration !== null);
							sampleDuration = track.currentFragmentState.defaultSampleDuration;
						}
						let sampleSize;
						if (sampleSizePresent) sampleSize = readU32Be(slice);
						else {
							assert(track.currentFragmentState.defaultSampleSize !== null);
							sampleSize = track.currentFragmentState.defaultSampleSize;
						}
						let sampleFlags;
						if (sampleFlagsPresent) sampleFlags = readU32Be(slice);
						else {
							assert(track.currentFragmentState.defaultSampleFlags !== null);
							sampleFlags = track.currentFragmentState.defaultSampleFlags;
						}
						if (i === 0 && firstSampleFlags !== null) sampleFlags = firstSampleFlags;
						let sampleCompositionTimeOffset = 0;
						if (sampleCompositionTimeOffsetsPresent) {
							if (version === 0) sampleCompositionTimeOffset = readU32Be(slice);
							else sampleCompositionTimeOffset = readI32Be(slice);
						}
						const isKeyFrame = !(sampleFlags & 65536);
						trackData.samples.push({
							presentationTimestamp: trackData.currentTimestamp + sampleCompositionTimeOffset,
							duration: sampleDuration,
							byteOffset: trackData.currentOffset,
							byteSize: sampleSize,
							isKeyFrame,
							encryption: null
						});
						trackData.currentOffset += sampleSize;
						trackData.currentTimestamp += sampleDuration;
					}
					this.currentFragment.implicitBaseDataOffset = trackData.currentOffset;
				}
				break;
			case "saiz":
				{
					const track = this.currentTrack;
					if (!track || !track.encryptionInfo) break;
					slice.skip(1);
					if (readU24Be(slice) & 1) {
						const auxInfoType = readAscii(slice, 4);
						const auxInfoTypeParam = readU32Be(slice);
						if (auxInfoType !== track.encryptionInfo.scheme || auxInfoTypeParam !== 0) break;
					}
					const defaultSampleInfoSize = readU8(slice);
					const sampleCount = readU32Be(slice);
					let sampleSizes = null;
					if (defaultSampleInfoSize === 0 && sampleCount > 0) sampleSizes = readBytes(slice, sampleCount);
					const aux = getOrCreateEncryptionAuxInfo(track);
					aux.defaultSampleInfoSize = defaultSampleInfoSize;
					aux.sampleSizes = sampleSizes;
					aux.sampleCount = sampleCount;
				}
				break;
			case "saio":
				{
					const track = this.currentTrack;
					if (!track || !track.encryptionInfo) break;
					const version = readU8(slice);
					if (readU24Be(slice) & 1) {
						const auxInfoType = readAscii(slice, 4);
						const auxInfoTypeParam = readU32Be(slice);
						if (auxInfoType !== track.encryptionInfo.scheme || auxInfoTypeParam !== 0) break;
					}
					const entryCount = readU32Be(slice);
					if (entryCount === 0) break;
					if (entryCount > 1) Logging._warn("Multiple saio entries are not supported; using the first offset only.");
					let offset = version === 0 ? readU32Be(slice) : Number(readU64Be(slice));
					if (this.currentFragment) offset += this.currentFragment.moofOffset;
					const aux = getOrCreateEncryptionAuxInfo(track);
					aux.offset = offset;
				}
				break;
			case "senc":
				{
					const track = this.currentTrack;
					if (!track || !track.encryptionInfo) break;
					assert(this.currentFragment);
					const trackData = this.currentFragment.trackData.get(track.id);
					if (!trackData) break;
					slice.skip(1);
					const flags = readU24Be(slice);
					const useSubsamples = Boolean(flags & 2);
					const sampleCount = readU32Be(slice);
					const ivSize = track.encryptionInfo.defaultPerSampleIvSize;
					assert(ivSize !== null);
					for (let i = 0; i < Math.min(sampleCount, trackData.samples.length); i++) {
						const iv = /* @__PURE__ */ new Uint8Array(16);
						if (ivSize > 0) iv.set(readBytes(slice, ivSize), 0);
						else iv.set(track.encryptionInfo.defaultConstantIv, 0);
						let subsamples = null;
						if (useSubsamples) {
							const subsampleCount = readU16Be(slice);
							subsamples = [];
							for (let j = 0; j < subsampleCount; j++) {
								const clearLen = readU16Be(slice);
								const protectedLen = readU32Be(slice);
								subsamples.push({
									clearLen,
									protectedLen
								});
							}
						}
						const sample = trackData.samples[i];
						sample.encryption = {
							iv,
							subsamples
						};
					}
				}
				break;
			case "udta":
				{
					const iterator = this.iterateContiguousBoxes(slice.slice(contentStartPos, boxInfo.contentSize));
					for (const { boxInfo, slice } of iterator) {
						if (boxInfo.name !== "meta" && !this.currentTrack) {
							const startPos = slice.filePos;
							this.metadataTags.raw ??= {};
							if (boxInfo.name[0] === "©") this.metadataTags.raw[boxInfo.name] ??= readMetadataStringShort(slice);
							else this.metadataTags.raw[boxInfo.name] ??= readBytes(slice, boxInfo.contentSize);
							slice.filePos = startPos;
						}
						switch (boxInfo.name) {
							case "meta":
								slice.skip(-boxInfo.headerSize);
								this.traverseBox(slice);
								break;
							case "©nam":
							case "name":
								if (this.currentTrack) this.currentTrack.name = textDecoder.decode(readBytes(slice, boxInfo.contentSize));
								else this.metadataTags.title ??= readMetadataStringShort(slice);
								break;
							case "©des":
								if (!this.currentTrack) this.metadataTags.description ??= readMetadataStringShort(slice);
								break;
							case "©ART":
								if (!this.currentTrack) this.metadataTags.artist ??= readMetadataStringShort(slice);
								break;
							case "©alb":
								if (!this.currentTrack) this.metadataTags.album ??= readMetadataStringShort(slice);
								break;
							case "albr":
								if (!this.currentTrack) this.metadataTags.albumArtist ??= readMetadataStringShort(slice);
								break;
							case "©gen":
								if (!this.currentTrack) this.metadataTags.genre ??= readMetadataStringShort(slice);
								break;
							case "©day":
								if (!this.currentTrack) {
									const date = new Date(readMetadataStringShort(slice));
									if (!Number.isNaN(date.getTime())) this.metadataTags.date ??= date;
								}
								break;
							case "©cmt":
								if (!this.currentTrack) this.metadataTags.comment ??= readMetadataStringShort(slice);
								break;
							case "©lyr": if (!this.currentTrack) this.metadataTags.lyrics ??= readMetadataStringShort(slice);
						}
					}
				}
				break;
			case "meta":
				{
					if (this.currentTrack) break;
					const isQuickTime = readU32Be(slice) !== 0;
					this.currentMetadataKeys = /* @__PURE__ */ new Map();
					if (isQuickTime) this.readContiguousBoxes(slice.slice(contentStartPos, boxInfo.contentSize));
					else this.readContiguousBoxes(slice.slice(contentStartPos + 4, boxInfo.contentSize - 4));
					this.currentMetadataKeys = null;
				}
				break;
			case "keys":
				{
					if (!this.currentMetadataKeys) break;
					slice.skip(4);
					const entryCount = readU32Be(slice);
					for (let i = 0; i < entryCount; i++) {
						const keySize = readU32Be(slice);
						slice.skip(4);
						const keyName = textDecoder.decode(readBytes(slice, keySize - 8));
						this.currentMetadataKeys.set(i + 1, keyName);
					}
				}
				break;
			case "ilst": {
				if (!this.currentMetadataKeys) break;
				const iterator = this.iterateContiguousBoxes(slice.slice(contentStartPos, boxInfo.contentSize));
				for (const { boxInfo, slice } of iterator) {
					let metadataKey = boxInfo.name;
					const nameAsNumber = (metadataKey.charCodeAt(0) << 24) + (metadataKey.charCodeAt(1) << 16) + (metadataKey.charCodeAt(2) << 8) + metadataKey.charCodeAt(3);
					if (this.currentMetadataKeys.has(nameAsNumber)) metadataKey = this.currentMetadataKeys.get(nameAsNumber);
					const data = readDataBox(slice);
					this.metadataTags.raw ??= {};
					this.metadataTags.raw[metadataKey] ??= data;
					switch (metadataKey) {
						case "©nam":
						case "titl":
						case "com.apple.quicktime.title":
						case "title":
							if (typeof data === "string") this.metadataTags.title ??= data;
							break;
						case "©des":
						case "desc":
						case "dscp":
						case "com.apple.quicktime.description":
						case "description":
							if (typeof data === "string") this.metadataTags.description ??= data;
							break;
						case "©ART":
						case "com.apple.quicktime.artist":
						case "artist":
							if (typeof data === "string") this.metadataTags.artist ??= data;
							break;
						case "©alb":
						case "albm":
						case "com.apple.quicktime.album":
						case "album":
							if (typeof data === "string") this.metadataTags.album ??= data;
							break;
						case "aART":
						case "album_artist":
							if (typeof data === "string") this.metadataTags.albumArtist ??= data;
							break;
						case "©cmt":
						case "com.apple.quicktime.comment":
						case "comment":
							if (typeof data === "string") this.metadataTags.comment ??= data;
							break;
						case "©gen":
						case "gnre":
						case "com.apple.quicktime.genre":
						case "genre":
							if (typeof data === "string") this.metadataTags.genre ??= data;
							break;
						case "©lyr":
						case "lyrics":
							if (typeof data === "string") this.metadataTags.lyrics ??= data;
							break;
						case "©day":
						case "rldt":
						case "com.apple.quicktime.creationdate":
						case "date":
							if (typeof data === "string") {
								const date = new Date(data);
								if (!Number.isNaN(date.getTime())) this.metadataTags.date ??= date;
							}
							break;
						case "tmpo":
							if (data instanceof Uint8Array && data.length >= 2) {
								const bpm = toDataView(data).getInt16(0, false);
								if (bpm > 0) this.metadataTags.beatsPerMinute ??= bpm;
							}
							break;
						case "covr":
						case "com.apple.quicktime.artwork":
							if (data instanceof RichImageData) {
								this.metadataTags.images ??= [];
								this.metadataTags.images.push({
									data: data.data,
									kind: "coverFront",
									mimeType: data.mimeType
								});
							} else if (data instanceof Uint8Array) {
								this.metadataTags.images ??= [];
								this.metadataTags.images.push({
									data,
									kind: "coverFront",
									mimeType: "image/*"
								});
							}
							break;
						case "track":
							if (typeof data === "string") {
								const parts = data.split("/");
								const trackNum = Number.parseInt(parts[0], 10);
								const tracksTotal = parts[1] && Number.parseInt(parts[1], 10);
								if (Number.isInteger(trackNum) && trackNum > 0) this.metadataTags.trackNumber ??= trackNum;
								if (tracksTotal && Number.isInteger(tracksTotal) && tracksTotal > 0) this.metadataTags.tracksTotal ??= tracksTotal;
							}
							break;
						case "trkn":
							if (data instanceof Uint8Array && data.length >= 6) {
								const view = toDataView(data);
								const trackNumber = view.getUint16(2, false);
								const tracksTotal = view.getUint16(4, false);
								if (trackNumber > 0) this.metadataTags.trackNumber ??= trackNumber;
								if (tracksTotal > 0) this.metadataTags.tracksTotal ??= tracksTotal;
							}
							break;
						case "disc":
						case "disk": if (data instanceof Uint8Array && data.length >= 6) {
							const view = toDataView(data);
							const discNumber = view.getUint16(2, false);
							const discNumberMax = view.getUint16(4, false);
							if (discNumber > 0) this.metadataTags.discNumber ??= discNumber;
							if (discNumberMax > 0) this.metadataTags.discsTotal ??= discNumberMax;
						}
					}
				}
			}
		}
		slice.filePos = boxEndPos;
		return true;
	}
};
var IsobmffTrackBacking = class {
	constructor(internalTrack) {
		this.internalTrack = internalTrack;
		this.packetToSampleIndex = /* @__PURE__ */ new WeakMap();
		this.packetToFragmentLocation = /* @__PURE__ */ new WeakMap();
	}
	getId() {
		return this.internalTrack.id;
	}
	getNumber() {
		const demuxer = this.internalTrack.demuxer;
		const trackType = this.internalTrack.trackBacking.getType();
		let number = 0;
		for (const track of demuxer.tracks) {
			if (track.trackBacking.getType() === trackType) number++;
			if (track === this.internalTrack) break;
		}
		return number;
	}
	getCodec() {
		throw new Error("Not implemented on base class.");
	}
	getInternalCodecId() {
		return this.internalTrack.internalCodecId;
	}
	getName() {
		return this.internalTrack.name;
	}
	getLanguageCode() {
		return this.internalTrack.languageCode;
	}
	getTimeResolution() {
		return this.internalTrack.timescale;
	}
	isRelativeToUnixEpoch() {
		return false;
	}
	getUnixTimeForTimestamp() {
		return null;
	}
	getDisposition() {
		return this.internalTrack.disposition;
	}
	getPairingMask() {
		return 1n;
	}
	getBitrate() {
		return this.internalTrack.maxBitrate;
	}
	getAverageBitrate() {
		return this.internalTrack.avgBitrate;
	}
	async getDurationFromMetadata() {
		const track = this.internalTrack;
		if (track.durationInMediaTimescale <= 0) return null;
		assert(track.trackBacking);
		return ((await track.trackBacking.getFirstPacket({ metadataOnly: true }))?.timestamp ?? 0) + track.durationInMediaTimescale / track.timescale;
	}
	async getLiveRefreshInterval() {
		return null;
	}
	async getFirstPacket(options) {
		const regularPacket = await this.fetchPacketForSampleIndex(0, options);
		if (regularPacket || !this.internalTrack.demuxer.isFragmented) return regularPacket;
		return this.performFragmentedLookup(null, (fragment) => {
			if (fragment.trackData.get(this.internalTrack.id)) return {
				sampleIndex: 0,
				correctSampleFound: true
			};
			return {
				sampleIndex: -1,
				correctSampleFound: false
			};
		}, -Infinity, Infinity, options);
	}
	mapTimestampIntoTimescale(timestamp) {
		return roundIfAlmostInteger(timestamp * this.internalTrack.timescale) + this.internalTrack.editListOffset;
	}
	async getPacket(timestamp, options) {
		const timestampInTimescale = this.mapTimestampIntoTimescale(timestamp);
		const sampleTable = this.internalTrack.demuxer.getSampleTableForTrack(this.internalTrack);
		const sampleIndex = getSampleIndexForTimestamp(sampleTable, timestampInTimescale);
		const regularPacket = await this.fetchPacketForSampleIndex(sampleIndex, options);
		if (!sampleTableIsEmpty(sampleTable) || !this.internalTrack.demuxer.isFragmented) return regularPacket;
		return this.performFragmentedLookup(null, (fragment) => {
			const trackData = fragment.trackData.get(this.internalTrack.id);
			if (!trackData) return {
				sampleIndex: -1,
				correctSampleFound: false
			};
			const index = binarySearchLessOrEqual(trackData.presentationTimestamps, timestampInTimescale, (x) => x.presentationTimestamp);
			return {
				sampleIndex: index !== -1 ? trackData.presentationTimestamps[index].sampleIndex : -1,
				correctSampleFound: index !== -1 && timestampInTimescale < trackData.endTimestamp
			};
		}, timestampInTimescale, timestampInTimescale, options);
	}
	async getNextPacket(packet, options) {
		const regularSampleIndex = this.packetToSampleIndex.get(packet);
		if (regularSampleIndex !== void 0) return this.fetchPacketForSampleIndex(regularSampleIndex + 1, options);
		const locationInFragment = this.packetToFragmentLocation.get(packet);
		if (locationInFragment === void 0) throw new Error("Packet was not created from this track.");
		return this.performFragmentedLookup(locationInFragment.fragment, (fragment) => {
			if (fragment === locationInFragment.fragment) {
				const trackData = fragment.trackData.get(this.internalTrack.id);
				if (locationInFragment.sampleIndex + 1 < trackData.samples.length) return {
					sampleIndex: locationInFragment.sampleIndex + 1,
					correctSampleFound: true
				};
			} else if (fragment.trackData.get(this.internalTrack.id)) return {
				sampleIndex: 0,
				correctSampleFound: true
			};
			return {
				sampleIndex: -1,
				correctSampleFound: false
			};
		}, -Infinity, Infinity, options);
	}
	async getKeyPacket(timestamp, options) {
		const timestampInTimescale = this.mapTimestampIntoTimescale(timestamp);
		const sampleTable = this.internalTrack.demuxer.getSampleTableForTrack(this.internalTrack);
		const sampleIndex = getKeyframeSampleIndexForTimestamp(sampleTable, timestampInTimescale);
		const regularPacket = await this.fetchPacketForSampleIndex(sampleIndex, options);
		if (!sampleTableIsEmpty(sampleTable) || !this.internalTrack.demuxer.isFragmented) return regularPacket;
		return this.performFragmentedLookup(null, (fragment) => {
			const trackData = fragment.trackData.get(this.internalTrack.id);
			if (!trackData) return {
				sampleIndex: -1,
				correctSampleFound: false
			};
			const index = findLastIndex(trackData.presentationTimestamps, (x) => {
				return trackData.samples[x.sampleIndex].isKeyFrame && x.presentationTimestamp <= timestampInTimescale;
			});
			return {
				sampleIndex: index !== -1 ? trackData.presentationTimestamps[index].sampleIndex : -1,
				correctSampleFound: index !== -1 && timestampInTimescale < trackData.endTimestamp
			};
		}, timestampInTimescale, timestampInTimescale, options);
	}
	async getNextKeyPacket(packet, options) {
		const regularSampleIndex = this.packetToSampleIndex.get(packet);
		if (regularSampleIndex !== void 0) {
			const nextKeyFrameSampleIndex = getNextKeyframeIndexForSample(this.internalTrack.demuxer.getSampleTableForTrack(this.internalTrack), regularSampleIndex);
			return this.fetchPacketForSampleIndex(nextKeyFrameSampleIndex, options);
		}
		const locationInFragment = this.packetToFragmentLocation.get(packet);
		if (locationInFragment === void 0) throw new Error("Packet was not created from this track.");
		return this.performFragmentedLookup(locationInFragment.fragment, (fragment) => {
			if (fragment === locationInFragment.fragment) {
				const nextKeyFrameIndex = fragment.trackData.get(this.internalTrack.id).samples.findIndex((x, i) => x.isKeyFrame && i > locationInFragment.sampleIndex);
				if (nextKeyFrameIndex !== -1) return {
					sampleIndex: nextKeyFrameIndex,
					correctSampleFound: true
				};
			} else {
				const trackData = fragment.trackData.get(this.internalTrack.id);
				if (trackData && trackData.firstKeyFrameTimestamp !== null) {
					const keyFrameIndex = trackData.samples.findIndex((x) => x.isKeyFrame);
					assert(keyFrameIndex !== -1);
					return {
						sampleIndex: keyFrameIndex,
						correctSampleFound: true
					};
				}
			}
			return {
				sampleIndex: -1,
				correctSampleFound: false
			};
		}, -Infinity, Infinity, options);
	}
	async fetchPacketForSampleIndex(sampleIndex, options) {
		if (sampleIndex === -1) return null;
		const sampleInfo = getSampleInfo(this.internalTrack.demuxer.getSampleTableForTrack(this.internalTrack), sampleIndex);
		if (!sampleInfo) return null;
		let data;
		if (options.metadataOnly) data = PLACEHOLDER_DATA;
		else {
			let slice = this.internalTrack.demuxer.reader.requestSlice(sampleInfo.sampleOffset, sampleInfo.sampleSize);
			if (isThenable(slice)) slice = await slice;
			if (!slice) return null;
			data = readBytes(slice, sampleInfo.sampleSize);
			if (this.internalTrack.encryptionInfo) {
				let sampleEncryption = null;
				if (this.internalTrack.encryptionAuxInfo) {
					const entries = await resolveEncryptionAuxInfo(this.internalTrack.demuxer.reader, this.internalTrack.encryptionInfo, this.internalTrack.encryptionAuxInfo);
					if (sampleIndex < entries.length) sampleEncryption = entries[sampleIndex];
				}
				sampleEncryption ??= getDefaultSampleEncryption(this.internalTrack.encryptionInfo);
				if (sampleEncryption) data = await decryptSample(this.internalTrack, sampleEncryption, data, null);
			}
		}
		const timestamp = (sampleInfo.presentationTimestamp - this.internalTrack.editListOffset) / this.internalTrack.timescale;
		const duration = sampleInfo.duration / this.internalTrack.timescale;
		const packet = new EncodedPacket(data, sampleInfo.isKeyFrame ? "key" : "delta", timestamp, duration, sampleIndex, sampleInfo.sampleSize);
		this.packetToSampleIndex.set(packet, sampleIndex);
		return packet;
	}
	async fetchPacketInFragment(fragment, sampleIndex, options) {
		if (sampleIndex === -1) return null;
		const fragmentSample = fragment.trackData.get(this.internalTrack.id).samples[sampleIndex];
		assert(fragmentSample);
		let data;
		if (options.metadataOnly) data = PLACEHOLDER_DATA;
		else {
			let slice = this.internalTrack.demuxer.reader.requestSlice(fragmentSample.byteOffset, fragmentSample.byteSize);
			if (isThenable(slice)) slice = await slice;
			if (!slice) return null;
			data = readBytes(slice, fragmentSample.byteSize);
			if (this.internalTrack.encryptionInfo) {
				const sampleEncryption = fragmentSample.encryption ?? getDefaultSampleEncryption(this.internalTrack.encryptionInfo);
				if (sampleEncryption) data = await decryptSample(this.internalTrack, sampleEncryption, data, fragment);
			}
		}
		const timestamp = (fragmentSample.presentationTimestamp - this.internalTrack.editListOffset) / this.internalTrack.timescale;
		const duration = fragmentSample.duration / this.internalTrack.timescale;
		const packet = new EncodedPacket(data, fragmentSample.isKeyFrame ? "key" : "delta", timestamp, duration, fragment.moofOffset + sampleIndex, fragmentSample.byteSize);
		this.packetToFragmentLocation.set(packet, {
			fragment,
			sampleIndex
		});
		return packet;
	}
	/** Looks for a packet in the fragments while trying to load as few fragments as possible to retrieve it. */
	async performFragmentedLookup(startFragment, getMatchInFragment, searchTimestamp, latestTimestamp, options) {
		const demuxer = this.internalTrack.demuxer;
		let currentFragment = null;
		let bestFragment = null;
		let bestSampleIndex = -1;
		if (startFragment) {
			const { sampleIndex, correctSampleFound } = getMatchInFragment(startFragment);
			if (correctSampleFound) return this.fetchPacketInFragment(startFragment, sampleIndex, options);
			if (sampleIndex !== -1) {
				bestFragment = startFragment;
				bestSampleIndex = sampleIndex;
			}
		}
		const lookupEntryIndex = binarySearchLessOrEqual(this.internalTrack.fragmentLookupTable, searchTimestamp, (x) => x.timestamp);
		const lookupEntry = lookupEntryIndex !== -1 ? this.internalTrack.fragmentLookupTable[lookupEntryIndex] : null;
		const positionCacheIndex = binarySearchLessOrEqual(this.internalTrack.fragmentPositionCache, searchTimestamp, (x) => x.startTimestamp);
		const positionCacheEntry = positionCacheIndex !== -1 ? this.internalTrack.fragmentPositionCache[positionCacheIndex] : null;
		const lookupEntryPosition = Math.max(lookupEntry?.moofOffset ?? 0, positionCacheEntry?.moofOffset ?? 0) || null;
		let currentPos;
		if (!startFragment) currentPos = lookupEntryPosition ?? 0;
		else if (lookupEntryPosition === null || startFragment.moofOffset >= lookupEntryPosition) {
			currentPos = startFragment.moofOffset + startFragment.moofSize;
			currentFragment = startFragment;
		} else currentPos = lookupEntryPosition;
		while (true) {
			if (currentFragment) {
				const trackData = currentFragment.trackData.get(this.internalTrack.id);
				if (trackData && trackData.startTimestamp > latestTimestamp) break;
			}
			let slice = demuxer.reader.requestSliceRange(currentPos, 8, 16);
			if (isThenable(slice)) slice = await slice;
			if (!slice) break;
			const boxStartPos = currentPos;
			const boxInfo = readBoxHeader(slice);
			if (!boxInfo) break;
			if (boxInfo.name === "moof") {
				currentFragment = await demuxer.readFragment(boxStartPos);
				const { sampleIndex, correctSampleFound } = getMatchInFragment(currentFragment);
				if (correctSampleFound) return this.fetchPacketInFragment(currentFragment, sampleIndex, options);
				if (sampleIndex !== -1) {
					bestFragment = currentFragment;
					bestSampleIndex = sampleIndex;
				}
			}
			currentPos = boxStartPos + boxInfo.totalSize;
		}
		if (lookupEntry && (!bestFragment || bestFragment.moofOffset < lookupEntry.moofOffset)) {
			const previousLookupEntry = this.internalTrack.fragmentLookupTable[lookupEntryIndex - 1];
			assert(!previousLookupEntry || previousLookupEntry.timestamp < lookupEntry.timestamp);
			const newSearchTimestamp = previousLookupEntry?.timestamp ?? -Infinity;
			return this.performFragmentedLookup(null, getMatchInFragment, newSearchTimestamp, latestTimestamp, options);
		}
		if (bestFragment) return this.fetchPacketInFragment(bestFragment, bestSampleIndex, options);
		return null;
	}
};
var IsobmffVideoTrackBacking = class extends IsobmffTrackBacking {
	constructor(internalTrack) {
		super(internalTrack);
		this.decoderConfigPromise = null;
	}
	getType() {
		return "video";
	}
	getCodec() {
		return this.internalTrack.info.codec;
	}
	getCodedWidth() {
		return this.internalTrack.info.width;
	}
	getCodedHeight() {
		return this.internalTrack.info.height;
	}
	getSquarePixelWidth() {
		return this.internalTrack.info.squarePixelWidth;
	}
	getSquarePixelHeight() {
		return this.internalTrack.info.squarePixelHeight;
	}
	getTransformationMatrix() {
		return [...this.internalTrack.matrix];
	}
	async getColorSpace() {
		const decoderConfig = await this.getDecoderConfig();
		if (!decoderConfig) return this.internalTrack.info.colorSpace;
		return {
			primaries: decoderConfig.colorSpace?.primaries,
			transfer: decoderConfig.colorSpace?.transfer,
			matrix: decoderConfig.colorSpace?.matrix,
			fullRange: decoderConfig.colorSpace?.fullRange
		};
	}
	async canBeTransparent() {
		return this.internalTrack.info.codec === "prores" && (this.internalTrack.info.proresFormat === "ap4h" || this.internalTrack.info.proresFormat === "ap4x");
	}
	async getDecoderConfig() {
		if (!this.internalTrack.info.codec) return null;
		return this.decoderConfigPromise ??= (async () => {
			if (this.internalTrack.info.codec === "avc" && !this.internalTrack.info.codecDescription) {
				const firstPacket = await this.getFirstPacket({});
				this.internalTrack.info.avcCodecInfo = firstPacket && extractAvcDecoderConfigurationRecord(firstPacket.data);
			} else if (this.internalTrack.info.codec === "hevc" && !this.internalTrack.info.codecDescription) {
				const firstPacket = await this.getFirstPacket({});
				this.internalTrack.info.hevcCodecInfo = firstPacket && extractHevcDecoderConfigurationRecord(firstPacket.data);
			} else if (this.internalTrack.info.codec === "vp9" && (!this.internalTrack.info.vp9CodecInfo || !vp9CodecInfoHasColorInfo(this.internalTrack.info.vp9CodecInfo))) {
				const firstPacket = await this.getFirstPacket({});
				const packetInfo = firstPacket && extractVp9CodecInfoFromPacket(firstPacket.data);
				if (packetInfo) this.internalTrack.info.vp9CodecInfo = {
					...this.internalTrack.info.vp9CodecInfo ?? packetInfo,
					videoFullRangeFlag: packetInfo.videoFullRangeFlag,
					colourPrimaries: packetInfo.colourPrimaries,
					transferCharacteristics: packetInfo.transferCharacteristics,
					matrixCoefficients: packetInfo.matrixCoefficients
				};
			} else if (this.internalTrack.info.codec === "av1" && (!this.internalTrack.info.av1CodecInfo || !av1CodecInfoHasColorInfo(this.internalTrack.info.av1CodecInfo))) {
				const firstPacket = await this.getFirstPacket({});
				const packetInfo = firstPacket && extractAv1CodecInfoFromPacket(firstPacket.data);
				if (packetInfo) this.internalTrack.info.av1CodecInfo = packetInfo;
			} else if (this.internalTrack.info.codec === "prores" && !this.internalTrack.info.proresCodecInfo) {
				const firstPacket = await this.getFirstPacket({});
				this.internalTrack.info.proresCodecInfo = firstPacket && extractProresCodecInfoFromPacket(firstPacket.data);
			}
			if (!colorSpaceIsComplete(this.internalTrack.info.colorSpace)) {
				const colorSpace = extractColorSpace(this.internalTrack.info);
				this.internalTrack.info.colorSpace.primaries ??= colorSpace.primaries;
				this.internalTrack.info.colorSpace.transfer ??= colorSpace.transfer;
				this.internalTrack.info.colorSpace.matrix ??= colorSpace.matrix;
				this.internalTrack.info.colorSpace.fullRange ??= colorSpace.fullRange;
			}
			const config = {
				codec: extractVideoCodecString(this.internalTrack.info),
				codedWidth: this.internalTrack.info.width,
				codedHeight: this.internalTrack.info.height,
				description: this.internalTrack.info.codecDescription ?? void 0,
				colorSpace: this.internalTrack.info.colorSpace
			};
			if (this.internalTrack.info.width !== this.internalTrack.info.squarePixelWidth || this.internalTrack.info.height !== this.internalTrack.info.squarePixelHeight) {
				config.displayAspectWidth = this.internalTrack.info.squarePixelWidth;
				config.displayAspectHeight = this.internalTrack.info.squarePixelHeight;
			}
			return config;
		})();
	}
};
var IsobmffAudioTrackBacking = class extends IsobmffTrackBacking {
	constructor(internalTrack) {
		super(internalTrack);
		this.decoderConfigPromise = null;
	}
	getType() {
		return "audio";
	}
	getCodec() {
		return this.internalTrack.info.codec;
	}
	getNumberOfChannels() {
		return this.internalTrack.info.numberOfChannels;
	}
	getSampleRate() {
		return this.internalTrack.info.sampleRate;
	}
	async getDecoderConfig() {
		if (!this.internalTrack.info.codec) return null;
		return this.decoderConfigPromise ??= (async () => {
			if (this.internalTrack.info.codec === "dts" && !this.internalTrack.info.dtsFormat) {
				const firstPacket = await this.getFirstPacket({});
				this.internalTrack.info.dtsFormat = firstPacket && extractDtsFourCcFromPacket(firstPacket.data);
			}
			return {
				codec: extractAudioCodecString(this.internalTrack.info),
				numberOfChannels: this.internalTrack.info.numberOfChannels,
				sampleRate: this.internalTrack.info.sampleRate,
				description: this.internalTrack.info.codecDescription ?? void 0
			};
		})();
	}
};
var getSampleIndexForTimestamp = (sampleTable, timescaleUnits) => {
	if (sampleTable.presentationTimestamps) {
		const index = binarySearchLessOrEqual(sampleTable.presentationTimestamps, timescaleUnits, (x) => x.presentationTimestamp);
		if (index === -1) return -1;
		return sampleTable.presentationTimestamps[index].sampleIndex;
	} else {
		const index = binarySearchLessOrEqual(sampleTable.sampleTimingEntries, timescaleUnits, (x) => x.startDecodeTimestamp);
		if (index === -1) return -1;
		const entry = sampleTable.sampleTimingEntries[index];
		return entry.startIndex + Math.min(Math.floor((timescaleUnits - entry.startDecodeTimestamp) / entry.delta), entry.count - 1);
	}
};
var getKeyframeSampleIndexForTimestamp = (sampleTable, timescaleUnits) => {
	if (!sampleTable.keySampleIndices) return getSampleIndexForTimestamp(sampleTable, timescaleUnits);
	if (sampleTable.presentationTimestamps) {
		const index = binarySearchLessOrEqual(sampleTable.presentationTimestamps, timescaleUnits, (x) => x.presentationTimestamp);
		if (index === -1) return -1;
		for (let i = index; i >= 0; i--) {
			const sampleIndex = sampleTable.presentationTimestamps[i].sampleIndex;
			if (binarySearchExact(sampleTable.keySampleIndices, sampleIndex, (x) => x) !== -1) return sampleIndex;
		}
		return -1;
	} else {
		const sampleIndex = getSampleIndexForTimestamp(sampleTable, timescaleUnits);
		const index = binarySearchLessOrEqual(sampleTable.keySampleIndices, sampleIndex, (x) => x);
		return sampleTable.keySampleIndices[index] ?? -1;
	}
};
var getSampleInfo = (sampleTable, sampleIndex) => {
	const timingEntryIndex = binarySearchLessOrEqual(sampleTable.sampleTimingEntries, sampleIndex, (x) => x.startIndex);
	const timingEntry = sampleTable.sampleTimingEntries[timingEntryIndex];
	if (!timingEntry || timingEntry.startIndex + timingEntry.count <= sampleIndex) return null;
	let presentationTimestamp = timingEntry.startDecodeTimestamp + (sampleIndex - timingEntry.startIndex) * timingEntry.delta;
	const offsetEntryIndex = binarySearchLessOrEqual(sampleTable.sampleCompositionTimeOffsets, sampleIndex, (x) => x.startIndex);
	const offsetEntry = sampleTable.sampleCompositionTimeOffsets[offsetEntryIndex];
	if (offsetEntry && sampleIndex - offsetEntry.startIndex < offsetEntry.count) presentationTimestamp += offsetEntry.offset;
	const sampleSize = sampleTable.sampleSizes[Math.min(sampleIndex, sampleTable.sampleSizes.length - 1)];
	const chunkEntryIndex = binarySearchLessOrEqual(sampleTable.sampleToChunk, sampleIndex, (x) => x.startSampleIndex);
	const chunkEntry = sampleTable.sampleToChunk[chunkEntryIndex];
	assert(chunkEntry);
	const chunkIndex = chunkEntry.startChunkIndex + Math.floor((sampleIndex - chunkEntry.startSampleIndex) / chunkEntry.samplesPerChunk);
	const chunkOffset = sampleTable.chunkOffsets[chunkIndex];
	const startSampleIndexOfChunk = chunkEntry.startSampleIndex + (chunkIndex - chunkEntry.startChunkIndex) * chunkEntry.samplesPerChunk;
	let chunkSize = 0;
	let sampleOffset = chunkOffset;
	if (sampleTable.sampleSizes.length === 1) {
		sampleOffset += sampleSize * (sampleIndex - startSampleIndexOfChunk);
		chunkSize += sampleSize * chunkEntry.samplesPerChunk;
	} else for (let i = startSampleIndexOfChunk; i < startSampleIndexOfChunk + chunkEntry.samplesPerChunk; i++) {
		const sampleSize = sampleTable.sampleSizes[i];
		if (i < sampleIndex) sampleOffset += sampleSize;
		chunkSize += sampleSize;
	}
	let duration = timingEntry.delta;
	if (sampleTable.presentationTimestamps) {
		const presentationIndex = sampleTable.presentationTimestampIndexMap[sampleIndex];
		assert(presentationIndex !== void 0);
		if (presentationIndex < sampleTable.presentationTimestamps.length - 1) duration = sampleTable.presentationTimestamps[presentationIndex + 1].presentationTimestamp - presentationTimestamp;
	}
	return {
		presentationTimestamp,
		duration,
		sampleOffset,
		sampleSize,
		chunkOffset,
		chunkSize,
		isKeyFrame: sampleTable.keySampleIndices ? binarySearchExact(sampleTable.keySampleIndices, sampleIndex, (x) => x) !== -1 : true
	};
};
var getNextKeyframeIndexForSample = (sampleTable, sampleIndex) => {
	if (!sampleTable.keySampleIndices) return sampleIndex + 1;
	const index = binarySearchLessOrEqual(sampleTable.keySampleIndices, sampleIndex, (x) => x);
	return sampleTable.keySampleIndices[index + 1] ?? -1;
};
var offsetFragmentTrackDataByTimestamp = (trackData, timestamp) => {
	trackData.startTimestamp += timestamp;
	trackData.endTimestamp += timestamp;
	for (const sample of trackData.samples) sample.presentationTimestamp += timestamp;
	for (const entry of trackData.presentationTimestamps) entry.presentationTimestamp += timestamp;
};
var readMatrix = (slice) => {
	return [
		readFixed_16_16(slice),
		readFixed_16_16(slice),
		readFixed_2_30(slice),
		readFixed_16_16(slice),
		readFixed_16_16(slice),
		readFixed_2_30(slice),
		readFixed_16_16(slice),
		readFixed_16_16(slice),
		readFixed_2_30(slice)
	];
};
var sampleTableIsEmpty = (sampleTable) => {
	return sampleTable.sampleSizes.length === 0;
};
var getOrCreateEncryptionAuxInfo = (track) => {
	if (track.currentFragmentState) return track.currentFragmentState.encryptionAuxInfo ??= {
		defaultSampleInfoSize: 0,
		sampleSizes: null,
		sampleCount: 0,
		offset: null,
		resolved: null
	};
	else return track.encryptionAuxInfo ??= {
		defaultSampleInfoSize: 0,
		sampleSizes: null,
		sampleCount: 0,
		offset: null,
		resolved: null
	};
};
var resolveEncryptionAuxInfo = async (reader, encryptionInfo, aux) => {
	if (aux.resolved) return aux.resolved;
	if (aux.offset === null || aux.sampleCount === 0) throw new Error("Incomplete saiz/saio info; cannot resolve encryption data.");
	let totalSize = 0;
	if (aux.defaultSampleInfoSize > 0) totalSize = aux.defaultSampleInfoSize * aux.sampleCount;
	else {
		assert(aux.sampleSizes);
		for (let i = 0; i < aux.sampleCount; i++) totalSize += aux.sampleSizes[i];
	}
	let slice = reader.requestSlice(aux.offset, totalSize);
	if (isThenable(slice)) slice = await slice;
	if (!slice) throw new Error("Failed to read auxiliary encryption info.");
	const ivSize = encryptionInfo.defaultPerSampleIvSize;
	assert(ivSize !== null);
	const entries = [];
	for (let i = 0; i < aux.sampleCount; i++) {
		const entrySize = aux.defaultSampleInfoSize > 0 ? aux.defaultSampleInfoSize : aux.sampleSizes[i];
		const iv = /* @__PURE__ */ new Uint8Array(16);
		if (ivSize > 0) iv.set(readBytes(slice, ivSize), 0);
		else iv.set(encryptionInfo.defaultConstantIv, 0);
		let subsamples = null;
		if (entrySize > ivSize) {
			const subsampleCount = readU16Be(slice);
			subsamples = [];
			for (let j = 0; j < subsampleCount; j++) {
				const clearLen = readU16Be(slice);
				const protectedLen = readU32Be(slice);
				subsamples.push({
					clearLen,
					protectedLen
				});
			}
		}
		entries.push({
			iv,
			subsamples
		});
	}
	aux.resolved = entries;
	return entries;
};
var getDefaultSampleEncryption = (encryptionInfo) => {
	if (!encryptionInfo.defaultConstantIv) return null;
	return {
		iv: encryptionInfo.defaultConstantIv,
		subsamples: null
	};
};
var decryptSample = async (track, sampleEncryption, data, fragment) => {
	assert(track.encryptionInfo);
	const encryptionInfo = track.encryptionInfo;
	assert(encryptionInfo.defaultKid !== null);
	const keyId = encryptionInfo.defaultKid;
	let keyBytes;
	const cacheEntry = track.demuxer.decryptionKeyCache.get(keyId);
	if (cacheEntry) keyBytes = await cacheEntry;
	else {
		if (!track.demuxer.input._formatOptions.isobmff?.resolveKeyId) throw new Error("Encrypted media samples encountered. To decrypt them, please provide a callback for InputOptions.formatOptions.isobmff.resolveKeyId.");
		const promise = (async () => {
			let psshBoxes = track.demuxer.psshBoxes;
			if (fragment) {
				psshBoxes = [...psshBoxes, ...fragment.psshBoxes].filter((x) => x.keyIds === null || x.keyIds.includes(keyId));
				for (let i = 0; i < psshBoxes.length - 1; i++) for (let j = i + 1; j < psshBoxes.length; j++) if (psshBoxesAreEqual(psshBoxes[i], psshBoxes[j])) {
					psshBoxes.splice(j, 1);
					j--;
				}
			}
			const keyResult = await track.demuxer.input._formatOptions.isobmff.resolveKeyId({
				keyId,
				psshBoxes
			});
			if (!(typeof keyResult === "string" && keyResult.length === 32 && HEX_STRING_REGEX.test(keyResult) || keyResult instanceof Uint8Array && keyResult.byteLength === 16)) throw new TypeError("resolveKeyId must return a 32-character hex string or a 16-byte Uint8Array containing the decryption key.");
			return keyResult instanceof Uint8Array ? keyResult : hexStringToBytes(keyResult);
		})();
		track.demuxer.decryptionKeyCache.set(keyId, promise);
		keyBytes = await promise;
	}
	if (encryptionInfo.scheme === "cenc" || encryptionInfo.scheme === "cens") return decryptCtr(keyBytes, encryptionInfo, sampleEncryption, data);
	else return decryptCbcs(keyBytes, encryptionInfo, sampleEncryption, data);
};
var decryptCtr = async (key, encryptionInfo, sampleEncryption, data) => {
	const counter = /* @__PURE__ */ new Uint8Array(16);
	counter.set(sampleEncryption.iv, 0);
	const cryptoKey = await crypto.subtle.importKey("raw", key, { name: "AES-CTR" }, false, ["decrypt"]);
	const cryptApply = async (input) => {
		const plaintext = await crypto.subtle.decrypt({
			name: "AES-CTR",
			counter,
			length: 64
		}, cryptoKey, input);
		return new Uint8Array(plaintext);
	};
	if (!sampleEncryption.subsamples) return cryptApply(data);
	assert(encryptionInfo.defaultCryptByteBlock !== null && encryptionInfo.defaultSkipByteBlock !== null);
	const cryptRanges = collectCryptRanges(sampleEncryption.subsamples, encryptionInfo.defaultCryptByteBlock, encryptionInfo.defaultSkipByteBlock);
	let totalCryptLen = 0;
	for (const range of cryptRanges) for (const seg of range.perSubsample) totalCryptLen += seg.length;
	const cryptBuffer = new Uint8Array(totalCryptLen);
	let writePos = 0;
	for (const range of cryptRanges) for (const seg of range.perSubsample) {
		cryptBuffer.set(data.subarray(seg.offset, seg.offset + seg.length), writePos);
		writePos += seg.length;
	}
	const plain = await cryptApply(cryptBuffer);
	const output = new Uint8Array(data);
	let readPos = 0;
	for (const range of cryptRanges) for (const seg of range.perSubsample) {
		output.set(plain.subarray(readPos, readPos + seg.length), seg.offset);
		readPos += seg.length;
	}
	return output;
};
var decryptCbcs = (key, encryptionInfo, sampleEncryption, data) => {
	const ctx = new Aes128CbcContext();
	ctx.init({
		key,
		iv: sampleEncryption.iv
	});
	const cryptByteBlock = encryptionInfo.defaultCryptByteBlock;
	const skipByteBlock = encryptionInfo.defaultSkipByteBlock;
	assert(cryptByteBlock !== null && skipByteBlock !== null);
	if (!sampleEncryption.subsamples) {
		const output = new Uint8Array(data);
		const numBlocks = Math.floor(data.length / 16);
		for (let b = 0; b < numBlocks; b++) {
			const off = b * 16;
			ctx.in.set(data.subarray(off, off + 16));
			ctx.decrypt();
			output.set(ctx.out, off);
		}
		return output;
	}
	if (cryptByteBlock === 0 && skipByteBlock === 0) throw new Error("cbcs with subsamples requires pattern encryption.");
	const output = new Uint8Array(data);
	const cryptRanges = collectCryptRanges(sampleEncryption.subsamples, cryptByteBlock, skipByteBlock);
	const ivView = new DataView(sampleEncryption.iv.buffer, sampleEncryption.iv.byteOffset, 16);
	for (const range of cryptRanges) {
		ctx.iv[0] = ivView.getUint32(0, false);
		ctx.iv[1] = ivView.getUint32(4, false);
		ctx.iv[2] = ivView.getUint32(8, false);
		ctx.iv[3] = ivView.getUint32(12, false);
		for (const seg of range.perSubsample) {
			const numBlocks = seg.length / 16;
			for (let b = 0; b < numBlocks; b++) {
				const offset = seg.offset + b * 16;
				ctx.in.set(data.subarray(offset, offset + 16));
				ctx.decrypt();
				output.set(ctx.out, offset);
			}
		}
	}
	return output;
};
var collectCryptRanges = (subsamples, cryptByteBlock, skipByteBlock) => {
	const ranges = [];
	const hasPattern = cryptByteBlock !== 0 || skipByteBlock !== 0;
	let cursor = 0;
	for (const subsample of subsamples) {
		cursor += subsample.clearLen;
		const perSubsample = [];
		if (!hasPattern) {
			if (subsample.protectedLen > 0) perSubsample.push({
				offset: cursor,
				length: subsample.protectedLen
			});
			cursor += subsample.protectedLen;
		} else {
			let remaining = subsample.protectedLen;
			let pos = cursor;
			while (remaining > 0) {
				if (remaining < 16 * cryptByteBlock) break;
				const cryptBytes = 16 * cryptByteBlock;
				perSubsample.push({
					offset: pos,
					length: cryptBytes
				});
				pos += cryptBytes;
				remaining -= cryptBytes;
				const skipBytes = Math.min(16 * skipByteBlock, remaining);
				pos += skipBytes;
				remaining -= skipBytes;
			}
			cursor += subsample.protectedLen;
		}
		ranges.push({ perSubsample });
	}
	return ranges;
};
// node_modules/mediabunny/dist/modules/src/matroska/ebml.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
/** Defines some of the EBML IDs used by Matroska files. */
var EBMLId;
(function(EBMLId) {
	EBMLId[EBMLId["EBML"] = 440786851] = "EBML";
	EBMLId[EBMLId["EBMLVersion"] = 17030] = "EBMLVersion";
	EBMLId[EBMLId["EBMLReadVersion"] = 17143] = "EBMLReadVersion";
	EBMLId[EBMLId["EBMLMaxIDLength"] = 17138] = "EBMLMaxIDLength";
	EBMLId[EBMLId["EBMLMaxSizeLength"] = 17139] = "EBMLMaxSizeLength";
	EBMLId[EBMLId["DocType"] = 17026] = "DocType";
	EBMLId[EBMLId["DocTypeVersion"] = 17031] = "DocTypeVersion";
	EBMLId[EBMLId["DocTypeReadVersion"] = 17029] = "DocTypeReadVersion";
	EBMLId[EBMLId["Void"] = 236] = "Void";
	EBMLId[EBMLId["Segment"] = 408125543] = "Segment";
	EBMLId[EBMLId["SeekHead"] = 290298740] = "SeekHead";
	EBMLId[EBMLId["Seek"] = 19899] = "Seek";
	EBMLId[EBMLId["SeekID"] = 21419] = "SeekID";
	EBMLId[EBMLId["SeekPosition"] = 21420] = "SeekPosition";
	EBMLId[EBMLId["Duration"] = 17545] = "Duration";
	EBMLId[EBMLId["Info"] = 357149030] = "Info";
	EBMLId[EBMLId["TimestampScale"] = 2807729] = "TimestampScale";
	EBMLId[EBMLId["MuxingApp"] = 19840] = "MuxingApp";
	EBMLId[EBMLId["WritingApp"] = 22337] = "WritingApp";
	EBMLId[EBMLId["Tracks"] = 374648427] = "Tracks";
	EBMLId[EBMLId["TrackEntry"] = 174] = "TrackEntry";
	EBMLId[EBMLId["TrackNumber"] = 215] = "TrackNumber";
	EBMLId[EBMLId["TrackUID"] = 29637] = "TrackUID";
	EBMLId[EBMLId["TrackType"] = 131] = "TrackType";
	EBMLId[EBMLId["FlagEnabled"] = 185] = "FlagEnabled";
	EBMLId[EBMLId["FlagDefault"] = 136] = "FlagDefault";
	EBMLId[EBMLId["FlagForced"] = 21930] = "FlagForced";
	EBMLId[EBMLId["FlagOriginal"] = 21934] = "FlagOriginal";
	EBMLId[EBMLId["FlagHearingImpaired"] = 21931] = "FlagHearingImpaired";
	EBMLId[EBMLId["FlagVisualImpaired"] = 21932] = "FlagVisualImpaired";
	EBMLId[EBMLId["FlagCommentary"] = 21935] = "FlagCommentary";
	EBMLId[EBMLId["FlagLacing"] = 156] = "FlagLacing";
	EBMLId[EBMLId["Name"] = 21358] = "Name";
	EBMLId[EBMLId["Language"] = 2274716] = "Language";
	EBMLId[EBMLId["LanguageBCP47"] = 2274717] = "LanguageBCP47";
	EBMLId[EBMLId["CodecID"] = 134] = "CodecID";
	EBMLId[EBMLId["CodecPrivate"] = 25506] = "CodecPrivate";
	EBMLId[EBMLId["CodecDelay"] = 22186] = "CodecDelay";
	EBMLId[EBMLId["SeekPreRoll"] = 22203] = "SeekPreRoll";
	EBMLId[EBMLId["DefaultDuration"] = 2352003] = "DefaultDuration";
	EBMLId[EBMLId["Video"] = 224] = "Video";
	EBMLId[EBMLId["PixelWidth"] = 176] = "PixelWidth";
	EBMLId[EBMLId["PixelHeight"] = 186] = "PixelHeight";
	EBMLId[EBMLId["DisplayWidth"] = 21680] = "DisplayWidth";
	EBMLId[EBMLId["DisplayHeight"] = 21690] = "DisplayHeight";
	EBMLId[EBMLId["DisplayUnit"] = 21682] = "DisplayUnit";
	EBMLId[EBMLId["AlphaMode"] = 21440] = "AlphaMode";
	EBMLId[EBMLId["Audio"] = 225] = "Audio";
	EBMLId[EBMLId["SamplingFrequency"] = 181] = "SamplingFrequency";
	EBMLId[EBMLId["Channels"] = 159] = "Channels";
	EBMLId[EBMLId["BitDepth"] = 25188] = "BitDepth";
	EBMLId[EBMLId["SimpleBlock"] = 163] = "SimpleBlock";
	EBMLId[EBMLId["BlockGroup"] = 160] = "BlockGroup";
	EBMLId[EBMLId["Block"] = 161] = "Block";
	EBMLId[EBMLId["BlockAdditions"] = 30113] = "BlockAdditions";
	EBMLId[EBMLId["BlockMore"] = 166] = "BlockMore";
	EBMLId[EBMLId["BlockAdditional"] = 165] = "BlockAdditional";
	EBMLId[EBMLId["BlockAddID"] = 238] = "BlockAddID";
	EBMLId[EBMLId["BlockDuration"] = 155] = "BlockDuration";
	EBMLId[EBMLId["ReferenceBlock"] = 251] = "ReferenceBlock";
	EBMLId[EBMLId["Cluster"] = 524531317] = "Cluster";
	EBMLId[EBMLId["Timestamp"] = 231] = "Timestamp";
	EBMLId[EBMLId["Cues"] = 475249515] = "Cues";
	EBMLId[EBMLId["CuePoint"] = 187] = "CuePoint";
	EBMLId[EBMLId["CueTime"] = 179] = "CueTime";
	EBMLId[EBMLId["CueTrackPositions"] = 183] = "CueTrackPositions";
	EBMLId[EBMLId["CueTrack"] = 247] = "CueTrack";
	EBMLId[EBMLId["CueClusterPosition"] = 241] = "CueClusterPosition";
	EBMLId[EBMLId["Colour"] = 21936] = "Colour";
	EBMLId[EBMLId["MatrixCoefficients"] = 21937] = "MatrixCoefficients";
	EBMLId[EBMLId["TransferCharacteristics"] = 21946] = "TransferCharacteristics";
	EBMLId[EBMLId["Primaries"] = 21947] = "Primaries";
	EBMLId[EBMLId["Range"] = 21945] = "Range";
	EBMLId[EBMLId["Projection"] = 30320] = "Projection";
	EBMLId[EBMLId["ProjectionType"] = 30321] = "ProjectionType";
	EBMLId[EBMLId["ProjectionPoseYaw"] = 30323] = "ProjectionPoseYaw";
	EBMLId[EBMLId["ProjectionPosePitch"] = 30324] = "ProjectionPosePitch";
	EBMLId[EBMLId["ProjectionPoseRoll"] = 30325] = "ProjectionPoseRoll";
	EBMLId[EBMLId["Attachments"] = 423732329] = "Attachments";
	EBMLId[EBMLId["AttachedFile"] = 24999] = "AttachedFile";
	EBMLId[EBMLId["FileDescription"] = 18046] = "FileDescription";
	EBMLId[EBMLId["FileName"] = 18030] = "FileName";
	EBMLId[EBMLId["FileMediaType"] = 18016] = "FileMediaType";
	EBMLId[EBMLId["FileData"] = 18012] = "FileData";
	EBMLId[EBMLId["FileUID"] = 18094] = "FileUID";
	EBMLId[EBMLId["Chapters"] = 272869232] = "Chapters";
	EBMLId[EBMLId["Tags"] = 307544935] = "Tags";
	EBMLId[EBMLId["Tag"] = 29555] = "Tag";
	EBMLId[EBMLId["Targets"] = 25536] = "Targets";
	EBMLId[EBMLId["TargetTypeValue"] = 26826] = "TargetTypeValue";
	EBMLId[EBMLId["TargetType"] = 25546] = "TargetType";
	EBMLId[EBMLId["TagTrackUID"] = 25541] = "TagTrackUID";
	EBMLId[EBMLId["TagEditionUID"] = 25545] = "TagEditionUID";
	EBMLId[EBMLId["TagChapterUID"] = 25540] = "TagChapterUID";
	EBMLId[EBMLId["TagAttachmentUID"] = 25542] = "TagAttachmentUID";
	EBMLId[EBMLId["SimpleTag"] = 26568] = "SimpleTag";
	EBMLId[EBMLId["TagName"] = 17827] = "TagName";
	EBMLId[EBMLId["TagLanguage"] = 17530] = "TagLanguage";
	EBMLId[EBMLId["TagString"] = 17543] = "TagString";
	EBMLId[EBMLId["TagBinary"] = 17541] = "TagBinary";
	EBMLId[EBMLId["ContentEncodings"] = 28032] = "ContentEncodings";
	EBMLId[EBMLId["ContentEncoding"] = 25152] = "ContentEncoding";
	EBMLId[EBMLId["ContentEncodingOrder"] = 20529] = "ContentEncodingOrder";
	EBMLId[EBMLId["ContentEncodingScope"] = 20530] = "ContentEncodingScope";
	EBMLId[EBMLId["ContentCompression"] = 20532] = "ContentCompression";
	EBMLId[EBMLId["ContentCompAlgo"] = 16980] = "ContentCompAlgo";
	EBMLId[EBMLId["ContentCompSettings"] = 16981] = "ContentCompSettings";
	EBMLId[EBMLId["ContentEncryption"] = 20533] = "ContentEncryption";
})(EBMLId || (EBMLId = {}));
var LEVEL_0_EBML_IDS = [EBMLId.EBML, EBMLId.Segment];
var LEVEL_1_EBML_IDS = [
	EBMLId.SeekHead,
	EBMLId.Info,
	EBMLId.Cluster,
	EBMLId.Tracks,
	EBMLId.Cues,
	EBMLId.Attachments,
	EBMLId.Chapters,
	EBMLId.Tags
];
var LEVEL_0_AND_1_EBML_IDS = [...LEVEL_0_EBML_IDS, ...LEVEL_1_EBML_IDS];
var readVarIntSize = (slice) => {
	if (slice.remainingLength < 1) return null;
	const firstByte = readU8(slice);
	slice.skip(-1);
	if (firstByte === 0) return null;
	let width = 1;
	let mask = 128;
	while ((firstByte & mask) === 0) {
		width++;
		mask >>= 1;
	}
	if (slice.remainingLength < width) return null;
	return width;
};
var readVarInt = (slice) => {
	if (slice.remainingLength < 1) return null;
	const firstByte = readU8(slice);
	if (firstByte === 0) return null;
	let width = 1;
	let mask = 128;
	while ((firstByte & mask) === 0) {
		width++;
		mask >>= 1;
	}
	if (slice.remainingLength < width - 1) return null;
	let value = firstByte & mask - 1;
	for (let i = 1; i < width; i++) {
		value *= 256;
		value += readU8(slice);
	}
	return value;
};
var readUnsignedInt = (slice, width) => {
	if (width < 1 || width > 8) throw new Error("Bad unsigned int size " + width);
	let value = 0;
	for (let i = 0; i < width; i++) {
		value *= 256;
		value += readU8(slice);
	}
	return value;
};
var readUnsignedBigInt = (slice, width) => {
	if (width < 1) throw new Error("Bad unsigned int size " + width);
	let value = 0n;
	for (let i = 0; i < width; i++) {
		value <<= 8n;
		value += BigInt(readU8(slice));
	}
	return value;
};
var readElementId = (slice) => {
	const size = readVarIntSize(slice);
	if (size === null) return null;
	if (slice.remainingLength < size) return null;
	return readUnsignedInt(slice, size);
};
/** Returns `undefined` to indicate the EBML undefined size. Returns `null` if the size couldn't be read. */
var readElementSize = (slice) => {
	if (slice.remainingLength < 1) return null;
	if (readU8(slice) === 255) return;
	slice.skip(-1);
	const size = readVarInt(slice);
	if (size === null) return null;
	if (size === 72057594037927940) return;
	return size;
};
var readElementHeader = (slice) => {
	assert(slice.remainingLength >= 2);
	const id = readElementId(slice);
	if (id === null) return null;
	const size = readElementSize(slice);
	if (size === null) return null;
	return {
		id,
		size
	};
};
var readAsciiString = (slice, length) => {
	const bytes = readBytes(slice, length);
	let strLength = 0;
	while (strLength < length && bytes[strLength] !== 0) strLength += 1;
	return String.fromCharCode(...bytes.subarray(0, strLength));
};
var readUnicodeString = (slice, length) => {
	const bytes = readBytes(slice, length);
	let strLength = 0;
	while (strLength < length && bytes[strLength] !== 0) strLength += 1;
	return textDecoder.decode(bytes.subarray(0, strLength));
};
var readFloat = (slice, width) => {
	if (width === 0) return 0;
	if (width !== 4 && width !== 8) throw new Error("Bad float size " + width);
	return width === 4 ? readF32Be(slice) : readF64Be(slice);
};
/** Returns the byte offset in the file of the next element with a matching ID. */
var searchForNextElementId = async (reader, startPos, ids, until) => {
	const idsSet = new Set(ids);
	let currentPos = startPos;
	while (until === null || currentPos < until) {
		let slice = reader.requestSliceRange(currentPos, 2, 16);
		if (isThenable(slice)) slice = await slice;
		if (!slice) break;
		const elementHeader = readElementHeader(slice);
		if (!elementHeader) break;
		if (idsSet.has(elementHeader.id)) return {
			pos: currentPos,
			found: true
		};
		assertDefinedSize(elementHeader.size);
		currentPos = slice.filePos + elementHeader.size;
	}
	return {
		pos: until !== null && until > currentPos ? until : currentPos,
		found: false
	};
};
/** Searches for the next occurrence of an element ID using a naive byte-wise search. */
var resync = async (reader, startPos, ids, until) => {
	const CHUNK_SIZE = 2 ** 16;
	const idsSet = new Set(ids);
	let currentPos = startPos;
	while (currentPos < until) {
		let slice = reader.requestSliceRange(currentPos, 0, Math.min(CHUNK_SIZE, until - currentPos));
		if (isThenable(slice)) slice = await slice;
		if (!slice) break;
		if (slice.length < 8) break;
		for (let i = 0; i < slice.length - 8; i++) {
			slice.filePos = currentPos;
			const elementId = readElementId(slice);
			if (elementId !== null && idsSet.has(elementId)) return currentPos;
			currentPos++;
		}
	}
	return null;
};
var CODEC_STRING_MAP = {
	"avc": "V_MPEG4/ISO/AVC",
	"hevc": "V_MPEGH/ISO/HEVC",
	"vp8": "V_VP8",
	"vp9": "V_VP9",
	"av1": "V_AV1",
	"prores": "V_PRORES",
	"aac": "A_AAC",
	"mp3": "A_MPEG/L3",
	"opus": "A_OPUS",
	"vorbis": "A_VORBIS",
	"flac": "A_FLAC",
	"ac3": "A_AC3",
	"eac3": "A_EAC3",
	"dts": "A_DTS",
	"pcm-u8": "A_PCM/INT/LIT",
	"pcm-s16": "A_PCM/INT/LIT",
	"pcm-s16be": "A_PCM/INT/BIG",
	"pcm-s24": "A_PCM/INT/LIT",
	"pcm-s24be": "A_PCM/INT/BIG",
	"pcm-s32": "A_PCM/INT/LIT",
	"pcm-s32be": "A_PCM/INT/BIG",
	"pcm-f32": "A_PCM/FLOAT/IEEE",
	"pcm-f64": "A_PCM/FLOAT/IEEE",
	"webvtt": "S_TEXT/WEBVTT"
};
function assertDefinedSize(size) {
	if (size === void 0) throw new Error("Undefined element size is used in a place where it is not supported.");
}
// node_modules/mediabunny/dist/modules/src/matroska/matroska-misc.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var buildMatroskaMimeType = (info) => {
	let string = (info.hasVideo ? "video/" : info.hasAudio ? "audio/" : "application/") + (info.isWebM ? "webm" : "x-matroska");
	if (info.codecStrings.length > 0) {
		const uniqueCodecMimeTypes = [...new Set(info.codecStrings.filter(Boolean))];
		string += `; codecs="${uniqueCodecMimeTypes.join(", ")}"`;
	}
	return string;
};
// node_modules/mediabunny/dist/modules/src/matroska/matroska-demuxer.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var BlockLacing;
(function(BlockLacing) {
	BlockLacing[BlockLacing["None"] = 0] = "None";
	BlockLacing[BlockLacing["Xiph"] = 1] = "Xiph";
	BlockLacing[BlockLacing["FixedSize"] = 2] = "FixedSize";
	BlockLacing[BlockLacing["Ebml"] = 3] = "Ebml";
})(BlockLacing || (BlockLacing = {}));
var ContentEncodingScope;
(function(ContentEncodingScope) {
	ContentEncodingScope[ContentEncodingScope["Block"] = 1] = "Block";
	ContentEncodingScope[ContentEncodingScope["Private"] = 2] = "Private";
	ContentEncodingScope[ContentEncodingScope["Next"] = 4] = "Next";
})(ContentEncodingScope || (ContentEncodingScope = {}));
var ContentCompAlgo;
(function(ContentCompAlgo) {
	ContentCompAlgo[ContentCompAlgo["Zlib"] = 0] = "Zlib";
	ContentCompAlgo[ContentCompAlgo["Bzlib"] = 1] = "Bzlib";
	ContentCompAlgo[ContentCompAlgo["lzo1x"] = 2] = "lzo1x";
	ContentCompAlgo[ContentCompAlgo["HeaderStripping"] = 3] = "HeaderStripping";
})(ContentCompAlgo || (ContentCompAlgo = {}));
var METADATA_ELEMENTS = [
	{
		id: EBMLId.SeekHead,
		flag: "seekHeadSeen"
	},
	{
		id: EBMLId.Info,
		flag: "infoSeen"
	},
	{
		id: EBMLId.Tracks,
		flag: "tracksSeen"
	},
	{
		id: EBMLId.Cues,
		flag: "cuesSeen"
	}
];
var MAX_RESYNC_LENGTH = 10 * 2 ** 20;
var MatroskaDemuxer = class extends Demuxer {
	constructor(input) {
		super(input);
		this.readMetadataPromise = null;
		this.segments = [];
		this.currentSegment = null;
		this.currentTrack = null;
		this.currentCluster = null;
		this.currentBlock = null;
		this.currentBlockAdditional = null;
		this.currentCueTime = null;
		this.currentDecodingInstruction = null;
		this.currentTagTargetIsMovie = true;
		this.currentSimpleTagName = null;
		this.currentAttachedFile = null;
		this.isWebM = false;
		this.reader = input._reader;
	}
	async getTrackBackings() {
		await this.readMetadata();
		return this.segments.flatMap((segment) => segment.tracks.map((track) => track.trackBacking));
	}
	async getMimeType() {
		await this.readMetadata();
		const backings = await this.getTrackBackings();
		const codecStrings = await Promise.all(backings.map((x) => x.getDecoderConfig().then((c) => c?.codec ?? null)));
		return buildMatroskaMimeType({
			isWebM: this.isWebM,
			hasVideo: this.segments.some((segment) => segment.tracks.some((x) => x.info?.type === "video")),
			hasAudio: this.segments.some((segment) => segment.tracks.some((x) => x.info?.type === "audio")),
			codecStrings: codecStrings.filter(Boolean)
		});
	}
	async getMetadataTags() {
		await this.readMetadata();
		for (const segment of this.segments) if (!segment.metadataTagsCollected) {
			if (this.reader.fileSize !== null) await this.loadSegmentMetadata(segment);
			segment.metadataTagsCollected = true;
		}
		let metadataTags = {};
		for (const segment of this.segments) metadataTags = {
			...metadataTags,
			...segment.metadataTags
		};
		return metadataTags;
	}
	readMetadata() {
		return this.readMetadataPromise ??= (async () => {
			let currentPos = 0;
			while (true) {
				let slice = this.reader.requestSliceRange(currentPos, 2, 16);
				if (isThenable(slice)) slice = await slice;
				if (!slice) break;
				const header = readElementHeader(slice);
				if (!header) break;
				const id = header.id;
				let size = header.size;
				const dataStartPos = slice.filePos;
				if (id === EBMLId.EBML) {
					assertDefinedSize(size);
					let slice = this.reader.requestSlice(dataStartPos, size);
					if (isThenable(slice)) slice = await slice;
					if (!slice) break;
					this.readContiguousElements(slice);
				} else if (id === EBMLId.Segment) {
					await this.readSegment(dataStartPos, size);
					if (size === void 0) break;
					if (this.reader.fileSize === null) break;
				} else if (id === EBMLId.Cluster) {
					if (this.reader.fileSize === null) break;
					if (size === void 0) size = (await searchForNextElementId(this.reader, dataStartPos, LEVEL_0_AND_1_EBML_IDS, this.reader.fileSize)).pos - dataStartPos;
					const lastSegment = last(this.segments);
					if (lastSegment) lastSegment.elementEndPos = dataStartPos + size;
				}
				assertDefinedSize(size);
				currentPos = dataStartPos + size;
			}
		})();
	}
	async readSegment(segmentDataStart, dataSize) {
		this.currentSegment = {
			seekHeadSeen: false,
			infoSeen: false,
			tracksSeen: false,
			cuesSeen: false,
			tagsSeen: false,
			attachmentsSeen: false,
			timestampScale: -1,
			timestampFactor: -1,
			duration: -1,
			seekEntries: [],
			tracks: [],
			cuePoints: [],
			dataStartPos: segmentDataStart,
			elementEndPos: dataSize === void 0 ? null : segmentDataStart + dataSize,
			clusterSeekStartPos: segmentDataStart,
			lastReadCluster: null,
			metadataTags: {},
			metadataTagsCollected: false
		};
		this.segments.push(this.currentSegment);
		let currentPos = segmentDataStart;
		const visitedSeekHeadPositions = /* @__PURE__ */ new Set();
		while (this.currentSegment.elementEndPos === null || currentPos < this.currentSegment.elementEndPos) {
			let slice = this.reader.requestSliceRange(currentPos, 2, 16);
			if (isThenable(slice)) slice = await slice;
			if (!slice) break;
			const elementStartPos = currentPos;
			const header = readElementHeader(slice);
			if (!header || !LEVEL_1_EBML_IDS.includes(header.id) && header.id !== EBMLId.Void) {
				const nextPos = await resync(this.reader, elementStartPos, LEVEL_1_EBML_IDS, Math.min(this.currentSegment.elementEndPos ?? Infinity, elementStartPos + MAX_RESYNC_LENGTH));
				if (nextPos) {
					currentPos = nextPos;
					continue;
				} else break;
			}
			const { id, size } = header;
			const dataStartPos = slice.filePos;
			const metadataElementIndex = METADATA_ELEMENTS.findIndex((x) => x.id === id);
			if (metadataElementIndex !== -1) {
				const field = METADATA_ELEMENTS[metadataElementIndex].flag;
				this.currentSegment[field] = true;
				if (id === EBMLId.SeekHead) visitedSeekHeadPositions.add(elementStartPos - segmentDataStart);
				assertDefinedSize(size);
				let slice = this.reader.requestSlice(dataStartPos, size);
				if (isThenable(slice)) slice = await slice;
				if (slice) this.readContiguousElements(slice);
			} else if (id === EBMLId.Tags || id === EBMLId.Attachments) {
				if (id === EBMLId.Tags) this.currentSegment.tagsSeen = true;
				else this.currentSegment.attachmentsSeen = true;
				assertDefinedSize(size);
				let slice = this.reader.requestSlice(dataStartPos, size);
				if (isThenable(slice)) slice = await slice;
				if (slice) this.readContiguousElements(slice);
			} else if (id === EBMLId.Cluster) {
				this.currentSegment.clusterSeekStartPos = elementStartPos;
				break;
			}
			if (size === void 0) break;
			else currentPos = dataStartPos + size;
		}
		if (this.reader.fileSize !== null) while (true) {
			const seekEntry = this.currentSegment.seekEntries.find((x) => x.id === EBMLId.SeekHead && !visitedSeekHeadPositions.has(x.segmentPosition));
			if (!seekEntry) break;
			visitedSeekHeadPositions.add(seekEntry.segmentPosition);
			let slice = this.reader.requestSliceRange(segmentDataStart + seekEntry.segmentPosition, 2, 16);
			if (isThenable(slice)) slice = await slice;
			if (!slice) continue;
			const header = readElementHeader(slice);
			if (!header || header.id !== EBMLId.SeekHead) continue;
			const { size } = header;
			assertDefinedSize(size);
			let dataSlice = this.reader.requestSlice(slice.filePos, size);
			if (isThenable(dataSlice)) dataSlice = await dataSlice;
			if (!dataSlice) continue;
			this.readContiguousElements(dataSlice);
		}
		this.currentSegment.seekEntries.sort((a, b) => a.segmentPosition - b.segmentPosition);
		if (this.reader.fileSize !== null) for (const seekEntry of this.currentSegment.seekEntries) {
			const target = METADATA_ELEMENTS.find((x) => x.id === seekEntry.id);
			if (!target) continue;
			if (this.currentSegment[target.flag]) continue;
			let slice = this.reader.requestSliceRange(segmentDataStart + seekEntry.segmentPosition, 2, 16);
			if (isThenable(slice)) slice = await slice;
			if (!slice) continue;
			const header = readElementHeader(slice);
			if (!header) continue;
			const { id, size } = header;
			if (id !== target.id) continue;
			assertDefinedSize(size);
			this.currentSegment[target.flag] = true;
			let dataSlice = this.reader.requestSlice(slice.filePos, size);
			if (isThenable(dataSlice)) dataSlice = await dataSlice;
			if (!dataSlice) continue;
			this.readContiguousElements(dataSlice);
		}
		if (this.currentSegment.timestampScale === -1) {
			this.currentSegment.timestampScale = 1e6;
			this.currentSegment.timestampFactor = 1e3;
		}
		for (const track of this.currentSegment.tracks) if (track.defaultDurationNs !== null) track.defaultDuration = this.currentSegment.timestampFactor * track.defaultDurationNs / 1e9;
		const idToTrack = new Map(this.currentSegment.tracks.map((x) => [x.id, x]));
		for (const cuePoint of this.currentSegment.cuePoints) {
			const track = idToTrack.get(cuePoint.trackId);
			if (track) track.cuePoints.push(cuePoint);
		}
		for (const track of this.currentSegment.tracks) {
			track.cuePoints.sort((a, b) => a.time - b.time);
			for (let i = 0; i < track.cuePoints.length - 1; i++) {
				const cuePoint1 = track.cuePoints[i];
				const cuePoint2 = track.cuePoints[i + 1];
				if (cuePoint1.time === cuePoint2.time) {
					track.cuePoints.splice(i + 1, 1);
					i--;
				}
			}
		}
		let trackWithMostCuePoints = null;
		let maxCuePointCount = -Infinity;
		for (const track of this.currentSegment.tracks) if (track.cuePoints.length > maxCuePointCount) {
			maxCuePointCount = track.cuePoints.length;
			trackWithMostCuePoints = track;
		}
		for (const track of this.currentSegment.tracks) if (track.cuePoints.length === 0) track.cuePoints = trackWithMostCuePoints.cuePoints;
		this.currentSegment = null;
	}
	async readCluster(startPos, segment) {
		if (segment.lastReadCluster?.elementStartPos === startPos) return segment.lastReadCluster;
		let headerSlice = this.reader.requestSliceRange(startPos, 2, 16);
		if (isThenable(headerSlice)) headerSlice = await headerSlice;
		assert(headerSlice);
		const elementStartPos = startPos;
		const elementHeader = readElementHeader(headerSlice);
		assert(elementHeader);
		const id = elementHeader.id;
		assert(id === EBMLId.Cluster);
		let size = elementHeader.size;
		const dataStartPos = headerSlice.filePos;
		if (size === void 0) size = (await searchForNextElementId(this.reader, dataStartPos, LEVEL_0_AND_1_EBML_IDS, segment.elementEndPos)).pos - dataStartPos;
		let dataSlice = this.reader.requestSlice(dataStartPos, size);
		if (isThenable(dataSlice)) dataSlice = await dataSlice;
		const cluster = {
			segment,
			elementStartPos,
			elementEndPos: dataStartPos + size,
			dataStartPos,
			timestamp: -1,
			trackData: /* @__PURE__ */ new Map()
		};
		this.currentCluster = cluster;
		if (dataSlice) cluster.elementEndPos = this.readContiguousElements(dataSlice, LEVEL_0_AND_1_EBML_IDS);
		for (const [, trackData] of cluster.trackData) {
			const track = trackData.track;
			assert(trackData.blocks.length > 0);
			let hasLacedBlocks = false;
			for (let i = 0; i < trackData.blocks.length; i++) {
				const block = trackData.blocks[i];
				block.timestamp += cluster.timestamp;
				hasLacedBlocks ||= block.lacing !== BlockLacing.None;
			}
			trackData.presentationTimestamps = trackData.blocks.map((block, i) => ({
				timestamp: block.timestamp,
				blockIndex: i
			})).sort((a, b) => a.timestamp - b.timestamp);
			for (let i = 0; i < trackData.presentationTimestamps.length; i++) {
				const currentEntry = trackData.presentationTimestamps[i];
				const currentBlock = trackData.blocks[currentEntry.blockIndex];
				if (trackData.firstKeyFrameTimestamp === null && currentBlock.isKeyFrame) trackData.firstKeyFrameTimestamp = currentBlock.timestamp;
				if (i < trackData.presentationTimestamps.length - 1) currentBlock.duration = trackData.presentationTimestamps[i + 1].timestamp - currentBlock.timestamp;
				else if (currentBlock.duration === 0) {
					if (track.defaultDuration != null) {
						if (currentBlock.lacing === BlockLacing.None) currentBlock.duration = track.defaultDuration;
					}
				}
			}
			if (hasLacedBlocks) {
				this.expandLacedBlocks(trackData.blocks, track);
				trackData.presentationTimestamps = trackData.blocks.map((block, i) => ({
					timestamp: block.timestamp,
					blockIndex: i
				})).sort((a, b) => a.timestamp - b.timestamp);
			}
			const firstBlock = trackData.blocks[trackData.presentationTimestamps[0].blockIndex];
			const lastBlock = trackData.blocks[last(trackData.presentationTimestamps).blockIndex];
			trackData.startTimestamp = firstBlock.timestamp;
			trackData.endTimestamp = lastBlock.timestamp + lastBlock.duration;
			const insertionIndex = binarySearchLessOrEqual(track.clusterPositionCache, trackData.startTimestamp, (x) => x.startTimestamp);
			if (insertionIndex === -1 || track.clusterPositionCache[insertionIndex].elementStartPos !== elementStartPos) track.clusterPositionCache.splice(insertionIndex + 1, 0, {
				elementStartPos: cluster.elementStartPos,
				startTimestamp: trackData.startTimestamp
			});
		}
		segment.lastReadCluster = cluster;
		return cluster;
	}
	getTrackDataInCluster(cluster, trackNumber) {
		let trackData = cluster.trackData.get(trackNumber);
		if (!trackData) {
			const track = cluster.segment.tracks.find((x) => x.id === trackNumber);
			if (!track) return null;
			trackData = {
				track,
				startTimestamp: 0,
				endTimestamp: 0,
				firstKeyFrameTimestamp: null,
				blocks: [],
				presentationTimestamps: []
			};
			cluster.trackData.set(trackNumber, trackData);
		}
		return trackData;
	}
	expandLacedBlocks(blocks, track) {
		for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
			const originalBlock = blocks[blockIndex];
			if (originalBlock.lacing === BlockLacing.None) continue;
			if (!originalBlock.decoded) {
				originalBlock.data = this.decodeBlockData(track, originalBlock.data);
				originalBlock.decoded = true;
			}
			const slice = FileSlice.tempFromBytes(originalBlock.data);
			const frameSizes = [];
			const frameCount = readU8(slice) + 1;
			switch (originalBlock.lacing) {
				case BlockLacing.Xiph:
					{
						let totalUsedSize = 0;
						for (let i = 0; i < frameCount - 1; i++) {
							let frameSize = 0;
							while (slice.bufferPos < slice.length) {
								const value = readU8(slice);
								frameSize += value;
								if (value < 255) {
									frameSizes.push(frameSize);
									totalUsedSize += frameSize;
									break;
								}
							}
						}
						frameSizes.push(slice.length - (slice.bufferPos + totalUsedSize));
					}
					break;
				case BlockLacing.FixedSize:
					{
						const totalDataSize = slice.length - 1;
						const frameSize = Math.floor(totalDataSize / frameCount);
						for (let i = 0; i < frameCount; i++) frameSizes.push(frameSize);
					}
					break;
				case BlockLacing.Ebml:
					{
						const firstResult = readVarInt(slice);
						assert(firstResult !== null);
						let currentSize = firstResult;
						frameSizes.push(currentSize);
						let totalUsedSize = currentSize;
						for (let i = 1; i < frameCount - 1; i++) {
							const startPos = slice.bufferPos;
							const diffResult = readVarInt(slice);
							assert(diffResult !== null);
							const diff = diffResult - ((1 << (slice.bufferPos - startPos) * 7 - 1) - 1);
							currentSize += diff;
							frameSizes.push(currentSize);
							totalUsedSize += currentSize;
						}
						frameSizes.push(slice.length - (slice.bufferPos + totalUsedSize));
					}
					break;
				default: assert(false);
			}
			assert(frameSizes.length === frameCount);
			blocks.splice(blockIndex, 1);
			const blockDuration = originalBlock.duration || frameCount * (track.defaultDuration ?? 0);
			for (let i = 0; i < frameCount; i++) {
				const frameSize = frameSizes[i];
				const frameData = readBytes(slice, frameSize);
				const frameTimestamp = originalBlock.timestamp + blockDuration * i / frameCount;
				const frameDuration = blockDuration / frameCount;
				blocks.splice(blockIndex + i, 0, {
					timestamp: frameTimestamp,
					duration: frameDuration,
					isKeyFrame: originalBlock.isKeyFrame,
					data: frameData,
					lacing: BlockLacing.None,
					decoded: true,
					postProcessed: false,
					mainAdditional: originalBlock.mainAdditional
				});
			}
			blockIndex += frameCount;
			blockIndex--;
		}
	}
	async loadSegmentMetadata(segment) {
		for (const seekEntry of segment.seekEntries) {
			if (seekEntry.id === EBMLId.Tags && !segment.tagsSeen) {} else if (seekEntry.id === EBMLId.Attachments && !segment.attachmentsSeen) {} else continue;
			let slice = this.reader.requestSliceRange(segment.dataStartPos + seekEntry.segmentPosition, 2, 16);
			if (isThenable(slice)) slice = await slice;
			if (!slice) continue;
			const header = readElementHeader(slice);
			if (!header || header.id !== seekEntry.id) continue;
			const { size } = header;
			assertDefinedSize(size);
			assert(!this.currentSegment);
			this.currentSegment = segment;
			let dataSlice = this.reader.requestSlice(slice.filePos, size);
			if (isThenable(dataSlice)) dataSlice = await dataSlice;
			if (dataSlice) this.readContiguousElements(dataSlice);
			this.currentSegment = null;
			if (seekEntry.id === EBMLId.Tags) segment.tagsSeen = true;
			else if (seekEntry.id === EBMLId.Attachments) segment.attachmentsSeen = true;
		}
	}
	readContiguousElements(slice, stopIds) {
		while (slice.remainingLength >= 2) {
			const startPos = slice.filePos;
			if (!this.traverseElement(slice, stopIds)) return startPos;
		}
		return slice.filePos;
	}
	traverseElement(slice, stopIds) {
		const header = readElementHeader(slice);
		if (!header) return false;
		if (stopIds && stopIds.includes(header.id)) return false;
		const { id, size } = header;
		const dataStartPos = slice.filePos;
		assertDefinedSize(size);
		switch (id) {
			case EBMLId.DocType:
				this.isWebM = readAsciiString(slice, size) === "webm";
				break;
			case EBMLId.Seek:
				{
					if (!this.currentSegment) break;
					const seekEntry = {
						id: -1,
						segmentPosition: -1
					};
					this.currentSegment.seekEntries.push(seekEntry);
					this.readContiguousElements(slice.slice(dataStartPos, size));
					if (seekEntry.id === -1 || seekEntry.segmentPosition === -1) this.currentSegment.seekEntries.pop();
				}
				break;
			case EBMLId.SeekID:
				{
					const lastSeekEntry = this.currentSegment?.seekEntries[this.currentSegment.seekEntries.length - 1];
					if (!lastSeekEntry) break;
					lastSeekEntry.id = readUnsignedInt(slice, size);
				}
				break;
			case EBMLId.SeekPosition:
				{
					const lastSeekEntry = this.currentSegment?.seekEntries[this.currentSegment.seekEntries.length - 1];
					if (!lastSeekEntry) break;
					lastSeekEntry.segmentPosition = readUnsignedInt(slice, size);
				}
				break;
			case EBMLId.TimestampScale:
				if (!this.currentSegment) break;
				this.currentSegment.timestampScale = readUnsignedInt(slice, size);
				this.currentSegment.timestampFactor = 1e9 / this.currentSegment.timestampScale;
				break;
			case EBMLId.Duration:
				if (!this.currentSegment) break;
				this.currentSegment.duration = readFloat(slice, size);
				break;
			case EBMLId.TrackEntry:
				if (!this.currentSegment) break;
				this.currentTrack = {
					id: -1,
					segment: this.currentSegment,
					demuxer: this,
					clusterPositionCache: [],
					cuePoints: [],
					disposition: {
						...DEFAULT_TRACK_DISPOSITION,
						primary: false
					},
					trackBacking: null,
					codecId: null,
					codecPrivate: null,
					defaultDuration: null,
					defaultDurationNs: null,
					name: null,
					languageCode: "eng",
					hasLanguageBcp47: false,
					decodingInstructions: [],
					info: null
				};
				this.readContiguousElements(slice.slice(dataStartPos, size));
				if (!this.currentTrack) break;
				if (this.currentTrack.decodingInstructions.some((instruction) => {
					return instruction.data?.type !== "decompress" || instruction.scope !== ContentEncodingScope.Block || instruction.data.algorithm !== ContentCompAlgo.HeaderStripping;
				})) {
					Logging._warn(`Track #${this.currentTrack.id} has an unsupported content encoding; dropping.`);
					this.currentTrack = null;
				}
				if (this.currentTrack && this.currentTrack.id !== -1 && this.currentTrack.codecId && this.currentTrack.info) {
					const slashIndex = this.currentTrack.codecId.indexOf("/");
					const codecIdWithoutSuffix = slashIndex === -1 ? this.currentTrack.codecId : this.currentTrack.codecId.slice(0, slashIndex);
					if (this.currentTrack.info.type === "video" && this.currentTrack.info.width !== -1 && this.currentTrack.info.height !== -1) {
						this.currentTrack.info.squarePixelWidth = this.currentTrack.info.width;
						this.currentTrack.info.squarePixelHeight = this.currentTrack.info.height;
						if (this.currentTrack.info.displayWidth !== null && this.currentTrack.info.displayHeight !== null) {
							const num = this.currentTrack.info.displayWidth * this.currentTrack.info.height;
							const den = this.currentTrack.info.displayHeight * this.currentTrack.info.width;
							if (num > 0 && den > 0) {
								if (num > den) this.currentTrack.info.squarePixelWidth = Math.round(this.currentTrack.info.width * num / den);
								else this.currentTrack.info.squarePixelHeight = Math.round(this.currentTrack.info.height * den / num);
							}
						}
						if (this.currentTrack.codecId === CODEC_STRING_MAP.avc) {
							this.currentTrack.info.codec = "avc";
							this.currentTrack.info.codecDescription = this.currentTrack.codecPrivate;
						} else if (this.currentTrack.codecId === CODEC_STRING_MAP.hevc) {
							this.currentTrack.info.codec = "hevc";
							this.currentTrack.info.codecDescription = this.currentTrack.codecPrivate;
						} else if (codecIdWithoutSuffix === CODEC_STRING_MAP.vp8) this.currentTrack.info.codec = "vp8";
						else if (codecIdWithoutSuffix === CODEC_STRING_MAP.vp9) this.currentTrack.info.codec = "vp9";
						else if (codecIdWithoutSuffix === CODEC_STRING_MAP.av1) this.currentTrack.info.codec = "av1";
						else if (codecIdWithoutSuffix === CODEC_STRING_MAP.prores) {
							const format = this.currentTrack.codecPrivate ? textDecoder.decode(this.currentTrack.codecPrivate) : "";
							if (PRORES_FOURCCS.includes(format)) {
								this.currentTrack.info.codec = "prores";
								this.currentTrack.info.proresFormat = format;
							}
						}
						const videoTrack = this.currentTrack;
						this.currentTrack.trackBacking = new MatroskaVideoTrackBacking(videoTrack);
						this.currentSegment.tracks.push(this.currentTrack);
					} else if (this.currentTrack.info.type === "audio") {
						if (codecIdWithoutSuffix === CODEC_STRING_MAP.aac) {
							this.currentTrack.info.codec = "aac";
							this.currentTrack.info.aacCodecInfo = {
								isMpeg2: this.currentTrack.codecId.includes("MPEG2"),
								objectType: null
							};
							this.currentTrack.info.codecDescription = this.currentTrack.codecPrivate;
						} else if (this.currentTrack.codecId === CODEC_STRING_MAP.mp3) this.currentTrack.info.codec = "mp3";
						else if (codecIdWithoutSuffix === CODEC_STRING_MAP.opus) {
							this.currentTrack.info.codec = "opus";
							this.currentTrack.info.codecDescription = this.currentTrack.codecPrivate;
							this.currentTrack.info.sampleRate = OPUS_SAMPLE_RATE;
						} else if (codecIdWithoutSuffix === CODEC_STRING_MAP.vorbis) {
							this.currentTrack.info.codec = "vorbis";
							this.currentTrack.info.codecDescription = this.currentTrack.codecPrivate;
						} else if (codecIdWithoutSuffix === CODEC_STRING_MAP.flac) {
							this.currentTrack.info.codec = "flac";
							this.currentTrack.info.codecDescription = this.currentTrack.codecPrivate;
						} else if (codecIdWithoutSuffix === CODEC_STRING_MAP.ac3) {
							this.currentTrack.info.codec = "ac3";
							this.currentTrack.info.codecDescription = this.currentTrack.codecPrivate;
						} else if (codecIdWithoutSuffix === CODEC_STRING_MAP.eac3) {
							this.currentTrack.info.codec = "eac3";
							this.currentTrack.info.codecDescription = this.currentTrack.codecPrivate;
						} else if (codecIdWithoutSuffix === CODEC_STRING_MAP.dts) {
							this.currentTrack.info.codec = "dts";
							if (this.currentTrack.codecId === "A_DTS/EXPRESS") this.currentTrack.info.dtsFormat = "dtse";
							else if (this.currentTrack.codecId === "A_DTS/LOSSLESS") this.currentTrack.info.dtsFormat = "dtsl";
						} else if (this.currentTrack.codecId === "A_PCM/INT/LIT") {
							if (this.currentTrack.info.bitDepth === 8) this.currentTrack.info.codec = "pcm-u8";
							else if (this.currentTrack.info.bitDepth === 16) this.currentTrack.info.codec = "pcm-s16";
							else if (this.currentTrack.info.bitDepth === 24) this.currentTrack.info.codec = "pcm-s24";
							else if (this.currentTrack.info.bitDepth === 32) this.currentTrack.info.codec = "pcm-s32";
						} else if (this.currentTrack.codecId === "A_PCM/INT/BIG") {
							if (this.currentTrack.info.bitDepth === 8) this.currentTrack.info.codec = "pcm-u8";
							else if (this.currentTrack.info.bitDepth === 16) this.currentTrack.info.codec = "pcm-s16be";
							else if (this.currentTrack.info.bitDepth === 24) this.currentTrack.info.codec = "pcm-s24be";
							else if (this.currentTrack.info.bitDepth === 32) this.currentTrack.info.codec = "pcm-s32be";
						} else if (this.currentTrack.codecId === "A_PCM/FLOAT/IEEE") {
							if (this.currentTrack.info.bitDepth === 32) this.currentTrack.info.codec = "pcm-f32";
							else if (this.currentTrack.info.bitDepth === 64) this.currentTrack.info.codec = "pcm-f64";
						}
						const audioTrack = this.currentTrack;
						this.currentTrack.trackBacking = new MatroskaAudioTrackBacking(audioTrack);
						this.currentSegment.tracks.push(this.currentTrack);
					}
				}
				this.currentTrack = null;
				break;
			case EBMLId.TrackNumber:
				if (!this.currentTrack) break;
				this.currentTrack.id = readUnsignedInt(slice, size);
				break;
			case EBMLId.TrackType:
				{
					if (!this.currentTrack) break;
					const type = readUnsignedInt(slice, size);
					if (type === 1) this.currentTrack.info = {
						type: "video",
						width: -1,
						height: -1,
						displayWidth: null,
						displayHeight: null,
						displayUnit: null,
						squarePixelWidth: -1,
						squarePixelHeight: -1,
						horizontalScale: 1,
						verticalScale: 1,
						rotation: 0,
						codec: null,
						codecDescription: null,
						colorSpace: { ...EMPTY_COLOR_SPACE },
						alphaMode: false,
						proresFormat: null
					};
					else if (type === 2) this.currentTrack.info = {
						type: "audio",
						numberOfChannels: 1,
						sampleRate: 8e3,
						bitDepth: -1,
						codec: null,
						codecDescription: null,
						aacCodecInfo: null,
						dtsFormat: null
					};
				}
				break;
			case EBMLId.FlagEnabled:
				if (!this.currentTrack) break;
				if (!readUnsignedInt(slice, size)) this.currentTrack = null;
				break;
			case EBMLId.FlagDefault:
				if (!this.currentTrack) break;
				this.currentTrack.disposition.default = !!readUnsignedInt(slice, size);
				break;
			case EBMLId.FlagForced:
				if (!this.currentTrack) break;
				this.currentTrack.disposition.forced = !!readUnsignedInt(slice, size);
				break;
			case EBMLId.FlagOriginal:
				if (!this.currentTrack) break;
				this.currentTrack.disposition.original = !!readUnsignedInt(slice, size);
				break;
			case EBMLId.FlagHearingImpaired:
				if (!this.currentTrack) break;
				this.currentTrack.disposition.hearingImpaired = !!readUnsignedInt(slice, size);
				break;
			case EBMLId.FlagVisualImpaired:
				if (!this.currentTrack) break;
				this.currentTrack.disposition.visuallyImpaired = !!readUnsignedInt(slice, size);
				break;
			case EBMLId.FlagCommentary:
				if (!this.currentTrack) break;
				this.currentTrack.disposition.commentary = !!readUnsignedInt(slice, size);
				break;
			case EBMLId.CodecID:
				if (!this.currentTrack) break;
				this.currentTrack.codecId = readAsciiString(slice, size);
				break;
			case EBMLId.CodecPrivate:
				if (!this.currentTrack) break;
				this.currentTrack.codecPrivate = readBytes(slice, size);
				break;
			case EBMLId.DefaultDuration:
				if (!this.currentTrack) break;
				this.currentTrack.defaultDurationNs = readUnsignedInt(slice, size);
				break;
			case EBMLId.Name:
				if (!this.currentTrack) break;
				this.currentTrack.name = readUnicodeString(slice, size);
				break;
			case EBMLId.Language:
				if (!this.currentTrack) break;
				if (this.currentTrack.hasLanguageBcp47) break;
				this.currentTrack.languageCode = readAsciiString(slice, size);
				if (!isIso639Dash2LanguageCode(this.currentTrack.languageCode)) this.currentTrack.languageCode = "und";
				break;
			case EBMLId.LanguageBCP47:
				{
					if (!this.currentTrack) break;
					const languageSubtag = readAsciiString(slice, size).split("-")[0];
					if (languageSubtag) this.currentTrack.languageCode = languageSubtag;
					else this.currentTrack.languageCode = "und";
					this.currentTrack.hasLanguageBcp47 = true;
				}
				break;
			case EBMLId.Video:
				if (this.currentTrack?.info?.type !== "video") break;
				this.readContiguousElements(slice.slice(dataStartPos, size));
				break;
			case EBMLId.PixelWidth:
				if (this.currentTrack?.info?.type !== "video") break;
				this.currentTrack.info.width = readUnsignedInt(slice, size);
				break;
			case EBMLId.PixelHeight:
				if (this.currentTrack?.info?.type !== "video") break;
				this.currentTrack.info.height = readUnsignedInt(slice, size);
				break;
			case EBMLId.DisplayWidth:
				if (this.currentTrack?.info?.type !== "video") break;
				this.currentTrack.info.displayWidth = readUnsignedInt(slice, size);
				break;
			case EBMLId.DisplayHeight:
				if (this.currentTrack?.info?.type !== "video") break;
				this.currentTrack.info.displayHeight = readUnsignedInt(slice, size);
				break;
			case EBMLId.DisplayUnit:
				if (this.currentTrack?.info?.type !== "video") break;
				this.currentTrack.info.displayUnit = readUnsignedInt(slice, size);
				break;
			case EBMLId.AlphaMode:
				if (this.currentTrack?.info?.type !== "video") break;
				this.currentTrack.info.alphaMode = readUnsignedInt(slice, size) === 1;
				break;
			case EBMLId.Colour:
				if (this.currentTrack?.info?.type !== "video") break;
				this.readContiguousElements(slice.slice(dataStartPos, size));
				break;
			case EBMLId.MatrixCoefficients:
				{
					if (this.currentTrack?.info?.type !== "video") break;
					const mapped = MATRIX_COEFFICIENTS_MAP_INVERSE[readUnsignedInt(slice, size)];
					this.currentTrack.info.colorSpace.matrix = mapped;
				}
				break;
			case EBMLId.Range:
				{
					if (this.currentTrack?.info?.type !== "video") break;
					const range = readUnsignedInt(slice, size);
					this.currentTrack.info.colorSpace.fullRange = range === 1 || range === 2 ? range === 2 : void 0;
				}
				break;
			case EBMLId.TransferCharacteristics:
				{
					if (this.currentTrack?.info?.type !== "video") break;
					const mapped = TRANSFER_CHARACTERISTICS_MAP_INVERSE[readUnsignedInt(slice, size)];
					this.currentTrack.info.colorSpace.transfer = mapped;
				}
				break;
			case EBMLId.Primaries:
				{
					if (this.currentTrack?.info?.type !== "video") break;
					const mapped = COLOR_PRIMARIES_MAP_INVERSE[readUnsignedInt(slice, size)];
					this.currentTrack.info.colorSpace.primaries = mapped;
				}
				break;
			case EBMLId.Projection:
				if (this.currentTrack?.info?.type !== "video") break;
				this.readContiguousElements(slice.slice(dataStartPos, size));
				break;
			case EBMLId.ProjectionPoseYaw:
				{
					if (this.currentTrack?.info?.type !== "video") break;
					const yaw = readFloat(slice, size);
					try {
						const normalized = normalizeRotation(yaw);
						this.currentTrack.info.horizontalScale = Math.round(Math.cos(normalized * DEG_TO_RAD));
					} catch {}
				}
				break;
			case EBMLId.ProjectionPosePitch:
				{
					if (this.currentTrack?.info?.type !== "video") break;
					const pitch = readFloat(slice, size);
					try {
						const normalized = normalizeRotation(pitch);
						this.currentTrack.info.verticalScale = Math.round(Math.cos(normalized * DEG_TO_RAD));
					} catch {}
				}
				break;
			case EBMLId.ProjectionPoseRoll:
				{
					if (this.currentTrack?.info?.type !== "video") break;
					const flippedRotation = -readFloat(slice, size);
					try {
						this.currentTrack.info.rotation = normalizeRotation(flippedRotation);
					} catch {}
				}
				break;
			case EBMLId.Audio:
				if (this.currentTrack?.info?.type !== "audio") break;
				this.readContiguousElements(slice.slice(dataStartPos, size));
				break;
			case EBMLId.SamplingFrequency:
				if (this.currentTrack?.info?.type !== "audio") break;
				this.currentTrack.info.sampleRate = readFloat(slice, size);
				break;
			case EBMLId.Channels:
				if (this.currentTrack?.info?.type !== "audio") break;
				this.currentTrack.info.numberOfChannels = readUnsignedInt(slice, size);
				break;
			case EBMLId.BitDepth:
				if (this.currentTrack?.info?.type !== "audio") break;
				this.currentTrack.info.bitDepth = readUnsignedInt(slice, size);
				break;
			case EBMLId.CuePoint:
				if (!this.currentSegment) break;
				this.readContiguousElements(slice.slice(dataStartPos, size));
				this.currentCueTime = null;
				break;
			case EBMLId.CueTime:
				this.currentCueTime = readUnsignedInt(slice, size);
				break;
			case EBMLId.CueTrackPositions:
				{
					if (this.currentCueTime === null) break;
					assert(this.currentSegment);
					const cuePoint = {
						time: this.currentCueTime,
						trackId: -1,
						clusterPosition: -1
					};
					this.currentSegment.cuePoints.push(cuePoint);
					this.readContiguousElements(slice.slice(dataStartPos, size));
					if (cuePoint.trackId === -1 || cuePoint.clusterPosition === -1) this.currentSegment.cuePoints.pop();
				}
				break;
			case EBMLId.CueTrack:
				{
					const lastCuePoint = this.currentSegment?.cuePoints[this.currentSegment.cuePoints.length - 1];
					if (!lastCuePoint) break;
					lastCuePoint.trackId = readUnsignedInt(slice, size);
				}
				break;
			case EBMLId.CueClusterPosition:
				{
					const lastCuePoint = this.currentSegment?.cuePoints[this.currentSegment.cuePoints.length - 1];
					if (!lastCuePoint) break;
					assert(this.currentSegment);
					lastCuePoint.clusterPosition = this.currentSegment.dataStartPos + readUnsignedInt(slice, size);
				}
				break;
			case EBMLId.Timestamp:
				if (!this.currentCluster) break;
				this.currentCluster.timestamp = readUnsignedInt(slice, size);
				break;
			case EBMLId.SimpleBlock:
				{
					if (!this.currentCluster) break;
					const trackNumber = readVarInt(slice);
					if (trackNumber === null) break;
					const trackData = this.getTrackDataInCluster(this.currentCluster, trackNumber);
					if (!trackData) break;
					const relativeTimestamp = readI16Be(slice);
					const flags = readU8(slice);
					const lacing = flags >> 1 & 3;
					let isKeyFrame = !!(flags & 128);
					if (trackData.track.info?.type === "audio" && trackData.track.info.codec) isKeyFrame = true;
					const blockData = readBytes(slice, size - (slice.filePos - dataStartPos));
					const hasDecodingInstructions = trackData.track.decodingInstructions.length > 0;
					trackData.blocks.push({
						timestamp: relativeTimestamp,
						duration: 0,
						isKeyFrame,
						data: blockData,
						lacing,
						decoded: !hasDecodingInstructions,
						postProcessed: false,
						mainAdditional: null
					});
				}
				break;
			case EBMLId.BlockGroup:
				if (!this.currentCluster) break;
				this.readContiguousElements(slice.slice(dataStartPos, size));
				this.currentBlock = null;
				break;
			case EBMLId.Block:
				{
					if (!this.currentCluster) break;
					const trackNumber = readVarInt(slice);
					if (trackNumber === null) break;
					const trackData = this.getTrackDataInCluster(this.currentCluster, trackNumber);
					if (!trackData) break;
					const relativeTimestamp = readI16Be(slice);
					const lacing = readU8(slice) >> 1 & 3;
					const blockData = readBytes(slice, size - (slice.filePos - dataStartPos));
					const hasDecodingInstructions = trackData.track.decodingInstructions.length > 0;
					this.currentBlock = {
						timestamp: relativeTimestamp,
						duration: 0,
						isKeyFrame: true,
						data: blockData,
						lacing,
						decoded: !hasDecodingInstructions,
						postProcessed: false,
						mainAdditional: null
					};
					trackData.blocks.push(this.currentBlock);
				}
				break;
			case EBMLId.BlockAdditions:
				this.readContiguousElements(slice.slice(dataStartPos, size));
				break;
			case EBMLId.BlockMore:
				if (!this.currentBlock) break;
				this.currentBlockAdditional = {
					addId: 1,
					data: null
				};
				this.readContiguousElements(slice.slice(dataStartPos, size));
				if (this.currentBlockAdditional.data && this.currentBlockAdditional.addId === 1) this.currentBlock.mainAdditional = this.currentBlockAdditional.data;
				this.currentBlockAdditional = null;
				break;
			case EBMLId.BlockAdditional:
				if (!this.currentBlockAdditional) break;
				this.currentBlockAdditional.data = readBytes(slice, size);
				break;
			case EBMLId.BlockAddID:
				if (!this.currentBlockAdditional) break;
				this.currentBlockAdditional.addId = readUnsignedInt(slice, size);
				break;
			case EBMLId.BlockDuration:
				if (!this.currentBlock) break;
				this.currentBlock.duration = readUnsignedInt(slice, size);
				break;
			case EBMLId.ReferenceBlock:
				if (!this.currentBlock) break;
				this.currentBlock.isKeyFrame = false;
				break;
			case EBMLId.Tag:
				this.currentTagTargetIsMovie = true;
				this.readContiguousElements(slice.slice(dataStartPos, size));
				break;
			case EBMLId.Targets:
				this.readContiguousElements(slice.slice(dataStartPos, size));
				break;
			case EBMLId.TargetTypeValue:
				if (readUnsignedInt(slice, size) !== 50) this.currentTagTargetIsMovie = false;
				break;
			case EBMLId.TagTrackUID:
			case EBMLId.TagEditionUID:
			case EBMLId.TagChapterUID:
			case EBMLId.TagAttachmentUID:
				this.currentTagTargetIsMovie = false;
				break;
			case EBMLId.SimpleTag:
				if (!this.currentTagTargetIsMovie) break;
				this.currentSimpleTagName = null;
				this.readContiguousElements(slice.slice(dataStartPos, size));
				break;
			case EBMLId.TagName:
				this.currentSimpleTagName = readUnicodeString(slice, size);
				break;
			case EBMLId.TagString:
				{
					if (!this.currentSimpleTagName) break;
					const value = readUnicodeString(slice, size);
					this.processTagValue(this.currentSimpleTagName, value);
				}
				break;
			case EBMLId.TagBinary:
				{
					if (!this.currentSimpleTagName) break;
					const value = readBytes(slice, size);
					this.processTagValue(this.currentSimpleTagName, value);
				}
				break;
			case EBMLId.AttachedFile:
				{
					if (!this.currentSegment) break;
					this.currentAttachedFile = {
						fileUid: null,
						fileName: null,
						fileMediaType: null,
						fileData: null,
						fileDescription: null
					};
					this.readContiguousElements(slice.slice(dataStartPos, size));
					const tags = this.currentSegment.metadataTags;
					if (this.currentAttachedFile.fileUid && this.currentAttachedFile.fileData) {
						tags.raw ??= {};
						tags.raw[this.currentAttachedFile.fileUid.toString()] = new AttachedFile(this.currentAttachedFile.fileData, this.currentAttachedFile.fileMediaType ?? void 0, this.currentAttachedFile.fileName ?? void 0, this.currentAttachedFile.fileDescription ?? void 0);
					}
					if (this.currentAttachedFile.fileMediaType?.startsWith("image/") && this.currentAttachedFile.fileData) {
						const fileName = this.currentAttachedFile.fileName;
						let kind = "unknown";
						if (fileName) {
							const lowerName = fileName.toLowerCase();
							if (lowerName.startsWith("cover.")) kind = "coverFront";
							else if (lowerName.startsWith("back.")) kind = "coverBack";
						}
						tags.images ??= [];
						tags.images.push({
							data: this.currentAttachedFile.fileData,
							mimeType: this.currentAttachedFile.fileMediaType,
							kind,
							name: this.currentAttachedFile.fileName ?? void 0,
							description: this.currentAttachedFile.fileDescription ?? void 0
						});
					}
					this.currentAttachedFile = null;
				}
				break;
			case EBMLId.FileUID:
				if (!this.currentAttachedFile) break;
				this.currentAttachedFile.fileUid = readUnsignedBigInt(slice, size);
				break;
			case EBMLId.FileName:
				if (!this.currentAttachedFile) break;
				this.currentAttachedFile.fileName = readUnicodeString(slice, size);
				break;
			case EBMLId.FileMediaType:
				if (!this.currentAttachedFile) break;
				this.currentAttachedFile.fileMediaType = readAsciiString(slice, size);
				break;
			case EBMLId.FileData:
				if (!this.currentAttachedFile) break;
				this.currentAttachedFile.fileData = readBytes(slice, size);
				break;
			case EBMLId.FileDescription:
				if (!this.currentAttachedFile) break;
				this.currentAttachedFile.fileDescription = readUnicodeString(slice, size);
				break;
			case EBMLId.ContentEncodings:
				if (!this.currentTrack) break;
				this.readContiguousElements(slice.slice(dataStartPos, size));
				this.currentTrack.decodingInstructions.sort((a, b) => b.order - a.order);
				break;
			case EBMLId.ContentEncoding:
				this.currentDecodingInstruction = {
					order: 0,
					scope: ContentEncodingScope.Block,
					data: null
				};
				this.readContiguousElements(slice.slice(dataStartPos, size));
				if (this.currentDecodingInstruction.data) this.currentTrack.decodingInstructions.push(this.currentDecodingInstruction);
				this.currentDecodingInstruction = null;
				break;
			case EBMLId.ContentEncodingOrder:
				if (!this.currentDecodingInstruction) break;
				this.currentDecodingInstruction.order = readUnsignedInt(slice, size);
				break;
			case EBMLId.ContentEncodingScope:
				if (!this.currentDecodingInstruction) break;
				this.currentDecodingInstruction.scope = readUnsignedInt(slice, size);
				break;
			case EBMLId.ContentCompression:
				if (!this.currentDecodingInstruction) break;
				this.currentDecodingInstruction.data = {
					type: "decompress",
					algorithm: ContentCompAlgo.Zlib,
					settings: null
				};
				this.readContiguousElements(slice.slice(dataStartPos, size));
				break;
			case EBMLId.ContentCompAlgo:
				if (this.currentDecodingInstruction?.data?.type !== "decompress") break;
				this.currentDecodingInstruction.data.algorithm = readUnsignedInt(slice, size);
				break;
			case EBMLId.ContentCompSettings:
				if (this.currentDecodingInstruction?.data?.type !== "decompress") break;
				this.currentDecodingInstruction.data.settings = readBytes(slice, size);
				break;
			case EBMLId.ContentEncryption:
				if (!this.currentDecodingInstruction) break;
				this.currentDecodingInstruction.data = { type: "decrypt" };
		}
		slice.filePos = dataStartPos + size;
		return true;
	}
	decodeBlockData(track, rawData) {
		assert(track.decodingInstructions.length > 0);
		let currentData = rawData;
		for (const instruction of track.decodingInstructions) {
			assert(instruction.data);
			switch (instruction.data.type) {
				case "decompress": switch (instruction.data.algorithm) {
					case ContentCompAlgo.HeaderStripping: if (instruction.data.settings && instruction.data.settings.length > 0) {
						const prefix = instruction.data.settings;
						const newData = new Uint8Array(prefix.length + currentData.length);
						newData.set(prefix, 0);
						newData.set(currentData, prefix.length);
						currentData = newData;
					}
				}
			}
		}
		return currentData;
	}
	processTagValue(name, value) {
		if (!this.currentSegment?.metadataTags) return;
		const metadataTags = this.currentSegment.metadataTags;
		metadataTags.raw ??= {};
		metadataTags.raw[name] ??= value;
		if (typeof value === "string") switch (name.toLowerCase()) {
			case "title":
				metadataTags.title ??= value;
				break;
			case "description":
				metadataTags.description ??= value;
				break;
			case "artist":
				metadataTags.artist ??= value;
				break;
			case "album":
				metadataTags.album ??= value;
				break;
			case "album_artist":
				metadataTags.albumArtist ??= value;
				break;
			case "genre":
				metadataTags.genre ??= value;
				break;
			case "bpm":
				{
					const bpm = Number.parseInt(value, 10);
					if (Number.isInteger(bpm) && bpm > 0) metadataTags.beatsPerMinute ??= bpm;
				}
				break;
			case "comment":
				metadataTags.comment ??= value;
				break;
			case "lyrics":
				metadataTags.lyrics ??= value;
				break;
			case "date":
				{
					const date = new Date(value);
					if (!Number.isNaN(date.getTime())) metadataTags.date ??= date;
				}
				break;
			case "track_number":
			case "part_number":
				{
					const parts = value.split("/");
					const trackNum = Number.parseInt(parts[0], 10);
					const tracksTotal = parts[1] && Number.parseInt(parts[1], 10);
					if (Number.isInteger(trackNum) && trackNum > 0) metadataTags.trackNumber ??= trackNum;
					if (tracksTotal && Number.isInteger(tracksTotal) && tracksTotal > 0) metadataTags.tracksTotal ??= tracksTotal;
				}
				break;
			case "disc_number":
			case "disc": {
				const discParts = value.split("/");
				const discNum = Number.parseInt(discParts[0], 10);
				const discsTotal = discParts[1] && Number.parseInt(discParts[1], 10);
				if (Number.isInteger(discNum) && discNum > 0) metadataTags.discNumber ??= discNum;
				if (discsTotal && Number.isInteger(discsTotal) && discsTotal > 0) metadataTags.discsTotal ??= discsTotal;
			}
		}
	}
	getDurationFromMetadata(segment) {
		if (segment.duration <= 0) return null;
		return segment.duration / segment.timestampFactor;
	}
};
var MatroskaTrackBacking = class {
	constructor(internalTrack) {
		this.internalTrack = internalTrack;
		this.packetToClusterLocation = /* @__PURE__ */ new WeakMap();
	}
	getId() {
		return this.internalTrack.id;
	}
	getNumber() {
		const demuxer = this.internalTrack.demuxer;
		const trackType = this.internalTrack.trackBacking.getType();
		let number = 0;
		for (const segment of demuxer.segments) for (const track of segment.tracks) {
			if (track.trackBacking.getType() === trackType) number++;
			if (track === this.internalTrack) break;
		}
		return number;
	}
	getCodec() {
		throw new Error("Not implemented on base class.");
	}
	getInternalCodecId() {
		return this.internalTrack.codecId;
	}
	getName() {
		return this.internalTrack.name;
	}
	getLanguageCode() {
		return this.internalTrack.languageCode;
	}
	getTimeResolution() {
		return this.internalTrack.segment.timestampFactor;
	}
	isRelativeToUnixEpoch() {
		return false;
	}
	getUnixTimeForTimestamp() {
		return null;
	}
	getDisposition() {
		return this.internalTrack.disposition;
	}
	getPairingMask() {
		return 1n;
	}
	getBitrate() {
		return null;
	}
	getAverageBitrate() {
		return null;
	}
	async getDurationFromMetadata() {
		return this.internalTrack.demuxer.getDurationFromMetadata(this.internalTrack.segment);
	}
	async getLiveRefreshInterval() {
		return null;
	}
	async getFirstPacket(options) {
		return this.performClusterLookup(null, (cluster) => {
			if (cluster.trackData.get(this.internalTrack.id)) return {
				blockIndex: 0,
				correctBlockFound: true
			};
			return {
				blockIndex: -1,
				correctBlockFound: false
			};
		}, -Infinity, Infinity, options);
	}
	intoTimescale(timestamp) {
		return roundIfAlmostInteger(timestamp * this.internalTrack.segment.timestampFactor);
	}
	async getPacket(timestamp, options) {
		const timestampInTimescale = this.intoTimescale(timestamp);
		return this.performClusterLookup(null, (cluster) => {
			const trackData = cluster.trackData.get(this.internalTrack.id);
			if (!trackData) return {
				blockIndex: -1,
				correctBlockFound: false
			};
			const index = binarySearchLessOrEqual(trackData.presentationTimestamps, timestampInTimescale, (x) => x.timestamp);
			return {
				blockIndex: index !== -1 ? trackData.presentationTimestamps[index].blockIndex : -1,
				correctBlockFound: index !== -1 && timestampInTimescale < trackData.endTimestamp
			};
		}, timestampInTimescale, timestampInTimescale, options);
	}
	async getNextPacket(packet, options) {
		const locationInCluster = this.packetToClusterLocation.get(packet);
		if (locationInCluster === void 0) throw new Error("Packet was not created from this track.");
		return this.performClusterLookup(locationInCluster.cluster, (cluster) => {
			if (cluster === locationInCluster.cluster) {
				const trackData = cluster.trackData.get(this.internalTrack.id);
				if (locationInCluster.blockIndex + 1 < trackData.blocks.length) return {
					blockIndex: locationInCluster.blockIndex + 1,
					correctBlockFound: true
				};
			} else if (cluster.trackData.get(this.internalTrack.id)) return {
				blockIndex: 0,
				correctBlockFound: true
			};
			return {
				blockIndex: -1,
				correctBlockFound: false
			};
		}, -Infinity, Infinity, options);
	}
	async getKeyPacket(timestamp, options) {
		const timestampInTimescale = this.intoTimescale(timestamp);
		return this.performClusterLookup(null, (cluster) => {
			const trackData = cluster.trackData.get(this.internalTrack.id);
			if (!trackData) return {
				blockIndex: -1,
				correctBlockFound: false
			};
			const index = findLastIndex(trackData.presentationTimestamps, (x) => {
				return trackData.blocks[x.blockIndex].isKeyFrame && x.timestamp <= timestampInTimescale;
			});
			return {
				blockIndex: index !== -1 ? trackData.presentationTimestamps[index].blockIndex : -1,
				correctBlockFound: index !== -1 && timestampInTimescale < trackData.endTimestamp
			};
		}, timestampInTimescale, timestampInTimescale, options);
	}
	async getNextKeyPacket(packet, options) {
		const locationInCluster = this.packetToClusterLocation.get(packet);
		if (locationInCluster === void 0) throw new Error("Packet was not created from this track.");
		return this.performClusterLookup(locationInCluster.cluster, (cluster) => {
			if (cluster === locationInCluster.cluster) {
				const nextKeyFrameIndex = cluster.trackData.get(this.internalTrack.id).blocks.findIndex((x, i) => x.isKeyFrame && i > locationInCluster.blockIndex);
				if (nextKeyFrameIndex !== -1) return {
					blockIndex: nextKeyFrameIndex,
					correctBlockFound: true
				};
			} else {
				const trackData = cluster.trackData.get(this.internalTrack.id);
				if (trackData && trackData.firstKeyFrameTimestamp !== null) {
					const keyFrameIndex = trackData.blocks.findIndex((x) => x.isKeyFrame);
					assert(keyFrameIndex !== -1);
					return {
						blockIndex: keyFrameIndex,
						correctBlockFound: true
					};
				}
			}
			return {
				blockIndex: -1,
				correctBlockFound: false
			};
		}, -Infinity, Infinity, options);
	}
	async fetchPacketInCluster(cluster, blockIndex, options) {
		if (blockIndex === -1) return null;
		const block = cluster.trackData.get(this.internalTrack.id).blocks[blockIndex];
		assert(block);
		if (!block.decoded) {
			block.data = this.internalTrack.demuxer.decodeBlockData(this.internalTrack, block.data);
			block.decoded = true;
		}
		if (!block.postProcessed) {
			if (this.internalTrack.info?.codec === "prores") {
				if (!(block.data.length >= 8 && block.data[4] === 105 && block.data[5] === 99 && block.data[6] === 112 && block.data[7] === 102)) {
					const newData = new Uint8Array(block.data.length + 8);
					toDataView(newData).setUint32(0, newData.length, false);
					newData[4] = 105;
					newData[5] = 99;
					newData[6] = 112;
					newData[7] = 102;
					newData.set(block.data, 8);
					block.data = newData;
				}
			}
			block.postProcessed = true;
		}
		const data = options.metadataOnly ? PLACEHOLDER_DATA : block.data;
		const timestamp = block.timestamp / this.internalTrack.segment.timestampFactor;
		const duration = block.duration / this.internalTrack.segment.timestampFactor;
		const sideData = {};
		if (block.mainAdditional && this.internalTrack.info?.type === "video" && this.internalTrack.info.alphaMode) {
			sideData.alpha = options.metadataOnly ? PLACEHOLDER_DATA : block.mainAdditional;
			sideData.alphaByteLength = block.mainAdditional.byteLength;
		}
		const packet = new EncodedPacket(data, block.isKeyFrame ? "key" : "delta", timestamp, duration, cluster.dataStartPos + blockIndex, block.data.byteLength, sideData);
		this.packetToClusterLocation.set(packet, {
			cluster,
			blockIndex
		});
		return packet;
	}
	/** Looks for a packet in the clusters while trying to load as few clusters as possible to retrieve it. */
	async performClusterLookup(startCluster, getMatchInCluster, searchTimestamp, latestTimestamp, options) {
		const { demuxer, segment } = this.internalTrack;
		let currentCluster = null;
		let bestCluster = null;
		let bestBlockIndex = -1;
		if (startCluster) {
			const { blockIndex, correctBlockFound } = getMatchInCluster(startCluster);
			if (correctBlockFound) return this.fetchPacketInCluster(startCluster, blockIndex, options);
			if (blockIndex !== -1) {
				bestCluster = startCluster;
				bestBlockIndex = blockIndex;
			}
		}
		const cuePointIndex = binarySearchLessOrEqual(this.internalTrack.cuePoints, searchTimestamp, (x) => x.time);
		const cuePoint = cuePointIndex !== -1 ? this.internalTrack.cuePoints[cuePointIndex] : null;
		const positionCacheIndex = binarySearchLessOrEqual(this.internalTrack.clusterPositionCache, searchTimestamp, (x) => x.startTimestamp);
		const positionCacheEntry = positionCacheIndex !== -1 ? this.internalTrack.clusterPositionCache[positionCacheIndex] : null;
		const lookupEntryPosition = Math.max(cuePoint?.clusterPosition ?? 0, positionCacheEntry?.elementStartPos ?? 0) || null;
		let currentPos;
		if (!startCluster) currentPos = lookupEntryPosition ?? segment.clusterSeekStartPos;
		else if (lookupEntryPosition === null || startCluster.elementStartPos >= lookupEntryPosition) {
			currentPos = startCluster.elementEndPos;
			currentCluster = startCluster;
		} else currentPos = lookupEntryPosition;
		while (segment.elementEndPos === null || currentPos <= segment.elementEndPos - 2) {
			if (currentCluster) {
				const trackData = currentCluster.trackData.get(this.internalTrack.id);
				if (trackData && trackData.startTimestamp > latestTimestamp) break;
			}
			let slice = demuxer.reader.requestSliceRange(currentPos, 2, 16);
			if (isThenable(slice)) slice = await slice;
			if (!slice) break;
			const elementStartPos = currentPos;
			const elementHeader = readElementHeader(slice);
			if (!elementHeader || !LEVEL_1_EBML_IDS.includes(elementHeader.id) && elementHeader.id !== EBMLId.Void) {
				const nextPos = await resync(demuxer.reader, elementStartPos, LEVEL_1_EBML_IDS, Math.min(segment.elementEndPos ?? Infinity, elementStartPos + MAX_RESYNC_LENGTH));
				if (nextPos) {
					currentPos = nextPos;
					continue;
				} else break;
			}
			const id = elementHeader.id;
			let size = elementHeader.size;
			const dataStartPos = slice.filePos;
			if (id === EBMLId.Cluster) {
				currentCluster = await demuxer.readCluster(elementStartPos, segment);
				size = currentCluster.elementEndPos - dataStartPos;
				const { blockIndex, correctBlockFound } = getMatchInCluster(currentCluster);
				if (correctBlockFound) return this.fetchPacketInCluster(currentCluster, blockIndex, options);
				if (blockIndex !== -1) {
					bestCluster = currentCluster;
					bestBlockIndex = blockIndex;
				}
			}
			if (size === void 0) {
				assert(id !== EBMLId.Cluster);
				size = (await searchForNextElementId(demuxer.reader, dataStartPos, LEVEL_0_AND_1_EBML_IDS, segment.elementEndPos)).pos - dataStartPos;
			}
			const endPos = dataStartPos + size;
			if (segment.elementEndPos === null) {
				let slice = demuxer.reader.requestSliceRange(endPos, 2, 16);
				if (isThenable(slice)) slice = await slice;
				if (!slice) break;
				if (readElementId(slice) === EBMLId.Segment) {
					segment.elementEndPos = endPos;
					break;
				}
			}
			currentPos = endPos;
		}
		if (cuePoint && (!bestCluster || bestCluster.elementStartPos < cuePoint.clusterPosition)) {
			const previousCuePoint = this.internalTrack.cuePoints[cuePointIndex - 1];
			assert(!previousCuePoint || previousCuePoint.time < cuePoint.time);
			const newSearchTimestamp = previousCuePoint?.time ?? -Infinity;
			return this.performClusterLookup(null, getMatchInCluster, newSearchTimestamp, latestTimestamp, options);
		}
		if (bestCluster) return this.fetchPacketInCluster(bestCluster, bestBlockIndex, options);
		return null;
	}
};
var MatroskaVideoTrackBacking = class extends MatroskaTrackBacking {
	constructor(internalTrack) {
		super(internalTrack);
		this.decoderConfigPromise = null;
	}
	getType() {
		return "video";
	}
	getCodec() {
		return this.internalTrack.info.codec;
	}
	getCodedWidth() {
		return this.internalTrack.info.width;
	}
	getCodedHeight() {
		return this.internalTrack.info.height;
	}
	getSquarePixelWidth() {
		return this.internalTrack.info.squarePixelWidth;
	}
	getSquarePixelHeight() {
		return this.internalTrack.info.squarePixelHeight;
	}
	getTransformationMatrix() {
		const info = this.internalTrack.info;
		return centeredTransformationMatrix(multiplyMatrices(scaleMatrix(info.horizontalScale, info.verticalScale), rotationMatrix(info.rotation)), info.width, info.height);
	}
	async getColorSpace() {
		const decoderConfig = await this.getDecoderConfig();
		if (!decoderConfig) return this.internalTrack.info.colorSpace;
		return {
			primaries: decoderConfig.colorSpace?.primaries,
			transfer: decoderConfig.colorSpace?.transfer,
			matrix: decoderConfig.colorSpace?.matrix,
			fullRange: decoderConfig.colorSpace?.fullRange
		};
	}
	async canBeTransparent() {
		return this.internalTrack.info.alphaMode || this.internalTrack.info.codec === "prores" && (this.internalTrack.info.proresFormat === "ap4h" || this.internalTrack.info.proresFormat === "ap4x");
	}
	async getDecoderConfig() {
		if (!this.internalTrack.info.codec) return null;
		return this.decoderConfigPromise ??= (async () => {
			let firstPacket = null;
			if (this.internalTrack.info.codec === "vp9" || this.internalTrack.info.codec === "av1" || this.internalTrack.info.codec === "prores" || this.internalTrack.info.codec === "avc" && !this.internalTrack.info.codecDescription || this.internalTrack.info.codec === "hevc" && !this.internalTrack.info.codecDescription) firstPacket = await this.getFirstPacket({});
			const codecInfo = {
				width: this.internalTrack.info.width,
				height: this.internalTrack.info.height,
				codec: this.internalTrack.info.codec,
				codecDescription: this.internalTrack.info.codecDescription,
				colorSpace: this.internalTrack.info.colorSpace,
				avcType: 1,
				avcCodecInfo: this.internalTrack.info.codec === "avc" && firstPacket ? extractAvcDecoderConfigurationRecord(firstPacket.data) : null,
				hevcCodecInfo: this.internalTrack.info.codec === "hevc" && firstPacket ? extractHevcDecoderConfigurationRecord(firstPacket.data) : null,
				vp9CodecInfo: this.internalTrack.info.codec === "vp9" && firstPacket ? extractVp9CodecInfoFromPacket(firstPacket.data) : null,
				av1CodecInfo: this.internalTrack.info.codec === "av1" && firstPacket ? extractAv1CodecInfoFromPacket(firstPacket.data) : null,
				proresCodecInfo: this.internalTrack.info.codec === "prores" && firstPacket ? extractProresCodecInfoFromPacket(firstPacket.data) : null,
				proresFormat: this.internalTrack.info.proresFormat
			};
			if (!colorSpaceIsComplete(this.internalTrack.info.colorSpace)) {
				const colorSpace = extractColorSpace(codecInfo);
				this.internalTrack.info.colorSpace.primaries ??= colorSpace.primaries;
				this.internalTrack.info.colorSpace.transfer ??= colorSpace.transfer;
				this.internalTrack.info.colorSpace.matrix ??= colorSpace.matrix;
				this.internalTrack.info.colorSpace.fullRange ??= colorSpace.fullRange;
			}
			const config = {
				codec: extractVideoCodecString(codecInfo),
				codedWidth: this.internalTrack.info.width,
				codedHeight: this.internalTrack.info.height,
				description: this.internalTrack.info.codecDescription ?? void 0,
				colorSpace: this.internalTrack.info.colorSpace
			};
			if (this.internalTrack.info.width !== this.internalTrack.info.squarePixelWidth || this.internalTrack.info.height !== this.internalTrack.info.squarePixelHeight) {
				config.displayAspectWidth = this.internalTrack.info.squarePixelWidth;
				config.displayAspectHeight = this.internalTrack.info.squarePixelHeight;
			}
			return config;
		})();
	}
};
var MatroskaAudioTrackBacking = class extends MatroskaTrackBacking {
	constructor(internalTrack) {
		super(internalTrack);
		this.decoderConfigPromise = null;
	}
	getType() {
		return "audio";
	}
	getCodec() {
		return this.internalTrack.info.codec;
	}
	getNumberOfChannels() {
		return this.internalTrack.info.numberOfChannels;
	}
	getSampleRate() {
		return this.internalTrack.info.sampleRate;
	}
	async getDecoderConfig() {
		if (!this.internalTrack.info.codec) return null;
		return this.decoderConfigPromise ??= (async () => {
			if (this.internalTrack.info.codec === "dts" && !this.internalTrack.info.dtsFormat) {
				const firstPacket = await this.getFirstPacket({});
				this.internalTrack.info.dtsFormat = firstPacket && extractDtsFourCcFromPacket(firstPacket.data);
			}
			return {
				codec: extractAudioCodecString({
					codec: this.internalTrack.info.codec,
					codecDescription: this.internalTrack.info.codecDescription,
					aacCodecInfo: this.internalTrack.info.aacCodecInfo,
					dtsFormat: this.internalTrack.info.dtsFormat
				}),
				numberOfChannels: this.internalTrack.info.numberOfChannels,
				sampleRate: this.internalTrack.info.sampleRate,
				description: this.internalTrack.info.codecDescription ?? void 0
			};
		})();
	}
};
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
(/* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = {};
})))();
polyfillSymbolDispose();
var DEFAULT_MAX_READ_POSITION = Infinity;
if (typeof FinalizationRegistry !== "undefined") new FinalizationRegistry((cleanup) => {
	cleanup();
});
/**
* The source base class, representing a resource from which bytes can be read.
* @group Input sources
* @public
*/
var Source = class extends EventEmitter {
	constructor() {
		super();
		/** @internal */
		this._disposed = false;
		/** @internal */
		this._refCount = 0;
		/**
		* Used internally to mark if a source stems from an HLS reading operation. Used to suppress certain warnings.
		* @internal
		*/
		this._usedForHls = false;
		/**
		* FinalizationRegistry for rogue refs to this source that didn't get freed. It lives on the Source itself so that
		* in case the Source transitively points back to itself and forms a cycle (for example through a custom
		* CustomSource callback) that we're not leaking memory.
		* @internal
		*/
		this._refFinalizationRegistry = null;
		/** @internal */
		this._sizePromise = null;
		/**
		* Called each time data is retrieved from the source. Will be called with the retrieved range (end exclusive).
		*
		* @deprecated Use `source.on('read', ({ start, end }) => ...)` instead.
		*/
		this.onread = null;
		if (typeof FinalizationRegistry !== "undefined") this._refFinalizationRegistry = new FinalizationRegistry((source) => {
			source._decrementRefCount();
		});
	}
	/**
	* Resolves with the total size of the file in bytes. This function is memoized, meaning only the first call
	* will retrieve the size.
	*
	* Returns null if the source is unsized.
	*/
	async getSizeOrNull() {
		if (this._disposed) throw new InputDisposedError();
		return this._sizePromise ??= (async () => {
			let size = this._getFileSize();
			if (size !== void 0) return size;
			await this._read(0, 1, 0, DEFAULT_MAX_READ_POSITION);
			size = this._getFileSize();
			assert(size !== void 0);
			return size;
		})();
	}
	/**
	* Resolves with the total size of the file in bytes. This function is memoized, meaning only the first call
	* will retrieve the size.
	*
	* Throws an error if the source is unsized.
	*/
	async getSize() {
		if (this._disposed) throw new InputDisposedError();
		const result = await this.getSizeOrNull();
		if (result === null) throw new Error("Cannot determine the size of an unsized source.");
		return result;
	}
	/**
	* Returns a new {@link RangedSource} that maps data onto this source using the given offset and length. If a length
	* is not provided, the ranged source spans until the end of this source's data.
	*
	* Useful for reading files that are embedded within larger files.
	*/
	slice(offset, length) {
		if (!Number.isInteger(offset) || offset < 0) throw new TypeError("offset must be a non-negative integer.");
		if (length !== void 0 && (!Number.isInteger(length) || length < 0)) throw new TypeError("length, when provided, must be a non-negative integer.");
		return new RangedSource(this, offset, length);
	}
	/** @internal */
	_dispatchRead(start, end) {
		this.onread?.(start, end);
		this._emit("read", {
			start,
			end
		});
	}
	/**
	* Creates a new `SourceRef` pointing to this source. You are expected to call `.free()` on said `SourceRef` when
	* you're done with it.
	*/
	ref() {
		return new SourceRef(this);
	}
	/** @internal */
	_incrementRefCount() {
		this._refCount++;
	}
	/** @internal */
	_decrementRefCount() {
		this._refCount--;
		if (this._refCount === 0) {
			this._dispose();
			this._disposed = true;
		}
	}
};
/**
* A reference to a {@link Source}, used to manage a source's lifecycle. Creating a `SourceRef` via {@link Source.ref}
* increases that source's internal reference count. As long as a source has a non-zero reference count, it is assumed
* to still be in use. Once all references are freed via {@link SourceRef.free}, the source gets disposed.
*
* @group Input sources
* @public
*/
var SourceRef = class {
	/** @internal */
	constructor(source) {
		/** @internal */
		this._freed = false;
		if (source._disposed) throw new Error("Cannot ref a disposed source.");
		source._incrementRefCount();
		source._refFinalizationRegistry?.register(this, source, this);
		this._source = source;
	}
	/** The {@link Source} this ref references. Accessing this field throws an error after having freed the ref. */
	get source() {
		if (!this._source) throw new Error("Can't get source; ref has already been freed.");
		return this._source;
	}
	/** Whether or not this reference has been freed via {@link SourceRef.free}. */
	get freed() {
		return this._freed;
	}
	/**
	* Frees the ref, decrementing the source's internal reference count. If the source's internal reference count
	* reaches zero, it gets disposed. To catch bugs, this method throws if the ref is already freed.
	*/
	free() {
		if (this._freed) throw new Error("Illegal operation: double free on SourceRef.");
		const source = this.source;
		assert(source._refCount > 0);
		source._decrementRefCount();
		source._refFinalizationRegistry?.unregister(this);
		this._freed = true;
		this._source = null;
	}
	/**
	* Calls {@link SourceRef.free}.
	*/
	[Symbol.dispose]() {
		if (!this.freed) this.free();
	}
};
/**
* A source which can create new sources from file paths. Required for multi-file inputs such as HLS playlists.
* @public
* @group Input sources
*/
var PathedSource = class extends Source {
	constructor(rootPath, requestHandler) {
		if (typeof rootPath !== "string") throw new TypeError("rootPath must be a string.");
		if (typeof requestHandler !== "function") throw new TypeError("requestHandler must be a function.");
		super();
		this.rootPath = rootPath;
		this.requestHandler = requestHandler;
	}
	/** @internal */
	_resolveRequest(request) {
		const result = this.requestHandler(request);
		const handle = (result) => {
			if (!(result instanceof Source || result instanceof SourceRef)) throw new TypeError("requestHandler must return or resolve to a Source or SourceRef.");
			const ref = result instanceof Source ? result.ref() : result;
			ref.source._usedForHls ||= this._usedForHls;
			return ref;
		};
		if (isThenable(result)) return result.then(handle);
		else return handle(result);
	}
};
var sourceRequestsAreEqual = (a, b) => {
	return a.path === b.path;
};
var blobReaderRegistry = typeof FinalizationRegistry !== "undefined" ? new FinalizationRegistry((reader) => {
	reader.cancel().catch(() => {});
}) : null;
/**
* A source backed by a [`Blob`](https://developer.mozilla.org/en-US/docs/Web/API/Blob). Since a
* [`File`](https://developer.mozilla.org/en-US/docs/Web/API/File) is also a `Blob`, this is the source to use when
* reading files off the disk.
* @group Input sources
* @public
*/
var BlobSource = class extends Source {
	/**
	* Creates a new {@link BlobSource} backed by the specified
	* [`Blob`](https://developer.mozilla.org/en-US/docs/Web/API/Blob).
	*/
	constructor(blob, options = {}) {
		if (!(blob instanceof Blob)) throw new TypeError("blob must be a Blob.");
		if (!options || typeof options !== "object") throw new TypeError("options must be an object.");
		if (options.maxCacheSize !== void 0 && (!isNumber(options.maxCacheSize) || options.maxCacheSize < 0)) throw new TypeError("options.maxCacheSize, when provided, must be a non-negative number.");
		if (options.useStreamReader !== void 0 && typeof options.useStreamReader !== "boolean") throw new TypeError("options.useStreamReader, when provided, must be a boolean.");
		if (options.handleUnhandledError !== void 0 && typeof options.handleUnhandledError !== "function") throw new TypeError("options.handleUnhandledError, when provided, must be a function.");
		super();
		/** @internal */
		this._readers = /* @__PURE__ */ new WeakMap();
		this._blob = blob;
		this._options = options;
		this._orchestrator = new ReadOrchestrator({
			maxCacheSize: options.maxCacheSize ?? 8 * 2 ** 20,
			maxWorkerCount: 4,
			runWorker: this._runWorker.bind(this),
			onIdleWorkerRemoved: (worker) => {
				const reader = this._readers.get(worker);
				if (reader) {
					this._readers.delete(worker);
					blobReaderRegistry?.unregister(worker);
					reader.cancel().catch(() => {});
				}
			},
			prefetchProfile: PREFETCH_PROFILES.fileSystem,
			handleUnhandledError: options.handleUnhandledError
		});
		this._orchestrator.fileSize = blob.size;
	}
	/** @internal */
	_getFileSize() {
		return this._orchestrator.fileSize;
	}
	/** @internal */
	_read(start, end, minReadPosition, maxReadPosition) {
		return this._orchestrator.read(start, end, minReadPosition, maxReadPosition);
	}
	/** @internal */
	async _runWorker(worker) {
		assert(worker.strictTarget);
		let reader = this._readers.get(worker);
		if (reader === void 0) {
			if ("stream" in this._blob && !isWebKit() && this._options.useStreamReader !== false) {
				reader = this._blob.slice(worker.currentPos).stream().getReader();
				blobReaderRegistry?.register(worker, reader, worker);
			} else reader = null;
			this._readers.set(worker, reader);
		}
		while (worker.currentPos < worker.targetPos && !worker.aborted) if (reader) {
			const { done, value } = await reader.read();
			if (done) {
				this._orchestrator.onWorkerFinished(worker);
				throw new Error("Blob reader stopped unexpectedly before all requested data was read.");
			}
			if (worker.aborted) break;
			this._dispatchRead(worker.currentPos, worker.currentPos + value.length);
			this._orchestrator.supplyWorkerData(worker, value);
		} else {
			const data = await this._blob.slice(worker.currentPos, worker.targetPos).arrayBuffer();
			if (worker.aborted) break;
			this._dispatchRead(worker.currentPos, worker.currentPos + data.byteLength);
			this._orchestrator.supplyWorkerData(worker, new Uint8Array(data));
		}
		this._orchestrator.signalWorkerStoppedRunning(worker);
		if (worker.aborted) await reader?.cancel().catch(() => {});
	}
	/** @internal */
	_dispose() {
		this._orchestrator.dispose();
	}
};
var URL_SOURCE_MIN_LOAD_AMOUNT = .5 * 2 ** 20;
var PREFETCH_PROFILES = {
	none: (start, end) => ({
		start,
		end
	}),
	fileSystem: (start, end) => {
		const padding = 2 ** 16;
		start = Math.floor((start - padding) / padding) * padding;
		end = Math.ceil((end + padding) / padding) * padding;
		return {
			start,
			end
		};
	},
	network: (start, end, workers) => {
		const paddingStart = 2 ** 16;
		start = Math.max(0, Math.floor((start - paddingStart) / paddingStart) * paddingStart);
		for (const worker of workers) {
			const maxExtensionAmount = 8 * 2 ** 20;
			const thresholdPoint = Math.max((worker.startPos + worker.targetPos) / 2, worker.targetPos - maxExtensionAmount);
			if (closedIntervalsOverlap(start, end, thresholdPoint, worker.targetPos)) {
				const size = worker.targetPos - worker.startPos;
				const a = Math.ceil((size + 1) / maxExtensionAmount) * maxExtensionAmount;
				const b = 2 ** Math.ceil(Math.log2(size + 1));
				const extent = Math.min(b, a);
				end = Math.max(end, worker.startPos + extent);
			}
		}
		end = Math.max(end, start + URL_SOURCE_MIN_LOAD_AMOUNT);
		return {
			start,
			end
		};
	}
};
/**
* Godclass for orchestrating complex, cached read operations. The reading model is as follows: Any reading task is
* delegated to a *worker*, which is a sequential reader positioned somewhere along the file. All workers run in
* parallel and can be stopped and resumed in their forward movement. When read requests come in, this orchestrator will
* first try to satisfy the request with only the cached data. If this isn't possible, workers are spun up for all
* missing parts (or existing workers are repurposed), and these workers will then fill the holes in the data as they
* march along the file.
*/
var ReadOrchestrator = class {
	constructor(options) {
		this.options = options;
		this.fileSize = null;
		this.nextAge = 0;
		this.workers = [];
		this.cache = [];
		this.currentCacheSize = 0;
		this.disposed = false;
		this.queuedReads = [];
	}
	read(innerStart, innerEnd, minReadPosition, maxReadPosition) {
		assert(!this.disposed);
		const prefetchRange = this.options.prefetchProfile(innerStart, innerEnd, this.workers);
		const outerStart = Math.max(prefetchRange.start, minReadPosition);
		const outerEnd = Math.min(prefetchRange.end, this.fileSize ?? Infinity, maxReadPosition);
		assert(outerStart <= innerStart && innerEnd <= outerEnd);
		let result = null;
		const innerCacheStartIndex = binarySearchLessOrEqual(this.cache, innerStart, (x) => x.start);
		const innerStartEntry = innerCacheStartIndex !== -1 ? this.cache[innerCacheStartIndex] : null;
		if (innerStartEntry && innerStartEntry.start <= innerStart && innerEnd <= innerStartEntry.end) {
			innerStartEntry.age = this.nextAge++;
			result = {
				bytes: innerStartEntry.bytes,
				view: innerStartEntry.view,
				offset: innerStartEntry.start
			};
		}
		const outerCacheStartIndex = binarySearchLessOrEqual(this.cache, outerStart, (x) => x.start);
		const bytes = result ? null : new Uint8Array(innerEnd - innerStart);
		let contiguousBytesWriteEnd = 0;
		let lastEnd = outerStart;
		const outerHoles = [];
		if (outerCacheStartIndex !== -1) {
			for (let i = outerCacheStartIndex; i < this.cache.length; i++) {
				const entry = this.cache[i];
				if (entry.start >= outerEnd) break;
				if (entry.end <= outerStart) continue;
				const cappedOuterStart = Math.max(outerStart, entry.start);
				const cappedOuterEnd = Math.min(outerEnd, entry.end);
				assert(cappedOuterStart <= cappedOuterEnd);
				if (lastEnd < cappedOuterStart) outerHoles.push({
					start: lastEnd,
					end: cappedOuterStart
				});
				lastEnd = cappedOuterEnd;
				if (bytes) {
					const cappedInnerStart = Math.max(innerStart, entry.start);
					const cappedInnerEnd = Math.min(innerEnd, entry.end);
					if (cappedInnerStart < cappedInnerEnd) {
						const relativeOffset = cappedInnerStart - innerStart;
						bytes.set(entry.bytes.subarray(cappedInnerStart - entry.start, cappedInnerEnd - entry.start), relativeOffset);
						if (relativeOffset === contiguousBytesWriteEnd) contiguousBytesWriteEnd = cappedInnerEnd - innerStart;
					}
				}
				entry.age = this.nextAge++;
			}
			if (lastEnd < outerEnd) outerHoles.push({
				start: lastEnd,
				end: outerEnd
			});
		} else outerHoles.push({
			start: outerStart,
			end: outerEnd
		});
		if (bytes && contiguousBytesWriteEnd >= bytes.length) result = {
			bytes,
			view: toDataView(bytes),
			offset: innerStart
		};
		if (outerHoles.length === 0) {
			assert(result);
			return result;
		}
		const { promise, resolve, reject } = promiseWithResolvers();
		const innerHoles = [];
		for (const outerHole of outerHoles) {
			const cappedStart = Math.max(innerStart, outerHole.start);
			const cappedEnd = Math.min(innerEnd, outerHole.end);
			if (cappedStart === outerHole.start && cappedEnd === outerHole.end) innerHoles.push(outerHole);
			else if (cappedStart < cappedEnd) innerHoles.push({
				start: cappedStart,
				end: cappedEnd
			});
		}
		const pendingSlice = bytes && {
			start: innerStart,
			bytes,
			holes: innerHoles,
			resolve,
			reject
		};
		outer: for (const outerHole of outerHoles) {
			for (const worker of this.workers) if (this.checkHoleAgainstWorker(worker, outerHole, pendingSlice ? [pendingSlice] : [])) {
				this.checkQueuedReadsAgainstWorker(worker);
				continue outer;
			}
			const strictTarget = outerHole.end < outerEnd || this.fileSize !== null;
			const newWorker = this.createWorker(outerHole.start, outerHole.end, strictTarget);
			if (newWorker) {
				if (pendingSlice) newWorker.pendingSlices = [pendingSlice];
				this.runWorker(newWorker);
			} else {
				let index = binarySearchLessOrEqual(this.queuedReads, outerHole.start, (x) => x.hole.start);
				let entry = index !== -1 ? this.queuedReads[index] : null;
				if (entry && outerHole.start <= entry.hole.end) {
					entry.hole.end = Math.max(entry.hole.end, outerHole.end);
					entry.strictTarget &&= strictTarget;
					if (pendingSlice) entry.pendingSlices.push(pendingSlice);
				} else {
					index++;
					entry = {
						hole: {
							start: outerHole.start,
							end: outerHole.end
						},
						strictTarget,
						pendingSlices: pendingSlice ? [pendingSlice] : [],
						age: this.nextAge++
					};
					this.queuedReads.splice(index, 0, entry);
				}
				while (index + 1 < this.queuedReads.length) {
					const nextEntry = this.queuedReads[index + 1];
					if (nextEntry.hole.start > entry.hole.end) break;
					entry.hole.end = Math.max(entry.hole.end, nextEntry.hole.end);
					entry.pendingSlices.push(...nextEntry.pendingSlices);
					entry.strictTarget &&= nextEntry.strictTarget;
					entry.age = Math.min(entry.age, nextEntry.age);
					this.queuedReads.splice(index + 1, 1);
				}
			}
		}
		if (!result) {
			assert(bytes);
			result = promise.then((bytes) => bytes && {
				bytes,
				view: toDataView(bytes),
				offset: innerStart
			});
		} else promise.catch((error) => {
			if (this.disposed) return;
			if (this.options.handleUnhandledError) this.options.handleUnhandledError(error);
			else throw error;
		});
		return result;
	}
	checkHoleAgainstWorker(worker, hole, pendingSlices) {
		if (closedIntervalsOverlap(hole.start - 2 ** 17, hole.start, worker.currentPos, worker.targetPos)) {
			worker.targetPos = Math.max(worker.targetPos, hole.end);
			for (let i = 0; i < pendingSlices.length; i++) {
				const pendingSlice = pendingSlices[i];
				if (!worker.pendingSlices.includes(pendingSlice)) worker.pendingSlices.push(pendingSlice);
			}
			if (!worker.running) this.runWorker(worker);
			return true;
		}
		return false;
	}
	checkQueuedReadsAgainstWorker(worker) {
		let wasTrueOnce = false;
		for (let i = 0; i < this.queuedReads.length; i++) {
			const queuedRead = this.queuedReads[i];
			if (this.checkHoleAgainstWorker(worker, queuedRead.hole, queuedRead.pendingSlices)) {
				this.queuedReads.splice(i, 1);
				i--;
				wasTrueOnce = true;
			} else if (wasTrueOnce) break;
		}
	}
	createWorker(startPos, targetPos, strictTarget) {
		if (this.workers.length >= this.options.maxWorkerCount) {
			let oldestWorker = null;
			let oldestIndex = null;
			for (let i = 0; i < this.workers.length; i++) {
				const worker = this.workers[i];
				if (!worker.running && worker.pendingSlices.length === 0 && (!oldestWorker || worker.age < oldestWorker.age)) {
					oldestIndex = i;
					oldestWorker = worker;
				}
			}
			if (oldestWorker) {
				assert(oldestIndex !== null);
				assert(oldestWorker.pendingSlices.length === 0);
				this.workers.splice(oldestIndex, 1);
				this.options.onIdleWorkerRemoved?.(oldestWorker);
			} else return null;
		}
		const worker = {
			startPos,
			currentPos: startPos,
			targetPos,
			strictTarget,
			running: false,
			aborted: this.disposed,
			pendingSlices: [],
			age: this.nextAge++
		};
		this.workers.push(worker);
		return worker;
	}
	runWorker(worker) {
		assert(!worker.running);
		assert(worker.currentPos < worker.targetPos);
		worker.running = true;
		worker.age = this.nextAge++;
		this.options.runWorker(worker).catch((error) => {
			worker.running = false;
			if (worker.pendingSlices.length > 0) {
				worker.pendingSlices.forEach((x) => x.reject(error));
				worker.pendingSlices.length = 0;
			} else if (!worker.aborted && !this.disposed) {
				if (this.options.handleUnhandledError) this.options.handleUnhandledError(error);
				else throw error;
			}
		}).finally(() => {
			if (worker.running) return;
			if (this.queuedReads.length > 0) {
				let oldestIndex = 0;
				for (let i = 1; i < this.queuedReads.length; i++) if (this.queuedReads[i].age < this.queuedReads[oldestIndex].age) oldestIndex = i;
				const queuedRead = this.queuedReads[oldestIndex];
				const newWorker = this.createWorker(queuedRead.hole.start, queuedRead.hole.end, queuedRead.strictTarget);
				if (!newWorker) return;
				this.queuedReads.splice(oldestIndex, 1);
				newWorker.pendingSlices = queuedRead.pendingSlices;
				this.runWorker(newWorker);
			}
		});
	}
	/** Called by a worker when it has read some data. */
	supplyWorkerData(worker, bytes) {
		assert(!worker.aborted);
		const start = worker.currentPos;
		const end = start + bytes.length;
		this.insertIntoCache({
			start,
			end,
			bytes,
			view: toDataView(bytes),
			age: this.nextAge++
		});
		worker.currentPos += bytes.length;
		if (worker.currentPos > worker.targetPos) {
			worker.targetPos = worker.currentPos;
			this.checkQueuedReadsAgainstWorker(worker);
		}
		for (let i = 0; i < worker.pendingSlices.length; i++) {
			const pendingSlice = worker.pendingSlices[i];
			const clampedStart = Math.max(start, pendingSlice.start);
			const clampedEnd = Math.min(end, pendingSlice.start + pendingSlice.bytes.length);
			if (clampedStart < clampedEnd) pendingSlice.bytes.set(bytes.subarray(clampedStart - start, clampedEnd - start), clampedStart - pendingSlice.start);
			for (let j = 0; j < pendingSlice.holes.length; j++) {
				const hole = pendingSlice.holes[j];
				if (start <= hole.start && end > hole.start) hole.start = end;
				if (hole.end <= hole.start) {
					pendingSlice.holes.splice(j, 1);
					j--;
				}
			}
			if (pendingSlice.holes.length === 0) {
				pendingSlice.resolve(pendingSlice.bytes);
				worker.pendingSlices.splice(i, 1);
				i--;
			}
		}
		for (let i = 0; i < this.workers.length; i++) {
			const otherWorker = this.workers[i];
			if (worker === otherWorker || otherWorker.running) continue;
			if (closedIntervalsOverlap(start, end, otherWorker.currentPos, otherWorker.targetPos)) {
				this.workers.splice(i, 1);
				this.options.onIdleWorkerRemoved?.(otherWorker);
				i--;
			}
		}
	}
	supplyFileSize(size) {
		assert(this.fileSize === null);
		this.fileSize = size;
		for (const worker of this.workers) {
			worker.targetPos = Math.min(worker.targetPos, size);
			worker.strictTarget = true;
			for (let i = 0; i < worker.pendingSlices.length; i++) {
				const pendingSlice = worker.pendingSlices[i];
				for (const hole of pendingSlice.holes) if (hole.end > size) {
					pendingSlice.resolve(null);
					worker.pendingSlices.splice(i, 1);
					i--;
					break;
				}
			}
		}
		for (let i = 0; i < this.queuedReads.length; i++) {
			const queuedRead = this.queuedReads[i];
			if (queuedRead.hole.start >= size) {
				for (const slice of queuedRead.pendingSlices) slice.resolve(null);
				this.queuedReads.splice(i, 1);
				i--;
			} else if (queuedRead.hole.end > size) {
				queuedRead.hole.end = size;
				queuedRead.strictTarget = true;
				for (let j = 0; j < queuedRead.pendingSlices.length; j++) {
					const slice = queuedRead.pendingSlices[j];
					if (slice.start >= size) {
						slice.resolve(null);
						queuedRead.pendingSlices.splice(j, 1);
						j--;
					}
				}
			}
		}
	}
	signalWorkerStoppedRunning(worker) {
		worker.running = false;
		if (!worker.aborted) worker.pendingSlices.length = 0;
	}
	/** Called when a worker reaches the end of the underlying data and must be cleaned up. */
	onWorkerFinished(worker) {
		const index = this.workers.indexOf(worker);
		assert(index !== -1);
		worker.running = false;
		this.workers.splice(index, 1);
		this.options.onIdleWorkerRemoved?.(worker);
		if (this.fileSize === null) this.supplyFileSize(worker.currentPos);
		for (const pendingSlice of worker.pendingSlices) pendingSlice.resolve(null);
	}
	insertIntoCache(entry) {
		if (this.options.maxCacheSize === 0) return;
		let insertionIndex = binarySearchLessOrEqual(this.cache, entry.start, (x) => x.start) + 1;
		if (insertionIndex > 0) {
			const previous = this.cache[insertionIndex - 1];
			if (previous.end >= entry.end) return;
			if (previous.end > entry.start) {
				const joined = new Uint8Array(entry.end - previous.start);
				joined.set(previous.bytes, 0);
				joined.set(entry.bytes, entry.start - previous.start);
				this.currentCacheSize += entry.end - previous.end;
				previous.bytes = joined;
				previous.view = toDataView(joined);
				previous.end = entry.end;
				insertionIndex--;
				entry = previous;
			} else {
				this.cache.splice(insertionIndex, 0, entry);
				this.currentCacheSize += entry.bytes.length;
			}
		} else {
			this.cache.splice(insertionIndex, 0, entry);
			this.currentCacheSize += entry.bytes.length;
		}
		for (let i = insertionIndex + 1; i < this.cache.length; i++) {
			const next = this.cache[i];
			if (entry.end <= next.start) break;
			if (entry.end >= next.end) {
				this.cache.splice(i, 1);
				this.currentCacheSize -= next.bytes.length;
				i--;
				continue;
			}
			const joined = new Uint8Array(next.end - entry.start);
			joined.set(entry.bytes, 0);
			joined.set(next.bytes, next.start - entry.start);
			this.currentCacheSize -= entry.end - next.start;
			entry.bytes = joined;
			entry.view = toDataView(joined);
			entry.end = next.end;
			this.cache.splice(i, 1);
			break;
		}
		while (this.currentCacheSize > this.options.maxCacheSize) {
			let oldestIndex = 0;
			let oldestEntry = this.cache[0];
			for (let i = 1; i < this.cache.length; i++) {
				const entry = this.cache[i];
				if (entry.age < oldestEntry.age) {
					oldestIndex = i;
					oldestEntry = entry;
				}
			}
			if (this.currentCacheSize - oldestEntry.bytes.length <= this.options.maxCacheSize) break;
			this.cache.splice(oldestIndex, 1);
			this.currentCacheSize -= oldestEntry.bytes.length;
		}
	}
	dispose() {
		for (const worker of this.workers) {
			for (const slice of worker.pendingSlices) slice.reject(new InputDisposedError());
			worker.pendingSlices.length = 0;
			worker.aborted = true;
			if (!worker.running) this.options.onIdleWorkerRemoved?.(worker);
		}
		for (const queuedRead of this.queuedReads) for (const slice of queuedRead.pendingSlices) slice.reject(new InputDisposedError());
		this.workers.length = 0;
		this.cache.length = 0;
		this.queuedReads.length = 0;
		this.disposed = true;
	}
};
/**
* A source that covers a range (offset + length) of another source. Useful for reading files that are embedded within
* larger files.
*
* @group Input sources
* @public
*/
var RangedSource = class extends Source {
	/** @internal */
	constructor(baseSource, offset, length) {
		super();
		/** @internal */
		this._ref = null;
		if (baseSource._disposed) throw new Error("Cannot create a slice of a disposed source.");
		this._baseSource = baseSource;
		this._offset = offset;
		this._length = length ?? null;
	}
	/** @internal */
	_getFileSize() {
		const baseSize = this._baseSource._getFileSize();
		if (baseSize === void 0) return this._length !== null ? this._length : void 0;
		if (baseSize === null) {
			if (this._length !== null) return this._length;
			else return null;
		}
		return clamp(baseSize - this._offset, 0, this._length ?? Infinity);
	}
	/** @internal */
	_read(start, end, minReadPosition, maxReadPosition) {
		if (this._length !== null && end > this._length) return null;
		const result = this._baseSource._read(this._offset + start, this._offset + end, this._offset + minReadPosition, this._offset + maxReadPosition);
		const processResult = (result) => {
			if (!result) return null;
			result.offset -= this._offset;
			return result;
		};
		if (isThenable(result)) return result.then(processResult);
		else return processResult(result);
	}
	/** @internal */
	_dispose() {
		this._ref?.free();
	}
	ref() {
		this._ref ??= this._baseSource.ref();
		return super.ref();
	}
};
// node_modules/mediabunny/dist/modules/src/input-format.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
/**
* Base class representing an input media file format.
* @group Input formats
* @public
*/
var InputFormat = class {
	constructor() {
		/**
		* Provided for tree-shakable checking.
		* @internal
		*/
		this._isIsobmff = false;
	}
};
/**
* Format representing files compatible with the ISO base media file format (ISOBMFF), like MP4 or MOV files.
*
* This format can make use of {@link InputOptions.initInput}. When the file contents are fragmented but no track
* initialization info is provided (no `moov` atom), then it must be provided via `initInput`.
*
* @group Input formats
* @public
*/
var IsobmffInputFormat = class extends InputFormat {
	constructor() {
		super(...arguments);
		/** @internal */
		this._isIsobmff = true;
	}
	/** @internal */
	async _getMajorBrand(input) {
		let slice = input._reader.requestSlice(0, 12);
		if (isThenable(slice)) slice = await slice;
		if (!slice) return null;
		slice.skip(4);
		const fourCc = readAscii(slice, 4);
		if (fourCc !== "ftyp" && fourCc !== "styp") return null;
		return readAscii(slice, 4);
	}
	/** @internal */
	_createDemuxer(input) {
		return new IsobmffDemuxer(input);
	}
};
/**
* MPEG-4 Part 14 (MP4) file format.
*
* Do not instantiate this class; use the {@link MP4} singleton instead.
*
* @group Input formats
* @public
*/
var Mp4InputFormat = class extends IsobmffInputFormat {
	/** @internal */
	async _canReadInput(input) {
		const majorBrand = await this._getMajorBrand(input);
		if (majorBrand !== null) return majorBrand !== "qt  ";
		let pos = 0;
		for (let iter = 0; iter < 10; iter++) {
			let slice = input._reader.requestSlice(pos, 8);
			if (isThenable(slice)) slice = await slice;
			if (!slice) return false;
			let size = readU32Be(slice);
			let headerSize = 8;
			if (size === 1) {
				let sizeExtensionSlice = input._reader.requestSlice(pos + 8, 8);
				if (isThenable(sizeExtensionSlice)) sizeExtensionSlice = await sizeExtensionSlice;
				if (!sizeExtensionSlice) return false;
				size = readU64Be(sizeExtensionSlice);
				headerSize = 16;
			}
			if (size < headerSize) return false;
			const fourCc = readAscii(slice, 4);
			if (fourCc === "moof" || fourCc === "sidx") return true;
			else if (fourCc === "emsg" || fourCc === "prft" || fourCc === "free") pos += size;
			else return false;
		}
		return false;
	}
	get name() {
		return "MP4";
	}
	get mimeType() {
		return "video/mp4";
	}
};
/**
* Matroska file format.
*
* Do not instantiate this class; use the {@link MATROSKA} singleton instead.
*
* @group Input formats
* @public
*/
var MatroskaInputFormat = class extends InputFormat {
	/** @internal */
	async isSupportedEBMLOfDocType(input, desiredDocType) {
		let headerSlice = input._reader.requestSlice(0, 16);
		if (isThenable(headerSlice)) headerSlice = await headerSlice;
		if (!headerSlice) return false;
		const varIntSize = readVarIntSize(headerSlice);
		if (varIntSize === null) return false;
		if (varIntSize < 1 || varIntSize > 8) return false;
		if (readUnsignedInt(headerSlice, varIntSize) !== EBMLId.EBML) return false;
		const dataSize = readElementSize(headerSlice);
		if (typeof dataSize !== "number") return false;
		let dataSlice = input._reader.requestSlice(headerSlice.filePos, dataSize);
		if (isThenable(dataSlice)) dataSlice = await dataSlice;
		if (!dataSlice) return false;
		const startPos = headerSlice.filePos;
		while (dataSlice.filePos <= startPos + dataSize - 2) {
			const header = readElementHeader(dataSlice);
			if (!header) break;
			const { id, size } = header;
			const dataStartPos = dataSlice.filePos;
			if (size === void 0) return false;
			switch (id) {
				case EBMLId.EBMLVersion:
					if (readUnsignedInt(dataSlice, size) !== 1) return false;
					break;
				case EBMLId.EBMLReadVersion:
					if (readUnsignedInt(dataSlice, size) !== 1) return false;
					break;
				case EBMLId.DocType:
					if (readAsciiString(dataSlice, size) !== desiredDocType) return false;
					break;
				case EBMLId.DocTypeVersion: if (readUnsignedInt(dataSlice, size) > 4) return false;
			}
			dataSlice.filePos = dataStartPos + size;
		}
		return true;
	}
	/** @internal */
	_canReadInput(input) {
		return this.isSupportedEBMLOfDocType(input, "matroska");
	}
	/** @internal */
	_createDemuxer(input) {
		return new MatroskaDemuxer(input);
	}
	get name() {
		return "Matroska";
	}
	get mimeType() {
		return "video/x-matroska";
	}
};
/**
* WebM file format, based on Matroska.
*
* Do not instantiate this class; use the {@link WEBM} singleton instead.
*
* @group Input formats
* @public
*/
var WebMInputFormat = class extends MatroskaInputFormat {
	/** @internal */
	_canReadInput(input) {
		return this.isSupportedEBMLOfDocType(input, "webm");
	}
	get name() {
		return "WebM";
	}
	get mimeType() {
		return "video/webm";
	}
};
/**
* MP4 input format singleton.
* @group Input formats
* @public
*/
var MP4 = /* #__PURE__ */ new Mp4InputFormat();
/**
* Matroska input format singleton.
* @group Input formats
* @public
*/
var MATROSKA = /* #__PURE__ */ new MatroskaInputFormat();
/**
* WebM input format singleton.
* @group Input formats
* @public
*/
var WEBM = /* #__PURE__ */ new WebMInputFormat();
var validateInputFormatOptions = (options, prefix) => {
	if (!options || typeof options !== "object") throw new TypeError(`${prefix}, when provided, must be an object.`);
	if (options.isobmff !== void 0) {
		if (!options.isobmff || typeof options.isobmff !== "object") throw new TypeError(`${prefix}.isobmff, when provided, must be an object.`);
		if (options.isobmff.resolveKeyId !== void 0 && typeof options.isobmff.resolveKeyId !== "function") throw new TypeError(`${prefix}.isobmff.resolveKeyId, when provided, must be a function.`);
	}
	if (options.hls !== void 0) {
		if (!options.hls || typeof options.hls !== "object") throw new TypeError(`${prefix}.hls, when provided, must be an object.`);
		if (options.hls.offsetTimestampsByDateTime !== void 0 && typeof options.hls.offsetTimestampsByDateTime !== "boolean") throw new TypeError(`${prefix}.hls.offsetTimestampsByDateTime, when provided, must be a boolean.`);
	}
};
// node_modules/mediabunny/dist/modules/src/custom-coder.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var customVideoDecoders = [];
var customAudioDecoders = [];
// node_modules/mediabunny/dist/modules/src/media-sink.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var validatePacketRetrievalOptions = (options) => {
	if (!options || typeof options !== "object") throw new TypeError("options must be an object.");
	if (options.metadataOnly !== void 0 && typeof options.metadataOnly !== "boolean") throw new TypeError("options.metadataOnly, when defined, must be a boolean.");
	if (options.verifyKeyPackets !== void 0 && typeof options.verifyKeyPackets !== "boolean") throw new TypeError("options.verifyKeyPackets, when defined, must be a boolean.");
	if (options.verifyKeyPackets && options.metadataOnly) throw new TypeError("options.verifyKeyPackets and options.metadataOnly cannot be enabled together.");
	if (options.skipLiveWait !== void 0 && typeof options.skipLiveWait !== "boolean") throw new TypeError("options.skipLiveWait, when defined, must be a boolean.");
};
var validateTimestamp = (timestamp) => {
	if (!isNumber(timestamp)) throw new TypeError("timestamp must be a number.");
};
var maybeFixPacketType = (track, promise, options) => {
	if (options.verifyKeyPackets) return promise.then(async (packet) => {
		if (!packet || packet.type === "delta") return packet;
		const determinedType = await track.determinePacketType(packet);
		if (determinedType) packet.type = determinedType;
		return packet;
	});
	else return promise;
};
/**
* Sink for retrieving encoded packets from an input track.
* @group Media sinks
* @public
*/
var EncodedPacketSink = class {
	/** Creates a new {@link EncodedPacketSink} for the given {@link InputTrack}. */
	constructor(track) {
		if (!(track instanceof InputTrack)) throw new TypeError("track must be an InputTrack.");
		this._track = track;
	}
	/**
	* Retrieves the track's first packet (in decode order), or null if it has no packets. The first packet is very
	* likely to be a key packet, but it doesn't have to be.
	*/
	async getFirstPacket(options = {}) {
		validatePacketRetrievalOptions(options);
		if (this._track.input._disposed) throw new InputDisposedError();
		return maybeFixPacketType(this._track, this._track._backing.getFirstPacket(options), options);
	}
	/** Retrieves the track's first key packet (in decode order), or null if it has no key packets. */
	async getFirstKeyPacket(options = {}) {
		validatePacketRetrievalOptions(options);
		const firstPacket = await this.getFirstPacket(options);
		if (!firstPacket) return null;
		if (firstPacket.type === "key") return firstPacket;
		return this.getNextKeyPacket(firstPacket, options);
	}
	/**
	* Retrieves the packet corresponding to the given timestamp, in seconds. More specifically, returns the last packet
	* (in presentation order) with a start timestamp less than or equal to the given timestamp. This method can be
	* used to retrieve a track's last packet using `getPacket(Infinity)`. The method returns null if the timestamp
	* is before the first packet in the track.
	*
	* @param timestamp - The timestamp used for retrieval, in seconds.
	*/
	async getPacket(timestamp, options = {}) {
		validateTimestamp(timestamp);
		validatePacketRetrievalOptions(options);
		if (this._track.input._disposed) throw new InputDisposedError();
		return maybeFixPacketType(this._track, this._track._backing.getPacket(timestamp, options), options);
	}
	/**
	* Retrieves the packet following the given packet (in decode order), or null if the given packet is the
	* last packet.
	*/
	async getNextPacket(packet, options = {}) {
		if (!(packet instanceof EncodedPacket)) throw new TypeError("packet must be an EncodedPacket.");
		validatePacketRetrievalOptions(options);
		if (this._track.input._disposed) throw new InputDisposedError();
		return maybeFixPacketType(this._track, this._track._backing.getNextPacket(packet, options), options);
	}
	/**
	* Retrieves the key packet corresponding to the given timestamp, in seconds. More specifically, returns the last
	* key packet (in presentation order) with a start timestamp less than or equal to the given timestamp. A key packet
	* is a packet that doesn't require previous packets to be decoded. This method can be used to retrieve a track's
	* last key packet using `getKeyPacket(Infinity)`. The method returns null if the timestamp is before the first
	* key packet in the track.
	*
	* To ensure that the returned packet is guaranteed to be a real key frame, enable `options.verifyKeyPackets`.
	*
	* @param timestamp - The timestamp used for retrieval, in seconds.
	*/
	async getKeyPacket(timestamp, options = {}) {
		validateTimestamp(timestamp);
		validatePacketRetrievalOptions(options);
		if (this._track.input._disposed) throw new InputDisposedError();
		if (!options.verifyKeyPackets) return this._track._backing.getKeyPacket(timestamp, options);
		const packet = await this._track._backing.getKeyPacket(timestamp, options);
		if (!packet) return packet;
		assert(packet.type === "key");
		if (await this._track.determinePacketType(packet) === "delta") return this.getKeyPacket(packet.timestamp - 1 / await this._track.getTimeResolution(), options);
		return packet;
	}
	/**
	* Retrieves the key packet following the given packet (in decode order), or null if the given packet is the last
	* key packet.
	*
	* To ensure that the returned packet is guaranteed to be a real key frame, enable `options.verifyKeyPackets`.
	*/
	async getNextKeyPacket(packet, options = {}) {
		if (!(packet instanceof EncodedPacket)) throw new TypeError("packet must be an EncodedPacket.");
		validatePacketRetrievalOptions(options);
		if (this._track.input._disposed) throw new InputDisposedError();
		if (!options.verifyKeyPackets) return this._track._backing.getNextKeyPacket(packet, options);
		const nextPacket = await this._track._backing.getNextKeyPacket(packet, options);
		if (!nextPacket) return nextPacket;
		assert(nextPacket.type === "key");
		if (await this._track.determinePacketType(nextPacket) === "delta") return this.getNextKeyPacket(nextPacket, options);
		return nextPacket;
	}
	/**
	* Creates an async iterator that yields the packets in this track in decode order. To enable fast iteration, this
	* method will intelligently preload packets based on the speed of the consumer.
	*
	* @param startPacket - (optional) The packet from which iteration should begin. This packet will also be yielded.
	* @param endPacket - (optional) The packet at which iteration should end. This packet will _not_ be yielded.
	*/
	packets(startPacket, endPacket, options = {}) {
		if (startPacket !== void 0 && !(startPacket instanceof EncodedPacket)) throw new TypeError("startPacket must be an EncodedPacket.");
		if (startPacket !== void 0 && startPacket.isMetadataOnly && !options?.metadataOnly) throw new TypeError("startPacket can only be metadata-only if options.metadataOnly is enabled.");
		if (endPacket !== void 0 && !(endPacket instanceof EncodedPacket)) throw new TypeError("endPacket must be an EncodedPacket.");
		validatePacketRetrievalOptions(options);
		if (this._track.input._disposed) throw new InputDisposedError();
		const packetQueue = [];
		let { promise: queueNotEmpty, resolve: onQueueNotEmpty } = promiseWithResolvers();
		let { promise: queueDequeue, resolve: onQueueDequeue } = promiseWithResolvers();
		let ended = false;
		let terminated = false;
		let outOfBandError = null;
		let hasOutOfBandError = false;
		const timestamps = [];
		const maxQueueSize = () => Math.max(2, timestamps.length);
		(async () => {
			let packet = startPacket ?? await this.getFirstPacket(options);
			while (packet && !terminated && !this._track.input._disposed) {
				if (endPacket && packet.sequenceNumber >= endPacket?.sequenceNumber) break;
				if (packetQueue.length > maxQueueSize()) {
					({promise: queueDequeue, resolve: onQueueDequeue} = promiseWithResolvers());
					await queueDequeue;
					continue;
				}
				packetQueue.push(packet);
				onQueueNotEmpty();
				({promise: queueNotEmpty, resolve: onQueueNotEmpty} = promiseWithResolvers());
				packet = await this.getNextPacket(packet, options);
			}
			ended = true;
			onQueueNotEmpty();
		})().catch((error) => {
			if (!hasOutOfBandError) {
				outOfBandError = error;
				hasOutOfBandError = true;
				onQueueNotEmpty();
			}
		});
		const track = this._track;
		return {
			async next() {
				while (true) if (track.input._disposed) throw new InputDisposedError();
				else if (terminated) return {
					value: void 0,
					done: true
				};
				else if (hasOutOfBandError) throw outOfBandError;
				else if (packetQueue.length > 0) {
					const value = packetQueue.shift();
					const now = performance.now();
					timestamps.push(now);
					while (timestamps.length > 0 && now - timestamps[0] >= 1e3) timestamps.shift();
					onQueueDequeue();
					return {
						value,
						done: false
					};
				} else if (ended) return {
					value: void 0,
					done: true
				};
				else await queueNotEmpty;
			},
			async return() {
				terminated = true;
				onQueueDequeue();
				onQueueNotEmpty();
				return {
					value: void 0,
					done: true
				};
			},
			async throw(error) {
				throw error;
			},
			[Symbol.asyncIterator]() {
				return this;
			}
		};
	}
};
// node_modules/mediabunny/dist/modules/src/input-track.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
/**
* Represents a media track in an input file.
* @group Input files & tracks
* @public
*/
var InputTrack = class InputTrack {
	/** @internal */
	constructor(input, backing) {
		this.input = input;
		this._backing = backing;
	}
	/** Returns true if and only if this track is a video track. */
	isVideoTrack() {
		return this instanceof InputVideoTrack;
	}
	/** Returns true if and only if this track is an audio track. */
	isAudioTrack() {
		return this instanceof InputAudioTrack;
	}
	/** The unique ID of this track in the input file. */
	get id() {
		return this._backing.getId();
	}
	/**
	* The 1-based index of this track among all tracks of the same type in the input file. For example, the first
	* video track has number 1, the second video track has number 2, and so on. The index refers to the order in
	* which the tracks are returned by {@link Input.getTracks}.
	*/
	get number() {
		return this._backing.getNumber();
	}
	/**
	* Returns the identifier of the codec used internally by the container. It is not homogenized by Mediabunny
	* and depends entirely on the container format.
	*
	* This method can be used to determine the codec of a track in case Mediabunny doesn't know that codec.
	*
	* - For ISOBMFF files, this resolves to the name of the Sample Description Box (e.g. `'avc1'`).
	* - For Matroska files, this resolves to the value of the `CodecID` element.
	* - For WAVE files, this resolves to the value of the format tag in the `'fmt '` chunk.
	* - For ADTS files, this resolves to the `MPEG-4 Audio Object Type`.
	* - For MPEG-TS files, this resolves to the `streamType` value from the Program Map Table.
	* - In all other cases, this resolves to `null`.
	*/
	async getInternalCodecId() {
		return this._backing.getInternalCodecId();
	}
	/**
	* See {@link InputTrack.getInternalCodecId}.
	* @deprecated Use {@link InputTrack.getInternalCodecId} instead.
	*/
	get internalCodecId() {
		return requireSync(this._backing.getInternalCodecId(), "internalCodecId", "getInternalCodecId");
	}
	/**
	* Returns the ISO 639-2/T language code for this track. If the language is unknown, this resolves to `'und'`
	* (undetermined).
	*/
	async getLanguageCode() {
		return this._backing.getLanguageCode();
	}
	/**
	* The ISO 639-2/T language code for this track. If the language is unknown, this field is `'und'` (undetermined).
	* @deprecated Use {@link InputTrack.getLanguageCode} instead.
	*/
	get languageCode() {
		return requireSync(this._backing.getLanguageCode(), "languageCode", "getLanguageCode");
	}
	/** Returns the user-defined name for this track. */
	async getName() {
		return this._backing.getName();
	}
	/**
	* A user-defined name for this track.
	* @deprecated Use {@link InputTrack.getName} instead.
	*/
	get name() {
		return requireSync(this._backing.getName(), "name", "getName");
	}
	/**
	* Returns a positive number x such that all timestamps and durations of all packets of this track are
	* integer multiples of 1/x.
	*/
	async getTimeResolution() {
		return this._backing.getTimeResolution();
	}
	/**
	* A positive number x such that all timestamps and durations of all packets of this track are
	* integer multiples of 1/x.
	* @deprecated Use {@link InputTrack.getTimeResolution} instead.
	*/
	get timeResolution() {
		return requireSync(this._backing.getTimeResolution(), "timeResolution", "getTimeResolution");
	}
	/**
	* Returns whether the timestamps of this track are relative to the Unix epoch (January 1, 1970 00:00:00 UTC).
	* When `true`, each timestamp maps to a definitive point in time.
	*/
	async isRelativeToUnixEpoch() {
		return this._backing.isRelativeToUnixEpoch();
	}
	/**
	* Returns the Unix time (in seconds since January 1, 1970 00:00:00 UTC) that the given track timestamp (in seconds)
	* maps to, or `null` if there is no such mapping. This provides a piecewise-continuous mapping from this track's
	* timestamp space into wall-clock time. Such mapping exists, for example, for HLS playlists with
	* `#EXT-X-PROGRAM-DATE-TIME` tags present.
	*
	* This mapping can be available even when {@link InputTrack.isRelativeToUnixEpoch} is `false`, for example for HLS
	* streams with program date time information but with {@link HlsInputFormatOptions.offsetTimestampsByDateTime}
	* set to `false`.
	*/
	async getUnixTimeForTimestamp(timestamp) {
		return this._backing.getUnixTimeForTimestamp(timestamp);
	}
	/**
	* Whether the track's timestamps can be mapped to Unix wall clock time via
	* {@link InputTrack.getUnixTimeForTimestamp}.
	*/
	async hasUnixTimeMapping() {
		return await this._backing.getUnixTimeForTimestamp(await this.getFirstTimestamp()) !== null;
	}
	/** Returns the track's disposition, i.e. information about its intended usage. */
	async getDisposition() {
		return this._backing.getDisposition();
	}
	/**
	* The track's disposition, i.e. information about its intended usage.
	* @deprecated Use {@link InputTrack.getDisposition} instead.
	*/
	get disposition() {
		return requireSync(this._backing.getDisposition(), "disposition", "getDisposition");
	}
	/**
	* Returns the peak bitrate of the track in bits per second, as specified in the track's metadata. This might not
	* match the actual media data's bitrate.
	*/
	async getBitrate() {
		return this._backing.getBitrate();
	}
	/**
	* Returns the average bitrate of the track in bits per second, as specified in the track's metadata. This might
	* not match the actual media data's bitrate.
	*/
	async getAverageBitrate() {
		return this._backing.getAverageBitrate();
	}
	/**
	* Returns the start timestamp of the first packet of this track, in seconds. While often near zero, this value
	* may be positive or even negative. A negative starting timestamp means the track's timing has been offset. Samples
	* with a negative timestamp should not be presented.
	*/
	async getFirstTimestamp() {
		return (await this._backing.getFirstPacket({ metadataOnly: true }))?.timestamp ?? 0;
	}
	/**
	* Returns the end timestamp of the last packet of this track, in seconds.
	*
	* By default, when the underlying media is live, this method will only resolve once the live stream ends. If you
	* want to query the current end timestamp of the stream, set {@link PacketRetrievalOptions.skipLiveWait} to `true`
	* in the options.
	*/
	async computeDuration(options) {
		const lastPacket = await this._backing.getPacket(Infinity, {
			metadataOnly: true,
			...options
		});
		return roundToDivisor((lastPacket?.timestamp ?? 0) + (lastPacket?.duration ?? 0), await this.getTimeResolution());
	}
	/**
	* Gets the duration (end timestamp) in seconds of this track from metadata stored in the file. This value may be
	* approximate or diverge from the actual, precise duration returned by `.computeDuration()`, but compared to that
	* method, this method is cheaper. When the duration cannot be determined from the file metadata, `null`
	* is returned.
	*
	* By default, when the underlying media is live, this method will only resolve once the live stream
	* ends. If you want to query the current duration of the media, set
	* {@link DurationMetadataRequestOptions.skipLiveWait} to `true` in the options.
	*/
	async getDurationFromMetadata(options = {}) {
		return this._backing.getDurationFromMetadata(options);
	}
	/**
	* Computes aggregate packet statistics for this track, such as average packet rate or bitrate.
	*
	* @param targetPacketCount - This optional parameter sets a target for how many packets this method must have
	* looked at before it can return early; this means, you can use it to aggregate only a subset (prefix) of all
	* packets. This is very useful for getting a great estimate of video frame rate without having to scan through the
	* entire file.
	*
	* By default, when the underlying media is live and `targetPacketCount` is not set, this method will only resolve
	* once the live stream ends. If you want to query the current packet statistics of the stream, set
	* {@link PacketRetrievalOptions.skipLiveWait} to `true` in the options.
	*/
	async computePacketStats(targetPacketCount = Infinity, options) {
		const sink = new EncodedPacketSink(this);
		let startTimestamp = Infinity;
		let endTimestamp = -Infinity;
		let packetCount = 0;
		let totalPacketBytes = 0;
		for await (const packet of sink.packets(void 0, void 0, {
			metadataOnly: true,
			...options
		})) {
			if (packetCount >= targetPacketCount && packet.timestamp >= endTimestamp) break;
			startTimestamp = Math.min(startTimestamp, packet.timestamp);
			endTimestamp = Math.max(endTimestamp, packet.timestamp + packet.duration);
			packetCount++;
			totalPacketBytes += packet.byteLength;
		}
		return {
			packetCount,
			averagePacketRate: packetCount ? Number((packetCount / (endTimestamp - startTimestamp)).toPrecision(16)) : 0,
			averageBitrate: packetCount ? Number((8 * totalPacketBytes / (endTimestamp - startTimestamp)).toPrecision(16)) : 0
		};
	}
	/**
	* Whether or not this track is currently live, meaning the media's end is still unknown.
	*
	* The value returned by this method may change over time as the track stops being live. To keep track of the
	* track's live status, poll this method at the track's refresh interval
	* via {@link InputTrack.getLiveRefreshInterval}.
	*/
	async isLive() {
		return await this._backing.getLiveRefreshInterval() !== null;
	}
	/**
	* Returns the track's live refresh interval in seconds, or `null` if the track is not live. This interval describes
	* the time it takes, on average, for new live media data to become available.
	*/
	async getLiveRefreshInterval() {
		return this._backing.getLiveRefreshInterval();
	}
	/**
	* Returns `true` if this track can be paired with the given track. Two tracks being pairable means they can be
	* presented (displayed) together.
	*
	* Returns `false` if `other` equals `this`.
	*/
	canBePairedWith(other) {
		if (!(other instanceof InputTrack)) throw new TypeError("other must be an InputTrack.");
		if (this.input !== other.input || this === other) return false;
		return (this._backing.getPairingMask() & other._backing.getPairingMask()) !== 0n;
	}
	/**
	* Gets the list of other tracks that can be paired with this track. An optional query can be provided to narrow
	* down the results.
	*/
	async getPairableTracks(query) {
		return this.input.getTracks(mergeInputTrackQueries({ filter: (t) => t.canBePairedWith(this) }, query));
	}
	/**
	* Gets the list of other video tracks that can be paired with this track. An optional query can be provided to
	* narrow down the results.
	*/
	async getPairableVideoTracks(query) {
		return this.input.getVideoTracks(mergeInputTrackQueries({ filter: (t) => t.canBePairedWith(this) }, query));
	}
	/**
	* Gets the list of other audio tracks that can be paired with this track. An optional query can be provided to
	* narrow down the results.
	*/
	async getPairableAudioTracks(query) {
		return this.input.getAudioTracks(mergeInputTrackQueries({ filter: (t) => t.canBePairedWith(this) }, query));
	}
	/** Returns the primary track that can be paired with this track, optionally steered by the provided query. */
	async getPrimaryPairableVideoTrack(query) {
		return this.input.getPrimaryVideoTrack(mergeInputTrackQueries({ filter: (t) => t.canBePairedWith(this) }, query));
	}
	/** Returns the primary track that can be paired with this track, optionally steered by the provided query. */
	async getPrimaryPairableAudioTrack(query) {
		return this.input.getPrimaryAudioTrack(mergeInputTrackQueries({ filter: (t) => t.canBePairedWith(this) }, query));
	}
	/** Returns `true` if there is another track that can be paired with this track. */
	async hasPairableTrack(predicate) {
		predicate &&= toValidatedPredicate(predicate);
		const tracks = await this.input.getTracks();
		for (const track of tracks) {
			if (!this.canBePairedWith(track)) continue;
			if (!predicate || await predicate(track)) return true;
		}
		return false;
	}
	/** Returns `true` if there is a video track that can be paired with this track. */
	hasPairableVideoTrack(predicate) {
		predicate &&= toValidatedPredicate(predicate);
		return this.hasPairableTrack(async (x) => x.isVideoTrack() && (!predicate || await predicate(x)));
	}
	/** Returns `true` if there is an audio track that can be paired with this track. */
	hasPairableAudioTrack(predicate) {
		predicate &&= toValidatedPredicate(predicate);
		return this.hasPairableTrack(async (x) => x.isAudioTrack() && (!predicate || await predicate(x)));
	}
};
var requireSync = (value, getterName, asyncName) => {
	if (isThenable(value)) throw new Error(`'${getterName}' is deprecated and not available synchronously for this track. Use the preferred '${asyncName}()' instead.`);
	return value;
};
var toValidatedPredicate = (predicate) => {
	if (predicate !== void 0 && typeof predicate !== "function") throw new TypeError("predicate, when provided, must be a function.");
	return predicate ? (track) => {
		const handle = (result) => {
			if (typeof result !== "boolean") throw new TypeError("predicate must return or resolve to a boolean value.");
			return result;
		};
		const result = predicate(track);
		if (isThenable(result)) return result.then(handle);
		return handle(result);
	} : void 0;
};
/**
* Represents a video track in an input file.
* @group Input files & tracks
* @public
*/
var InputVideoTrack = class extends InputTrack {
	/** @internal */
	constructor(input, backing) {
		super(input, backing);
		/** @internal */
		this._pixelAspectRatioCache = null;
	}
	get type() {
		return "video";
	}
	/** The codec of the track's packets. */
	async getCodec() {
		return this._backing.getCodec();
	}
	/**
	* The codec of the track's packets.
	* @deprecated Use {@link InputVideoTrack.getCodec} instead.
	*/
	get codec() {
		return requireSync(this._backing.getCodec(), "codec", "getCodec");
	}
	async hasOnlyKeyPackets() {
		return await this._backing.getHasOnlyKeyPackets?.() ?? await this._backing.getCodec() === "prores";
	}
	/** Returns the width in pixels of the track's coded samples, before any transformations or rotations. */
	async getCodedWidth() {
		return this._backing.getCodedWidth();
	}
	/**
	* The width in pixels of the track's coded samples, before any transformations or rotations.
	* @deprecated Use {@link InputVideoTrack.getCodedWidth} instead.
	*/
	get codedWidth() {
		return requireSync(this._backing.getCodedWidth(), "codedWidth", "getCodedWidth");
	}
	/** Returns the height in pixels of the track's coded samples, before any transformations or rotations. */
	async getCodedHeight() {
		return this._backing.getCodedHeight();
	}
	/**
	* The height in pixels of the track's coded samples, before any transformations or rotations.
	* @deprecated Use {@link InputVideoTrack.getCodedHeight} instead.
	*/
	get codedHeight() {
		return requireSync(this._backing.getCodedHeight(), "codedHeight", "getCodedHeight");
	}
	/**
	* Returns the row-major 3x3 affine transformation matrix that is used to transform the raw video frames before they
	* are displayed. The raw frames are assumed to be placed with their top-left corner at the origin (0,0).
	*
	* Usually, this matrix models a rotation and a flip. Depending on the file, it may also contain a translation
	* component. When displaying video, you should typically ignore the translation component and display the center of
	* the transformed frame in the center of the viewport.
	*/
	async getTransformationMatrix() {
		return this._backing.getTransformationMatrix();
	}
	/**
	* Returns the angle in degrees by which the track's frames should be rotated (clockwise). The rotation is
	* applied before flipping.
	*/
	async getRotation() {
		return extractRotationFromMatrix(await this._backing.getTransformationMatrix());
	}
	/**
	* The angle in degrees by which the track's frames should be rotated (clockwise).
	* @deprecated Use {@link InputVideoTrack.getRotation} instead.
	*/
	get rotation() {
		return extractRotationFromMatrix(requireSync(this._backing.getTransformationMatrix(), "rotation", "getRotation"));
	}
	/**
	* Returns whether the track's frames should be flipped horizontally (about the vertical axis), after rotation.
	*/
	async getFlip() {
		return matrixIsFlipped(await this._backing.getTransformationMatrix());
	}
	/**
	* Returns the width of the track's frames in square pixels, adjusted for pixel aspect ratio but before rotation.
	*/
	async getSquarePixelWidth() {
		return this._backing.getSquarePixelWidth();
	}
	/**
	* The width of the track's frames in square pixels, adjusted for pixel aspect ratio but before rotation.
	* @deprecated Use {@link InputVideoTrack.getSquarePixelWidth} instead.
	*/
	get squarePixelWidth() {
		return requireSync(this._backing.getSquarePixelWidth(), "squarePixelWidth", "getSquarePixelWidth");
	}
	/**
	* Returns the height of the track's frames in square pixels, adjusted for pixel aspect ratio but before rotation.
	*/
	async getSquarePixelHeight() {
		return this._backing.getSquarePixelHeight();
	}
	/**
	* The height of the track's frames in square pixels, adjusted for pixel aspect ratio but before rotation.
	* @deprecated Use {@link InputVideoTrack.getSquarePixelHeight} instead.
	*/
	get squarePixelHeight() {
		return requireSync(this._backing.getSquarePixelHeight(), "squarePixelHeight", "getSquarePixelHeight");
	}
	/**
	* Returns the pixel aspect ratio of the track's frames as a rational number in its reduced form. Most videos use
	* square pixels (1:1).
	*/
	async getPixelAspectRatio() {
		return this._pixelAspectRatioCache ??= simplifyRational({
			num: await this.getSquarePixelWidth() * await this.getCodedHeight(),
			den: await this.getSquarePixelHeight() * await this.getCodedWidth()
		});
	}
	/**
	* The pixel aspect ratio of the track's frames, as a rational number in its reduced form. Most videos use
	* square pixels (1:1).
	* @deprecated Use {@link InputVideoTrack.getPixelAspectRatio} instead.
	*/
	get pixelAspectRatio() {
		return this._pixelAspectRatioCache ??= simplifyRational({
			num: requireSync(this._backing.getSquarePixelWidth(), "pixelAspectRatio", "getPixelAspectRatio") * requireSync(this._backing.getCodedHeight(), "pixelAspectRatio", "getPixelAspectRatio"),
			den: requireSync(this._backing.getSquarePixelHeight(), "pixelAspectRatio", "getPixelAspectRatio") * requireSync(this._backing.getCodedWidth(), "pixelAspectRatio", "getPixelAspectRatio")
		});
	}
	/** Returns the display width of the track's frames in pixels, after aspect ratio adjustment and rotation. */
	async getDisplayWidth() {
		const metadata = await this._backing.getMetadataDisplayWidth?.();
		if (metadata != null) return metadata;
		return await this.getRotation() % 180 === 0 ? this.getSquarePixelWidth() : this.getSquarePixelHeight();
	}
	/**
	* The display width of the track's frames in pixels, after aspect ratio adjustment and rotation.
	* @deprecated Use {@link InputVideoTrack.getDisplayWidth} instead.
	*/
	get displayWidth() {
		const metadataRaw = this._backing.getMetadataDisplayWidth?.();
		if (metadataRaw !== void 0) {
			const metadata = requireSync(metadataRaw, "displayWidth", "getDisplayWidth");
			if (metadata !== null) return metadata;
		}
		return requireSync(extractRotationFromMatrix(requireSync(this._backing.getTransformationMatrix(), "displayWidth", "getDisplayWidth")) % 180 === 0 ? this._backing.getSquarePixelWidth() : this._backing.getSquarePixelHeight(), "displayWidth", "getDisplayWidth");
	}
	/** Returns the display height of the track's frames in pixels, after aspect ratio adjustment and rotation. */
	async getDisplayHeight() {
		const metadata = await this._backing.getMetadataDisplayHeight?.();
		if (metadata != null) return metadata;
		return await this.getRotation() % 180 === 0 ? this.getSquarePixelHeight() : this.getSquarePixelWidth();
	}
	/**
	* The display height of the track's frames in pixels, after aspect ratio adjustment and rotation.
	* @deprecated Use {@link InputVideoTrack.getDisplayHeight} instead.
	*/
	get displayHeight() {
		const metadataRaw = this._backing.getMetadataDisplayHeight?.();
		if (metadataRaw !== void 0) {
			const metadata = requireSync(metadataRaw, "displayHeight", "getDisplayHeight");
			if (metadata !== null) return metadata;
		}
		return requireSync(extractRotationFromMatrix(requireSync(this._backing.getTransformationMatrix(), "displayHeight", "getDisplayHeight")) % 180 === 0 ? this._backing.getSquarePixelHeight() : this._backing.getSquarePixelWidth(), "displayHeight", "getDisplayHeight");
	}
	/** Returns the color space of the track's samples. */
	async getColorSpace() {
		return this._backing.getColorSpace();
	}
	/** If this method returns true, the track's samples use a high dynamic range (HDR). */
	async hasHighDynamicRange() {
		const colorSpace = await this._backing.getColorSpace();
		return colorSpace.primaries === "bt2020" || colorSpace.primaries === "smpte432" || colorSpace.transfer === "pq" || colorSpace.transfer === "hlg" || colorSpace.matrix === "bt2020-ncl";
	}
	/** Checks if this track may contain transparent samples with alpha data. */
	async canBeTransparent() {
		return this._backing.canBeTransparent();
	}
	/**
	* Returns the [decoder configuration](https://www.w3.org/TR/webcodecs/#video-decoder-config) for decoding the
	* track's packets using a [`VideoDecoder`](https://developer.mozilla.org/en-US/docs/Web/API/VideoDecoder). Returns
	* null if the track's codec is unknown.
	*/
	async getDecoderConfig() {
		return this._backing.getDecoderConfig();
	}
	async getCodecParameterString() {
		const fromMetadata = await this._backing.getMetadataCodecParameterString?.();
		if (fromMetadata != null) return fromMetadata;
		return (await this._backing.getDecoderConfig())?.codec ?? null;
	}
	async canDecode() {
		try {
			const decoderConfig = await this._backing.getDecoderConfig();
			if (!decoderConfig) return false;
			const codec = await this._backing.getCodec();
			assert(codec !== null);
			if (customVideoDecoders.some((x) => x.supports(codec, decoderConfig))) return true;
			if (typeof VideoDecoder === "undefined") return false;
			return (await VideoDecoder.isConfigSupported(decoderConfig)).supported === true;
		} catch (error) {
			Logging._error("Error during decodability check:", error);
			return false;
		}
	}
	async determinePacketType(packet) {
		if (!(packet instanceof EncodedPacket)) throw new TypeError("packet must be an EncodedPacket.");
		if (packet.isMetadataOnly) throw new TypeError("packet must not be metadata-only to determine its type.");
		const codec = await this.getCodec();
		if (codec === null) return null;
		const decoderConfig = await this.getDecoderConfig();
		assert(decoderConfig);
		return determineVideoPacketType(codec, decoderConfig, packet.data);
	}
	/**
	* Computes frame rate metrics for this video track, i.e. estimates the video's frame rate. Frame rate is never
	* determined from file metadata (which is unreliable) but is always deduced directly from the actual frame
	* timestamps.
	*/
	async computeFrameRateMetrics(options = {}) {
		if (!options || typeof options !== "object") throw new TypeError("options must be an object.");
		if (options.targetPacketCount !== void 0 && (!isNumber(options.targetPacketCount) || options.targetPacketCount < 0)) throw new TypeError("options.targetPacketCount must be a non-negative number.");
		const timeResolution = await this.getTimeResolution();
		const targetPacketCount = options.targetPacketCount ?? 256;
		const sink = new EncodedPacketSink(this);
		const timestamps = [];
		let maxTimestamp = -Infinity;
		let probedPacketCount = 0;
		for await (const packet of sink.packets(void 0, void 0, { metadataOnly: true })) {
			if (timestamps.length >= targetPacketCount && packet.timestamp >= maxTimestamp) break;
			timestamps.push(packet.timestamp);
			maxTimestamp = Math.max(maxTimestamp, packet.timestamp);
			probedPacketCount++;
		}
		const ticks = new Float64Array(timestamps.length);
		for (let i = 0; i < timestamps.length; i++) ticks[i] = Math.round(timestamps[i] * timeResolution);
		ticks.sort();
		let n = 1;
		for (let i = 1; i < ticks.length; i++) if (ticks[i] !== ticks[n - 1]) ticks[n++] = ticks[i];
		if (n < 2) return {
			underlyingFrameRate: null,
			bestGuessFrameRate: timeResolution,
			minFrameRate: timeResolution,
			maxFrameRate: timeResolution,
			averageFrameRate: timeResolution,
			medianFrameRate: timeResolution,
			frameRateIsConstant: true,
			probedPacketCount
		};
		const activeTicks = ticks.subarray(0, n);
		const underlyingFrameRate = findUnderlyingFrameRate(activeTicks, timeResolution);
		const unitRate = underlyingFrameRate ?? timeResolution;
		const ticksPerFrame = underlyingFrameRate !== null ? timeResolution / underlyingFrameRate : null;
		const histogram = /* @__PURE__ */ new Map();
		let minDifference = Infinity;
		let maxDifference = -Infinity;
		let totalDifference = 0;
		for (let i = 1; i < n; i++) {
			const tickDifference = activeTicks[i] - activeTicks[i - 1];
			const difference = ticksPerFrame !== null ? Math.max(1, Math.round(tickDifference / ticksPerFrame)) : tickDifference;
			histogram.set(difference, (histogram.get(difference) ?? 0) + 1);
			minDifference = Math.min(minDifference, difference);
			maxDifference = Math.max(maxDifference, difference);
			totalDifference += difference;
		}
		const differenceCount = n - 1;
		const sortedDifferences = [...histogram.keys()].sort((a, b) => a - b);
		const middleA = differenceCount - 1 >> 1;
		const middleB = differenceCount >> 1;
		let medianDifferenceA = 0;
		let medianDifferenceB = 0;
		let cumulativeCount = 0;
		for (const difference of sortedDifferences) {
			cumulativeCount += histogram.get(difference);
			if (medianDifferenceA === 0 && cumulativeCount > middleA) medianDifferenceA = difference;
			if (cumulativeCount > middleB) {
				medianDifferenceB = difference;
				break;
			}
		}
		const medianFrameRate = (unitRate / medianDifferenceA + unitRate / medianDifferenceB) / 2;
		return {
			underlyingFrameRate,
			bestGuessFrameRate: underlyingFrameRate !== null ? underlyingFrameRate : getBestGuessFrameRate(medianFrameRate),
			minFrameRate: unitRate / maxDifference,
			maxFrameRate: unitRate / minDifference,
			averageFrameRate: unitRate * differenceCount / totalDifference,
			medianFrameRate,
			frameRateIsConstant: underlyingFrameRate !== null && minDifference === 1 && maxDifference === 1,
			probedPacketCount
		};
	}
};
/**
* Represents an audio track in an input file.
* @group Input files & tracks
* @public
*/
var InputAudioTrack = class extends InputTrack {
	/** @internal */
	constructor(input, backing) {
		super(input, backing);
	}
	get type() {
		return "audio";
	}
	/** The codec of the track's packets. */
	async getCodec() {
		return this._backing.getCodec();
	}
	/**
	* The codec of the track's packets.
	* @deprecated Use {@link InputAudioTrack.getCodec} instead.
	*/
	get codec() {
		return requireSync(this._backing.getCodec(), "codec", "getCodec");
	}
	async hasOnlyKeyPackets() {
		return await this._backing.getHasOnlyKeyPackets?.() ?? true;
	}
	/** Returns the number of audio channels in the track. */
	async getNumberOfChannels() {
		return this._backing.getNumberOfChannels();
	}
	/**
	* The number of audio channels in the track.
	* @deprecated Use {@link InputAudioTrack.getNumberOfChannels} instead.
	*/
	get numberOfChannels() {
		return requireSync(this._backing.getNumberOfChannels(), "numberOfChannels", "getNumberOfChannels");
	}
	/** Returns the track's audio sample rate in hertz. */
	async getSampleRate() {
		return this._backing.getSampleRate();
	}
	/**
	* The track's audio sample rate in hertz.
	* @deprecated Use {@link InputAudioTrack.getSampleRate} instead.
	*/
	get sampleRate() {
		return requireSync(this._backing.getSampleRate(), "sampleRate", "getSampleRate");
	}
	/**
	* Returns the [decoder configuration](https://www.w3.org/TR/webcodecs/#audio-decoder-config) for decoding the
	* track's packets using an [`AudioDecoder`](https://developer.mozilla.org/en-US/docs/Web/API/AudioDecoder). Returns
	* null if the track's codec is unknown.
	*/
	async getDecoderConfig() {
		return this._backing.getDecoderConfig();
	}
	async getCodecParameterString() {
		const fromMetadata = await this._backing.getMetadataCodecParameterString?.();
		if (fromMetadata != null) return fromMetadata;
		return (await this._backing.getDecoderConfig())?.codec ?? null;
	}
	async canDecode() {
		try {
			const decoderConfig = await this._backing.getDecoderConfig();
			if (!decoderConfig) return false;
			const codec = await this._backing.getCodec();
			assert(codec !== null);
			if (customAudioDecoders.some((x) => x.supports(codec, decoderConfig))) return true;
			if (PCM_AUDIO_CODECS.includes(decoderConfig.codec)) return true;
			else {
				if (typeof AudioDecoder === "undefined") return false;
				return (await AudioDecoder.isConfigSupported(decoderConfig)).supported === true;
			}
		} catch (error) {
			Logging._error("Error during decodability check:", error);
			return false;
		}
	}
	async determinePacketType(packet) {
		if (!(packet instanceof EncodedPacket)) throw new TypeError("packet must be an EncodedPacket.");
		if (await this.getCodec() === null) return null;
		return "key";
	}
};
/**
* Helper function for use in {@link InputTrackQuery.sortBy}, used to describe sorting tracks by a numeric property in
* descending order. `null` and `undefined` are accepted too and are last in the order (sorted to the end).
*
* @group Input files & tracks
* @public
*/
var desc = (value) => {
	return -(value ?? -Infinity);
};
/**
* Helper function for use in {@link InputTrackQuery.sortBy}, used to sort tracks by boolean properties. `true` is
* sorted to the start, `false` to the end. Useful for expressing soft preferences (e.g., "I'd prefer 1080p, but other
* resolutions are fine too") as opposed to {@link InputTrackQuery.filter} which expresses hard requirements for
* tracks.
*
* @group Input files & tracks
* @public
*/
var prefer = (value) => {
	return -value;
};
var toValidatedInputTrackQuery = (query) => {
	if (typeof query !== "object" || !query) throw new TypeError("query must be an object.");
	if (query.filter !== void 0 && typeof query.filter !== "function") throw new TypeError("query.filter, when provided, must be a function.");
	if (query.sortBy !== void 0 && typeof query.sortBy !== "function") throw new TypeError("query.sortBy, when provided, must be a function.");
	return {
		filter: query.filter ? (track) => {
			const handle = (bool) => {
				if (typeof bool !== "boolean") throw new TypeError("query.filter must return or resolve to a boolean.");
				return bool;
			};
			const result = query.filter(track);
			if (isThenable(result)) return result.then(handle);
			else return handle(result);
		} : void 0,
		sortBy: query.sortBy ? (track) => {
			const handle = (value) => {
				if (typeof value !== "number" && (!Array.isArray(value) || !value.every((x) => typeof x === "number"))) throw new TypeError("query.sortBy must return or resolve to a number or an array of numbers.");
				return value;
			};
			const result = query.sortBy(track);
			if (isThenable(result)) return result.then(handle);
			else return handle(result);
		} : void 0
	};
};
var mergeInputTrackQueries = (queryA, queryB) => {
	return {
		filter: queryA?.filter || queryB?.filter ? (track) => {
			const resultA = queryA?.filter?.(track) ?? true;
			const handleResultA = (resultA) => {
				if (resultA === false) return false;
				return queryB?.filter?.(track) ?? true;
			};
			if (isThenable(resultA)) return resultA.then(handleResultA);
			else return handleResultA(resultA);
		} : void 0,
		sortBy: queryA?.sortBy || queryB?.sortBy ? (track) => {
			const resultA = queryA?.sortBy?.(track) ?? [];
			const resultB = queryB?.sortBy?.(track) ?? [];
			const join = (resultA, resultB) => {
				return [...Array.isArray(resultA) ? resultA : [resultA], ...Array.isArray(resultB) ? resultB : [resultB]];
			};
			if (isThenable(resultA) || isThenable(resultB)) return Promise.all([resultA, resultB]).then(([resultA, resultB]) => {
				return join(resultA, resultB);
			});
			else return join(resultA, resultB);
		} : void 0
	};
};
var queryInputTracks = async (tracks, query) => {
	let matched = tracks;
	if (query?.filter) {
		const filterMatches = tracks.map((t) => query.filter(t));
		if (filterMatches.some((x) => isThenable(x))) {
			const resolvedFilterMatches = await Promise.all(filterMatches);
			matched = tracks.filter((_, i) => resolvedFilterMatches[i]);
		} else matched = tracks.filter((_, i) => filterMatches[i]);
	}
	if (!query?.sortBy) return matched;
	const sortValues = matched.map((t) => query.sortBy(t));
	const resolvedSortValues = sortValues.some((x) => isThenable(x)) ? await Promise.all(sortValues) : sortValues;
	return matched.map((track, i) => ({
		track,
		sortValue: resolvedSortValues[i]
	})).sort((a, b) => {
		const aValues = Array.isArray(a.sortValue) ? a.sortValue : [a.sortValue];
		const bValues = Array.isArray(b.sortValue) ? b.sortValue : [b.sortValue];
		const maxLength = Math.max(aValues.length, bValues.length);
		for (let i = 0; i < maxLength; i++) {
			const aValue = aValues[i] ?? 0;
			const bValue = bValues[i] ?? 0;
			if (aValue === bValue) continue;
			return aValue - bValue;
		}
		return 0;
	}).map((x) => x.track);
};
/**
* Estimates the underlying CFR-like frame rate from timestamp deltas.
*
* Each delta is modeled as an integer multiple of one frame period, allowing dropped frames and a small number of
* malformed timestamps.
*/
var findUnderlyingFrameRate = (ticks, resolution) => {
	const MAX_DENOMINATOR = 1e6;
	const MIN_INLIER_RATIO = .98;
	const DELTA_TOLERANCE = 1 + 1e-9;
	const MAX_EFFECTIVE_FRAME_SPAN = 1e3;
	const KNOWN_FRAME_RATES = [
		12,
		15,
		20,
		24e3 / 1001,
		24,
		25,
		3e4 / 1001,
		30,
		48,
		50,
		6e4 / 1001,
		60,
		100,
		12e4 / 1001,
		120,
		144,
		240
	];
	if (ticks.length < 2) return null;
	const gaps = new Float64Array(ticks.length - 1);
	for (let i = 1; i < ticks.length; i++) {
		const gap = ticks[i] - ticks[i - 1];
		if (!(gap > 0)) return null;
		gaps[i - 1] = gap;
	}
	const sortedGaps = gaps.slice();
	sortedGaps.sort();
	let period = sortedGaps[Math.floor(sortedGaps.length * .05)];
	for (let iteration = 0; iteration < 6; iteration++) {
		let totalTicks = 0;
		let totalFrames = 0;
		for (const gap of gaps) {
			const multiple = Math.max(1, Math.round(gap / period));
			if (Math.abs(gap - multiple * period) >= DELTA_TOLERANCE) continue;
			totalTicks += gap;
			totalFrames += multiple;
		}
		if (totalFrames === 0) return null;
		const refinedPeriod = totalTicks / totalFrames;
		if (Math.abs(refinedPeriod - period) <= 1e-12 * Math.max(1, period)) {
			period = refinedPeriod;
			break;
		}
		period = refinedPeriod;
	}
	let inlierCount = 0;
	let totalTicks = 0;
	let totalFrames = 0;
	for (const gap of gaps) {
		const multiple = Math.max(1, Math.round(gap / period));
		if (Math.abs(gap - multiple * period) >= DELTA_TOLERANCE) continue;
		inlierCount++;
		totalTicks += gap;
		totalFrames += multiple;
	}
	if (inlierCount / gaps.length < MIN_INLIER_RATIO) return null;
	period = totalTicks / totalFrames;
	const uncertainty = 1 / Math.min(totalFrames, MAX_EFFECTIVE_FRAME_SPAN);
	const periodLo = Math.max(Number.EPSILON, period - uncertainty);
	const periodHi = period + uncertainty;
	const fpsLo = resolution / periodHi;
	const fpsHi = resolution / periodLo;
	const fittedFps = resolution / period;
	let fps = null;
	let bestKnownError = Infinity;
	for (const candidate of KNOWN_FRAME_RATES) {
		if (candidate < fpsLo || candidate > fpsHi) continue;
		const error = Math.abs(candidate / fittedFps - 1);
		if (error < bestKnownError) {
			fps = candidate;
			bestKnownError = error;
		}
	}
	if (fps === null) {
		const periodFraction = simplestFractionBetween(periodLo, periodHi, MAX_DENOMINATOR);
		const fpsFraction = simplestFractionBetween(fpsLo, fpsHi, MAX_DENOMINATOR);
		if (fpsFraction && (!periodFraction || fpsFraction.den < periodFraction.den || fpsFraction.den === periodFraction.den && fpsFraction.num <= periodFraction.num)) fps = fpsFraction.num / fpsFraction.den;
		else if (periodFraction) fps = resolution * periodFraction.den / periodFraction.num;
		else return null;
	}
	const finalPeriod = resolution / fps;
	let finalInlierCount = 0;
	for (const gap of gaps) {
		const multiple = Math.max(1, Math.round(gap / finalPeriod));
		if (Math.abs(gap - multiple * finalPeriod) < DELTA_TOLERANCE) finalInlierCount++;
	}
	if (finalInlierCount / gaps.length < MIN_INLIER_RATIO) return null;
	return fps;
};
var simplestFractionBetween = (lo, hi, maxDenominator) => {
	for (let den = 1; den <= maxDenominator; den++) {
		const num = Math.floor(lo * den) + 1;
		if (num / den < hi) return simplifyRational({
			num,
			den
		});
	}
	return null;
};
var getBestGuessFrameRate = (frameRate) => {
	const SPECIAL_FRAME_RATES = [
		24 / 1.001,
		30 / 1.001,
		60 / 1.001,
		120 / 1.001
	];
	const COMMON_FRAME_RATES = [
		12,
		15,
		20,
		24,
		25,
		30,
		48,
		50,
		60,
		100,
		120,
		144,
		240
	];
	const SPECIAL_TOLERANCE = 5e-4;
	const COMMON_TOLERANCE = .025;
	for (const candidate of SPECIAL_FRAME_RATES) if (Math.abs(candidate / frameRate - 1) <= SPECIAL_TOLERANCE) return candidate;
	let best = frameRate;
	let bestError = Infinity;
	for (const candidate of COMMON_FRAME_RATES) {
		const error = Math.abs(candidate / frameRate - 1);
		if (error <= COMMON_TOLERANCE && error < bestError) {
			best = candidate;
			bestError = error;
		}
	}
	return best;
};
// node_modules/mediabunny/dist/modules/src/input.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
polyfillSymbolDispose();
/**
* Represents input media, backed by a single file or multiple files depending on the format.
*
* This is the root object from which all media read operations start.
* @group Input files & tracks
* @public
*/
var Input = class Input extends EventEmitter {
	/** True if the input has been disposed. */
	get disposed() {
		return this._disposed;
	}
	/**
	* Creates a new input file from the specified options. No reading operations will be performed until methods are
	* called on this instance.
	*/
	constructor(options) {
		super();
		/** @internal */
		this._demuxerPromise = null;
		/** @internal */
		this._format = null;
		/** @internal */
		this._trackBackingsCache = null;
		/** @internal */
		this._backingToTrack = /* @__PURE__ */ new Map();
		/** @internal */
		this._disposed = false;
		/** @internal */
		this._nextSourceCacheAge = 0;
		/** @internal */
		this._sourceRefs = [];
		/** @internal */
		this._sourceCache = [];
		/** @internal */
		this._sourceCachePromises = [];
		/** @internal */
		this._onFormatDetermined = null;
		if (!options || typeof options !== "object") throw new TypeError("options must be an object.");
		if (!Array.isArray(options.formats) || options.formats.some((x) => !(x instanceof InputFormat))) throw new TypeError("options.formats must be an array of InputFormat.");
		if (!(options.source instanceof Source || options.source instanceof SourceRef)) throw new TypeError("options.source must be a Source or SourceRef.");
		if (options.source instanceof Source && options.source._disposed) throw new TypeError("options.source must not be a disposed Source.");
		if (options.initInput !== void 0 && !(options.initInput instanceof Input)) throw new TypeError("options.initInput, when provided, must be an Input.");
		if (options.formatOptions !== void 0) validateInputFormatOptions(options.formatOptions, "formatOptions");
		this._formats = options.formats;
		this._initInput = options.initInput ?? null;
		this._formatOptions = options.formatOptions ?? {};
		if (options.source instanceof Source) this._rootRef = options.source.ref();
		else this._rootRef = options.source;
		this._sourceRefs.push(this._rootRef);
	}
	/** @internal */
	get _rootSource() {
		return this._rootRef.source;
	}
	/** @internal */
	async _getSourceUncached(request) {
		assert(this._rootSource instanceof PathedSource);
		const ref = await this._rootSource._resolveRequest(request);
		this._emit("source", {
			source: ref.source,
			request,
			isRoot: request.isRoot
		});
		return ref;
	}
	/** @internal */
	_getSourceCached(request, cacheGroup = 1) {
		const cachedEntry = this._sourceCache.find((x) => x.cacheGroup === cacheGroup && sourceRequestsAreEqual(x.request, request));
		if (cachedEntry) {
			cachedEntry.age++;
			return Promise.resolve(cachedEntry.sourceRef.source.ref());
		}
		const cachedPromiseEntry = this._sourceCachePromises.find((x) => x.cacheGroup === cacheGroup && sourceRequestsAreEqual(x.request, request));
		if (cachedPromiseEntry) return cachedPromiseEntry.promise.then((x) => x.sourceRef.source.ref());
		const promise = (async () => {
			const sourceRef = await this._getSourceUncached(request);
			if (arrayCount(this._sourceCache, (x) => x.cacheGroup === cacheGroup && x.sourceRef.source._refCount === 1) >= 4) {
				const minAgeIndex = arrayArgmin(this._sourceCache, (x) => x.cacheGroup === cacheGroup && x.sourceRef.source._refCount === 1 ? x.age : Infinity);
				assert(minAgeIndex !== -1);
				const entry = this._sourceCache[minAgeIndex];
				this._sourceCache.splice(minAgeIndex, 1);
				entry.sourceRef.free();
				removeItem(this._sourceRefs, entry.sourceRef);
			}
			this._sourceRefs.push(sourceRef);
			const promiseIndex = this._sourceCachePromises.findIndex((x) => x.request === request);
			assert(promiseIndex !== -1);
			this._sourceCachePromises.splice(promiseIndex, 1);
			return {
				request,
				sourceRef,
				age: this._nextSourceCacheAge++,
				cacheGroup
			};
		})();
		this._sourceCachePromises.push({
			request,
			cacheGroup,
			promise
		});
		return promise.then((entry) => {
			const ref = entry.sourceRef.source.ref();
			this._sourceCache.push(entry);
			return ref;
		});
	}
	/** @internal */
	_getDemuxer() {
		return this._demuxerPromise ??= (async () => {
			this._reader = new Reader(this._rootSource);
			this._emit("source", {
				source: this._rootSource,
				request: null,
				isRoot: true
			});
			for (const format of this._formats) if (await format._canReadInput(this)) {
				this._format = format;
				this._onFormatDetermined?.(format);
				return format._createDemuxer(this);
			}
			throw new UnsupportedInputFormatError();
		})();
	}
	/**
	* Returns the source from which this input file reads data for the root path.
	*/
	get source() {
		return this._rootSource;
	}
	/**
	* Returns the format of the input file. You can compare this result directly to the {@link InputFormat} singletons
	* or use `instanceof` checks for subset-aware logic (for example, `format instanceof MatroskaInputFormat` is true
	* for both MKV and WebM).
	*/
	async getFormat() {
		await this._getDemuxer();
		assert(this._format);
		return this._format;
	}
	/** Returns `true` if the format of the input file is known and the file can be read, `false` otherwise. */
	async canRead() {
		try {
			await this._getDemuxer();
			return true;
		} catch (error) {
			if (error instanceof UnsupportedInputFormatError) return false;
			throw error;
		}
	}
	/**
	* Returns the timestamp at which the input file starts. More precisely, returns the smallest starting timestamp
	* among all tracks.
	*
	* Optionally, you can pass in the list of tracks for which you want to compute the starting timestamp.
	*
	* Note that this method is potentially expensive for inputs with many tracks (such as HLS manifests), since it
	* probes every track.
	*/
	async getFirstTimestamp(tracks) {
		tracks ??= await this.getTracks();
		const filtered = tracks.filter((x) => x !== null);
		if (filtered.length === 0) return 0;
		const firstPackets = await Promise.all(filtered.map((x) => x._backing.getFirstPacket({ metadataOnly: true })));
		const result = Math.min(...firstPackets.map((x) => x?.timestamp ?? Infinity));
		return result === Infinity ? 0 : result;
	}
	/**
	* Computes the duration of the input file, in seconds. More precisely, returns the largest end timestamp among
	* all tracks.
	*
	* Optionally, you can pass in the list of tracks for which you want to compute the duration.
	*
	* This method can be potentially expensive depending on the underlying file format, because it returns the most
	* accurate duration possible and must check all tracks. Use {@link Input.getDurationFromMetadata} for a faster but
	* less accurate estimate of duration.
	*
	* By default, when any track in the underlying media is live, this method will only resolve once the live stream
	* ends. If you want to query the current duration of the media, set {@link PacketRetrievalOptions.skipLiveWait}
	* to `true` in the options.
	*/
	async computeDuration(tracks, options) {
		tracks ??= await this.getTracks();
		const filtered = tracks.filter((x) => x !== null);
		if (filtered.length === 0) return 0;
		const tracksDurations = await Promise.all(filtered.map((x) => x.computeDuration(options)));
		return Math.max(...tracksDurations);
	}
	/**
	* Gets the duration (end timestamp) in seconds of the input file from metadata stored in the file. This value may
	* be approximate or diverge from the actual, precise duration returned by `.computeDuration()`, but compared to
	* that method, this method is cheaper. When the duration cannot be determined from the file metadata, `null`
	* is returned.
	*
	* Optionally, you can pass in the list of tracks for which you want to get the duration from metadata.
	*
	* By default, when the underlying media is live, this method will only resolve once the live stream
	* ends. If you want to query the current duration of the media, set
	* {@link DurationMetadataRequestOptions.skipLiveWait} to `true` in the options.
	*/
	async getDurationFromMetadata(tracks, options) {
		tracks ??= await this.getTracks();
		const filtered = tracks.filter((x) => x !== null);
		const nonNullDurations = (await Promise.all(filtered.map((x) => x.getDurationFromMetadata(options)))).filter((x) => x !== null);
		if (nonNullDurations.length === 0) return null;
		return Math.max(...nonNullDurations);
	}
	/**
	* Returns the list of all tracks of this input file in the order in which they appear in the file. An optional
	* query can be provided.
	*/
	async getTracks(query) {
		query &&= toValidatedInputTrackQuery(query);
		return queryInputTracks((await this._getTrackBackings()).map((backing) => this._wrapBackingAsTrack(backing)), query);
	}
	/** Returns the list of all video tracks of this input file. An optional query can be provided. */
	async getVideoTracks(query) {
		query &&= toValidatedInputTrackQuery(query);
		return queryInputTracks((await this.getTracks()).filter((x) => x.isVideoTrack()), query);
	}
	/** Returns the list of all audio tracks of this input file. An optional query can be provided. */
	async getAudioTracks(query) {
		query &&= toValidatedInputTrackQuery(query);
		return queryInputTracks((await this.getTracks()).filter((x) => x.isAudioTrack()), query);
	}
	/**
	* Returns the primary video track of this input file, or null if there are no video tracks.
	*
	* Multiple factors determine which track is considered primary, including its position in the file, disposition,
	* bitrate (higher bitrate is preferred), and if it can be paired with an audio track.
	*/
	async getPrimaryVideoTrack(query) {
		query &&= toValidatedInputTrackQuery(query);
		const merged = mergeInputTrackQueries(query, { sortBy: async (t) => [
			prefer((await t.getDisposition()).default),
			prefer(await t.hasPairableAudioTrack()),
			prefer(!await t.hasOnlyKeyPackets()),
			desc(await t.getBitrate())
		] });
		return (await this.getVideoTracks(merged))[0] ?? null;
	}
	/**
	* Returns the primary audio track of this input file, or null if there are no audio tracks.
	*
	* Multiple factors determine which track is considered primary, including its position in the file, disposition,
	* bitrate (higher bitrate is preferred), and if it can be paired with the primary video track.
	*/
	async getPrimaryAudioTrack(query) {
		query &&= toValidatedInputTrackQuery(query);
		const primaryVideoTrack = await this.getPrimaryVideoTrack();
		const merged = mergeInputTrackQueries(query, { sortBy: async (t) => [
			prefer(!primaryVideoTrack || t.canBePairedWith(primaryVideoTrack)),
			prefer((await t.getDisposition()).default),
			desc(await t.getBitrate())
		] });
		return (await this.getAudioTracks(merged))[0] ?? null;
	}
	/** @internal */
	async _getTrackBackings() {
		const demuxer = await this._getDemuxer();
		return this._trackBackingsCache ??= await demuxer.getTrackBackings();
	}
	/** @internal */
	_wrapBackingAsTrack(backing) {
		const existing = this._backingToTrack.get(backing);
		if (existing) return existing;
		const track = backing.getType() === "video" ? new InputVideoTrack(this, backing) : new InputAudioTrack(this, backing);
		this._backingToTrack.set(backing, track);
		return track;
	}
	/** Returns the full MIME type of this input file, including track codecs. */
	async getMimeType() {
		return (await this._getDemuxer()).getMimeType();
	}
	/**
	* Returns descriptive metadata tags about the media file, such as title, author, date, cover art, or other
	* attached files.
	*/
	async getMetadataTags() {
		return (await this._getDemuxer()).getMetadataTags();
	}
	/**
	* Disposes this input and frees connected resources. When an input is disposed, ongoing read operations will be
	* canceled, all future read operations will fail, any open decoders will be closed, and all ongoing media sink
	* operations will be canceled. Disallowed and canceled operations will throw an {@link InputDisposedError}.
	*
	* You are expected not to use an input after disposing it. While some operations may still work, it is not
	* specified and may change in any future update.
	*/
	dispose() {
		if (this._disposed) return;
		this._disposed = true;
		for (const ref of this._sourceRefs) ref.free();
		this._sourceRefs.length = 0;
		if (this._demuxerPromise) this._demuxerPromise.then((demuxer) => demuxer.dispose()).catch(() => {});
	}
	/**
	* Calls `.dispose()` on the input, implementing the `Disposable` interface for use with
	* JavaScript Explicit Resource Management features.
	*/
	[Symbol.dispose]() {
		this.dispose();
	}
};
/**
* Thrown when trying to operate on an input that has an unsupported or unrecognizable format.
* @group Input files & tracks
* @public
*/
var UnsupportedInputFormatError = class extends Error {
	/** Creates a new {@link UnsupportedInputFormatError}. */
	constructor(message = "Input has an unsupported or unrecognizable format.") {
		super(message);
		this.name = "UnsupportedInputFormatError";
	}
};
/**
* Thrown when an operation was prevented because the corresponding {@link Input} has been disposed.
* @group Input files & tracks
* @public
*/
var InputDisposedError = class extends Error {
	/** Creates a new {@link InputDisposedError}. */
	constructor(message = "Input has been disposed.") {
		super(message);
		this.name = "InputDisposedError";
	}
};
// node_modules/mediabunny/dist/modules/src/reader.js
/*!
* Copyright (c) 2026-present, Vanilagy and contributors
*
* This Source Code Form is subject to the terms of the Mozilla Public
* License, v. 2.0. If a copy of the MPL was not distributed with this
* file, You can obtain one at https://mozilla.org/MPL/2.0/.
*/
var Reader = class {
	constructor(source) {
		this.source = source;
	}
	get fileSize() {
		const size = this.source._getFileSize();
		if (size === void 0) throw new Error("Reading file size too early; read required first.");
		return size;
	}
	get fileSizeNonStrict() {
		return this.source._getFileSize() ?? null;
	}
	requestSlice(start, length) {
		if (this.source._disposed) throw new InputDisposedError();
		if (start < 0) return null;
		if (this.fileSizeNonStrict !== null && start + length > this.fileSizeNonStrict) return null;
		if (length === 0) {
			const buffer = /* @__PURE__ */ new Uint8Array(0);
			return new FileSlice(buffer, toDataView(buffer), 0, start, start);
		}
		const end = start + length;
		const result = this.source._read(start, end, 0, DEFAULT_MAX_READ_POSITION);
		if (isThenable(result)) return result.then((x) => {
			if (!x) return null;
			return new FileSlice(x.bytes, x.view, x.offset, start, end);
		});
		else {
			if (!result) return null;
			return new FileSlice(result.bytes, result.view, result.offset, start, end);
		}
	}
	requestSliceRange(start, minLength, maxLength) {
		if (this.source._disposed) throw new InputDisposedError();
		if (start < 0) return null;
		if (this.fileSizeNonStrict !== null) return this.requestSlice(start, clamp(this.fileSizeNonStrict - start, minLength, maxLength));
		else {
			const promisedAttempt = this.requestSlice(start, maxLength);
			const handleAttempt = (attempt) => {
				if (attempt) return attempt;
				assert(this.fileSizeNonStrict !== null);
				return this.requestSlice(start, clamp(this.fileSizeNonStrict - start, minLength, maxLength));
			};
			if (isThenable(promisedAttempt)) return promisedAttempt.then(handleAttempt);
			else return handleAttempt(promisedAttempt);
		}
	}
	requestEntireFile() {
		if (this.fileSizeNonStrict !== null) return this.requestSlice(0, this.fileSizeNonStrict);
		const CHUNK_SIZE = 1024;
		return (async () => {
			const chunks = [];
			let currentSize = 0;
			while (true) {
				if (chunks.length === 1 && this.fileSizeNonStrict !== null) return this.requestSlice(0, this.fileSizeNonStrict);
				let slice = this.requestSliceRange(currentSize, 0, CHUNK_SIZE);
				if (isThenable(slice)) slice = await slice;
				if (!slice || slice.length === 0) break;
				const chunk = readBytes(slice, slice.length);
				chunks.push(chunk);
				currentSize += slice.length;
			}
			const joined = new Uint8Array(currentSize);
			let offset = 0;
			for (const chunk of chunks) {
				joined.set(chunk, offset);
				offset += chunk.length;
			}
			return new FileSlice(joined, toDataView(joined), 0, 0, currentSize);
		})();
	}
};
var FileSlice = class FileSlice {
	constructor(bytes, view, offset, start, end) {
		this.bytes = bytes;
		this.view = view;
		this.offset = offset;
		this.start = start;
		this.end = end;
		this.bufferPos = start - offset;
	}
	static tempFromBytes(bytes) {
		return new FileSlice(bytes, toDataView(bytes), 0, 0, bytes.length);
	}
	get length() {
		return this.end - this.start;
	}
	get filePos() {
		return this.offset + this.bufferPos;
	}
	set filePos(value) {
		this.bufferPos = value - this.offset;
	}
	/** The number of bytes left from the current pos to the end of the slice. */
	get remainingLength() {
		return Math.max(this.end - this.filePos, 0);
	}
	skip(byteCount) {
		this.bufferPos += byteCount;
	}
	/** Creates a new subslice of this slice whose byte range must be contained within this slice. */
	slice(filePos, length = this.end - filePos) {
		if (filePos < this.start || filePos + length > this.end) throw new RangeError("Slicing outside of original slice.");
		return new FileSlice(this.bytes, this.view, this.offset, filePos, filePos + length);
	}
};
var checkIsInRange = (slice, bytesToRead) => {
	if (slice.filePos < slice.start || slice.filePos + bytesToRead > slice.end) throw new RangeError(`Tried reading [${slice.filePos}, ${slice.filePos + bytesToRead}), but slice is [${slice.start}, ${slice.end}). This is likely an internal error, please report it alongside the file that caused it.`);
};
var readBytes = (slice, length) => {
	checkIsInRange(slice, length);
	const bytes = slice.bytes.subarray(slice.bufferPos, slice.bufferPos + length);
	slice.bufferPos += length;
	return bytes;
};
var readU8 = (slice) => {
	checkIsInRange(slice, 1);
	return slice.view.getUint8(slice.bufferPos++);
};
var readU16Be = (slice) => {
	checkIsInRange(slice, 2);
	const value = slice.view.getUint16(slice.bufferPos, false);
	slice.bufferPos += 2;
	return value;
};
var readU24Be = (slice) => {
	checkIsInRange(slice, 3);
	const value = getUint24(slice.view, slice.bufferPos, false);
	slice.bufferPos += 3;
	return value;
};
var readI16Be = (slice) => {
	checkIsInRange(slice, 2);
	const value = slice.view.getInt16(slice.bufferPos, false);
	slice.bufferPos += 2;
	return value;
};
var readU32Be = (slice) => {
	checkIsInRange(slice, 4);
	const value = slice.view.getUint32(slice.bufferPos, false);
	slice.bufferPos += 4;
	return value;
};
var readI32Be = (slice) => {
	checkIsInRange(slice, 4);
	const value = slice.view.getInt32(slice.bufferPos, false);
	slice.bufferPos += 4;
	return value;
};
var readU64Be = (slice) => {
	const high = readU32Be(slice);
	const low = readU32Be(slice);
	return high * 4294967296 + low;
};
var readI64Be = (slice) => {
	const high = readI32Be(slice);
	const low = readU32Be(slice);
	return high * 4294967296 + low;
};
var readF32Be = (slice) => {
	checkIsInRange(slice, 4);
	const value = slice.view.getFloat32(slice.bufferPos, false);
	slice.bufferPos += 4;
	return value;
};
var readF64Be = (slice) => {
	checkIsInRange(slice, 8);
	const value = slice.view.getFloat64(slice.bufferPos, false);
	slice.bufferPos += 8;
	return value;
};
var readAscii = (slice, length) => {
	checkIsInRange(slice, length);
	let str = "";
	for (let i = 0; i < length; i++) str += String.fromCharCode(slice.bytes[slice.bufferPos++]);
	return str;
};
// src/live/liveTriangulate.ts
/** Camera names compared loosely: "cam_01", "Cam01" and "cam1" are the same camera. */
var cameraKey = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/0+(\d)/g, "$1");
/**
* The calibration's cameras for the live cameras, in rig order, and the live cameras it lacks. Throws
* a UserError when fewer than two live cameras are calibrated.
*/
function matchRig(rig, liveCameras, file = "calibration.toml") {
	const cams = [], names = [], missing = [];
	for (const live of liveCameras) {
		const c = rig.cameras.find((k) => cameraKey(k.name) === cameraKey(live));
		if (c) {
			cams.push(c);
			names.push(live);
		} else missing.push(live);
	}
	if (cams.length < 2) throw new UserError(`${file} calibrates ${rig.cameras.map((c) => c.name).join(", ")} but the live cameras are ${liveCameras.join(", ")}: at least 2 must match by name; choose the calibration of these cameras or rename them`);
	return {
		rig: {
			...rig,
			cameras: cams
		},
		cameras: names,
		missing
	};
}
/** One 3D frame ([x, y, z] per joint, metres, NaN where missing) from one view per rig camera (in rig order). */
function triangulateLiveFrame(views, rig) {
	const seqs = views.map((v) => ({
		camera: v.camera,
		layout: v.layout,
		imageWidth: v.width,
		imageHeight: v.height,
		fps: 30,
		frames: 1,
		persons: 1,
		joints: v.keypoints.length / 3,
		data: v.keypoints,
		trackIds: new Int32Array([0]),
		timestampsMs: new Float64Array([v.frameMs]),
		model: "live"
	}));
	const r = triangulate(seqs, rig, {
		max_gap_frames: 0,
		fix_left_right_swaps: true
	});
	return {
		xyz: Float64Array.from(r.points.data),
		usedObservations: r.stats.usedObservations
	};
}
// src/live/poseFeatures.ts
var DEG = 180 / Math.PI;
/** Angle at b between a−b and c−b, degrees (NaN when any point is missing or degenerate). */
function angleAt(a, b, c) {
	if (!a || !b || !c) return NaN;
	let dot = 0, na = 0, nc = 0;
	for (let i = 0; i < a.length; i++) {
		const u = a[i] - b[i], v = c[i] - b[i];
		dot += u * v;
		na += u * u;
		nc += v * v;
	}
	if (!(na > 0 && nc > 0)) return NaN;
	return Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(na * nc)))) * DEG;
}
function angleBetween(u, v) {
	let dot = 0, nu = 0, nv = 0;
	for (let i = 0; i < u.length; i++) {
		dot += u[i] * v[i];
		nu += u[i] * u[i];
		nv += v[i] * v[i];
	}
	if (!(nu > 0 && nv > 0)) return NaN;
	return Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(nu * nv)))) * DEG;
}
var mid = (a, b) => a && b ? a.map((x, i) => (x + b[i]) / 2) : void 0;
/**
* The coaching measures of one person in one frame. `keypoints` is laid out per joint as
* [x, y, score] (dims 2) or [x, y, z] (dims 3), in `layout`'s keypoint order.
*/
function poseFeatures(keypoints, layout, opts = {}) {
	const L = getLayout(layout);
	const dims = opts.dims ?? 2;
	const stride = 3;
	const minScore = opts.minScore ?? .3;
	const up = opts.up ?? (dims === 2 ? [0, -1] : [
		0,
		0,
		1
	]);
	const get = (name) => {
		const j = L.indexOf.get(name);
		if (j === void 0) return void 0;
		const o = j * stride;
		const p = dims === 2 ? [keypoints[o], keypoints[o + 1]] : [
			keypoints[o],
			keypoints[o + 1],
			keypoints[o + 2]
		];
		if (!p.every(Number.isFinite)) return void 0;
		if (dims === 2 && !(keypoints[o + 2] >= minScore)) return void 0;
		return p;
	};
	const [ls, rs, le, re, lw, rw, lh, rh, lk, rk, la, ra] = [
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
	].map(get);
	const flex = (a, b, c) => 180 - angleAt(a, b, c);
	const midHip = mid(lh, rh), midShoulder = mid(ls, rs);
	const trunkLeanDeg = midHip && midShoulder ? angleBetween(midShoulder.map((x, i) => x - midHip[i]), up) : NaN;
	const line = [flex(ls, lh, la), flex(rs, rh, ra)].filter(Number.isFinite);
	const n = Math.hypot(...up);
	const horizontalPart = (d) => {
		const along = d.reduce((s, x, i) => s + x * up[i] / n, 0);
		return d.map((x, i) => x - along * up[i] / n);
	};
	const lateral = lh && rh ? horizontalPart(rh.map((x, i) => x - lh[i])) : void 0;
	const lateralNorm = lateral ? Math.hypot(...lateral) : 0;
	const spacing = (a, b) => {
		if (!a || !b || !lateral || !(lateralNorm > 0)) return NaN;
		return Math.abs(b.reduce((s, x, i) => s + (x - a[i]) * lateral[i] / lateralNorm, 0));
	};
	const cam = opts.cameraAxis;
	const ankleGap = !cam || !lateral || Math.abs(lateral.reduce((s, x, i) => s + x * cam[i], 0)) <= Math.SQRT1_2 * lateralNorm * Math.hypot(...cam) ? spacing(la, ra) : NaN;
	return {
		leftKneeFlexionDeg: flex(lh, lk, la),
		rightKneeFlexionDeg: flex(rh, rk, ra),
		leftHipFlexionDeg: flex(ls, lh, lk),
		rightHipFlexionDeg: flex(rs, rh, rk),
		leftElbowFlexionDeg: flex(ls, le, lw),
		rightElbowFlexionDeg: flex(rs, re, rw),
		leftArmRaiseDeg: angleAt(le, ls, lh),
		rightArmRaiseDeg: angleAt(re, rs, rh),
		trunkLeanDeg,
		bodyLineDeg: line.length ? line.reduce((s, x) => s + x, 0) / line.length : NaN,
		kneeValgusRatio: ankleGap > 0 ? spacing(lk, rk) / ankleGap : NaN
	};
}
// src/live/repCounter.ts
var EXERCISE_NAMES = [
	"squat",
	"push-up",
	"lunge",
	"jumping-jack"
];
var mean2 = (a, b) => Number.isFinite(a) && Number.isFinite(b) ? (a + b) / 2 : Number.isFinite(a) ? a : b;
var max2 = (a, b) => Number.isFinite(a) && Number.isFinite(b) ? Math.max(a, b) : Number.isFinite(a) ? a : b;
var EXERCISES = {
	squat: {
		name: "squat",
		signalName: "knee flexion (mean of both knees)",
		signal: (f) => mean2(f.leftKneeFlexionDeg, f.rightKneeFlexionDeg),
		enterDeg: 50,
		exitDeg: 25,
		minRepS: .6,
		cues: [
			{
				id: "depth",
				message: "depth not reached: bend the knees to at least 90°",
				test: (r) => r.peakDeg < 90
			},
			{
				id: "knee-valgus",
				message: "knees caving in: keep the knees over the feet (knee spacing under 80% of ankle spacing)",
				test: (r) => r.minKneeValgusRatio < .8
			},
			{
				id: "trunk-lean",
				message: "chest up: trunk leaned more than 50° at the bottom",
				test: (r) => r.maxTrunkLeanDeg > 50
			}
		]
	},
	"push-up": {
		name: "push-up",
		signalName: "elbow flexion (mean of both elbows)",
		signal: (f) => mean2(f.leftElbowFlexionDeg, f.rightElbowFlexionDeg),
		enterDeg: 45,
		exitDeg: 25,
		minRepS: .5,
		cues: [{
			id: "depth",
			message: "go lower: bend the elbows to at least 80°",
			test: (r) => r.peakDeg < 80
		}, {
			id: "body-line",
			message: "keep a straight line: hips sagging or piking by more than 20°",
			test: (r) => r.maxBodyLineDeg > 20
		}]
	},
	lunge: {
		name: "lunge",
		signalName: "knee flexion (the more bent knee)",
		signal: (f) => max2(f.leftKneeFlexionDeg, f.rightKneeFlexionDeg),
		enterDeg: 50,
		exitDeg: 25,
		minRepS: .6,
		cues: [{
			id: "depth",
			message: "lunge deeper: bend the front knee to at least 80°",
			test: (r) => r.peakDeg < 80
		}, {
			id: "trunk-lean",
			message: "stay upright: trunk leaned more than 25°",
			test: (r) => r.maxTrunkLeanDeg > 25
		}]
	},
	"jumping-jack": {
		name: "jumping-jack",
		signalName: "arm raise (mean of both arms)",
		signal: (f) => mean2(f.leftArmRaiseDeg, f.rightArmRaiseDeg),
		enterDeg: 100,
		exitDeg: 45,
		minRepS: .3,
		cues: [{
			id: "arms-overhead",
			message: "arms all the way up: raise them to at least 150°",
			test: (r) => r.peakDeg < 150
		}]
	}
};
function initialRepCounterState(exercise) {
	if (!EXERCISES[exercise]) throw new Error(`unknown exercise "${exercise}"; choose one of ${EXERCISE_NAMES.join(", ")}`);
	return {
		exercise,
		phase: "up",
		reps: [],
		lastUpMs: NaN,
		current: freshRep(NaN),
		lastDeg: NaN,
		restMinDeg: Infinity
	};
}
function freshRep(startMs) {
	return {
		startMs,
		peakDeg: -Infinity,
		bottomMs: NaN,
		minDeg: Infinity,
		minKneeValgusRatio: NaN,
		maxTrunkLeanDeg: NaN,
		maxBodyLineDeg: NaN
	};
}
var nanMin = (a, b) => Number.isFinite(b) ? Number.isFinite(a) ? Math.min(a, b) : b : a;
var nanMax = (a, b) => Number.isFinite(b) ? Number.isFinite(a) ? Math.max(a, b) : b : a;
/** The state after one frame (the input state is not changed). Frames whose angle is missing are skipped. */
function stepRepCounter(state, timestampMs, features) {
	const spec = EXERCISES[state.exercise];
	const deg = spec.signal(features);
	if (!Number.isFinite(deg)) return {
		...state,
		lastDeg: NaN
	};
	const s = {
		...state,
		lastDeg: deg,
		current: { ...state.current }
	};
	if (s.phase === "up") {
		if (deg < spec.exitDeg || !Number.isFinite(s.lastUpMs)) s.lastUpMs = timestampMs;
		s.restMinDeg = Math.min(s.restMinDeg, deg);
		if (deg > spec.enterDeg) {
			s.phase = "down";
			s.current = freshRep(s.lastUpMs);
			s.current.minDeg = s.restMinDeg;
			return stepInRep(s, spec, timestampMs, deg, features);
		}
		return s;
	}
	stepInRep(s, spec, timestampMs, deg, features);
	if (deg < spec.exitDeg) {
		const cur = s.current;
		s.phase = "up";
		s.lastUpMs = timestampMs;
		s.restMinDeg = deg;
		if ((timestampMs - cur.startMs) / 1e3 >= spec.minRepS) {
			const summary = {
				peakDeg: cur.peakDeg,
				minKneeValgusRatio: cur.minKneeValgusRatio,
				maxTrunkLeanDeg: cur.maxTrunkLeanDeg,
				maxBodyLineDeg: cur.maxBodyLineDeg
			};
			s.reps = [...s.reps, {
				index: s.reps.length + 1,
				...summary,
				startMs: cur.startMs,
				bottomMs: cur.bottomMs,
				endMs: timestampMs,
				rangeDeg: cur.peakDeg - Math.min(cur.minDeg, deg),
				downS: (cur.bottomMs - cur.startMs) / 1e3,
				upS: (timestampMs - cur.bottomMs) / 1e3,
				cues: spec.cues.filter((q) => q.test(summary)).map((q) => q.id)
			}];
		}
	}
	return s;
}
function stepInRep(s, spec, t, deg, f) {
	const c = s.current;
	if (deg > c.peakDeg) {
		c.peakDeg = deg;
		c.bottomMs = t;
	}
	c.minDeg = Math.min(c.minDeg, deg);
	if (deg > spec.enterDeg) {
		c.minKneeValgusRatio = nanMin(c.minKneeValgusRatio, f.kneeValgusRatio);
		c.maxTrunkLeanDeg = nanMax(c.maxTrunkLeanDeg, f.trunkLeanDeg);
	}
	c.maxBodyLineDeg = nanMax(c.maxBodyLineDeg, f.bodyLineDeg);
	return s;
}
/** The cue messages of an exercise by id. */
function cueMessage(exercise, id) {
	return EXERCISES[exercise].cues.find((c) => c.id === id)?.message ?? id;
}
// src/live/take.ts
/** The sidecar of one camera: one line per frame, CSV with a header. */
function formatFrameTimesCsv(cam) {
	const lines = ["frame,time_ms,media_time_s,presented_frames"];
	cam.frames.forEach((f, i) => lines.push(`${i},${f.timeMs.toFixed(3)},${f.mediaTimeS.toFixed(6)},${f.presentedFrames}`));
	return `${lines.join("\n")}\n`;
}
/** The take's summary file (take.json). */
function formatTakeJson(take) {
	const cameras = Object.fromEntries(take.cameras.map((c) => [c.camera, {
		label: c.label,
		video: `videos/${c.videoFile}`,
		frame_times: `videos/${sidecarName(c)}`,
		mime_type: c.mimeType,
		bytes: c.bytes,
		frames: c.frames.length,
		first_frame_ms: c.frames[0]?.timeMs ?? null,
		last_frame_ms: c.frames.at(-1)?.timeMs ?? null,
		frames_per_second: c.frames.length > 1 ? +(1e3 * (c.frames.length - 1) / (c.frames.at(-1).timeMs - c.frames[0].timeMs)).toFixed(3) : null,
		first_recorded_frame_ms: c.firstRecordedFrameMs ?? null,
		recorded_to_sidecar_ms: c.matchResidualMs ?? null,
		video_frames: c.videoFrames ?? null,
		video_frames_per_second: c.videoFps !== void 0 ? +c.videoFps.toFixed(3) : null,
		stopped_at_ms: c.stoppedAtMs,
		stop_reason: c.stopReason
	}]));
	return `${JSON.stringify({
		format: "openmocap-live-take",
		version: 1,
		started_at: take.startedAt,
		clock: take.clock,
		duration_ms: +take.durationMs.toFixed(1),
		cameras
	}, null, 2)}\n`;
}
var sidecarName = (c) => `${c.camera}.frames.csv`;
/**
* The session's mocap.toml: the cameras put on one clock by their first frame times (sync.method
* "none" with each camera's start time: no search), the first camera as the reference. The sync
* stage then resamples each camera's 2D by its frames' own timestamps (resampleSequence). No
* `[project] fps`: that would put every camera's frames on an even grid; the recorded files' own
* frame times are used, and their nominal rate is measured from them (probeVideo).
*/
function formatTakeSettings(take) {
	const withFrames = take.cameras.filter((c) => c.frames.length);
	const ref = withFrames[0];
	const first = (c) => c.firstRecordedFrameMs !== void 0 && Number.isFinite(c.firstRecordedFrameMs) ? c.firstRecordedFrameMs : c.frames[0].timeMs;
	const start = withFrames.map((c) => `${c.camera} = ${((first(c) - first(ref)) / 1e3).toFixed(4)}`);
	const stopped = take.cameras.filter((c) => c.stoppedAtMs !== null).map((c) => `# ${c.camera} stopped at ${(c.stoppedAtMs / 1e3).toFixed(2)} s (${c.stopReason})`);
	return [
		`# openmocap live take, recorded ${take.startedAt} (${take.cameras.length} cameras; see take.json)`,
		...stopped,
		"",
		"[sync]",
		"# The cameras were put on one clock while recording: start times from each video's first frame time (videos/*.frames.csv), no search.",
		"method = \"none\"",
		`reference = "${ref?.camera ?? ""}"`,
		`start_s = { ${start.join(", ")} }`,
		""
	].join("\n");
}
/** Index of the value in sorted `a` nearest to x. */
function nearest(a, x) {
	let lo = 0, hi = a.length - 1;
	while (hi - lo > 1) {
		const m = lo + hi >> 1;
		if (a[m] <= x) lo = m;
		else hi = m;
	}
	return Math.abs(a[lo] - x) <= Math.abs(a[hi] - x) ? lo : hi;
}
var medianOf = (v) => median$1(v);
/**
* When a recording's first frame was taken, on the sidecar's clock. `recordedMs` are the recorded
* file's frame timestamps (a MediaRecorder counts them from its first frame, on the capture clock);
* `seenMs` the frame times the page saw (requestVideoFrameCallback), each one of the recorded frames,
* some skipped on a busy page. The offset between the two clocks is the one that puts the seen frames
* nearest to recorded frames (candidates: the first seen frame as each of the first recorded ones),
* refined by the median residual. NaN when either list is empty.
*/
function recordedStart(seenMs, recordedMs) {
	if (!seenMs.length || !recordedMs.length) return {
		startMs: NaN,
		residualMs: NaN
	};
	const rec = Float64Array.from(recordedMs).sort();
	const residuals = (o) => Array.from(seenMs, (t) => t - o - rec[nearest(rec, t - o)]);
	let best = {
		o: NaN,
		cost: Infinity
	};
	for (let k = 0; k < Math.min(8, rec.length); k++) {
		const o = seenMs[0] - rec[k];
		const cost = medianOf(residuals(o).map(Math.abs));
		if (cost < best.cost) best = {
			o,
			cost
		};
	}
	const o = best.o + medianOf(residuals(best.o));
	return {
		startMs: o + rec[0],
		residualMs: medianOf(residuals(o).map(Math.abs))
	};
}
// web/live.ts
var $ = (id) => document.getElementById(id);
var params = new URLSearchParams(location.search);
var MAX_CAMERAS = 4;
/** Views whose frame times differ by more than this are not triangulated together. */
var MAX_SKEW_MS = 80;
var cameras = [];
var devices = [];
var rig;
var rigFile = "";
var calibrationText;
var coach;
var takeStartMs = 0;
var takeStartedAt = "";
var takeZip;
var takeName = "";
var live3dFrames = 0;
var live3dLatency = [];
var running = false;
/** Video files played as cameras, started when every camera's pose model is ready. */
var filePlayers = [];
var median = (a) => {
	if (!a.length) return NaN;
	const s = [...a].sort((x, y) => x - y);
	return s[s.length >> 1];
};
var quantile = (a, q) => {
	if (!a.length) return NaN;
	const s = [...a].sort((x, y) => x - y);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
var perSecond = (times, now) => {
	while (times.length && now - times[0] > 2e3) times.shift();
	return times.length > 1 ? 1e3 * (times.length - 1) / (times[times.length - 1] - times[0]) : 0;
};
var handle = {
	state: "idle",
	mode: "record",
	error: null,
	messages: [],
	cameras: {},
	reps: [],
	repAngleDeg: NaN,
	worldLandmarks: false,
	live3d: {
		frames: 0,
		latencyMedianMs: NaN,
		jointsLastFrame: 0,
		missingCameras: []
	},
	take: null,
	calibration: "",
	filesEnded: 0,
	takeZipBase64: async () => {
		if (!takeZip) return null;
		const bytes = new Uint8Array(await takeZip.arrayBuffer());
		let s = "";
		for (let i = 0; i < bytes.length; i += 32768) s += String.fromCharCode(...bytes.subarray(i, i + 32768));
		return btoa(s);
	},
	unplug: (camera) => {
		const c = cameras.find((k) => k.name === camera);
		if (!c) throw new Error(`no camera ${camera}`);
		for (const t of c.stream.getVideoTracks()) t.stop();
	},
	resetStats: () => {
		for (const c of cameras) {
			c.latenciesMs = [];
			c.detectMs = [];
			c.posesDrawn = 0;
			c.framesWithPerson = 0;
		}
	},
	crossOriginIsolated: self.crossOriginIsolated
};
window.openmocapLive = handle;
function message(text) {
	const li = document.createElement("li");
	li.textContent = text;
	$("messages").appendChild(li);
	handle.messages.push(text);
}
function status(text) {
	$("status").textContent = text;
}
async function findCameras() {
	try {
		const probe = await navigator.mediaDevices.getUserMedia({ video: true });
		for (const t of probe.getTracks()) t.stop();
		devices = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === "videoinput");
	} catch (err) {
		message(`no camera could be opened (${err.message}); allow camera access for this page, or use video files as cameras`);
		return;
	}
	const list = $("camera-list");
	list.textContent = devices.length ? "" : "no camera found";
	devices.slice(0, 8).forEach((d, i) => {
		const label = document.createElement("label");
		const box = document.createElement("input");
		box.type = "checkbox";
		box.value = d.deviceId;
		box.checked = i < MAX_CAMERAS;
		box.className = "device";
		label.append(box, ` ${d.label || `camera ${i + 1}`} `);
		list.appendChild(label);
	});
	$("start").disabled = !devices.length;
}
/** Streams of the chosen devices, or of the chosen video files played in a loop (captureStream). */
async function openSources() {
	const files = [...$("video-files").files ?? []].slice(0, MAX_CAMERAS);
	if (files.length) {
		const out = [];
		const players = [];
		for (const f of files) {
			const v = document.createElement("video");
			v.muted = true;
			v.loop = params.get("loop") !== "0";
			v.playsInline = true;
			v.src = URL.createObjectURL(f);
			v.onended = () => handle.filesEnded++;
			await new Promise((ok, fail) => {
				v.onloadeddata = () => ok();
				v.onerror = () => fail(/* @__PURE__ */ new Error(`${f.name}: this browser cannot play it`));
			});
			players.push(v);
			out.push({
				label: f.name,
				stream: v.captureStream()
			});
		}
		filePlayers = players;
		return out;
	}
	const chosen = [...document.querySelectorAll("input.device")].filter((b) => b.checked).map((b) => b.value).slice(0, MAX_CAMERAS);
	const out = [];
	for (const id of chosen) {
		const stream = await navigator.mediaDevices.getUserMedia({ video: {
			deviceId: { exact: id },
			width: { ideal: 1280 },
			height: { ideal: 720 }
		} });
		out.push({
			label: devices.find((d) => d.deviceId === id)?.label ?? id,
			stream
		});
	}
	return out;
}
function modelFor(mode) {
	return $("model").value || params.get("model") || (mode === "coach" ? "blazepose-lite" : "movenet-lightning");
}
async function start() {
	const mode = $("mode").value;
	handle.mode = mode;
	handle.state = "starting";
	$("start").disabled = true;
	try {
		let sources = await openSources();
		if (!sources.length) throw new Error("no camera chosen: find cameras and tick some, or use video files as cameras");
		if (mode === "coach") sources = sources.slice(0, 1);
		if (mode === "3d" && sources.length < 2) throw new Error("live 3D needs at least 2 cameras");
		const model = modelFor(mode);
		const base = new URL(".", location.href);
		sources.forEach((s, i) => cameras.push(openCamera(`cam${String(i + 1).padStart(2, "0")}`, s.label, s.stream, {
			type: "init",
			camera: "",
			model,
			backend: params.get("backend") ?? "auto",
			modelBase: new URL("models/", base).href,
			wasmBase: new URL("tfjs/", base).href,
			maxSize: Number(params.get("max_size") ?? 480)
		})));
		if (mode === "coach") {
			const ex = $("exercise").value;
			coach = initialRepCounterState(ex);
			$("rep-name").textContent = `${ex} repetitions`;
			$("coach-panel").hidden = false;
		}
		if (mode === "3d" && rig) {
			const m = matchRig(rig, cameras.map((c) => c.name), rigFile);
			rig = m.rig;
			handle.live3d.missingCameras = m.missing;
			if (m.missing.length) message(`${m.missing.join(", ")}: not in ${rigFile}; shown but not triangulated`);
		}
		if (mode === "3d" && !rig) {
			warmup = {
				untilMs: Infinity,
				seconds: Number(params.get("warmup_s") ?? 20),
				views: /* @__PURE__ */ new Map()
			};
			$("live3d-status").textContent = `no calibration: walk around the whole area every camera sees for ${warmup.seconds} s once the skeletons show; the cameras are then calibrated from the person`;
		}
		if (mode === "3d") $("live3d-panel").hidden = false;
		$("record-panel").hidden = mode !== "record";
		$("record").disabled = mode !== "record";
		$("stop-live").disabled = false;
		running = true;
		handle.state = "live";
		status(`${cameras.length} camera${cameras.length > 1 ? "s" : ""}, model ${model}; starting the pose model…`);
		requestAnimationFrame(refreshStats);
	} catch (err) {
		handle.state = "failed";
		handle.error = err.message;
		message(err.message);
		$("start").disabled = false;
	}
}
function openCamera(name, label, stream, init) {
	const box = document.createElement("div");
	box.className = "cam";
	const video = document.createElement("video");
	video.muted = true;
	video.playsInline = true;
	video.srcObject = stream;
	const overlay = document.createElement("canvas");
	overlay.className = "overlay";
	const stats = document.createElement("div");
	stats.className = "stats";
	box.append(video, overlay, stats);
	$("views").appendChild(box);
	const worker = new Worker(new URL(
		/* @vite-ignore */
		new URL("liveWorker-CB5WLQRV.js", import.meta.url).href,
		"" + import.meta.url
	), { type: "module" });
	const cam = {
		name,
		label,
		stream,
		video,
		overlay,
		stats,
		worker,
		ready: false,
		busy: false,
		backend: "",
		framesSeen: 0,
		posesDrawn: 0,
		framesWithPerson: 0,
		frameTimes: [],
		poseTimes: [],
		latenciesMs: [],
		detectMs: [],
		clock: "",
		chunks: [],
		takeFrames: [],
		stoppedAtMs: null,
		stopReason: null
	};
	worker.onmessage = (e) => onWorker(cam, e.data);
	worker.postMessage({
		...init,
		camera: name
	});
	stream.getVideoTracks()[0]?.addEventListener("ended", () => cameraStopped(cam, "the camera stopped (unplugged or closed)"));
	const onFrame = (now, meta) => {
		if (!running) return;
		cam.framesSeen++;
		cam.frameTimes.push(now);
		const frameMs = meta.captureTime ?? meta.presentationTime;
		cam.clock ||= meta.captureTime !== void 0 ? "capture" : "presentation";
		if (cam.recorder && cam.stoppedAtMs === null) cam.takeFrames.push({
			timeMs: frameMs - takeStartMs,
			mediaTimeS: meta.mediaTime,
			presentedFrames: meta.presentedFrames
		});
		if (cam.ready && !cam.busy && cam.stoppedAtMs === null) try {
			const frame = new VideoFrame(video, { timestamp: Math.round(frameMs * 1e3) });
			cam.busy = true;
			worker.postMessage({
				type: "frame",
				frame,
				frameMs
			}, [frame]);
		} catch {}
		video.requestVideoFrameCallback(onFrame);
	};
	video.requestVideoFrameCallback(onFrame);
	video.play();
	return cam;
}
function onWorker(cam, m) {
	if (m.type === "ready") {
		cam.ready = true;
		cam.backend = `${m.backend}${m.detail ? ` (${m.detail})` : ""}`;
		if (cameras.every((c) => c.ready) && filePlayers.length) {
			const rate = Number(params.get("rate") ?? 1);
			for (const v of filePlayers) v.playbackRate = rate;
			Promise.all(filePlayers.map((v) => v.play())).catch((err) => message(`the video files could not be played as cameras: ${err.message}`));
			filePlayers = [];
		}
		status(`${cameras.filter((c) => c.ready).length}/${cameras.length} cameras detecting; tfjs ${cam.backend}`);
		return;
	}
	if (m.type === "error") {
		cam.busy = false;
		message(m.message);
		return;
	}
	cam.busy = false;
	drawSkeleton(cam, m.keypoints, m.layout, m.width, m.height);
	const now = performance.now();
	cam.posesDrawn++;
	if (m.keypoints) cam.framesWithPerson++;
	cam.poseTimes.push(now);
	cam.latenciesMs.push(now - m.frameMs);
	cam.detectMs.push(m.detectMs);
	if (handle.mode === "coach" && coach) onCoachPose(cam, m.frameMs, m.keypoints, m.world, m.layout);
	if (handle.mode === "3d" && warmup && m.keypoints) onWarmupView(cam, m.frameMs, m.keypoints, m.layout, m.width, m.height);
	else if (handle.mode === "3d" && m.keypoints) onLiveView(cam, {
		camera: cam.name,
		layout: m.layout,
		width: m.width,
		height: m.height,
		keypoints: m.keypoints,
		frameMs: m.frameMs
	});
}
function drawSkeleton(cam, kp, layoutName, width, height) {
	const c = cam.overlay;
	if (c.width !== width || c.height !== height) [c.width, c.height] = [width, height];
	const g = c.getContext("2d");
	g.clearRect(0, 0, width, height);
	if (!kp) return;
	const L = getLayout(layoutName);
	const s = Math.max(2, width / 300);
	g.lineWidth = s;
	g.strokeStyle = "#4fe3a0";
	for (const [a, b] of L.boneIndices) {
		if (kp[a * 3 + 2] < .3 || kp[b * 3 + 2] < .3) continue;
		g.beginPath();
		g.moveTo(kp[a * 3], kp[a * 3 + 1]);
		g.lineTo(kp[b * 3], kp[b * 3 + 1]);
		g.stroke();
	}
	g.fillStyle = "#ffd166";
	for (let j = 0; j < L.keypoints.length; j++) if (kp[j * 3 + 2] >= .3) g.fillRect(kp[j * 3] - s, kp[j * 3 + 1] - s, 2 * s, 2 * s);
}
function onCoachPose(cam, frameMs, kp, world, layout) {
	if (!kp) return;
	handle.worldLandmarks ||= !!world;
	const f = world ? poseFeatures(world, layout, {
		dims: 3,
		up: [
			0,
			-1,
			0
		],
		cameraAxis: [
			0,
			0,
			1
		]
	}) : poseFeatures(kp, layout);
	const before = coach.reps.length;
	coach = stepRepCounter(coach, frameMs, f);
	handle.repAngleDeg = coach.lastDeg;
	drawAngles(cam, kp, layout, f);
	if (world) drawWorld($("world3d"), world, layout);
	$("rep-angle").textContent = Number.isFinite(coach.lastDeg) ? `${EXERCISES[coach.exercise].signalName}: ${coach.lastDeg.toFixed(0)}°` : "";
	if (coach.reps.length !== before) {
		handle.reps = coach.reps;
		$("rep-count").textContent = String(coach.reps.length);
		const r = coach.reps[coach.reps.length - 1];
		const tr = document.createElement("tr");
		for (const text of [
			String(r.index),
			`${r.rangeDeg.toFixed(0)}°`,
			`${r.downS.toFixed(2)} s`,
			`${r.upS.toFixed(2)} s`,
			r.cues.map((c) => cueMessage(coach.exercise, c)).join("; ") || "good"
		]) {
			const td = document.createElement("td");
			td.textContent = text;
			tr.appendChild(td);
		}
		$("reps").querySelector("tbody").appendChild(tr);
	}
}
/** Angles written next to the joints they belong to. */
function drawAngles(cam, kp, layout, f) {
	const L = getLayout(layout);
	const g = cam.overlay.getContext("2d");
	const px = Math.max(12, cam.overlay.width / 40);
	g.font = `${px}px system-ui, sans-serif`;
	g.fillStyle = "#ffffff";
	g.strokeStyle = "#000000";
	g.lineWidth = 3;
	const at = (joint, deg, dx = 8) => {
		const j = L.indexOf.get(joint);
		if (j === void 0 || !Number.isFinite(deg) || kp[j * 3 + 2] < .3) return;
		const text = `${deg.toFixed(0)}°`;
		g.strokeText(text, kp[j * 3] + dx, kp[j * 3 + 1]);
		g.fillText(text, kp[j * 3] + dx, kp[j * 3 + 1]);
	};
	at("LKnee", f.leftKneeFlexionDeg);
	at("RKnee", f.rightKneeFlexionDeg, -px * 2.5);
	at("LHip", f.leftHipFlexionDeg);
	at("RHip", f.rightHipFlexionDeg, -px * 2.5);
	at("LElbow", f.leftElbowFlexionDeg);
	at("RElbow", f.rightElbowFlexionDeg, -px * 2.5);
	const ls = L.indexOf.get("LShoulder"), rs = L.indexOf.get("RShoulder");
	if (Number.isFinite(f.trunkLeanDeg)) {
		const x = (kp[ls * 3] + kp[rs * 3]) / 2, y = (kp[ls * 3 + 1] + kp[rs * 3 + 1]) / 2 - px;
		g.strokeText(`trunk ${f.trunkLeanDeg.toFixed(0)}°`, x, y);
		g.fillText(`trunk ${f.trunkLeanDeg.toFixed(0)}°`, x, y);
	}
}
/** A 3D skeleton in a canvas: orthographic, turning slowly about the vertical so depth reads. */
function drawSkeleton3d(canvas, xyz, layout, up) {
	const g = canvas.getContext("2d");
	const L = getLayout(layout);
	const n = L.keypoints.length;
	const yaw = performance.now() / 4e3;
	const pts = [];
	let cx = 0, cy = 0, cz = 0, k = 0;
	for (let j = 0; j < n; j++) if (Number.isFinite(xyz[j * 3])) {
		cx += xyz[j * 3];
		cy += xyz[j * 3 + 1];
		cz += xyz[j * 3 + 2];
		k++;
	}
	g.clearRect(0, 0, canvas.width, canvas.height);
	if (!k) return;
	[cx, cy, cz] = [
		cx / k,
		cy / k,
		cz / k
	];
	const scale = canvas.height / 2.4;
	for (let j = 0; j < n; j++) {
		let x = xyz[j * 3] - cx, y = xyz[j * 3 + 1] - cy, z = xyz[j * 3 + 2] - cz;
		if (up === "y-down") {
			y = -y;
			z = -z;
		} else [y, z] = [z, -y];
		const xr = x * Math.cos(yaw) + z * Math.sin(yaw);
		pts.push([canvas.width / 2 + xr * scale, canvas.height / 2 - y * scale]);
	}
	g.strokeStyle = "#79b8ff";
	g.lineWidth = 3;
	for (const [a, b] of L.boneIndices) {
		if (!Number.isFinite(pts[a][0]) || !Number.isFinite(pts[b][0])) continue;
		g.beginPath();
		g.moveTo(...pts[a]);
		g.lineTo(...pts[b]);
		g.stroke();
	}
}
function drawWorld(canvas, world, layout) {
	drawSkeleton3d(canvas, world, layout, "y-down");
}
/** Calibration from the person: the skeletons of a warm-up, per camera, then the same solve as `openmocap calibrate --from-person`. */
var warmup;
function onWarmupView(cam, frameMs, kp, layout, width, height) {
	const w = warmup;
	if (!Number.isFinite(w.untilMs)) {
		if (!cameras.every((c) => c.posesDrawn > 0)) return;
		w.untilMs = frameMs + w.seconds * 1e3;
	}
	if (frameMs > w.untilMs) {
		if (w.views.size === cameras.length) calibrateFromWarmup();
		return;
	}
	let v = w.views.get(cam.name);
	if (!v) w.views.set(cam.name, v = {
		timesMs: [],
		data: [],
		layout,
		width,
		height
	});
	v.timesMs.push(frameMs);
	v.data.push(...kp);
	$("live3d-status").textContent = `warm-up: ${Math.max(0, (w.untilMs - frameMs) / 1e3).toFixed(0)} s left; keep walking through the whole area`;
}
async function calibrateFromWarmup() {
	const w = warmup;
	warmup = void 0;
	handle.calibration = "solving";
	const raw = cameras.map((c) => {
		const v = w.views.get(c.name);
		const joints = getLayout(v.layout).keypoints.length;
		return {
			camera: c.name,
			layout: v.layout,
			imageWidth: v.width,
			imageHeight: v.height,
			fps: 1e3 / ((v.timesMs.at(-1) - v.timesMs[0]) / Math.max(1, v.timesMs.length - 1)),
			frames: v.timesMs.length,
			persons: 1,
			joints,
			data: Float32Array.from(v.data),
			trackIds: new Int32Array(v.timesMs.length),
			timestampsMs: Float64Array.from(v.timesMs),
			model: modelFor("3d")
		};
	});
	const ref = raw[0];
	const pooled = raw.map((q) => q === ref ? q : resampleSequence(q, { startS: (q.timestampsMs[0] - ref.timestampsMs[0]) / 1e3 }, ref.timestampsMs, ref.fps));
	$("live3d-status").textContent = `calibrating from the person over ${ref.frames} frames…`;
	try {
		const solved = await solveInWorker({
			session: "live",
			pooled,
			cameras: pooled.map((q) => guessLens(q.camera, q.imageWidth, q.imageHeight)),
			takes: [{
				source: "live warm-up",
				frames: ref.frames
			}],
			model: modelFor("3d"),
			settings: calibrationSettingsSchema.parse({}),
			leftOut: [],
			guessed: pooled.map((q) => q.camera),
			lensLine: "lenses: guessed for every camera (no lens calibration)",
			calibratedBy: "openmocap live page (calibration from the person over a warm-up)"
		}, (line) => {
			$("live3d-status").textContent = line;
		}, void 0);
		calibrationText = solved.calibrationToml;
		rig = parseCalibrationToml(calibrationText, { file: "calibration from the person" });
		rigFile = "calibration from the person";
		handle.calibration = solved.lines[0];
		status(handle.calibration);
	} catch (err) {
		handle.calibration = "failed";
		message(err.message);
	}
}
var latestViews = /* @__PURE__ */ new Map();
function onLiveView(_cam, view) {
	if (!rig) return;
	latestViews.set(view.camera, view);
	const views = [];
	for (const cam of cameras) {
		if (handle.live3d.missingCameras.includes(cam.name)) continue;
		const v = latestViews.get(cam.name);
		if (!v) return;
		views.push(v);
	}
	const times = views.map((v) => v.frameMs);
	if (Math.max(...times) - Math.min(...times) > MAX_SKEW_MS) return;
	const { xyz } = triangulateLiveFrame(views, rig);
	drawSkeleton3d($("live3d"), xyz, views[0].layout, "z-up");
	const latency = performance.now() - Math.min(...times);
	live3dLatency.push(latency);
	live3dFrames++;
	let joints = 0;
	for (let j = 0; j < xyz.length; j += 3) if (Number.isFinite(xyz[j])) joints++;
	handle.live3d = {
		...handle.live3d,
		frames: live3dFrames,
		latencyMedianMs: median(live3dLatency),
		jointsLastFrame: joints
	};
	$("live3d-status").textContent = `3D frame ${live3dFrames}: ${joints} joints from ${views.length} cameras; frame → drawn 3D ${latency.toFixed(0)} ms (median ${median(live3dLatency).toFixed(0)} ms)`;
	latestViews.clear();
}
function recorderType() {
	for (const t of [
		"video/webm;codecs=vp8",
		"video/webm;codecs=vp9",
		"video/webm",
		"video/mp4"
	]) if (MediaRecorder.isTypeSupported(t)) return t;
	return "";
}
function startRecording() {
	const mimeType = recorderType();
	takeStartMs = performance.now();
	takeStartedAt = (/* @__PURE__ */ new Date()).toISOString();
	takeZip = void 0;
	handle.take = null;
	for (const cam of cameras) {
		cam.chunks = [];
		cam.takeFrames = [];
		cam.stoppedAtMs = null;
		cam.stopReason = null;
		const rec = new MediaRecorder(cam.stream, mimeType ? {
			mimeType,
			videoBitsPerSecond: 4e6
		} : void 0);
		rec.ondataavailable = (e) => {
			if (e.data.size) cam.chunks.push(e.data);
		};
		cam.recorded = new Promise((ok) => {
			rec.onstop = () => ok();
		});
		rec.onerror = () => cameraStopped(cam, "the recorder failed");
		rec.start(1e3);
		cam.recorder = rec;
	}
	handle.state = "recording";
	$("record").disabled = true;
	$("stop-record").disabled = false;
	$("record-status").textContent = `recording ${cameras.length} cameras (${mimeType})…`;
}
/** A camera that stopped on its own during a take: its recorder is closed (its file stays complete), the others go on. */
function cameraStopped(cam, reason) {
	if (cam.stoppedAtMs !== null || !cam.recorder || handle.state !== "recording") return;
	cam.stoppedAtMs = performance.now() - takeStartMs;
	cam.stopReason = reason;
	if (cam.recorder.state !== "inactive") cam.recorder.stop();
	message(`${cam.name} (${cam.label}) stopped ${(cam.stoppedAtMs / 1e3).toFixed(2)} s into the take: ${reason}; the other cameras go on recording`);
}
/** Tracks stopped by the page (or a driver) fire no "ended" event: look at each one while recording. */
function watchTracks() {
	if (handle.state !== "recording") return;
	for (const cam of cameras) if (cam.stream.getVideoTracks().every((t) => t.readyState === "ended")) cameraStopped(cam, "the camera stopped (unplugged or closed)");
	setTimeout(watchTracks, 100);
}
async function stopRecording() {
	handle.state = "saving";
	$("stop-record").disabled = true;
	const durationMs = performance.now() - takeStartMs;
	for (const cam of cameras) if (cam.recorder && cam.recorder.state !== "inactive") cam.recorder.stop();
	await Promise.all(cameras.map((c) => c.recorded));
	const ext = (cameras[0].recorder?.mimeType ?? "video/webm").includes("mp4") ? "mp4" : "webm";
	const takes = cameras.map((c) => ({
		camera: c.name,
		label: c.label,
		videoFile: `${c.name}.${ext}`,
		mimeType: c.recorder?.mimeType ?? "",
		bytes: c.chunks.reduce((s, b) => s + b.size, 0),
		frames: c.takeFrames,
		stoppedAtMs: c.stoppedAtMs,
		stopReason: c.stopReason
	}));
	for (const [i, c] of cameras.entries()) try {
		const track = await new Input({
			formats: [
				WEBM,
				MATROSKA,
				MP4
			],
			source: new BlobSource(new Blob(c.chunks, { type: takes[i].mimeType }))
		}).getPrimaryVideoTrack();
		if (!track) continue;
		const ts = [];
		for await (const p of new EncodedPacketSink(track).packets()) ts.push(p.timestamp);
		ts.sort((a, b) => a - b);
		takes[i].videoFrames = ts.length;
		if (ts.length > 1 && ts[ts.length - 1] > ts[0]) takes[i].videoFps = (ts.length - 1) / (ts[ts.length - 1] - ts[0]);
		const m = recordedStart(takes[i].frames.map((f) => f.timeMs), ts.map((t) => (t - ts[0]) * 1e3));
		if (Number.isFinite(m.startMs)) [takes[i].firstRecordedFrameMs, takes[i].matchResidualMs] = [m.startMs, m.residualMs];
	} catch (err) {
		message(`${c.name}: the recorded file could not be read back (${err.message})`);
	}
	const take = {
		startedAt: takeStartedAt,
		clock: cameras.map((c) => c.clock).find(Boolean) ?? "presentation",
		durationMs,
		cameras: takes
	};
	takeName = `take-${takeStartedAt.replace(/[:.]/g, "-").replace(/Z$/, "")}`;
	const files = [];
	for (const [i, c] of cameras.entries()) {
		files.push([`videos/${takes[i].videoFile}`, new Blob(c.chunks, { type: takes[i].mimeType })]);
		files.push([`videos/${sidecarName(takes[i])}`, formatFrameTimesCsv(takes[i])]);
	}
	files.push(["take.json", formatTakeJson(take)]);
	files.push(["mocap.toml", formatTakeSettings(take)]);
	if (calibrationText) files.push(["calibration.toml", calibrationText]);
	takeZip = await zipFiles(takeName, files);
	handle.take = {
		cameras: takes.map((t) => t.camera),
		zipBytes: takeZip.size,
		stopped: Object.fromEntries(takes.filter((t) => t.stoppedAtMs !== null).map((t) => [t.camera, {
			atMs: t.stoppedAtMs,
			reason: t.stopReason
		}]))
	};
	const a = document.createElement("a");
	a.href = URL.createObjectURL(takeZip);
	a.download = `${takeName}.zip`;
	a.textContent = `download ${takeName}.zip (${(takeZip.size / 1e6).toFixed(1)} MB)`;
	$("take-download").replaceChildren(a, document.createTextNode(" — unzip and run: openmocap process " + takeName));
	if (window.showDirectoryPicker) {
		$("save-folder").hidden = false;
		$("save-folder").onclick = () => void saveToFolder(files);
	}
	$("record-status").textContent = `take saved: ${takes.map((t) => `${t.camera} ${t.frames.length} frames${t.stoppedAtMs !== null ? ` (stopped at ${(t.stoppedAtMs / 1e3).toFixed(2)} s)` : ""}`).join(", ")}`;
	$("record").disabled = false;
	handle.state = "saved";
}
async function zipFiles(root, files) {
	const parts = [];
	let failure;
	const zip = new Zip((err, chunk) => {
		if (err) failure = err;
		else parts.push(chunk);
	});
	for (const [path, body] of files) if (typeof body === "string") {
		const e = new ZipDeflate(`${root}/${path}`, { level: 6 });
		zip.add(e);
		e.push(new TextEncoder().encode(body), true);
	} else {
		const e = new ZipPassThrough(`${root}/${path}`);
		zip.add(e);
		e.push(new Uint8Array(await body.arrayBuffer()), true);
	}
	zip.end();
	if (failure) throw failure;
	return new Blob(parts, { type: "application/zip" });
}
/** The take as a session folder, through the File System Access API (Chrome). */
async function saveToFolder(files) {
	try {
		const root = await (await window.showDirectoryPicker({ mode: "readwrite" })).getDirectoryHandle(takeName, { create: true });
		for (const [path, body] of files) {
			let dir = root;
			const parts = path.split("/");
			for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
			const w = await (await dir.getFileHandle(parts[parts.length - 1], { create: true })).createWritable();
			await w.write(body);
			await w.close();
		}
		$("record-status").textContent = `saved to the folder ${takeName}`;
	} catch (err) {
		message(`the take was not saved to a folder (${err.message}); download the zip instead`);
	}
}
function refreshStats() {
	const now = performance.now();
	for (const c of cameras) {
		const s = {
			label: c.label,
			backend: c.backend,
			framesSeen: c.framesSeen,
			posesDrawn: c.posesDrawn,
			framesWithPerson: c.framesWithPerson,
			cameraFps: perSecond(c.frameTimes, now),
			poseFps: perSecond(c.poseTimes, now),
			latencyMedianMs: median(c.latenciesMs),
			latencyP90Ms: quantile(c.latenciesMs, .9),
			detectMedianMs: median(c.detectMs),
			clock: c.clock
		};
		handle.cameras[c.name] = s;
		c.stats.textContent = `${c.name} ${c.label}: camera ${s.cameraFps.toFixed(1)} fps · skeleton ${s.poseFps.toFixed(1)} fps · frame→skeleton ${Number.isFinite(s.latencyMedianMs) ? s.latencyMedianMs.toFixed(0) : "–"} ms${c.stoppedAtMs !== null ? ` · STOPPED at ${(c.stoppedAtMs / 1e3).toFixed(2)} s` : ""}`;
	}
	if (running) setTimeout(() => requestAnimationFrame(refreshStats), 250);
}
function stopLive() {
	running = false;
	for (const c of cameras) {
		c.worker.terminate();
		for (const t of c.stream.getTracks()) t.stop();
	}
	handle.state = "idle";
	$("stop-live").disabled = true;
}
$("find-cameras").onclick = () => void findCameras();
$("video-files").onchange = () => {
	const n = $("video-files").files?.length ?? 0;
	$("camera-list").textContent = n ? `${Math.min(n, MAX_CAMERAS)} video file${n > 1 ? "s" : ""} as cameras` : "";
	$("start").disabled = !n;
};
$("calibration").onchange = async () => {
	const f = $("calibration").files?.[0];
	if (!f) return;
	try {
		calibrationText = await f.text();
		rig = parseCalibrationToml(calibrationText, { file: f.name });
		rigFile = f.name;
		status(`calibration ${f.name}: ${rig.cameras.map((c) => c.name).join(", ")}`);
	} catch (err) {
		rig = void 0;
		calibrationText = void 0;
		message(err.message);
	}
};
$("start").onclick = () => void start();
$("stop-live").onclick = stopLive;
$("record").onclick = () => {
	startRecording();
	watchTracks();
};
$("stop-record").onclick = () => void stopRecording();
if (params.get("mode")) $("mode").value = params.get("mode");
if (params.get("exercise")) $("exercise").value = params.get("exercise");
if (params.get("model")) $("model").value = params.get("model");
