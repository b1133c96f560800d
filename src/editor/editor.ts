/**
 * The plan editor (dist/editor/index.html): opens a blank plan, a sample, a file or an address; edits it
 * through forms made from the feed's JSON Schema; validates as you type; previews any element; saves the
 * feed, a draft in this browser, and the embed snippets. Everything runs in the page: nothing is sent anywhere.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import schemaJson from '../../schema/plan.schema.json';
import neutralPreset from '../../themes/neutral.css?raw';
import govukPreset from '../../themes/govuk.css?raw';
import '../pcp-elements.js';
import { ELEMENTS } from '../elements.js';
import { isFormat1, migrateFeed } from '../loader/migrate.js';
import { parseJson } from '../loader/parse-json.js';
import { PlanError } from '../loader/plan-error.js';
import type { PlanFeed } from '../schema/plan.js';
import { appendItem, feedText, getAt, moveItem, pathOf, pointer, setAt, type Path } from './feed-value.js';
import { chooseVariant, emptyValue, FormModel, isLanguageMap, itemName, sentence, singular, textIn, type FieldModel, type SchemaNode } from './form-model.js';
import { planOutline, type OutlineItem } from './outline.js';
import { addPasted, KIND_NAMES, readPaste, type PastedPart, type PasteKind } from './paste.js';
import { checkFeed, type Check, type Problem } from './problems.js';
import { scopePreset } from './preset.js';
import { embedSnippets } from './snippets.js';

const model = new FormModel(schemaJson as SchemaNode);
const DRAFT_KEY = 'pcp-editor:draft';
const SCHEMA_URL = 'https://unpkg.com/pcp-elements/schema/plan.schema.json';

interface Draft {
  savedAt: string;
  source: string;
  feed: unknown;
}

// --- state -------------------------------------------------------------------------------------------
let feed: unknown = blankPlan();
let source = 'a blank plan';
let check: Check = checkFeed(feed);
let lastGoodPlan: PlanFeed | undefined = check.plan;
let restoredDraft: Draft | undefined;
/** What the author typed in number fields, by pointer, so "1.50" stays as typed while it is being typed. */
const typedNumbers = new Map<string, string>();
/** The variant an author chose for a field with no value yet (a figure as a number), by pointer. */
const chosenVariants = new Map<string, number>();
const preview = { tag: 'pcp-plan-document', width: 'desktop', preset: 'neutral', lang: 'en' };
const embed = { feedUrl: '', distUrl: 'https://www.example.gov.uk/pcp/' };
let saveMessage = '';

function blankPlan(): Record<string, unknown> {
  return { $schema: SCHEMA_URL, schemaVersion: '2.0', ...(emptyValue(model.root) as Record<string, unknown>) };
}

// --- changes -----------------------------------------------------------------------------------------
let settling: ReturnType<typeof setTimeout> | undefined;

/**
 * A new feed. Validation, the form around the field, the preview and the draft follow at once, or when
 * typing pauses (a long plan's form and document re-rendered at each key would make typing lag).
 */
function change(next: unknown, { typing = false }: { typing?: boolean } = {}): void {
  feed = next;
  clearTimeout(settling);
  // While typing, the field already shows what was typed: the rest follows when typing pauses.
  if (typing) settling = setTimeout(settle, 200);
  else settle();
}

/** Validates the feed, keeps the draft and updates the form and the preview. */
function settle(): void {
  clearTimeout(settling);
  settling = undefined;
  check = checkFeed(feed);
  if (check.plan) lastGoodPlan = check.plan;
  saveDraft();
  update();
}

/** Sets the value at a place; `typing` (an input event) leaves the rest of the page until typing pauses. */
function setField(path: Path, value: unknown, typing = false): void {
  // An emptied list item or table entry stays, empty, where the author is typing (the validator says it is empty);
  // removing it is the Remove button's job.
  const holder = path.length > 0 ? model.fieldAt(path.slice(0, -1), feed) : undefined;
  const keep = value === undefined && (holder?.kind === 'array' || holder?.kind === 'map');
  change(setAt(feed, path, keep ? '' : value), { typing });
}

/** The plan that opening another replaced, so one step back is possible (opening a sample over a day's work happens). */
let previous: { feed: unknown; source: string } | undefined;

function replaceFeed(next: unknown, from: string, message: string, { keepPrevious = true } = {}): void {
  if (keepPrevious && JSON.stringify(feed) !== JSON.stringify(blankPlan())) previous = { feed, source };
  else if (keepPrevious) previous = undefined;
  typedNumbers.clear();
  chosenVariants.clear();
  restoredDraft = undefined;
  source = from;
  lastGoodPlan = undefined;
  embed.feedUrl = '';
  change(next);
  announce(message, 'status');
  document.getElementById('problems-heading')?.focus();
}

function saveDraft(): void {
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: new Date().toISOString(), source, feed } satisfies Draft));
  } catch {
    // Storage full or turned off: the editor still works, without a draft.
  }
}

function readDraft(): Draft | undefined {
  try {
    const text = localStorage.getItem(DRAFT_KEY);
    const draft = text ? (JSON.parse(text) as Draft) : undefined;
    return draft && typeof draft === 'object' && 'feed' in draft ? draft : undefined;
  } catch {
    return undefined;
  }
}

function discardDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // nothing stored
  }
  replaceFeed(blankPlan(), 'a blank plan', 'The draft was discarded. You have a blank plan.');
}

