/** "1 objective", "7 objectives": English plural rules through Intl, so another language is one table. */
const rules = new Intl.PluralRules('en-GB');

export function countOf(count: number, one: string, other: string): string {
  return `${new Intl.NumberFormat('en-GB').format(count)} ${rules.select(count) === 'one' ? one : other}`;
}
