// WordPress's own content filters, run from Node through test/wordpress/kses-filter.php (PHP CLI and
// Debian's `wordpress` package), and what a reader sees of HTML: for the tests of `pcp render` output
// (test/node/render-kses.test.mjs, test/pages/render-kses.test.mjs).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const WORDPRESS = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
const FILTER = join(root, 'test/wordpress/kses-filter.php');

/** Why the WordPress filters cannot run here, or undefined when they can. */
export function missingWordPress() {
  try {
    execFileSync('php', ['--version'], { stdio: 'ignore' });
  } catch {
    return 'no php on PATH (apt-get install php-cli)';
  }
  if (!existsSync(join(WORDPRESS, 'wp-includes/kses.php'))) return `no WordPress at ${WORDPRESS} (apt-get install wordpress, or set WORDPRESS_DIR)`;
  return undefined;
}

/**
 * node:test's `skip` for tests that need the filters: false when they can run, else the reason. On CI
 * (process.env.CI) a missing php or WordPress throws instead: there the tests must run.
 */
export function skipWithoutWordPress(suite) {
  const missing = missingWordPress();
  if (!missing) return false;
  if (process.env.CI) throw new Error(`${suite}: ${missing}`);
  return `WordPress's filters cannot run: ${missing}`;
}

/** Runs WordPress's filters (`kses`, `autop` or `both`) over each document, in one PHP process. */
export function wordpressFilter(mode, documents) {
  return new Promise((resolve, reject) => {
    const child = execFile('php', [FILTER, mode, '--json'], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`kses-filter.php ${mode}: ${stderr || error.message}`)) : resolve(JSON.parse(stdout)),
    );
    child.stdin.end(JSON.stringify(documents));
  });
}

// Elements that start a new line of text (HTML's block-level defaults), a select's options (a list when
// open) and SVG's separately placed <text>.
const SEPARATE = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'nav', 'ol', 'option', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'text']);

/**
 * The text a browser shows for `html`, with white space normalised: text nodes, declarative shadow roots
 * included; not comments, <style> or <script>, nor an SVG's <title> and <desc>. A space marks where one
 * block (or SVG <text>) ends and the next begins, so text that only element boundaries kept apart is
 * seen running together once a sanitiser has removed those elements.
 */
export function visibleText(html) {
  return textOf(parseFragment(html));
}

/** `visibleText` of a parse5 node. */
export function textOf(node) {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') parts.push(child.value);
      if (!child.tagName || ['style', 'script', 'title', 'desc'].includes(child.tagName)) continue;
      const separate = SEPARATE.has(child.tagName);
      if (separate) parts.push(' ');
      if (child.content) walk(child.content);
      walk(child);
      if (separate) parts.push(' ');
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** CSS or JSON showing as text: a rule, :host, a custom property, or a JSON member. */
export function leakedCode(text) {
  const patterns = [/:host/, /--pcp-|--_[a-z]/, /[a-z0-9\])*-]\s*\{[^{}]*[a-z-]+\s*:[^{}]*\}/i, /\{\s*"[^"]+"\s*:/, /"[a-zA-Z]+"\s*:\s*["[{]/];
  return patterns.map((pattern) => pattern.exec(text)?.[0]).filter(Boolean);
}

