/**
 * The plan's hierarchy as an outline: its objectives (or pillars, priorities, themes: the plan's own
 * names from `levels`) and the levels below them (`children`), each with the path of its place in the form.
 */
import { itemName } from './form-model.js';

export interface OutlineItem {
  /** "Priority 2: Keeping people safe". */
  label: string;
  path: (string | number)[];
  children: OutlineItem[];
}

type Record_ = Record<string, unknown>;

/** The name of one item at a depth, from the plan's `levels` ({ singular }), or "Objective". */
function levelName(levels: unknown, depth: number): string {
  const level = Array.isArray(levels) ? (levels[depth] as Record_ | undefined) : undefined;
  const singular = level?.singular;
  const text = typeof singular === 'string' ? singular : singular && typeof singular === 'object' ? ((singular as Record<string, string>).en ?? Object.values(singular)[0]) : undefined;
  if (typeof text === 'string' && text.trim()) return text.trim().charAt(0).toUpperCase() + text.trim().slice(1);
  return depth === 0 ? 'Objective' : 'Item';
}

export function planOutline(feed: unknown): OutlineItem[] {
  const plan = (feed && typeof feed === 'object' ? feed : {}) as Record_;
  const walk = (list: unknown, path: (string | number)[], depth: number): OutlineItem[] =>
    Array.isArray(list)
      ? list.map((item, index) => {
          const here = [...path, index];
          const record = (item && typeof item === 'object' ? item : {}) as Record_;
          const number = typeof record.number === 'string' || typeof record.number === 'number' ? String(record.number) : String(index + 1);
          const name = itemName({ title: record.title, shortTitle: record.shortTitle });
          return { label: `${levelName(plan.levels, depth)} ${number}${name ? `: ${name}` : ''}`, path: here, children: walk(record.children, [...here, 'children'], depth + 1) };
        })
      : [];
  return walk(plan.objectives, ['objectives'], 0);
}
