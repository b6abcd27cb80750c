// The TypeScript types of the gRPC contracts, generated from the `.proto` files by
// @grpc/proto-loader's own generator (plain JS from npm: no protoc binary), with the options the
// runtime loader uses (libs/service-kit/src/grpc.ts), so the types describe what the wire gives.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const PROTO_SOURCE_DIR = resolve(here, '..', 'proto');
export const GENERATED_DIR = resolve(here, '..', 'src', 'grpc', 'generated');

/** Same choices as the loader: camelCase fields, numbers for 64-bit integers, enums as names, defaults filled in. */
export const GENERATOR_OPTIONS = ['--longs=Number', '--enums=String', '--defaults', '--arrays', '--includeComments', '--grpcLib=@grpc/grpc-js'];

export function generateGrpcTypes(outDir: string = GENERATED_DIR): void {
  const bin = join(dirname(createRequire(import.meta.url).resolve('@grpc/proto-loader/package.json')), 'build', 'bin', 'proto-loader-gen-types.js');
  const protos = readdirSync(PROTO_SOURCE_DIR).filter((f) => f.endsWith('.proto')).sort();
  rmSync(outDir, { recursive: true, force: true });
  // Run from the proto folder with bare file names: the generated headers then name `learning.proto`, not a machine's path.
  execFileSync(process.execPath, [bin, ...GENERATOR_OPTIONS, '-I', '.', '-O', outDir, ...protos], { cwd: PROTO_SOURCE_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
}
