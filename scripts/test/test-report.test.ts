import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readTestReports } from '../test-report';

const vitestBin = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'vitest');
const dir = mkdtempSync(join(tmpdir(), 'asn-test-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm test's closing lines", () => {
  it('names each failed test with its file, the first line of its error and the line that threw it, from a real vitest report', async () => {
    writeFileSync(
      join(dir, 'sample.test.ts'),
      `import { describe, expect, it } from 'vitest';
describe('ledger', () => {
  it('adds up', () => expect(1 + 1).toBe(2));
  it('loses nothing', () => expect({ lost: 1 }).toEqual({ lost: 0 }));
});
`,
    );
    const reports = join(dir, 'reports');
    // vitest exits 1 when a test fails; its report is what matters here.
    await promisify(execFile)(vitestBin, ['run', '--root', dir, '--reporter=json', `--outputFile=${join(reports, 'sample.json')}`]).catch(() => undefined);
    const totals = readTestReports(reports, dir);
    expect({ passed: totals.passed, failed: totals.failed, files: totals.files }).toEqual({ passed: 1, failed: 1, files: 1 });
    expect(totals.failures).toHaveLength(1);
    expect(totals.failures[0]).toBe('sample › sample.test.ts › ledger loses nothing: AssertionError: expected { lost: 1 } to deeply equal { lost: +0 } (line 4)');
  }, 60_000);

  it('counts nothing where no report was written', () => {
    expect(readTestReports(join(dir, 'none'), dir)).toEqual({ passed: 0, failed: 0, skipped: 0, files: 0, failures: [] });
  });
});
