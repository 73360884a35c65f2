// @ts-check
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// Front doors (docs/architecture.md): a module is used by others only through
// `src/modules/<m>` (index.ts, its services), `src/modules/<m>/model` (entities, enums, inputs,
// rules) and its Nest module file `src/modules/<m>/<m>.module`. Generated per folder of src/modules.
const MODULES = readdirSync(new URL('./src/modules', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DOORS = 'model|[^/]+\\.module';
const INTO = (others) => ({
  regex: `^src/modules/${others}/(?!(${DOORS})$)`,
  message:
    'Import another module through its front door: src/modules/<m>, src/modules/<m>/model or its .module file.',
});
const frontDoors = [
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/modules/*/**', 'src/database/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [INTO('[^/]+')] }] },
  },
  // Depth 0..4 below the module folder: `../` climbing out of the module is refused too.
  ...MODULES.flatMap((m) =>
    [0, 1, 2, 3, 4].map((depth) => ({
      files: [`src/modules/${m}/${'*/'.repeat(depth)}*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              INTO(`(?!${esc(m)}/)[^/]+`),
              {
                regex: `^src/modules/${esc(m)}(/model)?$`,
                message:
                  'Inside a module, import its own files directly, not its front door (a cycle).',
              },
              {
                regex: `^(\\.\\./){${depth + 1}}`,
                message: 'A relative import must not climb out of its module; use src/modules/<m>.',
              },
            ],
          },
        ],
      },
    })),
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'bench/peer/**',
      '*.cjs',
      '*.mjs',
      'web/dist/**',
      'web/src/gql/**',
      'web/scripts/*.mjs',
      'web/screenshots/**',
      'web/test-results/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  ...frontDoors,
  {
    files: ['migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
);
