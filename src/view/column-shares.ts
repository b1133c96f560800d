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

/** A column's width: its share of the table, and the room its longest word needs (in characters). */
export interface ColumnShare {
  /** Whole percent of the table; the shares of one table add up to 100. */
  readonly percent: number;
  /** The longest word in the column, in characters (up to LONGEST_WORD): the column is never narrower than it. */
  readonly longestWord: number;
}

/**
 * Column widths for tables drawn in sections (one per priority) that should line up: each section
 * sized on its own gives each its own columns, and the columns jump from one to the next. Each
 * column's share follows its longest cell (in characters, up to WIDEST_CELL) and its heading, over
 * all the rows given, so every section can take the same widths; and its longest word over the same
 * rows, so a section whose words are shorter does not draw that column narrower than the others.
 *
 * `columns` are the indexes of the model's columns to size, in the order drawn; `extra` adds text a
 * cell shows besides its own (a mark such as "Overdue").
 */
export function columnShares(model: TableModel, columns: readonly number[], extra: (cell: TableCell) => string[] = () => []): ColumnShare[] {
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
    return { widest: Math.max(1, widest), longestWord };
  });
  const sum = sized.reduce((total, { widest }) => total + widest, 0);
  const percents = sized.map(({ widest }) => Math.floor((widest / sum) * 100));
  // Whole percentages that still add up to 100: the remainder goes to the widest column.
  const rest = 100 - percents.reduce((total, percent) => total + percent, 0);
  const widestColumn = sized.findIndex(({ widest }) => widest === Math.max(...sized.map((column) => column.widest)));
  return sized.map(({ longestWord }, index) => ({ percent: percents[index]! + (index === widestColumn ? rest : 0), longestWord }));
}
