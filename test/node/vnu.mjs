// The W3C Nu HTML Checker (vnu.jar, from the vnu-jar package) for the tests of rendered HTML: `pcp render`'s
// output (render-w3c.test.mjs) and the demo pages, as served and as the browser has them
// (test/pages/demo-w3c.test.mjs). One Java process checks every document of a run: the JVM's start-up
// is most of the cost of a small check.
//
// The checker does not look inside <template>, so a declarative shadow root would go unchecked: each one
// is also checked as a document of its own (`withShadowRoots`), its content in the <body> of a page in
// the host's language. That is how its content models, ARIA attributes and SVG get checked, with the
// root's own ID scope (ids in two shadow roots may repeat; inside one they may not).
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, serialize } from 'parse5';

/** vnu.jar's path (the vnu-jar package exports it). */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

const JAVA = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java';

/**
 * Throws, saying what to install, unless a Java runtime is on PATH (or in JAVA_HOME): the checker is
 * part of the build, so a machine without Java fails rather than skipping it.
 */
export function requireJava() {
  const result = spawnSync(JAVA, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      `The W3C Nu HTML Checker (${VNU_JAR}) needs a Java runtime, 17 or later, and \`${JAVA}\` did not run` +
        ` (${result.error?.message ?? result.stderr.trim()}). Install one (on Debian or Ubuntu: \`apt-get install default-jre-headless\`)` +
        ' or set JAVA_HOME.',
    );
  }
}

const BOTH = ['renders', 'pages'];
const SHADOW_ROOT = '(shadow root)';
/** A document that is one shadow root, checked on its own (`withShadowRoots`). */
const inShadowRoot = ({ name }) => name.endsWith(SHADOW_ROOT);

/**
 * Messages the checker gives that are set aside, reviewed one by one (issue 24). Each is valid HTML or
 * CSS the checker does not know, or a deliberate choice; none hides markup a browser or assistive
 * technology misreads. Matched on the whole message, so a new message of the same kind still fails.
 * `seenIn` names the checks that meet it (render-w3c.test.mjs, demo-w3c.test.mjs), each of which fails
 * when one it names is no longer given, so that the list stays as short as it can be.
 */
