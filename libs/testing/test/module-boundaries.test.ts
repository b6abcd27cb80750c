import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');

/** Lints a would-be source file of the workspace with the workspace's own config. */
async function lint(filePath: string, code: string, rule = '@nx/enforce-module-boundaries'): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe('module boundaries (nx lint)', () => {
  it('fails when an app imports another app', async () => {
    const messages = await lint('apps/personnel/src/domain/leak.ts', "import { createLearningService } from '../../../learning/src/app';\nexport const x = createLearningService;\n");
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toMatch(/cannot be imported by a relative or absolute path|Imports of apps are forbidden/);
  });

  it('fails when a library imports the test helpers outside its tests', async () => {
    const messages = await lint('libs/messaging/src/leak.ts', "import { testInfra } from '@asn/testing';\nexport const x = testInfra;\n");
    expect(messages.join('\n')).toMatch(/can only depend on libs tagged with "type:lib"/);
  });

  it('fails when an app imports the test helpers or the local infrastructure in its production code', async () => {
    for (const lib of ['@asn/testing', '@asn/local-infra']) {
      const messages = await lint('apps/learning/src/domain/leak.ts', `import * as leak from '${lib}';\nexport const x = leak;\n`);
      expect(messages.join('\n'), lib).toMatch(/can only depend on libs tagged with "type:lib"/);
    }
  });

  it('lets an app\'s tests import the test helpers and the local infrastructure', async () => {
    expect(await lint('apps/learning/test/ok.test.ts', "import { testInfra } from '@asn/testing';\nimport { infraUp } from '@asn/local-infra';\nexport const x = [testInfra, infraUp];\n")).toEqual([]);
  });

  it('fails when a script imports an app instead of running it', async () => {
    const messages = await lint('scripts/bench/leak.ts', "import { createAnalyticsService } from '../../apps/analytics/src/app';\nexport const x = createAnalyticsService;\n");
    expect(messages.length).toBeGreaterThan(0);
  });

  it('lets an app import the libraries', async () => {
    expect(await lint('apps/personnel/src/domain/ok.ts', "import { createEvent } from '@asn/messaging';\nexport const x = createEvent;\n")).toEqual([]);
  });
});

describe('persistence layer (lint)', () => {
  const restricted = '@typescript-eslint/no-restricted-imports';

  it('fails when domain code reaches for the driver or a model instead of a repository', async () => {
    expect((await lint('apps/learning/src/domain/leak.ts', "import { GridFSBucket } from 'mongodb';\nexport const x = GridFSBucket;\n", restricted)).join('\n')).toMatch(/through its repositories/);
    expect((await lint('apps/learning/src/domain/leak.ts', "import { Schema } from 'mongoose';\nexport const x = Schema;\n", restricted)).join('\n')).toMatch(/through its repositories/);
    expect((await lint('apps/learning/src/domain/leak.ts', "import { learningModels } from '../persistence/models';\nexport const x = learningModels;\n", restricted)).join('\n')).toMatch(/only their types/);
  });

  it("lets domain code import its documents' types, and repositories use the driver", async () => {
    expect(await lint('apps/learning/src/domain/ok.ts', "import type { ProgramDoc } from '../persistence/models';\nexport type X = ProgramDoc;\n", restricted)).toEqual([]);
    expect(await lint('apps/learning/src/persistence/ok.ts', "import { GridFSBucket } from 'mongodb';\nexport const x = GridFSBucket;\n", restricted)).toEqual([]);
  });

  it('fails on `as never` in an app, not in its tests', async () => {
    expect(await lint('apps/learning/src/domain/leak.ts', 'export const x = 1 as never;\n', 'no-restricted-syntax')).toHaveLength(1);
    expect(await lint('apps/learning/test/ok.test.ts', 'export const x = 1 as never;\n', 'no-restricted-syntax')).toEqual([]);
  });
});