/** Reads opened feed text: a format-1 feed is upgraded as `pcp migrate` would, so the forms fit it. */
function openText(text: string, from: string): void {
  let value: unknown;
  try {
    value = parseJson(text, from);
  } catch (error) {
    const problem = error instanceof PlanError ? [error.message, ...error.issues.map((issue) => issue.message)].filter((line, index, all) => all.indexOf(line) === index).join(' ') : String(error);
    announce(`${from} could not be opened: ${problem}`, 'alert');
    return;
  }
  let note = '';
  if (isFormat1(value)) {
    value = migrateFeed(value).feed;
    note = ' It was in the first feed format and has been brought up to date, as pcp migrate would.';
  }
  replaceFeed(value, from, `Opened ${from}.${note}`);
}

// --- announcements -----------------------------------------------------------------------------------
function announce(message: string, kind: 'status' | 'alert' = 'status'): void {
  const region = document.getElementById(kind === 'alert' ? 'open-alert' : 'announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node, so the same words said twice are announced twice.
  requestAnimationFrame(() => (region.textContent = message));
  if (kind === 'alert') region.hidden = false;
  else document.getElementById('open-alert')!.hidden = true;
}

// --- ids ----------------------------------------------------------------------------------------------
const fieldId = (path: Path, suffix = '') => `f${pointer(path)}${suffix}`;
/**
 * A link's href to the element with this id: ids hold "#" (and a feed's keys may hold spaces), which a URL's
 * fragment may not, so it is percent-encoded; the browser decodes it to find the element.
 */
const hrefTo = (id: string) => `#${encodeURIComponent(id)}`;

/** Moves focus to the control of a place in the feed, or of the nearest place around it that has one. */
function focusPlace(at: string): void {
  let path = pathOf(at);
  for (;;) {
    const element = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(path, '@en')) ?? document.getElementById(fieldId(path, '@cy'));
    const group = document.getElementById(fieldId(path, '#group')) ?? document.getElementById(fieldId(path, '#choice'));
    const target = element ?? group?.querySelector<HTMLElement>('input, select, textarea, button');
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
      return;
    }
    if (path.length === 0) return;
    path = path.slice(0, -1);
  }
}

// --- problems by place --------------------------------------------------------------------------------
function problemsAt(at: string): Problem[] {
  return check.problems.filter((problem) => problem.pointer === at);
}

function problemLines(at: string, id: string): TemplateResult | typeof nothing {
  const here = problemsAt(at);
  if (here.length === 0) return nothing;
  return html`<ul class="field-problems" id=${id}>
    ${here.map((problem) => html`<li class="field-problem field-problem--${problem.severity}"><span class="visually-hidden">${problem.severity === 'error' ? 'Error' : 'Warning'}: </span>${problem.message}</li>`)}
  </ul>`;
}

function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter((id): id is string => Boolean(id));
  return list.length ? list.join(' ') : nothing;
}

// --- form ---------------------------------------------------------------------------------------------
interface FieldContext {
  label: string;
  required: boolean;
  /** The value around this one is absent too: an absent optional part offers an "Add" button instead of its fields. */
  parentAbsent: boolean;
}

function hint(field: FieldModel, id: string): TemplateResult | typeof nothing {
  return field.description ? html`<p class="hint" id=${id}>${field.description}</p>` : nothing;
}

const optional = (context: FieldContext) => (context.required ? nothing : html` <span class="optional">(optional)</span>`);

function fieldTemplate(field: FieldModel, path: Path, value: unknown, context: FieldContext): TemplateResult {
  const at = pointer(path);
  const id = fieldId(path);
  const errorsId = `${id}#problems`;
  const hintId = `${id}#hint`;
  const hasError = problemsAt(at).some((problem) => problem.severity === 'error');
  const invalid = hasError ? 'true' : nothing;
  switch (field.kind) {
    case 'string':
      return html`<div class="field">
        <label for=${id}>${context.label}${optional(context)}</label>
        ${hint(field, hintId)} ${problemLines(at, errorsId)}
        <input id=${id} type="text" class="input" spellcheck="false" .value=${typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
          aria-invalid=${invalid} aria-describedby=${describedBy(field.description && hintId, problemsAt(at).length > 0 && errorsId)}
          @input=${(event: InputEvent) => setField(path, (event.target as HTMLInputElement).value === '' ? undefined : (event.target as HTMLInputElement).value, true)} />
      </div>`;
    case 'number': {
      const shown = typedNumbers.get(at) ?? (value === undefined ? '' : typeof value === 'string' ? value : String(value));
      return html`<div class="field">
        <label for=${id}>${context.label}${optional(context)}</label>
        ${hint(field, hintId)} ${problemLines(at, errorsId)}
        <input id=${id} type="text" inputmode="decimal" class="input input--number" spellcheck="false" .value=${shown}
          aria-invalid=${invalid} aria-describedby=${describedBy(field.description && hintId, problemsAt(at).length > 0 && errorsId)}
          @input=${(event: InputEvent) => {
            const typed = (event.target as HTMLInputElement).value;
            typedNumbers.set(at, typed);
            setField(path, numberFrom(typed), true);
          }} />
      </div>`;
    }
    case 'boolean':
    case 'enum': {
      const options = field.kind === 'boolean' ? [['true', 'Yes'], ['false', 'No']] : field.options.map((option) => [option, sentence(option)]);
      const current = value === undefined ? '' : String(value);
      return html`<div class="field">
        <label for=${id}>${context.label}${optional(context)}</label>
        ${hint(field, hintId)} ${problemLines(at, errorsId)}
        <select id=${id} class="select" aria-invalid=${invalid} aria-describedby=${describedBy(field.description && hintId, problemsAt(at).length > 0 && errorsId)}
          @change=${(event: Event) => {
            const chosen = (event.target as HTMLSelectElement).value;
            setField(path, chosen === '' ? undefined : field.kind === 'boolean' ? chosen === 'true' : chosen);
          }}>
          <option value="" ?selected=${current === ''}>Not given</option>
          ${options.map(([option, label]) => html`<option value=${option!} ?selected=${current === option}>${label}</option>`)}
          ${current !== '' && !options.some(([option]) => option === current) ? html`<option value=${current} selected>${current} (not in the list)</option>` : nothing}
        </select>
      </div>`;
    }
    case 'text':
      return textTemplate(field, path, value, context);
    case 'null':
      return html`<p class="field-none">${context.label}: none.</p>`;
    case 'choice':
      return choiceTemplate(field, path, value, context);
    case 'object':
      return objectTemplate(field, path, value, context);
    case 'map':
      return mapTemplate(field, path, value, context);
    case 'array':
      return arrayTemplate(field, path, value, context);
    default:
      return html`<div class="field">
        <label for=${id}>${context.label} (as JSON)${optional(context)}</label>
        ${problemLines(at, errorsId)}
        <textarea id=${id} class="textarea" spellcheck="false" .value=${value === undefined ? '' : JSON.stringify(value, null, 2)}
          @change=${(event: Event) => {
            const text = (event.target as HTMLTextAreaElement).value;
            try {
              setField(path, text.trim() === '' ? undefined : JSON.parse(text));
            } catch {
              announce(`${context.label} is not JSON, so it was not changed.`, 'alert');
            }
          }}></textarea>
      </div>`;
  }
}

