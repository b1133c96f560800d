// Figures by their unit: one rule for the unit names ("money" and "£", "percent" and "%") and
// for how a bare number in each is written.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FIGURE_UNITS } from '../schema/figure.js';
import { KEY_FIGURE_UNITS, SCENARIO_UNITS } from '../schema/finance.js';
import { formatInUnit, unitKind, unitText } from './figure.js';

describe('unitKind', () => {
  test('the feed\'s names and the symbols a measure uses mean the same', () => {
    assert.equal(unitKind('money'), 'money');
    assert.equal(unitKind('£'), 'money');
    assert.equal(unitKind('percent'), 'percent');
    assert.equal(unitKind('%'), 'percent');
  });
  test('anything else is a plain number', () => {
    for (const unit of [undefined, 'number', 'officers', 'percentage-points', 'rank', 'duration', 'text']) assert.equal(unitKind(unit), 'number', String(unit));
  });
  test('every unit the schema lists is one of the three', () => {
    for (const unit of [...FIGURE_UNITS, ...SCENARIO_UNITS, ...KEY_FIGURE_UNITS]) assert.ok(['money', 'percent', 'number'].includes(unitKind(unit)), unit);
  });
});

describe('formatInUnit', () => {
  test('money in pounds, with pence only when the amount has them', () => {
    assert.equal(formatInUnit(97139153, 'money'), '£97,139,153');
    assert.equal(formatInUnit(529, '£'), '£529');
    assert.equal(formatInUnit(1234.5, 'money'), '£1,234.50');
    assert.equal(formatInUnit(-5260984, 'money'), '−£5,260,984');
  });
  test('a percentage with every decimal it has, or exactly `decimals`', () => {
    assert.equal(formatInUnit(27.5, 'percent'), '27.5%');
    assert.equal(formatInUnit(6.44, '%'), '6.44%');
    assert.equal(formatInUnit(1, 'percent', { decimals: 1 }), '1.0%');
  });
  test('a number, with its suffix', () => {
    assert.equal(formatInUnit(1234, 'officers', { suffix: 'officers' }), '1,234 officers');
    assert.equal(formatInUnit(2.5, 'number', { decimals: 2 }), '2.50');
    assert.equal(formatInUnit(1234, undefined), '1,234');
  });
  test('the suffix goes only after a plain number', () => {
    assert.equal(formatInUnit(5, '%', { suffix: '%' }), '5%');
  });
  test('in the reader\'s locale', () => {
    assert.equal(formatInUnit(1234.5, 'number', { locale: 'cy-GB' }), '1,234.5');
  });
});

describe('unitText', () => {
  test('printed text is shown exactly as printed, whatever the unit', () => {
    assert.equal(unitText('£78m', 'money'), '£78m');
    assert.equal(unitText({ printed: '6.44%', value: 6.44, qualifier: 'around' }, 'percent'), 'around 6.44%');
  });
  test('a bare number goes through formatInUnit', () => {
    assert.equal(unitText(27.5, '%'), formatInUnit(27.5, 'percent'));
    assert.equal(unitText(12, 'deaths', 'en-GB', 'deaths'), '12 deaths');
  });
});
