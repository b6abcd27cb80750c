import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conflict, createLogger, currentCorrelationId, GrpcClient, GrpcServer, runWithContext, validationFailed, AppError } from '../src';
import { freePort } from '@asn/testing';

const logger = createLogger('grpc-test', 'silent');
let server: GrpcServer;
let address: string;
const seen: (string | undefined)[] = [];

beforeAll(async () => {
  address = `127.0.0.1:${await freePort()}`;
  server = new GrpcServer(logger, address).addService('personnel.proto', 'asn.personnel.v1.Personnel', {
    GetEmployee: async (req: { nip: string }) => {
      seen.push(currentCorrelationId());
      if (req.nip === 'slow') await new Promise((r) => setTimeout(r, 1000));
      if (req.nip === 'taken') throw conflict('NIP_TAKEN', 'NIP already registered');
      if (req.nip === 'bad') throw validationFailed([{ path: '/nip', message: 'must be 18 digits' }]);
      if (req.nip === 'crash') throw new Error('db exploded');
      return { nip: req.nip, name: 'Rina', opd: 'DLH', position: { code: 'P1', title: 'Analis', kind: 'functional' } };
    },
  });
  await server.start();
});
afterAll(() => server.stop());

describe('kit gRPC helpers', () => {
  const client = () => new GrpcClient('personnel.proto', 'asn.personnel.v1.Personnel', address, { deadlineMs: 2000 });

  it('carries the correlation id in metadata and answers with camelCase fields', async () => {
    const res = await runWithContext({ correlationId: 'corr-grpc-1' }, () => client().call<{ nip: string; position: { kind: string } }>('GetEmployee', { nip: '1' }));
    expect(res).toMatchObject({ nip: '1', position: { kind: 'functional' } });
    expect(seen.at(-1)).toBe('corr-grpc-1');
  });

  it('maps domain errors back to the same AppError (code, status, field errors)', async () => {
    await expect(client().call('GetEmployee', { nip: 'taken' })).rejects.toMatchObject({ code: 'NIP_TAKEN', status: 409, message: 'NIP already registered' });
    await expect(client().call('GetEmployee', { nip: 'bad' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', status: 400, errors: [{ path: '/nip', message: 'must be 18 digits' }] });
    const internal = await client().call('GetEmployee', { nip: 'crash' }).catch((e: AppError) => e);
    expect(internal).toMatchObject({ code: 'UPSTREAM_ERROR', status: 502 });
    expect((internal as AppError).message).not.toContain('exploded');
  });

  it('answers UPSTREAM_UNAVAILABLE past the deadline and when nothing listens', async () => {
    const t0 = Date.now();
    await expect(client().call('GetEmployee', { nip: 'slow' }, { deadlineMs: 200 })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    expect(Date.now() - t0).toBeLessThan(900);
    const nobody = new GrpcClient('personnel.proto', 'asn.personnel.v1.Personnel', `127.0.0.1:${await freePort()}`, { deadlineMs: 500 });
    await expect(nobody.call('GetEmployee', { nip: '1' })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
  });

  it('answers UNIMPLEMENTED for methods without a handler', async () => {
    await expect(client().call('ListEmployees', {})).rejects.toMatchObject({ status: 502 });
  });
});
