/**
 * CSV for the "Download CSV" links: RFC 4180 quoting, and cells that a spreadsheet would run as a
 * formula (=, +, -, @ first) prefixed with an apostrophe, so a feed cannot plant formulas.
 */
export type CsvCell = string | number | undefined;

function cell(value: CsvCell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text, with a byte-order mark so that Excel reads "£" and "–" as UTF-8. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * THE slug rule, for ids made from labels (`pcp import`) and for file names: lower-case letters and
 * digits joined by hyphens, accents dropped ("Ynys Môn" → "ynys-mon") and "&" read as "and"
 * ("Derwent & Solway" → "derwent-and-solway"). Empty when the text has no letter or digit.
 */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A file name from free text (`slug`, at most 60 characters, "plan" when empty): "Police and Crime Plan 2021-2025" → "police-and-crime-plan-2021-2025". */
export function fileSlug(text: string): string {
  return slug(text).slice(0, 60).replace(/-+$/, '') || 'plan';
}
