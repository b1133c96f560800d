/// <reference types="node" />
/**
 * `pcp render <feed> --element <tag> [name=value…]`: prints one element as HTML rendered on the
 * server, for pages that must show the plan before (or without) JavaScript.
 *
 *   (default)    declarative shadow DOM: readable with no script, and the element upgrades in place
 *                when pcp-elements.js loads, from the feed's address (--src, or the feed's own URL) or
 *                the feed inline (--inline-feed; the default for a feed file)
 *   --light-dom  plain HTML and the element's own stylesheet scoped to it, for CMSs that strip <template>
 *                (inline, from --stylesheet <url>, or left to the site)
 *   --page       a whole HTML document around it (with --script <url> for the element script)
 *
 * Every form fails safe in a CMS that strips tags but keeps their text (WordPress's kses): stylesheets
 * and the inline feed are inside HTML comments, so what is left is the content. All of it is on one
 * line with no white space beside block tags, which leaves automatic paragraphs (WordPress's wpautop)
 * nothing to change in the light DOM form; in the declarative shadow DOM form they still wrap Lit's
 * hydration markers, so that form is for pages the site builds, not for a CMS's editor.
 */
import { createHash } from 'node:crypto';
import { planFromText } from '../loader/load-plan.js';
import { toPlanError } from '../loader/plan-error.js';
import { loadCatalogue } from '../i18n/catalogues.js';
import { localizePlan } from '../i18n/localize-plan.js';
import type { PlanFeed } from '../schema/plan.js';
import { escapeAttribute, styleElement, compactHtml, type FeedReference } from '../ssr/render-element.js';
import { problemLines, readFeed, type Output } from './validate-command.js';

export const RENDER_USAGE = `Usage: pcp render <feed file or URL> --element <pcp-…> [name=value…] [--src <url> | --inline-feed]
                  [--light-dom [--stylesheet <url> | --no-style | --style-only]] [--page [--script <url>]]

Prints the element as HTML rendered on the server, on one line: for example
  pcp render plan.json --element pcp-objectives layout=grid heading-level=2 --src /feeds/plan.json > objectives.html
  pcp render plan.json --element pcp-objectives --light-dom --stylesheet /css/pcp-objectives.css > objectives.html

  name=value          an attribute of the element (layout=accordion, heading-level=3…)
  --src <url>         where the page's element loads the feed from when its script runs (also as
                      src=<url>; the default when the feed is given as an http(s) URL: that URL)
  --inline-feed       put the feed itself in the element instead (the default for a feed file)
  --light-dom         plain HTML and a <style> for it, for CMSs that remove <template> or scripts, such as
                      WordPress for authors and editors who may not post unfiltered HTML
  --stylesheet <url>  with --light-dom: a <link rel="stylesheet"> to that file (save --style-only's CSS
                      there) instead of the <style>
  --no-style          with --light-dom: leave the <style> out (put --style-only's CSS in the site's stylesheet)
  --style-only        with --light-dom: print only that CSS
  --page              a whole HTML page, not a fragment
  --script <url>      with --page: the pcp-elements.js to load (the element then upgrades in place)`;

interface RenderArguments {
  feed: string;
  element: string;
  attributes: Record<string, string>;
  src?: string;
  inlineFeed: boolean;
  lightDom: boolean;
  style: 'inline' | 'none' | 'only' | 'link';
  stylesheet?: string;
  page: boolean;
  script?: string;
}

const isUrl = (location: string) => /^https?:\/\//i.test(location);

function parseArguments(args: string[]): RenderArguments | string {
  const parsed: Partial<RenderArguments> & { attributes: Record<string, string> } = {
    attributes: {},
    inlineFeed: false,
    lightDom: false,
    style: 'inline',
    page: false,
  };
  const styles = new Set<string>();
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index]!;
    const value = () => {
      const next = args[(index += 1)];
      if (next === undefined || next.startsWith('--')) throw new Error(`${argument} needs a value`);
      return next;
    };
    try {
      if (argument === '--element') parsed.element = value();
      else if (argument.startsWith('--element=')) parsed.element = argument.slice('--element='.length);
      else if (argument === '--src') parsed.src = value();
      else if (argument === '--inline-feed') parsed.inlineFeed = true;
      else if (argument === '--light-dom') parsed.lightDom = true;
      else if (argument === '--page') parsed.page = true;
      else if (argument === '--script') parsed.script = value();
      else if (argument === '--stylesheet') {
        parsed.stylesheet = value();
        parsed.style = 'link';
        styles.add(argument);
      } else if (argument === '--no-style') {
        parsed.style = 'none';
        styles.add(argument);
      } else if (argument === '--style-only') {
        parsed.style = 'only';
        styles.add(argument);
      } else if (argument.startsWith('--')) return `unknown option ${argument}`;
      else if (parsed.feed === undefined) parsed.feed = argument;
      else {
        const equals = argument.indexOf('=');
        const name = equals === -1 ? argument : argument.slice(0, equals);
        // The element's src attribute is where it loads the feed from: the same as --src.
        if (name === 'src' && equals !== -1) parsed.src = argument.slice(equals + 1);
        else parsed.attributes[name] = equals === -1 ? '' : argument.slice(equals + 1);
      }
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (!parsed.feed) return 'name the feed file or URL';
  if (!parsed.element) return 'name the element with --element, such as --element pcp-objectives';
  if (styles.size > 1) return `${[...styles].join(' and ')} are alternatives: give one`;
  if (parsed.style !== 'inline' && !parsed.lightDom) return '--stylesheet, --no-style and --style-only go with --light-dom';
  if (parsed.src !== undefined && parsed.inlineFeed) return '--src and --inline-feed are alternatives: give one';
  if ((parsed.src !== undefined || parsed.inlineFeed) && parsed.lightDom) return '--src and --inline-feed go without --light-dom (the light DOM form has no element to load a feed)';
  if (parsed.src !== undefined && !parsed.src) return '--src needs a URL';
  if (parsed.script !== undefined && (!parsed.page || parsed.lightDom)) return '--script goes with --page, without --light-dom';
  return parsed as RenderArguments;
}

