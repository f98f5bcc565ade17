// Lint for the whole repository: typescript-eslint's recommended rules, the Lit and web
// component plugins for the element, and eslint-config-prettier so that formatting is left to
// Prettier (npm run format). `npm run lint` runs both checks; CI runs it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'site/',
      'node_modules/',
      'geodata/.sources/',
      'tests/screenshots/',
      'coverage/',
      '**/*.d.mts',
      'tests/e2e/apps/*/dist/',
      'tests/e2e/apps/.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The element's shadow root is the only place that gets HTML, and only through Lit templates.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render with Lit templates: data must never reach innerHTML.' },
        { property: 'outerHTML', message: 'Render with Lit templates: data must never reach outerHTML.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  prettier,
  {
    // After eslint-config-prettier, which turns max-len off: Prettier wraps code at 120, and this
    // catches what it cannot wrap (comments, long strings).
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }] },
  },
);
