// ESLint flat config: typescript-eslint recommended, Prettier owns formatting,
// and src/core stays free of hosts (Office, React, Node) so it runs unchanged everywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const hostImports = {
  patterns: [
    { group: ['node:*'], message: 'src/core must not import Node built-ins; pass data in.' },
    {
      group: [
        'fs',
        'path',
        'os',
        'child_process',
        'util',
        'crypto',
        'url',
        'stream',
        'buffer',
        'react',
        'react-dom',
        'react/*',
        '@fluentui/*',
        'office-*',
        '@microsoft/*',
      ],
      message: 'src/core is host-free: no Node, React or Office imports.',
    },
    {
      group: ['**/word/*', '**/taskpane/*', '**/cli/*', '**/docx/*'],
      message: 'src/core must not depend on hosts.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'lib',
      'dist',
      'dist-preview',
      'coverage',
      'test-artifacts',
      'assets',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', hostImports],
      'no-restricted-globals': [
        'error',
        { name: 'Word', message: 'src/core is host-free.' },
        { name: 'Office', message: 'src/core is host-free.' },
        { name: 'process', message: 'src/core is host-free.' },
        { name: 'require', message: 'src/core is host-free.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core has no clock: today is passed in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core has no clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'src/core has no randomness.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', 'bin/**'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
