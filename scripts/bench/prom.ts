/**
 * Prometheus histograms read from a service's `/metrics`, compared between two reads: the bench
 * uses the services' own delay histograms to say where the time of a phase went (freshness).
 * Only what that needs: `<name>_bucket{labels,le="…"} <count>` lines, summed over the label sets a
 * filter keeps, and quantiles interpolated within a bucket, as Prometheus's histogram_quantile does.
 */

/** Cumulative counts by upper bound (`le`), ascending; +Inf last. */
export type Buckets = { le: number; count: number }[];

/** Every histogram series of a `/metrics` text: `name` and its labels (without `le`) → buckets. */
export type Scrape = { name: string; labels: Record<string, string>; buckets: Buckets }[];

const BUCKET_LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)_bucket\{(.*)\}\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parseHistograms(text: string): Scrape {
  const series = new Map<string, Scrape[number]>();
  for (const line of text.split('\n')) {
    const m = BUCKET_LINE.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    let le = NaN;
    for (const [, k, v] of m[2]!.matchAll(LABEL)) {
      if (k === 'le') le = v === '+Inf' ? Infinity : Number(v);
      else labels[k!] = v!;
    }
    const key = `${m[1]}${JSON.stringify(labels)}`;
    if (!series.has(key)) series.set(key, { name: m[1]!, labels, buckets: [] });
    series.get(key)!.buckets.push({ le, count: Number(m[3]) });
  }
  for (const s of series.values()) s.buckets.sort((a, b) => a.le - b.le);
  return [...series.values()];
}

export async function scrapeHistograms(url: string): Promise<Scrape> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return parseHistograms(await res.text());
}

/** The buckets of `name` summed over the series `keep` accepts, as counted since `before`. */
export function since(after: Scrape, before: Scrape, name: string, keep: (labels: Record<string, string>) => boolean = () => true): Buckets {
  const sum = (scrape: Scrape) => {
    const total = new Map<number, number>();
    for (const s of scrape) if (s.name === name && keep(s.labels)) for (const b of s.buckets) total.set(b.le, (total.get(b.le) ?? 0) + b.count);
    return total;
  };
  const a = sum(after);
  const b = sum(before);
  return [...a].map(([le, count]) => ({ le, count: count - (b.get(le) ?? 0) })).sort((x, y) => x.le - y.le);
}

/** The q-quantile (0–1) of cumulative buckets, linear within its bucket; NaN when empty. */
export function quantile(buckets: Buckets, q: number): number {
  const total = buckets.at(-1)?.count ?? 0;
  if (total <= 0) return NaN;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const { le, count } of buckets) {
    if (count >= rank) {
      if (le === Infinity) return lower; // beyond the last bound: its lower edge is all that is known
      return lower + ((le - lower) * (rank - below)) / Math.max(count - below, 1e-9);
    }
    lower = le;
    below = count;
  }
  return lower;
}

/** "p50 120 ms, p99 1.9 s (n 4,210)" for a delta of buckets in seconds. */
export function describe(buckets: Buckets): string {
  const n = buckets.at(-1)?.count ?? 0;
  if (n === 0) return 'none';
  const ms = (s: number) => (s >= 1 ? `${s.toFixed(1)} s` : `${(s * 1000).toFixed(0)} ms`);
  return `p50 ${ms(quantile(buckets, 0.5))}, p99 ${ms(quantile(buckets, 0.99))} (n ${n.toLocaleString('en-US')})`;
}
