// What <pcp-contact> shows, decided in Node: the details with their labels and links, and the formats offer.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { feedNames, makeFeed, sampleFeed } from '../view/test-feeds.js';
import { contactView, telHref, type ContactDetail } from './contact-view.js';

/** A detail as a reader reads it: "Label: text" (links and lines joined as shown). */
function read(detail: ContactDetail): string {
  switch (detail.kind) {
    case 'text':
      return `${detail.label}: ${detail.text.text}`;
    case 'address':
      return `${detail.label}: ${detail.lines.map((line) => line.text).join(' / ')}`;
    case 'links':
      return `${detail.label}: ${detail.links.map((link) => `${link.text.text} <${link.href}>`).join(', ')}`;
  }
}

describe('contactView', () => {
  test("Cambridgeshire and Peterborough's details in order, with links to follow and the address by line", () => {
    const view = contactView(viewContext(sampleFeed('cambridgeshire-peterborough-2021-2024')));
    assert.equal(view.title, 'Contact');
    assert.deepEqual(view.details!.map(read), [
      'Organisation: Cambridgeshire Police and Crime Commissioner',
      'Address: PO Box 688 / Huntingdon / PE29 9LA',
      'Phone: 0300 333 3456 <tel:03003333456>',
      'Email: cambs-pcc@cambs.pnn.police.uk <mailto:cambs-pcc@cambs.pnn.police.uk>',
      'Website: www.cambridgeshire-pcc.gov.uk <http://www.cambridgeshire-pcc.gov.uk>',
      'Social media: www.facebook.com/CambsPCC <http://www.facebook.com/CambsPCC>, www.twitter.com/PCCCambs <http://www.twitter.com/PCCCambs>',
    ]);
    assert.equal(view.formats, undefined);
  });

  test("Cumbria's offer of other formats in its own words, and how to ask for it", () => {
    const { formats } = contactView(viewContext(sampleFeed('cumbria-2021-2025')));
    assert.equal(formats!.heading, 'Other formats');
    assert.match(formats!.offer.text, /^If you would like this information in braille, audio, large print/);
    assert.deepEqual(formats!.ask, {
      label: 'Ask for it:',
      phone: { href: 'tel:01768217734', text: { text: '01768 217734' } },
      email: { href: 'mailto:commissioner@cumbria-pcc.gov.uk', text: { text: 'commissioner@cumbria-pcc.gov.uk' } },
      or: 'or',
    });
  });

  for (const name of feedNames) {
    test(`${name}: details only where the feed has a contact; the empty message where it has neither part`, () => {
      const ctx = viewContext(sampleFeed(name));
      const view = contactView(ctx);
      const { contact, accessibleFormats } = ctx.plan;
      assert.equal(view.empty, contact || accessibleFormats ? undefined : 'This plan gives no contact details.');
      assert.equal(view.details !== undefined, Boolean(contact));
      assert.equal(view.formats !== undefined, Boolean(accessibleFormats));
    });
  }

  test('a purpose and a named person as printed; a contact with none of the details still has its (empty) list', () => {
    const view = contactView(viewContext(makeFeed({ contact: { person: 'Jo Bloggs', purpose: 'Feedback on this document' } })));
    assert.deepEqual(view.purpose, { text: 'Feedback on this document' });
    assert.deepEqual(view.details!.map(read), ['Contact: Jo Bloggs']);
    assert.deepEqual(contactView(viewContext(makeFeed({ contact: {} }))).details, []);
  });

  test('without the offer in words, a sentence from the formats named; no way to ask when the feed gives none', () => {
    const view = contactView(viewContext(makeFeed({ accessibleFormats: { formats: ['braille', 'large-print', 'british-sign-language'] } })));
    assert.equal(view.details, undefined);
    assert.deepEqual(view.formats, {
      heading: 'Other formats',
      offer: { text: 'This plan is available in braille, large print, British Sign Language.' },
      ask: undefined,
    });
    const byEmail = contactView(viewContext(makeFeed({ accessibleFormats: { formats: ['audio'], email: 'formats@example.org' } })));
    assert.equal(byEmail.formats!.ask!.phone, undefined);
    assert.equal(byEmail.formats!.ask!.email!.href, 'mailto:formats@example.org');
  });

  test('a phone number becomes a tel: link of its digits (and a leading +)', () => {
    assert.equal(telHref('01768 217734'), 'tel:01768217734');
    assert.equal(telHref('+44 (0)1768 217-734 ext'), 'tel:+4401768217734');
  });

  test("a Welsh page: Welsh words, and the feed's English-only text marked lang: 'en' (addresses and URLs as written)", async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({
      contact: { organisation: { en: 'Testshire OPCC', cy: 'SCHTH Swydd Prawf' }, address: [{ en: 'PO Box 1' }], email: 'opcc@example.org' },
      accessibleFormats: { formats: ['braille', 'audio'] },
    });
    const view = contactView(viewContext(feed, 'cy'));
    const t = viewContext(feed, 'cy').t.contact;
    assert.equal(view.title, t.title);
    assert.notEqual(view.title, 'Contact');
    assert.deepEqual(view.details, [
      { kind: 'text', label: t.organisation, text: { text: 'SCHTH Swydd Prawf' } },
      { kind: 'address', label: t.address, lines: [{ text: 'PO Box 1', lang: 'en' }] },
      { kind: 'links', label: t.email, links: [{ href: 'mailto:opcc@example.org', text: { text: 'opcc@example.org' } }] },
    ]);
    assert.deepEqual(view.formats!.offer, { text: t.availableIn(`${t.formats['braille']}, ${t.formats['audio']}`) });
  });

  test('nothing to show without contact details or an offer', () => {
    assert.deepEqual(contactView(viewContext(makeFeed())), { empty: 'This plan gives no contact details.', title: 'Contact' });
    assert.equal(contactView(viewContext(makeFeed({ accessibleFormats: null }))).empty, 'This plan gives no contact details.');
  });
});
