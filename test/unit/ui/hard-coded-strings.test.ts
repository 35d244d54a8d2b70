// No user-visible string is written into a component: every word goes through t()/tm() (and so
// through chrome.i18n, in en, fa and ja). Scans the popup/options components (JSX) and the
// on-page overlay (DOM built by hand) with the TypeScript parser, not with regular expressions.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * What may be written literally: text without a letter in any script — symbols, punctuation
 * and digits ('×', '…', ' · ', '+', '—', '100'). A word is never allowed.
 */
const ALLOWED = /^[\s\p{N}\p{P}\p{S}]*$/u;
/** Attributes a user reads or hears (screen readers). */
const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
]);
/** DOM properties that put text on screen or into the accessibility tree. */
const VISIBLE_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'alt', 'ariaLabel', 'ariaDescription', 'label']);

function files(dir: string, ext: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(ROOT, dir, f));
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isJsxExpression(node)) return literalText(node.expression);
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  // a template with words around its holes: `Score: ${n}`
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return undefined;
}

/** Hard-coded visible strings in one file, as "file:line text". */
export function hardCoded(file: string, source = readFileSync(file, 'utf8')): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const out: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (ALLOWED.test(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    out.push(`${relative(ROOT, file)}:${line} ${JSON.stringify(text.trim().slice(0, 60))}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
      const text = literalText(node.expression);
      if (text !== undefined) report(node, text);
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(sf))) {
      const text = literalText(node.initializer);
      if (text !== undefined) report(node, text);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      VISIBLE_PROPERTIES.has(node.left.name.text)
    ) {
      const text = literalText(node.right);
      if (text !== undefined) report(node, text);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [a, b] = node.arguments;
      if (method === 'setAttribute' && VISIBLE_ATTRIBUTES.has(literalText(a) ?? '')) {
        const text = literalText(b);
        if (text !== undefined) report(node, text);
      }
      if (method === 'createTextNode' || method === 'append' || method === 'prepend') {
        for (const arg of node.arguments) {
          const text = literalText(arg);
          if (text !== undefined) report(arg, text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('no hard-coded user-visible strings', () => {
  it('finds what it is meant to find (the scanner itself)', () => {
    const tsx = `const a = <p title="Close me" aria-label={t('x')}>Hello {'world'} {n} · {t('y')} ×</p>;
      const b = <img alt="" placeholder={\`Search \${n}\`} />;`;
    expect(hardCoded(join(ROOT, 'x.tsx'), tsx).map((s) => s.replace(/^x\.tsx:\d+ /, ''))).toEqual([
      '"Close me"',
      '"Hello"',
      '"world"',
      '"Search"',
    ]);
    const dom = `el.textContent = 'Done'; el.textContent = '×'; b.setAttribute('aria-label', 'Close'); b.setAttribute('data-x', 'free'); p.append('Note: ', x); s.title = t('k');`;
    expect(hardCoded(join(ROOT, 'x.ts'), dom).map((s) => s.replace(/^x\.ts:\d+ /, ''))).toEqual(['"Done"', '"Close"', '"Note:"']);
  });

  it('in the popup and options components (src/ui/**/*.tsx)', () => {
    expect(files('src/ui', '.tsx').flatMap((f) => hardCoded(f))).toEqual([]);
  });

  it('in the on-page overlay (src/overlay/**/*.ts)', () => {
    expect(files('src/overlay', '.ts').flatMap((f) => hardCoded(f))).toEqual([]);
  });
});
