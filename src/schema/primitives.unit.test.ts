import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import { LocalizedUrl, Url } from './primitives.js';

describe('Url', () => {
  it('reads a telephone link without the spaces people write in the number (a URL may not contain one)', () => {
    assert.equal(v.parse(Url, 'tel:01273 292488'), 'tel:01273292488');
    assert.equal(v.parse(Url, 'tel:+44 (0)1273 292-488'), 'tel:+44(0)1273292-488');
    assert.deepEqual(v.parse(LocalizedUrl, { en: 'tel:01273 292488', cy: 'tel:01273 292489' }), { en: 'tel:01273292488', cy: 'tel:01273292489' });
  });

  it('keeps every other link as the feed gives it', () => {
    for (const url of ['https://example.org/a%20b', 'mailto:a@example.org', 'tel:01273292488']) assert.equal(v.parse(Url, url), url);
    assert.equal(v.safeParse(Url, 'javascript:alert(1)').success, false);
  });

  it('a link refused where a link by language is also allowed is refused in its own words', () => {
    const result = v.safeParse(LocalizedUrl, 'javascript:alert(1)');
    assert.equal(result.success, false);
    assert.equal(result.issues?.[0].message, 'must be an http(s), mailto: or tel: link');
  });
});
