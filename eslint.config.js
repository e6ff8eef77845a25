// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// src/core runs in a Web Worker and in Node: it may not reach for React, Redux, the DOM or Node's APIs.
const coreForbidden = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', '@reduxjs/*', 'redux', 'react-redux', 'chart.js', 'react-chartjs-2', 'dexie', 'dompurify'], message: 'src/core is pure: no UI, store or browser-storage libraries.' },
    { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'url', 'process', 'buffer', 'stream', 'jsdom'], message: 'src/core must also run in a browser worker: no Node-only modules.' },
    { group: ['**/store/**', '**/features/**', '**/components/**', '**/app/**', '**/cli/**', '**/worker/**', '**/i18n/**', '**/fixtures/**'], message: 'src/core may not import the app.' },
  ],
};

// Typed hooks from src/model/hooks.ts only (Redux style guide).
const typedHooksOnly = { name: 'react-redux', importNames: ['useSelector', 'useDispatch'], message: 'Use useAppSelector/useAppDispatch from src/model/hooks.ts.' };

/** Import patterns that keep `from` off the given top-level folders of src/. */
const layer = (from, banned) => banned.map((dir) => ({ regex: `(^|/)\\.\\./(\\.\\./)*${dir}/`, message: `src/${from} may not import src/${dir}.` }));
/** From src/features/<x>/…, a relative import that leaves <x> for a sibling feature ("../other/…"). */
const otherFeature = { regex: '^\\.\\./(?!\\.\\./)', message: 'A feature imports no other feature: move what they share to src/model (or a slot in src/components/slots.tsx).' };

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'node_modules', 'coverage', 'test-results', 'docs/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': ['error', coreForbidden],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/features/**/*.ts', 'src/components/**/*.ts', 'src/app/**/*.ts', 'src/model/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [typedHooksOnly] }] },
  },
  // Layers: app → features → model → components / core / i18n. A feature is a leaf: it imports no other
  // feature (what two views share lives in src/model, or reaches a view through src/components/slots.tsx).
  {
    files: ['src/features/**/*.ts', 'src/features/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [typedHooksOnly], patterns: [...layer('features', ['features', 'app', 'worker', 'cli']), otherFeature] }] },
  },
  {
    files: ['src/model/**/*.ts', 'src/model/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [typedHooksOnly], patterns: layer('model', ['features', 'app', 'cli', 'server']) }] },
  },
  {
    files: ['src/components/**/*.ts', 'src/components/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [typedHooksOnly], patterns: layer('components', ['features', 'app', 'model', 'worker', 'cli', 'server']) }] },
  },
  {
    // Where the typed hooks are made.
    files: ['src/model/hooks.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layer('model', ['features', 'app', 'cli', 'server']) }] },
  },
);
