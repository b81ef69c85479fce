// Node-only: locates the ffmpeg / ffprobe binaries used to decode and encode video.
// The system ffmpeg (on PATH) is preferred; the static binary shipped in @ffmpeg-installer/ffmpeg
// is the fallback. That package ships no ffprobe, so every caller must work with ffmpeg alone.
import { accessSync, constants, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, join, resolve } from 'node:path';
import { UserError } from '../core/errors.ts';

export interface FfmpegTools {
  /** Absolute path (or PATH-resolved path) of the ffmpeg binary. */
  ffmpeg: string;
  /** ffprobe beside it, when one exists (never for the npm binary). */
  ffprobe?: string;
  /** Where ffmpeg was found. */
  source: 'system' | 'npm' | 'env';
}

export interface FindFfmpegOptions {
  /** The PATH to search. Defaults to process.env.PATH. */
  pathEnv?: string;
  /** Fall back to @ffmpeg-installer/ffmpeg. Defaults to true. */
  allowNpm?: boolean;
  /** Use only this source ('system' or 'npm'). Defaults to the OPENMOCAP_FFMPEG environment variable, else either. */
  prefer?: 'system' | 'npm';
}

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Finds `name` in the directories of a PATH string; undefined when absent. */
export function whichSync(name: string, pathEnv: string = process.env.PATH ?? ''): string | undefined {
  for (const dir of pathEnv.split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/** Path of the binary in @ffmpeg-installer/ffmpeg, or undefined when the package (or its platform binary) is missing. */
export function npmFfmpegPath(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const mod = require('@ffmpeg-installer/ffmpeg') as { path?: string };
    return mod.path && isExecutable(mod.path) ? mod.path : undefined;
  } catch {
    // The package throws a plain string when its platform binary is missing.
    return undefined;
  }
}

let cached: FfmpegTools | undefined;

/**
 * Finds ffmpeg (and ffprobe when available). Order: the OPENMOCAP_FFMPEG environment variable
 * (a path to an ffmpeg binary, or the word "system" / "npm"), then ffmpeg on PATH, then the binary
 * in @ffmpeg-installer/ffmpeg. Throws a UserError saying how to install ffmpeg when none is found.
 * The default lookup (no options) is cached.
 */
export function findFfmpeg(opts: FindFfmpegOptions = {}): FfmpegTools {
  const useCache = opts.pathEnv === undefined && opts.allowNpm === undefined && opts.prefer === undefined;
  if (useCache && cached) return cached;
  const env = process.env.OPENMOCAP_FFMPEG?.trim();
  let prefer = opts.prefer;
  if (!prefer && env) {
    if (env === 'system' || env === 'npm') prefer = env;
    else {
      if (!isExecutable(env)) {
        throw new UserError(`OPENMOCAP_FFMPEG=${env} is not an executable file: point it at an ffmpeg binary, or unset it`);
      }
      const besideProbe = env.replace(/ffmpeg(\.exe)?$/, 'ffprobe$1');
      const tools: FfmpegTools = { ffmpeg: env, source: 'env' };
      if (besideProbe !== env && isExecutable(besideProbe)) tools.ffprobe = besideProbe;
      if (useCache) cached = tools;
      return tools;
    }
  }
  const exe = process.platform === 'win32' ? '.exe' : '';
  let tools: FfmpegTools | undefined;
  if (prefer !== 'npm') {
    const ffmpeg = whichSync(`ffmpeg${exe}`, opts.pathEnv);
    if (ffmpeg) {
      tools = { ffmpeg, source: 'system' };
      const ffprobe = whichSync(`ffprobe${exe}`, opts.pathEnv);
      if (ffprobe) tools.ffprobe = ffprobe;
    }
  }
  if (!tools && prefer !== 'system' && opts.allowNpm !== false) {
    const ffmpeg = npmFfmpegPath();
    if (ffmpeg) tools = { ffmpeg, source: 'npm' };
  }
  if (!tools) {
    throw new UserError(
      'ffmpeg not found: install it (e.g. `sudo apt install ffmpeg`, `brew install ffmpeg`) or reinstall ' +
        "openmocap's dependencies so that @ffmpeg-installer/ffmpeg is present",
    );
  }
  if (useCache) cached = tools;
  return tools;
}

const versionCache = new Map<string, [number, number] | null>();

/**
 * The major/minor version of an ffmpeg binary, or null for builds that report none (git snapshots
 * such as the npm static build, which predates ffmpeg 5).
 */
export function ffmpegVersion(ffmpeg: string): [number, number] | null {
  if (versionCache.has(ffmpeg)) return versionCache.get(ffmpeg)!;
  const out = spawnSync(ffmpeg, ['-hide_banner', '-version'], { encoding: 'utf8' });
  const m = /ffmpeg version n?(\d+)\.(\d+)/.exec(out.stdout ?? '');
  const v: [number, number] | null = m ? [Number(m[1]), Number(m[2])] : null;
  versionCache.set(ffmpeg, v);
  return v;
}

/**
 * Command-line flags that pass every decoded frame through with its own timestamp (no frame
 * duplication or dropping — variable frame rate safe). `-fps_mode` replaced `-vsync` in ffmpeg 5.1.
 */
export function passthroughFlags(ffmpeg: string): string[] {
  const v = ffmpegVersion(ffmpeg);
  const modern = v !== null && (v[0] > 5 || (v[0] === 5 && v[1] >= 1));
  return modern ? ['-fps_mode', 'passthrough'] : ['-vsync', 'passthrough'];
}

/**
 * A local file path as an ffmpeg URL. ffmpeg reads `take:1.mp4` as protocol "take", and a name
 * starting with "-" as an option; `file:/abs/path` is always the file.
 */
export function ffmpegFileUrl(path: string): string {
  return `file:${resolve(path)}`;
}
