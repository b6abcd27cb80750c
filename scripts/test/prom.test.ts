import { describe, expect, it } from 'vitest';
import { describe as describeDelays, parseHistograms, quantile, since } from '../bench/prom';

// Two reads of one service's /metrics, as prom-client writes them.
const before = `# HELP kafka_event_delay_seconds x
# TYPE kafka_event_delay_seconds histogram
kafka_event_delay_seconds_bucket{le="0.1",group="analytics",topic="b.learning",stage="handled"} 10
kafka_event_delay_seconds_bucket{le="1",group="analytics",topic="b.learning",stage="handled"} 10
kafka_event_delay_seconds_bucket{le="+Inf",group="analytics",topic="b.learning",stage="handled"} 10
kafka_event_delay_seconds_sum{group="analytics",topic="b.learning",stage="handled"} 0.5
kafka_event_delay_seconds_count{group="analytics",topic="b.learning",stage="handled"} 10
kafka_event_delay_seconds_bucket{le="0.1",group="analytics",topic="b.personnel",stage="handled"} 3
kafka_event_delay_seconds_bucket{le="1",group="analytics",topic="b.personnel",stage="handled"} 3
kafka_event_delay_seconds_bucket{le="+Inf",group="analytics",topic="b.personnel",stage="handled"} 3
`;
const after = before
  .replace('le="0.1",group="analytics",topic="b.learning",stage="handled"} 10', 'le="0.1",group="analytics",topic="b.learning",stage="handled"} 60')
  .replace('le="1",group="analytics",topic="b.learning",stage="handled"} 10', 'le="1",group="analytics",topic="b.learning",stage="handled"} 150')
  .replace('le="+Inf",group="analytics",topic="b.learning",stage="handled"} 10', 'le="+Inf",group="analytics",topic="b.learning",stage="handled"} 160');

describe('bench/prom: where a phase\'s time went, from the services\' histograms', () => {
  it('reads the bucket lines of each series, with its labels, and nothing else', () => {
    const series = parseHistograms(before);
    expect(series).toHaveLength(2);
    expect(series[0]).toEqual({ name: 'kafka_event_delay_seconds', labels: { group: 'analytics', topic: 'b.learning', stage: 'handled' }, buckets: [{ le: 0.1, count: 10 }, { le: 1, count: 10 }, { le: Infinity, count: 10 }] });
  });

  it('counts what happened between two reads, of the series kept, and interpolates quantiles within a bucket', () => {
    const learning = since(parseHistograms(after), parseHistograms(before), 'kafka_event_delay_seconds', (l) => l.topic === 'b.learning');
    // 150 observations since: 50 up to 0.1 s, 90 in (0.1, 1], 10 above 1 s.
    expect(learning).toEqual([{ le: 0.1, count: 50 }, { le: 1, count: 140 }, { le: Infinity, count: 150 }]);
    // p50: rank 75, the 25th of 90 in (0.1, 1]: 0.1 + 0.9 × 25/90 = 0.35 (Prometheus's histogram_quantile).
    expect(quantile(learning, 0.5)).toBeCloseTo(0.35, 10);
    // p10: rank 15 of the first 50 in (0, 0.1]: 0.03.
    expect(quantile(learning, 0.1)).toBeCloseTo(0.03, 10);
    // p99: rank 148.5, above the last finite bound: only its lower edge (1 s) is known.
    expect(quantile(learning, 0.99)).toBe(1);
    expect(describeDelays(learning)).toBe('p50 350 ms, p99 1.0 s (n 150)');
    // Nothing since: no quantile to give.
    expect(describeDelays(since(parseHistograms(before), parseHistograms(before), 'kafka_event_delay_seconds'))).toBe('none');
  });
});
