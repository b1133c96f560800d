/// <reference types="node" />
// Any printed table read from spreadsheet cells (pcp import table, and the editor's paste): every sample
// table that holds plain cells comes back exactly as the sample feed has it, from its cells alone.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { tsvFormatRows } from 'd3-dsv';
import type { Table as FeedTable } from '../schema/plan.js';
import { importPrintedTable } from './printed-table.js';
import { readTable } from './table.js';

const feedsFolder = new URL('../../demo/feeds/', import.meta.url);
const sampleTables = readdirSync(feedsFolder)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => ((JSON.parse(readFileSync(new URL(name, feedsFolder), 'utf8')) as { tables?: FeedTable[] }).tables ?? []).map((table) => ({ name, table })))
  // Cells given as figure objects, captions in two languages and two heading rows cannot come from cells alone.
  .filter(({ table }) => typeof table.caption === 'string' && table.head?.length === 1 && [...table.head, ...table.rows].every((row) => row.every((cell) => cell === null || typeof cell !== 'object')));

const tsv = (rows: unknown[][]) => tsvFormatRows(rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))));

describe('importPrintedTable', () => {
  test('reproduces every sample table of plain cells, numbers and text as the feeds keep them', () => {
    assert.ok(sampleTables.length >= 10, `${sampleTables.length} sample tables`);
    for (const { name, table } of sampleTables) {
      const read = importPrintedTable(readTable(tsv([...table.head!, ...table.rows]), 'table.tsv'), { id: table.id, title: table.caption as string });
      assert.deepEqual(read.problems, [], `${name} ${table.id}`);
      const { id, caption, head, rows, rowHeaders } = table;
      assert.deepEqual(read.table, { id, caption, head, rows, ...(rowHeaders ? { rowHeaders } : {}) }, `${name} ${table.id}`);
    }
  });

  test('takes the caption from a row of its own above the headings, and makes the id from it', () => {
    const read = importPrintedTable(readTable('2018/19 precept share (proposal)\t\nCouncil\tShare\nBlaenau Gwent\t"£4,825,228"\nCaerphilly\t"£14,333,212"\n', 'table.tsv'));
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.table, {
      id: '2018-19-precept-share-proposal',
      caption: '2018/19 precept share (proposal)',
      head: [['Council', 'Share']],
      rows: [
        ['Blaenau Gwent', '£4,825,228'],
        ['Caerphilly', '£14,333,212'],
      ],
      rowHeaders: true,
    });
  });

  test('a column of plain numbers holds numbers; a blank cell is null; trailing empty columns go', () => {
    const read = importPrintedTable(readTable('Page\tHeading\t\n3\tForeword\t\n\tIntroduction\t\n10\tPriorities\t', 'table.tsv'), { title: 'Contents' });
    assert.deepEqual(read.table?.rows, [
      [3, 'Foreword'],
      [null, 'Introduction'],
      [10, 'Priorities'],
    ]);
    assert.equal(read.table?.rowHeaders, undefined, 'page numbers do not name their rows');
    // One cell that is not a plain number keeps its whole column as printed.
    const mixed = importPrintedTable(readTable('Band\tPer week\nA\t19p\nC\t26', 'table.tsv'), { title: 'Bands' });
    assert.deepEqual(mixed.table?.rows, [
      ['A', '19p'],
      ['C', '26'],
    ]);
    assert.deepEqual(importPrintedTable(readTable('Rate\n1.50\n2', 'table.tsv'), { title: 'Rates' }).table?.rows, [['1.50'], ['2']], '"1.50" would lose its zero as a number');
  });

  test('says what is missing: a caption, or rows below the headings', () => {
    assert.deepEqual(importPrintedTable(readTable('Name\tEmail\nAlex\talex@example.org', 'table.tsv')).problems.map((problem) => problem.message), [
      'the table needs a caption: give one with --title "…" or put it in a row of its own above the headings',
    ]);
    assert.deepEqual(importPrintedTable(readTable('Name\tEmail', 'table.tsv'), { title: 'People' }).problems.map((problem) => problem.message), [
      'a table needs a row of headings and at least one row below it',
    ]);
    assert.match(importPrintedTable(readTable('A\tB\n1\t2', 'table.tsv'), { title: '—' }).problems[0]!.message, /no letters or digits/);
  });
});
