import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');

/** Lints a would-be source file of the workspace with the workspace's own config. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
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
