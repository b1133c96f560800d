/**
 * Building blocks of the plan feed schema. Every field of the feed is built from these, so a
 * rule (what a link may point to, how a date is written) is stated once.
 */
import * as v from 'valibot';
import { FEED_DATE_PATTERN, isFeedDate } from '../format/date.js';
import { ID_PATTERN } from '../model/ids.js';

/**
 * Unions with an object form (a figure with "printed", a period with dates, links by language), by the
 * union's message. A mistake inside the object is then reported at its own path
 * (`/measures/0/baseline/unit`), not as "expected a number, text or an object" at the union's.
 */
export const unionObjectForms = new Map<string, { schema: v.GenericSchema; fits: (input: Record<string, unknown>) => boolean }>();

/** Registers `schema` as the object form of the union whose message is `message` (see `unionObjectForms`). */
export function registerObjectForm(message: string, schema: v.GenericSchema, fits?: (input: Record<string, unknown>) => boolean): string {
  const entries = (schema as { entries?: Record<string, unknown> }).entries ?? {};
  unionObjectForms.set(message, { schema, fits: fits ?? ((input) => Object.keys(input).some((key) => key in entries)) });
  return message;
}

/**
 * The objects validation found to be text by language. `localizePlan` picks a language only in
 * these, so an object of other short keys (a source with only a `url`) is never read as a translation.
 */
export const translatedObjects = new WeakSet<object>();

function markTranslated(value: Record<string, string>): boolean {
  translatedObjects.add(value);
  return true;
}

/** Text in one language. */
const PlainText = v.pipe(v.string(), v.regex(/\S/, 'must not be empty or only spaces'));

/** A language tag for a translation: "en", "cy", "cy-GB". */
export const LanguageTag = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "cy"'));

/**
 * The same text in several languages: `{"en": "Our plan", "cy": "Ein cynllun"}`. Any language the
 * plan was written in may stand alone (a heading printed only in Welsh is `{"cy": "…"}`): readers
 * whose language the text does not have read English if given, else the first language, marked with
 * its `lang` so screen readers pronounce it.
 */
export const TranslatedText = v.pipe(
  v.record(LanguageTag, PlainText),
  v.check((value) => Object.keys(value).length > 0, 'must give the text in at least one language, such as {"en": "…"} or {"cy": "…"}'),
  v.check(markTranslated),
  v.description('The text in one or more languages, by language tag: {"en": "…", "cy": "…"}.'),
  v.brand('TranslatedText'),
);
export type TranslatedText = v.InferOutput<typeof TranslatedText>;

/**
 * Text shown to readers: plain text, or the same text in several languages. Always rendered as text,
 * never as HTML.
 */
const TextSchema = v.union([PlainText, TranslatedText], 'must be text, or the text in several languages such as {"en": "…", "cy": "…"}');
export type TextValue = v.InferOutput<typeof TextSchema>;
export type TextInput = v.InferInput<typeof TextSchema>;
export const Text: v.GenericSchema<TextInput, TextValue> = TextSchema;

/**
 * A schema typed by what it reads and gives only. Declaration files then name these types instead of
 * spelling out every nested schema, so TypeScript users' projects check a `Plan` quickly (the full
 * spelling of format 2 was too deep for the compiler).
 */
export type Typed<T extends v.GenericSchema> = v.GenericSchema<v.InferInput<T>, v.InferOutput<T>>;

/**
 * A feed type as the elements read it, after `localizePlan` has chosen one language: every
 * translated text is a string.
 */
export type Localized<T> = T extends v.Brand<'TranslatedText'>
  ? string
  : T extends readonly (infer Item)[]
    ? Localized<Item>[]
    : T extends object
      ? { [Key in keyof T]: Localized<T[Key]> }
      : T;

/** Longer text that may be split into paragraphs by the feed author. */
const ParagraphsSchema = v.pipe(v.array(Text), v.description('Paragraphs of plain text, in reading order. Never HTML.'));
export const Paragraphs: Typed<typeof ParagraphsSchema> = ParagraphsSchema;

/** An identifier other parts of the feed (and URL hashes) refer to: lower-case words joined by hyphens. */
export const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be lower-case letters, digits and hyphens, such as "focus-on-victims"'),
  v.description('Identifier: lower-case letters, digits and hyphens. Used for deep links and references.'),
);

/**
 * A calendar date as precise as the document is: "2021", "2012-01" (January 2012) or "2021-04-01".
 * Stored as ISO 8601 text so the elements can format it for the reader's language.
 */
export const DateString = v.pipe(
  v.string(),
  v.regex(FEED_DATE_PATTERN, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, such as "2012-01"'),
  // The pattern allows 31 days in every month; the calendar decides (see format/date.ts). A date in the
  // wrong form is reported once, by the pattern.
  v.check((value) => !FEED_DATE_PATTERN.test(value) || isFeedDate(value), 'must be a day in the calendar: that month has fewer days'),
  v.description('Date as YYYY, YYYY-MM or YYYY-MM-DD.'),
);

/** A financial year as plans write it: "2021-22" (April 2021 to March 2022). */
export const FinancialYear = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}$/, 'must be a financial year written YYYY-YY, such as "2021-22"'),
  v.check((value) => {
    const start = Number(value.slice(0, 4));
    return (start + 1) % 100 === Number(value.slice(5));
  }, 'must be a financial year whose second part follows the first, such as "2021-22"'),
  v.description('Financial year written YYYY-YY, such as "2021-22".'),
);

