import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { testInfra } from '@asn/testing';

const run = promisify(execFile);
const root = join(__dirname, '..', '..', '..');

/*
 * The benchmark suite still works: `npm run bench -- --quick` seeds a small city through the
 * services, measures every part and writes its table. This asserts that it ran and reported each
 * figure, never how fast anything was (speed is judged by the benchmark itself).
 */
describe('npm run bench -- --quick', () => {
  it('seeds, measures every part beside its reference and writes the report', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'asn-bench-')), 'BENCHMARKS.md');
    const { kafkaBrokers, mongoUrl } = testInfra();
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/bench/main.ts', '--quick', '--out', out], {
      cwd: root,
      env: { ...process.env, KAFKA_BROKERS: kafkaBrokers, MONGO_URL: mongoUrl, CI: 'true' },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 600_000,
    });
    const report = readFileSync(out, 'utf8');
    // The table printed is the table written, between the markers that keep the rest of the file.
    expect(report.startsWith('# Benchmarks')).toBe(true);
    expect(report.slice(report.indexOf('<!-- bench:begin -->'), report.indexOf('<!-- bench:end -->'))).toContain(stdout.trim());
    const rows = report.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| group') && !l.startsWith('| ---'));
    const groups = new Set(rows.map((r) => r.split('|')[1]!.trim()));
    expect([...groups].sort()).toEqual(['analytics', 'freshness', 'memory', 'reads', 'writes']);
    // Every GET route family of the gateway, each with its bare-fastify reference and a ratio.
    const reads = rows.filter((r) => r.startsWith('| reads | GET '));
    expect(reads.length).toBe(13); // every GET route family, the needs plan whole and in pages
    expect(reads.some((r) => r.includes('GET /v1/plans/opd/{opd}?page='))).toBe(true);
    expect(report).toMatch(/Every service had finished its warm-up/);
    for (const r of reads) expect(r).toMatch(/\| [\d,]+ req\/s .*\| [\d,]+\/s \(bare fastify, same payload\) \| [\d.]+ % \|/);
    expect(report).toMatch(/bare gRPC unary round trip/);
    expect(report).toMatch(/no-op kafkajs eachBatch consumer/);
    // Capacity stays exact under load, and the rebuilt analytics equal the incremental ones.
    const capacity = /capacity: (\d+) concurrent enrolments for (\d+) seats \((\d+) SESSION_FULL\) \| (\d+) enrolled/.exec(report);
    expect(capacity).not.toBeNull();
    const [attempts, seats, full, enrolled] = capacity!.slice(1).map(Number);
    expect(enrolled).toBe(seats);
    expect(full).toBe(attempts! - seats!);
    expect(report).toMatch(/rebuilt documents equal to the incremental ones[^|]*\| 0 differences of [1-9]/);
    // Freshness says what its background load was answered, and how long the completion itself took.
    expect(report).toMatch(/background load during the probes \(20 writes\/s offered; \d+\/s accepted over \d+ s: \d+ × [^)]+\) \| [\d,]+ writes sent/);
    expect(report).toMatch(/the completion answered in \d+ ms at p50/);
    // Where freshness went, from the services' own histograms: each leg counted something.
    expect(report).toMatch(/where the time goes[^\n]*published by learning's outbox p50 [\d.]+ m?s, p99 [\d.]+ m?s \(n [1-9][\d,]*\); received by analytics p50 [\d.]+ m?s/);
    expect(report).toMatch(new RegExp(`Node ${process.version}`));
  }, 660_000);
});
