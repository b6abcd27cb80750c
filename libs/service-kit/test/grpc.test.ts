import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { conflict, createLogger, currentContext, currentCorrelationId, GrpcClient, GrpcServer, runWithContext, type ServiceHandlers, SERVICE_TOKEN_TTL_SECONDS, ServiceTokenSigner, ServiceTokenVerifier, validationFailed, AppError } from '../src';
import { freePort } from '@asn/testing';

const logger = createLogger('grpc-test', 'silent');
// A personnel server with GetEmployee alone: the other rpcs answer UNIMPLEMENTED, which a test checks.
const getEmployeeOnly = (handlers: Pick<ServiceHandlers<'personnel'>, 'GetEmployee'>) => handlers as ServiceHandlers<'personnel'>;
let server: GrpcServer;
let address: string;
const seen: (string | undefined)[] = [];
const seenActors: (string | undefined)[] = [];

beforeAll(async () => {
  address = `127.0.0.1:${await freePort()}`;
  server = new GrpcServer(logger, address).addService('personnel', getEmployeeOnly({
    GetEmployee: async (req: { nip: string }) => {
      seen.push(currentCorrelationId());
      seenActors.push(currentContext()?.actor);
      if (req.nip === 'slow') await new Promise((r) => setTimeout(r, 1000));
      if (req.nip === 'taken') throw conflict('NIP_TAKEN', 'NIP already registered');
      if (req.nip === 'bad') throw validationFailed([{ path: '/nip', message: 'must be 18 digits' }]);
      if (req.nip === 'crash') throw new Error('db exploded');
      return { nip: req.nip, name: 'Rina', opd: 'DLH', position: { code: 'P1', title: 'Analis', kind: 'functional' } };
    },
  }));
  await server.start();
});
afterAll(() => server.stop());

const client = () => new GrpcClient('personnel', address, { deadlineMs: 2000 });