/**
 * A link the elements may render. Only http(s), mailto: and tel: are allowed, so a feed can never
 * smuggle a javascript: or data: URL into the host page.
 */
export const Url = v.pipe(
  v.string(),
  // A telephone number as people write it ("tel:01273 292488") is read without its spaces: a URL may
  // not contain one (the W3C checker rejects such an href), and the number is the same. (Before the
  // check: valibot reports a union's own wording only for a branch whose checks come after any transform.)
  v.transform((url) => (url.startsWith('tel:') ? url.replace(/ /g, '') : url)),
  v.regex(/^(?:https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+0-9 ()-]+)$/, 'must be an http(s), mailto: or tel: link'),
  v.description('A link starting with http://, https://, mailto: or tel:.'),
);

/** A number JSON can hold that is not infinite (1e400 parses as Infinity). */
export const FiniteNumber = v.pipe(v.number(), v.finite('must be a finite number'));

/** An amount of money in pounds sterling, as a plain number (negative for income or savings). */
export const Money = v.pipe(v.number(), v.finite('must be a finite number'), v.description('Amount in pounds (GBP).'));

/** A percentage from 0 to 100. */
export const Percent = v.pipe(
  v.number(),
  v.minValue(0, 'must be at least 0'),
  v.maxValue(100, 'must be at most 100'),
  v.description('Percentage, 0 to 100.'),
);

/**
 * Marks a value that the source document does not state (for example a progress figure added to
 * demonstrate an element). Elements say so on screen.
 */
export const Illustrative = v.optional(
  v.pipe(v.boolean(), v.description('True when the value is not in the source document and was added for illustration.')),
);

/** A link that may differ by language (a Welsh page and an English page): `{"en": "https://…/en/", "cy": "https://…/cy/"}`. */
const LinksByLanguage = v.pipe(v.record(LanguageTag, Url), v.check((value) => Object.keys(value).length > 0, 'must give at least one link'), v.check(markTranslated), v.brand('TranslatedText'));
const LocalizedUrlSchema = v.union(
  [Url, LinksByLanguage],
  registerObjectForm('must be an http(s), mailto: or tel: link, or such links by language {"en": "…", "cy": "…"}', LinksByLanguage, () => true),
);
export const LocalizedUrl: Typed<typeof LocalizedUrlSchema> = LocalizedUrlSchema;

/** Where a section, list, table or figure comes from, shown to the reader. */
const SourceRefSchema = v.object({
  /** The `id` of an entry in the plan's `sources`. */
  sourceId: v.optional(Id),
  /** The document's title, when it is not in `sources`. */
  title: v.optional(Text),
  /** The page or pages, as printed: 12, "12–14", "Appendix 1". */
  page: v.optional(v.union([v.pipe(v.number(), v.integer('must be a whole number')), Text], 'must be a page number or the pages as printed')),
  url: v.optional(Url),
  note: v.optional(Text),
});
export type SourceRefValue = v.InferOutput<typeof SourceRefSchema>;
export const SourceRef: Typed<typeof SourceRefSchema> = SourceRefSchema;

/** A link with a visible label. */
export const Link = v.object({
  label: Text,
  url: LocalizedUrl,
  /** What the link is, so elements can pick an icon: "website", "twitter", "facebook"... */
  kind: v.optional(v.pipe(v.string(), v.description('What kind of link: website, email, facebook, x, instagram, youtube, document...'))),
});

/** One item of a list that may nest (a bullet with sub-bullets), as the feed has it. */
export interface ListItemFeed {
  /** The number or letter printed before it: "1", "(a)", "3.6". */
  number?: TextValue | undefined;
  text: TextValue;
  items?: ListItemFeed[] | undefined;
}
export type ListItem = Localized<ListItemFeed>;

/** A bulleted list item; `items` holds its sub-bullets. */
/** What a feed may give for a list item, before validation. */
export interface ListItemInput {
  number?: v.InferInput<typeof Text> | undefined;
  text: v.InferInput<typeof Text>;
  items?: ListItemInput[] | undefined;
}

export const ListItemSchema: v.GenericSchema<ListItemInput, ListItemFeed> = v.object({
  number: v.optional(Text),
  text: Text,
  items: v.optional(v.array(v.lazy(() => ListItemSchema))),
});

/** A titled piece of narrative: paragraphs and/or a nested list. */
export const Section = v.object({
  id: v.optional(Id),
  title: v.optional(Text),
  paragraphs: v.optional(Paragraphs),
  items: v.optional(v.array(ListItemSchema)),
  /** Text after the list. */
  closing: v.optional(Paragraphs),
  /** Where it comes from, shown to the reader. */
  source: v.optional(SourceRef),
});
