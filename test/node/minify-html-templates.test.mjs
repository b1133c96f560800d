// build/minify-html-templates.mjs: the indentation inside `html` and `svg` templates goes, in the bundles,
// in lib/ and in the browser tests alike, and nothing else changes. Lit hydrates server-rendered HTML by a
// digest of each template's text, so the last test compares every template of src/ (as Vite builds it)
// with the same template in lib/ (as tsc wrote it and build:lib transformed it).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { htmlTemplates, minifyHtmlTemplates } from '../../build/minify-html-templates.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The text pieces of every `html`/`svg` template in `code`, in source order. */
const templateTexts = (code, fileName) => htmlTemplates(code, fileName).map((pieces) => pieces.map(([start, end]) => code.slice(start, end)));

describe('minifyHtmlTemplates', () => {
  it('drops the indentation inside html and svg templates and keeps the line breaks', () => {
    const code = "const a = html`\n    <p class=\"x\">\n      ${name}\n    </p>\n  `;\nconst b = svg`<g>\n  <path d=\"M0\"></path>\n</g>`;\n";
    const out = minifyHtmlTemplates(code, 'a.ts');
    assert.equal(out, 'const a = html`\n<p class="x">\n${name}\n</p>\n`;\nconst b = svg`<g>\n<path d="M0"></path>\n</g>`;\n');
    assert.equal(out.split('\n').length, code.split('\n').length, 'the same lines');
  });

  it('changes nothing else: other templates, strings, comments, and the code inside ${…}', () => {
    const code = [
      "/* an html`\n  template` in a comment */",
      "const c = css`\n  :host { display: block; }\n`;",
      "const t = `\n  plain ${x}\n`;",
      "const s = 'html`  x`';",
      "const r = html`<p>${cond ? html`\n    <b>nested</b>` : `  kept  `}\n  ${' two  spaces '}</p>`;",
    ].join('\n');
    const out = minifyHtmlTemplates(code, 'b.ts');
    assert.equal(
      out,
      [
        "/* an html`\n  template` in a comment */",
        "const c = css`\n  :host { display: block; }\n`;",
        "const t = `\n  plain ${x}\n`;",
        "const s = 'html`  x`';",
        "const r = html`<p>${cond ? html`\n<b>nested</b>` : `  kept  `}\n${' two  spaces '}</p>`;",
      ].join('\n'),
    );
    assert.equal(minifyHtmlTemplates('const a = 1;', 'c.ts'), null, 'null when there is nothing to do');
  });

  it('reads TypeScript (types, decorators) and tsc’s output (`html `…``)', () => {
    assert.equal(
      minifyHtmlTemplates("class A { @property({ type: String }) name: string = ''; render(): unknown { return html`\n  <p>${this.name as string}</p>`; } }", 'd.ts'),
      "class A { @property({ type: String }) name: string = ''; render(): unknown { return html`\n<p>${this.name as string}</p>`; } }",
    );
    assert.equal(minifyHtmlTemplates('return0 = html `\n    <p></p>`;', 'e.js'), 'return0 = html `\n<p></p>`;');
  });

  it('leaves lib/ with the same template text as the bundles get from src/ (what hydration compares)', () => {
    const sources = (folder) =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith('.ts') && !entry.name.includes('.test.') && !entry.name.endsWith('.d.ts') ? [join(folder, entry.name)] : [],
      );
    let compared = 0;
    for (const file of sources(join(root, 'src'))) {
      const code = readFileSync(file, 'utf8');
      const fromSource = templateTexts(minifyHtmlTemplates(code, file) ?? code, file);
      if (fromSource.length === 0) continue;
      const built = join(root, 'lib', relative(join(root, 'src'), file)).replace(/\.ts$/, '.js');
      let libCode;
      try {
        libCode = readFileSync(built, 'utf8');
      } catch {
        continue; // not in lib/ (the iframe embed, test fixtures): built by Vite alone
      }
      assert.deepEqual(templateTexts(libCode, built), fromSource, relative(root, built));
      compared += fromSource.length;
    }
    assert.ok(compared > 200, `compared ${compared} templates`);
  });
});
