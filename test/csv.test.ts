import { expect } from '@open-wc/testing';
import { fileSlug, toCsv } from '../src/format/csv.js';

describe('CSV downloads', () => {
  it('quotes what needs quoting and starts with a byte-order mark for Excel', () => {
    const csv = toCsv([
      ['Title', 'Amount'],
      ['Plain', 97139153],
      ['With, comma', -5260984],
      ['With "quotes"', 1.5],
      ['Two\nlines', undefined],
    ]);
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(csv.slice(1).split('\r\n')).to.deep.equal([
      'Title,Amount',
      'Plain,97139153',
      '"With, comma",-5260984',
      '"With ""quotes""",1.5',
      '"Two\nlines",',
      '',
    ]);
  });

  it('neutralises text a spreadsheet would run as a formula, but not negative numbers', () => {
    const csv = toCsv([['=HYPERLINK("http://evil")', '+1', '-1', '@SUM(A1)', -1]]).slice(1);
    expect(csv.trim()).to.equal(`"'=HYPERLINK(""http://evil"")",'+1,'-1,'@SUM(A1),-1`);
  });

  it('makes file names from titles', () => {
    expect(fileSlug('Police and Crime Plan 2021-2025')).to.equal('police-and-crime-plan-2021-2025');
    expect(fileSlug('***')).to.equal('plan');
  });
});