export const SET_ASIDE = [
  // Deliberate: `role="list"` on a <ul>/<ol> styled `list-style: none`, which Safari and VoiceOver
  // otherwise stop announcing as a list (html-validate's no-redundant-role, set aside for the same reason).
  { message: /^The “list” role is unnecessary for element “(ul|ol)”\.$/, seenIn: BOTH },
  // `part` (and `exportparts`) are global attributes defined by CSS Shadow Parts, not by the HTML
  // standard the checker's schema follows; they name the elements a page's CSS may style (::part()).
  { message: /^Attribute “(part|exportparts)” not allowed on element “[a-z0-9]+” at this point\.$/, seenIn: BOTH },
  // CSS container queries (Baseline since 2023) are unknown to the checker's CSS validator: it calls
  // the property unknown and the @container rule a parse error. Only these; any other CSS message fails.
  // (Only the server renders carry <style>; the browser gives the elements their styles as objects.)
  { message: /^CSS: “container-type”: Property “container-type” doesn't exist\.$/, seenIn: ['renders'] },
  { message: /^CSS: “container”: Parse Error\.$/, seenIn: ['renders'] },
  { message: /^CSS: Unrecognized at-rule “@container”$/, seenIn: ['renders'] },
  // The checker reads each page from a file, whose origin no `'self'` in a Content-Security-Policy
  // matches; an address relative to the page (./, ../) is on the page's own origin, which the policy
  // allows (demo.test.mjs loads the pages under it with no violation). An address elsewhere still fails.
  { message: /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\.\.?\/[^”]*” blocked by “(style|script)-src” directive\.$/, seenIn: ['pages'] },
  // A shadow root checked on its own is a part of a page, not a page: its headings start at the level
  // the page gives them (heading-level), under the page's <h1>.
  { message: /^This document has heading elements but none of them has a computed heading level of 1\.$/, when: inShadowRoot, seenIn: BOTH },
  // A page whose <h1> an element renders in its shadow root (the plan's title: <pcp-plan-document>, at
  // level 1 unless told otherwise, or <pcp-plan-summary heading-level="1">), where the checker does not look.
  {
    message: /^This document has heading elements but none of them has a computed heading level of 1\.$/,
    when: ({ html }) => /<pcp-plan-document\b(?![^>]*\bheading-level="[2-6]")|<pcp-[a-z-]+\b[^>]*\bheading-level="1"/.test(html),
    seenIn: ['pages'],
  },
  // A section in a shadow root whose heading the element inside it renders in its own shadow root (the
  // plan document's parts; checked there): the checker, not looking into <template>, sees no heading.
  { message: /^Section lacks heading\. /, when: inShadowRoot, seenIn: BOTH },
];

/**
 * True when a finding ({ message, checked: { name, html } }) is on the reviewed list above: its message
 * matches an entry, in the kind of document the entry names, if it names one.
 */
export const isSetAside = (finding) => SET_ASIDE.some((entry) => sets(entry, finding));

/** True when the SET_ASIDE entry sets the finding aside. */
const sets = (entry, finding) => entry.message.test(finding.message) && (!entry.when || entry.when(finding.checked));

/**
 * Checks the documents ({ name, html }) in one run of the checker, errors, warnings and information
 * alike; resolves to every message as { document, checked, type, message, line, extract }: `document`
 * is the name given, `checked` the document itself. Rejects if the checker fails to run.
 */
export async function vnuCheck(documents) {
  requireJava();
  const folder = await mkdtemp(join(tmpdir(), 'pcp-vnu-'));
  try {
    const names = new Map();
    await Promise.all(
      documents.map((document, index) => {
        const file = join(folder, `${index}.html`);
        names.set(`file:${file}`, document);
        return writeFile(file, document.html);
      }),
    );
    const stdout = await new Promise((resolve, reject) => {
      execFile(JAVA, ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', folder], { maxBuffer: 256 * 1024 * 1024 }, (error, out, err) =>
        error ? reject(new Error(`vnu.jar failed: ${error.message}\n${err}`)) : resolve(out),
      );
    });
    return JSON.parse(stdout).messages.map((message) => ({
      document: names.get(message.url)?.name ?? message.url ?? '(no document)',
      checked: names.get(message.url) ?? { name: message.url ?? '(no document)', html: '' },
      type: message.subType ? `${message.type}/${message.subType}` : message.type,
      message: message.message,
      line: message.lastLine,
      extract: message.extract,
    }));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const attribute = (element, name) => element.attrs?.find((a) => a.name === name)?.value;
const isShadowRoot = (node) => node.tagName === 'template' && attribute(node, 'shadowrootmode') !== undefined;

/**
 * A document and each declarative shadow root in it as a document of its own: [{ name, html }], the
 * first being the document itself (without its shadow roots when `keepTemplates` is false: a
 * serialization's <template>s are not what a server sent). A shadow root's document is named after
 * its hosts (`name › pcp-plan-document › pcp-objectives (shadow root)`) and has the host's language; its
 * <style>s are in its <head>.
 */
export function withShadowRoots(name, html, { keepTemplates = true } = {}) {
  const found = [];
  const collect = (parent, lang, path, roots) => {
    for (const node of parent.childNodes ?? []) {
      if (!node.tagName) continue;
      const own = attribute(node, 'lang') ?? lang;
      if (isShadowRoot(node)) {
        roots.push(node);
        const nested = [];
        collect(node.content, lang, path, nested);
        found.push({ name: `${path.join(' › ')} ${SHADOW_ROOT}`, lang, content: node.content, nested });
        continue;
      }
      collect(node.content ?? node, own, node.tagName.includes('-') ? [...path, node.tagName] : path, roots);
    }
  };
  const documentNode = parse(html);
  const topRoots = [];
  collect(documentNode, '', [name], topRoots);
  const drop = (roots) => {
    if (keepTemplates) return;
    for (const root of roots) root.parentNode.childNodes.splice(root.parentNode.childNodes.indexOf(root), 1);
  };
  // Serialized before their templates are dropped from the tree, the nested ones first.
  const shadowDocuments = found.map(({ name: rootName, lang, content, nested }) => {
    drop(nested);
    // A shadow root's own style sheets apply to the whole root, as a document's do from its <head>
    // (in <body>, the checker would hold them to the rules for a style sheet scoped to its parent).
    const styles = content.childNodes.filter((node) => node.tagName === 'style');
    content.childNodes = content.childNodes.filter((node) => !styles.includes(node));
    const head = styles.map((style) => `<style>${serialize(style)}</style>`).join('');
    return {
      name: rootName,
      html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>shadow root</title>${head}</head><body>${serialize(content)}</body></html>`,
    };
  });
  drop(topRoots);
  // As sent, byte for byte, unless its shadow roots were taken out.
  return [{ name, html: keepTemplates ? html : serialize(documentNode) }, ...shadowDocuments];
}

/** How many findings each entry of SET_ASIDE set aside: a line each (for the tests' diagnostics). */
export const setAsideCounts = (findings) =>
  SET_ASIDE.map((entry) => `${findings.filter((finding) => sets(entry, finding)).length} set aside: ${entry.message}`);

/** The entries of SET_ASIDE said to be seen in `check` ('renders' or 'pages') that no finding matched, as text. */
export const unusedSetAsides = (check, findings) =>
  SET_ASIDE.filter((entry) => entry.seenIn.includes(check) && !findings.some((finding) => sets(entry, finding))).map((entry) => String(entry.message));

/** One line per kind of finding (its message), with where it was first seen and how often, so a regression in one template does not print hundreds. */
export function byKind(findings) {
  const kinds = new Map();
  for (const finding of findings) {
    const kind = `${finding.type}: ${finding.message}`;
    const seen = kinds.get(kind);
    if (seen) seen.count += 1;
    else kinds.set(kind, { first: finding, count: 1 });
  }
  return [...kinds].map(([kind, { first, count }]) => `${kind} (${first.document}, line ${first.line}: “${first.extract?.trim()}”; ${count} in all)`);
}
