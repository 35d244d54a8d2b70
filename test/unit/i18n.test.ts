import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LANGS = ['en', 'fa', 'ja'];

function loadTable(): Record<string, string[]> {
  const dir = join(ROOT, 'src/i18n');
  return Object.assign({}, ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  const table = loadTable();

  it('has every key in English, Persian and Japanese, none empty or left untranslated', () => {
    for (const [key, row] of Object.entries(table)) {
      expect(row, key).toHaveLength(LANGS.length);
      row.forEach((s, i) => expect(s.trim(), `${key} in ${LANGS[i]}`).not.toBe(''));
      // Persian must contain Arabic script and Japanese must contain kana/kanji — unless it is the product name or a code
      const [en, fa, ja] = row as [string, string, string];
      if (/[a-z]{3}/i.test(en) && !/^CRM Audit Lens$/.test(en)) {
        expect(fa, `${key} fa`).toMatch(/[\u0600-\u06FF]/);
        expect(ja, `${key} ja`).toMatch(/[\u3040-\u30FF\u4E00-\u9FFF]/);
      }
      // positional substitutions must be the same in every language
      const subs = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort().join();
      expect(subs(fa), `${key} fa placeholders`).toBe(subs(en));
      expect(subs(ja), `${key} ja placeholders`).toBe(subs(en));
    }
  });

  it('defines every key the UI and content scripts use', () => {
    const used = new Set<string>();
    for (const dir of ['src/ui', 'src/content', 'content-scripts', 'popup', 'options']) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((k) => !(k in table));
    expect(missing).toEqual([]);
  });

  it('has the manifest strings', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) expect(table, m[1]).toHaveProperty(m[1]!);
  });
});

describe('check titles', () => {
  it('has a title in every language for every registered check', async () => {
    const { CHECKS } = await import('../../src/checks/index');
    const table = loadTable();
    for (const c of CHECKS) expect(table, c.id).toHaveProperty(`check_${c.id.replace(/-/g, '_')}_title`);
  });
});
