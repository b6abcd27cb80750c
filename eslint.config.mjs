// One lint config for the workspace. The module-boundary rule is what keeps the architecture honest:
// an app may import only libs, and libs only the libs their tags allow.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  // Generated from the .proto files (npm run grpc:types); a test keeps them equal to what the generator writes.
  { ignores: ['**/dist', '**/node_modules', '**/.data', 'tmp/**', '.nx/**', 'libs/contracts/src/grpc/generated/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Production code: an app runs on the libraries only, never on test helpers or local servers.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:testing', 'type:infra'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:lib', 'type:infra'] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: [] },
            // npm start / test / bench: run the apps as processes through their entry points, never import them.
            { sourceTag: 'type:scripts', onlyDependOnLibsWithTags: ['type:lib', 'type:testing', 'type:infra'] },
          ],
        },
      ],
    },
  },
  {
    // An app's production code states its types: no `as never` to silence the compiler.
    files: ['apps/*/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "TSAsExpression[typeAnnotation.type='TSNeverKeyword']", message: 'No `as never` in an app: type the value (a repository holds the store\'s types).' }],
    },
  },
  {
    // Domain code states rules and calls its service's repositories (src/persistence); the store's
    // driver and models stay there. Document types may be imported.
    files: ['apps/*/src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'mongodb', message: 'Domain code reaches the store through its repositories (src/persistence).', allowTypeImports: false },
            { name: 'mongoose', message: 'Domain code reaches the store through its repositories (src/persistence).', allowTypeImports: false },
          ],
          patterns: [{ group: ['**/persistence/models'], message: 'Domain code gets documents from repositories; only their types may be imported.', allowTypeImports: true }],
        },
      ],
    },
  },
  {
    // Tests may use the test helpers and the local infrastructure; production code may not.
    files: ['**/test/**/*.ts', '**/*.test.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:testing', 'type:infra'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:testing', 'type:infra'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib', 'type:testing', 'type:infra'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:lib', 'type:infra'] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:scripts', onlyDependOnLibsWithTags: ['type:lib', 'type:testing', 'type:infra'] },
          ],
        },
      ],
    },
  },
  {
    // Each project's vitest config extends the one shared file at the root.
    files: ['**/vitest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
