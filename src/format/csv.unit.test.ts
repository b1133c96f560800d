// CSV text and slugs: one slug rule for ids made by `pcp import` and for the CSV files' names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { slugify } from '../import/table.js';
import { isId } from '../model/ids.js';
import { fileSlug, slug, toCsv } from './csv.js';

describe('slug', () => {
  test('lower-case words joined by hyphens', () => {
    assert.equal(slug('Police Officer Pay'), 'police-officer-pay');
    assert.equal(slug('  Reduce  Re-Offending!  '), 'reduce-re-offending');
    assert.equal(slug('2021/22 (revised)'), '2021-22-revised');
  });
  test('"&" reads as "and"', () => {
    assert.equal(slug('Derwent & Solway'), 'derwent-and-solway');
    assert.equal(slug('A&B'), 'a-and-b');
  });
  test('accents are dropped, not turned into hyphens', () => {
    assert.equal(slug('Ynys Môn'), 'ynys-mon');
    assert.equal(slug('Blaenoriaethau’r Comisiynydd'), 'blaenoriaethau-r-comisiynydd');
    assert.equal(slug('café'), 'cafe');
  });
  test('empty when there is no letter or digit', () => {
    assert.equal(slug(' – & – '), 'and');
    assert.equal(slug('—'), '');
  });
  test('always a valid id when not empty', () => {
    for (const text of ['Police Officer Pay', 'A & B', '  x  ', 'Ynys Môn', '---a---b---', '£1,234']) assert.ok(isId(slug(text)), text);
  });
  test('pcp import makes ids with the same rule', () => {
    assert.equal(slugify, slug);
  });
});

describe('fileSlug', () => {
  test('the slug, or "plan" when it is empty', () => {
    assert.equal(fileSlug('Police and Crime Plan 2021-2025'), 'police-and-crime-plan-2021-2025');
    assert.equal(fileSlug('Priorities & Objectives'), 'priorities-and-objectives');
    assert.equal(fileSlug('???'), 'plan');
  });
  test('at most 60 characters, never ending in a hyphen', () => {
    const long = fileSlug('word '.repeat(30));
    assert.ok(long.length <= 60);
    assert.doesNotMatch(long, /-$/);
    assert.equal(fileSlug(`${'a'.repeat(59)} b`), 'a'.repeat(59));
  });
});

// (Moved from the browser suite, test/csv.test.ts: nothing here needs a browser.)
describe('toCsv', () => {
  test('quotes what needs quoting and starts with a byte-order mark for Excel', () => {
    const csv = toCsv([
      ['Title', 'Amount'],
      ['Plain', 97139153],
      ['With, comma', -5260984],
      ['With "quotes"', 1.5],
      ['Two\nlines', undefined],
      [' padded ', 'a\rb'],
    ]);
    assert.ok(csv.startsWith('\uFEFF'));
    assert.deepEqual(csv.slice(1).split('\r\n'), ['Title,Amount', 'Plain,97139153', '"With, comma",-5260984', '"With ""quotes""",1.5', '"Two\nlines",', '" padded ","a\rb"', '']);
  });
  test('neutralises text a spreadsheet would run as a formula, but not negative numbers', () => {
    const csv = toCsv([['=HYPERLINK("http://evil")', '+1', '-1', '@SUM(A1)', -1]]).slice(1);
    assert.equal(csv.trim(), `"'=HYPERLINK(""http://evil"")",'+1,'-1,'@SUM(A1),-1`);
  });
});
