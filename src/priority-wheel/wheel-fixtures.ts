/**
 * Generated plans for the wheel's tests (Node and browser): 2 to 12 objectives with titles of 2 to 20
 * words, numbered or not, with short titles or not. Test-only (excluded from the build).
 */

import { pointInSector, type FittedLabel, type Measure, type Sector } from './fit-label.js';

/**
 * The first point of a label's block (its widest line by its line count, as fitted, sampled along each
 * edge) that lies outside `sector`; undefined when the whole block is inside.
 */
export function pointOutside(label: FittedLabel, sector: Sector, measure: Measure): readonly [number, number] | undefined {
  const width = Math.max(...label.lines.map((line) => measure(line, label.fontSize)));
  const height = label.lines.length * label.lineHeight;
  const left = label.x - width / 2;
  const top = label.y - height / 2;
  for (let t = 0; t <= 1; t += 0.1) {
    for (const point of [
      [left + width * t, top],
      [left + width * t, top + height],
      [left, top + height * t],
      [left + width, top + height * t],
    ] as const) {
      if (!pointInSector(point[0], point[1], sector, 1)) return point;
    }
  }
  return undefined;
}

const WORDS = (
  'Preventing offending and reducing reoffending across our communities, supporting victims of crime with ' +
  'a visible police presence in every neighbourhood; tackling violence against women and girls, protecting ' +
  'vulnerable people online, improving road safety through partnership working'
).split(' ');

/** `count` words of plausible plan prose, starting at a place that depends on `seed`. */
export function titleOf(count: number, seed: number): string {
  const words: string[] = [];
  for (let index = 0; index < count; index += 1) words.push(WORDS[(seed * 5 + index) % WORDS.length]!);
  const title = words.join(' ').replace(/[;,]$/, '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The objective counts and title lengths the tests cover. */
export const OBJECTIVE_COUNTS = [2, 3, 5, 7, 12] as const;

export interface GeneratedObjective {
  id: string;
  number?: number;
  title: string;
  shortTitle?: string;
  actions: Array<{ text: string }>;
}

/**
 * `count` objectives whose titles run from 2 to 20 words (every length across the set, longest
 * first), with 0 to 11 actions each; `numbered` gives them numbers, `shortTitles` two-word short titles.
 */
export function generatedObjectives(count: number, { numbered, shortTitles }: { numbered: boolean; shortTitles: boolean }): GeneratedObjective[] {
  return Array.from({ length: count }, (_, index) => {
    const words = count === 1 ? 20 : Math.round(20 - (18 * index) / (count - 1));
    const title = titleOf(words, index);
    return {
      id: `objective-${index + 1}`,
      ...(numbered ? { number: index + 1 } : {}),
      title,
      ...(shortTitles && words > 2 ? { shortTitle: titleOf(2, index + 7) } : {}),
      actions: Array.from({ length: (index * 5) % 12 }, (_, action) => ({ text: `Action ${action + 1} of objective ${index + 1}` })),
    };
  });
}

/** The four variants of each count: numbered or not, with short titles or not. */
export const VARIANTS = [
  { numbered: true, shortTitles: false },
  { numbered: false, shortTitles: false },
  { numbered: true, shortTitles: true },
  { numbered: false, shortTitles: true },
] as const;
