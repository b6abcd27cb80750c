// The growth check of issue #13: how each read's p95 grows from `--scale 1` to `--scale 4`, from
// the two reports `npm run bench` wrote (same code, same machine).
//   npm run bench:growth -- --from tmp/bench/scale1.md --to tmp/bench/scale4.md [--out tmp/bench/growth.md]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, limit: { type: 'string', default: '1.5' } } });
if (!args.from || !args.to) {
  console.error('[growth] --from <report at --scale 1> and --to <report at --scale 4> are required');
  process.exit(2);
}
const limit = Number(args.limit);

interface Read {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

/** The reads of a report: `| reads | GET … | 1,234 req/s | p50 / p95 / p99 | …`. */
function readsOf(file: string): { scale: string; reads: Map<string, Read> } {
  const text = readFileSync(file, 'utf8');
  const scale = /## City-scale benchmark \(([^)]+)\)/.exec(text)?.[1] ?? '?';
  const reads = new Map<string, Read>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[1] !== 'reads') continue;
    const rps = /^([\d,.]+) req\/s/.exec(cells[3] ?? '');
    const latency = /^([\d,.]+) \/ ([\d,.]+) \/ ([\d,.]+)$/.exec(cells[4] ?? '');
    if (!rps || !latency) continue;
    const n = (s: string) => Number(s.replace(/,/g, ''));
    // The largest OPD may differ between scales: the route is the same.
    reads.set(cells[2]!.replace(/\(largest: [^)]+\)/, '(largest OPD)'), { rps: n(rps[1]!), p50: n(latency[1]!), p95: n(latency[2]!), p99: n(latency[3]!) });
  }
  if (reads.size === 0) throw new Error(`${file}: no reads table`);
  return { scale, reads };
}

const from = readsOf(args.from);
const to = readsOf(args.to);
const lines = [
  `| read | ${from.scale}: req/s, p95 ms | ${to.scale}: req/s, p95 ms | p95 growth | target | met |`,
  '| --- | --- | --- | --- | --- | --- |',
];
let missed = 0;
for (const [name, a] of from.reads) {
  const b = to.reads.get(name);
  if (!b) {
    lines.push(`| ${name} | ${a.rps.toLocaleString('en-US')}, ${a.p95} | not measured | – | ≤ ${limit}x | – |`);
    continue;
  }
  const growth = b.p95 / a.p95;
  const met = growth <= limit;
  if (!met) missed++;
  lines.push(`| ${name} | ${a.rps.toLocaleString('en-US')}, ${a.p95} | ${b.rps.toLocaleString('en-US')}, ${b.p95} | ${growth.toFixed(2)}x | ≤ ${limit}x | ${met ? 'met' : '**missed**'} |`);
}
const table = lines.join('\n') + '\n';
process.stdout.write(table + `\n${missed} of ${from.reads.size} reads grow more than ${limit}x.\n`);
if (args.out) writeFileSync(args.out, table);
