// One lint config for the workspace. The module-boundary rule is what keeps the architecture honest:
// an app may import only libs, and libs only the libs their tags allow.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  // Generated from the .proto files (npm run grpc:types); a test keeps them equal to what the generator writes.
  { ignores: ['**/dist', '**/node_modules', '**/.data', 'tmp/**', '.nx/**', 'libs/contracts/src/grpc/generated/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
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
