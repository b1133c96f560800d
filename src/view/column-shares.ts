/**
 * Column widths shared by tables drawn in sections, from their table model. A module of its own so that
 * only the elements that draw sections (the action plan) carry it.
 */
import type { TableCell, TableModel } from './table-model.js';

/** The most characters a column's longest cell counts for: past it, a cell wraps anyway. */
const WIDEST_CELL = 60;

/**
 * The most characters a column's longest word counts for: a longer one (a web address, a run of
 * text without spaces) wraps where it must rather than widen its column for every section.
 */
const LONGEST_WORD = 20;

/** Room a character takes, in em: generous for bold headings and capitals, so a word always fits. */
const EM_PER_CHARACTER = 0.65;
/** A cell's padding, in em (tableStyles: 1em on the right). */
const CELL_PADDING = 1;
/**
 * The narrowest the sections are drawn, in em: below 40rem the action plan shows cards instead. The
 * shares are set so that at this width every column still holds its longest word.
 */
const NARROWEST = 40;

/** Column widths that every section of a table takes (see `columnShares`). */
export interface ColumnLayout {
  /** Each column's width in percent of the table (one decimal place; they add up to 100). */
  readonly percents: readonly number[];
  /**
   * The narrowest the table may be, in em, for every column to hold its longest word: a container
   * narrower than that scrolls the table.
   */
  readonly minWidth: number;
}

/**
 * Column widths for tables drawn in sections (one per priority) that should line up: each section
 * sized on its own gives each its own columns, and the columns jump from one to the next. The widths
 * are percentages of the table, fixed (`table-layout: fixed`), so no cell's content can move them:
 * - each column's share follows its longest cell (in characters, up to WIDEST_CELL) and its heading,
 *   over all the rows given;
 * - no column is narrower than its longest word (up to LONGEST_WORD characters) at the table's
 *   narrowest (`minWidth`): a column whose share would be less gets what its word needs, and the
 *   others share the rest.
 *
 * `columns` are the indexes of the model's columns to size, in the order drawn; `extra` adds text a
 * cell shows besides its own (a mark such as "Overdue").
 */
export function columnShares(model: TableModel, columns: readonly number[], extra: (cell: TableCell) => string[] = () => []): ColumnLayout {
  const offset = model.rowHeaders ? 1 : 0;
  const words = (text: string) => Math.min(LONGEST_WORD, Math.max(0, ...text.split(/\s+/).map((word) => word.length)));
  const sized = columns.map((column) => {
    const heading = model.columns[column]?.text.text ?? '';
    let widest = Math.min(WIDEST_CELL, heading.length);
    let longestWord = words(heading);
    for (const row of model.rows) {
      const cell = model.rowHeaders && column === 0 ? row.header : row.cells[column - offset];
      if (!cell) continue;
      const texts = [cell.text.text, ...(cell.notes ?? []).map((note) => note.text), ...extra(cell)];
      widest = Math.max(widest, Math.min(WIDEST_CELL, texts.join(' ').length));
      longestWord = Math.max(longestWord, ...texts.map(words));
    }
    return { widest: Math.max(1, widest), least: longestWord * EM_PER_CHARACTER + CELL_PADDING };
  });
  const minWidth = Math.max(NARROWEST, sized.reduce((total, { least }) => total + least, 0));
  // Shares by longest cell; a column whose share is less than its word needs at minWidth is given
  // that, and the rest is shared again among the others, until every column has enough.
  const fractions: Array<number | undefined> = sized.map(() => undefined);
  for (let settled = false; !settled; ) {
    settled = true;
    const free = 1 - fractions.reduce<number>((total, fraction) => total + (fraction ?? 0), 0);
    const open = sized.filter((_, index) => fractions[index] === undefined).reduce((total, { widest }) => total + widest, 0);
    sized.forEach(({ widest, least }, index) => {
      if (fractions[index] === undefined && (widest / open) * free < least / minWidth) {
        fractions[index] = least / minWidth;
        settled = false;
      }
    });
    if (settled) sized.forEach(({ widest }, index) => (fractions[index] ??= (widest / open) * free));
  }
  const percents = fractions.map((fraction) => Math.round((fraction ?? 0) * 1000) / 10);
  // Rounded to one place, they still add up to 100: the difference goes to the widest column.
  const widestColumn = percents.indexOf(Math.max(...percents));
  const rest = Math.round((100 - percents.reduce((total, percent) => total + percent, 0)) * 10) / 10;
  return {
    percents: percents.map((percent, index) => (index === widestColumn ? Math.round((percent + rest) * 10) / 10 : percent)),
    minWidth: Math.round(minWidth * 100) / 100,
  };
}
