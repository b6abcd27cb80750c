// The benchmark's one table: each figure, its reference measured in the same run, the ratio, and
// whether the issue's target is met.
import type { LoadResult } from './load';

export interface Target {
  /** Share of the reference's req/s the figure must reach (0.2 = 20 %). */
  refShare?: number;
  p95?: number;
  p99?: number;
  rps?: number;
  errors?: number;
  min?: number;
  max?: number;
  exact?: number;
}

export interface Row {
  group: 'reads' | 'writes' | 'freshness' | 'analytics' | 'memory';
  name: string;
  load?: LoadResult;
  value?: number;
  unit?: string;
  reference?: LoadResult;
  referenceName?: string;
  target: Target;
  detail?: string;
  payloadBytes?: number;
}

const f = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

/** Met / missed against every part of the target that applies; "–" when nothing is targeted. */
export function verdict(row: Row): { met: boolean | undefined; why: string[] } {
  const t = row.target;
  const why: string[] = [];
  let met: boolean | undefined;
  const check = (ok: boolean, what: string) => {
    met = (met ?? true) && ok;
    if (!ok) why.push(what);
  };
  const value = row.load ? row.load.rps : row.value;
  if (t.refShare !== undefined && row.reference && value !== undefined) check(value / row.reference.rps >= t.refShare, `${f((value / row.reference.rps) * 100, 1)} % of the reference < ${t.refShare * 100} %`);
  if (t.p95 !== undefined && row.load) check(row.load.p95 <= t.p95, `p95 ${f(row.load.p95, 1)} ms > ${t.p95} ms`);
  if (t.p99 !== undefined && row.load) check(row.load.p99 <= t.p99, `p99 ${f(row.load.p99, 1)} ms > ${t.p99} ms`);
  if (t.rps !== undefined && row.load) check(row.load.rps >= t.rps * 0.98, `${f(row.load.rps)}/s < ${t.rps}/s`);
  if (t.errors !== undefined && row.load) check(row.load.errors <= t.errors, `${row.load.errors} errors`);
  if (t.min !== undefined && row.value !== undefined) check(row.value >= t.min, `${f(row.value)} < ${t.min}`);
  if (t.max !== undefined && row.value !== undefined) check(!Number.isNaN(row.value) && row.value <= t.max, Number.isNaN(row.value) ? 'not measured' : `${f(row.value)} > ${t.max}`);
  if (t.exact !== undefined && row.value !== undefined) check(row.value === t.exact, `${row.value} ≠ ${t.exact}`);
  return { met, why };
}

function targetText(t: Target): string {
  const parts: string[] = [];
  if (t.refShare !== undefined) parts.push(`≥ ${t.refShare * 100} % of ref`);
  if (t.rps !== undefined) parts.push(`≥ ${t.rps}/s`);
  if (t.p95 !== undefined) parts.push(`p95 ≤ ${t.p95} ms`);
  if (t.p99 !== undefined) parts.push(`p99 ≤ ${t.p99} ms`);
  if (t.errors !== undefined) parts.push(`${t.errors} errors`);
  if (t.min !== undefined) parts.push(`≥ ${f(t.min)}`);
  if (t.max !== undefined) parts.push(`≤ ${f(t.max)}`);
  if (t.exact !== undefined) parts.push(`= ${t.exact}`);
  return parts.join(', ') || '–';
}

export function renderReport(r: { rows: Row[]; notes: string[]; machine: { nproc: number; memoryGb: number; node: string; store: string }; scale: number; quick: boolean; date: Date; command: string }): string {
  const lines: string[] = [];
  lines.push(`## City-scale benchmark (${r.quick ? 'quick run' : `--scale ${r.scale}`})`, '');
  lines.push(`Measured ${r.date.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${r.machine.nproc} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}, store: ${r.machine.store}.`);
  lines.push(`Reproduce: \`npm run bench${r.command ? ` -- ${r.command}` : ''}\`. Reads: autocannon, 32 connections, closed loop, after each path was read once and a warm-up; the employees read are never those the writes enrol; each beside its reference measured right after it in the same process.`, '');
  lines.push('| group | figure | measured | p50 / p95 / p99 ms | reference | ratio | target | met |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of r.rows) {
    const v = verdict(row);
    const measured = row.load ? `${f(row.load.rps)} req/s${row.load.errors || row.load.non2xx ? ` (${row.load.errors} errors, ${row.load.non2xx} non-2xx)` : ''}` : `${f(row.value, row.unit === 'ms' || row.unit === 's' ? 1 : 0)} ${row.unit ?? ''}`;
    const latency = row.load ? `${f(row.load.p50, 1)} / ${f(row.load.p95, 1)} / ${f(row.load.p99, 1)}` : '';
    const reference = row.reference ? `${f(row.reference.rps)}/s (${row.referenceName})` : '';
    const value = row.load ? row.load.rps : row.value;
    const ratio = row.reference && value !== undefined ? `${f((value / row.reference.rps) * 100, 1)} %` : '';
    const met = v.met === undefined ? '–' : v.met ? 'met' : `**missed**: ${v.why.join('; ')}`;
    lines.push(`| ${row.group} | ${row.name}${row.detail ? ` (${row.detail})` : ''} | ${measured} | ${latency} | ${reference} | ${ratio} | ${targetText(row.target)} | ${met} |`);
  }
  if (r.notes.length) lines.push('', ...r.notes.map((n) => `- ${n}`));
  lines.push('');
  return lines.join('\n');
}

/**
 * Puts the report between the markers. Sections someone wrote between them by hand (a heading
 * other than the report's own) are kept, moved above the markers: the table replaces only itself.
 */
export function replaceBetweenMarkers(text: string, begin: string, end: string, report: string): string {
  const head = text.slice(0, text.indexOf(begin));
  const inside = text.slice(text.indexOf(begin) + begin.length, text.indexOf(end));
  const tail = text.slice(text.indexOf(end) + end.length);
  const handWritten = inside
    .split(/^(?=## )/m)
    .filter((section) => section.startsWith('## ') && !section.startsWith('## City-scale benchmark'))
    .map((section) => section.trimEnd() + '\n\n')
    .join('');
  return head + handWritten + begin + '\n' + report + end + tail;
}
