// The JSON reports `npm test` has each project write (tmp/test-results): totals for its closing
// lines, and what failed, so the end of a CI log names the failed tests without scrolling back.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
  files: number;
  /** What failed, a line each (project, file, test, the first line of its error, where it was thrown): CI shows the output's end. */
  failures: string[];
}

/**
 * The first line of an error message, without colours, shortened: vitest's JSON report keeps no
 * diff, so a test whose failure should explain itself here gives its assertion a message.
 */
export function errorSummary(message: string | undefined): string {
  const line = (message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 600);
}

/**
 * Where in the test file the error was thrown (`line 57`), from the stack vitest keeps in its
 * report: a test with several alike assertions is told apart from the CI log alone.
 */
export function thrownAt(message: string | undefined, testFile: string): string {
  for (const frame of (message ?? '').split('\n')) {
    const at = frame.indexOf(`${testFile}:`);
    if (at < 0 || !/^\s*at /.test(frame)) continue;
    const line = /^(\d+)/.exec(frame.slice(at + testFile.length + 1));
    if (line) return ` (line ${line[1]})`;
  }
  return '';
}

/**
 * The totals of the JSON reports in `dir` (vitest's, one per project, and Playwright's), with a
 * line for each failed test; file names relative to `root`.
 */
export function readTestReports(dir: string, root: string): Totals {
  const t: Totals = { passed: 0, failed: 0, skipped: 0, files: 0, failures: [] };
  if (!existsSync(dir)) return t;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const project = f.replace(/\.json$/, '');
    const r = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    if (r.stats && r.suites) {
      // Playwright's JSON report (the console's browser tests).
      t.passed += (r.stats.expected ?? 0) + (r.stats.flaky ?? 0);
      t.failed += r.stats.unexpected ?? 0;
      t.skipped += r.stats.skipped ?? 0;
      t.files += new Set(specFiles(r.suites)).size;
      for (const { file, title, error } of failedSpecs(r.suites)) t.failures.push(`${project} › ${file} › ${title}: ${errorSummary(error)}`);
      continue;
    }
    t.passed += r.numPassedTests ?? 0;
    t.failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
    t.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    t.files += r.testResults?.length ?? 0;
    for (const file of (r.testResults ?? []) as VitestFileResult[]) {
      const name = relative(root, file.name);
      const failed = file.assertionResults.filter((a) => a.status === 'failed');
      for (const a of failed) t.failures.push(`${project} › ${name} › ${a.fullName}: ${errorSummary(a.failureMessages[0])}${thrownAt(a.failureMessages[0], file.name)}`);
      // A file that failed outside any test (an import, a hook): its own message.
      if (file.status === 'failed' && failed.length === 0) t.failures.push(`${project} › ${name}: ${errorSummary(file.message)}`);
    }
  }
  return t;
}

/** The part of vitest's JSON report read here. */
interface VitestFileResult {
  name: string;
  status: string;
  message?: string;
  assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
}

interface PlaywrightSuite {
  file?: string;
  specs?: { title: string; ok: boolean; tests?: { results?: { status?: string; error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
}

/** The specs of a Playwright report that did not pass, with their first error. */
function failedSpecs(suites: PlaywrightSuite[], file = ''): { file: string; title: string; error?: string }[] {
  return suites.flatMap((s) => [
    ...(s.specs ?? []).filter((spec) => !spec.ok).map((spec) => ({ file: s.file ?? file, title: spec.title, error: spec.tests?.flatMap((x) => x.results ?? []).find((res) => res.error)?.error?.message })),
    ...failedSpecs(s.suites ?? [], s.file ?? file),
  ]);
}

/** The spec files of a Playwright report (its suites nest per file, then per describe). */
function specFiles(suites: { file?: string; specs?: unknown[]; suites?: unknown[] }[]): string[] {
  return suites.flatMap((s) => [...(s.file && s.specs?.length ? [s.file] : []), ...specFiles((s.suites ?? []) as typeof suites)]);
}