/** Where the upgraded element finds its feed: --src, --inline-feed, or the feed's own URL when it has one. */
function feedReference(parsed: RenderArguments): FeedReference {
  if (parsed.src !== undefined) return { src: parsed.src };
  if (!parsed.inlineFeed && isUrl(parsed.feed)) return { src: parsed.feed };
  return 'inline';
}

/** Renders; returns the process exit code (0 done, 1 the feed is invalid, 2 a usage mistake). */
export async function renderCommand(args: string[], output: Output): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    output.err(`pcp render: ${parsed}.`);
    output.err(RENDER_USAGE);
    return 2;
  }
  // Loaded here, not at start-up: @lit-labs/ssr installs a DOM shim that `pcp validate` does not need.
  const { RENDERABLE_ELEMENTS, renderElement } = await import('../ssr/render-element.js');
  if (!(RENDERABLE_ELEMENTS as readonly string[]).includes(parsed.element)) {
    output.err(`pcp render: "${parsed.element}" is not an element it can render. One of: ${RENDERABLE_ELEMENTS.join(', ')}.`);
    return 2;
  }
  // Without script nobody can select a segment: the static wheel leaves out the detail panel that says to.
  if (parsed.lightDom && parsed.element === 'pcp-priority-wheel' && parsed.attributes.detail === undefined) parsed.attributes.detail = 'none';
  let plan: PlanFeed;
  try {
    plan = planFromText(await readFeed(parsed.feed), parsed.feed);
  } catch (error) {
    for (const line of problemLines(parsed.feed, toPlanError(error, 'schema', parsed.feed))) output.err(line);
    return 1;
  }
  // The element's words in its language are loaded before the (synchronous) server render.
  await loadCatalogue(parsed.attributes['lang'] ?? 'en');
  let html: string;
  try {
    const feed = parsed.lightDom ? 'inline' : feedReference(parsed);
    html = await renderElement(parsed.element as (typeof RENDERABLE_ELEMENTS)[number], plan, parsed.attributes, feed);
  } catch (error) {
    output.err(`pcp render: ${(error as Error).message}.`);
    return 2;
  }
  // A feed without this part renders the element's empty state: fine to publish only if meant.
  const empty = /<p class="pcp-empty"[^>]*>(?:<!--[^>]*-->)*([^<]+)/.exec(html);
  if (empty) output.err(`pcp render: warning: <${parsed.element}> shows its empty state: "${empty[1]!.trim()}"`);
  let head = '';
  if (parsed.lightDom) {
    const { toLightDom } = await import('../ssr/light-dom.js');
    // Ids the element generates get a suffix from the content, so two renders on one page differ.
    const suffix = createHash('sha256').update(html).digest('hex').slice(0, 6);
    const light = toLightDom(html, suffix);
    if (parsed.style === 'only') {
      output.out(light.css);
      return 0;
    }
    const style =
      parsed.style === 'inline' ? styleElement(light.css) : parsed.style === 'link' ? `<link rel="stylesheet" href="${escapeAttribute(parsed.stylesheet!)}">` : '';
    html = light.html;
    if (parsed.page) head = style;
    // In a fragment the <style> has a <div> of its own: when kses has stripped the tag, automatic
    // paragraphs would put the comment it leaves in a <p> of its own, but not inside a <div>.
    else html = `${parsed.style === 'inline' ? `<div class="pcp-stylesheet">${style}</div>` : style}${html}`;
  } else if (parsed.script) {
    head = `<script type="module" src="${escapeAttribute(parsed.script)}"></script>`;
  }
  if (parsed.page) {
    const language = parsed.attributes['lang'] || 'en';
    const title = localizePlan(plan, language).plan.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    // The page's own heading, unless the element starts at level 1 (the whole-plan document does).
    const level = Number(parsed.attributes['heading-level'] ?? (parsed.element === 'pcp-plan-document' ? 1 : 2));
    const h1 = level > 1 ? `<h1>${title}</h1>\n` : '';
    html = `<!doctype html>
<html lang="${escapeAttribute(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
<main>
${h1}${html}
</main>
</body>
</html>`;
  }
  output.out(compactHtml(html));
  return 0;
}
