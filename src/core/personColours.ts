// The colour of person n (1-based) wherever several people are drawn: the report's timeline, the
// 3D viewer and the overlay videos. One list, so person 2 is the same colour everywhere.

/** Distinct colours, cycled for more people than colours (hex RGB). */
export const PERSON_COLOURS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#17becf',
  '#e377c2',
  '#8c564b',
  '#bcbd22',
  '#7f7f7f',
];

/** Colour of person `id` (1-based). */
export const personColour = (id: number): string => PERSON_COLOURS[(Math.max(1, Math.floor(id)) - 1) % PERSON_COLOURS.length];

/** The same as [r, g, b] in 0–255. */
export function personRgb(id: number): [number, number, number] {
  const h = personColour(id);
  return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
}
