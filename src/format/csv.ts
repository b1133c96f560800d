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

/** A file name from free text: "Police and Crime Plan 2021-2025" → "police-and-crime-plan-2021-2025". */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'plan'
  );
}
