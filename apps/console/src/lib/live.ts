import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { useEffect, useState } from 'preact/hooks';

export type LiveState = 'connecting' | 'live' | 'retrying' | 'closed';

/**
 * The live metric events (`/v1/metrics/stream`, Server-Sent Events). EventSource cannot send a
 * bearer token, so the stream is read with fetch and parsed with eventsource-parser; it reconnects
 * after a drop (the server's `retry`, 3 s by default) with the token current at that time.
 */
export function useMetricStream(token: string | undefined, onEvent: (message: EventSourceMessage) => void): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    let retryMs = 3000;
    const run = async () => {
      while (!abort.signal.aborted) {
        try {
          const res = await fetch('/v1/metrics/stream', { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: abort.signal });
          if (!res.ok || !res.body) throw new Error(`stream ${res.status}`);
          setState('live');
          const parser = createParser({ onEvent, onRetry: (ms) => (retryMs = ms) });
          const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            parser.feed(value);
          }
        } catch {
          if (abort.signal.aborted) break;
        }
        setState('retrying');
        await new Promise((r) => setTimeout(r, retryMs));
      }
    };
    void run();
    return () => {
      abort.abort();
      setState('closed');
    };
  }, [token]);
  return state;
}
