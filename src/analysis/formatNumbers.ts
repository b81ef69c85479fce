// Shared number formatting for the analysis CSV / JSON writers.

export const cell = (v: number, decimals: number): string => (Number.isFinite(v) ? v.toFixed(decimals) : '');
export const jsonNum = (v: number, decimals: number): number | null => (Number.isFinite(v) ? Number(v.toFixed(decimals)) : null);
export const timeS = (timestampsMs: Float64Array, fps: number, f: number): number =>
  Number.isFinite(timestampsMs[f]) ? timestampsMs[f] / 1000 : f / fps;
