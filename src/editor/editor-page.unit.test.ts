/// <reference types="node" />
// The editor's HTML (src/editor/index.html, built to dist/editor/index.html): a valid document that a
// strict CSP allows as it is, with nothing inline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';

const page = readFileSync(new URL('./index.html', import.meta.url), 'utf8');

describe('editor index.html', () => {
  test('is a valid HTML document (html-validate standard and document rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:document'], rules: { 'require-sri': 'off' } });
    // The build writes the sample feeds into the empty menu; one option stands for them here.
    const report = await validator.validateString(page.replace('<!-- sample feeds -->', '<option value="plan.json">A plan</option>'));
    assert.deepEqual(
      report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} at ${message.line}:${message.column}: ${message.message}`)),
      [],
    );
  });

  test('has no inline script, style or event handler', () => {
    assert.deepEqual([...page.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag), ['<script type="module" src="./editor.ts">']);
    assert.doesNotMatch(page, /<style\b|\sstyle=|\son[a-z]+=/i);
  });

  test('sets its own policy: its own files, feeds over http(s), Trusted Types with Lit alone', () => {
    const policy = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(policy, 'a CSP meta element');
    const directives = Object.fromEntries(policy.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    assert.equal(directives['script-src'], "'self'");
    assert.equal(directives['style-src'], "'self'");
    assert.equal(directives['connect-src'], "'self' http: https:");
    assert.equal(directives['require-trusted-types-for'], "'script'");
    assert.equal(directives['trusted-types'], 'lit-html');
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  });
});
