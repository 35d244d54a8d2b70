// Keeps the registry, the check files, docs/checks.md and the tests in step: a new check file
// that is not registered, documented and tested fails here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS, checkById } from '../../../src/checks/index';
import type { CheckDefinition } from '../../../src/checks/types';
import { CHECK_CATEGORIES } from '../../../src/model/finding';
import { isRecordKind } from '../../../src/model/record';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Shared modules: helpers and vocabularies several checks use. A check file exports its check only.
const NOT_CHECKS = new Set(['index', 'types', 'util', 'config', 'dates', 'shared-words', 'owners', 'checksums', 'phone-numbers', 'email-addresses', 'duplicate-scan']);
const files = readdirSync(`${root}src/checks`)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => f.slice(0, -3))
  .filter((f) => !NOT_CHECKS.has(f))
  .sort();
const docs = existsSync(`${root}docs/checks.md`) ? readFileSync(`${root}docs/checks.md`, 'utf8') : '';

describe('check registry', () => {
  it('has 22 checks, one per file, with unique ids', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(files);
    expect(ids).toHaveLength(22);
  });

  it.each(files)('src/checks/%s.ts is registered under its file name, documented and tested', async (file) => {
    const mod = (await import(`../../../src/checks/${file}.ts`)) as { default?: CheckDefinition };
    expect(mod.default, `${file}.ts must export default a CheckDefinition`).toBeDefined();
    expect(mod.default!.id).toBe(file);
    // helpers live in the shared modules (NOT_CHECKS), so checks never import one another
    expect(Object.keys(mod), `${file}.ts exports helpers: move them to a shared module`).toEqual(['default']);
    expect(CHECKS).toContain(mod.default);
    expect(checkById(file)).toBe(mod.default);
    expect(docs, `docs/checks.md needs a line "- \`${file}\` (…)"`).toMatch(new RegExp(`^- \`${file}\` \\(`, 'm'));
    expect(existsSync(`${root}test/unit/checks/${file}.test.ts`), `test/unit/checks/${file}.test.ts is missing`).toBe(true);
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))('%s is well-formed', (_id, c) => {
    expect(CHECK_CATEGORIES).toContain(c.category);
    expect(c.kinds.length).toBeGreaterThan(0);
    expect(c.kinds.every(isRecordKind)).toBe(true);
    expect(c.weight).toBeGreaterThan(0);
    expect(c.title.trim()).not.toBe('');
    expect(typeof c.run).toBe('function');
    expect(typeof c.defaults).toBe('object');
    // the category written in the docs is the check's own
    const line = new RegExp(`^- \`${c.id}\` \\(([a-z-]+)\\)`, 'm').exec(docs);
    expect(line?.[1]).toBe(c.category);
  });
});
