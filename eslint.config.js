// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/**
 * Import boundaries (README.md, "How the code is laid out"): data flows domain → data, compiler,
 * url, timeline → components → app. Each layer lists what it must never import, so the
 * architecture picture stays true. `typesOnly` patterns may still be imported with `import type`
 * (erased from the bundle): components take the data layer's types without its code.
 */
const layer = (files, patterns, typesOnly = []) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          ...patterns.map((group) => ({ group: [group], message: forbidden(files) })),
          ...typesOnly.map((group) => ({
            group: [group],
            allowTypeImports: true,
            message: `${forbidden(files)} Only its types may be imported (import type).`,
          })),
        ],
      },
    ],
  },
});

const forbidden = (files) =>
  `The import boundaries forbid this import in ${files.join(', ')} (see README.md, "How the code is laid out").`;

const UI = ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'i18next'];
const VIS = ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'];
const NODE = ['node:*'];
/** The folders of src/ above the domain (which every layer may import). */
const LAYERS = ['compiler', 'sheet', 'data', 'url', 'timeline', 'components', 'i18n', 'app'];
/** Import patterns for every layer above the domain except those named. */
const layersBut = (...allowed) =>
  LAYERS.filter((name) => !allowed.includes(name)).map((name) => `**/${name}/*`);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/data',
      'test-results',
      'playwright-report',
      'bench/results',
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/compiler/**', 'src/drafter/**', 'src/sheet/**', 'src/pages/**'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // Only src/url/ may touch the address bar; everyone else goes through it.
      'no-restricted-globals': [
        'error',
        { name: 'location', message: 'Only src/url/ reads or writes the location.' },
        { name: 'history', message: 'Only src/url/ reads or writes history.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'location',
          message: 'Only src/url/ reads or writes the location.',
        },
        {
          object: 'window',
          property: 'history',
          message: 'Only src/url/ reads or writes history.',
        },
        { property: 'innerHTML', message: 'Event text is data, never markup: use textContent.' },
      ],
    },
  },
  {
    // src/embedHost runs in another site's page and keeps that page's hash, never Masar's.
    files: ['src/url/**/*.{ts,tsx}', 'src/embedHost/**/*.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  layer(['src/domain/**/*.ts'], [...UI, ...VIS, ...NODE, ...layersBut()]),
  layer(['src/data/**/*.ts'], ['react-i18next', 'i18next', ...VIS, ...NODE, ...layersBut()]),
  layer(['src/compiler/**/*.ts', 'src/drafter/**/*.ts'], [...UI, ...VIS, ...layersBut('compiler')]),
  layer(['src/sheet/**/*.ts'], [...UI, ...VIS, ...layersBut('compiler', 'sheet')]),
  layer(['src/embedHost/**/*.ts'], [...UI, ...VIS, ...NODE, ...layersBut()]),
  // The static pages are written at build, in Node, from the compiled data and the domain alone.
  layer(['src/pages/**/*.ts'], [...UI, ...VIS, ...layersBut()]),
  layer(['src/url/**/*.ts'], [...VIS, ...NODE, ...layersBut('url', 'i18n')]),
  layer(['src/timeline/**/*.{ts,tsx}'], [...NODE, ...layersBut('timeline', 'i18n')]),
  layer(
    ['src/components/**/*.{ts,tsx}', 'src/i18n/**/*.ts'],
    [...VIS, ...NODE, ...layersBut('data', 'url', 'timeline', 'components', 'i18n')],
    ['**/data/*'],
  ),
  layer(
    ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    [...VIS, ...NODE, ...layersBut('data', 'url', 'timeline', 'components', 'i18n', 'app')],
  ),
);