describe('kit gRPC helpers', () => {
  it('carries the correlation id in metadata and answers with camelCase fields', async () => {
    const res = await runWithContext({ correlationId: 'corr-grpc-1' }, () => client().rpc.GetEmployee({ nip: '1' }));
    expect(res).toMatchObject({ nip: '1', position: { kind: 'functional' } });
    expect(seen.at(-1)).toBe('corr-grpc-1');
  });

  it('maps domain errors back to the same AppError (code, status, field errors)', async () => {
    await expect(client().rpc.GetEmployee({ nip: 'taken' })).rejects.toMatchObject({ code: 'NIP_TAKEN', status: 409, message: 'NIP already registered' });
    await expect(client().rpc.GetEmployee({ nip: 'bad' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', status: 400, errors: [{ path: '/nip', message: 'must be 18 digits' }] });
    const internal = await client().rpc.GetEmployee({ nip: 'crash' }).catch((e: AppError) => e);
    expect(internal).toMatchObject({ code: 'UPSTREAM_ERROR', status: 502 });
    expect((internal as AppError).message).not.toContain('exploded');
  });

  it('answers UPSTREAM_UNAVAILABLE past the deadline and when nothing listens', async () => {
    const t0 = Date.now();
    await expect(client().rpc.GetEmployee({ nip: 'slow' }, { deadlineMs: 200 })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    expect(Date.now() - t0).toBeLessThan(900);
    const nobody = new GrpcClient('personnel', `127.0.0.1:${await freePort()}`, { deadlineMs: 500 });
    await expect(nobody.rpc.GetEmployee({ nip: '1' })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
  });

  it('answers UNIMPLEMENTED for methods without a handler', async () => {
    await expect(client().rpc.ListEmployees({})).rejects.toMatchObject({ code: 'UPSTREAM_ERROR', status: 502, upstream: { grpcStatus: 'UNIMPLEMENTED' } });
  });
});

describe('gRPC admission', () => {
  // One call at a time and two waiting: a held call fills the slot, so what happens to the rest is
  // decided by the queue alone (barriers, no sleeps).
  it('refuses calls beyond the queue at once, and never runs a call whose deadline passed while it waited', async () => {
    const ran: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const holding = new Promise<void>((r) => (started = r));
    const busyAddress = `127.0.0.1:${await freePort()}`;
    const busy = new GrpcServer(logger, busyAddress, { maxConcurrentCalls: 1, maxQueuedCalls: 2 }).addService('personnel', getEmployeeOnly({
      GetEmployee: async (req: { nip: string }) => {
        ran.push(req.nip);
        if (req.nip === 'hold') {
          started();
          await released;
        }
        return { nip: req.nip, name: 'Rina', opd: 'DLH' };
      },
    }));
    await busy.start();
    try {
      const client = new GrpcClient('personnel', busyAddress, { deadlineMs: 10_000 });
      const held = client.rpc.GetEmployee({ nip: 'hold' });
      await holding;
      const expiring = client.rpc.GetEmployee({ nip: 'expires' }, { deadlineMs: 300 });
      const waiting = client.rpc.GetEmployee({ nip: 'waits' });
      // The queue holds 'expires' and 'waits' once both have arrived; a third waiter is refused.
      let overflow: unknown;
      for (let i = 0; overflow === undefined; i++) {
        overflow = await client.rpc.GetEmployee({ nip: `extra${i}` }, { deadlineMs: 2000 }).then(
          () => undefined,
          (e: unknown) => e,
        );
      }
      expect(overflow).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503, message: expect.stringContaining('too many calls waiting') });
      await expect(expiring).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
      // The server learns of the expiry on its own clock; only then is the outcome certain.
      await vi.waitFor(() => expect(busy.waitingCalls).toBe(1), { timeout: 5000, interval: 10 });
      release();
      await expect(held).resolves.toMatchObject({ nip: 'hold' });
      await expect(waiting).resolves.toMatchObject({ nip: 'waits' });
      expect(ran).toContain('waits');
      expect(ran).not.toContain('expires');
    } finally {
      release();
      await busy.stop();
    }
  });
});

describe('service-to-service authentication (issue #14)', () => {
  const OLD = 'old-service-secret-0123456789abcdef0123';
  const NEW = 'new-service-secret-0123456789abcdef0123';
  let guarded: GrpcServer;
  let guardedAddress: string;
  const actors: (string | undefined)[] = [];
  const as = (secrets: string, caller: string) => new GrpcClient('personnel', guardedAddress, { deadlineMs: 2000, credentials: new ServiceTokenSigner(secrets, caller) });

  beforeAll(async () => {
    guardedAddress = `127.0.0.1:${await freePort()}`;
    // Mid-rotation: the new secret verifies beside the old one.
    guarded = new GrpcServer(logger, guardedAddress, { auth: new ServiceTokenVerifier(`${NEW},${OLD}`, ['gateway']) }).addService('personnel', getEmployeeOnly({
      GetEmployee: async (req: { nip: string }) => {
        actors.push(currentContext()?.actor);
        return { nip: req.nip, name: 'Rina', opd: 'DLH' };
      },
    }));
    await guarded.start();
  });
  afterAll(() => guarded.stop());

  it('refuses a caller without a token, with a token of another secret, or of a service it does not list; the caller sees 502, never the end user 401', async () => {
    const anonymous = new GrpcClient('personnel', guardedAddress, { deadlineMs: 2000 });
    for (const client of [anonymous, as('forged-service-secret-0123456789abcdef', 'gateway'), as(NEW, 'learning')]) {
      await expect(runWithContext({ correlationId: 'c1', actor: 'admin' }, () => client.rpc.GetEmployee({ nip: '1' }))).rejects.toMatchObject({ code: 'UPSTREAM_ERROR', status: 502 });
    }
    expect(actors).toEqual([]); // no handler ran
  });

  it('runs an allowed caller signed with either secret of a rotation, and believes the actor it names', async () => {
    for (const secrets of [NEW, OLD]) {
      const res = await runWithContext({ correlationId: 'c2', actor: 'bkpsdm-admin' }, () => as(secrets, 'gateway').rpc.GetEmployee({ nip: '7' }));
      expect(res.nip).toBe('7');
    }
    expect(actors).toEqual(['bkpsdm-admin', 'bkpsdm-admin']);
  });

  it('refuses an expired token, and a signer renews its token before it expires', async () => {
    const verifier = new ServiceTokenVerifier(NEW, ['gateway']);
    const signer = new ServiceTokenSigner(NEW, 'gateway');
    const now = Date.now();
    const token = await signer.token(now);
    await expect(verifier.verify(`Bearer ${token}`, now)).resolves.toBe('gateway');
    await expect(new ServiceTokenVerifier(NEW, ['gateway']).verify(`Bearer ${token}`, now + (SERVICE_TOKEN_TTL_SECONDS + 60) * 1000)).rejects.toMatchObject({ code: 'SERVICE_UNAUTHENTICATED', status: 401 });
    // Remembered as verified only until it expires.
    await expect(verifier.verify(`Bearer ${token}`, now + (SERVICE_TOKEN_TTL_SECONDS + 60) * 1000)).rejects.toMatchObject({ code: 'SERVICE_UNAUTHENTICATED' });
    expect(await signer.token(now + 10_000)).toBe(token);
    const renewed = await signer.token(now + (SERVICE_TOKEN_TTL_SECONDS / 2) * 1000 + 1000);
    expect(renewed).not.toBe(token);
    await expect(verifier.verify(`Bearer ${renewed}`, now + (SERVICE_TOKEN_TTL_SECONDS / 2) * 1000 + 1000)).resolves.toBe('gateway');
  });

  it('without authentication configured, believes no actor', async () => {
    await runWithContext({ correlationId: 'c3', actor: 'someone' }, () => client().rpc.GetEmployee({ nip: '1' }));
    expect(seenActors.at(-1)).toBeUndefined();
  });
});

describe('retries of calls free of side effects (issue #17: rolling restarts)', () => {
  // The contract marks reads `idempotency_level = NO_SIDE_EFFECTS`: GetEmployee is one,
  // RegisterEmployee is not.
  const personnelOn = (at: string, served: string[]) =>
    new GrpcServer(logger, at).addService('personnel', {
      GetEmployee: async (req: { nip: string }) => {
        served.push(req.nip);
        return { nip: req.nip, name: 'Rina', opd: 'DLH' };
      },
    } as unknown as ServiceHandlers<'personnel'>);

  it('sends a read again once its restarted upstream listens, within the deadline; a write fails at once', async () => {
    const at = `127.0.0.1:${await freePort()}`;
    const served: string[] = [];
    const first = personnelOn(at, served);
    await first.start();
    const client = new GrpcClient('personnel', at, { deadlineMs: 8000 });
    await expect(client.rpc.GetEmployee({ nip: 'before' })).resolves.toMatchObject({ nip: 'before' });
    await first.stop();

    // Nothing listens now: the read waits for the upstream instead of failing…
    const read = client.rpc.GetEmployee({ nip: 'during' });
    // …while a write is refused at once: it might have run, so only its caller may send it again.
    const t0 = Date.now();
    await expect(client.rpc.RegisterEmployee({ nip: '199001012015031001', name: 'Budi', opd: 'DLH' } as never)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(served).toEqual(['before']);

    const second = personnelOn(at, served);
    await second.start();
    try {
      await expect(read).resolves.toMatchObject({ nip: 'during' });
      expect(served).toEqual(['before', 'during']);
    } finally {
      await second.stop();
    }
  });

  it('gives a read up at its deadline when the upstream stays away', async () => {
    const client = new GrpcClient('personnel', `127.0.0.1:${await freePort()}`, { deadlineMs: 1200 });
    const t0 = Date.now();
    await expect(client.rpc.GetEmployee({ nip: '1' })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1100);
  });
});
