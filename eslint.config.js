// Lint = correctness + the architecture's boundaries:
// - the engine (model, checks, dedupe, score, readers, report, audit) never touches the extension API,
//   the store or the UI, so it runs unchanged in vitest, the worker and the CLI;
// - only src/platform imports webextension-polyfill;
// - CRM values are data, never markup or code: no innerHTML & co., no eval.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ENGINE = ['src/model/**', 'src/checks/**', 'src/dedupe/**', 'src/score/**', 'src/readers/**', 'src/report/**', 'src/audit/**', 'src/import/**'];

const noMarkupSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'CRM values are data: set textContent, never innerHTML/outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: build nodes and set textContent.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function: no code from strings.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-e2e*/**', 'dist-cli/**', 'node_modules/**', '.demo/**', 'docs/**', 'sample-crm/public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...noMarkupSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Import the extension API from src/platform/browser only.' }] }],
    },
  },
  {
    files: ['src/platform/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ENGINE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: 'The engine never uses the extension API.' }],
          patterns: [
            { group: ['**/platform/**', '**/platform', '**/store/**', '**/worker/**', '**/ui/**', '**/content/**', '**/messages'], message: 'The engine is pure: no extension API, storage, UI or messaging.' },
            { group: ['preact', 'preact/*', 'idb', 'node:*', 'fs', 'path'], message: 'The engine runs in the worker, vitest and the CLI alike: no UI, storage or Node-only modules.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'chrome', message: 'The engine never uses the extension API.' }, { name: 'browser', message: 'The engine never uses the extension API.' }],
    },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', 'sample-crm/**', '*.config.*'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
