/**
 * The ways to put a plan on a page, as the README describes them: the script and a tag, the WordPress
 * plugin's shortcode (`[pcp element="…" src="…"]`), and the iframe page (dist/embed.html) for a CMS that
 * allows only iframes.
 */

export interface SnippetOptions {
  /** The element to show, such as "pcp-objectives". */
  tag: string;
  /** Where the feed will be published, as a page would refer to it ("/feeds/plan.json"). */
  feedUrl: string;
  /** Where the package's dist/ folder is served from, for the iframe page ("https://www.example.gov.uk/pcp/"). */
  distUrl: string;
  /** The plan's title, to name the iframe for screen readers. */
  planTitle: string;
  /** A name for the part shown, for the iframe's title ("Objectives"). */
  partName: string;
}

export interface Snippets {
  script: string;
  shortcode: string;
  iframe: string;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A URL in a query string, keeping / and : readable as the README's examples do. */
const queryValue = (text: string) => encodeURIComponent(text).replace(/%2F/gi, '/').replace(/%3A/gi, ':');

export function embedSnippets(options: SnippetOptions): Snippets {
  const { tag, feedUrl, planTitle, partName } = options;
  const element = tag.replace(/^pcp-/, '');
  const dist = options.distUrl.endsWith('/') ? options.distUrl : `${options.distUrl}/`;
  const script = `<script type="module" src="https://unpkg.com/pcp-elements/dist/autoloader.js"></script>\n<${tag} src="${attribute(feedUrl)}"></${tag}>`;
  // The shortcode's attribute values may not hold a double quote (WordPress ends the value there).
  const shortcode = `[pcp element="${element}" src="${feedUrl.replace(/"/g, '%22')}"]`;
  const title = [planTitle.trim(), partName.trim()].filter(Boolean).join(': ') || 'Police and Crime Plan';
  const iframe = `<iframe title="${attribute(title)}"\n  src="${attribute(`${dist}embed.html?src=${queryValue(feedUrl)}&element=${tag}`)}"\n  width="100%" height="800" loading="lazy" style="border:0"></iframe>\n<!-- Optional, once per page: each frame takes its content's height -->\n<script src="${attribute(`${dist}embed-host.js`)}"></script>`;
  return { script, shortcode, iframe };
}