/** A number as typed: "1,234.5" is 1234.5; anything else stays text as typed, for the validator to name. */
function numberFrom(typed: string): unknown {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const plain = trimmed.replace(/,(?=\d{3}\b)/g, '');
  return /^-?\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : typed;
}

/** The language a plain string is in: the plan's own language, English unless it says Welsh. */
function mainLanguage(): string {
  const language = (feed as { language?: unknown } | undefined)?.language;
  return typeof language === 'string' && language.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', cy: 'Welsh (Cymraeg)' };

function textTemplate(field: Extract<FieldModel, { kind: 'text' }>, path: Path, value: unknown, context: FieldContext): TemplateResult {
  const at = pointer(path);
  const main = mainLanguage();
  const texts: Record<string, string> = isLanguageMap(value) ? value : typeof value === 'string' ? { [main]: value } : {};
  const languages = ['en', 'cy', ...Object.keys(texts).filter((language) => language !== 'en' && language !== 'cy')];
  const hintId = fieldId(path, '#hint');
  const errorsId = fieldId(path, '#problems');
  const write = (language: string, text: string) => {
    // The value now, not as last rendered: typing renders nothing until it pauses.
    const now = getAt(feed, path);
    const next: Record<string, string> = isLanguageMap(now) ? { ...now } : typeof now === 'string' ? { [main]: now } : {};
    if (text === '') delete next[language];
    else next[language] = text;
    const keys = Object.keys(next);
    // The plan's own language alone is written as a plain string, as most feeds write it.
    setField(path, keys.length === 0 ? undefined : keys.length === 1 && keys[0] === main ? next[main] : next, true);
  };
  const anyError = [at, ...languages.map((language) => `${at}/${language}`)].some((place) => problemsAt(place).some((problem) => problem.severity === 'error'));
  return html`<fieldset class="text-field" id=${fieldId(path, '#group')}>
    <legend>${context.label}${optional(context)}</legend>
    ${hint(field, hintId)} ${problemLines(at, errorsId)}
    <div class="languages">
      ${languages.map((language) => {
        const id = fieldId(path, `@${language}`);
        const languageErrors = `${id}#problems`;
        const props = {
          id,
          value: texts[language] ?? '',
          describedBy: describedBy(field.description && hintId, problemsAt(at).length > 0 && errorsId, problemsAt(`${at}/${language}`).length > 0 && languageErrors),
          onInput: (event: InputEvent) => write(language, (event.target as HTMLTextAreaElement | HTMLInputElement).value),
        };
        return html`<div class="language">
          <label for=${id}><span class="visually-hidden">${context.label}, </span>${LANGUAGE_NAMES[language] ?? language}</label>
          ${problemLines(`${at}/${language}`, languageErrors)}
          ${field.multiline
            ? html`<textarea id=${props.id} class="textarea" rows="1" lang=${language} .value=${props.value} aria-invalid=${anyError ? 'true' : nothing} aria-describedby=${props.describedBy} @input=${props.onInput}></textarea>`
            : html`<input id=${props.id} type="text" class="input" lang=${language} spellcheck="false" .value=${props.value} aria-invalid=${anyError ? 'true' : nothing} aria-describedby=${props.describedBy} @input=${props.onInput} />`}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function choiceTemplate(field: Extract<FieldModel, { kind: 'choice' }>, path: Path, value: unknown, context: FieldContext): TemplateResult {
  const at = pointer(path);
  const numberIndex = field.variants.findIndex((option) => option.field.kind === 'number');
  // A figure being typed in its number field stays there, even while it reads as text ("£1.2m" is kept as typed).
  const typing = typedNumbers.has(at) && numberIndex >= 0 && (value === undefined || typeof value === 'string' || typeof value === 'number');
  const chosenIndex = typing ? numberIndex : value === undefined ? (chosenVariants.get(at) ?? chooseVariant(field, undefined).index) : chooseVariant(field, value).index;
  const variant = field.variants[chosenIndex]!;
  const selectId = fieldId(path, '#form');
  // Not '#group': the field it wraps may be a group of its own.
  return html`<div class="choice" id=${fieldId(path, '#choice')}>
    <div class="field field--inline">
      <label for=${selectId}>${context.label}: written as</label>
      <select id=${selectId} class="select" @change=${(event: Event) => {
        const index = Number((event.target as HTMLSelectElement).value);
        chosenVariants.set(at, index);
        typedNumbers.delete(at);
        setField(path, convert(getAt(feed, path), field.variants[index]!.field));
      }}>
        ${field.variants.map((option, index) => html`<option value=${index} ?selected=${index === chosenIndex}>${option.label}</option>`)}
      </select>
    </div>
    ${fieldTemplate(variant.field, path, value, context)}
  </div>`;
}

/** The value kept when an author changes what a field is written as: a number and its text carry over. */
function convert(value: unknown, field: FieldModel): unknown {
  if (field.kind === 'number' && typeof value === 'string') return numberFrom(value);
  if ((field.kind === 'text' || field.kind === 'string') && typeof value === 'number') return String(value);
  if ((field.kind === 'text' || field.kind === 'string') && typeof value === 'string') return value;
  if (field.kind === 'object' && field.properties.some((property) => property.name === 'printed') && (typeof value === 'string' || typeof value === 'number'))
    return { printed: String(value), ...(typeof value === 'number' ? { value } : {}) };
  if (field.kind === 'null' || field.kind === 'object' || field.kind === 'array' || field.kind === 'map' || field.kind === 'boolean') return emptyValue(field);
  return undefined;
}

function objectTemplate(field: Extract<FieldModel, { kind: 'object' }>, path: Path, value: unknown, context: FieldContext): TemplateResult {
  const at = pointer(path);
  const record = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const errorsId = fieldId(path, '#problems');
  const unknownKeys = record ? Object.keys(record).filter((key) => !field.properties.some((property) => property.name === key)) : [];
  const body =
    !record && (context.parentAbsent || !context.required)
      ? html`<button type="button" class="button button--secondary" id=${fieldId(path, '#add')} @click=${() => {
          setField(path, emptyValue(field));
          requestAnimationFrame(() => focusPlace(at));
        }}>Add ${context.label.toLowerCase()}</button>`
      : html`${field.properties.map((property) =>
            fieldTemplate(property.field, [...path, property.name], record?.[property.name], { label: sentence(property.name), required: property.required, parentAbsent: !record }),
          )}
          ${unknownKeys.length
            ? html`<p class="hint">Also in the feed, not part of the format: ${unknownKeys.join(', ')} (kept as they are).</p>`
            : nothing}
          ${record && !context.required && path.length > 0 && typeof path.at(-1) === 'string'
            ? html`<button type="button" class="button button--warning" @click=${() => {
                setField(path, undefined);
                announce(`${context.label} removed.`);
                requestAnimationFrame(() => document.getElementById(fieldId(path, '#add'))?.focus());
              }}>Remove ${context.label.toLowerCase()}</button>`
            : nothing}`;
  if (path.length === 0) return html`<div class="root">${problemLines(at, errorsId)}${body}</div>`;
  return html`<fieldset class="group" id=${fieldId(path, '#group')}>
    <legend>${context.label}${optional(context)}</legend>
    ${field.description ? html`<p class="hint">${field.description}</p>` : nothing} ${problemLines(at, errorsId)} ${body}
  </fieldset>`;
}

function mapTemplate(field: Extract<FieldModel, { kind: 'map' }>, path: Path, value: unknown, context: FieldContext): TemplateResult {
  const at = pointer(path);
  const record = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const newKeyId = fieldId(path, '#new-key');
  const rename = (from: string, to: string) => {
    if (to === from || to === '' || to in record) return;
    setField(path, Object.fromEntries(Object.entries(record).map(([key, child]) => [key === from ? to : key, child])));
  };
  return html`<fieldset class="group" id=${fieldId(path, '#group')}>
    <legend>${context.label}${optional(context)}</legend>
    ${field.description ? html`<p class="hint">${field.description}</p>` : nothing} ${problemLines(at, fieldId(path, '#problems'))}
    <ul class="entries">
      ${Object.entries(record).map(([key, child]) => {
        const keyId = fieldId([...path, key], '#key');
        return html`<li class="entry">
          <div class="field">
            <label for=${keyId}>Heading</label>
            <input id=${keyId} class="input input--short" type="text" spellcheck="false" .value=${key} @change=${(event: Event) => rename(key, (event.target as HTMLInputElement).value.trim())} />
          </div>
          ${fieldTemplate(field.values, [...path, key], child, { label: key, required: true, parentAbsent: false })}
          <button type="button" class="button button--warning" @click=${() => {
            typedNumbers.clear();
            change(setAt(feed, [...path, key], undefined));
            announce(`${key} removed.`);
            requestAnimationFrame(() => document.getElementById(newKeyId)?.focus());
          }}>Remove<span class="visually-hidden"> ${key}</span></button>
        </li>`;
      })}
    </ul>
    <div class="field field--inline">
      <label for=${newKeyId}>New heading</label>
      ${field.keyDescription ? html`<p class="hint" id=${`${newKeyId}#hint`}>${field.keyDescription}</p>` : nothing}
      <input id=${newKeyId} class="input input--short" type="text" spellcheck="false" aria-describedby=${field.keyDescription ? `${newKeyId}#hint` : nothing} />
      <button type="button" class="button button--secondary" @click=${() => {
        const input = document.getElementById(newKeyId) as HTMLInputElement;
        const key = input.value.trim();
        if (key === '' || key in record) {
          announce(key === '' ? 'Type a heading first.' : `${key} is already there.`, 'alert');
          input.focus();
          return;
        }
        input.value = '';
        setField([...path, key], emptyValue(field.values));
        requestAnimationFrame(() => focusPlace(pointer([...path, key])));
      }}>Add<span class="visually-hidden"> to ${context.label.toLowerCase()}</span></button>
    </div>
  </fieldset>`;
}

function arrayTemplate(field: Extract<FieldModel, { kind: 'array' }>, path: Path, value: unknown, context: FieldContext): TemplateResult {
  const at = pointer(path);
  const list = Array.isArray(value) ? value : [];
  const name = typeof path.at(-1) === 'string' ? singular(String(path.at(-1))) : 'Item';
  const addId = fieldId(path, '#add');
  const nameOf = (index: number) => {
    const title = itemName(list[index]);
    return `${name} ${index + 1}${title ? `: ${title.length > 60 ? `${title.slice(0, 59)}…` : title}` : ''}`;
  };
  const move = (index: number, by: -1 | 1) => moveInList(path, name, index, by, fieldId([...path, index + by], by < 0 ? '#up' : '#down'));
  return html`<fieldset class="group list" id=${fieldId(path, '#group')}>
    <legend>${context.label}${optional(context)}</legend>
    ${field.description ? html`<p class="hint">${field.description}</p>` : nothing} ${problemLines(at, fieldId(path, '#problems'))}
    ${list.length
      ? html`<ol class="items">
          ${list.map(
            (item, index) => html`<li class="item">
              ${fieldTemplate(field.items, [...path, index], item, { label: nameOf(index), required: true, parentAbsent: false })}
              <div class="item-actions">
                <button type="button" class="button button--small" id=${fieldId([...path, index], '#up')} aria-disabled=${index === 0 ? 'true' : 'false'} @click=${() => move(index, -1)}>Move up<span class="visually-hidden">: ${name} ${index + 1}</span></button>
                <button type="button" class="button button--small" id=${fieldId([...path, index], '#down')} aria-disabled=${index === list.length - 1 ? 'true' : 'false'} @click=${() => move(index, 1)}>Move down<span class="visually-hidden">: ${name} ${index + 1}</span></button>
                <button type="button" class="button button--small button--warning" id=${fieldId([...path, index], '#remove')} @click=${() => {
                  typedNumbers.clear();
                  change(setAt(feed, [...path, index], undefined));
                  announce(`${name} ${index + 1} removed.`);
                  const next = list.length - 1 > index ? index : index - 1;
                  requestAnimationFrame(() => document.getElementById(next >= 0 ? fieldId([...path, next], '#remove') : addId)?.focus());
                }}>Remove<span class="visually-hidden">: ${name} ${index + 1}</span></button>
              </div>
            </li>`,
          )}
        </ol>`
      : html`<p class="empty">None yet.</p>`}
    <button type="button" class="button button--secondary" id=${addId} @click=${() => {
      change(appendItem(feed, path, emptyValue(field.items)));
      announce(`${name} ${list.length + 1} added.`);
      requestAnimationFrame(() => focusPlace(pointer([...path, list.length])));
    }}>Add ${name.toLowerCase()}</button>
  </fieldset>`;
}

/** Moves an item of the list at `path` one place up or down, says so, and puts focus on `focusId` (where the item went). */
function moveInList(path: Path, name: string, index: number, by: -1 | 1, focusId: string): void {
  const list = getAt(feed, path);
  const length = Array.isArray(list) ? list.length : 0;
  const to = index + by;
  if (to < 0 || to >= length) {
    announce(`${name} ${index + 1} is already ${by < 0 ? 'first' : 'last'}.`);
    return;
  }
  // What was typed in number fields is remembered by place, and the places have moved.
  typedNumbers.clear();
  change(moveItem(feed, path, index, to));
  announce(`${name} moved ${by < 0 ? 'up' : 'down'}, to position ${to + 1} of ${length}.`);
  requestAnimationFrame(() => document.getElementById(focusId)?.focus());
}

// --- outline, problems, preview, save ------------------------------------------------------------------
/**
 * A drag in the outline, by an item's handle, with pointer events (mouse, pen and touch alike): the list it
 * is in, where it started, the siblings it can go between, and the slot (0 to the number of siblings) it
 * would drop into. The Up and Down buttons do the same without dragging (WCAG 2.5.7).
 */
interface OutlineDrag {
  listPath: Path;
  name: string;
  from: number;
  items: HTMLElement[];
  slot: number | undefined;
}
let outlineDrag: OutlineDrag | undefined;

function showDropSlot(drag: OutlineDrag, slot: number | undefined): void {
  drag.slot = slot;
  drag.items.forEach((item, index) => {
    item.classList.toggle('drop-before', slot === index);
    item.classList.toggle('drop-after', slot === drag.items.length && index === drag.items.length - 1);
  });
}

function startOutlineDrag(event: PointerEvent, listPath: Path, from: number, name: string): void {
  if (event.button !== 0 || outlineDrag) return;
  const handle = event.currentTarget as HTMLElement;
  const item = handle.closest('li');
  if (!item?.parentElement) return;
  event.preventDefault();
  const drag: OutlineDrag = { listPath, name, from, items: [...item.parentElement.children] as HTMLElement[], slot: undefined };
  outlineDrag = drag;
  handle.setPointerCapture(event.pointerId);
  item.classList.add('dragging');
  // The slot is the number of siblings whose own line (not the levels below it) is above the pointer.
  const move = (moved: PointerEvent) => {
    const slot = drag.items.filter((sibling) => {
      const line = (sibling.querySelector(':scope > .outline-row') ?? sibling).getBoundingClientRect();
      return line.top + line.height / 2 < moved.clientY;
    }).length;
    // Dropped where it is, it would not move: no indicator there.
    showDropSlot(drag, slot === from || slot === from + 1 ? undefined : slot);
  };
  const finish = (drop: boolean) => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', up);
    handle.removeEventListener('pointercancel', cancel);
    removeEventListener('keydown', escape, true);
    const { slot } = drag;
    showDropSlot(drag, undefined);
    item.classList.remove('dragging');
    outlineDrag = undefined;
    if (!drop || slot === undefined) return;
    const to = slot > from ? slot - 1 : slot;
    typedNumbers.clear();
    change(moveItem(feed, listPath, from, to));
    announce(`${name} moved to position ${to + 1} of ${drag.items.length}.`);
  };
  const up = () => finish(true);
  const cancel = () => finish(false);
  const escape = (key: KeyboardEvent) => {
    if (key.key !== 'Escape') return;
    key.preventDefault();
    finish(false);
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', up);
  handle.addEventListener('pointercancel', cancel);
  addEventListener('keydown', escape, true);
}

function outlineTemplate(items: OutlineItem[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<ul>
    ${items.map((item) => {
      const index = item.path.at(-1) as number;
      const listPath = item.path.slice(0, -1);
      const name = item.label.replace(/ \S+:.*$| \S+$/, '');
      const outlineId = (at: Path, suffix: string) => `o${pointer(at)}${suffix}`;
      return html`<li>
        <div class="outline-row">
          <span class="drag-handle" id=${outlineId(item.path, '#drag')} aria-hidden="true" title="Drag to move ${item.label}"
            @pointerdown=${(event: PointerEvent) => startOutlineDrag(event, listPath, index, item.label)}></span>
          <a href=${hrefTo(fieldId(item.path, '#group'))} @click=${(event: Event) => {
            event.preventDefault();
            focusPlace(pointer(item.path));
          }}>${item.label}</a>
          <span class="outline-actions">
            <button type="button" class="button button--small button--secondary" id=${outlineId(item.path, '#up')} aria-disabled=${index === 0 ? 'true' : 'false'}
              @click=${() => moveInList(listPath, name, index, -1, outlineId([...listPath, index - 1], '#up'))}>Up<span class="visually-hidden">: ${item.label}</span></button>
            <button type="button" class="button button--small button--secondary" id=${outlineId(item.path, '#down')} aria-disabled=${index === items.length - 1 ? 'true' : 'false'}
              @click=${() => moveInList(listPath, name, index, 1, outlineId([...listPath, index + 1], '#down'))}>Down<span class="visually-hidden">: ${item.label}</span></button>
          </span>
        </div>
        ${outlineTemplate(item.children)}
      </li>`;
    })}
  </ul>`;
}

function problemsTemplate(): TemplateResult {
  const errors = check.problems.filter((problem) => problem.severity === 'error');
  const warnings = check.problems.filter((problem) => problem.severity === 'warning');
  const more = check.errorCount - errors.length;
  const summary =
    errors.length === 0
      ? `No errors: this feed is valid${warnings.length ? `, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}.`
      : `${check.errorCount} error${check.errorCount === 1 ? '' : 's'}${warnings.length ? ` and ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}: the elements will not show this feed until the errors are put right.`;
  const link = (problem: Problem) =>
    html`<li class="problem problem--${problem.severity}">
      <a href=${hrefTo(fieldId(pathOf(problem.pointer)))} @click=${(event: Event) => {
        event.preventDefault();
        focusPlace(problem.pointer);
      }}><span class="problem-kind">${problem.severity === 'error' ? 'Error' : 'Warning'}:</span> ${problem.summary}</a>
    </li>`;
  return html`<section class="problems ${errors.length ? 'problems--errors' : 'problems--ok'}" aria-labelledby="problems-heading">
    <h2 id="problems-heading" tabindex="-1">Problems</h2>
    <p id="problems-summary">${summary}</p>
    ${check.problems.length ? html`<ul class="problem-list">${errors.map(link)}${warnings.map(link)}</ul>` : nothing}
    ${more > 0 ? html`<p>The first ${errors.length} are listed; put them right to see the rest.</p>` : nothing}
  </section>`;
}

const PART_ELEMENTS = ELEMENTS.filter((element) => element.part);

function previewTemplate(): TemplateResult {
  const controls = html`<div class="preview-controls">
    <div class="field">
      <label for="preview-element">Show</label>
      <select id="preview-element" class="select" @change=${(event: Event) => {
        preview.tag = (event.target as HTMLSelectElement).value;
        update();
      }}>
        ${PART_ELEMENTS.map((element) => html`<option value=${element.tag} ?selected=${element.tag === preview.tag}>&lt;${element.tag}&gt;</option>`)}
      </select>
    </div>
    ${radios('Width', 'preview-width', [['phone', 'Phone (360 px)'], ['desktop', 'Desktop']], preview.width, (value) => (preview.width = value))}
    ${radios('Look', 'preview-preset', [['neutral', 'Neutral preset'], ['govuk', 'GOV.UK preset']], preview.preset, (value) => (preview.preset = value))}
    ${radios('Language', 'preview-lang', [['en', 'English'], ['cy', 'Cymraeg']], preview.lang, (value) => (preview.lang = value))}
  </div>`;
  const note = !check.plan && lastGoodPlan ? html`<p class="preview-note">The preview shows the plan as it was before the errors listed under Problems.</p>` : !lastGoodPlan ? html`<p class="preview-note">The preview appears once the plan has no errors.</p>` : nothing;
  return html`<section class="preview-panel" aria-labelledby="preview-heading">
    <h2 id="preview-heading">Preview</h2>
    ${controls} ${note}
    <div class="preview preview--${preview.width} preset-${preview.preset}" id="preview-frame"></div>
  </section>`;
}

function radios(legend: string, name: string, options: [string, string][], current: string, set: (value: string) => void): TemplateResult {
  return html`<fieldset class="radios">
    <legend>${legend}</legend>
    ${options.map(
      ([value, label]) => html`<div class="radio">
        <input type="radio" id=${`${name}-${value}`} name=${name} value=${value} .checked=${value === current} @change=${() => {
          set(value);
          update();
        }} />
        <label for=${`${name}-${value}`}>${label}</label>
      </div>`,
    )}
  </fieldset>`;
}

/** The preview's element: made again only when the choice of element changes, given each new valid plan. */
function updatePreview(): void {
  const frame = document.getElementById('preview-frame');
  if (!frame) return;
  let element = frame.firstElementChild as (HTMLElement & { plan?: unknown }) | null;
  if (!lastGoodPlan) {
    element?.remove();
    return;
  }
  if (!element || element.localName !== preview.tag) {
    element = document.createElement(preview.tag) as HTMLElement & { plan?: unknown };
    element.setAttribute('heading-level', '3');
    frame.replaceChildren(element);
  }
  element.lang = preview.lang;
  if (element.plan !== lastGoodPlan) element.plan = lastGoodPlan;
}

function saveTemplate(): TemplateResult {
  const plan = feed as Record<string, unknown>;
  const id = typeof plan?.id === 'string' && plan.id ? plan.id : 'plan';
  const partName = PART_ELEMENTS.find((element) => element.tag === preview.tag)?.folder ?? '';
  const snippets = embedSnippets({ tag: preview.tag, feedUrl: embed.feedUrl || `/feeds/${id}.json`, distUrl: embed.distUrl, planTitle: textIn(plan?.title), partName: sentence(partName) });
  const snippet = (key: keyof typeof snippets, heading: string, help: string) => html`<div class="snippet">
    <h3 id=${`snippet-${key}-heading`}>${heading}</h3>
    <p class="hint">${help}</p>
    <pre tabindex="0" role="region" aria-labelledby=${`snippet-${key}-heading`} id=${`snippet-${key}`}><code>${snippets[key]}</code></pre>
    <button type="button" class="button button--secondary" @click=${() => copy(snippets[key], heading)}>Copy<span class="visually-hidden"> the ${heading.toLowerCase()}</span></button>
  </div>`;
  return html`<section class="save" aria-labelledby="save-heading">
    <h2 id="save-heading">Save and embed</h2>
    <p>
      <button type="button" class="button" id="download" @click=${download}>Download the feed (${id}.json)</button>
      ${saveMessage ? html`<span class="save-message">${saveMessage}</span>` : nothing}
    </p>
    <p class="hint">Your work is kept in this browser as a draft while you edit, so closing the tab loses nothing. It is not sent anywhere.</p>
    <div class="field">
      <label for="embed-feed-url">The feed's address on your site</label>
      <input id="embed-feed-url" class="input" type="text" spellcheck="false" .value=${embed.feedUrl || `/feeds/${id}.json`} @input=${(event: InputEvent) => {
        embed.feedUrl = (event.target as HTMLInputElement).value;
        update();
      }} />
    </div>
    <div class="field">
      <label for="embed-dist-url">Where the package's dist folder is on your site (for the iframe)</label>
      <input id="embed-dist-url" class="input" type="text" spellcheck="false" .value=${embed.distUrl} @input=${(event: InputEvent) => {
        embed.distUrl = (event.target as HTMLInputElement).value;
        update();
      }} />
    </div>
    <p>The snippets show the element chosen in the preview, &lt;${preview.tag}&gt;.</p>
    ${snippet('script', 'Script and tag', 'For a page or CMS that allows scripts and custom tags.')}
    ${snippet('shortcode', 'WordPress shortcode', 'With the pcp-elements WordPress plugin: works for every editor role.')}
    ${snippet('iframe', 'Iframe', 'For a CMS that allows only iframes: copy the package’s dist folder to your site first.')}
  </section>`;
}

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(`The ${what.toLowerCase()} is copied.`);
  } catch {
    announce(`The ${what.toLowerCase()} could not be copied here: select it and copy it with your keyboard.`, 'alert');
  }
}

