import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_DIR, generateGrpcTypes } from '../scripts/grpc-types';

const filesUnder = (dir: string): Map<string, string> => {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir);
  return out;
};

describe('gRPC types generated from the .proto files', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'grpc-types-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('are the committed ones (after changing a .proto: npm run grpc:types, then fix what no longer type-checks)', () => {
    generateGrpcTypes(fresh);
    const expected = filesUnder(fresh);
    const committed = filesUnder(GENERATED_DIR);
    expect([...committed.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(committed.get(file), file).toBe(text);
    expect(expected.size).toBeGreaterThan(100); // every message and service of the seven .proto files
  });
});

describe('idempotency of the rpcs', () => {
  // The gateway sends a call again while its service restarts only when the contract says that is
  // safe (libs/service-kit's GrpcClient): every read says so, and no write does.
  it('marks every Get and List rpc NO_SIDE_EFFECTS, and nothing else', async () => {
    const protoLoader = await import('@grpc/proto-loader');
    const { GRPC_SERVICES, protoPath, PROTO_DIR } = await import('../src');
    const marked: string[] = [];
    const reads: string[] = [];
    for (const { proto, fullName } of Object.values(GRPC_SERVICES)) {
      const service = protoLoader.loadSync(protoPath(proto), { includeDirs: [PROTO_DIR] })[fullName] as Record<string, { options?: { idempotency_level?: string } }>;
      for (const [method, definition] of Object.entries(service)) {
        if (/^(Get|List)[A-Z]/.test(method)) reads.push(method);
        if (definition.options?.idempotency_level === 'NO_SIDE_EFFECTS') marked.push(method);
      }
    }
    expect(reads.length).toBeGreaterThan(20);
    expect(marked).toEqual(reads);
  });
});
