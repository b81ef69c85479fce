// The "who was seen when" timeline of the several-people report: one row per person, a bar over
// the frames they were seen in, in the person's colour. Pure: strings in, SVG out.
import { personColour } from '../core/personColours.ts';
import { esc } from './svg.ts';

export const escapeHtml = esc;

/** Timeline SVG from output/people.json's contents. */
export function peopleTimelineSvg(
  people: { frames: number; fps: number; people: { id: number; seen: [number, number][] }[] },
  width = 900,
): string {
  const rowH = 22,
    left = 80,
    right = 20,
    top = 10;
  const h = top + rowH * people.people.length + 30;
  const x = (f: number): number => left + ((width - left - right) * f) / Math.max(1, people.frames);
  const rows = people.people.map((p, i) => {
    const y = top + i * rowH;
    const bars = p.seen
      .map(
        ([a, b]) =>
          `<rect x="${x(a).toFixed(1)}" y="${y + 3}" width="${Math.max(0.5, x(b) - x(a)).toFixed(1)}" height="${rowH - 6}" fill="${personColour(p.id)}"/>`,
      )
      .join('');
    return `<text x="${left - 8}" y="${y + rowH / 2 + 5}" text-anchor="end">person ${p.id}</text>${bars}`;
  });
  const seconds = people.frames / (people.fps || 1);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(
    (q) => `<text x="${x(q * people.frames).toFixed(1)}" y="${h - 8}" text-anchor="middle">${(q * seconds).toFixed(1)} s</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" font-family="sans-serif" font-size="12" role="img" aria-label="frames each person was seen in">${rows.join('')}${ticks.join('')}</svg>`;
}