function download(): void {
  const plan = feed as Record<string, unknown>;
  const name = `${typeof plan?.id === 'string' && plan.id ? plan.id : 'plan'}.json`;
  const url = URL.createObjectURL(new Blob([feedText(feed, model.root)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  saveMessage = `Downloaded ${name}${check.errorCount ? `, with ${check.errorCount} error${check.errorCount === 1 ? '' : 's'} still to put right` : ''}.`;
  update();
  announce(saveMessage);
}

function previousTemplate(): TemplateResult | typeof nothing {
  if (!previous) return nothing;
  const back = previous;
  return html`<div class="notice" role="region" aria-labelledby="previous-heading">
    <h2 id="previous-heading">The plan you were editing</h2>
    <p>The plan started from ${back.source} is kept here until you leave this page.</p>
    <button type="button" class="button button--secondary" id="go-back" @click=${() => {
      previous = undefined;
      replaceFeed(back.feed, back.source, `Back to the plan started from ${back.source}.`, { keepPrevious: false });
    }}>Go back to it</button>
  </div>`;
}

function draftTemplate(): TemplateResult | typeof nothing {
  if (!restoredDraft) return nothing;
  const when = new Date(restoredDraft.savedAt);
  const time = Number.isNaN(when.getTime()) ? '' : ` from ${when.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}`;
  return html`<div class="notice" role="region" aria-labelledby="draft-heading">
    <h2 id="draft-heading">Your draft is back</h2>
    <p>This is the draft you were editing${time}, started from ${restoredDraft.source}.</p>
    <button type="button" class="button button--warning" id="discard-draft" @click=${discardDraft}>Discard the draft and start a blank plan</button>
  </div>`;
}

function appTemplate(): TemplateResult {
  const outline = planOutline(feed);
  return html`${draftTemplate()} ${previousTemplate()} ${problemsTemplate()}
    <div class="workspace">
      <div class="form-column">
        <nav class="outline" aria-labelledby="outline-heading">
          <h2 id="outline-heading">Outline</h2>
          ${outline.length ? outlineTemplate(outline) : html`<p>No objectives yet.</p>`}
        </nav>
        <section aria-labelledby="form-heading">
          <h2 id="form-heading">The plan</h2>
          <p class="hint">Editing ${source}. Every field follows the plan feed format; fields marked (optional) can stay empty. Write figures as the plan prints them.</p>
          <form class="plan-form" novalidate @submit=${(event: Event) => event.preventDefault()}>
            ${fieldTemplate(model.root, [], feed, { label: 'Plan', required: true, parentAbsent: false })}
          </form>
        </section>
      </div>
      <div class="side-column">${previewTemplate()} ${saveTemplate()}</div>
    </div>`;
}

function update(): void {
  render(appTemplate(), document.getElementById('app')!);
  updatePreview();
}

// --- starting points (the static part of the page) ------------------------------------------------------
function wireStart(): void {
  document.getElementById('start-blank')!.addEventListener('click', () => replaceFeed(blankPlan(), 'a blank plan', 'You have a blank plan.'));
  const sampleForm = document.getElementById('sample-form') as HTMLFormElement;
  sampleForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = (document.getElementById('sample') as HTMLSelectElement).value;
    if (!name) return;
    // The samples are copied beside the page at build time (build/editor-plugin.ts), so they open wherever dist/ is.
    await openAddress(new URL(`samples/${encodeURIComponent(name)}`, document.baseURI).href, `the sample ${name}`);
  });
  const file = document.getElementById('file') as HTMLInputElement;
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    openText(await chosen.text(), chosen.name);
    file.value = '';
  });
  const urlForm = document.getElementById('url-form') as HTMLFormElement;
  urlForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const address = (document.getElementById('url') as HTMLInputElement).value.trim();
    if (!address) return;
    await openAddress(address, address);
  });
  const pasteForm = document.getElementById('paste-form') as HTMLFormElement;
  pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = (document.getElementById('paste') as HTMLTextAreaElement).value;
    const title = (document.getElementById('paste-title') as HTMLInputElement).value;
    const as = (document.getElementById('paste-as') as HTMLSelectElement).value;
    const read = readPaste(text, { plan: check.plan, title, as: as === '' ? undefined : (as as PasteKind) });
    const out = document.getElementById('paste-result')!;
    out.replaceChildren();
    const heading = document.createElement('p');
    const list = document.createElement('ul');
    for (const line of [...read.problems, ...read.warnings]) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    if (!read.result) {
      heading.textContent = `The pasted cells could not be read${read.kind ? ` as ${KIND_NAMES[read.kind]}` : ''}:`;
      out.append(heading, list);
      out.className = 'paste-result paste-result--error';
      out.focus();
      return;
    }
    const added = addPasted((feed && typeof feed === 'object' ? feed : {}) as Record<string, unknown>, read.result);
    change(added.feed);
    heading.textContent = pastedMessage(read.result, added.replaced);
    out.append(heading, ...(list.childElementCount ? [list] : []));
    out.className = 'paste-result';
    (document.getElementById('paste') as HTMLTextAreaElement).value = '';
    requestAnimationFrame(() => focusPlace(pointer(added.path)));
  });
}

