// Writes public/_locales/{en,fa,ja}/messages.json from the string tables in src/i18n/*.json
// (one row per key: [en, fa, ja]), so a key can never exist in one language and not another.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const LANGS = ['en', 'fa', 'ja'];
const table = {};
for (const file of readdirSync('src/i18n').filter((f) => f.endsWith('.json')).sort()) {
  Object.assign(table, JSON.parse(readFileSync(`src/i18n/${file}`, 'utf8')));
}
LANGS.forEach((lang, i) => {
  const messages = {};
  for (const [key, row] of Object.entries(table)) {
    if (!Array.isArray(row) || row.length !== LANGS.length || row.some((s) => typeof s !== 'string' || !s)) throw new Error(`i18n key ${key}: needs ${LANGS.length} non-empty strings`);
    messages[key] = { message: row[i] };
  }
  mkdirSync(`public/_locales/${lang}`, { recursive: true });
  writeFileSync(`public/_locales/${lang}/messages.json`, JSON.stringify(messages, null, 1) + '\n');
});
console.log(`locales: ${Object.keys(table).length} keys × ${LANGS.length} languages`);
