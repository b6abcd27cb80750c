import { afterAll, describe, expect, it } from 'vitest';
import { ServiceRuntime } from '../src';

describe('the ready report', () => {
  const runtime = new ServiceRuntime({ service: 'warm-up-test', httpPort: 0, logLevel: 'silent', handleSignals: false });
  afterAll(() => runtime.stop());

  it('lists a resource under `warming` until its work ahead is done, without gating readiness', async () => {
    let releaseStart!: () => void;
    const started = new Promise<void>((resolve) => (releaseStart = resolve));
    let warm = false;
    runtime.manage({ name: 'slow-start', start: () => started, stop: async () => undefined, isReady: () => true });
    runtime.manage({ name: 'cache', start: async () => undefined, stop: async () => undefined, isReady: () => true, isWarm: () => warm });
    const { httpPort } = await runtime.start();
    const report = async () => {
      const res = await fetch(`http://127.0.0.1:${httpPort}/health/ready`);
      return { status: res.status, body: (await res.json()) as { status: string; warming: string[] } };
    };

    // Not started yet: not ready, and its warm-up has not even begun.
    expect(await report()).toMatchObject({ status: 503, body: { status: 'unavailable', warming: ['cache'] } });

    releaseStart();
    await runtime.whenReady();
    // Ready while still warming: requests are served meanwhile.
    expect(await report()).toMatchObject({ status: 200, body: { status: 'ok', warming: ['cache'] } });

    warm = true;
    expect(await report()).toMatchObject({ status: 200, body: { status: 'ok', warming: [] } });
  });
});
