// @ts-check
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'zlib',
  'stream',
  'util',
];

/**
 * One way into shared/: import the file that defines a name, never a folder's
 * index, so what a bundle (the sandboxed preload above all) pulls in is exactly
 * what it names. The one index is shared/model/mutations: the list of every
 * mutation, which the interface binds as a whole.
 */
const SHARED_FILE_IMPORTS = {
  regex:
    '(^|/)shared/(model|host-api|print|schedule|template|sync|exchange|errors)(/(rich-text|records))?$',
  message: 'Import the shared/ file that defines the name, not a folder.',
};

/** Layers by runtime: each folder may import only what runs where it runs. */
function layer(files, patterns, message) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...patterns.map((group) => ({ group: [group], message, allowTypeImports: false })),
            SHARED_FILE_IMPORTS,
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every word on screen comes from the i18n catalogs.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-text-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt'] },
          words: {
            exclude: [
              '[0-9!-/:-@[-`{-~■-◿←-⇿•…–—✕↑↓≡🔗·×+#]+',
              'B',
              'I',
              'U',
              '1\\.',
              'https://',
              'C',
            ],
          },
        },
      ],
    },
  },
  {
    // The shell's words (menus, dialogs, notifications) come from the catalogs
    // as the renderer's do: a literal where a label or a dialog's text goes is
    // English on every system.
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[value=/[A-Za-z]{2}/]', 'TemplateLiteral'].flatMap((text) => [
          {
            selector: `Property[key.name=/^(label|sublabel|toolTip|title|message|detail|buttonLabel|nameFieldLabel|checkboxLabel|body)$/] > ${text}`,
            message:
              'Words the user reads come from the catalogs (shared/i18n/locales/*/menu.json).',
          },
          {
            selector: `Property[key.name='buttons'] > ArrayExpression > ${text}`,
            message:
              'Words the user reads come from the catalogs (shared/i18n/locales/*/menu.json).',
          },
          {
            selector: `CallExpression[callee.property.name=/^(showErrorBox|setTitle|setToolTip)$/] > ${text}`,
            message:
              'Words the user reads come from the catalogs (shared/i18n/locales/*/menu.json).',
          },
        ]),
      ],
    },
  },
  layer(
    ['shared/**/*.ts'],
    ['electron', ...NODE_BUILTINS, '**/electron/**', '**/renderer/**', 'react', 'react-dom'],
    'shared/ runs everywhere: no Node, Electron, React or app-layer imports.',
  ),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    ['electron', ...NODE_BUILTINS, '**/electron/**'],
    'The renderer speaks only the host API: no Node or Electron.',
  ),
  layer(
    ['electron/services/**/*.ts', 'electron/web-host/**/*.ts'],
    ['electron', '**/renderer/**'],
    'Services run in plain Node (tests, web host): never import electron.',
  ),
  layer(
    ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    ['**/renderer/**'],
    'The shell never reaches into the renderer.',
  ),
  layer(['tests/**/*.ts'], [], ''),
  {
    files: [
      'tests/**/*.ts',
      '**/*.config.{ts,js}',
      'electron/services/logger.ts',
      'electron/**/cli.ts',
    ],
    rules: { 'no-console': 'off' },
  },
);