/** What the paste added, in a sentence: "Added the table “Contents” with 9 rows." */
function pastedMessage(pasted: PastedPart, replaced: boolean): string {
  const verb = replaced ? 'Replaced' : 'Added';
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  switch (pasted.part) {
    case 'budget':
      return `${verb} the budget “${textIn(pasted.budget.title)}” with ${plural(pasted.budget.lines.length, 'line')}.`;
    case 'actionPlan':
      return `${verb} the action plan with ${plural(pasted.actionPlan.rows.length, 'row')}.`;
    case 'measure':
      return replaced
        ? `Replaced the values of the measure “${textIn(pasted.measure.title)}” with ${plural(pasted.measure.values.length, 'value')}, keeping its other fields.`
        : `Added the measure “${textIn(pasted.measure.title)}” with ${plural(pasted.measure.values.length, 'value')}.`;
    case 'table':
      return `${verb} the table “${textIn(pasted.table.caption)}” with ${plural(pasted.table.rows.length, 'row')}.`;
  }
}

async function openAddress(address: string, name: string): Promise<void> {
  let text: string;
  try {
    const response = await fetch(address, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    text = await response.text();
  } catch (error) {
    announce(`${name} could not be opened: ${(error as Error).message === 'Failed to fetch' ? 'the address could not be reached, or its server does not let other sites read it' : (error as Error).message}.`, 'alert');
    return;
  }
  openText(text, name);
}

// --- presets: each applies inside the preview that chose it ------------------------------------------------
function adoptPresets(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${scopePreset(neutralPreset, '.preset-neutral')}\n${scopePreset(govukPreset, '.preset-govuk')}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

// --- start ----------------------------------------------------------------------------------------------
adoptPresets();
wireStart();
const draft = readDraft();
if (draft) {
  restoredDraft = draft;
  source = draft.source;
  feed = draft.feed;
  check = checkFeed(feed);
  lastGoodPlan = check.plan;
}
update();
// A tab closed within the pause after typing keeps those last keys too.
addEventListener('pagehide', () => settling !== undefined && settle());
document.documentElement.dataset.editorReady = 'true';
