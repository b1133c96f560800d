/// <reference types="node" />
// The iframe embed page's HTML (src/embed/embed.html, copied to dist/ by the build): a valid document
// that a strict CSP allows as it is, with nothing inline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';

const page = readFileSync(new URL('./embed.html', import.meta.url), 'utf8');

describe('embed.html', () => {
  test('is a valid HTML document (html-validate standard and document rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:document'], rules: { 'require-sri': 'off' } });
    const report = await validator.validateString(page);
    assert.deepEqual(
      report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} at ${message.line}:${message.column}: ${message.message}`)),
      [],
    );
  });

  test('has no inline script, style or event handler: its scripts and styles are files beside it', () => {
    assert.deepEqual([...page.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag), ['<script type="module" src="./embed.js">']);
    assert.doesNotMatch(page, /<style\b|\sstyle=|\son[a-z]+=/i);
    assert.match(page, /<link rel="stylesheet" href="\.\/embed\.css">/);
  });

  test('sets its own policy: nothing but its own files, no base or form targets, Trusted Types with Lit alone', () => {
    const policy = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(policy, 'a CSP meta element');
    const directives = Object.fromEntries(policy.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));
    assert.deepEqual(directives, {
      'default-src': "'self'",
      'connect-src': "'self' http: https:",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'require-trusted-types-for': "'script'",
      'trusted-types': 'lit-html',
    });
  });
});
