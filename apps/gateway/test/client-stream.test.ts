import { describe, expect, it } from 'vitest';
import { clientStream, type MetricMessage, type MetricStream } from '../src/events/metric-stream';

// One SSE client's queue (issue #14): a client that does not read is disconnected with a last event
// saying why, instead of the gateway queueing for it without end.
describe('a live stream client', () => {
  it('is disconnected with a closing event once more events wait than it may queue', async () => {
    let deliver: (m: MetricMessage) => void = () => undefined;
    let subscribed = 0;
    const stream = { subscribe: (fn: (m: MetricMessage) => void) => ((deliver = fn), subscribed++, () => subscribed--) } as unknown as MetricStream;
    const client = clientStream(stream, { heartbeatMs: 60_000, maxQueued: 3 }, new AbortController().signal);
    expect((await client.next()).value).toMatchObject({ event: 'ready' });
    expect(subscribed).toBe(1);
    for (let i = 0; i < 5; i++) deliver({ id: `e${i}`, event: 'asn.analytics.opd-metrics.updated.v1', data: '{}' });
    const last = await client.next();
    expect(last.value).toMatchObject({ event: 'closing' });
    expect(JSON.parse((last.value as { data: string }).data)).toMatchObject({ reason: 'too-slow' });
    expect((await client.next()).done).toBe(true);
    expect(subscribed).toBe(0);
  });

  it('passes events through in order while the client keeps up', async () => {
    let deliver: (m: MetricMessage) => void = () => undefined;
    const stream = { subscribe: (fn: (m: MetricMessage) => void) => ((deliver = fn), () => undefined) } as unknown as MetricStream;
    const client = clientStream(stream, { heartbeatMs: 60_000, maxQueued: 3 }, new AbortController().signal);
    await client.next();
    for (let round = 0; round < 3; round++) {
      deliver({ id: `a${round}`, event: 'x', data: '1' });
      deliver({ id: `b${round}`, event: 'x', data: '2' });
      expect((await client.next()).value).toMatchObject({ id: `a${round}` });
      expect((await client.next()).value).toMatchObject({ id: `b${round}` });
    }
    await client.return(undefined);
  });
});
