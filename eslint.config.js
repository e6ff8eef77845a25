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
    files: ['src/**/*.tsx', 'src/features/**/*.ts', 'src/components/**/*.ts', 'src/app/**/*.ts'],
    rules: {
      // Typed hooks from src/store/hooks.ts only (Redux style guide).
      'no-restricted-imports': ['error', { paths: [{ name: 'react-redux', importNames: ['useSelector', 'useDispatch'], message: 'Use useAppSelector/useAppDispatch from src/store/hooks.' }] }],
    },
  },
);
